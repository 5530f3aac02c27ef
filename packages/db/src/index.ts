// The public surface of the db package. Only re-exports.
export * from "./bulk-insert.js";
export * from "./catalogue-import.js";
export * from "./client.js";
export * from "./mapping.js";
export * from "./migrate.js";
export * from "./seed.js";
export * from "./seed-large.js";
export * from "./statement-recording.js";
