import * as fc from "fast-check";
import { addDays, dateOfDay, dayNumber, daysBetween } from "../core/dates.js";
import {
  CHARGE_CODES,
  CHARGE_PLACES,
  CHARGE_ROLES,
  COMPLAINT_ADDRESSEES,
  COMPLAINT_OUTCOMES,
  CONSENT_RECORDED_BY,
  DETENTION_OUTCOMES,
  EDUCATION_LEVELS,
  EVIDENCE_KINDS,
  HELD_IN,
  INCIDENT_ACTS,
  LANGUAGES,
  MARITAL_STATUSES,
  MEDICAL_VIOLATIONS,
  OFFENCES,
  PAID_TO,
  PAYMENT_PURPOSES,
  PAYMENT_TO,
  PENALTY_KINDS,
  PERPETRATOR_KINDS,
  PLACE_KINDS,
  POLICE_VIOLATIONS,
  REFUSAL_REASONS,
  SEX_WORK_VENUES,
  TIME_IN_SEX_WORK,
  TIMES_DETAINED_BOXES,
  TRI_STATE,
} from "../schema/enums.js";
import { FIELDS, type FieldPath } from "../schema/fields.js";
import { GATES } from "../schema/gates.js";
import type {
  Charge,
  Complaint,
  Consent,
  Detention,
  Incident,
  Interview,
  InterviewRecord,
  MedicalSection,
  Payment,
  Perpetrator,
  PoliceSection,
  RefusalRecord,
  Respondent,
} from "../schema/record.js";
import * as pool from "./pools.js";

/** Options of the record arbitraries. */
export interface RecordArbitraryOptions {
  /** No generated date is after this day, `YYYY-MM-DD`. Defaults to `"2024-12-31"`. */
  readonly maxDate?: string;
  /** The earliest interview date. Defaults to `"2014-01-01"`. */
  readonly minDate?: string;
}

/** A calendar date `YYYY-MM-DD` between `min` and `max`, inclusive. */
export function dateArb(min: string, max: string): fc.Arbitrary<string> {
  return fc.integer({ min: dayNumber(min), max: dayNumber(max) }).map(dateOfDay);
}

// Drops the keys whose value is undefined: an unanswered question is absent, never undefined.
function compact<T extends object>(obj: T): T {
  for (const key of Object.keys(obj) as (keyof T)[]) if (obj[key] === undefined) delete obj[key];
  return obj;
}

/** Absent one time in `nilOneIn` (fast-check's `freq`: 1 would always be absent). */
const maybe = <T>(arb: fc.Arbitrary<T>, nilOneIn = 3): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: nilOneIn });
/** Present one time in `oneIn`. */
const rarely = <T>(arb: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
const pick = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values);
/** Distinct choices, in the form's order. */
const someOf = <T>(values: readonly T[], minLength = 0): fc.Arbitrary<T[]> => fc.subarray([...values], { minLength });

/** A documentator's code, as on the form: `D1`–`D3`, sometimes a partner's longer code. */
export const interviewerIdArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 1, max: 3 }).map((n) => `D${n}`) },
  { weight: 1, arbitrary: fc.tuple(pick(["ALM", "TK", "SH"]), fc.integer({ min: 1, max: 99 })).map(([p, n]) => `${p}-D${n}`) },
);

/** A respondent's code, as documentators write them: `TK-017`. */
export const respondentCodeArb: fc.Arbitrary<string> = fc
  .tuple(pick(["TK", "KP", "AL", "US", "ZH"]), fc.integer({ min: 1, max: 999 }))
  .map(([p, n]) => `${p}-${String(n).padStart(3, "0")}`);

/** An invented full name: a Kazakh or Russian first name and surname of the given gender. */
export function fullNameArb(gender: "female" | "male" = "female"): fc.Arbitrary<string> {
  const first = gender === "female" ? pool.FEMALE_FIRST_NAMES : pool.MALE_FIRST_NAMES;
  return fc.tuple(pick(first), pick(pool.SURNAMES)).map(([f, s]) => `${f} ${gender === "female" ? s[1] : s[0]}`);
}

