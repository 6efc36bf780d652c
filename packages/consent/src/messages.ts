import {
  type Catalogue,
  DEFAULT_LOCALE,
  defineMessages,
  fieldMeta,
  type Locale,
  type MessageParams,
  type Messages,
} from "@redumbrella/questionnaire";
import { itemField } from "./citations.js";
import type { ConsentItem, ObligationCode, PolicyIssueCode, ReasonCode, Use } from "./vocabulary.js";

/** A key of the consent catalogues: one per reason, obligation, use and policy issue, and the decision's sentences. */
export type ConsentMessageKey =
  | `reason.${ReasonCode}`
  | `obligation.${ObligationCode}`
  | `use.${Use}`
  | `policyIssue.${PolicyIssueCode}`
  | "item.cited"
  | "list.separator"
  | "decision.allowed"
  | "decision.allowedPlain"
  | "decision.denied";

// English, written for the documentator or lawyer who asks whether a use is allowed.
const EN: Catalogue<ConsentMessageKey> = {
  "reason.INVALID_REQUEST": "Cannot decide: `{option}` is not valid, so nothing is allowed.",
  "reason.INVALID_RECORD":
    "The record is not a valid record (v1 or v2): nothing may be done with it until it is corrected (validate it to see why).",
  "reason.REFUSED_TO_TAKE_PART": "The person refused to take part: the record holds nothing that may be used.",
  "reason.NO_CONSENT_RECORD": "No consent is recorded, neither signed nor oral: the record may not be used.",
  "reason.NOT_YET_GIVEN": "On this day consent had not yet been given.",
  "reason.WITHDRAWN": "Consent was withdrawn on or before this day.",
  "reason.MINOR":
    "The respondent was under 18 at the interview: a child's record goes to no release, publication or complaint, only to a safeguarding referral.",
  "reason.AGE_UNKNOWN":
    "The respondent's age is not known (declined or not asked), so they cannot be taken to be an adult able to consent to a release or publication.",
  "reason.NOT_A_MINOR":
    "A safeguarding referral is for a child only, and the respondent is not known to have been under 18 at the interview.",
  "reason.ORAL_CONSENT_UNWITNESSED":
    "Consent was given orally and no witness is recorded: it does not cover a use that names or identifies the respondent outside the organisation.",
  "reason.NO_CONSENT_ITEM": "No item of the consent form covers this use, so it is never allowed.",
  "reason.CONSENT_NOT_GIVEN": "The respondent did not consent to {items}.",
  "reason.ITEM_NOT_YET_GIVEN": "On this day the respondent had not yet consented to {items}.",
  "reason.ITEM_WITHDRAWN": "The respondent withdrew consent to {items} on or before this day.",
  "reason.CONSENT_STALE": "Consent was given more than {maxAgeDays} days before this day ({items}): ask the respondent again.",
  "reason.CONTRADICTORY_CONSENT":
    "The respondent's yes to {items} contradicts their no to another item: it counts only once confirmed. Ask again and record the day as the item's own date.",

  "obligation.AGGREGATE_ONLY": "Publish only aggregate figures, never one person's answers.",
  "obligation.SUPPRESS_SMALL_CELLS": "Suppress every table cell small enough to point to a person.",
  "obligation.ANONYMISE": "Remove the name and everything else that identifies the respondent; use a changed name, as the report does.",
  "obligation.K_ANONYMITY":
    "Release only records that cannot be told apart from several others by their age, place and dates (k-anonymity).",
  "obligation.REDACT_SENSITIVE": "Leave out every sensitive answer (health, drug use, criminal record) listed in `fields`.",
  "obligation.MINIMISE": "Give the authorities only what the complaint needs; keep everything else back.",
  "obligation.CHILD_PROTECTION_ONLY":
    "Refer only to a body whose task is to protect children, only to protect the child, and never as a case against the child.",

  "use.statistics": "Statistics",
  "use.anonymisedCaseStudy": "Anonymised case study",
  "use.anonymisedDataset": "Anonymised dataset",
  "use.namedPublication": "Publication under the respondent's name",
  "use.lawEnforcementComplaint": "Complaint to law enforcement",
  "use.partnerSharing": "Identified data shared with another organisation",
  "use.safeguardingReferral": "Safeguarding referral to protect a child",

  "policyIssue.NOT_AN_OBJECT": "Expected an object.",
  "policyIssue.UNKNOWN_BASE": "The base policy is neither POLICY nor a policy made by tightenPolicy.",
  "policyIssue.UNKNOWN_USE": "Not a use of the policy; the denials that apply to every use cannot be changed.",
  "policyIssue.UNKNOWN_FIELD": "A tightening may set only needs, maxAgeDays and obligations.",
  "policyIssue.NOT_A_LIST": "Expected a list.",
  "policyIssue.UNKNOWN_ITEM": "Not a consent item; expected one of {expected}.",
  "policyIssue.UNKNOWN_OBLIGATION": "Not an obligation; expected one of {expected}.",
  "policyIssue.INVALID_MAX_AGE": "Expected a whole number of days, 0 or more.",
  "policyIssue.LOOSENS_MAX_AGE": "maxAgeDays {maxAgeDays} is more than the policy's {limit}: a tightening cannot loosen the policy.",
  "policyIssue.NEVER_ALLOWED": "This use is never allowed: no tightening can make it allowed.",
  "policyIssue.NEEDS_NO_CONSENT": "This use rests on a legal duty, not on consent: a tightening may only add obligations to it.",

  "item.cited": '{question} "{label}"',
  "list.separator": "; ",
  "decision.allowed": "{use}: allowed. Obligations: {obligations}",
  "decision.allowedPlain": "{use}: allowed.",
  "decision.denied": "{use}: not allowed. {reasons}",
};

