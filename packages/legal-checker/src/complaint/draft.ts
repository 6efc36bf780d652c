import { type Decision, decide } from "@redumbrella/consent";
import type { Incident, InterviewRecord, Issue, Locale, Result } from "@redumbrella/questionnaire";
import { CHOICE_LABELS } from "@redumbrella/questionnaire/form";
import { checkRecord } from "../check.js";
import type { Finding } from "../engine/finding.js";
import type { Pack } from "../engine/pack.js";
import { describeCitation } from "../explain.js";
import { kz } from "../packs/kz/index.js";
import {
  COMPLAINT_ISSUE_MESSAGES,
  COMPLAINT_MESSAGES,
  type ComplaintIssueCode,
  type ComplaintMessageKey,
  type ComplaintTo,
} from "./messages.js";

/** Options of `draftComplaint`. */
export interface DraftComplaintOptions {
  /** Whom the complaint goes to. */
  readonly to: ComplaintTo;
  /** The day the complaint is drafted and filed, `YYYY-MM-DD`: her consent must hold on it. */
  readonly asOf: string;
  /** The language of the letter. Defaults to `"ru"`. */
  readonly locale?: Locale;
  /** The pack whose findings the letter states. Defaults to `kz`. */
  readonly pack?: Pack;
  /**
   * Write her name as the applicant. Only when she agreed to her name being disclosed (C3, valid on
   * `asOf`); else the letter leaves the line for her to fill in and sign at the NGO. Defaults to `false`.
   */
  readonly identify?: boolean;
}

/** A drafted complaint: the letter in Markdown and in plain text, and what it rests on. */
export interface ComplaintDraft {
  readonly to: ComplaintTo;
  readonly locale: Locale;
  readonly incident: string;
  readonly markdown: string;
  readonly text: string;
  /** The findings the letter states (flags only), in the checker's order. */
  readonly findings: readonly Finding[];
  /** The incident's undetermined findings, for the consultant to settle: never in the letter. */
  readonly unresolved: readonly Finding[];
  /** The incident's flags this addressee is not told of (another body's matter, or her health data for law enforcement). */
  readonly withheld: readonly Finding[];
  /** Whether the letter names her (see `identify`). */
  readonly identified: boolean;
  /** The consent decision that allowed it, with its obligations (`MINIMISE`, `REDACT_SENSITIVE`). */
  readonly consent: Decision;
}

/** An issue of `draftComplaint`: why no letter. */
export type ComplaintIssue = Issue<ComplaintIssueCode>;

const HEALTH: ReadonlySet<ComplaintTo> = new Set(["healthDepartment", "clinicHead", "aidsCentre"]);

// Which findings each kind of addressee acts on, by rule: a health body is not told of police detention, nor the police of a clinic's duty to explain free care.
const HEALTH_RULES: ReadonlySet<string> = new Set([
  "kz.incident.ill-treatment",
  "kz.incident.sexual-violence",
  "kz.incident.extortion",
  "kz.incident.medical-care-refused",
  "kz.incident.free-care-not-explained",
  "kz.incident.hiv-status-disclosed",
  "kz.incident.forced-hiv-test.medical",
  "kz.incident.retaliation",
]);
// A letter to law enforcement never tells its reader she has an HIV diagnosis (REDACT_SENSITIVE): a disclosure goes to a health body.
const NOT_FOR_POLICE: ReadonlySet<string> = new Set([
  "kz.incident.free-care-not-explained",
  "kz.incident.forced-hiv-test.medical",
  "kz.incident.hiv-status-disclosed",
]);

// The acts each finding rests on: the letter names only these (minimised: a beating is told without her HIV test).
const ACTS_OF: Readonly<Record<string, readonly string[]>> = {
  ILL_TREATMENT_BY_OFFICIAL: ["beating", "verbalAbuse"],
  SEXUAL_VIOLENCE_BY_OFFICIAL: ["sexualAbuse", "gangRape", "rape"],
  EXTORTION_BY_OFFICIAL: ["extortion", "threats"],
  ROBBERY_BY_OFFICIAL: ["robbery"],
  UNLAWFUL_DETENTION: ["illegalDetention", "illegalFine"],
  DOCUMENTS_CONFISCATED: ["passportConfiscated"],
  DETENTION_CONDITIONS: ["detentionConditions"],
  MEDICAL_CARE_REFUSED: ["servicesRefused", "medicalServicesRefused", "medicalAidRefused"],
  FREE_CARE_NOT_EXPLAINED: ["freeCareRightsNotExplained"],
  HIV_STATUS_DISCLOSED: ["hivStatusDisclosed"],
  FORCED_HIV_TEST: ["forcedHivTest"],
  DRUGS_PLANTED: ["drugsPlanted"],
  DETENTION_RIGHTS_DENIED: ["relativesNotInformed", "legalAidRefused", "rightsNotExplained"],
  RETALIATION_FOR_COMPLAINT: ["threats"],
  CRIME_BY_PRIVATE_PERSON: ["rape", "sexualAbuse", "gangRape", "beating", "robbery", "extortion", "threats", "condomRefused"],
};

