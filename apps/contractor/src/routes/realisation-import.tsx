// Verantwoording importeren: a whole spreadsheet (CSV, or XLSX sent as base64) from the template.
// The API checks and values every row like a form entry; when any row is wrong nothing is imported,
// and the report lists every problem by line and column.
import { useMutation, useReadQuery } from "@apollo/client/react";
import { REALISATION_TEMPLATE_COLUMNS, REALISATION_TEMPLATE_FORMATS } from "@sroi/domain";
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorSummary,
  ExternalLink,
  FocusedAlert,
  FormField,
  Heading,
  Link,
  PageTitle,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useFocusOnMount,
} from "@sroi/ui";
import { type ChangeEvent, type FormEvent, useState } from "react";
import { type LoaderFunctionArgs, useLoaderData } from "react-router";
import { preloadQuery } from "../apollo";
import { carrierName } from "../carrier";
import { graphql } from "../gql";
import type { SpreadsheetFormat } from "../gql/graphql";
import { forgetContractRealisations } from "../realisations/fragments";
import "../realisations/realisations.css";
import { ContractNotFound } from "./contract";

const ImportPageQuery = graphql(`
  query PortalImportRealisations($id: ID!) {
    contract(id: $id) {
      id
      reference
      title
      status
      viewerCan {
        reportRealisation
      }
      municipality {
        ...PortalCarrier
      }
      obligation {
        catalogueVersion {
          key
          name
          blocks {
            code
            name
          }
          bonuses {
            code
            name
          }
        }
      }
    }
  }
`);

const ImportMutation = graphql(`
  mutation PortalImportRealisationsFile(
    $contractId: ID!
    $format: SpreadsheetFormat!
    $content: String!
  ) {
    importRealisations(contractId: $contractId, format: $format, content: $content) {
      __typename
      ... on RealisationImport {
        count
      }
      ... on ImportError {
        message
        problems {
          path
          message
        }
      }
      ...ErrorMessage
    }
  }
`);

/** The API serves the template in both formats; its columns are the ones the import reads. */
const TEMPLATE_URL = "/sjablonen/verantwoording";
const FILE_ID = "import-bestand";
// The file travels base64-encoded inside a GraphQL request, which the API limits to 1 MB.
const MAX_FILE_BYTES = 700 * 1024;

export function loader({ params }: LoaderFunctionArgs) {
  return preloadQuery.toPromise(
    preloadQuery(ImportPageQuery, { variables: { id: params.id ?? "" } }),
  );
}

type Outcome =
  | { kind: "imported"; fileName: string; count: number }
  | { kind: "report"; fileName: string; problems: ReportRow[] };

