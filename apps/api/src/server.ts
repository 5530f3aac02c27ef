// The HTTP server: GraphQL at /graphql, a health check, and in production the two built apps.
// It only serves; the schema is built in schema/, the database is opened by the caller.
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import type { PrismaClient } from "@prisma/client";
import compression from "compression";
import cookieParser from "cookie-parser";
import express from "express";
import expressStaticGzip from "express-static-gzip";
import { viewerForRequest } from "./auth/viewer.js";
import { PublishedCatalogueCache } from "./catalogue-cache.js";
import type { TrustProxy } from "./config.js";
import type { ApiSettings, Context } from "./context.js";
import { mailboxPage } from "./dev-mailbox.js";
import {
  errorFormatter,
  jsonErrorHandler,
  markAuthenticated,
  requestScope,
  withConflictErrors,
} from "./errors-masking.js";
import { evidenceRouter } from "./evidence-routes.js";
import { catalogueExportRoute } from "./export-routes.js";
import { inputValidationPlugin } from "./input-validation.js";
import { landingPage } from "./landing-page.js";
import { assessmentLetterRoute } from "./letters.js";
import { limitParseOptions, limitRules, schemaPrivacyPlugin } from "./limits.js";
import { logger, requestLogger } from "./logging.js";
import type { Metrics } from "./metrics.js";
import { municipalityDocumentRouter } from "./municipality-document-routes.js";
import { FAVICON_SVG, findAppStylesheet, publicPage } from "./public-pages.js";
import { accessibilityStatement, contactPage, privacyStatement } from "./public-statements.js";
import { schema } from "./schema/index.js";
import { securityHeaders } from "./security-headers.js";
import { DEV_PERSON_MATCH_KEY } from "./services/count-once.js";
import { type EvidenceStore, FileEvidenceStore } from "./services/evidence.js";
import { DEFAULT_IDEA_RETENTION } from "./services/ideas.js";
import { realisationTemplateCsv, realisationTemplateXlsx } from "./services/realisation-import.js";

export interface ServerOptions {
  prisma: PrismaClient;
  /** serve the built admin and contractor apps (production) */
  serveApps: boolean;
  settings?: Partial<ApiSettings>;
  /** where evidence files go; by default a folder in the system's temp directory */
  evidenceStore?: EvidenceStore;
  /** Prometheus metrics, served at /metrics to a scrape with this bearer token (metrics.ts) */
  metrics?: { metrics: Metrics; token: string | undefined };
  /** which proxies to believe (TRUST_PROXY, config.ts); by default one on this machine */
  trustProxy?: TrustProxy;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Where the built single-page apps are; next to src/ and dist/ alike. */
export const APP_DIST = {
  admin: fileURLToPath(new URL("../../admin/dist/", import.meta.url)),
  portal: fileURLToPath(new URL("../../contractor/dist/", import.meta.url)),
};

function serveSinglePageApp(app: express.Express, mount: string, directory: string) {
  if (!existsSync(`${directory}/index.html`)) {
    app.use(mount, (_req, res) => {
      res
        .status(503)
        .type("text/plain")
        .send(`This app has not been built. Run "npm run build" first (${directory}).`);
    });
    return;
  }
  // Hashed assets may be cached for long; index.html must always be fresh so a deploy shows.
  // The build wrote a brotli and a gzip copy of each (packages/ui/vite-shared.ts): sent as they are.
  app.use(
    mount,
    expressStaticGzip(directory, {
      enableBrotli: true,
      orderPreference: ["br", "gz"],
      index: false,
      serveStatic: {
        setHeaders: (res, path) => {
          if (path.includes("/assets/"))
            res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        },
      },
    }),
  );
  app.get(`${mount}{*rest}`, (_req, res) => {
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(`${directory}/index.html`);
  });
}

/**
 * CSRF: the session cookie is SameSite=Lax and Apollo refuses "simple" requests (form posts) to
 * /graphql; on top of that a browser request from another origin is refused here outright.
 */
function sameOriginOnly(req: express.Request, res: express.Response, next: express.NextFunction) {
  const origin = req.get("origin");
  if (origin && req.method !== "GET") {
    const host = req.get("host");
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (!host || originHost !== host) {
      logger().warn({ method: req.method, path: req.path, origin }, "refused cross-origin request");
      res.status(403).json({ errors: [{ message: "Verzoek van een andere website geweigerd." }] });
      return;
    }
  }
  next();
}

export async function startServer(
  options: ServerOptions & { port: number; host?: string },
): Promise<RunningServer> {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy ?? ["loopback"]);
  app.use(securityHeaders());
  // GraphQL answers, index.html and the landing page, compressed as they go; the apps' assets come
  // compressed from the build, and this leaves an answer alone that already has an encoding.
  app.use(compression());
  app.use(requestScope);
  app.use(requestLogger());
  app.use(cookieParser());

