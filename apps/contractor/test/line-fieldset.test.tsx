// A line just added is not wrong yet: its empty fields say they are missing only once the person
// tries to save. A value typed wrongly is said at once.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LineFieldset } from "../src/rekenhulp/line-fieldset";
import { emptyLine } from "../src/rekenhulp/state";
import { valueLine } from "../src/rekenhulp/valuation";
import { catalogue } from "./catalogue-fixture";

const render = (amount: string, revealMissing?: boolean) => {
  const line = { ...emptyLine("INKOOP"), amount, id: 1 };
  return renderToStaticMarkup(
    <LineFieldset
      number={1}
      line={line}
      valuation={valueLine(line, catalogue)}
      catalogue={catalogue}
      revealMissing={revealMissing}
      onChange={() => undefined}
      onRemove={() => undefined}
    />,
  );
};

describe("a line of the plan or the rekenhulp", () => {
  it("does not call a new line's empty amount an error before anything was typed", () => {
    const html = render("");
    expect(html).not.toContain("ontbreekt");
    expect(html).not.toContain('aria-invalid="true"');
    expect(html).toContain("Deze regel telt mee zodra de velden hierboven zijn ingevuld.");
  });

  it("says it at the field once the person tried to save", () => {
    expect(render("", true)).toContain("Het bedrag excl. btw ontbreekt.");
  });

  it("says a wrongly typed amount at once", () => {
    const html = render("veel");
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain("Deze regel telt nog niet mee.");
  });
});
