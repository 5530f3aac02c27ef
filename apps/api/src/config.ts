// Configuration from the environment, read once at start-up.
import { isIP } from "node:net";
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEV_PERSON_MATCH_KEY } from "./services/count-once.js";
import type { S3Settings } from "./services/evidence.js";
import { DEFAULT_IDEA_RETENTION, type IdeaRetention } from "./services/ideas.js";
import { DEFAULT_MAILS_PER_RUN } from "./services/jobs.js";
import { DEFAULT_DIGEST_HOUR } from "./services/notices/staff-digest.js";
import { DEFAULT_MAILS_PER_SECOND } from "./services/outbox.js";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export interface Config {
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  production: boolean;
  /** demo logins and the dev mailbox; on by default only for the embedded database */
  demo: boolean;
  /** base URL for links in e-mail; defaults to http://localhost:<port> */
  publicUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** evidence files on S3-compatible storage; undefined: in DATA_DIR/evidence */
  s3: S3Settings | undefined;
  /** the hour (0-23, Europe/Amsterdam) from which the staff's daily digest goes out */
  digestHour: number;
  /** bearer token a Prometheus scrape of /metrics must send; undefined: no /metrics */
  metricsToken: string | undefined;
  /** months the ideas form keeps a sender's details after handling / after receipt if unhandled */
  ideaRetention: IdeaRetention;
  /** HMAC key of the person match hash (docs/decisions/0025-count-once.md) */
  personMatchKey: string;
  /** which proxies' X-Forwarded-For/-Proto to believe (Express's "trust proxy" setting) */
  trustProxy: TrustProxy;
  /** at most this many mails a run of the reminders and of the digests */
  scheduledMailsPerRun: number;
  /** the outbox sends at most this many mails a second */
  outboxMailsPerSecond: number;
}

/** false: none; a number: that many proxies in front; a list: those addresses, subnets or names. */
export type TrustProxy = false | number | string[];

const PROXY_NAMES = ["loopback", "linklocal", "uniquelocal"];

function isAddressOrSubnet(value: string): boolean {
  const [address = "", prefix, ...rest] = value.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * The client's address (rate limits, the login throttle) and HTTPS (the Secure cookie) come from
 * these headers only when the connection comes from a trusted proxy. "true" (believe anyone) is
 * refused: any client could then choose its own address and walk around every rate limit.
 */
export function readTrustProxy(value: string | undefined): TrustProxy {
  const setting = value?.trim() ?? "";
  if (setting === "") return ["loopback"];
  if (/^(false|none|off)$/i.test(setting)) return false;
  if (/^\d+$/.test(setting) && Number(setting) >= 1 && Number(setting) <= 10)
    return Number(setting);
  const entries = setting.split(",").map((entry) => entry.trim());
  const wrong = entries.filter(
    (entry) => !PROXY_NAMES.includes(entry) && !isAddressOrSubnet(entry),
  );
  if (wrong.length === 0) return entries;
  throw new Error(
    `TRUST_PROXY must be "false", a number of proxies from 1 to 10, or a comma-separated list of addresses, subnets (10.0.0.0/8) and ${PROXY_NAMES.join(", ")}; got "${value}"${/^(true|yes|on|\*)$/i.test(setting) ? " (trusting every sender would let any client choose its own address)" : ""}`,
  );
}

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0)
    throw new Error(`${name} must be a number above 0, got "${value}"`);
  return number;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new Error(`Expected true or false, got "${value}"`);
}

const S3_REQUIRED = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"];

