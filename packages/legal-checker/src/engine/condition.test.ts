import { describe, expect, it } from "vitest";
import { type Condition, compileCondition, F, factsOf, type LeafCompiler, T, type Tri, U } from "./condition.js";

// A context that is just the facts' values and a day; a fact that is absent is unknown.
type Ctx = { facts: Readonly<Record<string, unknown>>; day: string };
const leaves: LeafCompiler<Ctx> = {
  fact: (path, test) => (c) => (c.facts[path] === undefined ? U : test(c.facts[path]) ? T : F),
  present: (path) => (c) => (c.facts[path] === undefined ? F : T),
  day: (test) => (c) => (test(c.day) ? T : F),
  inForce: () => () => T,
  articleInForce: (expected) => (c) => (c.facts["charge.article"] === undefined ? U : expected ? T : F),
  cites: () => (c) => (c.facts["charge.article"] === undefined ? F : T),
};
const run = (condition: Condition, facts: Record<string, unknown>, day = "2016-01-01"): Tri =>
  compileCondition(condition, leaves)({ facts, day });

const a: Condition = { fact: "charge.facts.knowingly", equals: true };
const b: Condition = { fact: "charge.facts.paymentProven", equals: true };
const values = { T: true, F: false, U: undefined } as const;
const cases = (["T", "F", "U"] as const).flatMap((x) => (["T", "F", "U"] as const).map((y) => [x, y] as const));
const tri = { T, F, U } as const;

describe("compileCondition — three-valued (Kleene) logic", () => {
  it.each(cases)("all[%s, %s] and any[%s, %s]", (x, y) => {
    const facts = { "charge.facts.knowingly": values[x], "charge.facts.paymentProven": values[y] };
    const and = x === "F" || y === "F" ? F : x === "U" || y === "U" ? U : T;
    const or = x === "T" || y === "T" ? T : x === "U" || y === "U" ? U : F;
    expect(run({ all: [a, b] }, facts)).toBe(and);
    expect(run({ any: [a, b] }, facts)).toBe(or);
    expect(run({ not: a }, facts)).toBe(tri[x] === U ? U : tri[x] === T ? F : T);
  });

  it("compares facts: equals, in, includes, includesAny, atLeast, below", () => {
    const facts = {
      "charge.offence": "brothel",
      "police.violations": ["beating", "drugsPlanted"],
      "charge.facts.paidActsProven": 2,
      "respondent.age": 17,
    };
    expect(run({ fact: "charge.offence", in: ["brothel", "pimping"] }, facts)).toBe(T);
    expect(run({ fact: "charge.offence", equals: "pimping" }, facts)).toBe(F);
    expect(run({ fact: "police.violations", includes: "drugsPlanted" }, facts)).toBe(T);
    expect(run({ fact: "police.violations", includesAny: ["gangRape", "robbery"] }, facts)).toBe(F);
    expect(run({ fact: "charge.facts.paidActsProven", atLeast: 2 }, facts)).toBe(T);
    expect(run({ fact: "respondent.age", below: 18 }, facts)).toBe(T);
    expect(run({ fact: "respondent.age", below: 18 }, {})).toBe(U);
  });

  it("compares the day judged: onOrAfter is inclusive, before exclusive", () => {
    expect(run({ onOrAfter: "2001-01-30" }, {}, "2001-01-30")).toBe(T);
    expect(run({ onOrAfter: "2001-01-30" }, {}, "2001-01-29")).toBe(F);
    expect(run({ before: "2015-01-01" }, {}, "2014-12-31")).toBe(T);
    expect(run({ before: "2015-01-01" }, {}, "2015-01-01")).toBe(F);
  });
});

describe("factsOf", () => {
  it("lists every fact a condition reads, once, in order", () => {
    const when: Condition = {
      all: [a, { any: [b, { not: a }] }, { present: "charge.article" }, { articleInForce: false }, { onOrAfter: "2001-01-30" }],
    };
    expect(factsOf(when)).toEqual([
      "charge.facts.knowingly",
      "charge.facts.paymentProven",
      "charge.article",
      "charge.code",
      "charge.codeEdition",
    ]);
  });
});
