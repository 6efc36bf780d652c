import { readFileSync } from "node:fs";
import { type InterviewRecord, isRedumbrellaError, RedumbrellaError, upgradeRecord } from "@redumbrella/questionnaire";
import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise.js";
import { AnonymiseError } from "./errors.js";
import type { ReleaseLedger } from "./ledger.js";
import { RELEASE_MESSAGES } from "./messages.js";
import { ReleasedRecordSchema } from "./released-record.js";
import { formatReleaseReport } from "./report.js";

const ON = "2026-11-28";
const KEY = Uint8Array.from({ length: 32 }, (_, i) => (i * 37) % 256);
/** A valid record with charges, consent to an anonymised dataset, and free text. */
const EXAMPLE = JSON.parse(readFileSync(new URL("../../../../examples/valid/05-charges.json", import.meta.url), "utf8")) as InterviewRecord;
const idOf = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** `count` records like the example, each with its own id, name and code, changed by `change(i)`. */
function records(count: number, change: (i: number) => object = () => ({})): InterviewRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const extra = change(i) as Partial<InterviewRecord>;
    return {
      ...EXAMPLE,
      id: idOf(i),
      ...extra,
      respondent: {
        ...EXAMPLE.respondent,
        fullName: `Айгерим Ахметова ${"I".repeat(i + 1)}`,
        code: `TK-${String(i).padStart(3, "0")}`,
        ...extra.respondent,
      },
    };
  });
}

/** `count` records like the example, the first `empty` with `charges: []`, the others with no `charges`. */
const withEmptyAnnex = (count: number, empty: number): InterviewRecord[] =>
  records(count).map(({ charges: _, ...rest }, i) => (i < empty ? { ...rest, charges: [] } : rest));

// A new ledger each time: pseudonyms keyed only by the key, as a series of releases has them.
const release = (input: readonly unknown[], options: object = {}) =>
  anonymise(input, { asOf: ON, validatedOn: ON, key: KEY, ledger: "new", ...options });

async function rejection(promise: Promise<unknown>): Promise<AnonymiseError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AnonymiseError)) throw new Error("expected an AnonymiseError");
  return error;
}

describe("anonymise: arguments", () => {
  it("rejects a key shorter than 96 bits, and takes one of 12 bytes", async () => {
    const error = await rejection(release(records(5), { key: new Uint8Array(11) }));
    expect(error.issues).toEqual([
      {
        code: "KEY_TOO_SHORT",
        path: ["key"],
        params: { bytes: 11, minimum: 12 },
        message: "The key has 11 bytes; at least 12 (96 bits) are needed.",
      },
    ]);
    await expect(release(records(5), { key: new Uint8Array(12) })).resolves.toBeDefined();
  });

  it("lists every bad argument at once, and never echoes the key", async () => {
    const error = await rejection(
      anonymise("records" as never, {
        asOf: "2026-02-30",
        key: "a password" as never,
        k: 1,
        maxSuppression: 1.5,
        keepText: "yes" as never,
        lDiversity: { l: 1, fields: ["respondent.livingWithHiv", "respondent.age" as never] },
      }),
    );
    expect(error.code).toBe("INVALID_OPTIONS");
    expect(error.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["NOT_AN_ARRAY", ""],
      ["KEY_NOT_BYTES", "key"],
      ["INVALID_DATE", "asOf"],
      ["INVALID_K", "k"],
      ["INVALID_MAX_SUPPRESSION", "maxSuppression"],
      ["INVALID_KEEP_TEXT", "keepText"],
      ["INVALID_L", "lDiversity.l"],
      ["NOT_SENSITIVE", "lDiversity.fields.1"],
    ]);
    expect(error.message).not.toContain("a password");
  });
});

describe("anonymise: consent", () => {
  it("releases only records whose consent allows an anonymised dataset, and counts the others by reason", async () => {
    const consented = records(5);
    const withdrawn = { ...EXAMPLE, id: idOf(90), consent: { ...EXAMPLE.consent, withdrawnOn: "2016-01-01" } };
    const noStatistics = { ...EXAMPLE, id: idOf(91), consent: { ...EXAMPLE.consent, statistics: false } };
    const minor = { ...EXAMPLE, id: idOf(92), respondent: { ...EXAMPLE.respondent, age: 16 } };
    const { records: out, report } = await release([...consented, withdrawn, noStatistics, minor, { schemaVersion: 1 }, "not a record"]);
    expect(out).toHaveLength(5);
    expect(report.records).toEqual({ input: 10, consented: 5, released: 5, suppressed: 0 });
    expect(report.excluded).toEqual({ total: 5, byReason: { INVALID_RECORD: 2, WITHDRAWN: 1, MINOR: 1, CONSENT_NOT_GIVEN: 1 } });
  });

  it("releases nothing, and says so, when fewer than k records consent", async () => {
    const { records: out, report } = await release(records(4));
    expect(out).toEqual([]);
    expect(report).toMatchObject({
      kReached: false,
      records: { consented: 4, released: 0, suppressed: 4 },
      classes: 0,
      informationLoss: 1,
    });
    expect(formatReleaseReport(report, "en")).toContain("k-anonymity not reached");
  });
});