const fail = (code: ComplaintIssueCode, params: Record<string, string>, locale: Locale): Result<ComplaintDraft, ComplaintIssueCode> => ({
  success: false,
  issues: [{ code, path: [], message: COMPLAINT_ISSUE_MESSAGES.format(code, params, locale), params }],
});

const dayOf = (iso: string, locale: Locale): string => (locale === "en" ? iso : iso.split("-").reverse().join("."));

/** A block of the letter: a heading, a paragraph, or a numbered list. */
type Block = { readonly h: string } | { readonly p: string } | { readonly ol: readonly string[] } | { readonly ul: readonly string[] };

function facts(
  incident: Incident,
  findings: readonly Finding[],
  health: boolean,
  t: (k: ComplaintMessageKey, p?: Record<string, string>) => string,
  locale: Locale,
): string[] {
  const out: string[] = [];
  const L = CHOICE_LABELS;
  const precision = incident.datePrecision ?? "day";
  const date = dayOf(incident.date, locale);
  const shown =
    precision === "day"
      ? date
      : precision === "month"
        ? date.slice(locale === "en" ? 0 : 3, locale === "en" ? 7 : undefined)
        : incident.date.slice(0, 4);
  out.push(t("when", { date: t(`when.${precision}`, { date: shown }) }));
  const place = [
    incident.place?.kind === undefined ? undefined : L.placeKind[incident.place.kind][locale],
    incident.place?.settlement,
    incident.place?.district,
  ].filter((x) => x !== undefined);
  if (place.length > 0) out.push(t("where", { place: place.join(", ") }));
  const sep = t("list.separator");
  // A health body hears of medical staff; law enforcement of everyone involved.
  const who = incident.perpetrators
    .filter((p) => !health || p.kind === "medical")
    .map((p) => {
      const details = [p.agency, p.unit, p.rank, p.badgeNumber === undefined ? undefined : `№ ${p.badgeNumber}`, p.name].filter(
        (x) => x !== undefined,
      );
      return t("who.one", {
        kind: L.perpetratorKind[p.kind][locale],
        count: p.count !== undefined && p.count > 1 ? t("who.count", { count: String(p.count) }) : "",
        details: details.length > 0 ? `: ${details.join(", ")}` : "",
      });
    });
  if (who.length > 0) out.push(t("who", { who: who.join(sep) }));
  const wanted = new Set(findings.flatMap((f) => ACTS_OF[f.code] ?? []));
  const acts = (incident.acts ?? []).filter((a) => wanted.has(a)).map((a) => L.incidentAct[a][locale]);
  if (acts.length > 0) out.push(t("acts", { acts: acts.join(sep) }));
  const d = incident.detention;
  if (!health && d !== undefined) {
    const parts: string[] = [];
    if (d.hours !== undefined) parts.push(t("detention.hours", { hours: String(d.hours) }));
    if (d.heldIn !== undefined) parts.push(t("detention.heldIn", { place: L.heldIn[d.heldIn][locale] }));
    if (d.protocolDrawnUp !== undefined) parts.push(t(d.protocolDrawnUp ? "detention.protocol.true" : "detention.protocol.false"));
    if (d.courtHearing === true)
      parts.push(t("detention.court.true", { hours: d.hoursToHearing === undefined ? "______" : String(d.hoursToHearing) }));
    if (d.courtHearing === false) parts.push(t("detention.court.false"));
    if (d.badgeShown === false) parts.push(t("detention.badge.false"));
    if (d.relativesInformed === false) parts.push(t("detention.relatives.false"));
    if (d.lawyerAllowed === false) parts.push(t("detention.lawyer.false"));
    if (d.rightsExplained === false) parts.push(t("detention.rights.false"));
    if (d.medicalAidGiven === false) parts.push(t("detention.medical.false"));
    if (parts.length > 0) out.push(t("detention", { details: parts.join(sep) }));
  }
  for (const p of incident.payments ?? []) {
    if (health ? p.to !== "medicalStaff" : p.to !== "officer") continue;
    out.push(
      t("payment", {
        to: L.paymentTo[p.to][locale],
        amount: String(p.amount),
        currency: p.currency,
        purpose: p.purpose === undefined ? "" : t("payment.purpose", { purpose: L.paymentPurpose[p.purpose][locale] }),
        receipt: p.receipt === undefined ? "" : t(p.receipt ? "payment.receipt.true" : "payment.receipt.false"),
      }),
    );
  }
  for (const c of incident.complaints ?? []) {
    out.push(
      t("complaint", {
        to: L.complaintAddressee[c.to][locale],
        date: c.date === undefined ? "" : t("complaint.date", { date: dayOf(c.date, locale) }),
        outcome: c.outcome === undefined ? "" : t("complaint.outcome", { outcome: L.complaintOutcome[c.outcome][locale] }),
        pressure: `${c.withdrawnUnderPressure === true ? t("complaint.pressure") : ""}${c.retaliation === true ? t("complaint.retaliation") : ""}`,
      }),
    );
  }
  return out;
}

