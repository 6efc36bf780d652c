// Test data, for this package's tests only (never exported): records whose tables are known by
// construction, made from the questionnaire's arbitraries and then given the answers a test needs.
import type { Incident, InterviewRecord, MedicalSection, PoliceSection, RefusalRecord } from "@redumbrella/questionnaire";
import { recordArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";

/** The day the fixtures are validated and judged on. */
export const ON = "2026-11-28";

/** The record made countable: an adult (30) who signed consent to statistics on the interview day, never withdrawn. */
export function counted(record: InterviewRecord): InterviewRecord {
  const declined = (record.declined ?? []).filter((p) => p !== "respondent.age");
  const copy: InterviewRecord = {
    ...record,
    consent: {
      recordedBy: "signature",
      givenOn: record.interview.date,
      items: {
        statistics: { answer: true },
        useWithoutName: { answer: true },
        publicName: { answer: false },
        lawEnforcementComplaint: { answer: false },
      },
    },
    respondent: {
      ...record.respondent,
      age: record.respondent.age !== undefined && record.respondent.age >= 18 ? record.respondent.age : 30,
    },
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

/** The record with its consent to statistics withdrawn on `day`: the whole block, or the statistics item alone. */
export function withdrawn(record: InterviewRecord, day: string, what: "block" | "item"): InterviewRecord {
  const { consent } = record;
  return what === "block"
    ? { ...record, consent: { ...consent, withdrawnOn: day } }
    : { ...record, consent: { ...consent, items: { ...consent.items, statistics: { ...consent.items.statistics, withdrawnOn: day } } } };
}

/** The record with `incidents` instead of its own (none when empty), and no charge linked to one. */
export function withIncidents(record: InterviewRecord, incidents: readonly Incident[]): InterviewRecord {
  const { incidents: _, charges, ...rest } = record;
  const copy: InterviewRecord = { ...rest } as InterviewRecord;
  if (charges !== undefined) copy.charges = charges.map(({ incident: __, ...charge }) => charge);
  if (incidents.length > 0) copy.incidents = [...incidents];
  return copy;
}

/** A refusal to take part on `date`, for `reason` (or none written down). */
export function refusal(id: string, date: string, reason?: RefusalRecord["interview"]["refusalReason"]): RefusalRecord {
  const interview = { date, interviewerId: "D1", outcome: "refused" as const };
  return { schemaVersion: 2, id, interview: reason === undefined ? interview : { ...interview, refusalReason: reason } };
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
    return withIncidents(withSection(withSection(record, "police", police), "medical", medical), seedIncidents(i));
  });
}

/**
 * The incidents of the seed's i-th respondent (dates before every interview, all of 2015): twenty
 * police incidents (two officers each, at a police station or a sauna, October to December 2014),
 * eight of them complained about — five to the prosecutor, rejected; three to internal affairs,
 * withdrawn under pressure; ten client incidents in a hotel (known to the month, December 2014);
 * one medical incident known only to the year.
 */
function seedIncidents(i: number): Incident[] {
  if (i < 20) {
    const complaint =
      i < 5
        ? { to: "prosecutor" as const, outcome: "rejected" as const, withdrawnUnderPressure: false }
        : i < 8
          ? { to: "internalAffairs" as const, outcome: "withdrawn" as const, withdrawnUnderPressure: true, retaliation: true }
          : undefined;
    return [
      {
        id: "i1",
        date: `2014-${10 + (i % 3)}-15`,
        place: { kind: i % 2 === 0 ? "policeStation" : "sauna" },
        perpetrators: [{ kind: "police", count: 2 }],
        acts: ["extortion", "beating"],
        ...(complaint === undefined ? {} : { complaints: [complaint] }),
      },
    ];
  }
  if (i < 30) {
    return [
      {
        id: "c1",
        date: "2014-12-01",
        datePrecision: "month",
        place: { kind: "hotel" },
        perpetrators: [{ kind: "client" }],
        acts: ["rape", "nonPayment"],
      },
    ];
  }
  if (i === 30)
    return [{ id: "m1", date: "2014-01-01", datePrecision: "year", perpetrators: [{ kind: "medical" }], acts: ["forcedHivTest"] }];
  return [];
}

/** The eight who refused to take part in the seed study ("mostly migrants", fearing the police): five for fear, three for distrust. */
export function seedRefusals(): RefusalRecord[] {
  return Array.from({ length: 8 }, (_, i) => refusal(`0f0e0d0c-0b0a-4908-8706-05040302010${i}`, "2015-01-15", i < 5 ? "fear" : "distrust"));
}
