// Percentages the platform computed read alike wherever they stand: always two decimals.
import { describe, expect, it } from "vitest";
import { formatPercentage, formatShare } from "../src/format.js";

describe("formatPercentage", () => {
  it("writes a computed percentage with two decimals, whole or not", () => {
    expect(formatPercentage("93.88")).toBe("93,88 %");
    expect(formatPercentage("64.00")).toBe("64,00 %");
    expect(formatPercentage("64")).toBe("64,00 %");
    expect(formatPercentage("104.5")).toBe("104,50 %");
    expect(formatPercentage("0")).toBe("0,00 %");
    expect(formatPercentage("1250.25")).toBe("1.250,25 %");
  });

  it("leaves a rate as it was set", () => {
    expect(formatShare("0.05")).toBe("5 %");
    expect(formatShare("0.055")).toBe("5,5 %");
  });
});
