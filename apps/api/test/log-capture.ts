// Reads the API's structured log back in a test: every line the logger writes while captured,
// parsed from its JSON, as a log shipper would see it.
import { redirectLog } from "../src/logging.js";

export interface LogLine {
  level: string;
  msg: string;
  reqId?: string;
  [field: string]: unknown;
}

export function captureLog() {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const restore = redirectLog({
    write(line: string) {
      raw.push(line);
      lines.push(JSON.parse(line) as LogLine);
    },
  });
  return { lines, text: () => raw.join(""), restore };
}
