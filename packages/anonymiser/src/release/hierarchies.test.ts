import {
  CHOICE_LISTS,
  FIELDS,
  type FieldPath,
  fieldsOfClass,
  type InterviewRecord,
  policeKnownFields,
  valueAt,
} from "@redumbrella/questionnaire";
import { recordArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answerCodec,
  compileRules,
  type Dimension,
  dimensions,
  NO_CONTEXT,
  packCells,
  passesTextCheck,
  renderLabel,
  unpackCells,
} from "./dimensions.js";
import { compileStep, HIERARCHIES, isWithheld, levelNames, type Step, TEXT_CHECKS, type ValueStep } from "./hierarchies.js";

const context = { k: 5, count: () => 5 };
/** A record's level-0 label, read alone. */
const levelZero = (dim: Dimension, record: never, declined: ReadonlySet<string>): string => {
  const reader = dim.read();
  return reader.labels[reader.code(record, declined)] as string;
};
const apply = (steps: readonly Step[], value: string): string[] => {
  const out = [value];
  for (const step of steps) out.push(compileStep(step as ValueStep)(out.at(-1) as string, context));
  return out;
};

describe("HIERARCHIES", () => {
  it("covers exactly the metadata's quasi-identifiers and police-known fields, each in one dimension", () => {
    const identifying = new Set([...fieldsOfClass("quasi"), ...policeKnownFields()].filter((p) => !isWithheld(p)));
    const covered = dimensions().flatMap((d) => [...(d.shape === "group" ? [d.path] : []), ...d.groups, ...d.parts.map((p) => p.path)]);
    expect(new Set(covered)).toEqual(identifying);
    expect(covered.length).toBe(new Set(covered).size);
    expect(new Set(Object.keys(HIERARCHIES))).toEqual(new Set(dimensions().map((d) => d.path)));
  });

  it("groups the police-held facts in a few dimensions: complaints per section, detention, the charges, the incidents", () => {
    const of = (path: string) => dimensions().find((d) => d.parts.some((p) => p.path === path))?.path;
    expect(of("police.complained")).toBe("police");
    expect(of("medical.complaintAccepted")).toBe("medical");
    expect(of("police.detention.fine.amount")).toBe("police.detention");
    expect(of("charges[].article")).toBe("charges[]");
    expect(of("charges[].date")).toBe("charges[]");
    expect(of("incidents[].date")).toBe("incidents[]");
    expect(of("incidents[].place.settlement")).toBe("incidents[]");
    expect(of("incidents[].detention.hours")).toBe("incidents[]");
    expect(dimensions().length).toBe(16);
  });

  it("withholds every list inside a list item, whole: an incident's perpetrators, payments and complaints", () => {
    const nested = (Object.keys(FIELDS) as string[]).filter((p) => p.startsWith("incidents[].perpetrators"));
    expect(nested.length).toBeGreaterThan(3);
    for (const path of nested) expect(isWithheld(path), path).toBe(true);
    for (const path of ["incidents[].payments", "incidents[].payments[].amount", "incidents[].complaints[].date"]) {
      expect(isWithheld(path), path).toBe(true);
    }
    for (const path of ["incidents[].date", "incidents[].place.settlement", "incidents[].acts", "charges[].date", "police.detention"]) {
      expect(isWithheld(path), path).toBe(false);
    }
    const parts = (dimensions().find((d) => d.path === "incidents[]")?.parts ?? []).map((p) => p.path);
    expect(parts).toContain("incidents[].date");
    expect(parts.some((p) => p.includes("perpetrators") || p.includes("payments") || p.includes("complaints"))).toBe(false);
  });

  it("checks every text field a release may show, and releases an article only as its number", () => {
    const text = (Object.keys(FIELDS) as FieldPath[]).filter((p) => FIELDS[p].kind === "text" && FIELDS[p].class !== "direct");
    expect(Object.keys(TEXT_CHECKS).sort()).toEqual(text.sort());
    for (const ok of ["449", "134-1", "106.2", "4491"]) expect(passesTextCheck("articleNumber", ok), ok).toBe(true);
    for (const bad of ["449 Сеитова 87011234567", "ст. 449", "", "12345", "449-1234"])
      expect(passesTextCheck("articleNumber", bad), bad).toBe(false);
    expect(passesTextCheck("name", "Almaty Region")).toBe(true);
    expect(passesTextCheck("name", "Уйгурка")).toBe(true);
    expect(passesTextCheck("name", "Aliya Seitova")).toBe(false);
    expect(passesTextCheck("name", "Tekeli 87011234567")).toBe(false);
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
    expect(levelNames(HIERARCHIES["charges[]"])).toEqual(["summary", "count", "suppressed"]);
    expect(levelNames(HIERARCHIES["police.detention"])).toEqual(["banded", "present", "suppressed"]);
  });
});

