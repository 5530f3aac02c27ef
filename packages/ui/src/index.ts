// The public surface of @sroi/ui. Only re-exports; the pieces live in their own files.
export * from "./auth.js";
export * from "./catalogue.js";
export * from "./class-names.js";
export * from "./contract.js";
export * from "./data-list.js";
export * from "./date-time.js";
export * from "./error-summary.js";
export * from "./feedback.js";
export * from "./form.js";
export * from "./link.js";
export * from "./page.js";
export * from "./pagination.js";
export * from "./route-states.js";
export * from "./table.js";
export * from "./typography.js";
