// Mijn account.
import { useState } from "react";
import { DataList, DataListItem } from "../../primitives/data-list.js";
import { Alert } from "../../primitives/feedback.js";
import { Button } from "../../primitives/form.js";
import { Link } from "../../primitives/link.js";
import { PageTitle } from "../../primitives/page.js";
import { Heading, Paragraph } from "../../primitives/typography.js";
import { FORGOT_PASSWORD_PATH } from "./paths.js";
import { type SavePhoneOutcome, WorkPhoneForm } from "./work-phone-form.js";

export interface AccountDetails {
  name: string;
  email: string;
  /** "Beheerder opdrachtnemer bij Bouwbedrijf Eemland B.V." per membership */
  memberships: { roleLabel: string; organisationName: string | null }[];
}

/** Mijn account: who you are here, and logging out on every device. */
export function AccountPage({
  account,
  workPhone,
  onLogoutEverywhere,
}: {
  account: AccountDetails;
  /** Staff only: their work phone, for the contractors they advise */
  workPhone?: { phone: string | null; onSave: (phone: string) => Promise<SavePhoneOutcome> };
  onLogoutEverywhere: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  async function logoutEverywhere() {
    setBusy(true);
    setFailed(false);
    try {
      await onLogoutEverywhere();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }
  return (
    <>
      <PageTitle>Mijn account</PageTitle>
      <Heading level={1}>Mijn account</Heading>
      <DataList>
        <DataListItem label="Naam">{account.name}</DataListItem>
        <DataListItem label="E-mailadres">{account.email}</DataListItem>
        {account.memberships.map((membership) => (
          <DataListItem
            key={`${membership.roleLabel}|${membership.organisationName}`}
            label={membership.organisationName ?? "Platform"}
          >
            {membership.roleLabel}
          </DataListItem>
        ))}
      </DataList>
      {workPhone ? <WorkPhoneForm phone={workPhone.phone} onSave={workPhone.onSave} /> : null}
      <Heading level={2}>Wachtwoord wijzigen</Heading>
      <Paragraph>
        Vraag een link aan om een nieuw wachtwoord te kiezen:{" "}
        <Link to={FORGOT_PASSWORD_PATH}>nieuw wachtwoord aanvragen</Link>. Met het nieuwe wachtwoord
        wordt u op alle andere apparaten uitgelogd.
      </Paragraph>
      <Heading level={2}>Overal uitloggen</Heading>
      <Paragraph>
        Bent u nog ingelogd op een ander apparaat, bijvoorbeeld een gedeelde computer, of vertrouwt
        u het niet? Log dan overal uit. U moet daarna op elk apparaat opnieuw inloggen, ook op dit.
      </Paragraph>
      {failed ? (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">Uitloggen is niet gelukt. Probeer het opnieuw.</p>
        </Alert>
      ) : null}
      <Button appearance="secondary-action" onClick={logoutEverywhere} disabled={busy}>
        Overal uitloggen
      </Button>
    </>
  );
}
