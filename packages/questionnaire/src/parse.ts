import * as z from "zod/mini";
import { compileFn } from "zod/v4/core";
import { today } from "./core/dates.js";
import { type Issues, RedumbrellaError, type Result } from "./core/issue.js";
import { DEFAULT_LOCALE, type Locale } from "./core/locale.js";
import type { IssueCode, RecordIssue } from "./issues.js";
import { RECORD_MESSAGES } from "./messages.js";
import { type AnyRecord, RecordShapeSchema, type RefusalRecord } from "./schema/record.js";
import { checkRules } from "./schema/rules.js";
import { type RecordV1, RecordV1ShapeSchema } from "./schema/v1.js";
import { upgradeRecord } from "./upgrade.js";

/** Options of `safeParseRecord`, `parseRecord` and `createRecordSchema`. */
export interface ParseOptions {
  /** The day the record is validated on, `YYYY-MM-DD`: no date may be after it. Defaults to today (local time). */
  readonly asOf?: string;
  /** The language of the messages. Defaults to `"en"`. */
  readonly locale?: Locale;
}

/** The result of `safeParseRecord`: the record, or at least one located issue. */
export type ParseResult = Result<AnyRecord, IssueCode>;

/** Whether a valid record is a refusal to take part (it holds nothing about the person). */
export function isRefusal(record: AnyRecord): record is RefusalRecord {
  return record.interview.outcome === "refused";
}

const isObject = (v: unknown): boolean => typeof v === "object" && v !== null && !Array.isArray(v);

/** The full record v2 schema — shape and every consistency rule — for the given as-of day. */
/* @__NO_SIDE_EFFECTS__ */
export function createRecordSchema(options: { readonly asOf: string | (() => string) }): z.ZodMiniType<AnyRecord> {
  const asOf = options.asOf;
  return (RecordShapeSchema as z.ZodMiniType<unknown>).check(
    z.superRefine(
      (value, ctx) =>
        checkRules(
          value,
          typeof asOf === "function" ? asOf() : asOf,
          (code, path, params) => {
            ctx.issues.push({ code: "custom", path, params: { ...params, code }, input: undefined, continue: true });
          },
          2,
        ),
      // Run even when a field failed, so one pass finds every issue of a record.
      { when: (payload) => isObject(payload.value) },
    ),
  ) as z.ZodMiniType<AnyRecord>;
}

/**
 * The record v2 schema with every consistency rule, dates checked against today. Prefer
 * `safeParseRecord`, which locates each issue with a code from `ISSUE_CODES` and a localised message.
 */
export const RecordSchema: z.ZodMiniType<AnyRecord> = createRecordSchema({ asOf: () => today() });

const EXPECTED: Readonly<Record<string, string>> = { int: "integer", nonoptional: "value" };

function describeValue(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  return typeof input;
}

// Echo a wrong value only when it looks like a code ("bribery"): text typed into the wrong field
// could be a name, and messages end up in logs and terminals.
const CODE_LIKE = /^[A-Za-z0-9_.-]{1,40}$/;
function shown(input: unknown): string {
  return typeof input === "string" && CODE_LIKE.test(input) ? JSON.stringify(input) : `(${describeValue(input)})`;
}

/** Turns one zod issue into ours (one per unknown key), with a code from the closed list. */
function toIssues(issue: z.core.$ZodIssue, locale: Locale, out: RecordIssue[]): void {
  const path = (issue.path ?? []) as (string | number)[];
  const add = (code: IssueCode, at: (string | number)[], params?: Record<string, unknown>) => {
    out.push(
      params === undefined
        ? { code, path: at, message: RECORD_MESSAGES.format(code, {}, locale) }
        : { code, path: at, message: RECORD_MESSAGES.format(code, params, locale), params },
    );
  };
  switch (issue.code) {
    case "custom": {
      const { code, ...params } = (issue.params ?? {}) as { code: IssueCode } & Record<string, unknown>;
      add(code, path, Object.keys(params).length > 0 ? params : undefined);
      return;
    }
    case "unrecognized_keys":
      for (const key of issue.keys) add("UNKNOWN_KEY", [...path, key]);
      return;
    case "invalid_type":
      if (issue.input === undefined) add("REQUIRED", path);
      else if (issue.expected === "int" && typeof issue.input === "number") add("NOT_INTEGER", path);
      else add("INVALID_TYPE", path, { expected: EXPECTED[issue.expected] ?? issue.expected, received: describeValue(issue.input) });
      return;
    case "invalid_value":
      if (issue.input === undefined) add("REQUIRED", path);
      else if (path.length === 1 && path[0] === "schemaVersion") add("UNSUPPORTED_VERSION", path);
      else add("INVALID_CHOICE", path, { received: shown(issue.input) });
      return;
    case "too_small":
      add("OUT_OF_RANGE", path, { bound: `≥ ${issue.minimum}` });
      return;
    case "too_big":
      add("OUT_OF_RANGE", path, { bound: `≤ ${issue.maximum}` });
      return;
    default:
      add("INVALID_FORMAT", path, { format: issue.code });
  }
}

// Tiered like a JIT: the first records go through zod's interpreter; from the 16th on, through the
// shape compiled to one generated function (zod's AOT compiler), which pays its code generation only
// where a batch will repay it. A record the generated function rejects goes to a second tier, built
// on the first rejection, whose sections are compiled one by one under an interpreted root: zod's
// interpreter then re-runs only the failing section and locates every issue, so all tiers answer alike.
const TIER_UP_AFTER = 16;
type Shape = z.core.$ZodType;
type Compiled = (input: unknown) => unknown;

