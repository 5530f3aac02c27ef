// The dev mailbox: in demo mode the e-mails the platform sends to the demo's own addresses are
// readable at /dev/mailbox, so invitations and resets can be followed on one machine. Only those
// addresses: ".demo" is no real top-level domain, so a reset or invitation link for a real person
// (a demo instance someone invited a colleague on) never shows here. Off outside demo mode.
import type { PrismaClient } from "@prisma/client";

export const DEMO_DOMAIN = ".demo";

/** The page's one inline style block; the Content-Security-Policy allows it by its hash. */
export const MAILBOX_STYLE = `
  body { font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }
  article { border-top: 1px solid #949494; padding: 0.5rem 0 1rem; }
  h2 { font-size: 1.125rem; margin: 0.5rem 0 0; }
  .meta { color: #4d4d4d; margin: 0; }
  pre { white-space: pre-wrap; font-family: inherit; }
  a { color: #0b57a4; }
`;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

const linkify = (text: string) =>
  escapeHtml(text).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>');

export async function mailboxPage(prisma: PrismaClient): Promise<string> {
  const messages = await prisma.outboxMessage.findMany({
    where: { to: { endsWith: DEMO_DOMAIN } },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  const items = messages
    .map(
      (m) => `<article>
  <h2>${escapeHtml(m.subject)}</h2>
  <p class="meta">Aan ${escapeHtml(m.to)} · ${m.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC${m.sentAt ? "" : " · nog niet verwerkt"}</p>
  <pre>${linkify(m.text)}</pre>
</article>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Postvak (demo) — Social Return platform</title>
<style>${MAILBOX_STYLE}</style>
</head>
<body>
<main>
<h1>Postvak (demo)</h1>
<p>E-mails van het platform aan de demo-adressen (eindigend op <code>.demo</code>) komen hier terecht. Alleen in de demo-modus.</p>
${items || "<p>Nog geen berichten.</p>"}
</main>
</body>
</html>
`;
}
