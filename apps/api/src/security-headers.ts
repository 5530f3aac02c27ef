// Response headers that make the browser refuse what this product never does: scripts or styles
// from elsewhere or inline, being framed, guessing content types, sending the full URL onward,
// using the camera. Helmet sets them; the policy is ours.
//
// Both apps are Vite builds: one external module script and one stylesheet, no inline code, so
// script-src needs nothing but 'self'. The two small HTML pages this API writes itself (the
// landing page and the demo mailbox) carry one <style> block each; those are allowed by hash.
import { createHash } from "node:crypto";
import type { RequestHandler } from "express";
import helmet from "helmet";
import { MAILBOX_STYLE } from "./dev-mailbox.js";
import { LANDING_STYLE } from "./public-pages.js";

export const styleHash = (css: string) =>
  `'sha256-${createHash("sha256").update(css).digest("base64")}'`;

export const CONTENT_SECURITY_POLICY = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'", styleHash(LANDING_STYLE), styleHash(MAILBOX_STYLE)],
  // the apps' favicon is an inline SVG data: URL
  "img-src": ["'self'", "data:"],
  // the review page shows PDF evidence in a frame, from this server only
  "frame-src": ["'self'"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

/**
 * The policy of an evidence file itself (GET /bewijs/<id>): it loads nothing, runs nothing and may
 * be framed by this product's own pages only (the review page shows a PDF inline). Replaces the
 * page policy above, whose frame-ancestors 'none' would refuse the frame.
 */
export const EVIDENCE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; img-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

/** Features no page of this product uses; a script that slipped in cannot use them either. */
const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "bluetooth=()",
  "display-capture=()",
  "browsing-topics=()",
].join(", ");

export function securityHeaders(): RequestHandler {
  const withPolicy = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "same-origin" },
  });
  // Apollo's developer landing page (GET /graphql in a browser) ships its own nonce-based policy
  // in a <meta> tag for the scripts it loads; a second, stricter header would break it.
  const withoutPolicy = helmet({
    contentSecurityPolicy: false,
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "same-origin" },
  });
  return (req, res, next) => {
    res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    const apolloLandingPage = req.method === "GET" && req.path === "/graphql";
    (apolloLandingPage ? withoutPolicy : withPolicy)(req, res, next);
  };
}
