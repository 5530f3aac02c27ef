// Evidence on S3-compatible storage, against a real S3 server over HTTP (s3rver, in-process, with
// its files in a temp folder). s3rver does not check Signature V4 itself, so the server here checks
// every request's signature before s3rver sees it, as AWS, MinIO, Garage and Ceph do.
import { createHash, createHmac } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { backends } from "@sroi/db/testing/backends";
import { AwsClient } from "aws4fetch";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readConfig } from "../src/config.js";
import {
  EvidenceStorageError,
  S3EvidenceStore,
  type S3Settings,
} from "../src/services/evidence.js";
import { captureLog } from "./log-capture.js";
import { type Client, startTestApi, type TestApi } from "./support.js";

const BUCKET = "sroi-evidence";
// s3rver's one account
const ACCESS_KEY = "S3RVER";
const SECRET = "S3RVER";

const pdf = (text: string) =>
  Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n`);
const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");
const hmac = (key: Buffer | string, text: string) =>
  createHmac("sha256", key).update(text).digest();

/** Recomputes the request's AWS Signature V4 with the secret; true when it matches. */
function signatureValid(req: IncomingMessage): boolean {
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
      req.headers.authorization ?? "",
    );
  if (!match) return false;
  const [, accessKey, date = "", region = "", signedHeaders = "", signature] = match;
  const url = new URL(req.url ?? "/", "http://s3");
  const query = [...url.searchParams]
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .sort()
    .join("&");
  const headers = signedHeaders
    .split(";")
    .map((name) => `${name}:${String(req.headers[name] ?? "").trim()}\n`)
    .join("");
  const canonical = [
    req.method,
    url.pathname,
    query,
    headers,
    signedHeaders,
    req.headers["x-amz-content-sha256"],
  ].join("\n");
  const scope = `${date}/${region}/s3/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", req.headers["x-amz-date"], scope, sha256(canonical)].join(
    "\n",
  );
  const key = ["aws4_request", "s3", region, date]
    .reverse()
    .reduce<Buffer | string>((k, part) => hmac(k, part), `AWS4${SECRET}`);
  return accessKey === ACCESS_KEY && hmac(key, toSign).toString("hex") === signature;
}

