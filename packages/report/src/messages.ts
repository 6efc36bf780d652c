import type { ReasonCode } from "@redumbrella/consent";
import type { MessageLocale } from "@redumbrella/questionnaire";
import type { AgeBand, DetentionBand, ViolationSection } from "./layout.js";

/** What a consistency check can find in a report, as an editor would. */
export const CONSISTENCY_CODES = ["SHARE_OVER_100", "ABOVE_GATE", "TOTAL_MISMATCH"] as const;
/** A code of `checkReport`. */
export type ConsistencyCode = (typeof CONSISTENCY_CODES)[number];

/** A key of the report's catalogues: the texts of the rendered report that the questionnaire's labels do not give. */
export type ReportMessageKey =
  | "report.title"
  | "report.asOf"
  | "report.counted"
  | "report.suppression"
  | "report.noSuppression"
  | "report.invalid"
  | "table.excluded"
  | `section.${ViolationSection}.violations`
  | `section.${ViolationSection}.questions`
  | "col.answer"
  | "col.violation"
  | "col.question"
  | "col.reason"
  | "col.records"
  | "col.count"
  | "col.share"
  | "col.asked"
  | "col.declined"
  | "col.notAsked"
  | "row.respondents"
  | "row.excluded"
  | "row.declined"
  | "row.notAsked"
  | "row.none"
  | "row.stateless"
  | "row.otherCountries"
  | `age.${AgeBand}`
  | `detention.${DetentionBand}`
  | `reason.${ReasonCode}`
  | "note.violations"
  | "note.questions"
  | "note.multiple"
  | "note.withheld"
  | "cell.small"
  | "cell.hidden"
  | "chart.label"
  | `check.${ConsistencyCode}`;

/** A catalogue: one template per key; `{name}` is replaced by the param `name`. */
export type ReportCatalogue = { readonly [K in ReportMessageKey]: string };

/** English texts of the rendered report. */
export const REPORT_MESSAGES_EN: ReportCatalogue = {
  "report.title": "Rights violations against sex workers: survey tables",
  "report.asOf": "Consent judged as of {asOf}; records validated as of {validatedOn}; consent policy version {policyVersion}.",
  "report.counted": "{respondents} respondents counted: the records whose consent allows statistics ({records} records read, {excluded} excluded).",
  "report.suppression":
    "“<{minCell}” is a number from 1 to {maxSmall}; “x” is a number hidden so that a small one cannot be worked out from the totals. A share is hidden with its number.",
  "report.noSuppression": "Small numbers are not hidden (minCell {minCell}): this version must not be published.",
  "report.invalid": "{count} records are not valid record v1 and are not counted: the JSON report lists their positions and issue codes; run `redumbrella validate` to correct them.",
  "table.excluded": "Records counted, and those not counted by reason",
  "section.police.violations": "Violations by the police",
  "section.police.questions": "Police: rights violated and complaints",
  "section.medical.violations": "Violations by medical staff",
  "section.medical.questions": "Medical staff: rights violated and complaints",
  "col.answer": "Answer",
  "col.violation": "Violation",
  "col.question": "Question",
  "col.reason": "Reason",
  "col.records": "Records",
  "col.count": "Respondents",
  "col.share": "Share",
  "col.asked": "Asked",
  "col.declined": "Declined",
  "col.notAsked": "Not asked",
  "row.respondents": "Respondents counted",
  "row.excluded": "Records not counted",
  "row.declined": "Declined to answer",
  "row.notAsked": "Not asked or not answered",
  "row.none": "None (not a sex worker)",
  "row.stateless": "Stateless",
  "row.otherCountries": "Other countries",
  "age.under18": "Under 18",
  "age.18to24": "18–24",
  "age.25to34": "25–34",
  "age.35to44": "35–44",
  "age.45to54": "45–54",
  "age.55andOver": "55 and over",
  "detention.never": "Not detained",
  "detention.once": "Once",
  "detention.2to3": "2–3 times",
  "detention.4to5": "More than 3 times (4–5)",
  "detention.6orMore": "More than 5 times (6 or more)",
  "reason.INVALID_REQUEST": "The request could not be decided",
  "reason.INVALID_RECORD": "Not a valid record",
  "reason.NO_CONSENT_RECORD": "No consent recorded",
  "reason.NOT_YET_GIVEN": "Consent not yet given",
  "reason.WITHDRAWN": "Consent withdrawn",
  "reason.MINOR": "Respondent under 18",
  "reason.AGE_UNKNOWN": "Age declined",
  "reason.NO_CONSENT_ITEM": "No consent item covers statistics",
  "reason.CONSENT_NOT_GIVEN": "No consent to statistics",
  "reason.CONSENT_STALE": "Consent too old",
  "note.violations": "Shares of the {respondents} respondents counted; one respondent may report several violations.",
  "note.questions":
    "“Asked” is each question's denominator: every respondent counted, or, for a follow-up question, those who answered “yes” to {gate}.",
  "note.multiple": "One respondent may give several answers: the rows do not add up to the total.",
  "note.withheld": "Rows marked “x” throughout are withheld whole: nothing else could protect a small number in them.",
  "cell.small": "<{minCell}",
  "cell.hidden": "x",
  "chart.label": "Bar chart: {title}",
  "check.SHARE_OVER_100": "{table}, {row}: {count} of {total} is more than 100 %.",
  "check.ABOVE_GATE": "{table}: {answered} answered, more than the {gateCount} who answered {gate}.",
  "check.TOTAL_MISMATCH": "{table}: the rows add up to {sum}, not to the total {total}.",
};