/** The interview header, dated between the options' bounds. */
export function interviewArb(options: RecordArbitraryOptions = {}): fc.Arbitrary<Interview> {
  const { minDate = "2014-01-01", maxDate = "2024-12-31" } = options;
  return fc.record({ date: dateArb(minDate, maxDate), interviewerId: interviewerIdArb, language: maybe(pick(LANGUAGES)) }).map(compact);
}

/** One item of the consent block: answered, sometimes confirmed later or withdrawn alone. */
function consentItemArb(span: number) {
  return fc.record({
    answer: fc.boolean(),
    givenAfter: rarely(fc.integer({ min: 0, max: Math.min(60, span) }), 6),
    withdrawnAfter: rarely(fc.integer({ min: 0, max: span }), 10),
  });
}

/** A consent block for an interview on `interviewDate`: given that day or confirmed later, item by item, sometimes withdrawn. */
export function consentArb(interviewDate: string, maxDate = "2024-12-31"): fc.Arbitrary<Consent> {
  const span = Math.max(0, daysBetween(interviewDate, maxDate));
  return fc
    .record({
      recordedBy: fc.oneof(
        { weight: 6, arbitrary: pick(CONSENT_RECORDED_BY.slice(0, 2)) },
        { weight: 1, arbitrary: fc.constant("none" as const) },
      ),
      witnessId: maybe(interviewerIdArb, 2),
      givenAfter: fc.oneof(
        { weight: 4, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: Math.min(30, span) }) },
      ),
      withdrawnAfter: rarely(fc.integer({ min: 0, max: span }), 6),
      statistics: consentItemArb(span),
      useWithoutName: consentItemArb(span),
      publicName: consentItemArb(span),
      lawEnforcementComplaint: consentItemArb(span),
    })
    .map(({ givenAfter, withdrawnAfter, recordedBy, witnessId, ...items }) => {
      const day = (offset: number): string => addDays(interviewDate, Math.min(span, offset));
      const givenOn = day(givenAfter);
      const item = (i: { answer: boolean; givenAfter: number | undefined; withdrawnAfter: number | undefined }) => {
        const own = i.givenAfter === undefined ? givenAfter : givenAfter + i.givenAfter;
        return compact({
          answer: i.answer,
          givenOn: i.givenAfter === undefined ? undefined : day(own),
          withdrawnOn: i.withdrawnAfter === undefined ? undefined : day(own + i.withdrawnAfter),
        });
      };
      return compact({
        recordedBy,
        witnessId: recordedBy === "oral" ? witnessId : undefined,
        givenOn,
        withdrawnOn: withdrawnAfter === undefined ? undefined : day(givenAfter + withdrawnAfter),
        items: {
          statistics: item(items.statistics),
          useWithoutName: item(items.useWithoutName),
          publicName: item(items.publicName),
          lawEnforcementComplaint: item(items.lawEnforcementComplaint),
        },
      });
    });
}

/** A respondent: mostly adult women, some migrants and minors, now and then without an ID. */
export const respondentArb: fc.Arbitrary<Respondent> = fc
  .record({
    gender: fc.oneof(
      { weight: 17, arbitrary: fc.constant("female" as const) },
      { weight: 1, arbitrary: fc.constantFrom("male" as const, "transgender" as const, "other" as const) },
    ),
    age: fc.oneof(
      { weight: 18, arbitrary: fc.integer({ min: 18, max: 55 }) },
      { weight: 1, arbitrary: fc.integer({ min: 14, max: 17 }) },
      { weight: 1, arbitrary: fc.integer({ min: 10, max: 99 }) },
    ),
    fullName: maybe(fullNameArb("female"), 2),
    code: maybe(respondentCodeArb, 8),
    ethnicity: pick(pool.ETHNICITIES),
    citizenship: pick(pool.CITIZENSHIPS),
    hasId: maybe(fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) })),
    noIdReason: maybe(pick(pool.NO_ID_REASONS), 2),
    maritalStatus: maybe(pick(MARITAL_STATUSES)),
    education: maybe(pick(EDUCATION_LEVELS)),
    injectsDrugs: maybe(fc.boolean()),
    substitutionTherapy: maybe(fc.boolean()),
    livingWithHiv: maybe(fc.boolean()),
    sexWorkVenues: maybe(
      fc.oneof(
        { weight: 9, arbitrary: someOf(SEX_WORK_VENUES.slice(1), 1) },
        { weight: 1, arbitrary: fc.constant<(typeof SEX_WORK_VENUES)[number][]>([]) },
      ),
    ),
    criminalRecord: maybe(fc.boolean()),
    timeInSexWork: pick(TIME_IN_SEX_WORK),
    residence: maybe(fc.tuple(pick(pool.PLACES), fc.integer({ min: 0, max: 7 }))),
  })
  .map(({ noIdReason, timeInSexWork, residence, ...r }) =>
    compact({
      ...r,
      noIdReason: r.hasId === false ? noIdReason : undefined,
      timeInSexWork: r.sexWorkVenues !== undefined && r.sexWorkVenues.length > 0 ? timeInSexWork : undefined,
      // Each part of the place is left out now and then (bit mask).
      residence:
        residence === undefined
          ? undefined
          : compact({
              settlement: residence[1] & 1 ? undefined : residence[0][0],
              settlementType: residence[1] & 2 ? undefined : residence[0][1],
              region: residence[1] & 4 && residence[1] !== 7 ? undefined : residence[0][2],
            }),
    }),
  );

