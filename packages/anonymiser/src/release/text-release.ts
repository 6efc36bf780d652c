import { FIELDS, type InterviewRecord, normaliseText } from "@redumbrella/questionnaire";
import { namesOfRecord, scrubText } from "../scrub/index.js";
import type { Dimension } from "./dimensions.js";

/** The strings of a record that no released text may contain: its identifying codes and name. */
function identifiersOf(record: InterviewRecord, dims: readonly Dimension[]): string[] {
  const found: string[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === "string") {
      const spec = (FIELDS as Readonly<Record<string, { class: string; kind: string }>>)[path];
      const direct = spec?.class === "direct" && (spec.kind === "text" || spec.kind === "uuid");
      const pseudonymised = dims.some((d) => d.hierarchy.pseudonym !== undefined && d.path === path);
      if (direct || pseudonymised) found.push(normaliseText(value).toLowerCase());
    } else if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) visit(child, path === "" ? key : `${path}.${key}`);
    }
  };
  visit(record, "");
  return found;
}

const WORD = /[\p{L}\p{N}]/u;
/** Whether `needle` occurs in `text` as a whole word (both lowercased). */
function containsWord(text: string, needle: string): boolean {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1];
    const after = text[at + needle.length];
    if ((before === undefined || !WORD.test(before)) && (after === undefined || !WORD.test(after))) return true;
  }
  return false;
}

/** What a free-text answer of `record` is released as: scrubbed, or withheld when an identifier of its record survived. */
export function textRelease(
  record: InterviewRecord,
  dims: readonly Dimension[],
  onWithheld: () => void,
): (value: string) => string | undefined {
  let names: string[] | undefined;
  let identifiers: string[] | undefined;
  return (value) => {
    names ??= namesOfRecord(record).map(normaliseText);
    identifiers ??= identifiersOf(record, dims);
    const scrubbed = scrubText(value, { knownNames: names }).text;
    const lower = scrubbed.toLowerCase();
    if (identifiers.some((id) => id.length > 0 && containsWord(lower, id))) {
      onWithheld();
      return undefined;
    }
    return scrubbed;
  };
}
