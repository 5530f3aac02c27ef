// The small page at "/" that points people to the two apps. Static HTML: no framework needed.
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo/accounts.js";

/** The page's one inline style block; the Content-Security-Policy allows it by its hash. */
export const LANDING_STYLE = `
  body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }
  a { color: #0b57a4; }
  .apps a { font-size: 1.125rem; }
  li { margin: 0.5rem 0; }
  code { overflow-wrap: anywhere; }
`;

export function landingPage(options: { demo: boolean }): string {
  const demo = options.demo
    ? `<h2>Demo</h2>
<p>Alle demo-accounts hebben het wachtwoord <code>${DEMO_PASSWORD}</code>. E-mails (uitnodigingen, wachtwoordherstel) staan in het <a href="/dev/mailbox">demo-postvak</a>.</p>
<ul>
${DEMO_ACCOUNTS.map((a) => `  <li><code>${a.email}</code> — ${a.description}</li>`).join("\n")}
</ul>`
    : "";
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Social Return platform</title>
<style>${LANDING_STYLE}</style>
</head>
<body>
<main>
<h1>Social Return platform</h1>
<p>Voor gemeenten, werkgeversservicepunten en opdrachtnemers: de social return-verplichting van een opdracht, ingevuld met bouwblokken.</p>
<ul class="apps">
  <li><a href="/admin/">Beheer</a> — voor gemeenten en het werkgeversservicepunt</li>
  <li><a href="/portal/">Portaal voor opdrachtnemers</a> — bouwblokken, rekenhulp en verantwoording</li>
</ul>
<p>Voor koppelingen en dashboards: de GraphQL-API op <code>/graphql</code>.</p>
${demo}
</main>
</body>
</html>
`;
}
