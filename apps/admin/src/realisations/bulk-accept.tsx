// Accepting together what needs no judgement: the API decides which realisations qualify
// (viewerCan.acceptWithoutJudgement, the rule of docs/domain.md); here they are offered as
// checkboxes, all chosen at first, and accepted all or nothing. The others are reviewed one by one.
import { useMutation } from "@apollo/client/react";
import { formatEuro } from "@sroi/domain";
import {
  Button,
  ButtonGroup,
  CheckboxField,
  Fieldset,
  FocusedAlert,
  namesByCode,
  Paragraph,
  realisationTitle,
  realisationWhen,
} from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { useRevalidator } from "react-router";
import { graphql } from "../gql";
import type { AdminRealisationRowFragment, AdminRealisationsFragment } from "../gql/graphql";

const AcceptRealisationsMutation = graphql(`
  mutation AdminAcceptRealisations(
    $contractId: ID!
    $realisations: [RealisationVersionInput!]!
  ) {
    acceptRealisations(contractId: $contractId, realisations: $realisations) {
      __typename
      ... on AcceptRealisationsSuccess {
        data {
          id
          status
          version
        }
      }
      ...ErrorMessage
    }
  }
`);

type Outcome = { type: "ok" | "error"; message: string };

/** Offers the rows loaded on the page (the list loads more with "Meer laden"). */
export function BulkAccept({
  contract,
  rows,
}: {
  contract: AdminRealisationsFragment;
  rows: readonly AdminRealisationRowFragment[];
}) {
  const eligible = rows.filter((row) => row.viewerCan.acceptWithoutJudgement);
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [accept, { loading }] = useMutation(AcceptRealisationsMutation);
  const revalidator = useRevalidator();
  const blockNames = namesByCode(contract.obligation.catalogueVersion?.blocks);
  if (eligible.length === 0 && !outcome) return null;
  const chosen = eligible.filter((row) => !unchecked.has(row.id));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (chosen.length === 0) {
      setOutcome({
        type: "error",
        message: "Kies ten minste één verantwoording om te accepteren.",
      });
      return;
    }
    try {
      const { data } = await accept({
        variables: {
          contractId: contract.id,
          realisations: chosen.map((row) => ({ id: row.id, version: row.version })),
        },
      });
      const result = data?.acceptRealisations;
      if (result?.__typename === "AcceptRealisationsSuccess") {
        const count = result.data.length;
        setOutcome({
          type: "ok",
          message: `${count === 1 ? "Eén verantwoording is" : `${count} verantwoordingen zijn`} geaccepteerd. De opdrachtnemer krijgt één bericht.`,
        });
        setUnchecked(new Set());
        revalidator.revalidate();
      } else {
        setOutcome({
          type: "error",
          message:
            result && "message" in result
              ? result.message
              : "Het accepteren is niet gelukt. Probeer het opnieuw.",
        });
        revalidator.revalidate();
      }
    } catch {
      setOutcome({
        type: "error",
        message: "Het accepteren is niet gelukt: de server gaf geen antwoord. Probeer het opnieuw.",
      });
    }
  }

  return (
    <section aria-labelledby="zonder-oordeel">
      <h3 className="utrecht-heading-3" id="zonder-oordeel">
        Accepteren zonder beoordeling
      </h3>
      {outcome ? (
        <FocusedAlert type={outcome.type} role={outcome.type === "ok" ? "status" : "alert"}>
          <p className="utrecht-paragraph">{outcome.message}</p>
        </FocusedAlert>
      ) : null}
      {eligible.length > 0 ? (
        <form onSubmit={submit} noValidate aria-label="Verantwoordingen samen accepteren">
          <Fieldset
            legend="Verantwoordingen die geen oordeel vragen"
            description={
              <Paragraph>
                Een bouwblok uit het goedgekeurde plan van aanpak, met bewijs, niet eerder
                afgewezen: de waarde volgt uit het bouwblokkenmodel. Bekijk het bewijs als u
                twijfelt; de andere verantwoordingen beoordeelt u één voor één.
              </Paragraph>
            }
          >
            {eligible.map((row) => (
              <CheckboxField
                key={row.id}
                id={`samen-accepteren-${row.id}`}
                checked={!unchecked.has(row.id)}
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  setUnchecked((current) => {
                    const next = new Set(current);
                    if (checked) next.delete(row.id);
                    else next.add(row.id);
                    return next;
                  });
                }}
                label={`${realisationTitle(row, blockNames)}${row.personRef ? `, kenmerk ${row.personRef}` : ""} · ${realisationWhen(row)} · ${formatEuro(row.value)}`}
              />
            ))}
          </Fieldset>
          <ButtonGroup>
            <Button type="submit" disabled={loading}>
              Geselecteerde accepteren ({chosen.length})
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
    </section>
  );
}
