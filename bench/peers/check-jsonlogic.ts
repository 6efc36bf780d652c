// The peer of check.bench.ts: the same pack's rules as JsonLogic (json-logic-js, the common JSON
// rules format), as a partner might otherwise write them. It only evaluates conditions, in
// two-valued logic, on the day given: no unknowns or missing facts, no periods, no citations, no
// messages. It returns the codes of the rules that hold.

import {
  type Condition,
  chargeInstruments,
  findEntry,
  type LawEntry,
  normaliseArticle,
  type Pack,
  versionOn,
} from "@redumbrella/legal-checker";
import type { Charge, Incident, InterviewRecord } from "@redumbrella/questionnaire";
import jsonLogic, { type RulesLogic } from "json-logic-js";

interface Data {
  record: InterviewRecord;
  charge: Charge | undefined;
  incident: Incident | undefined;
  day: string;
}

type Logic = RulesLogic<{ [op: string]: unknown[] }>;

/**
 * A JsonLogic translation of `pack`'s rules, and a checker that runs them. Its operations go in
 * json-logic-js's one global table: make one checker per process.
 */
export function jsonLogicChecker(pack: Pack): (record: InterviewRecord) => string[] {
  const entries: (LawEntry | undefined)[] = [];
  jsonLogic.add_operation("inForce", (index: number, day: string) => {
    const entry = entries[index];
    return entry !== undefined && versionOn(entry, day) !== undefined;
  });
  jsonLogic.add_operation("article", (cited: unknown) => (typeof cited === "string" ? (normaliseArticle(cited) ?? null) : null));
  jsonLogic.add_operation(
    "articleInForce",
    (expected: boolean, code: Charge["code"] | null, edition: Charge["codeEdition"] | null, cited: unknown, day: string) => {
      const number = typeof cited === "string" ? normaliseArticle(cited) : undefined;
      if (code === null || number === undefined) return false;
      for (const instrument of chargeInstruments(pack, { code, codeEdition: edition ?? undefined }, day)) {
        const entry = findEntry(pack, instrument, number);
        if (entry !== undefined)
          return (versionOn(entry, day) !== undefined) === expected && (expected || entry.verify?.number === undefined);
      }
      return false;
    },
  );
  const citesRefs: string[][] = [];
  jsonLogic.add_operation(
    "cites",
    (index: number, code: Charge["code"] | null, edition: Charge["codeEdition"] | null, cited: unknown, day: string) => {
      const number = typeof cited === "string" ? normaliseArticle(cited) : undefined;
      if (code === null || number === undefined) return false;
      const refs = citesRefs[index] ?? [];
      return chargeInstruments(pack, { code, codeEdition: edition ?? undefined }, day).some((instrument) =>
        refs.includes(`${instrument}/${number}`),
      );
    },
  );

  const variable = (path: string): Logic => {
    // A field of a list in the incident reads as the list of its values.
    const [list, field] = path.split("[].");
    if (field !== undefined) return { map: [{ var: list as string }, { var: field }] } as Logic;
    const at = path.startsWith("charge.") || path.startsWith("incident.") ? path : `record.${path}`;
    return path === "charge.article" ? ({ article: [{ var: at }] } as Logic) : { var: at };
  };
  const numeric = (path: string, test: Logic): Logic => ({ and: [{ "!==": [variable(path), null] }, test] });
  const translate = (c: Condition): Logic => {
    if ("all" in c) return { and: c.all.map(translate) };
    if ("any" in c) return { or: c.any.map(translate) };
    if ("not" in c) return { "!": [translate(c.not)] };
    if ("present" in c) return { "!!": [variable(c.present)] };
    if ("onOrAfter" in c) return { ">=": [{ var: "day" }, c.onOrAfter] };
    if ("before" in c) return { "<": [{ var: "day" }, c.before] };
    if ("inForce" in c) {
      entries.push(findEntry(pack, c.inForce.instrument, c.inForce.article));
      return { inForce: [entries.length - 1, { var: "day" }] } as Logic;
    }
    if ("articleInForce" in c)
      return {
        articleInForce: [
          c.articleInForce,
          { var: "charge.code" },
          { var: "charge.codeEdition" },
          { var: "charge.article" },
          { var: "day" },
        ],
      } as Logic;
    if ("cites" in c) {
      citesRefs.push(c.cites.map((r) => `${r.instrument}/${r.article ?? ""}`));
      return {
        cites: [citesRefs.length - 1, { var: "charge.code" }, { var: "charge.codeEdition" }, { var: "charge.article" }, { var: "day" }],
      } as Logic;
    }
    const fact = variable(c.fact);
    if ("equals" in c) return { "===": [fact, c.equals] };
    if ("in" in c) return { in: [fact, [...c.in]] };
    if ("includes" in c) return { in: [c.includes, fact] };
    if ("includesAny" in c) return { or: c.includesAny.map((choice) => ({ in: [choice, fact] })) };
    if ("atLeast" in c) return numeric(c.fact, { ">=": [fact, c.atLeast] });
    return numeric(c.fact, { "<": [fact, c.below] });
  };

  const chargeRules = pack.rules.filter((r) => r.scope === "charge").map((r) => ({ code: r.code, logic: translate(r.when) }));
  const incidentRules = pack.rules.filter((r) => r.scope === "incident").map((r) => ({ code: r.code, logic: translate(r.when) }));
  const recordRules = pack.rules.filter((r) => r.scope === "record").map((r) => ({ code: r.code, logic: translate(r.when) }));
  return (record) => {
    const codes: string[] = [];
    const data: Data = { record, charge: undefined, incident: undefined, day: record.interview.date };
    for (const charge of record.charges ?? []) {
      data.charge = charge;
      data.day = charge.date;
      for (const rule of chargeRules) if (jsonLogic.truthy(jsonLogic.apply(rule.logic, data))) codes.push(rule.code);
    }
    data.charge = undefined;
    for (const incident of record.incidents ?? []) {
      data.incident = incident;
      data.day = incident.date;
      for (const rule of incidentRules) if (jsonLogic.truthy(jsonLogic.apply(rule.logic, data))) codes.push(rule.code);
    }
    data.incident = undefined;
    data.day = record.interview.date;
    for (const rule of recordRules) if (jsonLogic.truthy(jsonLogic.apply(rule.logic, data))) codes.push(rule.code);
    return codes;
  };
}
