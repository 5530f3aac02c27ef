// Configuration from the environment, read once at start-up.
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export interface Config {
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  production: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  // A relative DATA_DIR means relative to where the person ran npm, not to apps/api.
  const base = env.INIT_CWD ?? process.cwd();
  const dataDir = env.DATA_DIR
    ? isAbsolute(env.DATA_DIR)
      ? env.DATA_DIR
      : resolve(base, env.DATA_DIR)
    : resolve(REPO_ROOT, ".data");
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    production: env.NODE_ENV === "production",
  };
}
