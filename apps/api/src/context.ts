import type { PrismaClient } from "@prisma/client";
import type { Request, Response } from "express";
import type { Viewer } from "./auth/viewer.js";
import type { PublishedCatalogueCache } from "./catalogue-cache.js";
import type { IdeaRetention } from "./services/ideas.js";

export interface ApiSettings {
  /** where people reach the apps, for links in e-mail */
  publicUrl: string;
  /** demo mode: demo logins, dev mailbox page */
  demo: boolean;
  /** production: introspection and field suggestions only for callers who are logged in */
  production: boolean;
  /** how long the ideas form keeps a sender's details (the receipt says it) */
  ideaRetention: IdeaRetention;
  /** HMAC key of the person match hash (docs/decisions/0025-count-once.md) */
  personMatchKey: string;
}

/** What every resolver gets. Built per request in server.ts. */
export interface Context {
  prisma: PrismaClient;
  catalogues: PublishedCatalogueCache;
  viewer: Viewer | null;
  req: Request;
  res: Response;
  settings: ApiSettings;
}
