// PSO-certificaat: the organisation's certificates on the Prestatieladder Socialer Ondernemen.
// A beheerder records one; the gemeente or its WSP checks it against the PSO register, and only a
// checked certificate gives the policy's discount on a contract awarded while it is valid.
import { useMutation, useReadQuery } from "@apollo/client/react";
import { PSO_LEVEL_LABELS, PSO_LEVELS, type PsoLevel } from "@sroi/domain";
import {
  Alert,
  Button,
  EmptyState,
  ErrorSummary,
  type ErrorSummaryItem,
  FormField,
  Heading,
  PageTitle,
  Paragraph,
  PsoCertificateCells,
  Select,
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TextInput,
} from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { type LoaderFunctionArgs, useLoaderData } from "react-router";
import { preloadQuery } from "../apollo";
import { graphql } from "../gql";
import type { PortalPsoQuery } from "../gql/graphql";

const PsoQuery = graphql(`
  query PortalPso {
    organisations {
      id
      name
      viewerCanRecordPso
      psoCertificates {
        id
        levelLabel
        certificateNumber
        validFrom
        validUntil
        validToday
        checked
        checkedAt
        checkedByName
        viewerCanDelete
      }
    }
  }
`);

const RecordPsoMutation = graphql(`
  mutation PortalRecordPso($organisationId: ID!, $input: PsoCertificateInput!) {
    recordPsoCertificate(organisationId: $organisationId, input: $input) {
      __typename
      ... on PsoCertificate {
        id
        certificateNumber
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const DeletePsoMutation = graphql(`
  mutation PortalDeletePso($id: ID!) {
    deletePsoCertificate(id: $id) {
      __typename
      ...ErrorMessage
    }
  }
`);

export function loader(_: LoaderFunctionArgs) {
  return preloadQuery.toPromise(preloadQuery(PsoQuery));
}

type Organisation = PortalPsoQuery["organisations"][number];

export function PsoPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  return (
    <>
      <PageTitle>PSO-certificaat</PageTitle>
      <Heading level={1}>PSO-certificaat</Heading>
      <Paragraph lead>
        Met een certificaat op de Prestatieladder Socialer Ondernemen (PSO) kan uw SR-verplichting
        lager uitvallen, als het beleid van de gemeente daarvoor korting geeft. De gemeente, of wie
        haar social return uitvoert, controleert het certificaat eerst in het PSO-register; alleen
        een gecontroleerd certificaat dat geldig is op de gunningsdatum telt.
      </Paragraph>
      {data.organisations.length === 0 ? (
        <EmptyState>U werkt niet voor een opdrachtnemer op het platform.</EmptyState>
      ) : (
        data.organisations.map((organisation) => (
          <section key={organisation.id} aria-labelledby={`pso-${organisation.id}`}>
            <Heading level={2} id={`pso-${organisation.id}`}>
              Certificaten van {organisation.name}
            </Heading>
            <Certificates organisation={organisation} />
            {organisation.viewerCanRecordPso ? (
              <RecordForm organisation={organisation} />
            ) : (
              <Paragraph>
                Een beheerder van uw organisatie kan een certificaat vastleggen.
              </Paragraph>
            )}
          </section>
        ))
      )}
    </>
  );
}

function Certificates({ organisation }: { organisation: Organisation }) {
  const [remove, { loading }] = useMutation(DeletePsoMutation, {
    refetchQueries: [PsoQuery],
    awaitRefetchQueries: true,
  });
  const [failure, setFailure] = useState<string | null>(null);
  if (organisation.psoCertificates.length === 0) {
    return <EmptyState>Nog geen PSO-certificaat vastgelegd.</EmptyState>;
  }
  async function removeCertificate(id: string) {
    setFailure(null);
    try {
      const { data } = await remove({ variables: { id } });
      const result = data?.deletePsoCertificate;
      if (result && result.__typename !== "DeleteResult") setFailure(result.message);
    } catch {
      setFailure("Verwijderen is niet gelukt. Controleer uw verbinding en probeer het opnieuw.");
    }
  }
  return (
    <>
      <div role="status">
        {failure ? (
          <Alert type="error" heading="Niet verwijderd" headingLevel={3}>
            <p className="utrecht-paragraph">{failure}</p>
          </Alert>
        ) : null}
      </div>
      <Table caption={`PSO-certificaten van ${organisation.name}`} captionHidden>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Certificaatnummer</TableHeaderCell>
            <TableHeaderCell scope="col">Trede</TableHeaderCell>
            <TableHeaderCell scope="col">Geldig</TableHeaderCell>
            <TableHeaderCell scope="col">Controle</TableHeaderCell>
            <TableHeaderCell scope="col">
              <span className="utrecht-visually-hidden">Acties</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {organisation.psoCertificates.map((certificate) => (
            <TableRow key={certificate.id}>
              <PsoCertificateCells
                certificate={certificate}
                unchecked={<StatusBadge type="warning">Wacht op controle</StatusBadge>}
              />
              <TableCell>
                {certificate.viewerCanDelete ? (
                  <Button
                    appearance="secondary-action"
                    disabled={loading}
                    onClick={() => removeCertificate(certificate.id)}
                  >
                    Verwijder {certificate.certificateNumber}
                  </Button>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

const EMPTY = { level: "" as PsoLevel | "", certificateNumber: "", validFrom: "", validUntil: "" };

function RecordForm({ organisation }: { organisation: Organisation }) {
  const [record, { loading }] = useMutation(RecordPsoMutation, {
    refetchQueries: [PsoQuery],
    awaitRefetchQueries: true,
  });
  const [values, setValues] = useState(EMPTY);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const ids = {
    level: `pso-trede-${organisation.id}`,
    certificateNumber: `pso-nummer-${organisation.id}`,
    validFrom: `pso-vanaf-${organisation.id}`,
    validUntil: `pso-tot-${organisation.id}`,
  };
  const set = (field: keyof typeof EMPTY) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setRecorded(null);
    const found: Record<string, string> = {};
    if (!values.level) found.level = "Kies de trede op het certificaat.";
    if (!values.certificateNumber.trim()) found.certificateNumber = "Vul het certificaatnummer in.";
    if (!values.validFrom) found.validFrom = "Vul de datum in vanaf wanneer het geldig is.";
    if (!values.validUntil) found.validUntil = "Vul de datum in tot wanneer het geldig is.";
    setIssues(found);
    if (Object.keys(found).length > 0 || !values.level) return;
    try {
      const { data } = await record({
        variables: {
          organisationId: organisation.id,
          input: {
            level: values.level,
            certificateNumber: values.certificateNumber.trim(),
            validFrom: values.validFrom,
            validUntil: values.validUntil,
          },
        },
      });
      const result = data?.recordPsoCertificate;
      if (result?.__typename === "PsoCertificate") {
        setRecorded(result.certificateNumber);
        setValues(EMPTY);
      } else if (result?.__typename === "ValidationError") {
        setIssues(Object.fromEntries(result.issues.map((issue) => [issue.field, issue.message])));
      } else {
        setFailure(result?.message ?? "Vastleggen is niet gelukt.");
      }
    } catch {
      setFailure("Vastleggen is niet gelukt. Controleer uw verbinding en probeer het opnieuw.");
    }
  }

  const summary: ErrorSummaryItem[] = Object.entries(issues).map(([field, message]) => ({
    fieldId: ids[field as keyof typeof ids] ?? ids.level,
    message,
  }));
  return (
    <>
      <Heading level={3}>Certificaat vastleggen</Heading>
      <div role="status">
        {recorded ? (
          <Alert type="ok" heading="Certificaat vastgelegd" headingLevel={4}>
            <p className="utrecht-paragraph">
              Certificaat {recorded} wacht nu op controle door de gemeente of wie haar social return
              uitvoert.
            </p>
          </Alert>
        ) : null}
      </div>
      {summary.length > 0 || failure ? (
        <ErrorSummary heading="Het certificaat is niet vastgelegd" items={summary}>
          {failure ? <p className="utrecht-paragraph">{failure}</p> : null}
        </ErrorSummary>
      ) : null}
      <form
        noValidate
        onSubmit={submit}
        aria-label={`PSO-certificaat vastleggen voor ${organisation.name}`}
      >
        <FormField id={ids.level} label="Trede" error={issues.level}>
          <Select
            id={ids.level}
            value={values.level}
            onChange={(event) => set("level")(event.currentTarget.value)}
          >
            <option value="">Kies een trede</option>
            {PSO_LEVELS.map((level) => (
              <option key={level} value={level}>
                {PSO_LEVEL_LABELS[level]}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField
          id={ids.certificateNumber}
          label="Certificaatnummer"
          error={issues.certificateNumber}
        >
          <TextInput
            id={ids.certificateNumber}
            autoComplete="off"
            spellCheck={false}
            value={values.certificateNumber}
            onChange={(event) => set("certificateNumber")(event.currentTarget.value)}
            width="md"
          />
        </FormField>
        <FormField id={ids.validFrom} label="Geldig vanaf" error={issues.validFrom}>
          <TextInput
            id={ids.validFrom}
            type="date"
            width="sm"
            value={values.validFrom}
            onChange={(event) => set("validFrom")(event.currentTarget.value)}
          />
        </FormField>
        <FormField id={ids.validUntil} label="Geldig tot en met" error={issues.validUntil}>
          <TextInput
            id={ids.validUntil}
            type="date"
            width="sm"
            value={values.validUntil}
            onChange={(event) => set("validUntil")(event.currentTarget.value)}
          />
        </FormField>
        <Button type="submit" disabled={loading}>
          {loading ? "Bezig met vastleggen…" : "Leg certificaat vast"}
        </Button>
      </form>
    </>
  );
}
