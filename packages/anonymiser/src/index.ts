export { ENTITY_TYPES, isValidIin, nameForms, namesOfRecord, scrubText } from "./scrub/index.js";
export type { EntityType, ScrubEntity, ScrubLanguage, ScrubOptions, ScrubResult } from "./scrub/index.js";