export function ImportRealisationsPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const [importRealisations] = useMutation(ImportMutation);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const contract = data.contract;
  if (!contract) return <ContractNotFound />;
  const contractPath = `/opdrachten/${encodeURIComponent(contract.id)}`;
  const catalogue = contract.obligation.catalogueVersion;

  function pick(event: ChangeEvent<HTMLInputElement>) {
    setFile(event.currentTarget.files?.[0] ?? null);
    setFileError(null);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting || !contract) return;
    setFailure(null);
    setOutcome(null);
    const format = file ? formatOfFile(file.name) : null;
    if (!file) return setFileError("Kies het bestand dat u wilt importeren.");
    if (!format)
      return setFileError(
        "Kies een CSV- of Excel-bestand: de bestandsnaam eindigt op .csv of .xlsx.",
      );
    if (file.size > MAX_FILE_BYTES)
      return setFileError(
        "Het bestand is te groot om in één keer te importeren (hoogstens 700 kB). Verdeel de regels over kleinere bestanden.",
      );
    setFileError(null);
    setSubmitting(true);
    try {
      const content =
        format === "XLSX" ? toBase64(new Uint8Array(await file.arrayBuffer())) : await file.text();
      const { data: answer } = await importRealisations({
        variables: { contractId: contract.id, format, content },
        update: (cache, { data: written }) => {
          if (written?.importRealisations.__typename === "RealisationImport")
            forgetContractRealisations(cache, contract.id);
        },
      });
      const result = answer?.importRealisations;
      if (result?.__typename === "RealisationImport") {
        setOutcome({ kind: "imported", fileName: file.name, count: result.count });
      } else if (result?.__typename === "ImportError") {
        setOutcome({
          kind: "report",
          fileName: file.name,
          problems: result.problems.map(reportRow),
        });
      } else {
        setFailure(result?.message ?? "Het importeren is niet gelukt. Probeer het opnieuw.");
      }
    } catch {
      setFailure(
        "Het bestand kon niet worden verstuurd of de server gaf geen antwoord. Probeer het opnieuw.",
      );
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <>
      <PageTitle>{`Verantwoording importeren – ${contract.reference}`}</PageTitle>
      <Paragraph>
        <Link to={contractPath}>Terug naar de opdracht</Link>
      </Paragraph>
      <Heading level={1}>Verantwoording importeren</Heading>
      <Paragraph lead>
        Houdt u uw verantwoording voor <span className="sroi-code">{contract.reference}</span>{" "}
        {contract.title} bij in Excel? Importeer dan alle regels in één keer. Het platform
        controleert elke regel. Is er één regel niet goed, dan wordt niets geïmporteerd en ziet u
        per regel wat u moet verbeteren.
      </Paragraph>

      {outcome?.kind === "imported" ? (
        <Imported
          outcome={outcome}
          contractPath={contractPath}
          carrier={carrierName(contract.municipality)}
        />
      ) : null}
      {outcome?.kind === "report" ? <ImportReport outcome={outcome} /> : null}

      {!contract.viewerCan.reportRealisation ? (
        <Paragraph>Deze opdracht is afgesloten: u kunt niets meer verantwoorden.</Paragraph>
      ) : (
        <form onSubmit={submit} noValidate aria-label="Bestand importeren">
          {fileError ? (
            <ErrorSummary
              heading="Er is niets geïmporteerd"
              items={[{ fieldId: FILE_ID, message: fileError }]}
            />
          ) : null}
          {failure ? (
            <Alert type="error" role="alert" heading="Niet geïmporteerd" headingLevel={2}>
              <p className="utrecht-paragraph">{failure}</p>
            </Alert>
          ) : null}
          <FormField
            id={FILE_ID}
            label="Bestand"
            description="Een CSV-bestand (.csv) of Excel-werkmap (.xlsx) volgens het sjabloon; het eerste werkblad telt."
            error={fileError ?? undefined}
          >
            <input
              id={FILE_ID}
              type="file"
              className="sroi-file-input"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={pick}
              aria-describedby={
                fileError ? `${FILE_ID}-omschrijving ${FILE_ID}-fout` : `${FILE_ID}-omschrijving`
              }
              aria-invalid={fileError ? true : undefined}
            />
          </FormField>
          <ButtonGroup>
            <Button type="submit" disabled={submitting}>
              {submitting ? "Bezig met importeren…" : "Importeren"}
            </Button>
            <Link to={contractPath}>Annuleren</Link>
          </ButtonGroup>
        </form>
      )}

      <Heading level={2}>Het sjabloon</Heading>
      <Paragraph>
        <ExternalLink href={`${TEMPLATE_URL}.xlsx`} download="verantwoording-sjabloon.xlsx">
          Download het sjabloon (Excel)
        </ExternalLink>{" "}
        of{" "}
        <ExternalLink href={`${TEMPLATE_URL}.csv`} download="verantwoording-sjabloon.csv">
          het sjabloon als CSV
        </ExternalLink>
        . De eerste regel noemt de kolommen; de tweede is een voorbeeld, die u vervangt door uw
        eigen regels. Eén regel per verantwoording. Vul per regel de kolommen in die het bouwblok
        nodig heeft; de andere blijven leeg. U mag het bestand als .csv of .xlsx bewaren.
      </Paragraph>
      <Paragraph>{REALISATION_TEMPLATE_FORMATS}</Paragraph>
      <Paragraph>
        Maatwerk en bewijs staan niet in het sjabloon: verantwoord maatwerk met het formulier, en
        voeg bewijs toe via Corrigeren bij de geïmporteerde verantwoording.
      </Paragraph>
      <CodeTable
        caption="Kolommen van het sjabloon"
        headers={["Kolom", "Wat u invult"]}
        rows={REALISATION_TEMPLATE_COLUMNS.map((column) => ({
          code: column.name,
          text: column.meaning,
        }))}
      />
      {catalogue && catalogue.blocks.length > 0 ? (
        <CodeTable
          caption={`Codes van de bouwblokken in ${catalogue.name} (kolom bouwblok)`}
          headers={["Code", "Bouwblok"]}
          rows={catalogue.blocks.map((block) => ({ code: block.code, text: block.name }))}
        />
      ) : null}
      {catalogue && catalogue.bonuses.length > 0 ? (
        <CodeTable
          caption={`Codes van de toeslagen in ${catalogue.name} (kolom toeslagen)`}
          headers={["Code", "Toeslag"]}
          rows={catalogue.bonuses.map((bonus) => ({ code: bonus.code, text: bonus.name }))}
        />
      ) : null}
    </>
  );
}

