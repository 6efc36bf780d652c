import { createHmac } from "node:crypto";
import { decide } from "@redumbrella/consent";
import { addDays, FIELDS, type FieldPath, fieldsOfClass, type InterviewRecord, LOCALES, safeParseRecord } from "@redumbrella/questionnaire";
import { fullNameArb, recordArb, respondentCodeArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise.js";
import { AnonymiseError } from "./errors.js";
import { HIERARCHIES, isWithheld } from "./hierarchies.js";
import type { ReleaseLedger } from "./ledger.js";
import { type ReleasedRecord, ReleasedRecordSchema } from "./released-record.js";
import { formatReleaseReport } from "./report.js";
import { groupsOf, IDENTIFYING, uniformlyTrue, valuesAt } from "./test-helpers.js";

const ON = "2026-11-28";
const KEY = Uint8Array.from({ length: 16 }, (_, i) => i + 1);
const OTHER_KEY = Uint8Array.from({ length: 16 }, (_, i) => 200 - i);
const QUASI = fieldsOfClass("quasi");
const SENSITIVE = fieldsOfClass("sensitive");
const FREE_TEXT = fieldsOfClass("freeText");

/** The pseudonym a record id gets under KEY, computed by node:crypto: how a test finds a released record's source. */
const pidOf = (id: string, key: Uint8Array = KEY): string =>
  createHmac("sha256", key).update(`pid:${id.toLowerCase()}`).digest("hex").slice(0, 32);

// Records whose consent allows an anonymised dataset on ON: adult, both items yes, recorded, not withdrawn.
function consenting(record: InterviewRecord, age: number): InterviewRecord {
  const { withdrawnOn: _, ...consent } = record.consent;
  const declined = record.declined?.filter((p) => p !== "respondent.age");
  const { declined: __, ...rest } = record;
  return {
    ...rest,
    ...(declined !== undefined && declined.length > 0 ? { declined } : {}),
    consent: {
      ...consent,
      recordedBy: "signature",
      items: { ...consent.items, statistics: { answer: true }, useWithoutName: { answer: true } },
    },
    respondent: { ...record.respondent, age },
  };
}

/**
 * Releases to test: a few consenting templates copied into many records (each with its own id,
 * name, code and an age near the template's, so that groups of k exist), plus random records of
 * any consent, in a shuffled order.
 */
const inputArb = fc
  .record({
    templates: fc.array(fc.tuple(recordArb(), fc.integer({ min: 18, max: 60 })), { minLength: 1, maxLength: 3 }),
    copies: fc.array(
      fc.record({
        template: fc.nat(),
        shift: fc.integer({ min: 0, max: 4 }),
        name: fullNameArb(),
        code: respondentCodeArb,
        // Each copy's own answers to the sensitive questions (yes, no, or none), so groups can be ℓ-diverse.
        answers: fc.array(fc.constantFrom(true, false, undefined), { minLength: SENSITIVE.length, maxLength: SENSITIVE.length }),
        // The template's legal annex, an empty one, or none: records alike but for the annex's presence.
        annex: fc.constantFrom("template", "empty", "none"),
      }),
      {
        minLength: 3,
        maxLength: 30,
        size: "medium",
      },
    ),
    others: fc.array(recordArb(), { maxLength: 8 }),
    ids: fc.uniqueArray(fc.uuid({ version: 4 }), { minLength: 40, maxLength: 40 }),
  })
  .map(({ templates, copies, others, ids }) => {
    const made = copies.map((c, i) => {
      const [template, age] = templates[c.template % templates.length] as [InterviewRecord, number];
      const record = consenting(template, age + c.shift);
      const respondent: Record<string, unknown> = { ...record.respondent, fullName: c.name, code: c.code };
      SENSITIVE.forEach((path, f) => {
        const key = path.slice("respondent.".length);
        if (c.answers[f] === undefined || record.declined?.includes(path)) delete respondent[key];
        else respondent[key] = c.answers[f];
      });
      const { charges, ...rest } = record;
      const annex = c.annex === "template" ? charges : c.annex === "empty" ? [] : undefined;
      return {
        ...rest,
        ...(annex === undefined ? {} : { charges: annex }),
        id: ids[i] as string,
        respondent: respondent as InterviewRecord["respondent"],
      };
    });
    return [...made, ...others.map((r, i) => ({ ...r, id: ids[30 + i] as string }))];
  })
  .chain((records) => fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }));

