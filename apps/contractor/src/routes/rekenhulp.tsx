// Rekenhulp (public): what a contract owes under the gemeente's policy, and how stacking blocks
// from the catalogue in force fills it. The API computes the obligation; the lines are valued in
// the browser with the same domain rules, live. Everything is in the address (rekenhulp/state.ts).
import { useReadQuery } from "@apollo/client/react";
import { CONTRACT_KIND_LABELS, formatDate, formatEuro } from "@sroi/domain";
import {
  ConceptNote,
  describeValidFrom,
  Heading,
  Link,
  ObligationBreakdown,
  PageTitle,
  Paragraph,
} from "@sroi/ui";
import { useEffect, useRef, useState } from "react";
import {
  type LoaderFunctionArgs,
  type ShouldRevalidateFunctionArgs,
  useLoaderData,
  useNavigate,
  useSearchParams,
} from "react-router";
import { preloadQuery } from "../apollo";
import { graphql } from "../gql";
import type { PortalRekenhulpObligationQuery } from "../gql/graphql";
import { AddLine } from "../rekenhulp/add-line";
import { LineFieldset, lineFieldId } from "../rekenhulp/line-fieldset";
import { ObligationForm } from "../rekenhulp/obligation-form";
import {
  emptyLine,
  type ObligationDraft,
  obligationKey,
  readState,
  writeSearch,
} from "../rekenhulp/state";
import { KeepCalculation, RunningTotal, Summary, summariseLines } from "../rekenhulp/summary";
import { type Line, useLinesInAddress } from "../rekenhulp/use-lines";
import {
  type Catalogue,
  type FieldErrors,
  fieldsFor,
  newLineDefaults,
  readObligationDraft,
  valueLine,
} from "../rekenhulp/valuation";

const MunicipalitiesQuery = graphql(`
  query PortalRekenhulpMunicipalities {
    municipalities {
      code
      name
      region {
        code
        name
      }
    }
  }
`);

