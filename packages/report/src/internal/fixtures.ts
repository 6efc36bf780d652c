// Test data, for this package's tests only (never exported): records whose tables are known by
// construction, made from the questionnaire's arbitraries and then given the answers a test needs.
import type { InterviewRecord, MedicalSection, PoliceSection } from "@redumbrella/questionnaire";
import { recordArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";

/** The day the fixtures are validated and judged on. */
export const ON = "2026-11-28";

/** The record made countable: an adult (30) who consented to statistics on the interview day, never withdrawn. */
export function counted(record: InterviewRecord): InterviewRecord {
  const declined = (record.declined ?? []).filter((p) => p !== "respondent.age");
  const copy: InterviewRecord = {
    ...record,
    consent: {
      statistics: true,
      useWithoutName: true,
      publicName: false,
      lawEnforcementComplaint: false,
      recordedBy: "signature",
      givenOn: record.interview.date,
    },
    respondent: { ...record.respondent, age: record.respondent.age !== undefined && record.respondent.age >= 18 ? record.respondent.age : 30 },
  };
  if (declined.length > 0) copy.declined = declined;
  else delete copy.declined;
  return copy;
}

/** The record with `section` replaced (or removed), and nothing under it left in `declined`. */
export function withSection<TSection extends "police" | "medical">(
  record: InterviewRecord,
  section: TSection,
  value: InterviewRecord[TSection] | undefined,
): InterviewRecord {
  const copy: InterviewRecord = { ...record };
  if (value === undefined) delete copy[section];
  else copy[section] = value;
  const declined = (record.declined ?? []).filter((p) => p !== section && !p.startsWith(`${section}.`));
  if (declined.length > 0) copy.declined = declined;
  else delete copy.declined;
  return copy;
}

/** `n` valid records, interviewed in 2015, each counted for statistics. */
export function countedRecords(n: number, seed = 42): InterviewRecord[] {
  return fc.sample(recordArb({ minDate: "2015-01-01", maxDate: "2015-06-30" }), { numRuns: n, seed }).map(counted);
}

/** The seed report's police table (Amelia, 2015): respondents who reported each violation, of 60. */
export const SEED_POLICE = {
  extortion: 54,
  beating: 47,
  threats: 54,
  robbery: 8,
  verbalAbuse: 55,
  illegalDetention: 54,
  passportConfiscated: 12,
  relativesNotInformed: 55,
  detentionConditions: 55,
  legalAidRefused: 55,
  rightsNotExplained: 54,
  medicalAidRefused: 12,
  drugsPlanted: 7,
  sexualAbuse: 4,
  gangRape: 4,
  illegalFine: 47,
  forcedHivTest: 31,
  medicalServicesRefused: 0,
} as const;

/** The seed report's medical table, of 60. */
export const SEED_MEDICAL = {
  extortion: 15,
  beating: 4,
  threats: 23,
  verbalAbuse: 24,
  servicesRefused: 23,
  freeCareRightsNotExplained: 24,
  forcedHivTest: 28,
  hivStatusDisclosed: 3,
} as const;

const ticked = <T extends string>(counts: Readonly<Record<T, number>>, i: number): T[] =>
  (Object.keys(counts) as T[]).filter((code) => i < counts[code]);

/**
 * Sixty records that give the seed report's tables: police — knows where to complain 27, complained
 * 8, accepted 2 of them, none prosecuted; medical — knows 47, complained 6, none accepted, none
 * prosecuted.
 */
export function seedRecords(): InterviewRecord[] {
  return countedRecords(60).map((record, i) => {
    const policeViolations = ticked(SEED_POLICE, i);
    const police: PoliceSection = {
      rightsViolated: policeViolations.length > 0,
      ...(policeViolations.length > 0 ? { violations: policeViolations } : {}),
      knowsWhereToComplain: i < 27,
      complained: i < 8,
      ...(i < 8 ? { complaintAccepted: i < 2, perpetratorProsecuted: false } : {}),
    };
    const medicalViolations = ticked(SEED_MEDICAL, i);
    const medical: MedicalSection = {
      rightsViolated: medicalViolations.length > 0,
      ...(medicalViolations.length > 0 ? { violations: medicalViolations } : {}),
      knowsWhereToComplain: i < 47,
      complained: i < 6,
      ...(i < 6 ? { complaintAccepted: false, perpetratorProsecuted: false } : {}),
    };
    return withSection(withSection(record, "police", police), "medical", medical);
  });
}