/** The questions the police and medical sections share, for the given list of violations. */
function complaintArb<T extends string>(violations: readonly T[]) {
  return fc
    .record({
      rightsViolated: maybe(fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }), 8),
      violations: someOf(violations),
      otherViolation: rarely(pick(pool.OTHER_VIOLATIONS), 4),
      knowsWhereToComplain: maybe(fc.boolean()),
      whereToComplain: maybe(pick(pool.WHERE_TO_COMPLAIN)),
      complained: maybe(fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 4, arbitrary: fc.constant(false) })),
      complaintTo: maybe(pick(pool.WHERE_TO_COMPLAIN)),
      whyNotComplained: maybe(pick(pool.WHY_NOT_COMPLAINED)),
      complaintAccepted: maybe(fc.boolean()),
      whyNotAccepted: maybe(pick(pool.WHY_NOT_ACCEPTED)),
      perpetratorProsecuted: maybe(fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 6, arbitrary: fc.constant(false) })),
    })
    .map((s) => {
      const violated = s.rightsViolated === true;
      const violationList = violated && s.violations.length === 0 && s.otherViolation === undefined ? violations.slice(0, 1) : s.violations;
      const complained = s.complained === true;
      const accepted = complained ? s.complaintAccepted : undefined;
      return compact({
        ...s,
        violations: violated && violationList.length > 0 ? violationList : undefined,
        otherViolation: violated ? s.otherViolation : undefined,
        whereToComplain: s.knowsWhereToComplain === true ? s.whereToComplain : undefined,
        complaintTo: complained ? s.complaintTo : undefined,
        whyNotComplained: s.complained === false ? s.whyNotComplained : undefined,
        complaintAccepted: accepted,
        whyNotAccepted: accepted === false ? s.whyNotAccepted : undefined,
        perpetratorProsecuted: complained ? s.perpetratorProsecuted : undefined,
      });
    });
}

/** Detention: how often, what followed, where she was held, hearing and fine. */
export const detentionArb: fc.Arbitrary<Detention> = fc
  .record({
    timesDetained: maybe(
      fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 6 }) }, { weight: 1, arbitrary: fc.integer({ min: 7, max: 60 }) }),
      8,
    ),
    timesDetainedBox: pick(TIMES_DETAINED_BOXES),
    boxNotNumber: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    finePaid: maybe(fc.boolean()),
    badgeShown: maybe(fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 3, arbitrary: fc.constant(false) })),
    outcomes: maybe(someOf(DETENTION_OUTCOMES, 1)),
    otherOutcome: pick(pool.OTHER_OUTCOMES),
    heldIn: maybe(pick(HELD_IN)),
    heldInOther: pick(pool.HELD_IN_OTHER),
    courtHearing: maybe(fc.boolean()),
    hoursToHearing: maybe(fc.integer({ min: 1, max: 96 })),
    fine: maybe(
      fc
        .record({
          amount: maybe(
            fc.integer({ min: 1, max: 60 }).map((n) => n * 1000),
            8,
          ),
          currency: fc.constant("KZT"),
          paidOfficially: maybe(fc.boolean()),
          paidToOfficer: maybe(fc.boolean()),
        })
        .map((f) => compact({ ...f, currency: f.amount === undefined ? undefined : f.currency })),
    ),
  })
  .map(({ boxNotNumber, ...d }) =>
    compact({
      ...d,
      // Q20: the number, or the paper's box — never both.
      timesDetained: boxNotNumber ? undefined : d.timesDetained,
      timesDetainedBox: boxNotNumber ? d.timesDetainedBox : undefined,
      otherOutcome: d.outcomes?.includes("other") ? d.otherOutcome : undefined,
      heldInOther: d.heldIn === "other" ? d.heldInOther : undefined,
      hoursToHearing: d.courtHearing === true ? d.hoursToHearing : undefined,
      fine: d.finePaid === true ? d.fine : undefined,
    }),
  );