/** A version of the format: its shape, interpreted for the first records of a batch, then compiled. */
interface Tiers {
  /** The whole record's generated parser (`INVALID` when it rejects), once a batch has tiered up. */
  readonly fast: () => Compiled | undefined;
  /** The schema that locates the issues of a record. */
  readonly located: () => Shape;
}

/* @__NO_SIDE_EFFECTS__ */
function tiered(shape: z.ZodMiniObject): Tiers {
  let calls = 0;
  let fast: Compiled | undefined;
  let sectioned: Shape | undefined;
  // Under `z.config({ jitless: true })` (a strict CSP) the app asked for no generated code.
  const compiling = (): boolean => calls >= TIER_UP_AFTER && z.config().jitless !== true;
  return {
    fast: () => {
      if (fast !== undefined || ++calls < TIER_UP_AFTER || !compiling()) return fast;
      try {
        fast = compileFn(shape);
      } catch {
        // A shape zod's compiler cannot model stays on the interpreter; it answers the same.
        calls = -Infinity;
      }
      return fast;
    },
    located: () => {
      if (sectioned !== undefined) return sectioned;
      if (!compiling()) return shape;
      const section = (s: Shape): Shape => {
        const inner = s._zod.def.type === "optional" ? (s as unknown as z.ZodMiniOptional)._zod.def.innerType : s;
        const def = inner._zod.def;
        const body =
          def.type === "array"
            ? z.array(z.compile((def as z.core.$ZodArrayDef).element))
            : def.type === "object"
              ? z.compile(inner)
              : inner;
        return s._zod.def.type === "optional" ? z.optional(body) : body;
      };
      sectioned = z.strictObject(Object.fromEntries(Object.entries(shape.shape).map(([key, s]) => [key, section(s as Shape)])));
      return sectioned;
    },
  };
}
const SHAPES = { 1: tiered(RecordV1ShapeSchema), 2: tiered(RecordShapeSchema) } as const;

/**
 * Validates one record of the interchange format. Never throws, whatever the input: returns the
 * record — strings trimmed and NFC-normalised — or every issue found, each at its path.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { formatPath, safeParseRecord } from "@redumbrella/questionnaire";
 *
 * for (const line of readFileSync("records.ndjson", "utf8").split("\n").filter((l) => l.trim() !== "")) {
 *   const result = safeParseRecord(JSON.parse(line), { asOf: "2026-11-28", locale: "ru" });
 *   if (!result.success) for (const i of result.issues) console.log(formatPath(i.path), i.code, i.message);
 * }
 */
export function safeParseRecord(input: unknown, options: ParseOptions = {}): ParseResult {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const asOf = options.asOf ?? today();
  const issues: RecordIssue[] = [];
  let data: unknown = input;
  // A v1 record is validated as v1 (its issues at v1's paths), then upgraded; anything else as v2.
  const version = typeof input === "object" && input !== null && (input as { schemaVersion?: unknown }).schemaVersion === 1 ? 1 : 2;
  try {
    // The schema's own run, not safeParse: our issues are built from zod's raw ones directly,
    // without first building a ZodError and its messages, which we would throw away.
    const tiers = SHAPES[version];
    const parsed = tiers.fast()?.(input) ?? z.INVALID;
    if (parsed !== z.INVALID) data = parsed;
    else {
      const result = tiers.located()._zod.run({ value: input, issues: [] }, { async: false });
      if (result instanceof Promise) throw new Error("unreachable: the record schema is synchronous");
      if (result.issues.length === 0) data = result.value;
      else for (const issue of result.issues) toIssues(issue as z.core.$ZodIssue, locale, issues);
    }
    // The rules read raw input when the shape failed: they are written for any value.
    checkRules(
      data,
      asOf,
      (code, path, params) => {
        issues.push(
          params === undefined
            ? { code, path, message: RECORD_MESSAGES.format(code, {}, locale) }
            : { code, path, message: RECORD_MESSAGES.format(code, params, locale), params },
        );
      },
      version,
    );
  } catch {
    // Only an exotic input can make validation throw (a getter that throws, a revoked proxy): report it, never throw.
    const params = { expected: "object", received: "unreadable value" };
    return {
      success: false,
      issues: [{ code: "INVALID_TYPE", path: [], message: RECORD_MESSAGES.format("INVALID_TYPE", params, locale), params }],
    };
  }
  if (issues.length > 0) return { success: false, issues: issues as unknown as Issues<IssueCode> };
  const record = (version === 1 ? upgradeRecord(data as RecordV1) : data) as AnyRecord;
  PARSED.set(record, asOf);
  return { success: true, data: record };
}

// The records safeParseRecord returned, with the day they were validated as of.
const PARSED = new WeakMap<object, string>();

/**
 * The day a record returned by `safeParseRecord` (or `parseRecord`) was validated as of, or
 * `undefined` for any other value — so a package handed a parsed record need not validate it again.
 * A record valid as of one day is valid as of every later day. Treat parsed records as immutable.
 */
export function parsedAsOf(record: unknown): string | undefined {
  return typeof record === "object" && record !== null ? PARSED.get(record) : undefined;
}

/** The error `parseRecord` throws: code `INVALID_RECORD`, every issue of the record, and a summary in its message. */
export class RecordValidationError extends RedumbrellaError<"INVALID_RECORD", IssueCode> {
  override readonly name = "RecordValidationError";
  declare readonly issues: Issues<IssueCode>;

  constructor(issues: Issues<IssueCode>) {
    super("INVALID_RECORD", issues);
  }
}

/** Validates one record like `safeParseRecord`, and throws `RecordValidationError` when it is invalid. */
export function parseRecord(input: unknown, options: ParseOptions = {}): AnyRecord {
  const result = safeParseRecord(input, options);
  if (!result.success) throw new RecordValidationError(result.issues);
  return result.data;
}