function render(blocks: readonly Block[], markdown: boolean): string {
  return blocks
    .map((b) => {
      if ("h" in b) return markdown ? `## ${b.h}` : b.h.toUpperCase();
      if ("p" in b) return b.p;
      if ("ol" in b) return b.ol.map((x, i) => `${i + 1}. ${x}`).join("\n");
      return b.ul.map((x) => `- ${x}`).join("\n");
    })
    .join("\n\n")
    .concat("\n");
}

/**
 * Drafts a complaint about one incident, for a consultant to edit and send: the addressee's formal
 * header, the incident's facts (only those the complaint needs), each established finding with its
 * citation, and what is asked. Drafted only when her consent allows it on `asOf`: the
 * `lawEnforcementComplaint` item (C4) — for health bodies too, as the form asks no other question
 * about complaints. Never throws: a refusal is a failure with the consent's reasons.
 *
 * @example
 * import { readFileSync, writeFileSync } from "node:fs";
 * import { draftComplaint } from "@redumbrella/legal-checker";
 * import { isRefusal, parseRecord } from "@redumbrella/questionnaire";
 *
 * const record = parseRecord(JSON.parse(readFileSync("record.json", "utf8")), { asOf: "2015-05-20" });
 * if (isRefusal(record)) throw new Error("a refusal holds no incident");
 * const draft = draftComplaint(record, "i1", { to: "prosecutor", asOf: "2015-05-20", locale: "ru" });
 * if (draft.success) writeFileSync("letter.md", draft.data.markdown); else console.error(draft.issues[0].message);
 */
export function draftComplaint(
  record: InterviewRecord,
  incidentId: string,
  options: DraftComplaintOptions,
): Result<ComplaintDraft, ComplaintIssueCode> {
  const locale = options.locale ?? "ru";
  const consent = decide(record, "lawEnforcementComplaint", { asOf: options.asOf, validatedOn: options.asOf, locale });
  if (!consent.allowed) return fail("CONSENT_DENIED", { reasons: consent.reasons.map((r) => r.message).join(" ") }, locale);
  const index = record.incidents?.findIndex((i) => i.id === incidentId) ?? -1;
  const incident = record.incidents?.[index];
  if (incident === undefined) return fail("UNKNOWN_INCIDENT", { incident: incidentId }, locale);
  const health = HEALTH.has(options.to);
  const pack = options.pack === undefined ? kz : options.pack;
  // Only this incident's findings, and its charges': no other incident, no summary answer, nothing about her.
  const all = checkRecord(record, { pack, locale }).filter((f) => f.incident === incidentId);
  const relevant = all.filter((f) =>
    health ? HEALTH_RULES.has(f.rule) && incident.perpetrators.some((p) => p.kind === "medical") : !NOT_FOR_POLICE.has(f.rule),
  );
  const findings = relevant.filter((f) => f.status === "flag");
  if (findings.length === 0) return fail("NOTHING_TO_COMPLAIN_OF", { incident: incidentId }, locale);
  const named =
    options.identify === true &&
    record.respondent.fullName !== undefined &&
    decide(record, "namedPublication", { asOf: options.asOf, validatedOn: options.asOf }).allowed;
  const t = (key: ComplaintMessageKey, params: Record<string, string> = {}): string => COMPLAINT_MESSAGES.format(key, params, locale);
  const sep = t("list.separator");
  const request = t(health ? "request.health" : options.to === "prosecutor" ? "request.prosecutor" : "request.internalAffairs").split("|");
  const law = findings.flatMap((f) => [
    t("law.finding", { message: f.message }) +
      " " +
      t("law.basis", { citations: f.citations.map((c) => describeCitation(c, locale, pack)).join(sep) }),
  ]);
  const evidence = (incident.evidence ?? []).map((e) => CHOICE_LABELS.evidenceKind[e][locale]);
  const blocks: Block[] = [
    { p: t(`to.${options.to}`) },
    { p: named ? t("fromNamed", { name: record.respondent.fullName as string }) : t("from") },
    { h: t("title") },
    { h: t("heading.facts") },
    { ul: facts(incident, findings, health, t, locale) },
    { h: t("heading.law") },
    { ol: law },
    { h: t("heading.request") },
    { ol: request },
    ...(evidence.length > 0 ? [{ h: t("heading.evidence") }, { ul: evidence }] : []),
    { p: t("signature") },
  ];
  return {
    success: true,
    data: {
      to: options.to,
      locale,
      incident: incidentId,
      markdown: render(blocks, true),
      text: render(blocks, false),
      findings,
      unresolved: relevant.filter((f) => f.status === "undetermined"),
      withheld: all.filter((f) => f.status === "flag" && !findings.includes(f)),
      identified: named,
      consent,
    },
  };
}
