// Everything the rekenhulp shows follows from its address, so a link restores a calculation:
//
//   ?gemeente=GM0307&soort=werken&waarde=1000000&datum=2026-01-15
//    &regel=PW~n2~w36~s2024-01-01~e2024-12-31~t50PLUS.VAST&regel=INKOOP~b12345,67
//
// A line is the block code followed by "~"-separated fields, each a one-letter key and the value
// as typed (so a half-typed value survives a reload, error and all). The letters stay stable: old
// links keep working.
import { CONTRACT_KINDS, type ContractKind } from "@sroi/domain";

export interface ObligationDraft {
  municipalityCode: string;
  contractKind: ContractKind | "";
  /** Contract value excl. VAT, as typed ("1.000.000") */
  value: string;
  /** Labour share in percent, as typed ("35"); only for supplies */
  labourSharePercent: string;
  referenceDate: string;
}

export interface LineDraft {
  blockCode: string;
  people: string;
  hoursPerWeek: string;
  startDate: string;
  endDate: string;
  hours: string;
  days: string;
  count: string;
  amount: string;
  bonusCodes: string[];
}

export interface RekenhulpState {
  obligation: ObligationDraft;
  lines: LineDraft[];
}

export const PARAMS = {
  municipality: "gemeente",
  kind: "soort",
  value: "waarde",
  labourShare: "arbeid",
  referenceDate: "datum",
  line: "regel",
} as const;

/** The parameters that decide the obligation (and so the catalogue); lines do not. */
export const OBLIGATION_PARAMS = [
  PARAMS.municipality,
  PARAMS.kind,
  PARAMS.value,
  PARAMS.labourShare,
  PARAMS.referenceDate,
] as const;

const KIND_WORDS: Record<ContractKind, string> = {
  WORKS: "werken",
  SERVICES: "diensten",
  SUPPLIES: "leveringen",
  SUBSIDY: "subsidie",
};

type LineField = Exclude<keyof LineDraft, "blockCode" | "bonusCodes">;

const LINE_KEYS: Record<LineField, string> = {
  people: "n",
  hoursPerWeek: "w",
  startDate: "s",
  endDate: "e",
  hours: "u",
  days: "d",
  count: "a",
  amount: "b",
};
const BONUS_KEY = "t";
const FIELD_SEPARATOR = "~";
const BONUS_SEPARATOR = ".";

export function emptyLine(blockCode: string): LineDraft {
  return {
    blockCode,
    people: "",
    hoursPerWeek: "",
    startDate: "",
    endDate: "",
    hours: "",
    days: "",
    count: "",
    amount: "",
    bonusCodes: [],
  };
}

function kindFromWord(word: string | null): ContractKind | "" {
  if (!word) return "";
  const lower = word.toLowerCase();
  const found = CONTRACT_KINDS.find((kind) => KIND_WORDS[kind] === lower || kind === word);
  return found ?? "";
}

export function parseLine(text: string): LineDraft | null {
  const [blockCode, ...fields] = text.split(FIELD_SEPARATOR);
  if (!blockCode) return null;
  const line = emptyLine(blockCode);
  for (const field of fields) {
    const key = field.charAt(0);
    const value = field.slice(1);
    if (key === BONUS_KEY) {
      line.bonusCodes = value.split(BONUS_SEPARATOR).filter(Boolean);
      continue;
    }
    const name = (Object.keys(LINE_KEYS) as LineField[]).find((f) => LINE_KEYS[f] === key);
    if (name) line[name] = value;
  }
  return line;
}

export function formatLine(line: LineDraft): string {
  const parts = [line.blockCode];
  for (const field of Object.keys(LINE_KEYS) as LineField[]) {
    // "~" never belongs in a number or a date; dropping it keeps the link readable.
    const value = line[field].replaceAll(FIELD_SEPARATOR, "");
    if (value !== "") parts.push(`${LINE_KEYS[field]}${value}`);
  }
  if (line.bonusCodes.length > 0)
    parts.push(`${BONUS_KEY}${line.bonusCodes.join(BONUS_SEPARATOR)}`);
  return parts.join(FIELD_SEPARATOR);
}

export function readState(params: URLSearchParams): RekenhulpState {
  return {
    obligation: {
      municipalityCode: params.get(PARAMS.municipality) ?? "",
      contractKind: kindFromWord(params.get(PARAMS.kind)),
      value: params.get(PARAMS.value) ?? "",
      labourSharePercent: params.get(PARAMS.labourShare) ?? "",
      referenceDate: params.get(PARAMS.referenceDate) ?? "",
    },
    lines: params
      .getAll(PARAMS.line)
      .map(parseLine)
      .filter((line): line is LineDraft => line !== null),
  };
}

/**
 * "?gemeente=…&regel=…". Built by hand rather than with URLSearchParams, which would write every
 * "~" as "%7E": the link stays readable when someone pastes it into an e-mail.
 */
export function writeSearch(state: RekenhulpState): string {
  const { obligation } = state;
  const pairs: [string, string][] = [
    [PARAMS.municipality, obligation.municipalityCode],
    [PARAMS.kind, obligation.contractKind ? KIND_WORDS[obligation.contractKind] : ""],
    [PARAMS.value, obligation.value],
    // The labour share matters for supplies only; it would only confuse a link for works.
    [
      PARAMS.labourShare,
      obligation.contractKind === "SUPPLIES" ? obligation.labourSharePercent : "",
    ],
    [PARAMS.referenceDate, obligation.referenceDate],
    ...state.lines.map((line): [string, string] => [PARAMS.line, formatLine(line)]),
  ];
  const query = pairs
    .filter(([, value]) => value !== "")
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join("&");
  return query ? `?${query}` : "";
}

/**
 * The same address with other lines: the obligation's parameters stay exactly as they are, so
 * changing a line never looks like a new obligation to the router.
 */
export function searchWithLines(params: URLSearchParams, lines: readonly LineDraft[]): string {
  const query = [
    ...[...params.entries()].filter(([key]) => key !== PARAMS.line),
    ...lines.map((line): [string, string] => [PARAMS.line, formatLine(line)]),
  ]
    .filter(([, value]) => value !== "")
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join("&");
  return query ? `?${query}` : "";
}

/** What decides the obligation, as one comparable string. */
export function obligationKey(params: URLSearchParams): string {
  return OBLIGATION_PARAMS.map((name) => `${name}=${params.get(name) ?? ""}`).join("&");
}
