import { fieldMeta, type MessageLocale } from "@redumbrella/questionnaire";
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

/** A consent catalogue: one template per key; `{name}` is replaced by the param `name`. */
export type ConsentMessageCatalogue = { readonly [K in ConsentMessageKey]: string };

/** English messages, written for the documentator or lawyer who asks whether a use is allowed. */
export const CONSENT_MESSAGES_EN: ConsentMessageCatalogue = {
  "reason.INVALID_REQUEST": "Cannot decide: `{option}` is not valid, so nothing is allowed.",
  "reason.INVALID_RECORD": "The record is not a valid record v1: nothing may be done with it until it is corrected (validate it to see why).",
  "reason.NO_CONSENT_RECORD": "No consent is recorded, neither signed nor oral: the record may not be used.",
  "reason.NOT_YET_GIVEN": "On this day consent had not yet been given.",
  "reason.WITHDRAWN": "Consent was withdrawn on or before this day.",
  "reason.MINOR": "The respondent was under 18 at the interview: a child cannot consent alone to any use.",
  "reason.AGE_UNKNOWN": "The respondent declined to give their age, so they cannot be taken to be an adult able to consent.",
  "reason.NO_CONSENT_ITEM": "No item of the consent form covers this use, so it is never allowed.",
  "reason.CONSENT_NOT_GIVEN": "The respondent did not consent to {items}.",
  "reason.CONSENT_STALE": "Consent was given more than {maxAgeDays} days before this day: ask the respondent again.",

  "obligation.AGGREGATE_ONLY": "Publish only aggregate figures, never one person's answers.",
  "obligation.SUPPRESS_SMALL_CELLS": "Suppress every table cell small enough to point to a person.",
  "obligation.ANONYMISE": "Remove the name and everything else that identifies the respondent; use a changed name, as the report does.",
  "obligation.K_ANONYMITY": "Release only records that cannot be told apart from several others by their age, place and dates (k-anonymity).",
  "obligation.REDACT_SENSITIVE": "Leave out every sensitive answer (health, drug use, criminal record) listed in `fields`.",
  "obligation.MINIMISE": "Give the authorities only what the complaint needs; keep everything else back.",

  "use.statistics": "Statistics",
  "use.anonymisedCaseStudy": "Anonymised case study",
  "use.anonymisedDataset": "Anonymised dataset",
  "use.namedPublication": "Publication under the respondent's name",
  "use.lawEnforcementComplaint": "Complaint to law enforcement",
  "use.partnerSharing": "Identified data shared with another organisation",

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

  "item.cited": '{question} "{label}"',
  "list.separator": "; ",
  "decision.allowed": "{use}: allowed. Obligations: {obligations}",
  "decision.allowedPlain": "{use}: allowed.",
  "decision.denied": "{use}: not allowed. {reasons}",
};