/** A table of codes (columns, blocks, bonuses): the code as the row's header, then its meaning. */
function CodeTable({
  caption,
  headers,
  rows,
}: {
  caption: string;
  headers: [string, string];
  rows: { code: string; text: string }[];
}) {
  return (
    <Table caption={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{headers[0]}</TableHeaderCell>
          <TableHeaderCell scope="col" wide>
            {headers[1]}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.code}>
            <TableHeaderCell scope="row">
              <span className="sroi-code">{row.code}</span>
            </TableHeaderCell>
            <TableCell>{row.text}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function formatOfFile(fileName: string): SpreadsheetFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "csv" || extension === "txt") return "CSV";
  if (extension === "xlsx") return "XLSX";
  return null;
}

function toBase64(bytes: Uint8Array): string {
  // In slices: String.fromCharCode with a whole workbook as arguments overflows the stack.
  let binary = "";
  const slice = 0x8000;
  for (let start = 0; start < bytes.length; start += slice) {
    binary += String.fromCharCode(...bytes.subarray(start, start + slice));
  }
  return btoa(binary);
}

interface ReportRow {
  line: string;
  column: string | null;
  message: string;
}

/** "regel 3, bouwblok" → line 3, column bouwblok; "(bestand)" stays whole. */
function reportRow(problem: { path: string; message: string }): ReportRow {
  const match = /^regel (\d+)(?:,\s*(.+))?$/i.exec(problem.path.trim());
  if (!match?.[1]) return { line: problem.path, column: null, message: problem.message };
  return { line: match[1], column: match[2] ?? null, message: problem.message };
}

function Imported({
  outcome,
  contractPath,
  carrier,
}: {
  outcome: Extract<Outcome, { kind: "imported" }>;
  contractPath: string;
  carrier: string;
}) {
  return (
    <FocusedAlert type="ok" role="status" heading="Geïmporteerd" headingLevel={2}>
      <p className="utrecht-paragraph">
        {outcome.count === 1
          ? `1 verantwoording uit ${outcome.fileName} is ingediend.`
          : `${outcome.count} verantwoordingen uit ${outcome.fileName} zijn ingediend.`}{" "}
        {carrier} beoordeelt {outcome.count === 1 ? "haar" : "ze"}.
      </p>
      <p className="utrecht-paragraph">
        <Link to={`${contractPath}#verantwoording`}>
          {outcome.count === 1 ? "Bekijk haar bij de opdracht" : "Bekijk ze bij de opdracht"}
        </Link>
      </p>
    </FocusedAlert>
  );
}

function ImportReport({ outcome }: { outcome: Extract<Outcome, { kind: "report" }> }) {
  const ref = useFocusOnMount<HTMLElement>();
  const byLine = outcome.problems.every((row) => /^\d+$/.test(row.line));
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby="importverslag" className="sroi-feedback">
      <Alert type="error">
        <h2 className="utrecht-heading-2" id="importverslag">
          Er is niets geïmporteerd
        </h2>
        <p className="utrecht-paragraph">
          {outcome.fileName} bevat{" "}
          {outcome.problems.length === 1 ? "1 fout" : `${outcome.problems.length} fouten`}, dus ook
          de goede regels zijn niet ingediend. Verbeter het bestand volgens de lijst hieronder en
          importeer het opnieuw.
        </p>
      </Alert>
      <Table caption={`Fouten in ${outcome.fileName}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{byLine ? "Regel" : "Plaats"}</TableHeaderCell>
            <TableHeaderCell scope="col">Kolom</TableHeaderCell>
            <TableHeaderCell scope="col" wide>
              Melding
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {outcome.problems.map((row, index) => (
            // Two problems may share a line and column; their order is the report's.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <TableRow key={index}>
              <TableHeaderCell scope="row">{row.line}</TableHeaderCell>
              <TableCell>{row.column ?? "—"}</TableCell>
              <TableCell>{row.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
