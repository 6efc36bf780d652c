export type { FieldMeta } from "../metadata.js";
export { fieldMeta, fieldRegistry, fieldsOfClass } from "../metadata.js";
export type { FormChoice, FormField, FormSection } from "./form.js";
export { FORM, questionsOf } from "./form.js";
export type { Label } from "./labels.js";
export { CHOICE_LABELS, FIELD_LABELS, SECTION_LABELS } from "./labels.js";
