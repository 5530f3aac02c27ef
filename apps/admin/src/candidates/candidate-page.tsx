// Een kandidaat (/kandidaten/:id): the record, to edit; its consents, to add and withdraw; and
// the person's AVG rights: an export of everything held (inzage) and erasure on request.
import { useMutation, useReadQuery } from "@apollo/client/react";
import { formatDate } from "@sroi/domain";
import {
  Alert,
  Button,
  DataList,
  DataListItem,
  Heading,
  Link,
  PageTitle,
  Paragraph,
} from "@sroi/ui";
import { useState } from "react";
import { type LoaderFunctionArgs, useLoaderData, useRevalidator } from "react-router";
import { preloadQuery } from "../apollo";
import { ConfirmAction } from "../forms/confirm-action";
import { type FieldIssue, outcomeOf, requestFailed } from "../forms/outcome";
import { graphql } from "../gql";
import type { AdminCandidateQuery } from "../gql/graphql";
import { CandidateForm, type CandidateValues, toCandidateInput } from "./candidate-form";
import { Consents } from "./consents";

// What the page shows of a candidate; erasing answers with it, so the page drops the erased data
// at once, not after a reload.
export const CandidateDetailsFields = graphql(`
  fragment AdminCandidateDetails on Candidate {
    id
    reference
    name
    email
    phone
    summary
    ageBand
    ageBandLabel
    ageBandReferenceDate
    homeMunicipalityCode
    homeMunicipalityName
    hoursPerWeek
    availableFrom
    skills
    wishes
    restrictions
    lastContactOn
    anonymised
    regionName
    version
    viewerCanEdit
    targetGroups {
      code
      label
      verifiedOn
      verificationSource
      verificationSourceLabel
    }
    ...CandidateConsents
  }
`);

const CandidateQuery = graphql(`
  query AdminCandidate($id: ID!) {
    candidate(id: $id) {
      ...AdminCandidateDetails
    }
    organisations(kind: CONTRACTOR) {
      id
      name
    }
  }
`);

const UpdateCandidateMutation = graphql(`
  mutation AdminUpdateCandidate($id: ID!, $version: Int!, $input: CandidateInput!) {
    updateCandidate(id: $id, version: $version, input: $input) {
      __typename
      ... on Candidate {
        id
        version
      }
      ... on ValidationError {
        issues {
          field
          message
        }
      }
      ...ErrorMessage
    }
  }
`);

const ExportCandidateMutation = graphql(`
  mutation AdminExportCandidate($id: ID!) {
    exportCandidate(id: $id) {
      __typename
      ... on CandidateExport {
        fileName
        json
      }
      ...ErrorMessage
    }
  }
`);

const EraseCandidateMutation = graphql(`
  mutation AdminEraseCandidate($id: ID!) {
    eraseCandidate(id: $id) {
      __typename
      ... on Candidate {
        ...AdminCandidateDetails
      }
      ...ErrorMessage
    }
  }
`);

export function loader({ params }: LoaderFunctionArgs) {
  return preloadQuery.toPromise(
    preloadQuery(CandidateQuery, {
      variables: { id: params.id ?? "" },
      fetchPolicy: "network-only",
    }),
  );
}

type Candidate = NonNullable<AdminCandidateQuery["candidate"]>;

function valuesOf(c: Candidate): CandidateValues {
  return {
    reference: c.reference,
    name: c.name ?? "",
    email: c.email ?? "",
    phone: c.phone ?? "",
    summary: c.summary ?? "",
    ageBand: c.ageBand ?? "",
    ageBandReferenceDate: (c.ageBandReferenceDate as string | null) ?? "",
    homeMunicipalityCode: c.homeMunicipalityCode ?? "",
    hoursPerWeek: c.hoursPerWeek ?? "",
    availableFrom: (c.availableFrom as string | null) ?? "",
    skills: c.skills.join(", "),
    wishes: c.wishes.join(", "),
    restrictions: c.restrictions.join(", "),
    lastContactOn: (c.lastContactOn as string | null) ?? "",
    targetGroups: Object.fromEntries(
      c.targetGroups.map((g) => [
        g.code,
        {
          verifiedOn: (g.verifiedOn as string | null) ?? "",
          verificationSource: g.verificationSource ?? "",
        },
      ]),
    ),
  };
}

const day = (value: unknown) => (typeof value === "string" ? formatDate(value) : "—");