// Russian: «респондент(ка)», as the respondents are women, men and transgender people.
const RU: Catalogue<ConsentMessageKey> = {
  "reason.INVALID_REQUEST": "Решение невозможно: недопустимое значение `{option}`, поэтому ничего не разрешено.",
  "reason.INVALID_RECORD":
    "Запись не соответствует формату record (v1 или v2): пока её не исправят, использовать её нельзя (проверьте её, чтобы узнать почему).",
  "reason.REFUSED_TO_TAKE_PART": "Человек отказался участвовать в опросе: в записи нет ничего, что можно использовать.",
  "reason.NO_CONSENT_RECORD": "Согласие не зафиксировано ни подписью, ни устно: запись использовать нельзя.",
  "reason.NOT_YET_GIVEN": "На этот день согласие ещё не было дано.",
  "reason.WITHDRAWN": "Согласие отозвано в этот день или раньше.",
  "reason.MINOR":
    "На момент интервью респонденту(-ке) не было 18 лет: запись ребёнка нельзя передавать, публиковать или использовать для жалобы — только для обращения в целях защиты ребёнка.",
  "reason.AGE_UNKNOWN":
    "Возраст респондента(-ки) неизвестен (не назван или не спрошен), поэтому нельзя считать, что это совершеннолетний человек, способный дать согласие на передачу или публикацию.",
  "reason.NOT_A_MINOR":
    "Обращение в целях защиты ребёнка возможно только в отношении ребёнка, а сведений о том, что на момент интервью респонденту(-ке) не было 18 лет, нет.",
  "reason.ORAL_CONSENT_UNWITNESSED":
    "Согласие дано устно, а свидетель не записан: такое согласие не распространяется на использование, при котором респондента(-ку) называют или можно установить за пределами организации.",
  "reason.NO_CONSENT_ITEM": "Ни один пункт формы согласия не охватывает такое использование, поэтому оно никогда не разрешено.",
  "reason.CONSENT_NOT_GIVEN": "Респондент(ка) не дал(а) согласия: {items}.",
  "reason.ITEM_NOT_YET_GIVEN": "На этот день респондент(ка) ещё не дал(а) согласия: {items}.",
  "reason.ITEM_WITHDRAWN": "Респондент(ка) отозвал(а) согласие в этот день или раньше: {items}.",
  "reason.CONSENT_STALE": "Согласие дано более чем за {maxAgeDays} дн. до этого дня ({items}): спросите респондента(-ку) ещё раз.",
  "reason.CONTRADICTORY_CONSENT":
    "Согласие ({items}) противоречит отказу по другому пункту: оно действует, только когда респондент(ка) его подтвердит. Спросите ещё раз и запишите день подтверждения как дату этого пункта.",

  "obligation.AGGREGATE_ONLY": "Публиковать только сводные цифры, никогда — ответы одного человека.",
  "obligation.SUPPRESS_SMALL_CELLS": "Скрывать все ячейки таблиц, настолько малые, что по ним можно узнать человека.",
  "obligation.ANONYMISE":
    "Убрать имя и всё остальное, по чему можно установить личность респондента(-ки); использовать изменённое имя, как в отчёте.",
  "obligation.K_ANONYMITY":
    "Передавать только записи, которые нельзя отличить от нескольких других по возрасту, месту и датам (k-анонимность).",
  "obligation.REDACT_SENSITIVE":
    "Не раскрывать чувствительные ответы (здоровье, употребление наркотиков, судимость), перечисленные в `fields`.",
  "obligation.MINIMISE": "Передавать органам только то, что нужно для жалобы; всё остальное не раскрывать.",
  "obligation.CHILD_PROTECTION_ONLY":
    "Передавать сведения только органу, задача которого — защита детей, только для защиты ребёнка и никогда — как материал против самого ребёнка.",

  "use.statistics": "Статистика",
  "use.anonymisedCaseStudy": "Анонимное описание случая",
  "use.anonymisedDataset": "Обезличенный набор данных",
  "use.namedPublication": "Публикация с именем респондента(-ки)",
  "use.lawEnforcementComplaint": "Жалоба в правоохранительные органы",
  "use.partnerSharing": "Передача другой организации данных, по которым можно установить личность",
  "use.safeguardingReferral": "Обращение в целях защиты ребёнка",

  "policyIssue.NOT_AN_OBJECT": "Ожидался объект.",
  "policyIssue.UNKNOWN_BASE": "Базовая политика — не POLICY и не политика, созданная tightenPolicy.",
  "policyIssue.UNKNOWN_USE": "Такого использования нет в политике; запреты, действующие для всех использований, изменить нельзя.",
  "policyIssue.UNKNOWN_FIELD": "Ужесточение может задавать только needs, maxAgeDays и obligations.",
  "policyIssue.NOT_A_LIST": "Ожидался список.",
  "policyIssue.UNKNOWN_ITEM": "Это не пункт согласия; допустимые: {expected}.",
  "policyIssue.UNKNOWN_OBLIGATION": "Это не обязательство; допустимые: {expected}.",
  "policyIssue.INVALID_MAX_AGE": "Ожидалось целое число дней, 0 или больше.",
  "policyIssue.LOOSENS_MAX_AGE": "maxAgeDays {maxAgeDays} больше, чем {limit} по политике: ужесточение не может ослабить политику.",
  "policyIssue.NEVER_ALLOWED": "Это использование никогда не разрешено: никакое ужесточение не может его разрешить.",
  "policyIssue.NEEDS_NO_CONSENT":
    "Это использование основано на обязанности по закону, а не на согласии: ужесточение может только добавить к нему обязательства.",

  "item.cited": "пункт {question} «{label}»",
  "list.separator": "; ",
  "decision.allowed": "{use}: разрешено. Обязательства: {obligations}",
  "decision.allowedPlain": "{use}: разрешено.",
  "decision.denied": "{use}: не разрешено. {reasons}",
};

