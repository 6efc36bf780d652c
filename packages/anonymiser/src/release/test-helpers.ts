// Shared by the release's tests: what a released record shows to someone who holds the police's
// records, written independently of the release code (from the metadata and the JSON alone).
import { FIELDS, type FieldPath, fieldsOfClass, policeKnownFields } from "@redumbrella/questionnaire";

/** Every field someone holding police records and an earlier release can match: quasi-identifiers and police-held facts. */
export const IDENTIFYING: readonly FieldPath[] = [...new Set([...fieldsOfClass("quasi"), ...policeKnownFields()])];
/** The sensitive fields of the metadata. */
export const SENSITIVE: readonly FieldPath[] = fieldsOfClass("sensitive");

/** The values at a FIELDS path of any object (`charges[].date` reads each charge's date); `*` stands for a suppressed list. */
export function valuesAt(value: unknown, path: string): unknown[] {
  let current: unknown[] = [value];
  for (const key of path.split(".")) {
    const list = key.endsWith("[]");
    const name = list ? key.slice(0, -2) : key;
    current = current.flatMap((v) => {
      // A missing section reads as one missing value: whether a section object is there is no identifying fact.
      if (typeof v !== "object" || v === null) return list ? [] : [undefined];
      const child = (v as Record<string, unknown>)[name];
      if (!list) return [child];
      return Array.isArray(child) ? child : child === "*" ? ["*"] : [];
    });
  }
  return current;
}

/** For each list a FIELDS path goes through, whether it is there: the output tells `"charges": []` from no `charges`. */
function listsPresent(record: unknown, path: string): boolean[] {
  const keys = path.split(".");
  return keys.flatMap((key, i) =>
    key.endsWith("[]") ? valuesAt(record, [...keys.slice(0, i), key.slice(0, -2)].join(".")).map((v) => v !== undefined) : [],
  );
}

/** What a released record shows of its quasi-identifiers and police-held facts, and which of them it says were declined. */
export function projection(record: { declined?: readonly string[] | undefined }, paths: readonly string[] = IDENTIFYING): string {
  const declined = (record.declined ?? []).filter((p) => paths.includes(p));
  return JSON.stringify([paths.map((p) => [valuesAt(record, p), listsPresent(record, p)]), [...declined].sort()]);
}

/** The released records grouped by their projection. */
export function groupsOf<T extends { declined?: readonly string[] | undefined }>(
  records: readonly T[],
  paths: readonly string[] = IDENTIFYING,
): T[][] {
  const groups = new Map<string, T[]>();
  for (const r of records) {
    const key = projection(r, paths);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

/** Whether every answer a group gives to a sensitive field is `true` (unanswered does not count; at least one answer). */
export function uniformlyTrue(group: readonly unknown[], field: FieldPath): boolean {
  const answers = group.flatMap((r) => valuesAt(r, field)).filter((v) => v !== undefined);
  return answers.length > 0 && answers.every((v) => v === true);
}

/** Whether `path` names a field of kind text or free text in the metadata. */
export const isTextField = (path: string): boolean => {
  const kind = (FIELDS as Readonly<Record<string, { kind: string }>>)[path]?.kind;
  return kind === "text" || kind === "freeText";
};