const optionsArb = fc.record({
  k: fc.integer({ min: 2, max: 5 }),
  maxSuppression: fc.constantFrom(0, 0.05, 0.2),
  diversity: fc.option(fc.subarray(SENSITIVE, { minLength: 1 }), { nil: undefined }),
});

/** Each run is a whole release (a search of a lattice of millions of nodes): a property gets more time than an example. */
const TIMEOUT = 30_000 * Math.max(1, Number(process.env.FC_NUM_RUNS ?? 100) / 100);

/** A share of the configured number of runs (FC_NUM_RUNS still scales it): each run is a whole release. */
const runs = (share: number): { numRuns: number } => ({
  numRuns: Math.max(10, Math.round((fc.readConfigureGlobal().numRuns ?? 100) * share)),
});

const release = (
  records: readonly unknown[],
  options: { k: number; maxSuppression: number; diversity?: FieldPath[] | undefined },
  more: object = {},
) =>
  anonymise(records, {
    asOf: ON,
    validatedOn: ON,
    key: KEY,
    ledger: "new",
    k: options.k,
    maxSuppression: options.maxSuppression,
    ...(options.diversity === undefined ? {} : { lDiversity: { l: 2, fields: options.diversity } }),
    ...more,
  });

describe("anonymise (properties)", () => {
  it(
    "releases groups of at least k records alike in every quasi-identifier and police-held fact, none all yes on a sensitive field, within the suppression limit",
    async () => {
      await fc.assert(
        fc.asyncProperty(inputArb, optionsArb, async (records, options) => {
          const { records: out, report } = await release(records, options);
          const groups = new Map(groupsOf(out).map((g, i) => [i, g]));
          for (const group of groups.values()) {
            expect(group.length).toBeGreaterThanOrEqual(options.k);
            for (const field of SENSITIVE) expect(uniformlyTrue(group, field), field).toBe(false);
            // Distinct ℓ-diversity: at least 2 different answers to each chosen field in each group.
            for (const field of options.diversity ?? []) {
              expect(new Set(group.flatMap((r) => valuesAt(r, field)).filter((v) => v !== undefined)).size).toBeGreaterThanOrEqual(2);
            }
          }
          const { consented, released, suppressed } = report.records;
          expect(released).toBe(out.length);
          if (report.kReached) {
            expect(suppressed).toBeLessThanOrEqual(options.maxSuppression * consented);
            expect(consented).toBe(released + suppressed);
            expect({ classes: report.classes, smallest: report.smallestClass }).toEqual({
              classes: groups.size,
              smallest: Math.min(...[...groups.values()].map((g) => g.length)),
            });
            expect(report.risk.max).toBe(1 / report.smallestClass);
          } else {
            expect(out).toEqual([]);
          }
          for (const r of out) expect(ReleasedRecordSchema.safeParse(r).success).toBe(true);
        }),
        runs(0.2),
      );
    },
    TIMEOUT,
  );

  it(
    "releases nothing but records whose consent allows an anonymised dataset, each at most once",
    async () => {
      await fc.assert(
        fc.asyncProperty(inputArb, optionsArb, async (records, options) => {
          const { records: out, report } = await release(records, options);
          const byPid = new Map(records.map((r) => [pidOf(r.id), r]));
          const allowed = records.filter((r) => decide(r, "anonymisedDataset", { asOf: ON, validatedOn: ON }).allowed);
          expect(report.records.consented).toBe(allowed.length);
          expect(report.excluded.total).toBe(records.length - allowed.length);
          expect(new Set(out.map((r) => r.pid)).size).toBe(out.length);
          for (const r of out) {
            const source = byPid.get(r.pid);
            expect(source).toBeDefined();
            expect(decide(source, "anonymisedDataset", { asOf: ON, validatedOn: ON }).allowed).toBe(true);
          }
        }),
        runs(0.2),
      );
    },
    TIMEOUT,
  );

  it(
    "releases each quasi-identifier as given or as one of its generalisations, and every other field as given",
    async () => {
      await fc.assert(
        fc.asyncProperty(inputArb, optionsArb, async (records, options) => {
          const { records: out } = await release(records, options);
          const byPid = new Map(records.map((r) => [pidOf(r.id), r]));
          for (const r of out) {
            const source = byPid.get(r.pid) as InterviewRecord;
            for (const path of QUASI) {
              if (FIELDS[path].kind === "group" || isWithheld(path) || suppressedAbove(r, path)) continue;
              // One value per field (undefined when absent), or one per item of a list.
              const list = path.includes("[]");
              const given = list ? valuesAt(source, path) : [valuesAt(source, path)[0]];
              const shown = list ? valuesAt(r, path) : [valuesAt(r, path)[0]];
              if (shown.length === 1 && shown[0] === "*") continue;
              expect(shown.length, path).toBe(given.length);
              // An item of a list may show only that it is there (its fields generalised away).
              shown.forEach((value, i) => {
                if (list && value === undefined) return;
                expect(generalises(path, value, given[i]), `${path}: ${String(value)} for ${JSON.stringify(given[i])}`).toBe(true);
              });
            }
            // Fields neither identifying, nor held by the police, nor free text are released as recorded.
            for (const path of Object.keys(FIELDS) as FieldPath[]) {
              const spec = FIELDS[path];
              // Withheld whole, whatever its class: none of it is in a release.
              if (isWithheld(path)) {
                expect(
                  valuesAt(r, path).filter((v) => v !== undefined),
                  path,
                ).toEqual([]);
                continue;
              }
              if ((spec.class !== "none" && spec.class !== "sensitive") || IDENTIFYING.includes(path)) continue;
              if (spec.kind === "group" || spec.kind === "paths" || path.startsWith("charges[]")) continue;
              // An incident's own answers beside its police-held facts: as recorded, item by item, unless the list is `*`.
              if (path === "incidents" || path.startsWith("incidents[]")) {
                if (r.incidents === "*" || spec.kind === "list" || spec.kind === "text") continue;
                expect(valuesAt(r, path), path).toEqual(valuesAt(source, path));
                continue;
              }
              expect(valuesAt(r, path), path).toEqual(valuesAt(source, path));
            }
          }
        }),
        runs(0.2),
      );
    },
    TIMEOUT,
  );

  it(
    "leaks no name, code or id planted in the free text, in any case form, with or without keepText",
    async () => {
      await fc.assert(
        fc.asyncProperty(inputArb, optionsArb, fc.boolean(), fc.boolean(), async (records, options, keepText, codes) => {
          // Without codes in the text, what the scrubber leaves is released; with them, the text is withheld.
          const planted = records.map((r) => plant(r, codes));
          const { records: out } = await release(
            planted.map((p) => p.record),
            options,
            { keepText },
          );
          const text = JSON.stringify(out);
          for (const { secrets } of planted) for (const secret of secrets) expect(text, secret).not.toContain(secret);
        }),
        runs(0.2),
      );
    },
    TIMEOUT,
  );

  it(
    "releases a record as given (text padded, decomposed) exactly as the record the parser returns",
    async () => {
      await fc.assert(
        fc.asyncProperty(inputArb, optionsArb, fc.boolean(), fc.nat(), async (records, options, keepText, seed) => {
          const untidy = records.map((r, i) => untidyText(r, seed + i));
          const parsed = untidy.map((r) => {
            const result = safeParseRecord(r, { asOf: ON });
            return result.success ? result.data : r;
          });
          const asGiven = await release(untidy, options, { keepText });
          const asParsed = await release(parsed, options, { keepText });
          expect(JSON.stringify(asGiven)).toBe(JSON.stringify(asParsed));
        }),
        runs(0.15),
      );
    },
    TIMEOUT,
  );

  it(
    "gives one release and one report in every language: only the report's words differ",
    async () => {
      await fc.assert(
        fc.asyncProperty(inputArb, optionsArb, fc.boolean(), async (records, options, keepText) => {
          const { records: out, report } = await release(records, options, { keepText });
          const data = JSON.stringify({ out, report });
          const texts = LOCALES.map((locale) => formatReleaseReport(report, locale));
          // Formatting reads the release and changes nothing in it.
          expect(JSON.stringify({ out, report })).toBe(data);
          const [en, ...others] = texts.map((text) => text.split("\n"));
          for (const [i, lines] of others.entries()) {
            expect(lines.length, LOCALES[i + 1]).toBe(en?.length);
            lines.forEach((line, l) => {
              expect(numbersOf(line), `${LOCALES[i + 1]}: ${line}`).toEqual(numbersOf(en?.[l] ?? ""));
            });
          }
          // Codes and field paths are written as they are, in every language.
          const names = [...Object.keys(report.excluded.byReason), ...Object.keys(report.levels), ...(report.lDiversity?.fields ?? [])];
          for (const text of texts) for (const name of names) expect(text).toContain(name);
        }),
        runs(0.15),
      );
    },
    TIMEOUT,
  );

  it(
    "is deterministic for a key, and gives other pseudonyms under another",
    async () => {
      await fc.assert(
        fc.asyncProperty(inputArb, optionsArb, async (records, options) => {
          const first = await release(records, options);
          const again = await release(records, options);
          expect(JSON.stringify(again)).toBe(JSON.stringify(first));
          const other = await release(records, options, { key: OTHER_KEY });
          const pids = new Set(first.records.map((r) => r.pid));
          expect(other.records.some((r) => pids.has(r.pid))).toBe(false);
          const sources = new Map(records.map((r) => [pidOf(r.id), r.id]));
          expect(other.records.map((r) => r.pid).sort()).toEqual(
            first.records.map((r) => pidOf(sources.get(r.pid) as string, OTHER_KEY)).sort(),
          );
        }),
        runs(0.15),
      );
    },
    TIMEOUT,
  );
});