/** The police section, with detention about half the time; `detained` says so, or is not asked. */
export const policeArb: fc.Arbitrary<PoliceSection> = fc
  .tuple(complaintArb(POLICE_VIOLATIONS), maybe(detentionArb, 2), maybe(fc.constant(false), 2))
  .map(([s, detention, notDetained]) => compact({ ...s, detained: detention === undefined ? notDetained : true, detention }));

/** The medical section. */
export const medicalArb: fc.Arbitrary<MedicalSection> = complaintArb(MEDICAL_VIOLATIONS);

/** A charge of the legal annex for conduct between `minDate` and `maxDate`, its date written for its precision. */
export function chargeArb(minDate = "1995-01-01", maxDate = "2024-12-31"): fc.Arbitrary<Charge> {
  return fc
    .record({
      date: dateArb(minDate, maxDate),
      datePrecision: maybe(
        fc.oneof(
          { weight: 4, arbitrary: fc.constant("day" as const) },
          { weight: 1, arbitrary: fc.constantFrom("month" as const, "year" as const) },
        ),
      ),
      code: pick(CHARGE_CODES),
      edition: maybe(fc.boolean(), 2),
      article: maybe(pick(["449", "450", "434", "308", "309", "128", "134", "296"])),
      offence: pick(OFFENCES),
      offenceText: maybe(pick(pool.OFFENCE_TEXTS), 2),
      role: fc.oneof({ weight: 5, arbitrary: fc.constant("sexWorker" as const) }, { weight: 1, arbitrary: pick(CHARGE_ROLES) }),
      place: maybe(pick(CHARGE_PLACES)),
      facts: maybe(
        fc
          .record({
            paidActsProven: maybe(fc.integer({ min: 0, max: 4 })),
            paymentProven: maybe(fc.boolean()),
            intercourseProven: maybe(fc.boolean()),
            advertisementOnly: maybe(fc.boolean()),
            arrestedBeforeService: maybe(fc.boolean()),
            knowingly: maybe(fc.boolean()),
            organisingFunctions: maybe(fc.boolean()),
          })
          .map(compact),
      ),
      penalty: maybe(
        fc
          .record({
            kind: fc.oneof({ weight: 4, arbitrary: fc.constant("fine" as const) }, { weight: 1, arbitrary: pick(PENALTY_KINDS) }),
            amount: fc.integer({ min: 1, max: 200 }).map((n) => n * 500),
            paidTo: maybe(pick(PAID_TO)),
          })
          .map((p) => compact(p.kind === "fine" ? { ...p, currency: "KZT" } : { kind: p.kind, paidTo: p.paidTo })),
      ),
    })
    .map(({ edition, ...c }) => {
      const date = periodStart(c.date, c.datePrecision);
      // The edition the paper cites, for a known code: the one in force on the day (2014's from 2015).
      const old = c.code === "criminal" ? "1997" : "2001";
      const codeEdition = edition === undefined || c.code === "unknown" ? undefined : date >= "2015-01-01" ? "2014" : old;
      return compact({ ...c, date, codeEdition });
    });
}

