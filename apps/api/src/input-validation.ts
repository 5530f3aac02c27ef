// One gate for every value a caller sends, before any resolver runs: every string argument and
// input field, at any depth, on any field (a new field is covered without a line here). Strings
// get a length cap and may not hold a NUL byte or a lone surrogate (PostgreSQL refuses both, and
// a too long value fails an index); lists get a length cap; paging arguments a range and a
// readable cursor. Dates and decimals check themselves (schema/scalars.ts); the ranges of
// numbers per field belong to the services that own them.
import type { ApolloServerPlugin } from "@apollo/server";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  isScalarType,
  type OperationDefinitionNode,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from "graphql";
import type { Context } from "./context.js";
import {
  CURSOR_ARGUMENTS,
  isValidCursor,
  MAX_PAGE_SIZE,
  PAGE_SIZE_ARGUMENTS,
} from "./pagination.js";

/** Characters a string may have by default: names, codes, keys, references, e-mail addresses. */
export const DEFAULT_TEXT_LENGTH = 300;

/** Longer caps by argument or input field name; free text and uploaded files. */
export const TEXT_LENGTH_BY_NAME: Readonly<Record<string, number>> = {
  // RFC 5321: a mailbox is at most 254 characters
  email: 254,
  contactEmail: 254,
  actorEmail: 254,
  password: 1_000,
  description: 5_000,
  maatwerkDescription: 5_000,
  note: 5_000,
  conceptNote: 5_000,
  countingNote: 5_000,
  source: 5_000,
  message: 5_000,
  preferredTimes: 1_000,
  reason: 5_000,
  comment: 5_000,
  // the eindbeoordeling letter's address and texts (schema/municipality-letter.ts checks less)
  address: 1_000,
  legalBasis: 5_000,
  paymentTerm: 5_000,
  objectionClause: 5_000,
  // a gemeente's public page texts (services/municipality-pages.ts checks less, per field)
  introduction: 10_000,
  localAccents: 10_000,
  // an imported CSV, or an XLSX as base64; the JSON body is capped at 1 MB anyway
  content: 1_500_000,
};

/** Items in one list argument: plan lines, bonus codes, evidence ids, PSO discounts. */
export const MAX_LIST_LENGTH = 500;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface InputIssue {
  /** e.g. "registerContract.contractor.name" */
  path: string;
  message: string;
}

function textIssue(text: string, name: string, path: string): InputIssue | null {
  const cap = TEXT_LENGTH_BY_NAME[name] ?? DEFAULT_TEXT_LENGTH;
  if (text.length > cap) return { path, message: `${name} is te lang: hooguit ${cap} tekens.` };
  if (text.includes("\u0000") || LONE_SURROGATE.test(text)) {
    return { path, message: `${name} bevat een teken dat niet is toegestaan.` };
  }
  if (CURSOR_ARGUMENTS.has(name) && !isValidCursor(text)) {
    return { path, message: "Deze cursor is niet geldig; vraag de lijst opnieuw op." };
  }
  return null;
}

function checkValue(
  value: unknown,
  type: GraphQLInputType,
  name: string,
  path: string,
  issues: InputIssue[],
): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    if (items.length > MAX_LIST_LENGTH) {
      issues.push({
        path,
        message: `${name} heeft te veel onderdelen: hooguit ${MAX_LIST_LENGTH}.`,
      });
      return;
    }
    items.forEach((item, index) => {
      checkValue(item, nullable.ofType, name, `${path}.${index}`, issues);
    });
    return;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== "object") return;
    for (const field of Object.values(nullable.getFields())) {
      const fieldValue = (value as Record<string, unknown>)[field.name];
      checkValue(fieldValue, field.type, field.name, `${path}.${field.name}`, issues);
    }
    return;
  }
  if (isScalarType(nullable)) {
    if (typeof value === "string" && (nullable.name === "String" || nullable.name === "ID")) {
      const issue = textIssue(value, name, path);
      if (issue) issues.push(issue);
    }
    if (nullable.name === "Int" && PAGE_SIZE_ARGUMENTS.has(name) && typeof value === "number") {
      if (value < 0 || value > MAX_PAGE_SIZE) {
        issues.push({ path, message: `${name} moet tussen 0 en ${MAX_PAGE_SIZE} liggen.` });
      }
    }
  }
}

/**
 * Every argument in the operation, with variables already coerced; arguments that do not coerce
 * are left to graphql-js, which reports them.
 */
export function findInputIssues(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): InputIssue[] {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, {
    maxErrors: 1,
  });
  if (coerced.errors) return [];
  const issues: InputIssue[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        const field = typeInfo.getFieldDef();
        if (!argument || !field) return;
        const value = valueFromAST(node.value, argument.type, coerced.coerced);
        const path = `${field.name}.${argument.name}`;
        checkValue(value, argument.type, argument.name, path, issues);
      },
    }),
  );
  return issues;
}

export function inputValidationPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const issues = findInputIssues(schema, document, operation, request.variables ?? {});
          const [first] = issues;
          if (!first) return;
          throw new GraphQLError(first.message, {
            extensions: {
              code: "BAD_USER_INPUT",
              field: first.path,
              issues,
              http: { status: 400 },
            },
          });
        },
      };
    },
  };
}