describe("anonymise: what is released", () => {
  it("drops direct identifiers and free text, and pseudonymises the id and the interviewer", async () => {
    const { records: out, report } = await release(records(6));
    expect(report.kReached).toBe(true);
    const text = JSON.stringify(out);
    for (const gone of ["Айгерим", "TK-00", idOf(0), "D2", "consent", "fullName", "whyNotComplained", "offenceText", "expectedPenalty"]) {
      expect(text).not.toContain(gone);
    }
    for (const record of out) {
      expect(record.pid).toMatch(/^[0-9a-f]{32}$/);
      const parsed = ReleasedRecordSchema.safeParse(record);
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")} ${i.code}`)).toEqual([]);
    }
    expect(new Set(out.map((r) => r.pid)).size).toBe(6);
    // Six records alike but for their ids: nothing needs generalising.
    expect(Object.values(report.levels).every((l) => l.level === 0)).toBe(true);
    expect(out[0]?.interview.interviewerId).toMatch(/^[0-9a-f]{32}$/);
    expect(out[0]?.respondent).toMatchObject({
      age: "31",
      sexWorkVenues: "sauna+apartment",
      residence: { settlement: "Taldykorgan", settlementType: "city", region: "Almaty Region" },
    });
    // The annex as a summary (dates by month), the detention facts in bands, every one a string.
    expect(out[0]?.charges).toMatchObject([{ date: "2015-02", offence: "prostitution" }, { date: "2015-06" }, { date: "2015-09" }]);
    expect(out[0]?.police?.detention).toMatchObject({
      fine: { amount: "10000-19999", currency: "KZT", paidOfficially: "true", paidToOfficer: "false" },
    });
  });

  it("generalises only as far as k needs: ages to a 5-year band, interview dates to the month", async () => {
    const input = records(10, (i) => ({
      interview: { ...EXAMPLE.interview, date: `2015-10-${String(10 + i).padStart(2, "0")}` },
      consent: { ...EXAMPLE.consent, givenOn: "2015-10-20" },
      respondent: { age: 25 + (i % 5) },
    }));
    const { records: out, report } = await release(input, { k: 5, maxSuppression: 0 });
    expect(report.levels["respondent.age"]).toEqual({ level: 1, height: 3, name: "band5" });
    expect(report.levels["interview.date"]).toEqual({ level: 1, height: 4, name: "month" });
    expect(out.map((r) => [r.respondent.age, r.interview.date])).toEqual(Array(10).fill(["25-29", "2015-10"]));
    expect(report).toMatchObject({ classes: 1, smallestClass: 10, risk: { max: 0.1, average: 0.1 } });
  });

  it("suppresses the records of a group smaller than k when that loses less than generalising", async () => {
    const input = [...records(20), ...records(1, () => ({ id: idOf(50), respondent: { age: 67 } }))];
    const { records: out, report } = await release(input, { k: 5, maxSuppression: 0.05 });
    expect(report.records).toMatchObject({ consented: 21, released: 20, suppressed: 1 });
    expect(out.every((r) => r.respondent.age === "31")).toBe(true);
  });

  it("counts records with an empty legal annex (`charges: []`) apart from records without one, as the release shows them", async () => {
    // Found by a larger property run: the release keeps `"charges": []`, so a reader can tell these groups apart.
    const input = withEmptyAnnex(10, 5);
    const { records: out, report } = await release(input, { k: 5, maxSuppression: 0 });
    expect(out.filter((r) => Array.isArray(r.charges) && r.charges.length === 0)).toHaveLength(5);
    expect(out.filter((r) => !("charges" in r))).toHaveLength(5);
    expect(report).toMatchObject({ classes: 2, smallestClass: 5, risk: { max: 0.2 } });
  });

  it("writes a suppressed legal annex as `*` in every record, also where there was none, so no record stands out", async () => {
    // Four with `charges: []` and two without: k = 3 with no record suppressed needs the annex suppressed.
    const input = withEmptyAnnex(6, 4);
    const { records: out, report } = await release(input, { k: 3, maxSuppression: 0 });
    expect(report.levels["charges[]"]?.name).toBe("suppressed");
    expect(out.map((r) => r.charges)).toEqual(Array(6).fill("*"));
    expect(report).toMatchObject({ classes: 1, smallestClass: 6 });
  });

  it("keeps free text only when asked, scrubbed of the respondent's name", async () => {
    const said = { police: { ...EXAMPLE.police, whyNotComplained: "Айгерим Ахметова боится: участковый Ерлан Садыков угрожал ей" } };
    const input = records(5, () => said).map((r) => ({ ...r, respondent: { ...r.respondent, fullName: "Айгерим Ахметова" } }));
    const dropped = await release(input);
    expect(dropped.records[0]?.police?.whyNotComplained).toBeUndefined();
    const kept = await release(input, { keepText: true });
    const text = kept.records[0]?.police?.whyNotComplained ?? "";
    expect(text).not.toContain("Айгерим");
    expect(text).not.toContain("Ахметова");
    expect(text).toContain("[NAME]");
    expect(kept.report.keepText).toBe(true);
  });

  it("withholds a kept text in which an identifier of its own record survives scrubbing", async () => {
    // The interviewer's code is no personal data to the scrubber, but it is an identifier of the record.
    const input = records(5).map((r) => ({
      ...r,
      police: { ...EXAMPLE.police, whyNotComplained: `Записала ${EXAMPLE.interview.interviewerId}: боится` },
    }));
    const { records: out, report } = await release(input, { keepText: true });
    expect(out.every((r) => r.police?.whyNotComplained === undefined)).toBe(true);
    expect(report.textsWithheld).toBe(5);
    expect(formatReleaseReport(report, "en")).toContain("5 texts withheld");
  });

  it("is the same release, byte for byte, for the same records and key, in the order of the pseudonyms", async () => {
    const input = records(8);
    const first = await release(input);
    const again = await release([...input].reverse());
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    const pids = first.records.map((r) => r.pid);
    expect(pids).toEqual([...pids].sort());
    const other = await release(input, { key: KEY.map((b) => 255 - b) });
    expect(other.records.map((r) => r.pid).some((p) => pids.includes(p))).toBe(false);
    expect(other.records[0]?.interview.interviewerId).not.toBe(first.records[0]?.interview.interviewerId);
  });
});

