// The key of a catalogue version: stable, in its web address, lower-case letters, digits, dashes.

/** Words the catalogue pages use in their own addresses (/catalogi/nieuw, …/vergelijk). */
const RESERVED = new Set(["nieuw", "vergelijk", "importeren"]);

/** A Dutch message when the key is not usable, null when it is. */
export function checkCatalogueKey(key: string): string | null {
  if (!key) return "Vul een code in, bijvoorbeeld regio-amersfoort-2027.";
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(key))
    return "Gebruik alleen kleine letters, cijfers en streepjes (niet aan het begin of eind), bijvoorbeeld regio-amersfoort-2027.";
  if (RESERVED.has(key)) return `“${key}” is gereserveerd; kies een andere code.`;
  return null;
}

/** "regio-amersfoort-2026-11-22": unique enough to start with, easy to change. */
export function suggestCatalogueKey(regionCode: string, today: string): string {
  return regionCode ? `${regionCode}-${today}` : "";
}
