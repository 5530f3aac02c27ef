// The seeded catalogues, read from the same files the seed reads, so the tests follow the data.
import { readFileSync } from "node:fs";

export const SEEDED_KEYS = [
  "haaglanden-2023",
  "harlingen",
  "leiden-2023",
  "oost-nederland-v05-2023",
  "utrecht-current",
  "utrecht-earlier",
] as const;

export type SeededKey = (typeof SEEDED_KEYS)[number];

interface SeededCatalogue {
  key: SeededKey;
  name: string;
  region: string;
  regionCode: string;
}

export function seededCatalogue(key: SeededKey): SeededCatalogue {
  const url = new URL(`../../packages/db/catalogues/${key}.json`, import.meta.url);
  const file = JSON.parse(readFileSync(url, "utf8")) as Omit<SeededCatalogue, "key">;
  return { key, name: file.name, region: file.region, regionCode: file.regionCode };
}
