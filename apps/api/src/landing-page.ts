// The page at "/" that points people to the two apps, in the apps' design (public-pages.ts).
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo/accounts.js";
import { publicPage } from "./public-pages.js";

export function landingPage(options: { demo: boolean; stylesheet: string | null }): string {
  const demo = options.demo
    ? `<h2 class="utrecht-heading-2">Demo</h2>
<p class="utrecht-paragraph">Alle demo-accounts hebben het wachtwoord <code>${DEMO_PASSWORD}</code>. E-mails (uitnodigingen, wachtwoordherstel) staan in het <a class="utrecht-link" href="/dev/mailbox">demo-postvak</a>.</p>
<ul>
${DEMO_ACCOUNTS.map((a) => `  <li><code>${a.email}</code> — ${a.description}</li>`).join("\n")}
</ul>`
    : "";
  return publicPage({
    title: "Start",
    stylesheet: options.stylesheet,
    body: `<h1 class="utrecht-heading-1">Social Return platform</h1>
<p class="utrecht-paragraph">Voor gemeenten, werkgeversservicepunten en opdrachtnemers: de social return-verplichting van een opdracht, ingevuld met bouwblokken.</p>
<ul class="apps">
  <li><a class="utrecht-link" href="/admin/">Beheer</a> — voor gemeenten en het werkgeversservicepunt</li>
  <li><a class="utrecht-link" href="/portal/">Portaal voor opdrachtnemers</a> — bouwblokken, rekenhulp en verantwoording</li>
</ul>
<p class="utrecht-paragraph">Voor koppelingen en dashboards: de GraphQL-API op <code>/graphql</code>.</p>
${demo}`,
  });
}
