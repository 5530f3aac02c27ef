// index.html carries the page frame as React renders it (@sroi/ui/testing/page-frame).
import { readFileSync } from "node:fs";
import { pageFrameRoot } from "@sroi/ui/testing/page-frame";
import { expect, it } from "vitest";
import { BASENAME, PageFrame } from "../src/routes/page-frame";

it("index.html holds the page frame as React renders it", () => {
  const html = readFileSync(new URL("../index.html", import.meta.url), "utf8");
  expect(html).toContain(pageFrameRoot(PageFrame, BASENAME));
});
