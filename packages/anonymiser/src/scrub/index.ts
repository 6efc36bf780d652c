// Scrubbing free text: the lead re-exports this entry from the package's src/index.ts.
export { isValidIin } from "./iin.js";
export { namesOfRecord } from "./names-of-record.js";
export { nameForms } from "./name-forms.js";
export { scrubText } from "./scrub-text.js";
export { ENTITY_TYPES } from "./types.js";
export type { EntityType, ScrubEntity, ScrubOptions, ScrubResult } from "./types.js";