const ObligationQuery = graphql(`
  query PortalRekenhulpObligation($input: ObligationPreviewInput!) {
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
          validFrom
          conceptNote
        }
        catalogueVersion {
          key
          name
          validFrom
          conceptNote
          basisHours
          region {
            code
          }
          blocks {
            code
            name
            category
            kind
            amount
            share
            maxMonths
            minHoursPerWeek
          }
          bonuses {
            code
            name
            amount
            appliesTo
            oneOff
          }
        }
      }
      ... on InputError {
        message
        field
      }
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  const { obligation } = readState(new URL(request.url).searchParams);
  const checked = readObligationDraft(obligation);
  const [municipalities, result] = await Promise.all([
    preloadQuery.toPromise(preloadQuery(MunicipalitiesQuery)),
    checked.ok
      ? preloadQuery.toPromise(
          preloadQuery(ObligationQuery, { variables: { input: checked.input } }),
        )
      : null,
  ]);
  return { municipalities, obligation: result };
}

/** Typing in a line changes only the lines in the address: no reason to ask the API again. */
export function shouldRevalidate({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  if (
    currentUrl.pathname === nextUrl.pathname &&
    currentUrl.search !== nextUrl.search &&
    obligationKey(currentUrl.searchParams) === obligationKey(nextUrl.searchParams)
  ) {
    return false;
  }
  return defaultShouldRevalidate;
}

// The API names the inputs of obligationPreview; the form names its fields after the draft.
const API_FIELDS: Record<string, keyof ObligationDraft> = {
  municipalityCode: "municipalityCode",
  contractKind: "contractKind",
  valueExclVat: "value",
  labourShare: "labourSharePercent",
  referenceDate: "referenceDate",
};

// A link that only chooses the gemeente (from a gemeente's page) asks nothing yet: no errors until
// "Bereken".
function nothingAsked(draft: ObligationDraft, empty: boolean): boolean {
  return (
    empty ||
    (!draft.contractKind && !draft.value && !draft.labourSharePercent && !draft.referenceDate)
  );
}

export function RekenhulpPage() {
  const loaded = useLoaderData<typeof loader>();
  const { data: municipalityData } = useReadQuery(loaded.municipalities);
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { obligation: draft } = readState(searchParams);
  const checked = readObligationDraft(draft);
  const { lines, setLines, newLine } = useLinesInAddress();

  // After "Bereken", focus moves to the result once it is there, so it is read out next.
  const [focusResultFor, setFocusResultFor] = useState<string | null>(null);
  // An empty form is no error while nobody asked; "Bereken" on it says what is missing.
  const [emptyFormErrors, setEmptyFormErrors] = useState<FieldErrors | null>(null);
  function calculate(next: ObligationDraft) {
    const nextChecked = readObligationDraft(next);
    if (!nextChecked.ok && nothingAsked(next, nextChecked.empty)) {
      setEmptyFormErrors(nextChecked.errors);
      return;
    }
    setEmptyFormErrors(null);
    const search = writeSearch({ obligation: next, lines });
    setFocusResultFor(obligationKey(new URLSearchParams(search)));
    navigate({ search }, { preventScrollReset: true });
  }
  const focusResult = focusResultFor === obligationKey(searchParams);
  useEffect(() => {
    if (!focusResult) return;
    document.getElementById("stap-verplichting")?.focus();
    setFocusResultFor(null);
  }, [focusResult]);

  const errors: FieldErrors =
    emptyFormErrors ?? (checked.ok || nothingAsked(draft, checked.empty) ? {} : checked.errors);
  return (
    <>
      <PageTitle>Rekenhulp</PageTitle>
      <Heading level={1}>Rekenhulp social return</Heading>
      <Paragraph lead>
        Bereken wat een opdracht aan social return vraagt, en hoe u dat invult met bouwblokken. U
        hoeft niet in te loggen. Alles wat u invult staat in de link: bewaar of deel die, dan ziet
        de ontvanger dezelfde berekening.
      </Paragraph>
      <Paragraph>
        Dit is een indicatie. De gemeente stelt de verplichting vast bij de gunning, en spreekt met
        u af welke activiteiten meetellen.
      </Paragraph>

      <section aria-labelledby="stap-opdracht" className="sroi-no-print">
        <Heading level={2} id="stap-opdracht">
          1. De opdracht
        </Heading>
        <ObligationForm
          key={obligationKey(searchParams)}
          draft={draft}
          errors={errors}
          municipalities={municipalityData.municipalities}
          onSubmit={calculate}
        />
      </section>

      {loaded.obligation ? (
        <ObligationResult
          queryRef={loaded.obligation}
          draft={draft}
          municipalityName={
            municipalityData.municipalities.find((m) => m.code === draft.municipalityCode)?.name ??
            draft.municipalityCode
          }
          lines={lines}
          setLines={setLines}
          newLine={newLine}
        />
      ) : null}
    </>
  );
}

type ObligationAnswer = NonNullable<PortalRekenhulpObligationQuery["obligationPreview"]>;
type Preview = Extract<ObligationAnswer, { __typename: "ObligationPreview" }>;

function ObligationResult({
  queryRef,
  draft,
  municipalityName,
  lines,
  setLines,
  newLine,
}: {
  queryRef: NonNullable<Awaited<ReturnType<typeof loader>>["obligation"]>;
  draft: ObligationDraft;
  municipalityName: string;
  lines: Line[];
  setLines: (lines: Line[]) => void;
  newLine: ReturnType<typeof useLinesInAddress>["newLine"];
}) {
  const { data } = useReadQuery(queryRef);
  const answer = data.obligationPreview;
  if (answer.__typename === "InputError") {
    const field = answer.field ? API_FIELDS[answer.field] : undefined;
    return (
      <section aria-labelledby="stap-verplichting">
        <h2 className="utrecht-heading-2" id="stap-verplichting" tabIndex={-1}>
          2. De verplichting
        </h2>
        <div className="utrecht-alert utrecht-alert--error sroi-alert" role="alert">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              <p className="utrecht-paragraph">
                {answer.message}
                {field ? " Pas de opdracht hierboven aan." : ""}
              </p>
            </div>
          </div>
        </div>
      </section>
    );
  }
  return (
    <Calculation
      preview={answer}
      draft={draft}
      municipalityName={municipalityName}
      lines={lines}
      setLines={setLines}
      newLine={newLine}
    />
  );
}

function Calculation({
  preview,
  draft,
  municipalityName,
  lines,
  setLines,
  newLine,
}: {
  preview: Preview;
  draft: ObligationDraft;
  municipalityName: string;
  lines: Line[];
  setLines: (lines: Line[]) => void;
  newLine: ReturnType<typeof useLinesInAddress>["newLine"];
}) {
  const catalogue: Catalogue | null = preview.catalogueVersion
    ? {
        key: preview.catalogueVersion.key,
        basisHours: preview.catalogueVersion.basisHours,
        blocks: preview.catalogueVersion.blocks,
        bonuses: preview.catalogueVersion.bonuses,
      }
    : null;
  const valuations = catalogue ? lines.map((line) => valueLine(line, catalogue)) : [];
  const summaryLines = summariseLines(lines, valuations, catalogue);
  const linesHeading = useRef<HTMLHeadingElement>(null);
  const [focusLine, setFocusLine] = useState<number | null>(null);

  useEffect(() => {
    if (focusLine === null) return;
    const line = lines.find((candidate) => candidate.id === focusLine);
    const block = catalogue?.blocks.find((candidate) => candidate.code === line?.blockCode);
    const first = line && block ? fieldsFor(block)[0] : undefined;
    if (line && first) document.getElementById(lineFieldId(line, first))?.focus();
    setFocusLine(null);
  }, [focusLine, lines, catalogue]);

  function addLine(blockCode: string) {
    const block = catalogue?.blocks.find((candidate) => candidate.code === blockCode);
    if (!block || !catalogue) return;
    // A year from the reference date, one person, full time: a sensible start to adjust.
    const line = newLine({
      ...emptyLine(blockCode),
      ...newLineDefaults(block, catalogue.basisHours, draft.referenceDate),
    });
    setLines([...lines, line]);
    setFocusLine(line.id);
  }

  function removeLine(id: number) {
    setLines(lines.filter((line) => line.id !== id));
    linesHeading.current?.focus();
  }

  const kindLabel = draft.contractKind
    ? CONTRACT_KIND_LABELS[draft.contractKind].toLowerCase()
    : "";
  return (
    <>
      <section aria-labelledby="stap-verplichting">
        <h2 className="utrecht-heading-2" id="stap-verplichting" tabIndex={-1}>
          2. De verplichting
        </h2>
        <Paragraph>
          Gemeente {municipalityName}, {kindLabel}, opdrachtwaarde{" "}
          {formatEuro(readObligationValue(draft))} excl. btw, peildatum{" "}
          {formatDate(draft.referenceDate)}.
        </Paragraph>
        <p className="utrecht-paragraph sroi-big-amount" data-obligation={preview.amount}>
          {preview.kind === "PERCENTAGE"
            ? formatEuro(preview.amount)
            : preview.kind === "ACTIVITY"
              ? "Eén maatschappelijke activiteit"
              : "Geen social return-verplichting"}
        </p>
        <ObligationBreakdown obligation={preview} />
        <Paragraph>
          Berekend volgens {preview.policy.name}
          {preview.policy.validFrom ? `, geldig vanaf ${formatDate(preview.policy.validFrom)}` : ""}
          .
        </Paragraph>
        {preview.policy.conceptNote ? (
          <ConceptNote note={preview.policy.conceptNote} headingLevel={3} />
        ) : null}
      </section>

      <section aria-labelledby="stap-bouwblokken">
        <h2 className="utrecht-heading-2" id="stap-bouwblokken" tabIndex={-1} ref={linesHeading}>
          3. Invullen met bouwblokken
        </h2>
        {preview.kind === "NONE" ? (
          <Paragraph>
            Deze opdracht vraagt geen social return, dus u hoeft geen bouwblokken in te zetten. Wilt
            u toch iets doen, bijvoorbeeld een stageplaats bieden? Dat is welkom: overleg dan met de
            gemeente.
          </Paragraph>
        ) : preview.catalogueVersion && catalogue ? (
          <>
            <Paragraph>
              Op de peildatum geldt <strong>{preview.catalogueVersion.name}</strong> (
              {describeValidFrom(preview.catalogueVersion.validFrom)}).{" "}
              <Link
                className="sroi-no-print"
                to={`/bouwblokken?${new URLSearchParams({
                  regio: preview.catalogueVersion.region.code,
                  versie: preview.catalogueVersion.key,
                })}`}
              >
                Bekijk alle bouwblokken en voorwaarden
              </Link>
            </Paragraph>
            {preview.catalogueVersion.conceptNote ? (
              <ConceptNote note={preview.catalogueVersion.conceptNote} headingLevel={3} />
            ) : null}
            {lines.length === 0 ? (
              <Paragraph>
                Voeg een regel toe voor elke activiteit die u van plan bent, bijvoorbeeld twee
                mensen met een Participatiewet-uitkering die een jaar bij u werken.
              </Paragraph>
            ) : null}
            {lines.map((line, index) => (
              <LineFieldset
                key={line.id}
                number={index + 1}
                line={line}
                valuation={valuations[index] ?? valueLine(line, catalogue)}
                catalogue={catalogue}
                onChange={(changed) =>
                  setLines(
                    lines.map((candidate) => (candidate.id === line.id ? changed : candidate)),
                  )
                }
                onRemove={() => removeLine(line.id)}
              />
            ))}
            <AddLine catalogue={catalogue} onAdd={addLine} />
            <RunningTotal obligation={preview} lines={summaryLines} />
          </>
        ) : (
          <Paragraph>
            Voor deze regio was op de peildatum geen bouwblokkenmodel gepubliceerd. Vraag de
            gemeente welke activiteiten meetellen.
          </Paragraph>
        )}
      </section>

      <section aria-labelledby="stap-overzicht">
        <Heading level={2} id="stap-overzicht">
          Overzicht
        </Heading>
        {/* Without an obligation there is nothing to add up: the berekening is step 2 alone */}
        {preview.kind === "NONE" ? null : <Summary obligation={preview} lines={summaryLines} />}
        <KeepCalculation />
        <p className="utrecht-paragraph sroi-print-only">
          Berekend met de rekenhulp social return. Deze berekening staat online op:{" "}
          {typeof window === "undefined" ? "" : window.location.href}
        </p>
      </section>
    </>
  );
}

function readObligationValue(draft: ObligationDraft): string {
  const checked = readObligationDraft(draft);
  return checked.ok ? checked.input.valueExclVat : "0";
}
