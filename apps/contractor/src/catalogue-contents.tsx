// What the Bouwblokken page shows of a catalogue version, with the data it needs next to it.
import { CatalogueContents } from "@sroi/ui";
import { graphql } from "./gql";
import type { CatalogueContentsFragment } from "./gql/graphql";

// Pages spread it into their query as "...CatalogueContents"; codegen adds it to their documents.
export const CatalogueContentsFields = graphql(`
  fragment CatalogueContents on CatalogueVersion {
    status
    validFrom
    source
    retrieved
    complete
    countingNote
    conceptNote
    basisHours
    blocks {
      code
      name
      category
      kind
      amount
      share
      maxMonths
      minHoursPerWeek
      note
    }
    bonuses {
      code
      name
      amount
      appliesTo
      oneOff
    }
  }
`);

export function CatalogueVersionContents({ version }: { version: CatalogueContentsFragment }) {
  return <CatalogueContents catalogue={version} headingLevel={4} />;
}
