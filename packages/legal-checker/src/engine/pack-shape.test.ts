import { formatPath, isRedumbrellaError } from "@redumbrella/questionnaire";
import { describe, expect, it } from "vitest";
import { requireCjsBuild } from "../../../../scripts/cjs-build.js";
import { checkInput, checkRecord } from "../check.js";
import { draftComplaint } from "../complaint/draft.js";
import { describeCitation, explain } from "../explain.js";
import { AS_OF, BASE, charge, incident, record as validRecord, withCharges } from "../internal/fixtures.js";
import { chargeInstruments } from "../law/editions.js";
import { findEntry, lookupArticle } from "../law/registry.js";
import { PACK_ISSUE_MESSAGES } from "../messages.js";
import { kz } from "../packs/kz/index.js";
import { compilePack } from "./compile.js";
import type { Pack } from "./pack.js";

// The CJS build, as an ESM app that also `require`s the package has it: another module instance, another `kz` object.
const cjs = requireCjsBuild<typeof import("../index.js")>("@redumbrella/legal-checker");

// A charge under the article that made prostitution an offence: the kz pack flags it.
const record = withCharges(charge({ code: "administrative", article: "449", date: "2016-02-01" }));

/** What `call` throws, as `[path, …]` of its issues, when it is a located `INVALID_OPTION` of the legal checker. */
function notAPack(call: () => unknown): string[] {
  try {
    call();
  } catch (error) {
    expect(isRedumbrellaError(error)).toBe(true);
    expect(error).toMatchObject({ name: "LegalCheckerError", code: "INVALID_OPTION" });
    const { issues } = error as { issues: { code: string; path: (string | number)[]; message: string }[] };
    for (const issue of issues) expect(issue.code).toBe("NOT_A_PACK");
    return issues.map((issue) => formatPath(issue.path));
  }
  throw new Error("did not throw");
}

describe("a pack from another copy of the package, or written by hand", () => {
  it("is read by its shape: the CJS build's kz gives the same findings as this copy's", () => {
    expect(cjs.kz).not.toBe(kz);
    const findings = checkRecord(record, { pack: cjs.kz });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toEqual(checkRecord(record));
    expect(explain(findings[0] as never, "ru", cjs.kz)).toBe(explain(findings[0] as never, "ru"));
  });

  it("is taken when written by hand, a copy of kz with another id", () => {
    const copy: Pack = { ...structuredClone(kz), id: "kz-copy" };
    expect(checkRecord(record, { pack: copy }).map((f) => f.code)).toEqual(checkRecord(record).map((f) => f.code));
  });
});

describe("anything else given as a pack", () => {
  it("throws INVALID_OPTION at [pack] — not a TypeError — from every function taking a pack", () => {
    for (const pack of [null, "kz", 7, []]) {
      expect(notAPack(() => checkRecord(record, { pack: pack as never }))).toEqual(["pack"]);
      expect(notAPack(() => compilePack(pack as never))).toEqual(["pack"]);
      expect(notAPack(() => explain(checkRecord(record)[0] as never, "en", pack as never))).toEqual(["pack"]);
      expect(notAPack(() => findEntry(pack as never, "KZ-CAO-2014"))).toEqual(["pack"]);
    }
    expect(notAPack(() => checkInput(record, { asOf: AS_OF, pack: null as never }))).toEqual(["pack"]);
    const items = { ...BASE.consent.items, lawEnforcementComplaint: { answer: true } };
    const detained = incident({ date: "2016-02-10", perpetrators: [{ kind: "police", count: 1 }], acts: ["beating"] });
    const complainant = validRecord({ consent: { ...BASE.consent, items }, incidents: [detained] });
    const draft = () => draftComplaint(complainant, detained.id, { to: "prosecutor", asOf: "2016-03-20", pack: {} as never });
    expect(notAPack(draft)).toContain("pack.rules");
    const citation = checkRecord(record)[0]?.citations[0];
    expect(notAPack(() => describeCitation(citation as never, "en", { law: "none" } as never))).toContain("pack.law");
    expect(notAPack(() => lookupArticle({ law: [{}] } as never, "KZ-CAO-2014", "449", AS_OF))).toEqual(["pack.law[0]"]);
    expect(notAPack(() => chargeInstruments({ law: [] } as never, { code: "administrative" }, AS_OF))).toEqual(["pack.editions"]);
  });

  it("names every field the engine cannot read: {} lists them all", () => {
    expect(notAPack(() => compilePack({} as never))).toEqual([
      "pack.id",
      "pack.name",
      "pack.law",
      "pack.editions",
      "pack.noneWhenAbsent",
      "pack.unknownValues",
      "pack.rules",
    ]);
  });

  it("locates a broken rule or law entry inside an otherwise good pack", () => {
    const [first, ...rest] = kz.rules;
    const broken = {
      ...kz,
      law: [...kz.law, { instrument: "XX", versions: [] }],
      rules: [{ ...first, when: { fact: "charge.article" }, scope: "country" }, ...rest],
    };
    expect(notAPack(() => checkRecord(record, { pack: broken as never }))).toEqual([
      `pack.law[${kz.law.length}]`,
      "pack.rules[0].scope",
      "pack.rules[0].when",
    ]);
  });

  it("says what is wrong in every language", () => {
    const params = { field: "pack.rules[0].when" };
    expect(PACK_ISSUE_MESSAGES.format("NOT_A_PACK", params, "en")).toMatch(/^Not a jurisdiction pack: pack\.rules\[0\]\.when/);
    expect(PACK_ISSUE_MESSAGES.format("NOT_A_PACK", params, "ru")).toMatch(/^Это не пакет юрисдикции/);
    expect(PACK_ISSUE_MESSAGES.format("NOT_A_PACK", params, "kk")).toMatch(/^Бұл юрисдикция пакеті емес/);
  });
});
