// How the apps read an expected failure that needs no more than its Dutch message: every error type
// of the API implements the Error interface. A mutation spreads it into its result
// ("...ErrorMessage") after the error types it treats apart (a ValidationError's issues). It works
// because the Apollo client knows the schema's possible types (apollo-client.ts); the apps'
// codegen reads this file too, so their documents can spread it.
import { graphql } from "../gql/index.js";

export const ErrorMessageFields = graphql(`
  fragment ErrorMessage on Error {
    message
  }
`);

// A ValidationError also says which field was wrong, so a form can show each issue at its field.
// Spread it before "...ErrorMessage" in every mutation whose form shows issues per field.
export const ValidationIssuesFields = graphql(`
  fragment ValidationIssues on ValidationError {
    message
    issues {
      field
      message
    }
  }
`);