/** Russian texts of the rendered report. */
export const REPORT_MESSAGES_RU: ReportCatalogue = {
  "report.title": "Нарушения прав секс-работников: таблицы опроса",
  "report.asOf": "Согласие оценено на {asOf}; записи проверены на {validatedOn}; версия политики согласия {policyVersion}.",
  "report.counted": "Учтено респонденток: {respondents} — записи, согласие в которых разрешает статистику (прочитано записей: {records}, не учтено: {excluded}).",
  "report.suppression":
    "«<{minCell}» — число от 1 до {maxSmall}; «x» — число, скрытое, чтобы по итогам нельзя было вычислить малое. Доля скрыта вместе со своим числом.",
  "report.noSuppression": "Малые числа не скрыты (minCell {minCell}): эту версию публиковать нельзя.",
  "report.invalid": "Записей, не соответствующих формату record v1: {count}; они не учтены. Их номера и коды ошибок — в отчёте JSON; исправьте их с помощью `redumbrella validate`.",
  "table.excluded": "Учтённые записи и неучтённые — по причинам",
  "section.police.violations": "Нарушения со стороны полиции",
  "section.police.questions": "Полиция: нарушения прав и жалобы",
  "section.medical.violations": "Нарушения со стороны медицинских работников",
  "section.medical.questions": "Медицинские работники: нарушения прав и жалобы",
  "col.answer": "Ответ",
  "col.violation": "Нарушение",
  "col.question": "Вопрос",
  "col.reason": "Причина",
  "col.records": "Записей",
  "col.count": "Респонденток",
  "col.share": "Доля",
  "col.asked": "Опрошено",
  "col.declined": "Отказ от ответа",
  "col.notAsked": "Не задан",
  "row.respondents": "Учтено респонденток",
  "row.excluded": "Не учтено записей",
  "row.declined": "Отказ от ответа",
  "row.notAsked": "Вопрос не задан или нет ответа",
  "row.none": "Нигде (не секс-работник)",
  "row.stateless": "Лицо без гражданства",
  "row.otherCountries": "Другие страны",
  "age.under18": "Младше 18",
  "age.18to24": "18–24",
  "age.25to34": "25–34",
  "age.35to44": "35–44",
  "age.45to54": "45–54",
  "age.55andOver": "55 и старше",
  "detention.never": "Не задерживали",
  "detention.once": "Один раз",
  "detention.2to3": "2–3 раза",
  "detention.4to5": "Более 3 раз (4–5)",
  "detention.6orMore": "Более 5 раз (6 и больше)",
  "reason.INVALID_REQUEST": "Решение невозможно",
  "reason.INVALID_RECORD": "Запись с ошибками",
  "reason.NO_CONSENT_RECORD": "Согласие не зафиксировано",
  "reason.NOT_YET_GIVEN": "Согласие ещё не дано",
  "reason.WITHDRAWN": "Согласие отозвано",
  "reason.MINOR": "Респондентке нет 18 лет",
  "reason.AGE_UNKNOWN": "Возраст не указан",
  "reason.NO_CONSENT_ITEM": "Ни один пункт согласия не охватывает статистику",
  "reason.CONSENT_NOT_GIVEN": "Нет согласия на статистику",
  "reason.CONSENT_STALE": "Согласие устарело",
  "note.violations": "Доли от {respondents} учтённых респонденток; одна респондентка может назвать несколько нарушений.",
  "note.questions":
    "«Опрошено» — знаменатель каждого вопроса: все учтённые респондентки, а для уточняющего вопроса — ответившие «да» на {gate}.",
  "note.multiple": "Одна респондентка может дать несколько ответов: строки не складываются в итог.",
  "note.withheld": "Строки, где везде «x», скрыты целиком: иначе малое число в них защитить нельзя.",
  "cell.small": "<{minCell}",
  "cell.hidden": "x",
  "chart.label": "Столбчатая диаграмма: {title}",
  "check.SHARE_OVER_100": "{table}, {row}: {count} из {total} — больше 100 %.",
  "check.ABOVE_GATE": "{table}: ответили {answered} — больше, чем {gateCount}, ответивших на {gate}.",
  "check.TOTAL_MISMATCH": "{table}: строки дают в сумме {sum}, а не итог {total}.",
};

/** The report's catalogues by locale. */
export const REPORT_CATALOGUES: { readonly [L in MessageLocale]: ReportCatalogue } = { en: REPORT_MESSAGES_EN, ru: REPORT_MESSAGES_RU };

/** The text of `key` in `locale`, each `{name}` replaced by its param. */
export function reportMessage(
  key: ReportMessageKey,
  params: Readonly<Record<string, string | number>> = {},
  locale: MessageLocale = "en",
): string {
  return REPORT_CATALOGUES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
