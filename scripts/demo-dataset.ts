// Generates examples/demo/interviews.ndjson: 60 synthetic interviews (record v2) that resemble the
// study of the seed report (Almaty Region, 2015, three documentators with 20 respondents each) — its
// violation tables are reproduced exactly — with incidents for a third of them, and the 8 people
// who refused to take part (mostly migrants, for fear of the police). No real person.
// Run once: `node --import tsx scripts/demo-dataset.ts` (deterministic: the same file every time).
import { writeFileSync } from "node:fs";
import {
  type Charge,
  type Incident,
  type InterviewRecord,
  MEDICAL_VIOLATIONS,
  POLICE_VIOLATIONS,
  type RefusalRecord,
  safeParseRecord,
} from "@redumbrella/questionnaire";

const N = 60;

// mulberry32: a small seeded generator, so the dataset is reproducible.
let state = 20150314;
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
/** Exactly `count` distinct respondents out of N, chosen at random. */
function respondents(count: number): Set<number> {
  const order = Array.from({ length: N }, (_, i) => i);
  for (let i = N - 1; i > 0; i--) {
    const j = int(0, i);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return new Set(order.slice(0, count));
}
const hex = (n: number): string => Array.from({ length: n }, () => int(0, 15).toString(16)).join("");
const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
const date = (from: string, days: number): string =>
  new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

// The seed's table "Documented violations by the police" (17 rows; the form's 18th box, refusal of
// medical services, is not in the table) and "by medical staff" (8 rows).
const POLICE_COUNTS: Partial<Record<(typeof POLICE_VIOLATIONS)[number], number>> = {
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
};
const MEDICAL_COUNTS: Record<(typeof MEDICAL_VIOLATIONS)[number], number> = {
  extortion: 15,
  beating: 4,
  threats: 23,
  verbalAbuse: 24,
  servicesRefused: 23,
  freeCareRightsNotExplained: 24,
  forcedHivTest: 28,
  hivStatusDisclosed: 3,
};
const police = Object.fromEntries(POLICE_VIOLATIONS.map((v) => [v, respondents(POLICE_COUNTS[v] ?? 0)]));
const medical = Object.fromEntries(MEDICAL_VIOLATIONS.map((v) => [v, respondents(MEDICAL_COUNTS[v])]));
// The complaint tables: police 27 know where / 8 complained / 2 accepted / 0 prosecuted; medical 47 / 6 / 0 / 0.
const policeKnows = respondents(27);
const policeComplained = [...respondents(8)];
const medicalKnows = respondents(47);
const medicalComplained = [...respondents(6)];

const FIRST = [
  "Айгерим",
  "Алия",
  "Асель",
  "Гульнара",
  "Динара",
  "Жанар",
  "Камила",
  "Мадина",
  "Сауле",
  "Ирина",
  "Марина",
  "Лариса",
  "Наталья",
  "Оксана",
  "Юлия",
  "Дильноза",
  "Нигора",
];
const LAST = [
  "Ахметова",
  "Байжанова",
  "Жумабаева",
  "Искакова",
  "Мусина",
  "Омарова",
  "Садыкова",
  "Есенова",
  "Иванова",
  "Смирнова",
  "Ким",
  "Цой",
  "Волкова",
  "Каримова",
];
// Five districts of Almaty Region, as in the study.
const PLACES = [
  ["Taldykorgan", "city"],
  ["Tekeli", "city"],
  ["Ushtobe", "city"],
  ["Kapshagay", "city"],
  ["Zharkent", "city"],
  ["Karabulak", "village"],
] as const;
const VENUES = [["sauna"], ["sauna"], ["sauna", "onCall"], ["apartment"], ["hotel"], ["onCall"], ["apartment", "onCall"]] as const;
const WHY_NOT = ["не верю, что помогут", "боюсь, что подбросят наркотики", "они посмеются надо мной", "боюсь, что узнают дети"];

// The edition of the code in force on a day: the 2014 codes from 2015-01-01.
const edition = (day: string): "2001" | "2014" => (day >= "2015-01-01" ? "2014" : "2001");

function charges(i: number, interview: string): Charge[] {
  if (i % 4 !== 0) return [];
  const first = date(interview, -int(20, 300));
  const list: Charge[] = [
    {
      date: first,
      code: "administrative",
      codeEdition: edition(first),
      offence: "prostitution",
      offenceText: "занятие проституцией",
      role: "sexWorker",
      place: "sauna",
      penalty: { kind: "fine", amount: int(5, 30) * 1000, currency: "KZT", paidTo: pick(["officer", "officer", "stateAccount"]) },
    },
  ];
  if (i % 8 === 0) {
    list.push({
      date: date(interview, -int(10, 90)),
      code: "administrative",
      article: "449",
      offence: "soliciting",
      role: "sexWorker",
      place: pick(["sauna", "hotel", "apartment"]),
      facts: { arrestedBeforeService: true, paymentProven: true, intercourseProven: false },
    });
  }
  if (i % 12 === 0) {
    list.push({
      date: date(interview, -int(30, 200)),
      code: "administrative",
      article: "450",
      offence: "providingPremises",
      role: "sexWorker",
      place: "apartment",
      facts: { advertisementOnly: true },
    });
  }
  return list;
}

const RANKS = ["сержант", "старший сержант", "лейтенант", "капитан"];
const AGENCIES = ["городское УВД", "РОВД", "патрульная полиция", "миграционная полиция"];

/** A third of the interviews get the incidents a consultant would act on, drawn from what she reported. */
function incidents(
  i: number,
  interviewDate: string,
  policeViolations: readonly string[],
  medicalViolations: readonly string[],
  complained: boolean,
): Incident[] {
  if (i % 3 !== 0) return [];
  const out: Incident[] = [];
  const policeActs = policeViolations.filter(() => random() < 0.5).slice(0, 5);
  const acts = (policeActs.length > 0 ? policeActs : policeViolations.slice(0, 1)) as Incident["acts"];
  const day = date(interviewDate, -int(5, 170));
  const extortion = acts?.includes("extortion") === true;
  out.push({
    id: "i1",
    date: day,
    place: { kind: pick(["sauna", "hotel", "apartment", "policeStation", "car"] as const), settlement: "Taldykorgan" },
    perpetrators: [{ kind: "police", count: int(1, 3), agency: pick(AGENCIES), rank: pick(RANKS) }],
    ...(acts === undefined || acts.length === 0 ? {} : { acts }),
    detention: {
      hours: int(2, 40),
      heldIn: pick(["policeStationCell", "temporaryDetentionRoom"] as const),
      badgeShown: false,
      relativesInformed: false,
      lawyerAllowed: false,
      rightsExplained: random() < 0.2,
      protocolDrawnUp: random() < 0.5,
    },
    ...(extortion
      ? { payments: [{ to: "officer" as const, purpose: "release" as const, amount: int(5, 40) * 1000, currency: "KZT", receipt: false }] }
      : {}),
    ...(complained
      ? {
          complaints: [
            {
              to: "prosecutor" as const,
              date: date(day, int(1, 5)) > interviewDate ? interviewDate : date(day, int(1, 5)),
              accepted: random() < 0.3,
              ...(i % 2 === 0
                ? { outcome: "withdrawn" as const, withdrawnUnderPressure: true, retaliation: true }
                : { outcome: "rejected" as const }),
            },
          ],
        }
      : {}),
  });
  if (medicalViolations.length > 0 && i % 2 === 0) {
    out.push({
      id: "i2",
      date: date(interviewDate, -int(5, 170)),
      place: { kind: "medicalFacility", settlement: "Taldykorgan" },
      perpetrators: [{ kind: "medical" }],
      acts: medicalViolations.slice(0, 3) as Incident["acts"],
    });
  }
  if (i % 9 === 0) {
    out.push({
      id: "i3",
      date: date(interviewDate, -int(5, 170)),
      place: { kind: "apartment" },
      perpetrators: [{ kind: "client" }],
      acts: ["nonPayment", "condomRefused"],
    });
  }
  return out;
}

// Q11 as the paper has it.
const TIME_IN_SEX_WORK = ["under6Months", "about1Year", "over1Year", "over3Years", "over3Years"] as const;

function interview(i: number): InterviewRecord {
  const interviewDate = date("2015-03-02", int(0, 60));
  const withdrawn = i === 17 || i === 41;
  const [settlement, settlementType] = pick(PLACES);
  const timesDetained = int(1, 9);
  const pComplained = policeComplained.indexOf(i);
  const mComplained = medicalComplained.indexOf(i);
  const policeViolations = POLICE_VIOLATIONS.filter((v) => police[v]?.has(i));
  const medicalViolations = MEDICAL_VIOLATIONS.filter((v) => medical[v]?.has(i));
  const migrant = i % 15 === 7;
  const oral = i % 5 === 2;
  const record = {
    schemaVersion: 2,
    id: uuid(),
    interview: { date: interviewDate, interviewerId: `D${Math.floor(i / 20) + 1}`, language: i % 10 === 3 ? "kk" : "ru" },
    consent: {
      recordedBy: oral ? "oral" : "signature",
      ...(oral ? { witnessId: `D${((Math.floor(i / 20) + 1) % 3) + 1}` } : {}),
      givenOn: interviewDate,
      ...(withdrawn ? { withdrawnOn: date(interviewDate, 150) } : {}),
      items: {
        statistics: { answer: true },
        useWithoutName: { answer: i % 6 !== 5 },
        publicName: { answer: i % 20 === 9 },
        // The complaint item, withdrawn alone by one respondent under pressure.
        lawEnforcementComplaint: { answer: pComplained >= 0 || i % 9 === 4, ...(i === 27 ? { withdrawnOn: date(interviewDate, 10) } : {}) },
      },
    },
    respondent: {
      fullName: `${pick(FIRST)} ${pick(LAST)}`,
      code: `AM-${String(i + 1).padStart(3, "0")}`,
      gender: "female",
      age: int(19, 48),
      ethnicity: migrant ? "Uzbek" : pick(["Kazakh", "Kazakh", "Kazakh", "Russian", "Uyghur", "Korean", "Tatar"]),
      citizenship: migrant ? pick(["UZ", "KG"]) : "KZ",
      hasId: !migrant,
      ...(migrant ? { noIdReason: "паспорт забрал администратор сауны" } : {}),
      maritalStatus: pick(["single", "single", "divorced", "married", "widowed"]),
      education: pick(["incompleteSecondary", "secondary", "secondary", "vocational", "university"]),
      injectsDrugs: i % 11 === 3,
      substitutionTherapy: false,
      livingWithHiv: i % 13 === 5,
      sexWorkVenues: [...pick(VENUES)],
      criminalRecord: i % 14 === 6,
      timeInSexWork: pick(TIME_IN_SEX_WORK),
      residence: { settlement, settlementType, region: "Almaty Region" },
    },
    sexWorkCriminalised: pick(["yes", "no", "dontKnow", "dontKnow"]),
    police: {
      rightsViolated: true,
      violations: policeViolations,
      knowsWhereToComplain: policeKnows.has(i),
      ...(policeKnows.has(i) ? { whereToComplain: pick(["прокуратура", "в НПО «Амелия»", "в департамент внутренних дел"]) } : {}),
      complained: pComplained >= 0,
      ...(pComplained >= 0
        ? {
            complaintTo: "прокуратура",
            complaintAccepted: pComplained < 2,
            ...(pComplained >= 2 ? { whyNotAccepted: "сказали, что доказательств нет" } : {}),
            perpetratorProsecuted: false,
          }
        : { whyNotComplained: pick(WHY_NOT) }),
      detained: true,
      detention: {
        ...(i % 4 === 1
          ? {
              timesDetainedBox:
                timesDetained === 1 ? "once" : timesDetained <= 3 ? "twoOrThree" : timesDetained <= 5 ? "moreThan3" : "moreThan5",
            }
          : { timesDetained }),
        badgeShown: i % 7 === 0,
        outcomes: [
          ...new Set([
            pick(["released", "paidForRelease", "fined", "reportFiled"]),
            ...(police.illegalFine?.has(i) ? ["fined" as const] : []),
          ]),
        ],
        heldIn: pick(["policeStationCell", "temporaryDetentionRoom", "temporaryDetentionFacility"]),
        courtHearing: false,
        ...(police.extortion?.has(i) && i % 3 === 0
          ? { finePaid: true, fine: { amount: int(5, 40) * 1000, currency: "KZT", paidOfficially: false, paidToOfficer: true } }
          : { finePaid: false }),
      },
    },
    medical: {
      rightsViolated: medicalViolations.length > 0,
      ...(medicalViolations.length > 0 ? { violations: medicalViolations } : {}),
      knowsWhereToComplain: medicalKnows.has(i),
      complained: mComplained >= 0,
      ...(mComplained >= 0
        ? {
            complaintTo: "администрация больницы",
            complaintAccepted: false,
            whyNotAccepted: "сказали, что не надо было говорить, что я секс-работница",
            perpetratorProsecuted: false,
          }
        : { whyNotComplained: pick(WHY_NOT) }),
    },
    incidents: incidents(i, interviewDate, policeViolations, medicalViolations, pComplained >= 0),
    charges: charges(i, interviewDate),
  };
  if (record.incidents.length === 0) delete (record as { incidents?: unknown }).incidents;
  // The first charge of a record with a police incident is the one its incident led to.
  else if (record.charges[0] !== undefined) record.charges[0] = { ...record.charges[0], incident: "i1" };
  // Every police record here has a violation (the study found 60 of 60); keep the schema honest anyway.
  if (policeViolations.length === 0) record.police.violations = ["verbalAbuse"];
  return record as InterviewRecord;
}

// The 8 who refused after seeing the questionnaire (the seed: "mostly migrants … feared they would be
// persecuted by the police and deported"): a refusal holds nothing about the person.
const REFUSAL_REASONS = ["fear", "fear", "fear", "fear", "fear", "distrust", "distrust", "noTime"] as const;
const refusals: RefusalRecord[] = REFUSAL_REASONS.map((refusalReason, k) => ({
  schemaVersion: 2,
  id: uuid(),
  interview: { date: date("2015-03-02", int(0, 60)), interviewerId: `D${(k % 3) + 1}`, outcome: "refused", refusalReason },
}));

const records: (InterviewRecord | RefusalRecord)[] = [...Array.from({ length: N }, (_, i) => interview(i)), ...refusals];
for (const [i, r] of records.entries()) {
  const result = safeParseRecord(r, { asOf: "2016-12-31" });
  if (!result.success) throw new Error(`demo record ${i} is invalid: ${JSON.stringify(result.issues)}`);
}
const out = new URL("../examples/demo/interviews.ndjson", import.meta.url);
writeFileSync(out, `${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
console.log(`wrote ${records.length} records to ${out.pathname}`);
