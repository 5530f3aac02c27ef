// The platform admin's forms on the organisation tree: a new region, a region's new name, a
// gemeente from the CBS list into a region, and a gemeente into another region. The API decides
// what is allowed and says why not; these forms only show its answer.
import { useMutation } from "@apollo/client/react";
import { Button, FormField, Select, TextInput } from "@sroi/ui";
import { useId, useState } from "react";
import { errorFor, FormErrors } from "../forms/form-feedback";
import { graphql } from "../gql";
import { useTreeForm } from "./tree-mutation";

// What each change answers: enough to say what happened in the page's status line.
graphql(`
  fragment TreeRegion on Region {
    code
    name
  }
`);

graphql(`
  fragment TreeMunicipality on Municipality {
    code
    name
    region {
      code
      name
    }
  }
`);

const CreateRegionMutation = graphql(`
  mutation AdminCreateRegion($name: String!) {
    createRegion(name: $name) {
      __typename
      ...TreeRegion
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const RenameRegionMutation = graphql(`
  mutation AdminRenameRegion($regionCode: String!, $name: String!) {
    renameRegion(regionCode: $regionCode, name: $name) {
      __typename
      ...TreeRegion
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const AddMunicipalityMutation = graphql(`
  mutation AdminAddMunicipality($regionCode: String!, $code: String!) {
    addMunicipality(regionCode: $regionCode, code: $code) {
      __typename
      ...TreeMunicipality
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const MoveMunicipalityMutation = graphql(`
  mutation AdminMoveMunicipality($municipalityCode: String!, $regionCode: String!) {
    moveMunicipality(municipalityCode: $municipalityCode, regionCode: $regionCode) {
      __typename
      ...TreeMunicipality
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

export interface RegionOption {
  code: string;
  name: string;
}

export interface CbsOption {
  code: string;
  name: string;
  province: string;
}

type Announce = (message: string) => void;

export function CreateRegionForm({ announce }: { announce: Announce }) {
  const [create] = useMutation(CreateRegionMutation);
  const form = useTreeForm(announce);
  const [name, setName] = useState("");
  return (
    <form
      aria-label="Regio toevoegen"
      noValidate
      onSubmit={(event) =>
        form.submit(
          event,
          "Region",
          async () => (await create({ variables: { name } })).data?.createRegion,
          (region) => {
            setName("");
            return `Regio ${region.name} is toegevoegd.`;
          },
        )
      }
    >
      <FormErrors
        issues={form.issues}
        fieldIds={{ name: "regio-nieuw-naam" }}
        fallbackId="regio-nieuw-naam"
        failure={form.failure}
      />
      <FormField
        id="regio-nieuw-naam"
        label="Naam van de regio"
        description="Bijvoorbeeld de arbeidsmarktregio of het werkgeversservicepunt, zoals WSP regio Amersfoort."
        error={errorFor(form.issues, "name")}
      >
        <TextInput
          id="regio-nieuw-naam"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          autoComplete="off"
        />
      </FormField>
      <Button type="submit" disabled={form.submitting}>
        {form.submitting ? "Bezig…" : "Regio toevoegen"}
      </Button>
    </form>
  );
}

export function RenameRegionForm({
  region,
  announce,
}: {
  region: RegionOption;
  announce: Announce;
}) {
  const [rename] = useMutation(RenameRegionMutation);
  const form = useTreeForm(announce);
  const [name, setName] = useState(region.name);
  const id = `regio-${region.code}-naam`;
  return (
    <form
      aria-label={`Naam van ${region.name} wijzigen`}
      noValidate
      onSubmit={(event) =>
        form.submit(
          event,
          "Region",
          async () =>
            (await rename({ variables: { regionCode: region.code, name } })).data?.renameRegion,
          (renamed) => `Regio ${region.name} heet nu ${renamed.name}.`,
        )
      }
    >
      <FormErrors
        issues={form.issues}
        fieldIds={{ name: id }}
        fallbackId={id}
        failure={form.failure}
      />
      <FormField
        id={id}
        label="Nieuwe naam"
        description={`De code ${region.code} blijft hetzelfde.`}
        error={errorFor(form.issues, "name")}
      >
        <TextInput
          id={id}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          autoComplete="off"
        />
      </FormField>
      <Button type="submit" appearance="secondary-action" disabled={form.submitting}>
        {form.submitting ? "Bezig…" : "Naam opslaan"}
      </Button>
    </form>
  );
}

/** Letters without accents, lower case: "Súdwest" is found by "sudwest". */
const searchable = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

export function AddMunicipalityForm({
  regions,
  choices,
  announce,
}: {
  regions: RegionOption[];
  /** the CBS gemeenten not yet on the platform */
  choices: CbsOption[];
  announce: Announce;
}) {
  const [add] = useMutation(AddMunicipalityMutation);
  const form = useTreeForm(announce);
  const [regionCode, setRegionCode] = useState(regions[0]?.code ?? "");
  const [search, setSearch] = useState("");
  const [picked, setPicked] = useState("");
  const countId = useId();
  const term = searchable(search.trim());
  const matches = term
    ? choices.filter(
        (choice) =>
          searchable(choice.name).includes(term) || choice.code.toLowerCase().includes(term),
      )
    : choices;
  // The select always shows a choice that passes the filter, so what is sent is what is seen.
  const code = matches.some((choice) => choice.code === picked) ? picked : (matches[0]?.code ?? "");
  return (
    <form
      aria-label="Gemeente toevoegen"
      noValidate
      onSubmit={(event) =>
        form.submit(
          event,
          "Municipality",
          async () => (await add({ variables: { regionCode, code } })).data?.addMunicipality,
          (added) => {
            setSearch("");
            setPicked("");
            return `Gemeente ${added.name} (${added.code}) is toegevoegd aan regio ${added.region.name}.`;
          },
        )
      }
    >
      <FormErrors
        issues={form.issues}
        fieldIds={{ regionCode: "gemeente-regio", code: "gemeente-code" }}
        fallbackId="gemeente-code"
        failure={form.failure}
      />
      <FormField id="gemeente-zoek" label="Zoek een gemeente op naam of CBS-code">
        <TextInput
          id="gemeente-zoek"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          autoComplete="off"
          aria-describedby={countId}
        />
      </FormField>
      <p className="utrecht-paragraph" id={countId} role="status">
        {matches.length === 1 ? "1 gemeente gevonden." : `${matches.length} gemeenten gevonden.`}
      </p>
      <FormField id="gemeente-code" label="Gemeente" error={errorFor(form.issues, "code")}>
        <Select
          id="gemeente-code"
          value={code}
          onChange={(event) => setPicked(event.currentTarget.value)}
        >
          {matches.length === 0 ? <option value="">Geen gemeente gevonden</option> : null}
          {matches.map((choice) => (
            <option key={choice.code} value={choice.code}>
              {choice.name} ({choice.code}, {choice.province})
            </option>
          ))}
        </Select>
      </FormField>
      <FormField id="gemeente-regio" label="In regio" error={errorFor(form.issues, "regionCode")}>
        <Select
          id="gemeente-regio"
          value={regionCode}
          onChange={(event) => setRegionCode(event.currentTarget.value)}
        >
          {regions.map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
        </Select>
      </FormField>
      <Button type="submit" disabled={form.submitting || code === "" || regionCode === ""}>
        {form.submitting ? "Bezig…" : "Gemeente toevoegen"}
      </Button>
    </form>
  );
}

export function MoveMunicipalityForm({
  municipality,
  regions,
  currentRegionCode,
  announce,
}: {
  municipality: { code: string; name: string };
  regions: RegionOption[];
  currentRegionCode: string;
  announce: Announce;
}) {
  const [move] = useMutation(MoveMunicipalityMutation);
  const form = useTreeForm(announce);
  const others = regions.filter((region) => region.code !== currentRegionCode);
  const [regionCode, setRegionCode] = useState(others[0]?.code ?? "");
  const id = `verplaats-${municipality.code}`;
  if (others.length === 0) return null;
  return (
    <form
      className="sroi-filters"
      aria-label={`${municipality.name} verplaatsen`}
      noValidate
      onSubmit={(event) =>
        form.submit(
          event,
          "Municipality",
          async () =>
            (
              await move({
                variables: { municipalityCode: municipality.code, regionCode },
              })
            ).data?.moveMunicipality,
          (moved) => `Gemeente ${moved.name} hoort nu bij regio ${moved.region.name}.`,
        )
      }
    >
      <FormErrors
        issues={form.issues}
        fieldIds={{ regionCode: id }}
        fallbackId={id}
        failure={form.failure}
      />
      <FormField
        id={id}
        label={`${municipality.name} verplaatsen naar`}
        error={errorFor(form.issues, "regionCode")}
      >
        <Select
          id={id}
          value={regionCode}
          onChange={(event) => setRegionCode(event.currentTarget.value)}
        >
          {others.map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
        </Select>
      </FormField>
      <Button type="submit" appearance="secondary-action" disabled={form.submitting}>
        {form.submitting ? "Bezig…" : "Verplaatsen"}
      </Button>
    </form>
  );
}
