// A contractor's PSO certificates as staff see them, with the check against the PSO register: only
// a checked certificate gives the policy's discount on a contract awarded while it is valid.
import { useMutation } from "@apollo/client/react";
import {
  Alert,
  Button,
  PsoCertificateCells,
  StatusBadge,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@sroi/ui";
import { useState } from "react";
import { graphql } from "../gql";
import type { AdminPsoCertificatesFragment } from "../gql/graphql";

// Spread as "...AdminPsoCertificates" on an organisation.
export const AdminPsoCertificatesFields = graphql(`
  fragment AdminPsoCertificates on Organisation {
    id
    name
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
      viewerCanCheck
    }
  }
`);

const CheckPsoMutation = graphql(`
  mutation AdminCheckPso($id: ID!) {
    checkPsoCertificate(id: $id) {
      __typename
      ... on PsoCertificate {
        id
        checked
        checkedAt
        checkedByName
        viewerCanCheck
      }
      ...ErrorMessage
    }
  }
`);

export function PsoCertificates({ organisation }: { organisation: AdminPsoCertificatesFragment }) {
  const [check, { loading }] = useMutation(CheckPsoMutation);
  const [feedback, setFeedback] = useState<{ ok: boolean; text: string } | null>(null);
  if (organisation.psoCertificates.length === 0) return null;

  async function checkCertificate(id: string, number: string) {
    setFeedback(null);
    try {
      const { data } = await check({ variables: { id } });
      const result = data?.checkPsoCertificate;
      setFeedback(
        result?.__typename === "PsoCertificate"
          ? { ok: true, text: `Certificaat ${number} is gecontroleerd.` }
          : { ok: false, text: result?.message ?? "Controleren is niet gelukt." },
      );
    } catch {
      setFeedback({ ok: false, text: "Controleren is niet gelukt. Probeer het opnieuw." });
    }
  }

  return (
    <>
      <div role="status">
        {feedback ? (
          <Alert
            type={feedback.ok ? "ok" : "error"}
            heading={feedback.ok ? "Gecontroleerd" : "Niet gecontroleerd"}
            headingLevel={4}
          >
            <p className="utrecht-paragraph">{feedback.text}</p>
          </Alert>
        ) : null}
      </div>
      <Table caption={`PSO-certificaten van ${organisation.name}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Certificaatnummer</TableHeaderCell>
            <TableHeaderCell scope="col">Trede</TableHeaderCell>
            <TableHeaderCell scope="col">Geldig</TableHeaderCell>
            <TableHeaderCell scope="col">Controle in het PSO-register</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {organisation.psoCertificates.map((certificate) => (
            <TableRow key={certificate.id}>
              <PsoCertificateCells
                certificate={certificate}
                unchecked={
                  certificate.viewerCanCheck ? (
                    <Button
                      appearance="secondary-action"
                      disabled={loading}
                      onClick={() =>
                        checkCertificate(certificate.id, certificate.certificateNumber)
                      }
                    >
                      Markeer {certificate.certificateNumber} als gecontroleerd
                    </Button>
                  ) : (
                    <StatusBadge type="warning">Nog niet gecontroleerd</StatusBadge>
                  )
                }
              />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
