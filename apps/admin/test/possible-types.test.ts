import { readFileSync } from "node:fs";
import { buildSchema, isInterfaceType } from "graphql";
import { describe, expect, it } from "vitest";
import { POSSIBLE_TYPES } from "../src/possible-types";

describe("POSSIBLE_TYPES", () => {
  it("lists every implementation of every interface in the API's schema", () => {
    const schema = buildSchema(
      readFileSync(new URL("../../api/schema.graphql", import.meta.url), "utf8"),
    );
    const expected = Object.fromEntries(
      Object.values(schema.getTypeMap())
        .filter(isInterfaceType)
        .map((type) => [
          type.name,
          schema
            .getPossibleTypes(type)
            .map((implementation) => implementation.name)
            .sort(),
        ]),
    );
    expect(POSSIBLE_TYPES).toEqual(expected);
  });
});
