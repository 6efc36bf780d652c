export { catalogueProblems } from "../core/catalogue.js";
export { addDays } from "../core/dates.js";
export type { RecordArbitraryOptions } from "./arbitraries.js";
export {
  chargeArb,
  consentArb,
  dateArb,
  detentionArb,
  fullNameArb,
  incidentArb,
  interviewArb,
  interviewerIdArb,
  medicalArb,
  perpetratorArb,
  policeArb,
  recordArb,
  refusalArb,
  respondentArb,
  respondentCodeArb,
} from "./arbitraries.js";
export type { MutatedRecord, MutationKind } from "./mutations.js";
export { MUTATION_KINDS, mutatedRecordArb, mutateRecord } from "./mutations.js";
export { recordV1Arb } from "./v1.js";
