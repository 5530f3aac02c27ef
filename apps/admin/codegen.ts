// Typed GraphQL documents for this app's operations, from the API's printed schema.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../api/schema.graphql",
  // With the fragments of @sroi/ui's shared features, which this app's queries spread and whose
  // answers the shared components render; @sroi/ui's own codegen types its other documents.
  documents: [
    "src/**/*.tsx",
    "src/**/*.ts",
    "!src/gql/**",
    "../../packages/ui/src/features/error-fragment.ts",
    "../../packages/ui/src/features/catalogue.tsx",
    "../../packages/ui/src/features/plan.tsx",
    "../../packages/ui/src/features/progress.tsx",
    "../../packages/ui/src/features/realisation.tsx",
    "../../packages/ui/src/features/municipality-page.tsx",
  ],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      // Fragments stay plain data: the shared @sroi/ui components take it as props.
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Decimal: "string", Date: "string" },
        // Codegen 6 spelling of "enumsAsTypes": string unions, the same as @sroi/domain's types
        enumType: "string-literal",
        useTypeImports: true,
      },
    },
  },
};

export default config;