describe("anonymise (properties): series of releases and withdrawals", () => {
  it(
    "never shows a record finer in a later release under one ledger than in an earlier one (growing prefixes of a dataset)",
    async () => {
      await fc.assert(
        fc.asyncProperty(inputArb, optionsArb, async (records, options) => {
          const cuts = [Math.ceil(records.length / 2), Math.ceil((records.length * 3) / 4), records.length];
          let ledger: ReleaseLedger | "new" = "new";
          let earlier: Map<string, ReleasedRecord> | undefined;
          let earlierLevels: Record<string, { level: number }> | undefined;
          for (const cut of cuts) {
            const result = await release(records.slice(0, cut), options, { ledger });
            ledger = result.ledger ?? ledger;
            if (result.records.length === 0) continue;
            if (earlier !== undefined && earlierLevels !== undefined) {
              for (const [path, chosen] of Object.entries(result.report.levels))
                expect(chosen.level, path).toBeGreaterThanOrEqual(earlierLevels[path]?.level ?? 0);
              for (const r of result.records) {
                const before = earlier.get(r.pid);
                if (before === undefined) continue;
                for (const path of LEAVES)
                  expect(
                    notFiner(path, before, r),
                    `${path}: ${JSON.stringify(valuesAt(before, path))} → ${JSON.stringify(valuesAt(r, path))}`,
                  ).toBe(true);
              }
            }
            earlier = new Map(result.records.map((r) => [r.pid, r]));
            earlierLevels = result.report.levels;
          }
        }),
        runs(0.15),
      );
    },
    TIMEOUT,
  );

  it(
    "never releases a withdrawn record, whatever day the release is made as of",
    async () => {
      const withdrawalsArb = fc.array(fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined }), { minLength: 40, maxLength: 40 });
      await fc.assert(
        fc.asyncProperty(
          inputArb,
          optionsArb,
          withdrawalsArb,
          fc.integer({ min: 0, max: 6000 }),
          async (records, options, withdrawals, back) => {
            const input = records.map((r, i) => {
              const after = withdrawals[i];
              if (after === undefined) return r;
              const on = addDays(r.consent.givenOn, after);
              return { ...r, consent: { ...r.consent, withdrawnOn: on > ON ? ON : on } };
            });
            const asOf = addDays(ON, -back);
            const result = await release(input, options, { asOf }).catch((error: unknown) => error);
            if (result instanceof AnonymiseError) {
              expect(result.code).toBe("AS_OF_BEFORE_WITHDRAWAL");
              expect(input.some((r) => r.consent.withdrawnOn !== undefined && r.consent.withdrawnOn > asOf)).toBe(true);
              return;
            }
            const { records: out } = result as Awaited<ReturnType<typeof release>>;
            const byPid = new Map(input.map((r) => [pidOf(r.id), r]));
            for (const r of out) expect(byPid.get(r.pid)?.consent.withdrawnOn).toBeUndefined();
          },
        ),
        runs(0.15),
      );
    },
    TIMEOUT,
  );
});

