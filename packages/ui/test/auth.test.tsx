// The shared sign-in pieces: where a login may return to, and what the header and notices say.
import { renderToStaticMarkup } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import {
  AccountMenu,
  CatalogueContents,
  loginPath,
  pathWithinApp,
  safeReturnPath,
  WrongAppNotice,
} from "../src/index.js";

async function renderInRouter(
  element: React.ReactNode,
  url = "http://localhost/",
): Promise<string> {
  const handler = createStaticHandler([{ path: "*", element }]);
  const context = await handler.query(new Request(url));
  if (context instanceof Response) throw new Error("unexpected redirect");
  return renderToStaticMarkup(
    <StaticRouterProvider
      hydrate={false}
      router={createStaticRouter(handler.dataRoutes, context)}
      context={context}
    />,
  );
}

describe("where a login returns to", () => {
  it.each([
    ["/opdrachten/12?tab=contact", "/opdrachten/12?tab=contact"],
    ["//evil.example/x", null],
    ["/\\evil.example", null],
    ["https://evil.example/", null],
    ["opdrachten", null],
    ["/inloggen?terug=%2F", null],
    ["/wachtwoord?token=abc", null],
    [null, null],
  ])("%s → %s", (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  it("puts the page in the login address, except the start page", () => {
    expect(loginPath("/opdrachten/12")).toBe("/inloggen?terug=%2Fopdrachten%2F12");
    expect(loginPath("/")).toBe("/inloggen");
    expect(loginPath("//evil.example")).toBe("/inloggen");
  });

  it("takes the app's base path off a browser address", () => {
    expect(pathWithinApp(new URL("http://x/admin/catalogi?a=1"), "/admin")).toBe("/catalogi?a=1");
    expect(pathWithinApp(new URL("http://x/admin"), "/admin")).toBe("/");
  });
});

describe("AccountMenu", () => {
  it("says who is logged in, for which organisation, with a way out", async () => {
    const html = await renderInRouter(
      <AccountMenu
        account={{ name: "Erik Mulder", organisationName: "Bouwbedrijf Eemland B.V." }}
        loginTo="/inloggen"
        onLogout={() => undefined}
      />,
    );
    expect(html).toContain("Ingelogd als");
    expect(html).toContain(">Erik Mulder</a>");
    expect(html).toContain("Bouwbedrijf Eemland B.V.");
    expect(html).toContain(">Uitloggen</button>");
  });

  it("offers to log in, except on the login page, and says nothing while it does not know", async () => {
    const menu = (loginTo: string | null, loading = false) =>
      renderInRouter(
        <AccountMenu
          account={null}
          loading={loading}
          loginTo={loginTo}
          onLogout={() => undefined}
        />,
      );
    await expect(menu("/inloggen?terug=%2Fopdrachten")).resolves.toContain(
      'href="/inloggen?terug=%2Fopdrachten"',
    );
    await expect(menu(null)).resolves.toBe("");
    await expect(menu("/inloggen", true)).resolves.toBe("");
  });
});

describe("WrongAppNotice", () => {
  it("links a contractor in Beheer to the portal, and staff in the portal to Beheer", () => {
    const account = { name: "Erik Mulder", organisationName: "Bouwbedrijf Eemland B.V." };
    expect(renderToStaticMarkup(<WrongAppNotice app="ADMIN" account={account} />)).toContain(
      'href="/portal/">Ga naar het portaal voor opdrachtnemers</a>',
    );
    expect(renderToStaticMarkup(<WrongAppNotice app="PORTAL" account={account} />)).toContain(
      'href="/admin/">Ga naar Beheer</a>',
    );
  });
});

describe("a concept catalogue", () => {
  it("says it is a concept before the values", () => {
    const html = renderToStaticMarkup(
      <CatalogueContents
        catalogue={{
          status: "PUBLISHED",
          validFrom: null,
          source: null,
          retrieved: null,
          complete: true,
          countingNote: null,
          conceptNote: "Concept, te bevestigen: een kopie van het Utrechtse model.",
          basisHours: "36",
          blocks: [],
          bonuses: [],
        }}
      />,
    );
    const note = html.indexOf("Concept, te bevestigen: een kopie van het Utrechtse model.");
    expect(note).toBeGreaterThan(-1);
    expect(note).toBeLessThan(html.indexOf("Bouwblokken"));
  });
});