/** All or nothing: half an S3 configuration would silently store evidence on local disk. */
function readS3(env: NodeJS.ProcessEnv): S3Settings | undefined {
  if (![...S3_REQUIRED, "S3_REGION"].some((name) => env[name])) return undefined;
  const missing = S3_REQUIRED.filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new Error(
      `S3 evidence storage is only partly configured: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing (set all of ${S3_REQUIRED.join(", ")}, or none)`,
    );
  }
  const endpoint = env.S3_ENDPOINT ?? "";
  let protocol = "";
  try {
    protocol = new URL(endpoint).protocol;
  } catch {
    protocol = "";
  }
  if (protocol !== "http:" && protocol !== "https:") {
    throw new Error(`S3_ENDPOINT must be an http:// or https:// URL, got "${endpoint}"`);
  }
  return {
    endpoint: endpoint.replace(/\/+$/, ""),
    bucket: env.S3_BUCKET ?? "",
    region: env.S3_REGION || "us-east-1",
    accessKeyId: env.S3_ACCESS_KEY_ID ?? "",
    secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? "",
  };
}

/** A guessable token would open the figures to anyone: at least 16 characters. */
function readMetricsToken(env: NodeJS.ProcessEnv): string | undefined {
  const token = env.METRICS_TOKEN || undefined;
  if (token !== undefined && token.length < 16) {
    throw new Error("METRICS_TOKEN must be at least 16 characters (e.g. openssl rand -hex 32)");
  }
  return token;
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
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port,
    databaseUrl,
    dataDir,
    production: env.NODE_ENV === "production",
    demo: flag(env.DEMO, databaseUrl === undefined),
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, "") || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? "Social Return platform <noreply@localhost>",
    s3: readS3(env),
    digestHour: readDigestHour(env.DIGEST_HOUR),
    metricsToken: readMetricsToken(env),
    ideaRetention: {
      handledMonths: readMonths(env, "IDEAS_KEEP_MONTHS", DEFAULT_IDEA_RETENTION.handledMonths),
      unhandledMonths: readMonths(
        env,
        "IDEAS_KEEP_UNHANDLED_MONTHS",
        DEFAULT_IDEA_RETENTION.unhandledMonths,
      ),
    },
    personMatchKey: readPersonMatchKey(env, databaseUrl),
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    scheduledMailsPerRun: Math.ceil(
      positiveNumber("SCHEDULED_MAILS_PER_RUN", env.SCHEDULED_MAILS_PER_RUN, DEFAULT_MAILS_PER_RUN),
    ),
    outboxMailsPerSecond: positiveNumber(
      "OUTBOX_MAILS_PER_SECOND",
      env.OUTBOX_MAILS_PER_SECOND,
      DEFAULT_MAILS_PER_SECOND,
    ),
  };
}

/**
 * A production instance with real people needs a key of its own: with the known development key
 * anyone holding the database could test guesses of a date of birth and name against the hashes.
 * Demo mode and development fall back to that key.
 */
function readPersonMatchKey(env: NodeJS.ProcessEnv, databaseUrl: string | undefined): string {
  const key = env.PERSON_MATCH_KEY || undefined;
  if (key !== undefined && key.length < 32)
    throw new Error("PERSON_MATCH_KEY must be at least 32 characters (e.g. openssl rand -hex 32)");
  if (key) return key;
  if (env.NODE_ENV === "production" && !flag(env.DEMO, databaseUrl === undefined))
    throw new Error(
      "PERSON_MATCH_KEY is required in production (e.g. openssl rand -hex 32); keep it with the database backups, changing it breaks the matching of earlier entries",
    );
  return DEV_PERSON_MATCH_KEY;
}

function readDigestHour(value: string | undefined): number {
  if (value === undefined || value === "") return DEFAULT_DIGEST_HOUR;
  const hour = Number(value);
  if (!Number.isInteger(hour) || hour < 0 || hour > 23)
    throw new Error(`DIGEST_HOUR must be an hour from 0 to 23, got "${value}"`);
  return hour;
}

function readMonths(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === "") return fallback;
  const months = Number(value);
  if (!Number.isInteger(months) || months < 1 || months > 120)
    throw new Error(`${name} must be a number of months from 1 to 120, got "${value}"`);
  return months;
}
