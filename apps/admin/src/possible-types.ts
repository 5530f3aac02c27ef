// Which types implement which interface. The cache needs it to match a fragment on an interface
// ("... on Error { message }") with the concrete type of an answer; without it the fields are
// dropped silently. test/possible-types.test.ts keeps this list in step with schema.graphql.
export const POSSIBLE_TYPES: Record<string, string[]> = {
  Error: [
    "ConflictError",
    "ImportError",
    "InputError",
    "LoginThrottledError",
    "NotAllowedError",
    "ValidationError",
  ],
};
