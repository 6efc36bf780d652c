// The peer of consent.bench.ts: the consent policy as JsonLogic (json-logic-js, the common JSON
// rules format), one expression per use, as a partner might otherwise write it. It only answers
// allowed or not: no reasons, no obligations, no missing items, and it trusts the record v2 as given
// (no validation, no upgrade of v1).
import { POLICY, type Policy, USES, type Use } from "@redumbrella/consent";
import type { AnyRecord } from "@redumbrella/questionnaire";
import jsonLogic, { type RulesLogic } from "json-logic-js";

type Logic = RulesLogic<{ [op: string]: unknown[] }>;

const DAY_MS = 86_400_000;

/** A JsonLogic translation of `policy` with the global denials, and a function that decides one use (its operation goes in json-logic-js's global table). */
export function jsonLogicConsent(policy: Policy = POLICY): (record: AnyRecord, use: Use, asOf: string) => boolean {
  jsonLogic.add_operation("daysSince", (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS);
  const v = (path: string): Logic => ({ var: path });
  const absent = (path: string): Logic => ({ "===": [v(path), null] });
  const item = (name: string, part: string): string => `record.consent.items.${name}.${part}`;
  // The global denials: a refusal, no consent record, not yet given, withdrawn.
  const global: Logic[] = [
    { "!==": [v("record.interview.outcome"), "refused"] },
    { "!==": [v("record.consent.recordedBy"), "none"] },
    { ">=": [v("asOf"), v("record.consent.givenOn")] },
    { or: [absent("record.consent.withdrawnOn"), { "<": [v("asOf"), v("record.consent.withdrawnOn")] }] },
  ];
  const age = v("record.respondent.age");
  const ages: Record<string, Logic> = {
    adults: { and: [{ "!==": [age, null] }, { ">=": [age, 18] }] },
    adultsOrAgeUnknown: { or: [{ "===": [age, null] }, { ">=": [age, 18] }] },
    minors: { and: [{ "!==": [age, null] }, { "<": [age, 18] }] },
  };
  const witnessed: Logic = { or: [{ "!==": [v("record.consent.recordedBy"), "oral"] }, { "!==": [v("record.consent.witnessId"), null] }] };
  const logic = new Map<Use, Logic>(
    USES.map((use) => {
      const rule = policy.uses[use];
      if (rule.kind === "noConsentItem") return [use, false as unknown as Logic];
      if (rule.kind === "duty") return [use, { and: [...global, ages[rule.respondents] as Logic] }];
      const needs: Logic[] = rule.needs.flatMap((name): Logic[] => {
        const given: Logic = { or: [v(item(name, "givenOn")), v("record.consent.givenOn")] };
        const refused = policy.contradictions[name] ?? [];
        const confirmed: Logic = {
          and: [{ "!==": [v(item(name, "givenOn")), null] }, { ">": [v(item(name, "givenOn")), v("record.consent.givenOn")] }],
        };
        return [
          { "===": [v(item(name, "answer")), true] },
          { or: [absent(item(name, "givenOn")), { ">=": [v("asOf"), v(item(name, "givenOn"))] }] },
          { or: [absent(item(name, "withdrawnOn")), { "<": [v("asOf"), v(item(name, "withdrawnOn"))] }] },
          ...(rule.maxAgeDays === undefined ? [] : [{ "<=": [{ daysSince: [given, v("asOf")] }, rule.maxAgeDays] } as Logic]),
          // A "yes" contradicting a "no" holds once confirmed (its own day after the block's), or when every refused item is "yes".
          ...(refused.length === 0
            ? []
            : [{ or: [confirmed, { and: refused.map((r): Logic => ({ "===": [v(item(r, "answer")), true] })) }] } as Logic]),
        ];
      });
      return [use, { and: [...global, ages[rule.respondents] as Logic, ...(rule.witnessForOral ? [witnessed] : []), ...needs] }];
    }),
  );
  return (record, use, asOf) => jsonLogic.truthy(jsonLogic.apply(logic.get(use) as Logic, { record, asOf }));
}