describe("anonymise: the police's own records", () => {
  it("never releases a charge's article but as a checked article number, with or without keepText", async () => {
    const charges = [
      { ...EXAMPLE.charges?.[0], article: "449 Сеитова 87011234567" },
      { ...EXAMPLE.charges?.[1], article: " 449 " },
    ];
    const input = records(6, () => ({ charges }));
    for (const keepText of [false, true]) {
      const { records: out, report } = await release(input, { keepText });
      expect(report.levels["charges[]"]?.name).toBe("summary");
      const text = JSON.stringify(out);
      for (const gone of ["Сеитова", "87011234567"]) expect(text).not.toContain(gone);
      expect(out[0]?.charges).toMatchObject([{ article: "*" }, { article: "449" }]);
    }
  });

  it("releases incidents by their police-held facts generalised, never their perpetrators, payments or complaints", async () => {
    const incident = (id: string) => ({
      id,
      date: "2015-02-28",
      place: { kind: "sauna", settlement: "Талдыкорган", district: "мкр Жетысу" },
      perpetrators: [{ kind: "police", agency: "городское УВД", rank: "капитан", badgeNumber: "0456", name: "Сеитов" }],
      acts: ["extortion", "beating"],
      detention: { hours: 30, heldIn: "policeStationCell" },
      payments: [{ to: "officer", purpose: "release", amount: 15000, currency: "KZT" }],
      complaints: [{ to: "prosecutor", date: "2015-03-02", accepted: false }],
    });
    // Record v2 (v1 has no incidents): the example upgraded, six alike.
    const v2 = (change: object) => records(6).map((r) => ({ ...upgradeRecord(r as never), ...change }));
    const { records: out, report } = await release(v2({ incidents: [incident("i1")] }));
    expect(report.records, JSON.stringify(report.excluded)).toMatchObject({ consented: 6, released: 6 });
    expect(report.levels["incidents[]"]?.name).toBe("summary");
    expect(out[0]?.incidents).toEqual([
      {
        id: "i1",
        date: "2015-02",
        place: { kind: "sauna", settlement: "Талдыкорган" },
        acts: ["extortion", "beating"],
        detention: { hours: "24-47", heldIn: "policeStationCell" },
      },
    ]);
    const text = JSON.stringify(out);
    for (const gone of ["УВД", "капитан", "0456", "Сеитов", "15000", "prosecutor", "2015-03-02", "Жетысу", "perpetrators", "payments"]) {
      expect(text).not.toContain(gone);
    }
    // An id that says more than a number: `*`, and so is the charge's link to it.
    const named = await release(v2({ incidents: [incident("Aigerim15")] }));
    expect(JSON.stringify(named.records)).not.toContain("Aigerim");
    expect(named.records[0]?.incidents).toMatchObject([{ id: "*" }]);
  });

  it("never releases the free text the police hold, even with keepText", async () => {
    const police = {
      ...EXAMPLE.police,
      complained: true,
      complaintTo: "в прокуратуру Текели",
      detention: { timesDetained: 2, otherOutcome: "штраф участковому" },
    };
    const { records: out } = await release(
      records(6, () => ({ police })),
      { keepText: true },
    );
    const text = JSON.stringify(out);
    for (const gone of ["прокуратуру", "участковому", "complaintTo", "otherOutcome"]) expect(text).not.toContain(gone);
  });

  it("groups records by what the police hold: a record unique on its detention facts is generalised or suppressed", async () => {
    const input = records(10, (i) => ({
      police: { ...EXAMPLE.police, detention: { timesDetained: i === 0 ? 9 : 1, heldIn: "policeStationCell" } },
    }));
    const { records: out, report } = await release(input, { k: 5, maxSuppression: 0 });
    expect(report.levels["police.detention"]?.name).not.toBe("banded");
    expect(new Set(out.map((r) => JSON.stringify(r.police?.detention))).size).toBe(1);
  });
});

