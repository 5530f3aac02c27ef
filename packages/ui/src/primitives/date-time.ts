// A moment (ISO timestamp) as people in the Netherlands read it, whatever the browser's zone.
import { formatDate } from "@sroi/domain";

const PARTS = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "22 november 2026 om 09:24" (Dutch time) from "2026-11-22T08:24:06.918Z". */
export function formatDateTime(iso: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    PARTS.formatToParts(moment).find((p) => p.type === type)?.value ?? "";
  return `${formatDate(`${part("year")}-${part("month")}-${part("day")}`)} om ${part("hour")}:${part("minute")}`;
}
