// The operations the two apps send, read from codegen's generated modules, so a test that asks
// what a screen asks follows the screen when it changes.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type DocumentNode, Kind, print, visit } from "graphql";

/**
 * Every operation of an app, from codegen's generated module (one `export const …Document =
 * {json} as unknown as DocumentNode…` per operation), so a new screen is covered by itself.
 */
export function appOperations(
  app: "admin" | "contractor",
): { name: string; document: DocumentNode }[] {
  const file = fileURLToPath(new URL(`../../${app}/src/gql/graphql.ts`, import.meta.url));
  const operations: { name: string; document: DocumentNode }[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const match = /^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const document = JSON.parse(match[2]) as DocumentNode;
    if (document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION)) {
      operations.push({ name: `${app}: ${match[1]}`, document });
    }
  }
  return operations;
}

/** As Apollo Client sends it: with __typename in every selection set below the root. */
export function asSent(document: DocumentNode): string {
  return print(
    visit(document, {
      SelectionSet(node, _key, parent) {
        if ((parent as { kind?: string } | undefined)?.kind === Kind.OPERATION_DEFINITION) return;
        return {
          ...node,
          selections: [
            ...node.selections,
            { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } },
          ],
        };
      },
    }),
  );
}

/** One operation of an app by its name (as in `query AdminContracts`), as Apollo Client sends it. */
export function appOperation(app: "admin" | "contractor", name: string): string {
  const found = appOperations(app).find((operation) => operation.name === `${app}: ${name}`);
  if (!found) throw new Error(`The ${app} app has no operation ${name}`);
  return asSent(found.document);
}