  const httpServer: Server = await new Promise((resolve) => {
    const server = app.listen(options.port, options.host ?? "0.0.0.0", () => resolve(server));
  });
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const settings: ApiSettings = {
    publicUrl: options.settings?.publicUrl ?? `http://localhost:${port}`,
    demo: options.settings?.demo ?? false,
    production: options.settings?.production ?? process.env.NODE_ENV === "production",
    ideaRetention: options.settings?.ideaRetention ?? DEFAULT_IDEA_RETENTION,
    personMatchKey: options.settings?.personMatchKey ?? DEV_PERSON_MATCH_KEY,
  };
  const evidenceStore =
    options.evidenceStore ?? new FileEvidenceStore(join(tmpdir(), "sroi-evidence"));

  const catalogues = new PublishedCatalogueCache(options.prisma);
  const prisma = withConflictErrors(options.prisma);
  const apollo = new ApolloServer<Context>({
    schema,
    // open for everyone in development; in production schemaPrivacyPlugin closes it to anonymous
    introspection: true,
    validationRules: limitRules,
    parseOptions: limitParseOptions,
    formatError: errorFormatter(settings),
    // the stack goes to the log with the request id, never into an answer
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown: Apollo's own signal handler raced it (Apollo's stop() never resolves
    // for a second caller) and hung the process. Requests in flight get 5 s to finish.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 5_000 }),
      schemaPrivacyPlugin(settings.production),
      inputValidationPlugin(),
      ...(options.metrics ? [options.metrics.metrics.graphqlPlugin()] : []),
    ],
  });
  await apollo.start();

  app.get("/healthz", async (_req, res) => {
    try {
      await options.prisma.$queryRaw`SELECT 1`;
      res.json({ status: "ok" });
    } catch (error) {
      logger().error({ err: error }, "health check failed");
      res.status(503).json({ status: "unavailable" });
    }
  });

  if (options.metrics?.token) {
    app.get("/metrics", options.metrics.metrics.handler(options.metrics.token));
  }

  app.use(
    "/graphql",
    sameOriginOnly,
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const viewer = await viewerForRequest(options.prisma, req);
        if (viewer) markAuthenticated();
        return { prisma, catalogues, viewer, req, res, settings };
      },
    }),
  );

  app.get("/export/catalogi/:file", catalogueExportRoute(options.prisma));
  app.get("/brieven/eindbeoordeling/:contractId", assessmentLetterRoute(options.prisma));
  app.get("/sjablonen/verantwoording.csv", (_req, res) => {
    res.setHeader("Content-Disposition", 'attachment; filename="verantwoording-sjabloon.csv"');
    res.type("text/csv; charset=utf-8").send(realisationTemplateCsv());
  });
  app.get("/sjablonen/verantwoording.xlsx", async (_req, res) => {
    res.setHeader("Content-Disposition", 'attachment; filename="verantwoording-sjabloon.xlsx"');
    res.type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    res.send(await realisationTemplateXlsx());
  });
  app.use("/bewijs", sameOriginOnly, evidenceRouter(options.prisma, evidenceStore));
  app.use(
    "/gemeente-documenten",
    sameOriginOnly,
    municipalityDocumentRouter(options.prisma, evidenceStore),
  );

  if (settings.demo) {
    app.get("/dev/mailbox", async (_req, res) => {
      res.type("html").send(await mailboxPage(options.prisma));
    });
  }

  if (options.serveApps) {
    serveSinglePageApp(app, "/admin/", APP_DIST.admin);
    serveSinglePageApp(app, "/portal/", APP_DIST.portal);
    app.get(["/admin", "/portal"], (req, res) => res.redirect(301, `${req.path}/`));
  }
  // The product's plain pages, in the apps' design when the portal is built (public-pages.ts).
  const stylesheet = options.serveApps ? findAppStylesheet(APP_DIST.portal, "/portal/") : null;
  app.get("/", (_req, res) => {
    res.type("html").send(landingPage({ demo: settings.demo, stylesheet }));
  });
  for (const [path, title, body] of [
    ["/toegankelijkheid", "Toegankelijkheidsverklaring", accessibilityStatement()],
    ["/privacy", "Privacyverklaring", privacyStatement(settings.ideaRetention)],
    ["/contact", "Contact", contactPage()],
  ] as const) {
    const html = publicPage({ title, body, stylesheet });
    app.get(path, (_req, res) => res.type("html").send(html));
  }
  app.get(["/favicon.svg", "/favicon.ico"], (_req, res) => {
    res.setHeader("Cache-Control", "public, max-age=86400");
    res.type("image/svg+xml").send(FAVICON_SVG);
  });
  // after every route: a body that is not JSON, or a route that throws, answers in JSON and Dutch
  app.use(jsonErrorHandler);

  return {
    url: `http://localhost:${port}`,
    port,
    async close() {
      await apollo.stop();
      if (httpServer.listening) {
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      }
    },
  };
}
