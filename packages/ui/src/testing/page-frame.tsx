// Each app's index.html carries its page frame as React renders it, so the header shows before any
// script runs (docs/quality.md, front-end speed). The apps' tests compare the two with this, so the
// page does not change under the reader when React takes over.
import type { ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router";

/** The frame's markup as it belongs in index.html: `<div id="root">…</div>` */
export function pageFrameRoot(PageFrame: ComponentType, basename: string): string {
  const router = createMemoryRouter([{ path: "*", Component: PageFrame }], {
    basename,
    // A path no link of the frame points to, as in index.html: none is marked current.
    initialEntries: [`${basename}/-`],
  });
  // React Router's marker for its own link discovery means nothing in plain HTML.
  const frame = renderToStaticMarkup(<RouterProvider router={router} />).replaceAll(
    ' data-discover="true"',
    "",
  );
  return `<div id="root">${frame}</div>`;
}
