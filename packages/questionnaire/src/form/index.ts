export { CHOICE_LABELS, FIELD_LABELS, SECTION_LABELS } from "./labels.js";
export type { Label } from "./labels.js";
export { FORM, questionsOf } from "./form.js";
export type { FormChoice, FormField, FormSection } from "./form.js";
export { fieldMeta, fieldRegistry, fieldsOfClass } from "../metadata.js";
export type { FieldMeta } from "../metadata.js";
