// The contract pieces and form wiring that assistive technology relies on, as static markup.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  ContractStatusBadge,
  DeadlineBadge,
  ErrorSummary,
  FormField,
  formatDateTime,
  ObligationBreakdown,
  obligationText,
  SortButton,
  TableHeaderCell,
  TextInput,
} from "../src/index.js";

describe("FormField with an error", () => {
  it("marks the control invalid and describes it by the description and the message", () => {
    const html = renderToStaticMarkup(
      <FormField id="titel" label="Titel" description="Zoals in de aanbesteding" error="Vul in.">
        <TextInput id="titel" />
      </FormField>,
    );
    expect(html).toContain("utrecht-form-field--invalid");
    expect(html).toContain(
      '<p class="utrecht-form-field-error-message sroi-field-error" id="titel-fout">Vul in.</p>',
    );
    expect(html).toMatch(
      /<input[^>]*aria-describedby="titel-omschrijving titel-fout"[^>]*aria-invalid="true"/,
    );
  });

  it("leaves a valid control alone", () => {
    const html = renderToStaticMarkup(
      <FormField id="titel" label="Titel">
        <TextInput id="titel" />
      </FormField>,
    );
    expect(html).not.toContain("aria-invalid");
    expect(html).not.toContain("aria-describedby");
  });
});

describe("ErrorSummary", () => {
  it("links each problem to its field", () => {
    const html = renderToStaticMarkup(
      <ErrorSummary items={[{ fieldId: "titel", message: "Vul de naam in." }]} />,
    );
    expect(html).toMatch(
      /<section tabindex="-1" aria-labelledby="([^"]+)"[^>]*>.*<h2 class="utrecht-heading-2" id="\1">Er is iets niet goed ingevuld<\/h2>/,
    );
    expect(html).toContain('href="#titel">Vul de naam in.</a>');
  });
});

describe("sortable column header", () => {
  it("says how the rows are sorted with aria-sort, and sorts with a button", () => {
    const html = renderToStaticMarkup(
      <table>
        <thead>
          <tr>
            <TableHeaderCell scope="col" sort="ascending">
              <SortButton direction="ascending" onClick={() => {}}>
                Kenmerk
              </SortButton>
            </TableHeaderCell>
          </tr>
        </thead>
      </table>,
    );
    expect(html).toContain('<th scope="col" aria-sort="ascending"');
    expect(html).toMatch(
      /<button type="button" class="sroi-sort-button">Kenmerk<svg[^>]*aria-hidden="true"/,
    );
  });
});

describe("contract pieces", () => {
  it("say the obligation in words", () => {
    expect(obligationText({ kind: "PERCENTAGE", amount: "24000.00" })).toBe("€ 24.000,00");
    expect(obligationText({ kind: "ACTIVITY", amount: "0.00" })).toBe(
      "1 maatschappelijke activiteit",
    );
    expect(obligationText({ kind: "NONE", amount: "0.00" })).toBe("geen");
  });

  it("show the deadline and the status in words, not colour alone", () => {
    expect(renderToStaticMarkup(<DeadlineBadge state="OVERDUE" dueDate="2026-11-17" />)).toMatch(
      /Te laat<\/span> <span class="sroi-deadline__date">termijn was 17 november 2026/,
    );
    expect(renderToStaticMarkup(<ContractStatusBadge status="PLANNING" />)).toContain(
      "Plan van aanpak",
    );
  });

  it("add up the breakdown in a total row", () => {
    const html = renderToStaticMarkup(
      <ObligationBreakdown
        obligation={{
          kind: "PERCENTAGE",
          amount: "26000.03",
          lines: [
            { label: "5 % van de opdrachtwaarde € 520.000,50 excl. btw", amount: "26000.03" },
          ],
        }}
      />,
    );
    expect(html).toContain("Berekening van de SR-verplichting");
    expect(html).toMatch(/sroi-table__row--total.*Totaal.*€ 26\.000,03/);
  });

  it("format a moment in Dutch time", () => {
    expect(formatDateTime("2026-11-22T08:24:06.918Z")).toBe("22 november 2026 om 09:24");
    expect(formatDateTime("2026-07-01T22:30:00Z")).toBe("2 juli 2026 om 00:30");
  });
});