describe("anonymise: sensitive answers", () => {
  const hiv = (i: number) => ({ respondent: { ...EXAMPLE.respondent, livingWithHiv: i < 6 } });

  it("releases no group whose answers to a sensitive question are all yes, by default", async () => {
    const { records: out, report } = await release(records(6, hiv));
    expect(out).toEqual([]);
    expect(report.kReached).toBe(false);
    const mixed = await release(records(8, hiv));
    expect(mixed.records).toHaveLength(8);
    expect(mixed.report.diversity.find((d) => d.field === "respondent.livingWithHiv")).toEqual({
      field: "respondent.livingWithHiv",
      l: 2,
      uniformlyTrue: false,
    });
  });

  it("releases a uniform group only when the check is turned off, and says so", async () => {
    const { records: out, report } = await release(records(6, hiv), { lDiversity: false });
    expect(out).toHaveLength(6);
    expect(report.notAllTrue).toBe(false);
    expect(report.diversity).toEqual([]);
  });
});

describe("anonymise: withdrawal", () => {
  const withdrawn = (on: string) => ({ ...EXAMPLE, id: idOf(90), consent: { ...EXAMPLE.consent, withdrawnOn: on } });

  it("refuses a day before a withdrawal known today took effect: a past day never revives it", async () => {
    const error = await rejection(release([...records(6), withdrawn("2016-01-10")], { asOf: "2015-12-01" }));
    expect(error.code).toBe("AS_OF_BEFORE_WITHDRAWAL");
    expect(error.issues).toMatchObject([
      { code: "AS_OF_BEFORE_WITHDRAWAL", path: ["asOf"], params: { asOf: "2015-12-01", count: 1, latest: "2016-01-10" } },
    ]);
    for (const locale of ["ru", "kk"] as const)
      expect(RELEASE_MESSAGES.format("issue.AS_OF_BEFORE_WITHDRAWAL", error.issues[0]?.params, locale)).toContain("2016-01-10");
  });

  it("releases as of the withdrawal's day or later, without the withdrawn record", async () => {
    const { report } = await release([...records(6), withdrawn("2016-01-10")], { asOf: "2016-01-10" });
    expect(report.excluded.byReason.WITHDRAWN).toBe(1);
    expect(report.records.released).toBe(6);
  });
});

