// Typed GraphQL documents of the features both apps share (the session's operations, the error
// fragment), and the schema's possible types for the Apollo cache, from the API's printed schema.
import type { CodegenConfig } from "@graphql-codegen/cli";

const schema = "../../apps/api/schema.graphql";

const config: CodegenConfig = {
  schema,
  documents: ["src/features/**/*.tsx", "src/features/**/*.ts"],
  ignoreNoDocuments: false,
  // Imports with ".js", as this package's NodeNext resolution needs (the apps' bundler does not).
  emitLegacyCommonJSImports: false,
  generates: {
    "src/gql/": {
      preset: "client",
      // The same settings as the apps' codegen, so a shared answer has the same type everywhere.
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Decimal: "string", Date: "string" },
        enumType: "string-literal",
        useTypeImports: true,
      },
    },
    // Which types implement which interface or make up which union: the cache needs it to match
    // "... on Error" with a NotAllowedError; without it those fields are dropped silently.
    "src/gql/possible-types.ts": {
      documents: [],
      plugins: ["fragment-matcher"],
      config: { module: "es2015", useExplicitTyping: true },
    },
  },
};

export default config;