/** The leaf fields of the dimensions (quasi and police-held, not groups, not free text). */
const LEAVES = IDENTIFYING.filter((p) => FIELDS[p].kind !== "group" && FIELDS[p].kind !== "freeText");

/** The original values a released string may stand for, as a range of strings or numbers, written independently of the release. */
function coarser(path: FieldPath, earlier: unknown, later: unknown): boolean {
  if (later === earlier || later === "*") return true;
  if (earlier === "*" || typeof later !== "string" || typeof earlier !== "string") return false;
  const kind = FIELDS[path].kind;
  if (kind === "date") {
    const ancestors =
      earlier.length === 10
        ? [earlier.slice(0, 7), `${earlier.slice(0, 4)}-Q${Math.ceil(Number(earlier.slice(5, 7)) / 3)}`, earlier.slice(0, 4)]
        : earlier.includes("Q")
          ? [earlier.slice(0, 4)]
          : [`${earlier.slice(0, 4)}-Q${Math.ceil(Number(earlier.slice(5, 7)) / 3)}`, earlier.slice(0, 4)];
    return ancestors.includes(later);
  }
  if (kind === "integer" || kind === "number") {
    const range = (v: string): [number, number] => {
      const plus = /^(\d+)\+$/.exec(v);
      if (plus !== null) return [Number(plus[1]), Number.POSITIVE_INFINITY];
      const band = /^(\d+)-(\d+)$/.exec(v);
      return band === null ? [Number(v), Number(v)] : [Number(band[1]), Number(band[2])];
    };
    const [a, b] = range(earlier);
    const [c, d] = range(later);
    return c <= a && b <= d;
  }
  if (path === "respondent.ethnicity" || path === "respondent.citizenship") return later === "other";
  const step = (HIERARCHIES as Record<string, { steps: readonly { kind: string; bands?: Record<string, readonly string[]> }[] }>)[path]
    ?.steps[0];
  return step?.bands?.[later]?.includes(earlier) === true;
}