const periodStart = (date: string, precision: "day" | "month" | "year" | undefined): string =>
  precision === "month" ? `${date.slice(0, 8)}01` : precision === "year" ? `${date.slice(0, 5)}01-01` : date;

/** Who did it: police (with what she knows of them), medical staff, a client, a pimp… */
export const perpetratorArb: fc.Arbitrary<Perpetrator> = fc
  .record({
    kind: fc.oneof({ weight: 4, arbitrary: fc.constant("police" as const) }, { weight: 3, arbitrary: pick(PERPETRATOR_KINDS) }),
    count: maybe(fc.integer({ min: 1, max: 5 })),
    agency: maybe(pick(pool.AGENCIES)),
    unit: rarely(pick(pool.UNITS), 3),
    rank: maybe(pick(pool.RANKS)),
    badgeNumber: rarely(fc.integer({ min: 1000, max: 99999 }).map(String), 4),
    name: rarely(fullNameArb("male"), 5),
  })
  .map((p) => compact(p.kind === "police" ? p : { kind: p.kind, count: p.count, name: p.name }));

const paymentArb: fc.Arbitrary<Payment> = fc
  .record({
    to: pick(PAYMENT_TO),
    purpose: maybe(pick(PAYMENT_PURPOSES)),
    amount: fc.integer({ min: 1, max: 100 }).map((n) => n * 1000),
    currency: fc.constant("KZT"),
    receipt: maybe(fc.boolean()),
  })
  .map(compact);

function complaintAboutArb(minDate: string, maxDate: string): fc.Arbitrary<Complaint> {
  return fc
    .record({
      to: pick(COMPLAINT_ADDRESSEES),
      date: maybe(dateArb(minDate, maxDate)),
      accepted: maybe(fc.boolean()),
      outcome: maybe(pick(COMPLAINT_OUTCOMES)),
      withdrawnUnderPressure: maybe(fc.boolean(), 2),
      retaliation: maybe(fc.boolean(), 2),
    })
    .map(compact);
}

/** An incident before `interviewDate` (on or after `minDate`), consistent: detention and payments to officers only with the police. */
export function incidentArb(id: string, interviewDate: string, minDate = "2013-01-01"): fc.Arbitrary<Incident> {
  const from = minDate < interviewDate ? minDate : interviewDate;
  return fc
    .record({
      date: dateArb(from, interviewDate),
      datePrecision: maybe(
        fc.oneof(
          { weight: 4, arbitrary: fc.constant("day" as const) },
          { weight: 1, arbitrary: fc.constantFrom("month" as const, "year" as const) },
        ),
      ),
      place: maybe(fc.record({ kind: maybe(pick(PLACE_KINDS)), settlement: maybe(pick(pool.PLACES).map((p) => p[0])) }).map(compact), 4),
      perpetrators: fc.array(perpetratorArb, { minLength: 1, maxLength: 2 }),
      acts: maybe(someOf(INCIDENT_ACTS, 1), 6),
      detention: maybe(
        fc
          .record({
            hours: maybe(fc.integer({ min: 1, max: 96 })),
            heldIn: maybe(pick(HELD_IN)),
            badgeShown: maybe(fc.boolean()),
            relativesInformed: maybe(fc.boolean()),
            lawyerAllowed: maybe(fc.boolean()),
            rightsExplained: maybe(fc.boolean()),
            medicalAidGiven: maybe(fc.boolean()),
            protocolDrawnUp: maybe(fc.boolean()),
            courtHearing: maybe(fc.boolean()),
            hoursToHearing: maybe(fc.integer({ min: 1, max: 96 })),
          })
          .map((d) => compact({ ...d, hoursToHearing: d.courtHearing === true ? d.hoursToHearing : undefined })),
        2,
      ),
      payments: maybe(fc.array(paymentArb, { minLength: 1, maxLength: 2 }), 2),
      evidence: maybe(someOf(EVIDENCE_KINDS, 1), 2),
      complaintAfter: maybe(fc.integer({ min: 0, max: 60 }), 2),
      complaint: complaintAboutArb(interviewDate, interviewDate),
      narrative: maybe(pick(pool.NARRATIVES), 2),
    })
    .map(({ complaintAfter, complaint, ...i }) => {
      const date = periodStart(i.date, i.datePrecision);
      const police = i.perpetrators.some((p) => p.kind === "police");
      const payments = police ? i.payments : i.payments?.filter((p) => p.to !== "officer");
      const complaintDate =
        complaintAfter === undefined
          ? undefined
          : addDays(date, complaintAfter) <= interviewDate
            ? addDays(date, complaintAfter)
            : interviewDate;
      return compact({
        id,
        ...i,
        date,
        detention: police ? i.detention : undefined,
        payments: payments !== undefined && payments.length > 0 ? payments : undefined,
        complaints: complaintDate === undefined ? undefined : [compact({ ...complaint, date: complaintDate })],
      });
    });
}

