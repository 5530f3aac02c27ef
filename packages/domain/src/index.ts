// The public surface of the domain package. Only re-exports: the rules live in their own files.
export * from "./audit-actions.js";
export * from "./catalogue.js";
export * from "./catalogue-compare.js";
export * from "./catalogue-file.js";
export * from "./catalogue-sheet.js";
export * from "./dates.js";
export * from "./dutch-date.js";
export * from "./dutch-number.js";
export * from "./format.js";
export * from "./lifecycle.js";
export * from "./money.js";
export * from "./obligation.js";
export * from "./plan.js";
export * from "./policy-rules.js";
export * from "./progress.js";
export * from "./roles.js";
export * from "./valuation.js";