/** Whether what `later` shows at a leaf path is `earlier`'s or a generalisation of it (or nothing, where a level leaves it out). */
function notFiner(path: FieldPath, earlier: ReleasedRecord, later: ReleasedRecord): boolean {
  const before = valuesAt(earlier, path);
  const after = valuesAt(later, path);
  if (after.length === 1 && after[0] === "*") return true;
  if (before.length === 1 && before[0] === "*") return false;
  if (before.length !== after.length) return false;
  return after.every((value, i) => value === undefined || coarser(path, before[i], value));
}

/** The numbers of a line of the report, as values (`12 345,6` and `12,345.6` alike), sorted: what no language may change. */
function numbersOf(line: string): number[] {
  const plain = line.replace(/(?<=\d)[\u00a0\u202f ,](?=\d{3}(?!\d))/gu, "").replace(/(?<=\d),(?=\d)/gu, ".");
  return (plain.match(/\d+(?:\.\d+)?/gu) ?? []).map(Number).sort((a, b) => a - b);
}

/**
 * The record with its text answers as a person may type them: spaces around, and letters with a
 * diacritic decomposed (й as и + U+0306) — what the parser trims and recomposes.
 */
function untidyText(record: InterviewRecord, seed: number): InterviewRecord {
  const copy = structuredClone(record);
  let turn = seed;
  const visit = (value: unknown, path: string): unknown => {
    if (typeof value === "string") {
      const kind = (FIELDS as Record<string, { kind: string } | undefined>)[path]?.kind;
      if (kind !== "text" && kind !== "freeText") return value;
      turn++;
      const decomposed = turn % 2 === 0 ? value.normalize("NFD") : value;
      return turn % 3 === 0 ? ` ${decomposed}\t` : decomposed;
    }
    if (Array.isArray(value)) return value.map((item) => visit(item, `${path}[]`));
    if (typeof value === "object" && value !== null) {
      for (const [key, child] of Object.entries(value))
        (value as Record<string, unknown>)[key] = visit(child, path === "" ? key : `${path}.${key}`);
    }
    return value;
  };
  return visit(copy, "") as InterviewRecord;
}

/** Whether a group or list holding the field is released as `*` as a whole. */
function suppressedAbove(record: ReleasedRecord, path: string): boolean {
  const keys = path.split(".");
  return keys.slice(0, -1).some((_, i) => {
    const prefix = keys
      .slice(0, i + 1)
      .join(".")
      .replace(/\[\]$/, "");
    return valuesAt(record, prefix).some((v) => v === "*");
  });
}

