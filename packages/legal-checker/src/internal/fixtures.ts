// Test fixtures: valid records built from a base, each checked by the schema before use.
import { type Charge, type Incident, type InterviewRecord, parseRecord, periodEnd } from "@redumbrella/questionnaire";
import { checkRecord } from "../check.js";
import type { Finding } from "../engine/finding.js";

/** The as-of day fixtures are validated on. */
export const AS_OF = "2026-11-28";

/** A valid record with no violation at all: police and medical sections answered "no", no charge. */
export const BASE: InterviewRecord = {
  schemaVersion: 2,
  id: "6cfe2e33-6942-4da8-bc2f-ede7e859b1ae",
  interview: { date: "2016-03-14", interviewerId: "D2" },
  consent: {
    recordedBy: "signature",
    givenOn: "2016-03-14",
    items: {
      statistics: { answer: true },
      useWithoutName: { answer: true },
      publicName: { answer: false },
      lawEnforcementComplaint: { answer: false },
    },
  },
  respondent: { gender: "female", age: 30, ethnicity: "Kazakh", citizenship: "KZ" },
  police: { rightsViolated: false },
  medical: { rightsViolated: false },
};

/** A charge: an administrative charge of a sex worker for "other" conduct on 2016-02-10, with `overrides`. */
export function charge(overrides: Partial<Charge> = {}): Charge {
  return { date: "2016-02-10", code: "administrative", offence: "other", role: "sexWorker", ...overrides } as Charge;
}

/** A valid record: `BASE` with `overrides` (a shallow merge), validated by the schema. */
export function record(overrides: Partial<InterviewRecord> = {}): InterviewRecord {
  return parseRecord({ ...BASE, ...overrides }, { asOf: AS_OF }) as InterviewRecord;
}

/** A valid record with these charges and nothing else to find. */
export function withCharges(...charges: Charge[]): InterviewRecord {
  return record({ charges });
}

/** The findings of `code` for a record. */
export function findingsOf(code: string, target: InterviewRecord): Finding[] {
  return checkRecord(target).filter((f) => f.code === code);
}

/** The one finding of `code` for a record with this one charge, or `undefined`. */
export function chargeFinding(code: string, c: Charge): Finding | undefined {
  const found = findingsOf(code, withCharges(c));
  if (found.length > 1) throw new Error(`${code}: ${found.length} findings for one charge`);
  return found[0];
}

/** The one record-level finding of `code`, or `undefined`. */
export function recordFinding(code: string, target: InterviewRecord): Finding | undefined {
  const found = findingsOf(code, target).filter((f) => f.charge === null);
  if (found.length > 1) throw new Error(`${code}: ${found.length} record findings`);
  return found[0];
}

/** The days a finding is judged on: the charge's or the incident's period, or the interview's day. */
export function periodOf(target: InterviewRecord, finding: Finding): [string, string] {
  if (finding.judgedOn === "incident") {
    const i = target.incidents?.find((x) => x.id === finding.incident) as Incident;
    return [i.date, periodEnd(i.date, i.datePrecision ?? "day")];
  }
  if (finding.charge === null) return [target.interview.date, target.interview.date];
  const c = target.charges?.[finding.charge] as Charge;
  return [c.date, periodEnd(c.date, c.datePrecision ?? "day")];
}

/** Whether each citation of a finding names a version in force on (some day of) the period judged. */
export function citationsInForce(target: InterviewRecord, finding: Finding): boolean {
  const [start, end] = periodOf(target, finding);
  return finding.citations.every((c) => c.inForce.from <= end && (c.inForce.to === undefined || c.inForce.to >= start));
}

/** An incident: police in a police station on 2016-02-10, with `overrides`. */
export function incident(overrides: Partial<Incident> = {}): Incident {
  return { id: "i1", date: "2016-02-10", perpetrators: [{ kind: "police" }], ...overrides } as Incident;
}

/** A valid record with these incidents and nothing else to find. */
export function withIncidents(...incidents: Incident[]): InterviewRecord {
  return record({ incidents });
}

/** The findings of `code` for a record with these incidents, judged on the incidents' days. */
export function incidentFindings(code: string, ...incidents: Incident[]): Finding[] {
  return findingsOf(code, withIncidents(...incidents)).filter((f) => f.judgedOn === "incident");
}
