// Composing the plan van aanpak: the rekenhulp's lines, valued live in the browser with the domain
// rules and the contract's counting window, saved as a draft or saved and submitted to the WSP.
// The lines live here until the API has them: a refusal or a conflict leaves every one in place.
import { useMutation } from "@apollo/client/react";
import {
  dutchDate,
  type ObligationKind,
  REPORT_FREQUENCY_LABELS,
  type ReportFrequency,
} from "@sroi/domain";
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  type ErrorSummaryItem,
  FocusedAlert,
  FormField,
  Heading,
  Paragraph,
  Select,
  Textarea,
} from "@sroi/ui";
import { useEffect, useRef, useState } from "react";
import { graphql } from "../gql";
import type { PlanVersionFragment } from "../gql/graphql";
import { AddLine } from "../rekenhulp/add-line";
import { LineFieldset, lineFieldId } from "../rekenhulp/line-fieldset";
import { emptyLine } from "../rekenhulp/state";
import { RunningTotal, Summary, summariseLines } from "../rekenhulp/summary";
import { withId } from "../rekenhulp/use-lines";
import {
  bonusesFor,
  type Catalogue,
  type CountingWindow,
  fieldsFor,
  newLineDefaults,
  valueLine,
} from "../rekenhulp/valuation";
import {
  draftFromSaved,
  type LineIssueField,
  type PlanLine,
  type PlanLineRequest,
  requestFor,
  sortIssues,
} from "./plan-draft";

