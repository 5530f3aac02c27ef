import { describe, expect, it } from "vitest";
import { phoneDigits, phoneProblem, tidyContactText } from "../src/contact.js";

describe("phoneProblem", () => {
  it.each([
    "023 - 511 38 67",
    "0235113867",
    "033-469 45 00",
    "14 023",
    "14 0313",
    "0800 1234",
    "0900-1234567",
    "+31 23 511 38 67",
    "+31 (0)23 511 38 67",
    "06-12345678",
    "+31 6 1234 5678",
    "0031 33 469 5000",
    "(033) 469.50.00",
  ])("accepts %s", (phone) => {
    expect(phoneProblem(phone)).toBeNull();
  });

  it("refuses letters and other signs", () => {
    expect(phoneProblem("023 511 38 67 (ma-vr)")).toBe(
      "Een telefoonnummer bestaat uit cijfers, eventueel met spaties of streepjes. Schrijf het nummer zoals 023 - 511 38 67, 14 023 of +31 23 511 38 67.",
    );
    expect(phoneProblem("socialreturn@haarlem.nl")).not.toBeNull();
    expect(phoneProblem("bel 06 12345678")).toMatch(/^Een telefoonnummer bestaat uit cijfers/);
    expect(phoneProblem("")).toMatch(/^Een telefoonnummer bestaat uit cijfers/);
  });

  it.each([
    "023 511 38 6",
    "023 511 38 677",
    "123 456 78 90",
    "14 02",
    "0800 123",
    "+31 1234",
    "061234567",
    "06123456789",
    "1234567890",
  ])("refuses %s: the wrong number of digits", (phone) => {
    expect(phoneProblem(phone)).toBe(
      "Dit telefoonnummer heeft niet het juiste aantal cijfers. Schrijf het nummer zoals 023 - 511 38 67, 14 023 of +31 23 511 38 67.",
    );
  });
});

describe("tidyContactText", () => {
  it("collapses spaces and makes an empty text no value", () => {
    expect(tidyContactText("  023  -  511 38 67 ")).toBe("023 - 511 38 67");
    expect(tidyContactText("   ")).toBeNull();
    expect(tidyContactText(null)).toBeNull();
  });
});

describe("phoneDigits", () => {
  it("keeps the digits to dial, a leading plus, and drops the (0) after a country code", () => {
    expect(phoneDigits("023 - 511 38 67")).toBe("0235113867");
    expect(phoneDigits(" +31 6 1234 5678")).toBe("+31612345678");
    expect(phoneDigits("+31 (0)6 1234 5678")).toBe("+31612345678");
  });
});
