// Every action the API records has a Dutch label in packages/domain/src/audit-actions.ts, and
// every label there belongs to an action the API still records. The type already refuses an
// unknown action in `audit(…)`; this walks the source so a cast or a new call site cannot slip by.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { AUDIT_ACTION_GROUPS, AUDIT_ACTIONS, isAuditAction } from "@sroi/domain";
import { describe, expect, it } from "vitest";

const SOURCE = fileURLToPath(new URL("../src/", import.meta.url));

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The action codes written after `action:`, including both sides of a ternary. */
function recordedActions(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(SOURCE)) {
    const lines = readFileSync(file, "utf8").split("\n");
    lines.forEach((line, index) => {
      const match = /\baction:\s*(.*)$/.exec(line);
      if (!match?.[1]) return;
      for (const literal of match[1].matchAll(/"([a-z]+(?:\.[A-Za-z]+)+)"/g)) {
        const code = literal[1] as string;
        if (!found.has(code)) found.set(code, `${file.slice(SOURCE.length)}:${index + 1}`);
      }
    });
  }
  return found;
}

describe("audit actions", () => {
  const recorded = recordedActions();

  it("finds the actions the API records (the walk itself works)", () => {
    expect(recorded.get("contract.assess")).toMatch(/^services\/assessment\.ts:\d+$/);
    expect(recorded.has("catalogue.addBlock")).toBe(true);
    expect(recorded.has("catalogue.updateBlock")).toBe(true);
    expect(recorded.size).toBeGreaterThanOrEqual(30);
  });

  it("gives every recorded action a Dutch label", () => {
    const unlabelled = [...recorded].filter(([code]) => !isAuditAction(code));
    expect(unlabelled.map(([code, where]) => `${code} (${where})`)).toEqual([]);
  });

  it("labels no action the API no longer records", () => {
    expect(AUDIT_ACTIONS.filter((code) => !recorded.has(code))).toEqual([]);
  });

  it("puts every action in a group the audit filter offers", () => {
    const groups = Object.keys(AUDIT_ACTION_GROUPS);
    expect(AUDIT_ACTIONS.filter((code) => !groups.some((g) => code.startsWith(g)))).toEqual([]);
  });
});