/** Whether `shown` is `given` or a generalisation of it along the field's hierarchy (written independently). */
function generalises(path: FieldPath, shown: unknown, given: unknown): boolean {
  if (shown === "*") return true;
  if (given === undefined) return shown === undefined;
  if (typeof shown !== "string") return false;
  const kind = FIELDS[path].kind;
  if (path === "interview.interviewerId")
    return (
      shown ===
      createHmac("sha256", KEY)
        .update(`interviewer:${String(given)}`)
        .digest("hex")
        .slice(0, 32)
    );
  if (kind === "date") {
    const date = given as string;
    if (path === "charges[].date") return [date.slice(0, 7), date.slice(0, 4)].includes(shown);
    const quarter = `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
    return [date, date.slice(0, 7), quarter, date.slice(0, 4)].includes(shown);
  }
  if (kind === "integer") {
    const band = /^(\d+)-(\d+)$/.exec(shown);
    return shown === String(given) || (band !== null && Number(band[1]) <= (given as number) && (given as number) <= Number(band[2]));
  }
  if (kind === "choices") {
    const chosen = given as string[];
    return chosen.length === 0
      ? shown === "none"
      : new Set(shown.split("+")).size === chosen.length && chosen.every((c) => shown.split("+").includes(c));
  }
  if (shown === given) return true;
  if (path === "respondent.ethnicity" || path === "respondent.citizenship") return shown === "other";
  const step = (HIERARCHIES as Record<string, { steps: readonly { kind: string; bands?: Record<string, readonly string[]> }[] }>)[path]
    ?.steps[0];
  return step?.bands?.[shown]?.includes(given as string) === true;
}

/** Russian case forms of a name written independently of the scrubber: genitive and dative of the usual endings. */
function caseForms(fullName: string): string[] {
  const word = (w: string): string[] => {
    if (/(ова|ева|ина)$/.test(w)) return [w, `${w.slice(0, -1)}ой`];
    if (/ия$/.test(w)) return [w, `${w.slice(0, -1)}и`];
    if (/[гкхжчшщ]а$/.test(w)) return [w, `${w.slice(0, -1)}и`, `${w.slice(0, -1)}е`];
    if (/а$/.test(w)) return [w, `${w.slice(0, -1)}ы`, `${w.slice(0, -1)}е`];
    if (/я$/.test(w)) return [w, `${w.slice(0, -1)}и`, `${w.slice(0, -1)}е`];
    return [w];
  };
  const [first = "", last = ""] = fullName.split(" ");
  const firsts = word(first);
  const lasts = word(last);
  return firsts.map((f, i) => `${f} ${lasts[Math.min(i, lasts.length - 1)]}`);
}

/**
 * A record with its name (in several case forms), and with `codes` its code, id and interviewer's
 * code, written into every free-text answer it has; the secrets are all of them either way.
 */
function plant(record: InterviewRecord, codes: boolean): { record: InterviewRecord; secrets: string[] } {
  const name = record.respondent.fullName;
  const forms = name === undefined ? [] : caseForms(name);
  const code = record.respondent.code;
  const secrets = [...forms, ...(code === undefined ? [] : [code]), record.id, record.interview.interviewerId];
  const numbers = codes ? ` Код ${code ?? ""}, анкета ${record.id}, интервьюер ${record.interview.interviewerId}.` : "";
  const text = `${forms[0] ?? ""} рассказала, что полиция задержала ${forms[1] ?? ""} у сауны; ${forms.at(-1) ?? ""} угрожали.${numbers}`;
  const copy = structuredClone(record) as Record<string, unknown>;
  for (const path of FREE_TEXT) {
    const keys = path.split(".");
    const last = keys.pop() as string;
    const holders = keys.reduce<unknown[]>(
      (objs, key) =>
        objs.flatMap((o) => {
          if (typeof o !== "object" || o === null) return [];
          const child = (o as Record<string, unknown>)[key.replace("[]", "")];
          return key.endsWith("[]") ? (Array.isArray(child) ? child : []) : [child];
        }),
      [copy],
    );
    for (const holder of holders) {
      if (typeof holder === "object" && holder !== null && (holder as Record<string, unknown>)[last] !== undefined)
        (holder as Record<string, unknown>)[last] = text;
    }
  }
  return { record: copy as unknown as InterviewRecord, secrets };
}
