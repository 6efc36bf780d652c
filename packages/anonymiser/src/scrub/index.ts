// Scrubbing free text: the lead re-exports this entry from the package's src/index.ts.
export { isValidIin } from "./iin.js";
export { nameForms } from "./name-forms.js";
export { namesOfRecord } from "./names-of-record.js";
export { scrubText } from "./scrub-text.js";
export type { EntityType, ScrubEntity, ScrubOptions, ScrubResult } from "./types.js";
export { ENTITY_TYPES } from "./types.js";
