// Toestemmingen of a candidate: what may be shared with which contractor, from when until when.
// Withdrawing takes effect at once: the contractor's next request no longer shows the fields.
import { useMutation } from "@apollo/client/react";
import {
  CONSENT_FIELD_LABELS,
  CONSENT_FIELDS,
  DEFAULT_CONSENT_FIELDS,
  formatDate,
} from "@sroi/domain";
import {
  Button,
  CheckboxField,
  EmptyState,
  Fieldset,
  FormField,
  Heading,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TextInput,
} from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { errorFor, FormErrors } from "../forms/form-feedback";
import { type FieldIssue, outcomeOf, requestFailed } from "../forms/outcome";
import { graphql } from "../gql";
import type { CandidateConsentsFragment, ConsentField } from "../gql/graphql";

export const CandidateConsentsFields = graphql(`
  fragment CandidateConsents on Candidate {
    id
    viewerCanEdit
    consents {
      id
      fieldLabels
      sharedWith
      givenOn
      validUntil
      withdrawnAt
      inForce
    }
  }
`);

const RecordConsentMutation = graphql(`
  mutation AdminRecordCandidateConsent($input: CandidateConsentInput!) {
    recordCandidateConsent(input: $input) {
      __typename
      ... on CandidateConsent {
        id
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

const WithdrawConsentMutation = graphql(`
  mutation AdminWithdrawCandidateConsent($id: ID!) {
    withdrawCandidateConsent(id: $id) {
      __typename
      ... on CandidateConsent {
        id
        inForce
      }
      ...ErrorMessage
    }
  }
`);

const FIELD_IDS = {
  contractorId: "toestemming-opdrachtnemer",
  fields: "toestemming-veld-INITIALS",
  givenOn: "toestemming-gegeven",
  validUntil: "toestemming-tot",
};

const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });

export function Consents({
  candidate,
  contractors,
  onChange,
}: {
  candidate: CandidateConsentsFragment;
  contractors: { id: string; name: string }[];
  onChange: () => unknown;
}) {
  const [record, { loading }] = useMutation(RecordConsentMutation);
  const [withdraw] = useMutation(WithdrawConsentMutation);
  const [contractorId, setContractorId] = useState("");
  const [fields, setFields] = useState<Set<string>>(new Set(DEFAULT_CONSENT_FIELDS));
  const [givenOn, setGivenOn] = useState(today);
  const [validUntil, setValidUntil] = useState("");
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIssues([]);
    setFailure(null);
    try {
      const answer = await record({
        variables: {
          input: {
            candidateId: candidate.id,
            contractorId: contractorId || null,
            fields: [...fields] as ConsentField[],
            givenOn,
            validUntil: validUntil || null,
          },
        },
      });
      const outcome = outcomeOf(answer.data?.recordCandidateConsent, "CandidateConsent");
      if (outcome.kind === "ok") {
        setContractorId("");
        await onChange();
      } else if (outcome.kind === "invalid") setIssues(outcome.issues);
      else setFailure(outcome.message);
    } catch {
      setFailure(requestFailed().message);
    }
  }

  async function end(id: string) {
    setFailure(null);
    try {
      const answer = await withdraw({ variables: { id } });
      const outcome = outcomeOf(answer.data?.withdrawCandidateConsent, "CandidateConsent");
      if (outcome.kind === "ok") await onChange();
      else setFailure(outcome.message);
    } catch {
      setFailure(requestFailed().message);
    }
  }

  return (
    <section aria-labelledby="toestemmingen">
      <Heading level={2} id="toestemmingen">
        Toestemmingen
      </Heading>
      {candidate.consents.length === 0 ? (
        <EmptyState>
          Er is nog geen toestemming vastgelegd: een opdrachtnemer ziet niets.
        </EmptyState>
      ) : (
        <Table caption="Toestemmingen" captionHidden stackOnPhone>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Gedeeld met</TableHeaderCell>
              <TableHeaderCell scope="col">Gegevens</TableHeaderCell>
              <TableHeaderCell scope="col">Gegeven op</TableHeaderCell>
              <TableHeaderCell scope="col">Geldig tot en met</TableHeaderCell>
              <TableHeaderCell scope="col">Stand</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {candidate.consents.map((consent) => (
              <TableRow key={consent.id}>
                <TableCell>{consent.sharedWith}</TableCell>
                <TableCell>{consent.fieldLabels.join(", ")}</TableCell>
                <TableCell>{formatDate(consent.givenOn as string)}</TableCell>
                <TableCell>
                  {consent.validUntil ? formatDate(consent.validUntil as string) : "geen einddatum"}
                </TableCell>
                <TableCell>
                  {consent.withdrawnAt ? "ingetrokken" : consent.inForce ? "geldig" : "niet geldig"}
                  {candidate.viewerCanEdit && !consent.withdrawnAt ? (
                    <>
                      {" "}
                      <Button
                        appearance="secondary-action"
                        aria-label={`Toestemming voor ${consent.sharedWith} intrekken`}
                        onClick={() => end(consent.id)}
                      >
                        Intrekken
                      </Button>
                    </>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {candidate.viewerCanEdit ? (
        <form onSubmit={submit} noValidate aria-labelledby="toestemming-nieuw">
          <Heading level={3} id="toestemming-nieuw">
            Toestemming vastleggen
          </Heading>
          <FormErrors
            issues={issues}
            fieldIds={FIELD_IDS}
            fallbackId={FIELD_IDS.contractorId}
            failure={failure}
          />
          <FormField
            id={FIELD_IDS.contractorId}
            label="Opdrachtnemer"
            error={errorFor(issues, "contractorId")}
          >
            <Select
              id={FIELD_IDS.contractorId}
              value={contractorId}
              onChange={(event) => setContractorId(event.currentTarget.value)}
            >
              <option value="">Kies een opdrachtnemer</option>
              {contractors.map((contractor) => (
                <option key={contractor.id} value={contractor.id}>
                  {contractor.name}
                </option>
              ))}
            </Select>
          </FormField>
          <Fieldset legend="Wat mag gedeeld worden">
            {errorFor(issues, "fields") ? (
              <p className="utrecht-form-field-error-message sroi-field-error">
                {errorFor(issues, "fields")}
              </p>
            ) : null}
            {CONSENT_FIELDS.map((field) => (
              <CheckboxField
                key={field}
                id={`toestemming-veld-${field}`}
                label={CONSENT_FIELD_LABELS[field]}
                checked={fields.has(field)}
                onChange={(event) => {
                  const next = new Set(fields);
                  if (event.currentTarget.checked) next.add(field);
                  else next.delete(field);
                  setFields(next);
                }}
              />
            ))}
          </Fieldset>
          <FormField id={FIELD_IDS.givenOn} label="Gegeven op" error={errorFor(issues, "givenOn")}>
            <TextInput
              id={FIELD_IDS.givenOn}
              type="date"
              width="sm"
              value={givenOn}
              onChange={(event) => setGivenOn(event.currentTarget.value)}
            />
          </FormField>
          <FormField
            id={FIELD_IDS.validUntil}
            label="Geldig tot en met (leeg: tot intrekking)"
            error={errorFor(issues, "validUntil")}
          >
            <TextInput
              id={FIELD_IDS.validUntil}
              type="date"
              width="sm"
              value={validUntil}
              onChange={(event) => setValidUntil(event.currentTarget.value)}
            />
          </FormField>
          <Button type="submit" disabled={loading}>
            Toestemming vastleggen
          </Button>
        </form>
      ) : null}
    </section>
  );
}
