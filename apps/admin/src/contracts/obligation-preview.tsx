// While the coordinator types: the obligation the contract would get, computed by the API with the
// policy and catalogue that registration will pin. Asked once typing pauses, not on every key.
import { useQuery } from "@apollo/client/react";
import { formatShare } from "@sroi/domain";
import { ConceptNote, Heading, ObligationBreakdown, obligationText, Paragraph } from "@sroi/ui";
import { useEffect, useState } from "react";
import { graphql } from "../gql";
import type { ObligationPreviewInput } from "../gql/graphql";

const ObligationPreviewQuery = graphql(`
  query AdminObligationPreview($input: ObligationPreviewInput!) {
    obligationPreview(input: $input) {
      __typename
      ... on ObligationPreview {
        kind
        percentage
        amount
        lines {
          label
          amount
        }
        policy {
          name
          conceptNote
        }
        catalogueVersion {
          key
          name
          conceptNote
        }
      }
      ...ErrorMessage
    }
  }
`);

const DEBOUNCE_MS = 400;

export function useDebounced<T>(value: T, delay = DEBOUNCE_MS): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

export function ObligationPreview({
  input,
  pinnedWhat,
}: {
  input: ObligationPreviewInput | null;
  /** What happens with the result: "Bij het registreren …" */
  pinnedWhat: string;
}) {
  // Compare by content: the parent builds a new object on every render.
  const key = JSON.stringify(input);
  const debouncedKey = useDebounced(key);
  const debounced = JSON.parse(debouncedKey) as ObligationPreviewInput | null;
  const { data, previousData, error } = useQuery(ObligationPreviewQuery, {
    variables: { input: debounced ?? EMPTY_INPUT },
    skip: debounced === null,
  });
  const result = debounced === null ? null : (data ?? previousData)?.obligationPreview;
  const waiting = key !== debouncedKey || (debounced !== null && !data && !error);

  let summary: string;
  if (input === null)
    summary =
      "Vul de gemeente, de soort, de opdrachtwaarde en de gunnings- of publicatiedatum in om de SR-verplichting te zien.";
  else if (error) summary = "De berekening kon niet worden opgehaald.";
  else if (!result || waiting) summary = "Bezig met berekenen…";
  else if (result.__typename === "InputError") summary = result.message;
  else if (result.__typename === "ObligationPreview")
    summary = `Verplichting: ${obligationText(result)}${
      result.kind === "PERCENTAGE" && result.percentage
        ? ` (${formatShare(result.percentage)} van de opdrachtwaarde)`
        : ""
    }.`;
  else summary = "";

  return (
    <section className="sroi-panel" aria-labelledby="voorlopige-verplichting">
      <Heading level={2} id="voorlopige-verplichting">
        SR-verplichting
      </Heading>
      {/* Only the short summary is announced; the breakdown below is there to read. */}
      <p className="utrecht-paragraph sroi-preview-summary" aria-live="polite">
        <strong>{summary}</strong>
      </p>
      {result?.__typename === "ObligationPreview" && input !== null && !error ? (
        <div className={waiting ? "sroi-preview--stale" : undefined}>
          <ObligationBreakdown obligation={result} />
          <Paragraph>
            Beleid: {result.policy.name}.
            {result.catalogueVersion ? ` Bouwblokkenmodel: ${result.catalogueVersion.name}.` : ""}
          </Paragraph>
          {result.policy.conceptNote ? (
            <ConceptNote note={`SR-beleid: ${result.policy.conceptNote}`} />
          ) : null}
          {result.catalogueVersion?.conceptNote ? (
            <ConceptNote note={`Bouwblokkenmodel: ${result.catalogueVersion.conceptNote}`} />
          ) : null}
          <Paragraph>{pinnedWhat}</Paragraph>
        </div>
      ) : null}
    </section>
  );
}

const EMPTY_INPUT: ObligationPreviewInput = {
  municipalityCode: "",
  contractKind: "WORKS",
  valueExclVat: "0",
  referenceDate: "2000-01-01",
};