/**
 * A record's level-0 label as its definition says, written out as a string for the one record: each
 * released part's cell (its codec's, or `!` declined, `""` absent), summarised by the base rules,
 * packed per group or item. The oracle of the readers, which intern codes instead of writing strings.
 */
function definedLabel(dim: Dimension, record: InterviewRecord, declined: ReadonlySet<string>): string {
  const released = dim.parts.filter((p) => !p.dropped);
  const codecs = released.map((p) => answerCodec(p.path));
  const base = dim.hierarchy.base === undefined ? undefined : compileRules(dim.parts, dim.hierarchy.base.fields);
  const cell = (holder: unknown, i: number): string => {
    const value = holder === undefined ? undefined : valueAt(holder, released[i]!.keys);
    if (value === undefined) return declined.has(released[i]!.path) ? "!" : "";
    return codecs[i]!.cell(codecs[i]!.key(value));
  };
  const group = (holder: unknown): string =>
    packCells(
      released.map((_, i) => {
        const rule = base?.[i];
        return rule === undefined ? cell(holder, i) : rule(cell(holder, i), NO_CONTEXT);
      }),
    );
  const holder = valueAt(record, dim.keys);
  if (dim.shape === "list") return Array.isArray(holder) ? packCells(holder.map(group)) : "";
  if (holder === undefined && dim.shape !== "parent") return declined.has(dim.path) ? "!" : "";
  return dim.shape === "leaf" ? codecs[0]!.cell(codecs[0]!.key(holder)) : group(holder);
}

