export { addDays } from "../core/dates.js";
export {

  chargeArb,
  consentArb,
  dateArb,
  detentionArb,
  fullNameArb,
  interviewArb,
  interviewerIdArb,
  medicalArb,
  policeArb,
  recordArb,
  respondentArb,
  respondentCodeArb,
} from "./arbitraries.js";
export type { RecordArbitraryOptions } from "./arbitraries.js";
export { MUTATION_KINDS, mutatedRecordArb, mutateRecord } from "./mutations.js";
export type { MutatedRecord, MutationKind } from "./mutations.js";
export { catalogueProblems } from "../core/catalogue.js";