// Kazakh, in the terms of the Law on Personal Data (иесіздендіру, келісім, құқық қорғау органдары).
const KK: Catalogue<ConsentMessageKey> = {
  "reason.INVALID_REQUEST": "Шешім шығару мүмкін емес: `{option}` мәні жарамсыз, сондықтан ештеңеге рұқсат етілмейді.",
  "reason.INVALID_RECORD":
    "Жазба record (v1 немесе v2) форматына сәйкес келмейді: ол түзетілгенге дейін оны ешбір мақсатқа пайдалануға болмайды (себебін білу үшін жазбаны тексеріңіз).",
  "reason.REFUSED_TO_TAKE_PART": "Адам сауалнамаға қатысудан бас тартты: жазбада пайдалануға болатын ештеңе жоқ.",
  "reason.NO_CONSENT_RECORD": "Келісім қолтаңбамен де, ауызша да тіркелмеген: жазбаны пайдалануға болмайды.",
  "reason.NOT_YET_GIVEN": "Бұл күні келісім әлі берілмеген еді.",
  "reason.WITHDRAWN": "Келісім осы күні немесе одан бұрын қайтарып алынған.",
  "reason.MINOR":
    "Сұхбат кезінде респондентке 18 жас толмаған: баланың жазбасы басқаға берілмейді, жарияланбайды және шағымға пайдаланылмайды, оны тек баланы қорғау үшін құзыретті органға жолдауға болады.",
  "reason.AGE_UNKNOWN":
    "Респонденттің жасы белгісіз (айтудан бас тартқан немесе сұралмаған), сондықтан оны деректерді беруге немесе жариялауға келісім беруге қабілетті кәмелетке толған адам деп санауға болмайды.",
  "reason.NOT_A_MINOR":
    "Баланы қорғау үшін жолдау тек балаға қатысты жасалады, ал сұхбат кезінде респондентке 18 жас толмағаны туралы мәлімет жоқ.",
  "reason.ORAL_CONSENT_UNWITNESSED":
    "Келісім ауызша берілген, ал куә жазылмаған: мұндай келісім респонденттің атын атайтын немесе оның жеке басын ұйымнан тыс жерде анықтауға мүмкіндік беретін пайдалануды қамтымайды.",
  "reason.NO_CONSENT_ITEM": "Келісім нысанының бірде-бір тармағы мұндай пайдалануды қамтымайды, сондықтан оған ешқашан рұқсат етілмейді.",
  "reason.CONSENT_NOT_GIVEN": "Респондент келісім бермеген: {items}.",
  "reason.ITEM_NOT_YET_GIVEN": "Бұл күні респондент әлі келісім бермеген еді: {items}.",
  "reason.ITEM_WITHDRAWN": "Респондент келісімін осы күні немесе одан бұрын қайтарып алған: {items}.",
  "reason.CONSENT_STALE": "Келісім осы күнге дейін {maxAgeDays} күннен астам бұрын берілген ({items}): респонденттен қайта сұраңыз.",
  "reason.CONTRADICTORY_CONSENT":
    "Келісім ({items}) басқа тармақ бойынша бас тартуға қайшы келеді: респондент оны растағанда ғана күшіне енеді. Қайта сұраңыз және растаған күнін осы тармақтың күні ретінде жазыңыз.",

  "obligation.AGGREGATE_ONLY": "Тек жиынтық көрсеткіштерді жариялаңыз, бір адамның жауаптарын ешқашан жарияламаңыз.",
  "obligation.SUPPRESS_SMALL_CELLS": "Кестенің адамды анықтауға мүмкіндік беретіндей шағын әрбір ұяшығын жасырыңыз.",
  "obligation.ANONYMISE":
    "Аты-жөнін және респонденттің жеке басын анықтауға мүмкіндік беретін басқа мәліметтердің бәрін алып тастаңыз; баяндамадағыдай өзгертілген есімді пайдаланыңыз.",
  "obligation.K_ANONYMITY":
    "Жасы, тұратын жері және күндері бойынша басқа бірнеше жазбадан ажыратуға болмайтын жазбаларды ғана беріңіз (k-анонимділік).",
  "obligation.REDACT_SENSITIVE": "`fields` тізіміндегі сезімтал жауаптардың (денсаулық, есірткі тұтыну, соттылық) ешқайсысын ашпаңыз.",
  "obligation.MINIMISE": "Құзыретті органдарға шағымға қажетті мәліметтерді ғана беріңіз; қалғанын ашпаңыз.",
  "obligation.CHILD_PROTECTION_ONLY":
    "Мәліметтерді тек балаларды қорғау міндеті жүктелген органға, тек баланы қорғау үшін беріңіз; оларды ешқашан баланың өзіне қарсы материал ретінде пайдаланбаңыз.",

  "use.statistics": "Статистика",
  "use.anonymisedCaseStudy": "Жағдайдың анонимді сипаттамасы",
  "use.anonymisedDataset": "Иесіздендірілген деректер жиынтығы",
  "use.namedPublication": "Респонденттің атымен жариялау",
  "use.lawEnforcementComplaint": "Құқық қорғау органдарына шағым",
  "use.partnerSharing": "Жеке басты анықтауға мүмкіндік беретін деректерді басқа ұйымға беру",
  "use.safeguardingReferral": "Баланы қорғау үшін құзыретті органға жолдау",

  "policyIssue.NOT_AN_OBJECT": "Объект күтілді.",
  "policyIssue.UNKNOWN_BASE": "Негізгі саясат POLICY де, tightenPolicy жасаған саясат та емес.",
  "policyIssue.UNKNOWN_USE": "Саясатта мұндай пайдалану жоқ; барлық пайдалануға қолданылатын тыйымдарды өзгертуге болмайды.",
  "policyIssue.UNKNOWN_FIELD": "Қатаңдату тек needs, maxAgeDays және obligations мәндерін белгілей алады.",
  "policyIssue.NOT_A_LIST": "Тізім күтілді.",
  "policyIssue.UNKNOWN_ITEM": "Бұл келісім тармағы емес; рұқсат етілгендері: {expected}.",
  "policyIssue.UNKNOWN_OBLIGATION": "Бұл міндеттеме емес; рұқсат етілгендері: {expected}.",
  "policyIssue.INVALID_MAX_AGE": "Күндердің бүтін саны күтілді: 0 немесе одан көп.",
  "policyIssue.LOOSENS_MAX_AGE": "maxAgeDays {maxAgeDays} саясаттағы {limit} мәнінен көп: қатаңдату саясатты жұмсарта алмайды.",
  "policyIssue.NEVER_ALLOWED": "Бұл пайдалануға ешқашан рұқсат етілмейді: ешбір қатаңдату оған рұқсат бере алмайды.",
  "policyIssue.NEEDS_NO_CONSENT":
    "Бұл пайдалану келісімге емес, заңда көзделген міндетке негізделген: қатаңдату оған тек міндеттемелер қоса алады.",

  "item.cited": "{question} тармағы «{label}»",
  "list.separator": "; ",
  "decision.allowed": "{use}: рұқсат етіледі. Міндеттемелер: {obligations}",
  "decision.allowedPlain": "{use}: рұқсат етіледі.",
  "decision.denied": "{use}: рұқсат етілмейді. {reasons}",
};

