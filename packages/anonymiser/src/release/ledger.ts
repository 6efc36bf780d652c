import { isCalendarDate, type Path } from "@redumbrella/questionnaire";
import type { Dimension } from "./dimensions.js";
import type { IssueInput } from "./errors.js";
import type { DimensionPath } from "./hierarchies.js";
import { type PseudonymKey, pseudonymise } from "./pseudonym.js";

/** The version of the ledger's format. */
export const LEDGER_VERSION = 1;

/** The levels of a release, per dimension (0 is the finest, the height `*`). */
export type LedgerLevels = { readonly [P in DimensionPath]?: number };

/** One release recorded in a ledger: its day, its k and its levels — never data. */
export interface LedgerEntry {
  readonly asOf: string;
  readonly k: number;
  readonly levels: LedgerLevels;
}

/**
 * What a series of releases under one key has shown, as JSON: per dimension the coarsest level
 * released so far, and each release's levels. A release under a ledger is at least as coarse on
 * every dimension (one level coarser where the ledger's level depends on the data, `rareAsOther`),
 * so a record is never shown finer than in an earlier release, and its pseudonym stays the same.
 * Holds no record, no value and not the key: `keyFingerprint` is 64 bits of HMAC-SHA256 of a fixed
 * label under the key, so a ledger kept under another key is refused.
 */
export interface ReleaseLedger {
  readonly schemaVersion: typeof LEDGER_VERSION;
  readonly keyFingerprint: string;
  readonly levels: LedgerLevels;
  readonly releases: readonly LedgerEntry[];
}

const FINGERPRINT = /^[0-9a-f]{16}$/;

/** The fingerprint of a release key: the first 64 bits of HMAC-SHA256(key, `ledger:fingerprint`). */
export async function keyFingerprint(key: PseudonymKey): Promise<string> {
  const [mac] = await pseudonymise(key, "ledger", ["fingerprint"]);
  return (mac as string).slice(0, 16);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Checks a levels object against the dimensions: known paths, whole levels from 0 to the height. */
function checkLevels(value: unknown, path: Path, dims: readonly Dimension[], issues: IssueInput[]): void {
  if (!isRecord(value)) {
    issues.push({ code: "INVALID_LEDGER", path, params: { field: path.join(".") } });
    return;
  }
  for (const [name, level] of Object.entries(value)) {
    const dim = dims.find((d) => d.path === name);
    if (dim === undefined || typeof level !== "number" || !Number.isSafeInteger(level) || level < 0 || level > dim.height) {
      issues.push({ code: "INVALID_LEDGER", path: [...path, name], params: { field: [...path, name].join(".") } });
    }
  }
}

/**
 * The issues of a value given as a ledger (read from JSON), each at its place under `["ledger"]`;
 * none for a well-formed ledger. The key is checked apart (`LEDGER_OTHER_KEY`).
 */
export function ledgerIssues(value: unknown, dims: readonly Dimension[]): IssueInput[] {
  const at: Path = ["ledger"];
  const issues: IssueInput[] = [];
  const bad = (path: Path): void => void issues.push({ code: "INVALID_LEDGER", path, params: { field: path.join(".") } });
  if (!isRecord(value)) {
    bad(at);
    return issues;
  }
  for (const key of Object.keys(value)) if (!["schemaVersion", "keyFingerprint", "levels", "releases"].includes(key)) bad([...at, key]);
  if (value.schemaVersion !== LEDGER_VERSION) bad([...at, "schemaVersion"]);
  if (typeof value.keyFingerprint !== "string" || !FINGERPRINT.test(value.keyFingerprint)) bad([...at, "keyFingerprint"]);
  checkLevels(value.levels, [...at, "levels"], dims, issues);
  if (!Array.isArray(value.releases)) bad([...at, "releases"]);
  else {
    value.releases.forEach((entry: unknown, i) => {
      const here: Path = [...at, "releases", i];
      if (!isRecord(entry)) {
        bad(here);
        return;
      }
      if (typeof entry.asOf !== "string" || !isCalendarDate(entry.asOf)) bad([...here, "asOf"]);
      if (typeof entry.k !== "number" || !Number.isSafeInteger(entry.k) || entry.k < 2) bad([...here, "k"]);
      checkLevels(entry.levels, [...here, "levels"], dims, issues);
    });
  }
  return issues;
}

/**
 * The least level of each dimension a release under `ledger` may take: the ledger's level, one
 * more where that level depends on the data (its values could differ in other data), 0 where the
 * ledger has none (a dimension new since).
 */
export function ledgerFloor(ledger: ReleaseLedger | undefined, dims: readonly Dimension[]): number[] {
  return dims.map((dim) => {
    const level = ledger?.levels[dim.path] ?? 0;
    return dim.dataDependent[level] === true ? Math.min(level + 1, dim.height) : level;
  });
}

/** The ledger after one more release at `levels`. */
export function recordRelease(
  ledger: ReleaseLedger,
  entry: { readonly asOf: string; readonly k: number; readonly levels: readonly number[] },
  dims: readonly Dimension[],
): ReleaseLedger {
  const levels = Object.fromEntries(dims.map((d, i) => [d.path, entry.levels[i] as number])) as LedgerLevels;
  const max = Object.fromEntries(
    dims.map((d, i) => [d.path, Math.max(ledger.levels[d.path] ?? 0, entry.levels[i] as number)]),
  ) as LedgerLevels;
  return {
    schemaVersion: LEDGER_VERSION,
    keyFingerprint: ledger.keyFingerprint,
    levels: max,
    releases: [...ledger.releases, { asOf: entry.asOf, k: entry.k, levels }],
  };
}