/** Russian messages. */
export const CONSENT_MESSAGES_RU: ConsentMessageCatalogue = {
  "reason.INVALID_REQUEST": "Решение невозможно: недопустимое значение `{option}`, поэтому ничего не разрешено.",
  "reason.INVALID_RECORD": "Запись не соответствует формату record v1: пока её не исправят, использовать её нельзя (проверьте её, чтобы узнать почему).",
  "reason.NO_CONSENT_RECORD": "Согласие не зафиксировано ни подписью, ни устно: запись использовать нельзя.",
  "reason.NOT_YET_GIVEN": "На этот день согласие ещё не было дано.",
  "reason.WITHDRAWN": "Согласие отозвано в этот день или раньше.",
  "reason.MINOR": "На момент интервью респондентке не было 18 лет: ребёнок не может сам дать согласие ни на какое использование.",
  "reason.AGE_UNKNOWN": "Респондентка не назвала свой возраст, поэтому её нельзя считать совершеннолетней, способной дать согласие.",
  "reason.NO_CONSENT_ITEM": "Ни один пункт формы согласия не охватывает такое использование, поэтому оно никогда не разрешено.",
  "reason.CONSENT_NOT_GIVEN": "Респондентка не дала согласия: {items}.",
  "reason.CONSENT_STALE": "Согласие дано больше {maxAgeDays} дней назад: спросите респондентку ещё раз.",

  "obligation.AGGREGATE_ONLY": "Публиковать только сводные цифры, никогда — ответы одного человека.",
  "obligation.SUPPRESS_SMALL_CELLS": "Скрывать все ячейки таблиц, настолько малые, что по ним можно узнать человека.",
  "obligation.ANONYMISE": "Убрать имя и всё остальное, по чему можно узнать респондентку; использовать изменённое имя, как в отчёте.",
  "obligation.K_ANONYMITY": "Передавать только записи, которые нельзя отличить от нескольких других по возрасту, месту и датам (k-анонимность).",
  "obligation.REDACT_SENSITIVE": "Не раскрывать чувствительные ответы (здоровье, употребление наркотиков, судимость), перечисленные в `fields`.",
  "obligation.MINIMISE": "Передавать органам только то, что нужно для жалобы; всё остальное не раскрывать.",

  "use.statistics": "Статистика",
  "use.anonymisedCaseStudy": "Анонимное описание случая",
  "use.anonymisedDataset": "Обезличенный набор данных",
  "use.namedPublication": "Публикация с именем респондентки",
  "use.lawEnforcementComplaint": "Жалоба в правоохранительные органы",
  "use.partnerSharing": "Передача данных с именем другой организации",

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

  "item.cited": "{question} «{label}»",
  "list.separator": "; ",
  "decision.allowed": "{use}: разрешено. Обязательства: {obligations}",
  "decision.allowedPlain": "{use}: разрешено.",
  "decision.denied": "{use}: не разрешено. {reasons}",
};

/** The consent catalogues by locale. */
export const CONSENT_CATALOGUES: { readonly [L in MessageLocale]: ConsentMessageCatalogue } = {
  en: CONSENT_MESSAGES_EN,
  ru: CONSENT_MESSAGES_RU,
};

/** Renders the message `key` in `locale`, replacing each `{name}` with its param. */
export function consentMessage(
  key: ConsentMessageKey,
  params: Readonly<Record<string, string | number>> = {},
  locale: MessageLocale = "en",
): string {
  // A key outside the catalogue (a use a JavaScript caller made up) is shown as is, never thrown on.
  const template: string = CONSENT_CATALOGUES[locale]?.[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A consent item as the form words it, with its number: `C2 "Data can be used without disclosure of name"`. */
export function citedItem(item: ConsentItem, locale: MessageLocale = "en"): string {
  const meta = fieldMeta(itemField(item));
  return consentMessage("item.cited", { question: meta?.question ?? item, label: meta?.label[locale] ?? item }, locale);
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
 * reasonMessage({ code: "CONSENT_NOT_GIVEN", items: ["publicName"] });
 * // 'The respondent did not consent to C3 "Name and family name can be publicly disclosed".'
 */
export function reasonMessage(reason: ReasonInput, locale: MessageLocale = "en"): string {
  const items = (reason.items ?? []).map((item) => citedItem(item, locale)).join(consentMessage("list.separator", {}, locale));
  return consentMessage(`reason.${reason.code}`, { ...reason.params, items }, locale);
}

/** The message of an obligation in `locale`. */
export function obligationMessage(code: ObligationCode, locale: MessageLocale = "en"): string {
  return consentMessage(`obligation.${code}`, {}, locale);
}

/** The name of a use in `locale`, e.g. "Anonymised case study". */
export function useLabel(use: Use, locale: MessageLocale = "en"): string {
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
 * decisionMessage(decide(record, "statistics", { asOf: "2026-11-28" }), "ru");
 * // "Статистика: разрешено. Обязательства: Публиковать только сводные цифры, …"
 */
export function decisionMessage(decision: DecisionInput, locale: MessageLocale = "en"): string {
  const use = useLabel(decision.use, locale);
  if (!decision.allowed) {
    const reasons = decision.reasons.map((r) => reasonMessage(r, locale)).join(" ");
    return consentMessage("decision.denied", { use, reasons }, locale);
  }
  if (decision.obligations.length === 0) return consentMessage("decision.allowedPlain", { use }, locale);
  const obligations = decision.obligations.map((o) => obligationMessage(o.code, locale)).join(" ");
  return consentMessage("decision.allowed", { use, obligations }, locale);
}
