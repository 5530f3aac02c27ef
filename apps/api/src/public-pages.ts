// The product's own plain pages, served as HTML without a framework: the landing page and the
// three pages every public-sector site links from its footer (toegankelijkheidsverklaring,
// privacyverklaring, contact). They wear the apps' design: the same NL Design System markup and
// the portal's built style sheet, so they look like the apps and cost no script at all.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The footer's links, the same as in both apps (packages/ui/src/primitives/page.tsx) */
export const FOOTER_LINKS = [
  { href: "/toegankelijkheid", label: "Toegankelijkheid" },
  { href: "/privacy", label: "Privacy" },
  { href: "/contact", label: "Contact" },
] as const;

/**
 * Shown before the style sheet arrives, and the whole design when the apps are not built (in
 * development). The Content-Security-Policy allows this one block by its hash.
 */
export const LANDING_STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; line-height: 1.5; color: #1a1a1a; }
  .sroi-static code { overflow-wrap: anywhere; }
  .sroi-footer-links { display: flex; flex-wrap: wrap; gap: 0 1.5rem; list-style: none; padding: 0; }
`;

/** The product's icon: the same drawing as the apps' (their index.html carries it inline). */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#245192"/><path d="M9 22l5-12 4 8 3-5 3 9" fill="none" stroke="#fff" stroke-width="3" stroke-linejoin="round"/></svg>`;

/**
 * Where the portal's built style sheet is (hashed name from its Vite manifest), or null when the
 * portal is not built. Read once at start: a new build comes with a restart.
 */
export function findAppStylesheet(portalDist: string, mount: string): string | null {
  const manifestPath = join(portalDist, ".vite", "manifest.json");
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<
    string,
    { css?: string[] }
  >;
  const css = manifest["index.html"]?.css?.[0];
  return css ? `${mount}${css}` : null;
}

export interface PublicPageOptions {
  /** The page's own title, before " – Social Return" */
  title: string;
  /** The content of <main>, HTML */
  body: string;
  /** The apps' style sheet, from findAppStylesheet */
  stylesheet: string | null;
}

export function publicPage({ title, body, stylesheet }: PublicPageOptions): string {
  const footerLinks = FOOTER_LINKS.map(
    (link) =>
      `<li><a class="utrecht-link utrecht-link--html-a" href="${link.href}">${link.label}</a></li>`,
  ).join("");
  return `<!doctype html>
<html lang="nl" class="utrecht-theme utrecht-root">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Social Return</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>${LANDING_STYLE}</style>
${stylesheet ? `<link rel="stylesheet" href="${stylesheet}">` : ""}
</head>
<body class="utrecht-body utrecht-document utrecht-document--surface">
<div class="utrecht-page-layout sroi-page sroi-static">
<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">Direct naar de inhoud</a>
<header class="utrecht-page-header sroi-header">
<div class="utrecht-page-header__content sroi-header__content">
<a href="/" class="sroi-header__home"><span class="sroi-header__product">Social Return</span></a>
</div>
</header>
<main id="inhoud" class="utrecht-page-body sroi-main">
<div class="utrecht-page-body__content">
${body}
</div>
</main>
<footer class="utrecht-page-footer sroi-footer">
<div class="utrecht-page-footer__content">
<p class="utrecht-paragraph">Social Return platform voor gemeenten, werkgeversservicepunten en opdrachtnemers. Open source (EUPL-1.2).</p>
<nav aria-label="Over deze website"><ul class="sroi-footer-links">${footerLinks}</ul></nav>
</div>
</footer>
</div>
</body>
</html>
`;
}
