// The peer of consent.bench.ts: the consent policy as JsonLogic (json-logic-js, the common JSON
// rules format), one expression per use, as a partner might otherwise write it. It only answers
// allowed or not: no reasons, no obligations, no missing items, and it trusts the record as given
// (no validation).
import { POLICY, type Policy, type Use, USES } from "@redumbrella/consent";
import type { InterviewRecord } from "@redumbrella/questionnaire";
import jsonLogic, { type RulesLogic } from "json-logic-js";

type Logic = RulesLogic<{ [op: string]: unknown[] }>;

const DAY_MS = 86_400_000;

/** A JsonLogic translation of `policy` with the global denials, and a function that decides one use (its operation goes in json-logic-js's global table). */
export function jsonLogicConsent(policy: Policy = POLICY): (record: InterviewRecord, use: Use, asOf: string) => boolean {
  jsonLogic.add_operation("daysSince", (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS);
  const v = (path: string): Logic => ({ var: path });
  // The global denials: no consent record, not yet given, withdrawn, a minor, age unknown.
  const global: Logic[] = [
    { "!==": [v("record.consent.recordedBy"), "none"] },
    { ">=": [v("asOf"), v("record.consent.givenOn")] },
    { or: [{ "===": [v("record.consent.withdrawnOn"), null] }, { "<": [v("asOf"), v("record.consent.withdrawnOn")] }] },
    { "!==": [v("record.respondent.age"), null] },
    { ">=": [v("record.respondent.age"), 18] },
  ];
  const logic = new Map<Use, Logic>(
    USES.map((use) => {
      const rule = policy.uses[use];
      if (rule.kind === "noConsentItem") return [use, false as unknown as Logic];
      const needs: Logic[] = rule.needs.map((item) => ({ "===": [v(`record.consent.${item}`), true] }));
      const fresh: Logic[] = rule.maxAgeDays === undefined ? [] : [{ "<=": [{ daysSince: [v("record.consent.givenOn"), v("asOf")] }, rule.maxAgeDays] } as Logic];
      return [use, { and: [...global, ...needs, ...fresh] }];
    }),
  );
  return (record, use, asOf) => jsonLogic.truthy(jsonLogic.apply(logic.get(use) as Logic, { record, asOf }));
}
