import { CHOICE_LISTS, FIELDS, type FieldPath, fieldsOfClass } from "@redumbrella/questionnaire";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dimensions, packCells, renderLabel, unpackCells } from "./dimensions.js";
import { compileStep, HIERARCHIES, levelNames, type Step } from "./hierarchies.js";

const context = { k: 5, count: () => 5 };
const apply = (steps: readonly Step[], value: string): string[] => {
  const out = [value];
  for (const step of steps) out.push(compileStep(step)(out.at(-1) as string, context));
  return out;
};

describe("HIERARCHIES", () => {
  it("covers every quasi-identifier of the metadata, and nothing else", () => {
    const quasi = fieldsOfClass("quasi");
    const covered = dimensions().flatMap((d) => [d.path, ...d.parts.map((p) => p.path)]);
    expect(new Set(covered)).toEqual(new Set(quasi));
    for (const path of Object.keys(HIERARCHIES)) expect(FIELDS[path as FieldPath].class).toBe("quasi");
  });

  it("writes an age as 5-year bands, then 10-year bands that hold them", () => {
    const steps = HIERARCHIES["respondent.age"].steps;
    expect(apply(steps, "27")).toEqual(["27", "25-29", "25-34"]);
    expect(apply(steps, "34")).toEqual(["34", "30-34", "25-34"]);
    expect(apply(steps, "35")).toEqual(["35", "35-39", "35-44"]);
    for (let age = 10; age <= 99; age++) {
      const [, five, ten] = apply(steps, String(age)).map((band) => band.split("-").map(Number));
      expect(five?.[0]).toBeLessThanOrEqual(age);
      expect(five?.[1]).toBeGreaterThanOrEqual(age);
      expect(ten?.[0]).toBeLessThanOrEqual(five?.[0] as number);
      expect(ten?.[1]).toBeGreaterThanOrEqual(five?.[1] as number);
    }
  });

  it("writes a date as its month, quarter and year", () => {
    expect(apply(HIERARCHIES["interview.date"].steps, "2015-03-14")).toEqual(["2015-03-14", "2015-03", "2015-Q1", "2015"]);
    expect(apply(HIERARCHIES["interview.date"].steps, "2015-10-01")).toEqual(["2015-10-01", "2015-10", "2015-Q4", "2015"]);
  });

  it("puts every choice of education and of time in sex work in exactly one band", () => {
    for (const [path, list] of [
      ["respondent.education", CHOICE_LISTS.education],
      ["respondent.timeInSexWork", CHOICE_LISTS.timeInSexWork],
    ] as const) {
      const step = HIERARCHIES[path].steps[0];
      if (step?.kind !== "band") throw new Error(`${path} has no band step`);
      expect(Object.values(step.bands).flat().sort()).toEqual([...list].sort());
    }
  });

  it("calls an answer other when fewer than k records give it", () => {
    const rare = compileStep({ kind: "rareAsOther" });
    const count = (value: string): number => (value === "Dungan" ? 2 : 40);
    expect(rare("Dungan", { k: 3, count })).toBe("other");
    expect(rare("Dungan", { k: 2, count })).toBe("Dungan");
    expect(rare("Kazakh", { k: 3, count })).toBe("Kazakh");
  });

  it("names each level, ending with suppressed", () => {
    expect(levelNames(HIERARCHIES["respondent.age"])).toEqual(["value", "band5", "band10", "suppressed"]);
    expect(levelNames(HIERARCHIES["interview.interviewerId"])).toEqual(["pseudonym", "suppressed"]);
    expect(levelNames(HIERARCHIES["charges[].date"])).toEqual(["value", "month", "quarter", "year", "datesSuppressed", "suppressed"]);
  });
});

describe("labels", () => {
  it("pack and unpack any cells, whatever characters they hold", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" })), (cells) => {
        expect(unpackCells(packCells(cells))).toEqual(cells);
      }),
    );
  });

  const dim = (path: string) => dimensions().find((d) => d.path === path) ?? expect.unreachable(path);
  const declined = new Set<string>();

  it("write a set of choices in the form's order, whatever the record's order", () => {
    const venues = dim("respondent.sexWorkVenues");
    const record = (sexWorkVenues: string[]) => ({ respondent: { sexWorkVenues } }) as never;
    expect(venues.label(venues.key(record(["hotel", "street"]), declined))).toBe("=street+hotel");
    expect(venues.label(venues.key(record(["street", "hotel"]), declined))).toBe("=street+hotel");
    expect(venues.label(venues.key(record([]), declined))).toBe("=none");
  });

  it("release a residence at region level with its settlement and type suppressed, and say which part was declined", () => {
    const residence = dim("respondent.residence");
    const record = { respondent: { residence: { settlement: "Tekeli", region: "Almaty Region" } } } as never;
    const level0 = residence.label(residence.key(record, new Set(["respondent.residence.settlementType"])));
    expect(renderLabel(residence, level0)).toEqual({
      value: { settlement: "Tekeli", region: "Almaty Region" },
      declined: ["respondent.residence.settlementType"],
    });
    const level1 = residence.steps[0]?.(level0, context) as string;
    expect(renderLabel(residence, level1)).toEqual({ value: { settlement: "*", settlementType: "*", region: "Almaty Region" }, declined: [] });
    expect(renderLabel(residence, residence.steps[1]?.(level1, context) as string)).toEqual({ value: "*", declined: [] });
  });

  it("release the charges' dates one by one, then as stars, then the annex as a star", () => {
    const charges = dim("charges[].date");
    const record = { charges: [{ date: "2014-11-03" }, { date: "2015-02-28" }] } as never;
    let label = charges.label(charges.key(record, declined));
    const seen = [renderLabel(charges, label).value];
    for (const step of charges.steps) {
      label = step(label, context);
      seen.push(renderLabel(charges, label).value);
    }
    expect(seen).toEqual([
      ["2014-11-03", "2015-02-28"],
      ["2014-11", "2015-02"],
      ["2014-Q4", "2015-Q1"],
      ["2014", "2015"],
      ["*", "*"],
      "*",
    ]);
  });
});
