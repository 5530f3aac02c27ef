// The platform admin's forms for who carries out a gemeente's social return: pick an existing WSP
// or the gemeente's own team, create a new one, and keep its shared mailbox and phone right. The
// API checks the e-mail address and phone number and says in Dutch what is wrong.
import { useMutation } from "@apollo/client/react";
import { Button, Fieldset, FormField, Select, TextInput } from "@sroi/ui";
import { useState } from "react";
import { errorFor, FormErrors } from "../forms/form-feedback";
import { RadioField } from "../forms/radio-field";
import { graphql } from "../gql";
import type { NewCarrierKind } from "../gql/graphql";
import { useTreeForm } from "./tree-mutation";

graphql(`
  fragment CarrierOfMunicipality on Municipality {
    code
    name
    carriedOutBy {
      id
      name
    }
  }
`);

const SetCarrierMutation = graphql(`
  mutation AdminSetCarriedOutBy(
    $municipalityCode: String!
    $organisationId: ID
    $create: NewCarrierInput
  ) {
    setCarriedOutBy(
      municipalityCode: $municipalityCode
      organisationId: $organisationId
      create: $create
    ) {
      __typename
      ...CarrierOfMunicipality
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const UpdateContactMutation = graphql(`
  mutation AdminUpdateOrganisationContact($organisationId: ID!, $email: String, $phone: String) {
    updateOrganisationContact(organisationId: $organisationId, email: $email, phone: $phone) {
      __typename
      ... on Organisation {
        id
        name
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

type Announce = (message: string) => void;

export interface CarrierOption {
  id: string;
  label: string;
}

const chosen = (municipality: string, carrier: { name: string } | null | undefined) =>
  `${carrier?.name ?? "De organisatie"} voert nu het social return-beleid van gemeente ${municipality} uit.`;

export function ChooseCarrierForm({
  municipality,
  options,
  currentId,
  announce,
}: {
  municipality: { code: string; name: string };
  options: CarrierOption[];
  currentId: string | null;
  announce: Announce;
}) {
  const [save] = useMutation(SetCarrierMutation);
  const form = useTreeForm(announce);
  const [organisationId, setOrganisationId] = useState(currentId ?? options[0]?.id ?? "");
  return (
    <form
      aria-label="Bestaande organisatie kiezen"
      noValidate
      onSubmit={(event) =>
        form.submit(
          event,
          "Municipality",
          async () =>
            (await save({ variables: { municipalityCode: municipality.code, organisationId } }))
              .data?.setCarriedOutBy,
          (saved) => chosen(saved.name, saved.carriedOutBy),
        )
      }
    >
      <FormErrors
        issues={form.issues}
        fieldIds={{ organisationId: "uitvoerder-bestaand" }}
        fallbackId="uitvoerder-bestaand"
        failure={form.failure}
      />
      <FormField
        id="uitvoerder-bestaand"
        label="Organisatie"
        description="Een werkgeversservicepunt, of het eigen team van de gemeente."
        error={errorFor(form.issues, "organisationId")}
      >
        <Select
          id="uitvoerder-bestaand"
          value={organisationId}
          onChange={(event) => setOrganisationId(event.currentTarget.value)}
        >
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </Select>
      </FormField>
      <Button type="submit" disabled={form.submitting || organisationId === ""}>
        {form.submitting ? "Bezig…" : "Deze organisatie kiezen"}
      </Button>
    </form>
  );
}

/** Mailbox and phone fields, shared by the new-organisation and the contact form. */
function ContactFields({
  prefix,
  email,
  phone,
  setEmail,
  setPhone,
  issues,
}: {
  prefix: string;
  email: string;
  phone: string;
  setEmail: (value: string) => void;
  setPhone: (value: string) => void;
  issues: Parameters<typeof errorFor>[0];
}) {
  return (
    <>
      <FormField
        id={`${prefix}-email`}
        label="Gedeelde mailbox (optioneel)"
        description="Hier komt de e-mail over opdrachten zonder accountmanager binnen, zoals een intakeverzoek."
        error={errorFor(issues, "email")}
      >
        <TextInput
          id={`${prefix}-email`}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
        />
      </FormField>
      <FormField
        id={`${prefix}-phone`}
        label="Telefoon (optioneel)"
        description="Zoals opdrachtnemers het bellen, bijvoorbeeld 023 - 511 38 67."
        error={errorFor(issues, "phone")}
      >
        <TextInput
          id={`${prefix}-phone`}
          type="tel"
          autoComplete="off"
          value={phone}
          onChange={(event) => setPhone(event.currentTarget.value)}
        />
      </FormField>
    </>
  );
}

export function NewCarrierForm({
  municipality,
  hasOwnOrganisation,
  announce,
}: {
  municipality: { code: string; name: string };
  /** the gemeente has its own organisation already: pick it above instead */
  hasOwnOrganisation: boolean;
  announce: Announce;
}) {
  const [save] = useMutation(SetCarrierMutation);
  const form = useTreeForm(announce);
  const [kind, setKind] = useState<NewCarrierKind>(
    hasOwnOrganisation ? "SERVICE_POINT" : "OWN_TEAM",
  );
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [phone, setPhone] = useState("");
  return (
    <form
      aria-label="Nieuwe organisatie"
      noValidate
      onSubmit={(event) =>
        form.submit(
          event,
          "Municipality",
          async () =>
            (
              await save({
                variables: {
                  municipalityCode: municipality.code,
                  create: { kind, name, email, phone },
                },
              })
            ).data?.setCarriedOutBy,
          (saved) => chosen(saved.name, saved.carriedOutBy),
        )
      }
    >
      <FormErrors
        issues={form.issues}
        fieldIds={{
          kind: "nieuw-soort-eigen",
          name: "nieuw-naam",
          email: "nieuw-email",
          phone: "nieuw-phone",
        }}
        fallbackId="nieuw-naam"
        failure={form.failure}
      />
      <Fieldset legend="Soort organisatie">
        <RadioField
          id="nieuw-soort-eigen"
          name="soort"
          label={`Eigen team van gemeente ${municipality.name}`}
          checked={kind === "OWN_TEAM"}
          disabled={hasOwnOrganisation}
          onChange={() => setKind("OWN_TEAM")}
        />
        <RadioField
          id="nieuw-soort-wsp"
          name="soort"
          label="Werkgeversservicepunt (kan meer gemeenten bedienen)"
          checked={kind === "SERVICE_POINT"}
          onChange={() => setKind("SERVICE_POINT")}
        />
      </Fieldset>
      <FormField id="nieuw-naam" label="Naam" error={errorFor(form.issues, "name")}>
        <TextInput
          id="nieuw-naam"
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
        />
      </FormField>
      <ContactFields
        prefix="nieuw"
        email={email}
        phone={phone}
        setEmail={setEmail}
        setPhone={setPhone}
        issues={form.issues}
      />
      <Button type="submit" disabled={form.submitting}>
        {form.submitting ? "Bezig…" : "Organisatie aanmaken en kiezen"}
      </Button>
    </form>
  );
}

export function ContactForm({
  organisation,
  announce,
}: {
  organisation: { id: string; name: string; email: string | null; phone: string | null };
  announce: Announce;
}) {
  const [save] = useMutation(UpdateContactMutation);
  const form = useTreeForm(announce);
  const [email, setEmail] = useState(organisation.email ?? "");
  const [phone, setPhone] = useState(organisation.phone ?? "");
  return (
    <form
      aria-label={`Mailbox en telefoon van ${organisation.name}`}
      noValidate
      onSubmit={(event) =>
        form.submit(
          event,
          "Organisation",
          async () =>
            (await save({ variables: { organisationId: organisation.id, email, phone } })).data
              ?.updateOrganisationContact,
          (saved) => `De mailbox en telefoon van ${saved.name} zijn opgeslagen.`,
        )
      }
    >
      <FormErrors
        issues={form.issues}
        fieldIds={{ email: "contact-email", phone: "contact-phone" }}
        fallbackId="contact-email"
        failure={form.failure}
      />
      <ContactFields
        prefix="contact"
        email={email}
        phone={phone}
        setEmail={setEmail}
        setPhone={setPhone}
        issues={form.issues}
      />
      <Button type="submit" appearance="secondary-action" disabled={form.submitting}>
        {form.submitting ? "Bezig…" : "Mailbox en telefoon opslaan"}
      </Button>
    </form>
  );
}
