// What the global setup hands to test files through Vitest's provide/inject.
declare module "vitest" {
  export interface ProvidedContext {
    /** empty when no PostgreSQL server could be had */
    postgresUrl: string;
  }
}

export {};
