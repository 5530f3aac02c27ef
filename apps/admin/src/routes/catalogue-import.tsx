// Importing a catalogue file (/catalogi/importeren?regio=…) as a new draft: the exchange format
// (JSON) or a spreadsheet (CSV, XLSX). A file with errors gets a report line by line; a good one
// becomes a draft to check and publish, never a published version.
import { useMutation, useReadQuery } from "@apollo/client/react";
import { dutchDate, readDutchNumber, SHEET_COLUMNS } from "@sroi/domain";
import {
  Alert,
  Button,
  ButtonGroup,
  ExternalLink,
  type FlashState,
  FormField,
  Heading,
  Link,
  PageTitle,
  Paragraph,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TextInput,
} from "@sroi/ui";
import { type ChangeEvent, type FormEvent, useEffect, useRef, useState } from "react";
import { type LoaderFunctionArgs, useLoaderData, useNavigate, useSearchParams } from "react-router";
import { preloadQuery } from "../apollo";
import "../catalogue/catalogue.css";
import { forgetRegionCatalogues } from "../catalogue/cache";
import {
  FORMAT_LABELS,
  formatOfFile,
  nameInJsonFile,
  readCatalogueFile,
  reportRow,
  SHEET_TEMPLATE_URL,
} from "../catalogue/catalogue-file";
import { BASIS_HOURS } from "../catalogue/draft-details-form";
import { checkCatalogueKey, suggestCatalogueKey } from "../catalogue/keys";
import { errorFor, FormErrors } from "../forms/form-feedback";
import { type CatalogueProblem, type FieldIssue, outcomeOf } from "../forms/outcome";
import { graphql } from "../gql";

const ImportPageQuery = graphql(`
  query AdminImportCatalogue {
    regions {
      code
      name
      viewerCanManage
    }
  }
`);

