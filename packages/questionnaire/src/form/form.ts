import { type FieldMeta, fieldMeta } from "../metadata.js";
import { CHOICE_LISTS } from "../schema/enums.js";
import { FIELDS, type FieldPath, SECTIONS, type SectionId } from "../schema/fields.js";
import { CHOICE_LABELS, type Label, SECTION_LABELS } from "./labels.js";

/** One choice of a closed list, with its labels. */
export interface FormChoice {
  readonly value: string;
  readonly label: Label;
}

/** One field of the form as an app renders it: its metadata plus its choices, labelled. */
export interface FormField extends FieldMeta {
  readonly choiceList?: readonly FormChoice[];
}

/** A section of the form with its fields in the paper's order. */
export interface FormSection {
  readonly id: SectionId;
  readonly label: Label;
  readonly fields: readonly FormField[];
}

function formField(path: FieldPath): FormField {
  const meta = fieldMeta(path) as FieldMeta;
  if (meta.choices === undefined) return meta;
  const labels = CHOICE_LABELS[meta.choices] as Readonly<Record<string, Label>>;
  const choiceList = CHOICE_LISTS[meta.choices].map((value) => ({ value, label: labels[value] as Label }));
  return { ...meta, choiceList };
}

/**
 * The questionnaire as data, from which an app renders the form: sections in the paper's order,
 * each field with its number, labels (en, ru, kk), kind, choices, gate and identifiability class.
 *
 * @example
 * import { FORM } from "@redumbrella/questionnaire/form";
 *
 * for (const section of FORM) for (const f of section.fields) console.log(f.question, f.label.ru);
 */
export const FORM: readonly FormSection[] = /* @__PURE__ */ SECTIONS.map((id) => ({
  id,
  label: SECTION_LABELS[id],
  fields: (Object.keys(FIELDS) as FieldPath[]).filter((p) => FIELDS[p].section === id).map(formField),
}));

/** The fields of one question number (`"Q9"` has four), in the form's order. */
export function questionsOf(question: string): FormField[] {
  return FORM.flatMap((s) => s.fields.filter((f) => f.question === question));
}
