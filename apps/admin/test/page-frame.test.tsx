// index.html carries the page frame as React renders it, so the header shows before any script
// runs (docs/quality.md, front-end speed). The two must stay alike, or the page changes under the
// reader when React takes over.
import { readFileSync } from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router";
import { expect, it } from "vitest";
import { BASENAME, PageFrame } from "../src/routes/page-frame";

it("index.html holds the page frame as React renders it", () => {
  const router = createMemoryRouter([{ path: "*", Component: PageFrame }], {
    basename: BASENAME,
    // A path no link of the frame points to, as in index.html: none is marked current.
    initialEntries: [`${BASENAME}/-`],
  });
  const frame = renderToStaticMarkup(<RouterProvider router={router} />).replaceAll(
    ' data-discover="true"',
    "",
  );
  const html = readFileSync(new URL("../index.html", import.meta.url), "utf8");
  expect(html).toContain(`<div id="root">${frame}</div>`);
});