const ImportMutation = graphql(`
  mutation AdminImportCatalogueFile(
    $regionCode: String!
    $key: String!
    $name: String!
    $format: CatalogueFileFormat!
    $content: String!
    $basisHours: Decimal
    $validFrom: Date
  ) {
    importCatalogue(
      regionCode: $regionCode
      key: $key
      name: $name
      format: $format
      content: $content
      basisHours: $basisHours
      validFrom: $validFrom
    ) {
      __typename
      ... on CatalogueVersion {
        key
        name
      }
      ... on ImportError {
        message
        problems {
          path
          message
        }
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const FIELD_IDS: Record<string, string> = {
  regionCode: "import-regio",
  content: "import-bestand",
  format: "import-bestand",
  key: "import-code",
  name: "import-naam",
  basisHours: "import-voltijd",
  validFrom: "import-datum",
};

export function loader(_: LoaderFunctionArgs) {
  return preloadQuery.toPromise(preloadQuery(ImportPageQuery));
}

interface Report {
  fileName: string;
  message: string;
  problems: CatalogueProblem[];
}

export function ImportCataloguePage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [importCatalogue] = useMutation(ImportMutation);
  const regions = data.regions.filter((region) => region.viewerCanManage);
  const [regionCode, setRegionCode] = useState(
    regions.find((region) => region.code === params.get("regio"))?.code ?? regions[0]?.code ?? "",
  );
  const [file, setFile] = useState<File | null>(null);
  const [key, setKey] = useState(() => suggestCatalogueKey(regionCode, dutchDate(new Date())));
  const [name, setName] = useState("");
  const [basisHours, setBasisHours] = useState("36");
  const [validFrom, setValidFrom] = useState("");
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const format = file ? formatOfFile(file.name) : null;
  const spreadsheet = format === "CSV" || format === "XLSX";
  const region = regions.find((candidate) => candidate.code === regionCode);
  const fileError = errorFor(issues, "content") ?? errorFor(issues, "format");

  if (regions.length === 0) {
    return (
      <>
        <PageTitle>Bouwblokkenmodel importeren</PageTitle>
        <Heading level={1}>Bouwblokkenmodel importeren</Heading>
        <Paragraph>
          U kunt niets importeren: uw account beheert geen bouwblokkenmodel van een regio.
        </Paragraph>
        <Paragraph>
          <Link to="/catalogi">Naar de bouwblokkenmodellen</Link>
        </Paragraph>
      </>
    );
  }

  async function pickFile(event: ChangeEvent<HTMLInputElement>) {
    const picked = event.currentTarget.files?.[0] ?? null;
    setFile(picked);
    setReport(null);
    if (picked && formatOfFile(picked.name) === "JSON" && !name.trim()) {
      const suggested = nameInJsonFile(await picked.text());
      if (suggested) setName((current) => current || suggested);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setFailure(null);
    setReport(null);
    const local: FieldIssue[] = [];
    if (!file) local.push({ field: "content", message: "Kies een bestand om te importeren." });
    else if (!format)
      local.push({
        field: "content",
        message:
          "Kies een bestand van het type JSON, CSV of XLSX (de bestandsnaam eindigt op .json, .csv of .xlsx).",
      });
    const keyProblem = checkCatalogueKey(key.trim());
    if (keyProblem) local.push({ field: "key", message: keyProblem });
    if (!name.trim())
      local.push({ field: "name", message: "Vul een naam in voor de nieuwe versie." });
    const hours = spreadsheet ? readDutchNumber(basisHours, BASIS_HOURS) : null;
    if (hours && !hours.ok) local.push({ field: "basisHours", message: hours.message });
    if (local.length > 0 || !file || !format) {
      setIssues(local);
      return;
    }
    setIssues([]);
    setSubmitting(true);
    try {
      const content = await readCatalogueFile(file, format);
      const { data: answer } = await importCatalogue({
        variables: {
          regionCode,
          key: key.trim(),
          name: name.trim(),
          format,
          content,
          basisHours: hours?.ok ? hours.value : null,
          validFrom: spreadsheet && validFrom ? validFrom : null,
        },
      });
      const outcome = outcomeOf(answer?.importCatalogue, "CatalogueVersion");
      if (outcome.kind === "ok") {
        forgetRegionCatalogues(regionCode);
        const state: FlashState = {
          flash: `${file.name} is geïmporteerd als conceptversie ${outcome.value.name}. Controleer de waarden en publiceer de versie als ze kloppen.`,
        };
        navigate(`/catalogi/${encodeURIComponent(outcome.value.key)}`, { state });
      } else if (outcome.kind === "import") {
        setReport({ fileName: file.name, message: outcome.message, problems: outcome.problems });
      } else if (outcome.kind === "invalid" && outcome.issues.length > 0) {
        setIssues(outcome.issues);
      } else {
        setFailure(outcome.message);
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
      <PageTitle>Bouwblokkenmodel importeren</PageTitle>
      <Paragraph>
        <Link to="/catalogi">Alle bouwblokkenmodellen</Link>
      </Paragraph>
      <Heading level={1}>Bouwblokkenmodel importeren</Heading>
      <Paragraph lead>
        Importeer een bouwblokkenmodel uit het uitwisselformaat (JSON) of uit een spreadsheet (CSV
        of Excel). Het wordt een conceptversie{region ? ` van ${region.name}` : ""}: u controleert
        de waarden en publiceert daarna zelf.
      </Paragraph>
      {report ? <ImportReport report={report} /> : null}
      <form onSubmit={submit} noValidate aria-label="Bestand importeren">
        <FormErrors
          issues={issues}
          fieldIds={FIELD_IDS}
          fallbackId="import-bestand"
          failure={failure}
        />
        {regions.length > 1 ? (
          <FormField id="import-regio" label="Regio" error={errorFor(issues, "regionCode")}>
            <Select
              id="import-regio"
              value={regionCode}
              onChange={(event) => {
                const code = event.currentTarget.value;
                setRegionCode(code);
                setKey(suggestCatalogueKey(code, dutchDate(new Date())));
              }}
            >
              {regions.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </Select>
          </FormField>
        ) : (
          <Paragraph>
            Regio: <strong>{region?.name}</strong>
          </Paragraph>
        )}
        <FormField
          id="import-bestand"
          label="Bestand"
          description={
            file && format
              ? `Gekozen: ${file.name}, ${FORMAT_LABELS[format]}.`
              : "Een bestand in het uitwisselformaat (.json), of een spreadsheet (.csv of .xlsx) met de kolommen hieronder."
          }
          error={fileError}
        >
          <input
            id="import-bestand"
            type="file"
            className="sroi-file-input"
            accept=".json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={pickFile}
            aria-describedby={
              fileError
                ? "import-bestand-omschrijving import-bestand-fout"
                : "import-bestand-omschrijving"
            }
            aria-invalid={fileError ? true : undefined}
          />
        </FormField>
        <FormField
          id="import-code"
          label="Code van de nieuwe versie"
          description="Kleine letters, cijfers en streepjes, bijvoorbeeld regio-amersfoort-2027."
          error={errorFor(issues, "key")}
        >
          <TextInput
            id="import-code"
            width="md"
            value={key}
            onChange={(event) => setKey(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </FormField>
        <FormField id="import-naam" label="Naam" error={errorFor(issues, "name")}>
          <TextInput
            id="import-naam"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            autoComplete="off"
          />
        </FormField>
        {spreadsheet ? (
          <>
            <FormField
              id="import-voltijd"
              label="Voltijdbaan (uur per week)"
              description="Een spreadsheet bevat alleen de bouwblokken en toeslagen; het uitwisselformaat noemt dit zelf."
              error={errorFor(issues, "basisHours")}
            >
              <TextInput
                id="import-voltijd"
                width="xs"
                inputMode="decimal"
                value={basisHours}
                onChange={(event) => setBasisHours(event.currentTarget.value)}
                autoComplete="off"
              />
            </FormField>
            <FormField
              id="import-datum"
              label="Ingangsdatum volgens de bron (niet verplicht)"
              description="Ter informatie. De versie geldt pas als u haar publiceert; dan kiest u de datum opnieuw."
              error={errorFor(issues, "validFrom")}
            >
              <TextInput
                id="import-datum"
                type="date"
                width="sm"
                value={validFrom}
                onChange={(event) => setValidFrom(event.currentTarget.value)}
              />
            </FormField>
          </>
        ) : null}
        <ButtonGroup>
          <Button type="submit" disabled={submitting}>
            {submitting ? "Bezig met importeren…" : "Importeren als concept"}
          </Button>
          <Link to="/catalogi">Annuleren</Link>
        </ButtonGroup>
      </form>

      <Heading level={2}>Een spreadsheet maken</Heading>
      <Paragraph>
        Eén regel per bouwblok of toeslag, met deze kolommen: {SHEET_COLUMNS.join(", ")}. In de
        kolom soort staat “bouwblok” of “toeslag”; bedragen en aandelen als getal (een aandeel als
        breuk: 0,5 is 50 %); geldt_voor noemt categorieën of bouwblokcodes, gescheiden door komma's;
        eenmalig is “ja” of “nee”.
      </Paragraph>
      <Paragraph>
        <ExternalLink href={SHEET_TEMPLATE_URL} download="bouwblokken-sjabloon.csv">
          Download het sjabloon (CSV)
        </ExternalLink>
        . Of exporteer een bestaande versie vanaf haar pagina en pas die aan.
      </Paragraph>
    </>
  );
}

function ImportReport({ report }: { report: Report }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const rows = report.problems.map(reportRow);
  const byLine = rows.every((row) => /^\d+$/.test(row.line));
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="importverslag-kop"
      className="sroi-focus-target"
    >
      <Alert type="error">
        <h2 className="utrecht-heading-2" id="importverslag-kop">
          {report.fileName} is niet geïmporteerd
        </h2>
        <p className="utrecht-paragraph">
          {report.message} Verbeter het bestand volgens de lijst hieronder en importeer het opnieuw.
        </p>
      </Alert>
      <Table caption={`Fouten in ${report.fileName}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{byLine ? "Regel" : "Plaats"}</TableHeaderCell>
            {byLine ? <TableHeaderCell scope="col">Kolom</TableHeaderCell> : null}
            <TableHeaderCell scope="col" wide>
              Melding
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, index) => (
            // Two problems may share a line and column; their order is the report's.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <TableRow key={index}>
              <TableHeaderCell scope="row">{row.line}</TableHeaderCell>
              {byLine ? <TableCell>{row.column ?? "—"}</TableCell> : null}
              <TableCell>{row.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
