import { describe, expect, it } from "vitest";
import {
  CBS_MUNICIPALITIES,
  CBS_MUNICIPALITY_LIST,
  findCbsMunicipality,
  normaliseCbsCode,
} from "../src/cbs-municipalities.js";

describe("the CBS list of gemeenten", () => {
  it("is the 1 January 2025 list of 342 gemeenten", () => {
    expect(CBS_MUNICIPALITY_LIST.referenceDate).toBe("2025-01-01");
    expect(CBS_MUNICIPALITY_LIST.title).toBe("Gemeentelijke indeling op 1 januari 2025");
    expect(CBS_MUNICIPALITIES).toHaveLength(342);
  });

  it("has each code and each name once, every code GM and four digits", () => {
    const codes = CBS_MUNICIPALITIES.map((gemeente) => gemeente.code);
    expect(new Set(codes).size).toBe(342);
    expect(new Set(CBS_MUNICIPALITIES.map((gemeente) => gemeente.name)).size).toBe(342);
    expect(codes.filter((code) => !/^GM\d{4}$/.test(code))).toEqual([]);
    expect(CBS_MUNICIPALITIES.filter((gemeente) => !gemeente.name.trim())).toEqual([]);
  });

  it("holds the gemeenten the product is built for, with their names and provinces", () => {
    expect(findCbsMunicipality("GM0307")).toEqual({
      code: "GM0307",
      name: "Amersfoort",
      province: "Utrecht",
    });
    expect(findCbsMunicipality("GM0342")?.name).toBe("Soest");
    expect(findCbsMunicipality("GM0308")?.name).toBe("Baarn");
    expect(findCbsMunicipality("GM0392")).toEqual({
      code: "GM0392",
      name: "Haarlem",
      province: "Noord-Holland",
    });
    expect(findCbsMunicipality("GM0355")?.name).toBe("Zeist");
    expect(findCbsMunicipality("GM0363")?.name).toBe("Amsterdam");
    expect(findCbsMunicipality("GM0373")?.name).toBe("Bergen (NH.)");
    expect(findCbsMunicipality("GM0893")?.name).toBe("Bergen (L.)");
  });

  it("is current: Voorne aan Zee is in, the gemeenten it replaced and Weesp are not", () => {
    expect(findCbsMunicipality("GM1992")?.name).toBe("Voorne aan Zee");
    // Brielle, Hellevoetsluis and Westvoorne merged on 1 January 2023; Weesp joined Amsterdam.
    for (const gone of ["GM0501", "GM0530", "GM0614", "GM0457"]) {
      expect(findCbsMunicipality(gone)).toBeNull();
    }
  });

  it("reads a code however it is typed, and knows no made-up one", () => {
    expect(normaliseCbsCode(" gm307 ")).toBe("GM0307");
    expect(normaliseCbsCode("0307")).toBe("GM0307");
    expect(normaliseCbsCode("Zeist")).toBe("ZEIST");
    expect(findCbsMunicipality("355")?.name).toBe("Zeist");
    expect(findCbsMunicipality("GM9999")).toBeNull();
    expect(findCbsMunicipality("")).toBeNull();
  });
});