describe("anonymise: ledger", () => {
  it("without a ledger, gives pseudonyms of this release only, and warns", async () => {
    const input = records(6);
    const first = await anonymise(input, { asOf: ON, validatedOn: ON, key: KEY });
    const second = await anonymise(input, { asOf: ON, validatedOn: ON, key: KEY });
    const pids = new Set(first.records.map((r) => r.pid));
    expect(second.records.some((r) => pids.has(r.pid))).toBe(false);
    expect(first.records[0]?.interview.interviewerId).not.toBe(second.records[0]?.interview.interviewerId);
    expect(first.report).toMatchObject({ pseudonyms: "perRelease", warnings: ["UNLINKED_RELEASE"] });
    expect(first.ledger).toBeUndefined();
    expect(formatReleaseReport(first.report, "en")).toContain("Never combine releases of overlapping data");
  });

  it("records each release's levels (never data), keeps pseudonyms, and never goes finer than before", async () => {
    const first = await release(records(6));
    const ledger = JSON.parse(JSON.stringify(first.ledger)) as ReleaseLedger;
    expect(ledger).toMatchObject({
      schemaVersion: 1,
      keyFingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      releases: [{ asOf: ON, k: 5 }],
    });
    expect(JSON.stringify(ledger)).not.toMatch(/Taldykorgan|Айгерим|2015-|TK-/u);
    const coarse = { ...ledger, levels: { ...ledger.levels, "respondent.age": 2 } };
    const second = await release(records(8), { ledger: coarse });
    expect(second.report.levels["respondent.age"]?.level).toBeGreaterThanOrEqual(2);
    expect(second.records[0]?.respondent.age).toBe("25-34");
    const pids = new Set(first.records.map((r) => r.pid));
    expect(second.records.filter((r) => pids.has(r.pid))).toHaveLength(6);
    expect(second.ledger?.releases).toHaveLength(2);
    expect(second.report.pseudonyms).toBe("stable");
  });

  it("refuses a ledger kept under another key, and a ledger that is not one, at the place that is wrong", async () => {
    const { ledger } = await release(records(6));
    const other = await rejection(release(records(6), { ledger, key: KEY.map((b) => 255 - b) }));
    expect(other.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["LEDGER_OTHER_KEY", "ledger.keyFingerprint"]]);
    const bad = await rejection(release(records(6), { ledger: { ...ledger, levels: { "respondent.age": 9, nope: 1 }, releases: "x" } }));
    expect(bad.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["INVALID_LEDGER", "ledger.levels.respondent.age"],
      ["INVALID_LEDGER", "ledger.levels.nope"],
      ["INVALID_LEDGER", "ledger.releases"],
    ]);
  });
});

describe("formatReleaseReport", () => {
  it("writes the report's figures in English and in Russian", async () => {
    const { report } = await release(records(6));
    const en = formatReleaseReport(report, "en");
    const ru = formatReleaseReport(report, "ru");
    expect(en).toContain("Records: 6 read, 6 consented to an anonymised dataset, 6 released, 0 suppressed.");
    expect(en).toContain("  Age (respondent.age): as answered, level 0 of 3");
    expect(ru).toContain("Записи: прочитано 6, с согласием на обезличенную выборку 6, выдано 6, скрыто 0.");
    expect(ru).toContain("  Возраст (respondent.age): как ответили, уровень 0 из 3");
    expect(en).toContain("at most 16.7%");
  });

  it("writes the report in Kazakh, numbers as Kazakh readers write them", async () => {
    const { report } = await release([...records(6), { schemaVersion: 1 }]);
    const kk = formatReleaseReport(report, "kk");
    expect(kk).toContain("Жазбалар: 7 оқылды, оның 6 жазбасында иесіздендірілген деректер жиынтығына келісім бар, 6 берілді, 0 жасырылды.");
    expect(kk).toContain("Келісімге байланысты алынып тасталды: 1 (INVALID_RECORD — жазбалар саны: 1).");
    expect(kk).toContain("Қайта сәйкестендіру қаупі («прокурор» моделі): ең көбі 16,7%");
    expect(kk).toContain("  Жасы (respondent.age): жауап берілгендей, деңгейі 0, ең жоғарғысы 3");
    expect(formatReleaseReport(report, "ru")).toContain("не более 16,7\u00a0%");
  });
});

describe("AnonymiseError", () => {
  it("is a RedumbrellaError with the code, every issue and the cause", async () => {
    const cause = new Error("no subtle");
    const error = new AnonymiseError("CRYPTO_UNAVAILABLE", [{ code: "CRYPTO_UNAVAILABLE", path: ["key"] }], { cause });
    expect(isRedumbrellaError(error)).toBe(true);
    expect(error).toBeInstanceOf(RedumbrellaError);
    expect(error).toMatchObject({ name: "AnonymiseError", code: "CRYPTO_UNAVAILABLE", cause });
    expect(error.message).toBe("WebCrypto (globalThis.crypto.subtle) is not available: pseudonyms cannot be computed here.");
    expect(isRedumbrellaError(await rejection(release(records(5), { k: 1 })))).toBe(true);
  });
});