// Declining a question also removes what it gates (no detail survives without its gate).
const GATED_BY = new Map<string, string[]>();
for (const g of GATES) GATED_BY.set(g.on, [...(GATED_BY.get(g.on) ?? []), g.field]);
const DECLINABLE = (Object.keys(FIELDS) as FieldPath[]).filter(
  (p) => (FIELDS[p] as { declinable?: boolean }).declinable === true && !/\.(violations|otherViolation)$/.test(p),
);

function removePath(record: InterviewRecord, path: string): boolean {
  const keys = path.split(".");
  let obj: Record<string, unknown> | undefined = record as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) obj = obj?.[key] as Record<string, unknown> | undefined;
  const last = keys.at(-1) as string;
  if (obj === undefined || obj[last] === undefined) return false;
  delete obj[last];
  for (const gated of GATED_BY.get(path) ?? []) removePath(record, gated);
  return true;
}

/** A valid record v2 of an interview that took place: every section, incidents for about a third, charges linked to them, some questions declined. */
export function recordArb(options: RecordArbitraryOptions = {}): fc.Arbitrary<InterviewRecord> {
  const maxDate = options.maxDate ?? "2024-12-31";
  return interviewArb(options).chain((interview) =>
    fc
      .record({
        id: fc.uuid({ version: 4 }),
        outcome: rarely(pick(["completed", "interrupted"] as const), 6),
        consent: consentArb(interview.date, maxDate),
        respondent: respondentArb,
        sexWorkCriminalised: maybe(pick(TRI_STATE)),
        expectedPenalty: pick(pool.EXPECTED_PENALTIES),
        police: maybe(policeArb, 8),
        medical: maybe(medicalArb, 6),
        incidents: rarely(
          fc
            .integer({ min: 1, max: 3 })
            .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => incidentArb(`i${i + 1}`, interview.date)))),
          3,
        ),
        charges: maybe(fc.array(fc.tuple(chargeArb("1995-01-01", interview.date), fc.nat(4)), { maxLength: 3 }), 2),
        declined: rarely(fc.subarray(DECLINABLE, { minLength: 1, maxLength: 3 }), 3),
      })
      .map(({ declined, outcome, incidents, charges, ...r }) => {
        const { id, ...rest } = r;
        const record = compact({
          schemaVersion: 2 as const,
          id,
          interview: compact({ ...interview, outcome }),
          ...rest,
          expectedPenalty: r.sexWorkCriminalised === "yes" ? r.expectedPenalty : undefined,
          incidents,
          // A charge names its incident now and then (an id that exists).
          charges: charges?.map(([charge, link]) => compact({ ...charge, incident: incidents?.[link]?.id })),
        }) as InterviewRecord;
        const actuallyDeclined = (declined ?? []).filter((p) => removePath(record, p));
        if (actuallyDeclined.length > 0) (record as { declined?: string[] }).declined = actuallyDeclined;
        return record;
      }),
  );
}

/** A refusal to take part: the interview header with its reason, nothing about the person. */
export function refusalArb(options: RecordArbitraryOptions = {}): fc.Arbitrary<RefusalRecord> {
  return fc
    .record({ id: fc.uuid({ version: 4 }), interview: interviewArb(options), refusalReason: maybe(pick(REFUSAL_REASONS), 4) })
    .map(({ id, interview, refusalReason }) => ({
      schemaVersion: 2 as const,
      id,
      interview: compact({ ...interview, outcome: "refused" as const, refusalReason }),
    }));
}
