import { formatPath, LOCALES, type Path } from "@redumbrella/questionnaire";
import type { LawEntry } from "../law/registry.js";
import { LegalCheckerError, type PackIssue, packIssue } from "./errors.js";
import { type Pack, SEVERITIES } from "./pack.js";

// A pack is data a partner may write by hand (and the CJS build's `kz` is another object than the
// ESM build's): it is recognised by its shape, never by identity. What the engine reads is checked
// here, before anything reads it; what the data means is checked by `compilePack` (`INVALID_PACK`).

type Loose = Readonly<Record<string, unknown>>;

const SCOPES: readonly unknown[] = ["charge", "incident", "record"];

const isObject = (value: unknown): value is Loose => typeof value === "object" && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === "string";
const isOptionalString = (value: unknown): boolean => value === undefined || typeof value === "string";
const isScalar = (value: unknown): boolean => ["string", "number", "boolean"].includes(typeof value);
const isLocalised = (value: unknown): boolean => isObject(value) && LOCALES.every((locale) => isString(value[locale]));
const isStringList = (value: unknown): boolean => Array.isArray(value) && value.every(isString);
const isLawRef = (value: unknown): boolean => isObject(value) && isString(value.instrument) && isOptionalString(value.article);
const isLawRefs = (value: unknown): boolean => Array.isArray(value) && value.length > 0 && value.every(isLawRef);

/** Whether `value` is a condition of the rule language, every node of it. */
function isCondition(value: unknown): boolean {
  if (!isObject(value)) return false;
  if ("all" in value) return Array.isArray(value.all) && value.all.every(isCondition);
  if ("any" in value) return Array.isArray(value.any) && value.any.every(isCondition);
  if ("not" in value) return isCondition(value.not);
  if ("fact" in value) {
    if (!isString(value.fact)) return false;
    if ("equals" in value) return isScalar(value.equals);
    if ("in" in value) return Array.isArray(value.in);
    if ("includes" in value) return isScalar(value.includes);
    if ("includesAny" in value) return isStringList(value.includesAny);
    if ("atLeast" in value) return typeof value.atLeast === "number";
    return typeof value.below === "number";
  }
  if ("present" in value) return isString(value.present);
  if ("onOrAfter" in value) return isString(value.onOrAfter);
  if ("before" in value) return isString(value.before);
  if ("inForce" in value) return isLawRef(value.inForce);
  if ("articleInForce" in value) return typeof value.articleInForce === "boolean";
  return isLawRefs(value.cites);
}

const isLawEntry = (value: unknown): boolean =>
  isObject(value) &&
  isString(value.instrument) &&
  isOptionalString(value.article) &&
  isLocalised(value.title) &&
  Array.isArray(value.versions) &&
  value.versions.length > 0 &&
  value.versions.every((v) => isObject(v) && isObject(v.inForce) && isString(v.inForce.from) && isOptionalString(v.inForce.to));

const isEditionList = (value: unknown): boolean =>
  Array.isArray(value) && value.every((e) => isObject(e) && isString(e.edition) && isString(e.instrument));

// Each field of a rule the engine reads, with the test of its shape.
const RULE_FIELDS: readonly (readonly [string, (value: unknown) => boolean])[] = [
  ["id", isString],
  ["code", isString],
  ["scope", (value) => SCOPES.includes(value)],
  ["severity", (value) => (SEVERITIES as readonly unknown[]).includes(value)],
  ["needs", isStringList],
  ["when", isCondition],
  ["citations", isLawRefs],
  ["title", isLocalised],
  ["messages", isLocalised],
  ["explain", isLocalised],
];

/** Every place where `law` is not a list of law entries the engine can read, under `at`. */
function lawProblems(law: unknown, at: Path): Path[] {
  if (!Array.isArray(law)) return [at];
  return law.flatMap((entry, i): Path[] => (isLawEntry(entry) ? [] : [[...at, i]]));
}

/** Every place where `value` is not a pack the engine can read: `[["pack", "rules", 3, "when"]]`, `[]` when none. */
function packProblems(value: unknown, at: Path): Path[] {
  if (!isObject(value)) return [at];
  const problems: Path[] = [];
  if (!isString(value.id)) problems.push([...at, "id"]);
  if (!isLocalised(value.name)) problems.push([...at, "name"]);
  problems.push(...lawProblems(value.law, [...at, "law"]));
  const editions = value.editions;
  if (!isObject(editions)) problems.push([...at, "editions"]);
  else {
    for (const code of ["administrative", "criminal"]) if (!isEditionList(editions[code])) problems.push([...at, "editions", code]);
  }
  if (!isStringList(value.noneWhenAbsent)) problems.push([...at, "noneWhenAbsent"]);
  const unknownValues = value.unknownValues;
  if (!isObject(unknownValues) || !Object.values(unknownValues).every(Array.isArray)) problems.push([...at, "unknownValues"]);
  if (!Array.isArray(value.rules)) problems.push([...at, "rules"]);
  else {
    value.rules.forEach((rule: unknown, i) => {
      if (!isObject(rule)) problems.push([...at, "rules", i]);
      else for (const [field, test] of RULE_FIELDS) if (!test(rule[field])) problems.push([...at, "rules", i, field]);
    });
  }
  return problems;
}

/** Throws `LegalCheckerError` (`INVALID_OPTION`) with one `NOT_A_PACK` issue per problem, if there is one. */
function throwProblems(problems: readonly Path[]): void {
  const issues = problems.map((path): PackIssue => packIssue("NOT_A_PACK", path, { field: formatPath(path) }));
  const [first, ...rest] = issues;
  if (first !== undefined) throw new LegalCheckerError("INVALID_OPTION", [first, ...rest]);
}

// Packs already found readable; like the compiled packs, a pack is treated as immutable once used.
const READABLE = new WeakSet<object>();

/**
 * `value` as a pack, when it has the shape of one — `kz` of any copy of the package, or a pack
 * written by hand — else throws `LegalCheckerError` (`INVALID_OPTION`) locating every problem
 * under `["pack"]`.
 */
export function checkPack(value: unknown): Pack {
  if (typeof value === "object" && value !== null && READABLE.has(value)) return value as Pack;
  throwProblems(packProblems(value, ["pack"]));
  READABLE.add(value as object);
  return value as Pack;
}

/** The law registry of `holder` (a pack), when it is one, else throws `LegalCheckerError` (`INVALID_OPTION`) at `["pack", "law", …]`. */
export function checkLaw(holder: unknown): readonly LawEntry[] {
  if (!isObject(holder)) throwProblems([["pack"]]);
  const law = (holder as Loose).law;
  throwProblems(lawProblems(law, ["pack", "law"]));
  return law as readonly LawEntry[];
}

/** The code editions of `holder` (a pack), when it has them, else throws `LegalCheckerError` (`INVALID_OPTION`) at `["pack", "editions", …]`. */
export function checkEditions(holder: unknown): Pack["editions"] {
  if (!isObject(holder)) throwProblems([["pack"]]);
  const editions = (holder as Loose).editions;
  if (!isObject(editions)) throwProblems([["pack", "editions"]]);
  const codes = ["administrative", "criminal"].filter((code) => !isEditionList((editions as Loose)[code]));
  throwProblems(codes.map((code) => ["pack", "editions", code]));
  return editions as Pack["editions"];
}