describe("labels", () => {
  it("are read for many records as each record's label is defined, one code per label", () => {
    fc.assert(
      fc.property(fc.array(recordArb(), { minLength: 1, maxLength: 12 }), (records) => {
        for (const dim of dimensions()) {
          const reader = dim.read();
          const declined = records.map((r) => new Set<string>(r.declined ?? []));
          const codes = records.map((r, i) => reader.code(r, declined[i]!));
          for (const [i, r] of records.entries()) expect(reader.labels[codes[i]!]).toBe(definedLabel(dim, r, declined[i]!));
          expect(new Set(reader.labels).size).toBe(reader.labels.length);
        }
      }),
      { numRuns: 60 },
    );
  });

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
    expect(levelZero(venues, record(["hotel", "street"]), declined)).toBe("=street+hotel");
    expect(levelZero(venues, record(["street", "hotel"]), declined)).toBe("=street+hotel");
    expect(levelZero(venues, record([]), declined)).toBe("=none");
  });

  it("release a residence at region level with its settlement and type suppressed, and say which part was declined", () => {
    const residence = dim("respondent.residence");
    const record = { respondent: { residence: { settlement: "Tekeli", region: "Almaty Region" } } } as never;
    const level0 = levelZero(residence, record, new Set(["respondent.residence.settlementType"]));
    expect(renderLabel(residence, level0)).toEqual({
      value: { settlement: "Tekeli", region: "Almaty Region" },
      declined: ["respondent.residence.settlementType"],
    });
    const level1 = residence.steps[0]?.(level0, context) as string;
    expect(renderLabel(residence, level1)).toEqual({
      value: { settlement: "*", settlementType: "*", region: "Almaty Region" },
      declined: [],
    });
    expect(renderLabel(residence, residence.steps[1]?.(level1, context) as string)).toEqual({ value: "*", declined: [] });
  });

  it("release the charges as a summary with a checked article, then their number, then a star", () => {
    const charges = dim("charges[]");
    const record = {
      charges: [
        {
          date: "2014-11-03",
          code: "administrative",
          article: "449 Сеитова 87011234567",
          offence: "prostitution",
          role: "sexWorker",
          offenceText: "Сеитова",
          penalty: { kind: "fine", amount: 15000, paidTo: "officer" },
        },
        { date: "2015-02-28", code: "criminal", article: " 309 ", offence: "pimping", role: "thirdParty", place: "sauna" },
      ],
    } as never;
    let label = levelZero(charges, record, declined);
    const seen = [renderLabel(charges, label).value];
    for (const step of charges.steps) {
      label = step(label, context);
      seen.push(renderLabel(charges, label).value);
    }
    expect(seen).toEqual([
      [
        { date: "2014-11", code: "administrative", article: "*", offence: "prostitution", role: "sexWorker", penalty: { kind: "fine" } },
        { date: "2015-02", code: "criminal", article: "309", offence: "pimping", role: "thirdParty", place: "sauna" },
      ],
      [{}, {}],
      "*",
    ]);
  });

  it("release detention facts in bands, then only that there was a detention, then a star", () => {
    const detention = dim("police.detention");
    const record = {
      police: {
        detention: {
          timesDetained: 9,
          outcomes: ["fined", "paidForRelease"],
          heldIn: "policeStationCell",
          courtHearing: true,
          hoursToHearing: 50,
          otherOutcome: "Сеитова",
          fine: { amount: 11000, currency: "KZT", paidToOfficer: true },
        },
      },
    } as never;
    const level0 = levelZero(detention, record, declined);
    expect(renderLabel(detention, level0).value).toEqual({
      timesDetained: "6+",
      outcomes: "paidForRelease+fined",
      heldIn: "policeStationCell",
      courtHearing: "true",
      hoursToHearing: "48-71",
      fine: { amount: "10000-19999", currency: "KZT", paidToOfficer: "true" },
    });
    const level1 = detention.steps[0]?.(level0, context) as string;
    expect(renderLabel(detention, level1).value).toEqual({});
    expect(renderLabel(detention, detention.steps[1]?.(level1, context) as string).value).toBe("*");
    const none = levelZero(detention, { police: {} } as never, declined);
    expect(renderLabel(detention, detention.steps[0]?.(none, context) as string).value).toBeUndefined();
  });

  it("release an incident by month, place and banded detention, then by year and place kind, then their number, then a star", () => {
    const incidents = dim("incidents[]");
    const record = {
      incidents: [
        {
          id: "i1",
          date: "2015-02-28",
          place: { kind: "sauna", settlement: "Талдыкорган", district: "мкр Жетысу" },
          perpetrators: [{ kind: "police", agency: "городское УВД", badgeNumber: "0456" }],
          acts: ["extortion"],
          detention: { hours: 30, heldIn: "policeStationCell", badgeShown: false, hoursToHearing: 50 },
        },
        { id: "i2", date: "2014-11-03", perpetrators: [{ kind: "medicalStaff" }] },
      ],
    } as never;
    const level0 = levelZero(incidents, record, declined);
    expect(renderLabel(incidents, level0).value).toEqual([
      {
        date: "2015-02",
        place: { kind: "sauna", settlement: "Талдыкорган" },
        detention: { hours: "24-47", heldIn: "policeStationCell", badgeShown: "false", hoursToHearing: "48-71" },
      },
      { date: "2014-11" },
    ]);
    const level1 = incidents.steps[0]?.(level0, context) as string;
    expect(renderLabel(incidents, level1).value).toEqual([
      {
        date: "2015",
        place: { kind: "sauna" },
        detention: { heldIn: "policeStationCell" },
      },
      { date: "2014" },
    ]);
    const level2 = incidents.steps[1]?.(level1, context) as string;
    expect(renderLabel(incidents, level2).value).toEqual([{}, {}]);
    expect(renderLabel(incidents, incidents.steps[2]?.(level2, context) as string).value).toBe("*");
  });
});
