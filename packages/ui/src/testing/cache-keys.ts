// The Apollo cache identifies some types by a field other than id (CACHE_KEY_FIELDS). A query that
// selects such a type without its key field cannot be written to the cache, and the page that sent
// it shows "Er ging iets mis": nothing at build time or in the API says so. The apps' unit tests run
// this check over every generated document, so a missing key fails a test instead of a page.
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from "graphql";
import { CACHE_KEY_FIELDS } from "../features/apollo-client.js";

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

/**
 * The fields these selection sets select on one type, by response key, through fragments on that
 * same type (as the cache merges them); fragments on another type are walked on their own.
 */
function collectFields(
  type: GraphQLCompositeType,
  sets: readonly SelectionSetNode[],
  fragments: Fragments,
  onOtherType: (typeName: string, set: SelectionSetNode) => void,
  into = new Map<string, FieldNode[]>(),
): Map<string, FieldNode[]> {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, [...(into.get(key) ?? []), selection]);
        continue;
      }
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
      if (!fragment) continue;
      const condition = fragment.typeCondition?.name.value;
      if (condition === undefined || condition === type.name)
        collectFields(type, [fragment.selectionSet], fragments, onOtherType, into);
      else onOtherType(condition, fragment.selectionSet);
    }
  }
  return into;
}

/**
 * Every place in these documents where a type the cache keys by a field is selected without that
 * field, as "OperationName: Parent.field (Type) without code".
 */
export function selectionsWithoutCacheKey(
  schema: GraphQLSchema,
  documents: readonly DocumentNode[],
): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const document of documents)
    for (const definition of document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, definition);
  const problems = new Set<string>();

  const walk = (operation: string, type: GraphQLCompositeType, sets: SelectionSetNode[]) => {
    const onOtherType = (typeName: string, set: SelectionSetNode) => {
      const other = schema.getType(typeName);
      if (other && isCompositeType(other)) walk(operation, other, [set]);
    };
    const fields = collectFields(type, sets, fragments, onOtherType);
    if (!isObjectType(type) && !isInterfaceType(type)) return;
    for (const nodes of fields.values()) {
      const definition = type.getFields()[nodes[0]?.name.value ?? ""];
      if (!definition) continue;
      const fieldType = getNamedType(definition.type);
      const subsets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
      if (subsets.length === 0 || !isCompositeType(fieldType)) continue;
      const keys = CACHE_KEY_FIELDS[fieldType.name];
      if (keys) {
        const selected = collectFields(fieldType, subsets, fragments, () => {});
        for (const key of keys)
          if (!selected.has(key))
            problems.add(
              `${operation}: ${type.name}.${definition.name} (${fieldType.name}) without ${key}`,
            );
      }
      walk(operation, fieldType, subsets);
    }
  };

  for (const document of documents) {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const root = schema.getRootType(definition.operation);
      if (root) walk(definition.name?.value ?? "(anonymous)", root, [definition.selectionSet]);
    }
  }
  return [...problems].sort();
}
