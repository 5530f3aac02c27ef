import { describe, expect, it } from "vitest";
import { dutchPhoneProblem, phoneDigits } from "../src/dutch-phone.js";

describe("dutchPhoneProblem", () => {
  it.each([
    "023 - 511 38 67",
    "06-12345678",
    "0612345678",
    "+31 6 1234 5678",
    "+31 (0)6 1234 5678",
    "0031 33 469 5000",
    "(033) 469.50.00",
  ])("accepts %s", (text) => {
    expect(dutchPhoneProblem(text)).toBeNull();
  });

  it.each([
    ["061234567", "tien cijfers"],
    ["06123456789", "tien cijfers"],
    ["+44 20 7946 0958", "tien cijfers"],
    ["1234567890", "tien cijfers"],
    ["", "cijfers"],
    ["bel 06 12345678", "uit cijfers"],
  ])("refuses %s", (text, words) => {
    expect(dutchPhoneProblem(text)).toContain(words);
  });
});

describe("phoneDigits", () => {
  it("keeps the digits to dial, and a leading plus", () => {
    expect(phoneDigits("023 - 511 38 67")).toBe("0235113867");
    expect(phoneDigits(" +31 6 1234 5678")).toBe("+31612345678");
  });
});