/**
 * The consent messages — every reason, obligation, use, policy issue and the decision's sentences —
 * in every locale; `CONSENT_MESSAGES.format(key, params, locale)` renders one.
 */
export const CONSENT_MESSAGES: Messages<ConsentMessageKey> = /* @__PURE__ */ defineMessages<ConsentMessageKey>({ en: EN, ru: RU, kk: KK });

/** Renders the message `key` in `locale`, replacing each `{name}` with its param. */
export function consentMessage(key: ConsentMessageKey, params: MessageParams = {}, locale: Locale = DEFAULT_LOCALE): string {
  return CONSENT_MESSAGES.format(key, params, locale);
}

/** A consent item as the form words it, with its number: `C2 "Data can be used without disclosure of name"`. */
export function citedItem(item: ConsentItem, locale: Locale = DEFAULT_LOCALE): string {
  const meta = fieldMeta(itemField(item));
  // A locale a JavaScript caller made up falls back to English, as the catalogues do.
  const label = meta === undefined ? item : (meta.label[locale] ?? meta.label[DEFAULT_LOCALE]);
  return consentMessage("item.cited", { question: meta?.question ?? item, label }, locale);
}

/** What a reason's message is made of: its code, and the items or params it names. */
export interface ReasonInput {
  readonly code: ReasonCode;
  readonly items?: readonly ConsentItem[];
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * The message of a reason in `locale`.
 *
 * @example
 * import { reasonMessage } from "@redumbrella/consent";
 *
 * reasonMessage({ code: "CONSENT_NOT_GIVEN", items: ["publicName"] });
 * // 'The respondent did not consent to C3 "Name and family name can be publicly disclosed".'
 */
export function reasonMessage(reason: ReasonInput, locale: Locale = DEFAULT_LOCALE): string {
  const items = (reason.items ?? []).map((item) => citedItem(item, locale)).join(consentMessage("list.separator", {}, locale));
  return consentMessage(`reason.${reason.code}`, { ...reason.params, items }, locale);
}

/** The message of an obligation in `locale`. */
export function obligationMessage(code: ObligationCode, locale: Locale = DEFAULT_LOCALE): string {
  return consentMessage(`obligation.${code}`, {}, locale);
}

/** The name of a use in `locale`, e.g. "Anonymised case study". */
export function useLabel(use: Use, locale: Locale = DEFAULT_LOCALE): string {
  return consentMessage(`use.${use}`, {}, locale);
}

/** What `decisionMessage` reads of a decision. */
export interface DecisionInput {
  readonly use: Use;
  readonly allowed: boolean;
  readonly reasons: readonly ReasonInput[];
  readonly obligations: readonly { readonly code: ObligationCode }[];
}

/**
 * One paragraph that says what was decided and why, in `locale`: the use, allowed or not, then the
 * obligations or every reason.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { decide, decisionMessage } from "@redumbrella/consent";
 *
 * const record: unknown = JSON.parse(readFileSync("record.json", "utf8")); // v1 or v2: decide() validates it
 * decisionMessage(decide(record, "statistics", { asOf: "2026-11-28" }), "kk");
 * // "Статистика: рұқсат етіледі. Міндеттемелер: Тек жиынтық көрсеткіштерді жариялаңыз, …"
 */
export function decisionMessage(decision: DecisionInput, locale: Locale = DEFAULT_LOCALE): string {
  const use = useLabel(decision.use, locale);
  if (!decision.allowed) {
    const reasons = decision.reasons.map((r) => reasonMessage(r, locale)).join(" ");
    return consentMessage("decision.denied", { use, reasons }, locale);
  }
  if (decision.obligations.length === 0) return consentMessage("decision.allowedPlain", { use }, locale);
  const obligations = decision.obligations.map((o) => obligationMessage(o.code, locale)).join(" ");
  return consentMessage("decision.allowed", { use, obligations }, locale);
}