const SavePlanMutation = graphql(`
  mutation PortalSavePlan(
    $contractId: ID!
    $basedOn: PlanVersionRef
    $reportFrequency: ReportFrequency!
    $lines: [PlanLineInput!]!
  ) {
    savePlan(
      contractId: $contractId
      basedOn: $basedOn
      reportFrequency: $reportFrequency
      lines: $lines
    ) {
      __typename
      ... on PlanVersion {
        ...PlanVersion
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const SubmitPlanMutation = graphql(`
  mutation PortalSubmitPlan($planId: ID!, $version: Int!) {
    submitPlan(planId: $planId, version: $version) {
      __typename
      ... on PlanVersion {
        ...PlanVersion
      }
      ...ErrorMessage
    }
  }
`);

const FREQUENCIES: readonly ReportFrequency[] = ["MONTHLY", "QUARTERLY", "HALF_YEARLY"];
const FREQUENCY_ID = "plan-rapportage";
const ADD_LINE_ID = "nieuw-bouwblok";

export type SaveOutcome =
  | { kind: "saved"; plan: PlanVersionFragment }
  | { kind: "submitted"; plan: PlanVersionFragment }
  | { kind: "saved-not-submitted"; plan: PlanVersionFragment; message: string };

export interface PlanEditorProps {
  contractId: string;
  countingWindow: CountingWindow;
  catalogue: Catalogue;
  obligation: { kind: ObligationKind; amount: string };
  /** The newest version: edited in place when a draft, else the start of the next version */
  latest: PlanVersionFragment | null;
  defaultFrequency: ReportFrequency;
  /** Resolves once the page shows the saved plan; the buttons stay disabled until then */
  onSaved: (outcome: SaveOutcome) => void | Promise<void>;
  /** Load the plan as it is saved now, after a conflict */
  onReload: () => void;
  /** Who reviews the plan (carrierName): the gemeente's WSP or its own team */
  carrier: string;
}

type Failure = { kind: "conflict" | "refused"; message: string };

export function PlanEditor({
  contractId,
  countingWindow,
  catalogue,
  obligation,
  latest,
  defaultFrequency,
  onSaved,
  onReload,
  carrier,
}: PlanEditorProps) {
  const [lines, setLines] = useState<PlanLine[]>(() =>
    (latest?.lines ?? []).map((line) => withId(draftFromSaved(line))),
  );
  const [frequency, setFrequency] = useState<ReportFrequency>(
    latest?.reportFrequency ?? defaultFrequency,
  );
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [general, setGeneral] = useState<string[]>([]);
  // Messages from the API by line id, until that line changes.
  const [serverIssues, setServerIssues] = useState<
    Map<number, Partial<Record<LineIssueField, string>>>
  >(new Map());
  const [failure, setFailure] = useState<Failure | null>(null);
  // Counts the attempts, so a second refusal is announced and focused like the first.
  const [attempt, setAttempt] = useState(0);
  const [savePlan] = useMutation(SavePlanMutation);
  const [submitPlan] = useMutation(SubmitPlanMutation);
  const [busy, setBusy] = useState<"saving" | "submitting" | null>(null);
  const linesHeading = useRef<HTMLHeadingElement>(null);
  const [focusLine, setFocusLine] = useState<number | null>(null);

  const valuations = lines.map((line) => valueLine(line, catalogue, countingWindow));

  useEffect(() => {
    if (focusLine === null) return;
    const line = lines.find((candidate) => candidate.id === focusLine);
    const block = catalogue.blocks.find((candidate) => candidate.code === line?.blockCode);
    const first = line && block ? fieldsFor(block)[0] : undefined;
    if (line && first) document.getElementById(lineFieldId(line, first))?.focus();
    setFocusLine(null);
  }, [focusLine, lines, catalogue]);

  function addLine(blockCode: string) {
    const block = catalogue.blocks.find((candidate) => candidate.code === blockCode);
    if (!block) return;
    // A year from the contract's start (or today), one person, full time: a start to adjust.
    const start = countingWindow.contractStart ?? dutchDate(new Date());
    const line = withId({
      ...emptyLine(blockCode),
      ...newLineDefaults(block, catalogue.basisHours, start),
      description: "",
    });
    setLines([...lines, line]);
    setFocusLine(line.id);
  }

  function changeLine(changed: PlanLine) {
    setLines(lines.map((line) => (line.id === changed.id ? changed : line)));
    if (serverIssues.has(changed.id)) {
      const rest = new Map(serverIssues);
      rest.delete(changed.id);
      setServerIssues(rest);
    }
  }

  function removeLine(id: number) {
    setLines(lines.filter((line) => line.id !== id));
    linesHeading.current?.focus();
  }

  /** Where an error summary's link for a line's problem takes the keyboard. */
  function targetOf(line: PlanLine, field: string): string {
    const block = catalogue.blocks.find((candidate) => candidate.code === line.blockCode);
    if (field === "bonusCodes") {
      const code = line.bonusCodes[0] ?? (block ? bonusesFor(block, catalogue)[0]?.code : null);
      if (code) return `${lineFieldId(line, "bonusCodes")}-${code}`;
    }
    if (field === "description") return descriptionId(line);
    if (block && (fieldsFor(block) as readonly string[]).includes(field)) {
      return lineFieldId(line, field as Parameters<typeof lineFieldId>[1]);
    }
    return descriptionId(line);
  }

  async function save(submit: boolean) {
    setAttempt(attempt + 1);
    setFailure(null);
    setGeneral([]);
    setServerIssues(new Map());
    const found: ErrorSummaryItem[] = [];
    const requests: PlanLineRequest[] = [];
    lines.forEach((line, index) => {
      const valuation = valuations[index] ?? valueLine(line, catalogue, countingWindow);
      const request = requestFor(line, valuation);
      if (request) requests.push(request);
      else if (!valuation.ok) {
        found.push({
          fieldId: targetOf(line, valuation.field),
          message: `Regel ${index + 1}: ${valuation.message}`,
        });
      }
    });
    if (submit && lines.length === 0) {
      found.push({
        fieldId: ADD_LINE_ID,
        message: "Voeg eerst minstens één bouwblok toe aan het plan.",
      });
    }
    setProblems(found);
    if (found.length > 0) return;

    setBusy(submit ? "submitting" : "saving");
    try {
      const { data } = await savePlan({
        variables: {
          contractId,
          basedOn: latest ? { planId: latest.id, version: latest.version } : null,
          reportFrequency: frequency,
          lines: requests,
        },
      });
      const result = data?.savePlan;
      if (result?.__typename === "PlanVersion") {
        if (!submit) {
          await onSaved({ kind: "saved", plan: result });
          return;
        }
        const submitted = await submitPlan({
          variables: { planId: result.id, version: result.version },
        }).catch(() => null);
        const answer = submitted?.data?.submitPlan;
        if (answer?.__typename === "PlanVersion")
          await onSaved({ kind: "submitted", plan: answer });
        else
          await onSaved({
            kind: "saved-not-submitted",
            plan: result,
            message: answer?.message ?? "Er kwam geen antwoord. Probeer het opnieuw.",
          });
        return;
      }
      if (result?.__typename === "ValidationError") {
        const sorted = sortIssues(result.issues);
        const byLine = new Map<number, Partial<Record<LineIssueField, string>>>();
        const items: ErrorSummaryItem[] = [];
        for (const [position, fields] of sorted.lines) {
          const line = lines[position];
          if (!line) continue;
          byLine.set(line.id, fields);
          for (const [field, message] of Object.entries(fields)) {
            items.push({
              fieldId: targetOf(line, field),
              message: `Regel ${position + 1}: ${message}`,
            });
          }
        }
        setServerIssues(byLine);
        setProblems(items);
        setGeneral(sorted.general);
      } else if (result?.__typename === "ConflictError") {
        setFailure({ kind: "conflict", message: result.message });
      } else {
        setFailure({
          kind: "refused",
          message: result?.message ?? "Er kwam geen antwoord. Probeer het opnieuw.",
        });
      }
    } catch {
      setFailure({
        kind: "refused",
        message: "Opslaan is niet gelukt. Controleer uw verbinding en probeer het opnieuw.",
      });
    } finally {
      setBusy(null);
    }
  }

  const isNewVersion = latest !== null && latest.status !== "DRAFT";
  const summaryLines = summariseLines(lines, valuations, catalogue);
  return (
    <>
      {problems.length > 0 || general.length > 0 ? (
        <ErrorSummary heading="Het plan is niet opgeslagen" items={problems}>
          {general.map((message) => (
            <p className="utrecht-paragraph" key={message}>
              {message}
            </p>
          ))}
        </ErrorSummary>
      ) : null}
      {failure ? <FailureMessage key={attempt} failure={failure} onReload={onReload} /> : null}

      <section aria-labelledby="plan-regels">
        <h2 className="utrecht-heading-2" id="plan-regels" tabIndex={-1} ref={linesHeading}>
          Bouwblokken in het plan
        </h2>
        {lines.length === 0 ? (
          <Paragraph>
            Voeg een regel toe voor elke activiteit die u van plan bent, bijvoorbeeld twee mensen
            met een Participatiewet-uitkering die een jaar bij u werken. De waarde rekent mee
            terwijl u typt.
          </Paragraph>
        ) : null}
        {lines.map((line, index) => (
          <LineFieldset
            key={line.id}
            number={index + 1}
            line={line}
            valuation={valuations[index] ?? valueLine(line, catalogue, countingWindow)}
            catalogue={catalogue}
            errors={serverIssues.get(line.id)}
            revealMissing={problems.length > 0}
            onChange={changeLine}
            onRemove={() => removeLine(line.id)}
          >
            <FormField
              id={descriptionId(line)}
              label="Toelichting (niet verplicht)"
              description="Bijvoorbeeld de functie, of met wie u samenwerkt"
              error={serverIssues.get(line.id)?.description ?? serverIssues.get(line.id)?.block}
            >
              <Textarea
                id={descriptionId(line)}
                rows={2}
                value={line.description}
                onChange={(event) => changeLine({ ...line, description: event.target.value })}
              />
            </FormField>
          </LineFieldset>
        ))}
        <AddLine catalogue={catalogue} onAdd={addLine} />
        <RunningTotal obligation={obligation} lines={summaryLines} />
      </section>

      <section aria-labelledby="plan-overzicht">
        <Heading level={2} id="plan-overzicht">
          Overzicht
        </Heading>
        <Summary caption="Overzicht van het plan" obligation={obligation} lines={summaryLines} />
      </section>

      <section aria-labelledby="plan-opslaan">
        <Heading level={2} id="plan-opslaan">
          Opslaan en indienen
        </Heading>
        <FormField
          id={FREQUENCY_ID}
          label="Rapportagefrequentie"
          description={`Hoe vaak u ${carrier} laat weten wat u heeft gerealiseerd`}
        >
          <Select
            id={FREQUENCY_ID}
            value={frequency}
            onChange={(event) => setFrequency(event.target.value as ReportFrequency)}
          >
            {FREQUENCIES.map((option) => (
              <option key={option} value={option}>
                {capitalise(REPORT_FREQUENCY_LABELS[option])}
              </option>
            ))}
          </Select>
        </FormField>
        <Paragraph>
          {isNewVersion
            ? `Opslaan maakt versie ${(latest?.number ?? 0) + 1} van het plan; versie ${latest?.number} blijft bewaard.`
            : `Een concept kunt u later verder aanvullen. Na het indienen beoordeelt ${carrier} het plan; tot dan kunt u het niet wijzigen.`}
        </Paragraph>
        <ButtonGroup>
          <Button
            appearance="secondary-action"
            disabled={busy !== null}
            onClick={() => save(false)}
          >
            Concept opslaan
          </Button>
          <Button disabled={busy !== null} onClick={() => save(true)}>
            Opslaan en indienen bij {carrier}
          </Button>
        </ButtonGroup>
        <p className="utrecht-paragraph" role="status">
          {busy === "saving"
            ? "Bezig met opslaan…"
            : busy === "submitting"
              ? "Bezig met opslaan en indienen…"
              : ""}
        </p>
      </section>
    </>
  );
}

const descriptionId = (line: { id: number }) => `regel-${line.id}-toelichting`;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function FailureMessage({ failure, onReload }: { failure: Failure; onReload: () => void }) {
  // The button that was pressed is at the bottom; the message is read out and takes focus.
  return (
    <FocusedAlert
      type="error"
      role="alert"
      heading={
        failure.kind === "conflict"
          ? "Iemand anders heeft het plan intussen gewijzigd"
          : "Het plan is niet opgeslagen"
      }
      headingLevel={2}
    >
      <p className="utrecht-paragraph">{failure.message}</p>
      {failure.kind === "conflict" ? (
        <>
          <p className="utrecht-paragraph">
            Het opgeslagen plan laden vervangt de regels hieronder; noteer eerst wat u wilt bewaren.
          </p>
          <Button appearance="secondary-action" onClick={onReload}>
            Laad het opgeslagen plan
          </Button>
        </>
      ) : null}
    </FocusedAlert>
  );
}
