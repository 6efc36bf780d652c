import { isRedumbrellaError } from "@redumbrella/questionnaire";
import { describe, expect, it } from "vitest";
import { checkRecord } from "../check.js";
import { charge, withCharges } from "../internal/fixtures.js";
import type { LawEntry } from "../law/registry.js";
import { kz } from "../packs/kz/index.js";
import { compilePack } from "./compile.js";
import { LegalCheckerError } from "./errors.js";
import type { Pack, Rule } from "./pack.js";

// A partner's pack for another country: new data, no new code.
const LAW: LawEntry = {
  id: "xx.code",
  instrument: "XX-CODE-2020",
  title: { en: "Code of Offences (2020)", ru: "Кодекс о правонарушениях (2020)", kk: "Құқық бұзушылық туралы кодекс (2020)" },
  basis: "general knowledge",
  source: { section: "Partner report", quote: "The Code of Offences entered into force on 1 March 2020." },
  versions: [{ inForce: { from: "2020-03-01" }, basis: "general knowledge" }],
};
const RULE: Rule = {
  id: "xx.charge.paid-to-officer",
  code: "PAID_TO_OFFICER",
  scope: "charge",
  severity: "unlawful",
  needs: ["charge.penalty.paidTo"],
  when: { fact: "charge.penalty.paidTo", equals: "officer" },
  citations: [{ instrument: "XX-CODE-2020" }],
  title: { en: "Paid to the officer", ru: "Уплачено сотруднику", kk: "Қызметкерге төленген" },
  messages: { en: "Paid to the officer.", ru: "Уплачено сотруднику.", kk: "Қызметкерге төленген." },
  explain: { en: "Fines go to the state.", ru: "Штрафы платят государству.", kk: "Айыппұл мемлекетке төленеді." },
  source: [{ section: "Partner report", quote: "Fines were paid to officers." }],
};
const partner: Pack = {
  id: "xx",
  name: { en: "Xland", ru: "Иксландия", kk: "Иксландия" },
  law: [LAW],
  editions: { administrative: [{ edition: "2014", instrument: "XX-CODE-2020" }], criminal: [] },
  noneWhenAbsent: ["charge.penalty"],
  unknownValues: {},
  rules: [RULE],
};

describe("compilePack", () => {
  it("runs another jurisdiction's pack with the same engine, on its own law's dates", () => {
    const paid = (date: string) => charge({ date, penalty: { kind: "fine", paidTo: "officer" } });
    expect(checkRecord(withCharges(paid("2021-01-01")), { pack: partner })).toMatchObject([
      { code: "PAID_TO_OFFICER", status: "flag", charge: 0, citations: [{ instrument: "XX-CODE-2020", inForce: { from: "2020-03-01" } }] },
    ]);
    // Before its code, the partner pack holds no law: undetermined, never a flag without law.
    expect(checkRecord(withCharges(paid("2019-01-01")), { pack: partner })).toMatchObject([{ status: "undetermined", missingFacts: [] }]);
  });

  it("compiles the kz pack once", () => {
    expect(compilePack(kz)).toBe(compilePack(kz));
  });

  it("reports every problem of a pack's data, located, in one LegalCheckerError", () => {
    const broken: Pack = {
      ...partner,
      rules: [
        { ...RULE, needs: ["charge.penalty.kind"] },
        { ...RULE, id: "xx.b", citations: [{ instrument: "XX-NOPE" }] },
        { ...RULE, id: "xx.b" },
        { ...RULE, id: "xx.c", scope: "record" },
        { ...RULE, id: "xx.d", needs: ["respondent.income" as never], when: { fact: "respondent.income" as never, equals: 1 } },
      ],
    };
    let error: unknown;
    try {
      compilePack(broken);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LegalCheckerError);
    expect((error as LegalCheckerError).code).toBe("INVALID_PACK");
    expect((error as LegalCheckerError).issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["NEEDS_MISMATCH", "rules.0.needs"],
      ["UNKNOWN_LAW", "rules.1.citations.0"],
      ["DUPLICATE_RULE", "rules.2"],
      ["SCOPE_MISMATCH", "rules.3.when"],
      ["UNKNOWN_FACT", "rules.4.needs.0"],
      ["UNKNOWN_FACT", "rules.4.when"],
    ]);
    expect(isRedumbrellaError(error)).toBe(true);
    expect((error as LegalCheckerError).issues[1]).toMatchObject({
      message: "XX-NOPE is not in the pack's law.",
      params: { law: "XX-NOPE" },
    });
    expect((error as LegalCheckerError).message).toBe(
      "INVALID_PACK: rules[0].needs: needs must list exactly the facts `when` reads: charge.penalty.paidTo. (and 5 more)",
    );
  });
});
