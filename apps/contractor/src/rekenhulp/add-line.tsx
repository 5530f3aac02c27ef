// Adding a line: choose a block from the catalogue, grouped by category. Its own small form, so
// Enter in the choice adds the line, and so it never submits the calculation or plan around it.
import { CATEGORY_LABELS } from "@sroi/domain";
import { Button, FormField, Select } from "@sroi/ui";
import { type FormEvent, useState } from "react";
import type { Catalogue } from "./valuation";

export function AddLine({
  catalogue,
  onAdd,
}: {
  catalogue: Pick<Catalogue, "blocks">;
  onAdd: (code: string) => void;
}) {
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | undefined>();
  const categories = [...new Set(catalogue.blocks.map((block) => block.category))];
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!code) {
      setError("Kies eerst een bouwblok.");
      return;
    }
    setError(undefined);
    onAdd(code);
    setCode("");
  }
  return (
    <form className="sroi-form sroi-add-line sroi-no-print" noValidate onSubmit={submit}>
      <FormField id="nieuw-bouwblok" label="Bouwblok voor een nieuwe regel" error={error}>
        <Select id="nieuw-bouwblok" value={code} onChange={(event) => setCode(event.target.value)}>
          <option value="">Kies een bouwblok</option>
          {categories.map((category) => (
            <optgroup key={category} label={CATEGORY_LABELS[category]}>
              {catalogue.blocks
                .filter((block) => block.category === category)
                .map((block) => (
                  <option key={block.code} value={block.code}>
                    {block.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </Select>
      </FormField>
      <Button type="submit">Voeg regel toe</Button>
    </form>
  );
}
