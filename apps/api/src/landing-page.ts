// The small page at "/" that points people to the two apps. Static HTML: no framework needed.
export function landingPage(): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Social Return platform</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }
  a { color: #0b57a4; font-size: 1.125rem; }
  li { margin: 0.75rem 0; }
</style>
</head>
<body>
<main>
<h1>Social Return platform</h1>
<p>Voor gemeenten, werkgeversservicepunten en opdrachtnemers: de social return-verplichting van een opdracht, ingevuld met bouwblokken.</p>
<ul>
  <li><a href="/admin/">Beheer</a> — voor gemeenten en het werkgeversservicepunt</li>
  <li><a href="/portal/">Portaal voor opdrachtnemers</a> — bouwblokken bekijken en verantwoorden</li>
</ul>
<p>Voor koppelingen en dashboards: de GraphQL-API op <code>/graphql</code>.</p>
</main>
</body>
</html>
`;
}