describe("evidence on S3-compatible storage", () => {
  // Where the files go does not depend on the database: PGlite is enough.
  const backend = backends().find((b) => b.name === "PGlite");
  let s3Dir: string;
  let s3Server: Server;
  let settings: S3Settings;
  /** the headers of every request the S3 server received */
  const received: IncomingMessage["headers"][] = [];
  let api: TestApi;
  let eemland: Client;
  let contractId: string;
  let direct: AwsClient;

  beforeAll(async () => {
    s3Dir = await mkdtemp(join(tmpdir(), "sroi-s3-"));
    const s3 = new S3rver({ silent: true, directory: s3Dir, configureBuckets: [{ name: BUCKET }] });
    await s3.configureBuckets();
    const handle = s3.getMiddleware();
    s3Server = createServer((req, res) => {
      received.push(req.headers);
      if (!signatureValid(req)) {
        res.writeHead(403, { "content-type": "application/xml" });
        res.end("<Error><Code>SignatureDoesNotMatch</Code></Error>");
        return;
      }
      handle(req, res);
    });
    await new Promise<void>((resolve) => s3Server.listen(0, "127.0.0.1", resolve));
    const { port } = s3Server.address() as AddressInfo;
    // Configured the way an operator would: through the environment.
    const config = readConfig({
      S3_ENDPOINT: `http://127.0.0.1:${port}/`,
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: ACCESS_KEY,
      S3_SECRET_ACCESS_KEY: SECRET,
    });
    if (!config.s3) throw new Error("S3 settings not read");
    settings = config.s3;
    expect(settings).toMatchObject({ endpoint: `http://127.0.0.1:${port}`, region: "us-east-1" });
    direct = new AwsClient({
      accessKeyId: ACCESS_KEY,
      secretAccessKey: SECRET,
      service: "s3",
      region: settings.region,
      retries: 0,
    });
    // The demo seed stores its evidence PDF through the same store.
    if (!backend) throw new Error("no PGlite backend");
    api = await startTestApi(backend, {
      demo: true,
      evidenceStore: new S3EvidenceStore(settings),
    });
    eemland = await api.loginAs("admin@bouwbedrijf-eemland.demo");
    contractId = (
      await api.prisma.contract.findFirstOrThrow({ where: { reference: "AMF-2026-001" } })
    ).id;
  });
  afterAll(async () => {
    await api?.close();
    if (s3Server?.listening) await new Promise((resolve) => s3Server.close(resolve));
    await rm(s3Dir, { recursive: true, force: true });
  });

  const objectUrl = (sha: string) => `${settings.endpoint}/${BUCKET}/evidence/${sha}`;
  const upload = (body: Buffer) =>
    fetch(`${api.url}/bewijs?contractId=${contractId}&bestandsnaam=loonstrook.pdf`, {
      method: "POST",
      headers: { "content-type": "application/pdf", cookie: eemland.cookie ?? "" },
      body,
    });
  const download = (id: string) =>
    fetch(`${api.url}/bewijs/${id}`, { headers: { cookie: eemland.cookie ?? "" } });

  it("stores an upload as evidence/<sha256> with those exact bytes and serves it back", async () => {
    const file = pdf("loonstrook januari");
    const response = await upload(file);
    expect(response.status).toBe(201);
    const stored = (await response.json()) as { id: string; sha256: string; size: number };
    expect(stored).toMatchObject({ sha256: sha256(file), size: file.length });

    // the object, read straight from the bucket
    const object = await direct.fetch(objectUrl(stored.sha256));
    expect(object.status).toBe(200);
    expect(Buffer.from(await object.arrayBuffer()).equals(file)).toBe(true);
    // the upload told the store what to check: the signed payload hash and Content-MD5
    const put = received.find(
      (headers) => headers["x-amz-content-sha256"] === stored.sha256 && headers["content-md5"],
    );
    expect(put?.["content-md5"]).toBe(createHash("md5").update(file).digest("base64"));

    const back = await download(stored.id);
    expect(back.status).toBe(200);
    expect(back.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await back.arrayBuffer()).equals(file)).toBe(true);
  });

  it("holds the demo's evidence too: the seed stores through the configured store", async () => {
    const demo = await api.prisma.evidenceFile.findFirstOrThrow({
      where: { fileName: "arbeidsovereenkomst-EEM-01.pdf" },
    });
    const object = await direct.fetch(objectUrl(demo.sha256));
    expect(object.status).toBe(200);
    expect(sha256(Buffer.from(await object.arrayBuffer()))).toBe(demo.sha256);
  });

  it("refuses to serve an object that was changed in the bucket", async () => {
    const file = pdf("urenstaat week 12");
    const { id, sha256: sum } = (await (await upload(file)).json()) as {
      id: string;
      sha256: string;
    };
    const tampered = pdf("urenstaat week 12, 80 uur");
    const overwrite = await direct.fetch(objectUrl(sum), { method: "PUT", body: tampered });
    expect(overwrite.status).toBe(200);

    const log = captureLog();
    const response = await download(id);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe(
      "Dit bestand wordt niet getoond: het is in de opslag gewijzigd of beschadigd sinds het werd toegevoegd. Meld dit bij de beheerder van het platform.",
    );
    log.restore();
    expect(log.lines).toContainEqual(
      expect.objectContaining({
        level: "error",
        msg: "evidence file refused",
        evidenceFileId: id,
        err: expect.objectContaining({
          message: `Evidence object ${objectUrl(sum)} has SHA-256 ${sha256(tampered)}, expected ${sum}: not served`,
        }),
      }),
    );
  });

  it("says so when the bucket answers with an error: 502 for a wrong secret or bucket", async () => {
    const wrongSecret = new S3EvidenceStore({ ...settings, secretAccessKey: "x" }, { retries: 0 });
    const refused = await wrongSecret.put(pdf("x")).catch((error: unknown) => error);
    expect(refused).toMatchObject({ reachable: true });
    expect((refused as Error).message).toMatch(/answered 403 .*SignatureDoesNotMatch/);

    const wrongBucket = new S3EvidenceStore(
      { ...settings, bucket: "bestaat-niet" },
      { retries: 0 },
    );
    const failure = await wrongBucket.put(pdf("x")).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EvidenceStorageError);
    expect(failure).toMatchObject({ reachable: true });
    expect((failure as Error).message).toMatch(/answered 404 .*NoSuchBucket/);
  });

  it("answers 503 in Dutch and records nothing while the S3 server is down", async () => {
    await new Promise((resolve) => s3Server.close(resolve));
    const before = await api.prisma.evidenceFile.count();
    const file = pdf("factuur Werkbedrijf Eemvallei");
    const log = captureLog();
    const response = await upload(file);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      message:
        "Het bestand kon nu niet worden opgeslagen, omdat de opslag voor bewijsstukken niet bereikbaar is. Probeer het later opnieuw.",
    });
    log.restore();
    const logged = log.lines.find((line) => line.msg === "evidence upload not stored");
    expect(logged).toMatchObject({ level: "error", contractId });
    expect(logged?.err).toMatchObject({
      message: expect.stringMatching(/S3 PUT .* failed: .*ECONNREFUSED/),
    });
    expect(await api.prisma.evidenceFile.count()).toBe(before);
    expect(await api.prisma.evidenceFile.count({ where: { sha256: sha256(file) } })).toBe(0);
    expect(
      await api.prisma.auditEvent.count({
        where: {
          action: "evidence.upload",
          contractId,
          after: { path: ["sha256"], equals: sha256(file) },
        },
      }),
    ).toBe(0);
  });

  it("still seeds the demo and starts when the bucket cannot be reached, without its evidence", async () => {
    expect(s3Server.listening).toBe(false);
    const warned = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    if (!backend) throw new Error("no PGlite backend");
    const offline = await startTestApi(backend, {
      demo: true,
      evidenceStore: new S3EvidenceStore(settings),
    });
    try {
      expect(String(warned.mock.calls[0]?.[0])).toMatch(
        /^Demo evidence arbeidsovereenkomst-EEM-01\.pdf not stored: S3 PUT .* failed/,
      );
      expect(await offline.prisma.evidenceFile.count()).toBe(0);
      expect(await offline.prisma.realisation.count({ where: { personRef: "EEM-01" } })).toBe(1);
    } finally {
      warned.mockRestore();
      await offline.close();
    }
  });
});