export function CandidatePage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const revalidator = useRevalidator();
  const candidate = data.candidate;
  const [editing, setEditing] = useState(false);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateCandidateMutation);
  const [exportData] = useMutation(ExportCandidateMutation);
  const [erase] = useMutation(EraseCandidateMutation);

  if (!candidate) {
    return (
      <>
        <PageTitle>Kandidaat niet gevonden</PageTitle>
        <Heading level={1}>Kandidaat niet gevonden</Heading>
        <Paragraph>
          Deze kandidaat bestaat niet of hoort niet bij uw pool.{" "}
          <Link to="/kandidaten">Naar de kandidaten</Link>
        </Paragraph>
      </>
    );
  }
  const title = `Kandidaat ${candidate.reference}`;

  async function download() {
    setNotice(null);
    try {
      const answer = await exportData({ variables: { id: candidate?.id ?? "" } });
      const outcome = outcomeOf(answer.data?.exportCandidate, "CandidateExport");
      if (outcome.kind !== "ok") return setNotice(outcome.message);
      const url = URL.createObjectURL(new Blob([outcome.value.json], { type: "application/json" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = outcome.value.fileName;
      link.click();
      URL.revokeObjectURL(url);
      setNotice("Het overzicht is gedownload. De export is vastgelegd in de audittrail.");
    } catch {
      setNotice(requestFailed().message);
    }
  }

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Paragraph>
        <Link to="/kandidaten">Alle kandidaten</Link>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {candidate.anonymised ? (
        <Alert type="info">
          <p className="utrecht-paragraph">
            De persoonsgegevens van deze kandidaat zijn gewist. Wat overblijft telt alleen nog mee
            in aantallen.
          </p>
        </Alert>
      ) : null}
      {editing ? (
        <CandidateForm
          initial={valuesOf(candidate)}
          submitLabel="Wijzigingen opslaan"
          issues={issues}
          failure={failure}
          busy={loading}
          onSubmit={async (values) => {
            setIssues([]);
            setFailure(null);
            try {
              const answer = await update({
                variables: {
                  id: candidate.id,
                  version: candidate.version,
                  input: toCandidateInput(values),
                },
              });
              const outcome = outcomeOf(answer.data?.updateCandidate, "Candidate");
              if (outcome.kind === "ok") {
                setEditing(false);
                await revalidator.revalidate();
              } else if (outcome.kind === "invalid") setIssues(outcome.issues);
              else setFailure(outcome.message);
            } catch {
              setFailure(requestFailed().message);
            }
          }}
        />
      ) : (
        <>
          <DataList>
            <DataListItem label="Naam">{candidate.name ?? "—"}</DataListItem>
            <DataListItem label="E-mailadres">{candidate.email ?? "—"}</DataListItem>
            <DataListItem label="Telefoonnummer">{candidate.phone ?? "—"}</DataListItem>
            <DataListItem label="Korte beschrijving">{candidate.summary ?? "—"}</DataListItem>
            <DataListItem label="Doelgroepen">
              {candidate.targetGroups.length === 0
                ? "—"
                : candidate.targetGroups
                    .map(
                      (g) =>
                        `${g.label} (${g.verificationSourceLabel ? `${g.verificationSourceLabel}, ${day(g.verifiedOn)}` : "niet gecontroleerd"})`,
                    )
                    .join("; ")}
            </DataListItem>
            <DataListItem label="Leeftijdsklasse">
              {candidate.ageBandLabel
                ? `${candidate.ageBandLabel} op ${day(candidate.ageBandReferenceDate)}`
                : "—"}
            </DataListItem>
            <DataListItem label="Woongemeente">
              {candidate.homeMunicipalityName ?? "—"}
            </DataListItem>
            <DataListItem label="Beschikbaar">
              {candidate.hoursPerWeek ? `${candidate.hoursPerWeek} uur per week` : "—"}
              {candidate.availableFrom ? ` vanaf ${day(candidate.availableFrom)}` : ""}
            </DataListItem>
            <DataListItem label="Vaardigheden">{candidate.skills.join(", ") || "—"}</DataListItem>
            <DataListItem label="Wensen">{candidate.wishes.join(", ") || "—"}</DataListItem>
            <DataListItem label="Beperkingen">
              {candidate.restrictions.join(", ") || "—"}
            </DataListItem>
            <DataListItem label="Laatste contact">{day(candidate.lastContactOn)}</DataListItem>
            <DataListItem label="Regio">{candidate.regionName}</DataListItem>
          </DataList>
          {candidate.viewerCanEdit ? (
            <Button appearance="secondary-action" onClick={() => setEditing(true)}>
              Gegevens wijzigen
            </Button>
          ) : null}
        </>
      )}
      <Consents
        candidate={candidate}
        contractors={data.organisations}
        onChange={() => revalidator.revalidate()}
      />
      {candidate.viewerCanEdit ? (
        <section aria-labelledby="avg">
          <Heading level={2} id="avg">
            Inzage en wissen
          </Heading>
          <Paragraph>
            Vraagt de kandidaat welke gegevens u bewaart, download dan het overzicht. Vraagt de
            kandidaat om verwijdering, wis dan de persoonsgegevens.
          </Paragraph>
          {notice ? (
            <Alert type="info" role="status">
              <p className="utrecht-paragraph">{notice}</p>
            </Alert>
          ) : null}
          <Button appearance="secondary-action" onClick={download}>
            Overzicht downloaden (inzage)
          </Button>
          <ConfirmAction
            label="Persoonsgegevens wissen"
            question="De persoonsgegevens van deze kandidaat wissen?"
            confirmLabel="Ja, wissen"
            onConfirm={async () => {
              const answer = await erase({ variables: { id: candidate.id } });
              const outcome = outcomeOf(answer.data?.eraseCandidate, "Candidate");
              if (outcome.kind !== "ok") return outcome.message;
              await revalidator.revalidate();
              return null;
            }}
          >
            <Paragraph>
              Naam, contactgegevens, beschrijving, labels en data worden direct en definitief
              gewist; toestemmingen worden ingetrokken. Dit kan niet ongedaan worden gemaakt.
            </Paragraph>
          </ConfirmAction>
        </section>
      ) : null}
    </>
  );
}
