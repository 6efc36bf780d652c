import type { ReasonCode } from "@redumbrella/consent";
import { type Catalogue, defineMessages, type Messages } from "@redumbrella/questionnaire";
import type { IncidentTableKey } from "./incident-layout.js";
import type { AgeBand, DetentionBand, ViolationSection } from "./layout.js";

/** The months of the year, as the incident tables' labels name them. */
export const MONTHS = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"] as const;
/** A month, `01` to `12`. */
export type Month = (typeof MONTHS)[number];

/** What a consistency check can find in a report, as an editor would. */
export const CONSISTENCY_CODES = ["SHARE_OVER_100", "ABOVE_GATE", "TOTAL_MISMATCH"] as const;
/** A code of `checkReport`. */
export type ConsistencyCode = (typeof CONSISTENCY_CODES)[number];

/**
 * A key of the report's catalogue: the texts of the rendered report that the questionnaire's labels
 * do not give, and the messages of `ReportError`.
 */
export type ReportMessageKey =
  | "report.title"
  | "report.asOf"
  | "report.counted"
  | "report.suppression"
  | "report.noSuppression"
  | "report.invalid"
  | "report.withdrawn"
  | "html.lang"
  | "table.excluded"
  | "table.methodology"
  | "table.incidents"
  | `table.incidents.${IncidentTableKey}`
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
  | "col.percent"
  | "col.item"
  | "col.number"
  | "row.respondents"
  | "row.excluded"
  | "row.declined"
  | "row.notAsked"
  | "row.none"
  | "row.stateless"
  | "row.otherCountries"
  | "row.refused"
  | "row.withdrawn"
  | "row.refusalsAfterAsOf"
  | "row.notRecorded"
  | "row.yearOnly"
  | "method.approached"
  | "method.interviewed"
  | "method.refused"
  | "method.refusalReason"
  | "method.respondents"
  | "method.outcome"
  | "incidents.respondents"
  | "incidents.complainants"
  | "incidents.count"
  | `month.${Month}`
  | "month.label"
  | "fine.yes"
  | "fine.no"
  | "mark.added"
  | `age.${AgeBand}`
  | `detention.${DetentionBand}`
  | `reason.${ReasonCode}`
  | "note.violations"
  | "note.questions"
  | "note.multiple"
  | "note.withheld"
  | "note.added"
  | "note.incidents"
  | "note.complaints"
  | "note.pressure"
  | "note.noBase"
  | "note.detentionBoxes"
  | "note.refusals"
  | "cell.small"
  | "cell.hidden"
  | "cell.percent"
  | "cell.noShare"
  | "chart.label"
  | `check.${ConsistencyCode}`
  | "error.asOf"
  | "error.validatedOn"
  | "error.locale"
  | "error.policy"
  | "error.minCell"
  | "error.cellNotCount"
  | "error.constraintTooShort"
  | "error.constraintUnknownCell"
  | "error.constraintBroken"
  | "error.constantsDisclose";

// The report counts what respondents say happened to them: those may be called violations. It never
// counts a legal-checker finding, and its notes never call one a violation.

const EN: Catalogue<ReportMessageKey> = {
  "report.title": "Rights violations against sex workers: survey tables",
  "report.asOf": "Consent judged as of {asOf}; records validated as of {validatedOn}; consent policy version {policyVersion}.",
  "report.counted":
    "{respondents} respondents counted: the records whose consent allows statistics ({records} records read, {excluded} excluded).",
  "report.suppression":
    "“<{minCell}” is a number from 1 to {maxSmall}; “x” is a number hidden so that a small one cannot be worked out from the totals. A share is hidden with its number.",
  "report.noSuppression": "Small numbers are not hidden (minCell {minCell}): this version must not be published.",
  "report.invalid":
    "{count} records are not valid records (v1 or v2) and are not counted: the JSON report lists their positions and issue codes; run `redumbrella validate` to correct them.",
  "report.withdrawn":
    "{count} records are not counted because consent to statistics was withdrawn (on or before {validatedOn}): a withdrawal known today holds whatever the day of the report.",
  "table.methodology": "Who took part: interviews and refusals",
  "table.incidents": "Incidents reported",
  "table.incidents.perpetrators": "Respondents who reported an incident, by who did it",
  "table.incidents.acts": "Respondents who reported an incident, by what was done",
  "table.incidents.places": "Respondents who reported an incident, by kind of place",
  "table.incidents.months": "Respondents who reported an incident, by month of the incident",
  "table.incidents.complaintAddressees": "Respondents who complained about an incident, by where they complained",
  "table.incidents.complaintOutcomes": "Respondents who complained about an incident, by outcome of the complaint",
  "table.incidents.withdrawnUnderPressure": "Complaints withdrawn under pressure",
  "table.incidents.retaliation": "Retaliation for a complaint",
  "col.item": "Item",
  "col.number": "Number",
  "row.refused": "Refusals to take part (counted apart)",
  "row.withdrawn": "Of the records not counted: consent withdrawn by {validatedOn}",
  "row.refusalsAfterAsOf": "Refusals to take part dated after {asOf}",
  "row.notRecorded": "Not recorded",
  "row.yearOnly": "Month not known (year only)",
  "method.approached": "Approached: interviewed or refused",
  "method.interviewed": "Interviewed",
  "method.refused": "Refused to take part",
  "method.refusalReason": "Refused: {reason}",
  "method.respondents": "Interviews counted (consent allows statistics)",
  "method.outcome": "Interview: {outcome}",
  "incidents.respondents": "Respondents who reported an incident",
  "incidents.complainants": "Respondents who complained about an incident",
  "incidents.count": "Incidents reported",
  "month.01": "January",
  "month.02": "February",
  "month.03": "March",
  "month.04": "April",
  "month.05": "May",
  "month.06": "June",
  "month.07": "July",
  "month.08": "August",
  "month.09": "September",
  "month.10": "October",
  "month.11": "November",
  "month.12": "December",
  "month.label": "{month} {year}",
  "fine.yes": "Paid a fine",
  "fine.no": "No fine",
  "mark.added": "{label} †",
  "note.added": "† An added question: the 2015 paper form does not ask it, so only records made with the toolkit answer it.",
  "note.incidents":
    "Shares of the {respondents} respondents who reported an incident. A respondent is counted once in a row however many of her incidents it holds, and may be counted in several rows.",
  "note.complaints":
    "Shares of the {complainants} respondents who complained about an incident. A respondent is counted once in a row however many complaints it holds, and may be counted in several rows.",
  "note.pressure":
    "Shares of the {complainants} respondents who complained about an incident: “yes” when any of her complaints says so, “no” when none does and one at least says no.",
  "note.noBase": "The number of respondents this table counts over is hidden (small), so no share is given.",
  "note.detentionBoxes":
    "Where the paper's box was ticked instead of a number: “once” is counted as once, “2 or 3 times” as 2–3 times, “more than 3 times” as 4–5, “more than 5 times” as 6 or more.",
  "note.refusals":
    "Refusals hold nothing about the person: they are counted whatever consent says. Shares of the refusals, and of the interviews counted.",
  "html.lang": "en",
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
  "col.percent": "{column}, %",
  "row.respondents": "Respondents counted",
  "row.excluded": "Records not counted",
  "row.declined": "Declined to answer",
  "row.notAsked": "Not asked or not answered",
  "row.none": "None (does not do sex work)",
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
  "reason.REFUSED_TO_TAKE_PART": "Refused to take part",
  "reason.NOT_A_MINOR": "Respondent not under 18 (the use concerns minors only)",
  "reason.ORAL_CONSENT_UNWITNESSED": "Oral consent without a witness",
  "reason.ITEM_NOT_YET_GIVEN": "Consent item not yet given",
  "reason.ITEM_WITHDRAWN": "Consent item withdrawn",
  "reason.CONTRADICTORY_CONSENT": "Consent answers contradict each other",
  "note.violations": "Shares of the {respondents} respondents counted; one respondent may report several violations.",
  "note.questions":
    "“Asked” is each question's denominator: every respondent counted, or, for a follow-up question, those who answered “yes” to {gate}.",
  "note.multiple": "One respondent may give several answers: the rows do not add up to the total.",
  "note.withheld": "Rows marked “x” throughout are withheld whole: nothing else could protect a small number in them.",
  "cell.small": "<{minCell}",
  "cell.hidden": "x",
  "cell.percent": "{value}%",
  "cell.noShare": "–",
  "chart.label": "Bar chart: {title}",
  "check.SHARE_OVER_100": "{table}, {row}: {count} of {total} is more than 100 %.",
  "check.ABOVE_GATE": "{table}: {answered} answered, more than the {gateCount} who answered {gate}.",
  "check.TOTAL_MISMATCH": "{table}: the rows add up to {sum}, not to the total {total}.",
  "error.asOf": "Not a calendar date: write it as YYYY-MM-DD.",
  "error.validatedOn": "Not a calendar date: write it as YYYY-MM-DD.",
  "error.locale": "Not a language of the report: use one of {locales}.",
  "error.policy": "Not a consent policy: use POLICY of @redumbrella/consent or a policy tightenPolicy made from it.",
  "error.minCell": "minCell {minCell} is refused: use 0 (no suppression) or a whole number ≥ 3 (“<2” could only mean 1).",
  "error.cellNotCount": "Cell {cell} is {value}: counts are whole numbers ≥ 0.",
  "error.constraintTooShort": "Constraint {constraint} has fewer than 2 cells.",
  "error.constraintUnknownCell": "Constraint {constraint} names cell {cell}, which the table lacks.",
  "error.constraintBroken": "Constraint {constraint} does not hold for the table's counts.",
  "error.constantsDisclose": "The table's published constants alone give a small cell away.",
};

// Russian: forms that include men and transgender people — «респондент(ка)», «секс-работники».
const RU: Catalogue<ReportMessageKey> = {
  "report.title": "Нарушения прав секс-работников: таблицы опроса",
  "report.asOf": "Согласие оценено на {asOf}; записи проверены на {validatedOn}; версия политики согласия {policyVersion}.",
  "report.counted":
    "Учтено респондентов(-ок): {respondents} — записи, согласие в которых разрешает статистику (прочитано записей: {records}, не учтено: {excluded}).",
  "report.suppression":
    "«<{minCell}» — число от 1 до {maxSmall}; «x» — число, скрытое, чтобы по итогам нельзя было вычислить малое. Доля скрыта вместе со своим числом.",
  "report.noSuppression": "Малые числа не скрыты (minCell {minCell}): эту версию публиковать нельзя.",
  "report.invalid":
    "Записей, не соответствующих формату записи (v1 или v2): {count}; они не учтены. Их номера и коды ошибок — в отчёте JSON; исправьте их с помощью `redumbrella validate`.",
  "report.withdrawn":
    "Записей, не учтённых из-за отзыва согласия на статистику (не позднее {validatedOn}): {count}. Отзыв, известный сегодня, действует при любой дате отчёта.",
  "table.methodology": "Кто принял участие: интервью и отказы",
  "table.incidents": "Сообщённые случаи нарушений",
  "table.incidents.perpetrators": "Респонденты(-ки), сообщившие о случае, — по тому, кто совершил нарушение",
  "table.incidents.acts": "Респонденты(-ки), сообщившие о случае, — по видам нарушений",
  "table.incidents.places": "Респонденты(-ки), сообщившие о случае, — по виду места",
  "table.incidents.months": "Респонденты(-ки), сообщившие о случае, — по месяцу случая",
  "table.incidents.complaintAddressees": "Респонденты(-ки), подавшие жалобу по случаю, — по тому, куда подана жалоба",
  "table.incidents.complaintOutcomes": "Респонденты(-ки), подавшие жалобу по случаю, — по результату жалобы",
  "table.incidents.withdrawnUnderPressure": "Жалобы, отозванные под давлением",
  "table.incidents.retaliation": "Преследование за жалобу",
  "col.item": "Показатель",
  "col.number": "Число",
  "row.refused": "Отказы от участия (учтены отдельно)",
  "row.withdrawn": "Из неучтённых: согласие отозвано не позднее {validatedOn}",
  "row.refusalsAfterAsOf": "Отказы от участия после {asOf}",
  "row.notRecorded": "Не записано",
  "row.yearOnly": "Месяц неизвестен (известен только год)",
  "method.approached": "Приглашены: дали интервью или отказались",
  "method.interviewed": "Дали интервью",
  "method.refused": "Отказались от участия",
  "method.refusalReason": "Отказ: {reason}",
  "method.respondents": "Учтённые интервью (согласие разрешает статистику)",
  "method.outcome": "Интервью: {outcome}",
  "incidents.respondents": "Респонденты(-ки), сообщившие о случае нарушения",
  "incidents.complainants": "Респонденты(-ки), подавшие жалобу по случаю",
  "incidents.count": "Сообщённые случаи",
  "month.01": "Январь",
  "month.02": "Февраль",
  "month.03": "Март",
  "month.04": "Апрель",
  "month.05": "Май",
  "month.06": "Июнь",
  "month.07": "Июль",
  "month.08": "Август",
  "month.09": "Сентябрь",
  "month.10": "Октябрь",
  "month.11": "Ноябрь",
  "month.12": "Декабрь",
  "month.label": "{month} {year}",
  "fine.yes": "Уплачен штраф",
  "fine.no": "Штрафа не было",
  "mark.added": "{label} †",
  "note.added": "† Добавленный вопрос: в бумажной анкете 2015 года его нет, на него отвечают только записи, сделанные с помощью программы.",
  "note.incidents":
    "Доли от {respondents} респондентов(-ок), сообщивших о случае. Респондент(ка) учитывается в строке один раз, сколько бы её случаев туда ни относилось, и может быть учтён(а) в нескольких строках.",
  "note.complaints":
    "Доли от {complainants} респондентов(-ок), подавших жалобу по случаю. Респондент(ка) учитывается в строке один раз, сколько бы жалоб туда ни относилось, и может быть учтён(а) в нескольких строках.",
  "note.pressure":
    "Доли от {complainants} респондентов(-ок), подавших жалобу по случаю: «да», если так сказано хотя бы об одной жалобе; «нет», если ни об одной, а хотя бы об одной сказано «нет».",
  "note.noBase": "Число респондентов(-ок), от которого считается таблица, скрыто (оно мало), поэтому доли не приводятся.",
  "note.detentionBoxes":
    "Если в анкете отмечен квадрат, а не число: «один раз» учтено как один раз, «2 или 3 раза» — как 2–3 раза, «больше 3 раз» — как 4–5, «больше 5 раз» — как 6 и больше.",
  "note.refusals":
    "Отказы не содержат сведений о человеке, поэтому учитываются независимо от согласия. Доли — от числа отказов и от числа учтённых интервью.",
  "html.lang": "ru",
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
  "col.count": "Респондентов(-ок)",
  "col.share": "Доля",
  "col.asked": "Опрошено",
  "col.declined": "Отказ от ответа",
  "col.notAsked": "Не задан",
  "col.percent": "{column}, %",
  "row.respondents": "Учтено респондентов(-ок)",
  "row.excluded": "Не учтено записей",
  "row.declined": "Отказ от ответа",
  "row.notAsked": "Вопрос не задан или нет ответа",
  "row.none": "Нигде (не занимается секс-работой)",
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
  "reason.MINOR": "Респондент(ка) младше 18 лет",
  "reason.AGE_UNKNOWN": "Возраст не указан",
  "reason.NO_CONSENT_ITEM": "Ни один пункт согласия не охватывает статистику",
  "reason.CONSENT_NOT_GIVEN": "Нет согласия на статистику",
  "reason.CONSENT_STALE": "Согласие устарело",
  "reason.REFUSED_TO_TAKE_PART": "Отказ от участия",
  "reason.NOT_A_MINOR": "Респондент(ка) не младше 18 лет (использование касается только несовершеннолетних)",
  "reason.ORAL_CONSENT_UNWITNESSED": "Устное согласие без свидетеля",
  "reason.ITEM_NOT_YET_GIVEN": "Пункт согласия ещё не дан",
  "reason.ITEM_WITHDRAWN": "Пункт согласия отозван",
  "reason.CONTRADICTORY_CONSENT": "Ответы о согласии противоречат друг другу",
  "note.violations": "Доли от {respondents} учтённых респондентов(-ок); один(-на) респондент(ка) может назвать несколько нарушений.",
  "note.questions":
    "«Опрошено» — знаменатель каждого вопроса: все учтённые респонденты(-ки), а для уточняющего вопроса — ответившие «да» на {gate}.",
  "note.multiple": "Один(-на) респондент(ка) может дать несколько ответов: строки не складываются в итог.",
  "note.withheld": "Строки, где везде «x», скрыты целиком: иначе малое число в них защитить нельзя.",
  "cell.small": "<{minCell}",
  "cell.hidden": "x",
  "cell.percent": "{value}\u00a0%",
  "cell.noShare": "–",
  "chart.label": "Столбчатая диаграмма: {title}",
  "check.SHARE_OVER_100": "{table}, {row}: {count} из {total} — больше 100 %.",
  "check.ABOVE_GATE": "{table}: ответили {answered} — больше, чем {gateCount}, ответивших на {gate}.",
  "check.TOTAL_MISMATCH": "{table}: строки дают в сумме {sum}, а не итог {total}.",
  "error.asOf": "Это не календарная дата: пишите в виде ГГГГ-ММ-ДД.",
  "error.validatedOn": "Это не календарная дата: пишите в виде ГГГГ-ММ-ДД.",
  "error.locale": "Такого языка в отчёте нет: используйте один из {locales}.",
  "error.policy":
    "Это не политика согласия: используйте POLICY из @redumbrella/consent или политику, созданную из неё функцией tightenPolicy.",
  "error.minCell": "minCell {minCell} не допускается: используйте 0 (без скрытия) или целое число ≥ 3 («<2» могло бы означать только 1).",
  "error.cellNotCount": "Ячейка {cell} равна {value}: число должно быть целым и не меньше 0.",
  "error.constraintTooShort": "В ограничении {constraint} меньше 2 ячеек.",
  "error.constraintUnknownCell": "Ограничение {constraint} ссылается на ячейку {cell}, которой в таблице нет.",
  "error.constraintBroken": "Ограничение {constraint} не выполняется для чисел таблицы.",
  "error.constantsDisclose": "Опубликованные константы таблицы сами по себе раскрывают малую ячейку.",
};

// Kazakh (Cyrillic), as a Kazakh-speaking legal consultant reads it; numbers never carry a case
// suffix, so no template depends on how a number is pronounced.
const KK: Catalogue<ReportMessageKey> = {
  "report.title": "Секс-жұмыскерлердің құқықтарының бұзылуы: сауалнама кестелері",
  "report.asOf":
    "Келісім {asOf} күнгі жағдай бойынша бағаланды; жазбалар {validatedOn} күнгі жағдай бойынша тексерілді; келісім саясатының нұсқасы: {policyVersion}.",
  "report.counted":
    "Есепке алынған респонденттер: {respondents} — келісімі статистикаға рұқсат беретін жазбалар (оқылған жазбалар: {records}, есепке алынбағаны: {excluded}).",
  "report.suppression":
    "«<{minCell}» — 1 мен {maxSmall} аралығындағы сан; «x» — шағын санды жиынтық сандардан есептеп шығаруға болмауы үшін жасырылған сан. Үлес өз санымен бірге жасырылады.",
  "report.noSuppression": "Шағын сандар жасырылмаған (minCell {minCell}): бұл нұсқаны жариялауға болмайды.",
  "report.invalid":
    "Жазба форматына (v1 немесе v2) сәйкес келмейтін жазбалар: {count}; олар есепке алынбады. Олардың реттік нөмірлері мен қате кодтары JSON есебінде көрсетілген; оларды `redumbrella validate` арқылы түзетіңіз.",
  "report.withdrawn":
    "Статистикаға келісімі ({validatedOn} күнге дейін) қайтарып алынғандықтан есепке алынбаған жазбалар: {count}. Бүгін белгілі қайтарып алу есептің кез келген күні үшін күшінде.",
  "table.methodology": "Кім қатысты: сұхбаттар және бас тартулар",
  "table.incidents": "Хабарланған оқиғалар",
  "table.incidents.perpetrators": "Оқиға туралы хабарлаған респонденттер — құқықты кім бұзғаны бойынша",
  "table.incidents.acts": "Оқиға туралы хабарлаған респонденттер — бұзушылық түрлері бойынша",
  "table.incidents.places": "Оқиға туралы хабарлаған респонденттер — орынның түрі бойынша",
  "table.incidents.months": "Оқиға туралы хабарлаған респонденттер — оқиға болған ай бойынша",
  "table.incidents.complaintAddressees": "Оқиға бойынша шағым берген респонденттер — шағым қайда берілгені бойынша",
  "table.incidents.complaintOutcomes": "Оқиға бойынша шағым берген респонденттер — шағымның нәтижесі бойынша",
  "table.incidents.withdrawnUnderPressure": "Қысым көрсетілгендіктен кері қайтарып алынған шағымдар",
  "table.incidents.retaliation": "Шағым үшін қудалау",
  "col.item": "Көрсеткіш",
  "col.number": "Саны",
  "row.refused": "Қатысудан бас тартулар (бөлек есептелген)",
  "row.withdrawn": "Есепке алынбағандардың ішінде: келісім {validatedOn} күнге дейін қайтарып алынған",
  "row.refusalsAfterAsOf": "{asOf} күннен кейінгі қатысудан бас тартулар",
  "row.notRecorded": "Жазылмаған",
  "row.yearOnly": "Айы белгісіз (тек жылы белгілі)",
  "method.approached": "Шақырылғандар: сұхбат бергендер немесе бас тартқандар",
  "method.interviewed": "Сұхбат бергендер",
  "method.refused": "Қатысудан бас тартқандар",
  "method.refusalReason": "Бас тарту: {reason}",
  "method.respondents": "Есепке алынған сұхбаттар (келісім статистикаға рұқсат береді)",
  "method.outcome": "Сұхбат: {outcome}",
  "incidents.respondents": "Оқиға туралы хабарлаған респонденттер",
  "incidents.complainants": "Оқиға бойынша шағым берген респонденттер",
  "incidents.count": "Хабарланған оқиғалар",
  "month.01": "қаңтар",
  "month.02": "ақпан",
  "month.03": "наурыз",
  "month.04": "сәуір",
  "month.05": "мамыр",
  "month.06": "маусым",
  "month.07": "шілде",
  "month.08": "тамыз",
  "month.09": "қыркүйек",
  "month.10": "қазан",
  "month.11": "қараша",
  "month.12": "желтоқсан",
  "month.label": "{year} ж. {month}",
  "fine.yes": "Айыппұл төлеген",
  "fine.no": "Айыппұл болмаған",
  "mark.added": "{label} †",
  "note.added":
    "† Қосылған сұрақ: 2015 жылғы қағаз сауалнамада ол жоқ, сондықтан оған тек бағдарлама арқылы жасалған жазбалар жауап береді.",
  "note.incidents":
    "Үлестер оқиға туралы хабарлаған респонденттер санынан ({respondents}) есептелген. Респондент жолда бір рет есептеледі (оның қанша оқиғасы сол жолға жатса да) және бірнеше жолда есептелуі мүмкін.",
  "note.complaints":
    "Үлестер оқиға бойынша шағым берген респонденттер санынан ({complainants}) есептелген. Респондент жолда бір рет есептеледі (қанша шағымы сол жолға жатса да) және бірнеше жолда есептелуі мүмкін.",
  "note.pressure":
    "Үлестер оқиға бойынша шағым берген респонденттер санынан ({complainants}) есептелген: кемінде бір шағымы туралы солай айтылса — «иә»; ешқайсысы туралы айтылмаса, бірақ кемінде біреуі туралы «жоқ» делінсе — «жоқ».",
  "note.noBase": "Кесте есептелетін респонденттер саны жасырылған (ол шағын), сондықтан үлестер келтірілмейді.",
  "note.detentionBoxes":
    "Сауалнамада сан емес, шаршы белгіленсе: «бір рет» бір рет ретінде, «2 немесе 3 рет» 2–3 рет ретінде, «3 реттен көп» 4–5 ретінде, «5 реттен көп» 6 және одан көп ретінде есептеледі.",
  "note.refusals":
    "Бас тартуларда адам туралы мәлімет жоқ, сондықтан олар келісімге қарамастан есептеледі. Үлестер бас тартулар санынан және есепке алынған сұхбаттар санынан есептелген.",
  "html.lang": "kk",
  "table.excluded": "Есепке алынған жазбалар және есепке алынбағандары — себептері бойынша",
  "section.police.violations": "Полиция тарапынан жасалған бұзушылықтар",
  "section.police.questions": "Полиция: құқықтардың бұзылуы және шағымдар",
  "section.medical.violations": "Медицина қызметкерлері тарапынан жасалған бұзушылықтар",
  "section.medical.questions": "Медицина қызметкерлері: құқықтардың бұзылуы және шағымдар",
  "col.answer": "Жауап",
  "col.violation": "Бұзушылық",
  "col.question": "Сұрақ",
  "col.reason": "Себеп",
  "col.records": "Жазбалар",
  "col.count": "Респонденттер",
  "col.share": "Үлесі",
  "col.asked": "Сұрақ қойылғандар",
  "col.declined": "Жауаптан бас тартқандар",
  "col.notAsked": "Сұрақ қойылмаған",
  "col.percent": "{column}, %",
  "row.respondents": "Есепке алынған респонденттер",
  "row.excluded": "Есепке алынбаған жазбалар",
  "row.declined": "Жауап беруден бас тартты",
  "row.notAsked": "Сұрақ қойылмаған немесе жауап жоқ",
  "row.none": "Ешқайда (секс-жұмыспен айналыспайды)",
  "row.stateless": "Азаматтығы жоқ адам",
  "row.otherCountries": "Басқа елдер",
  "age.under18": "18 жасқа толмаған",
  "age.18to24": "18–24",
  "age.25to34": "25–34",
  "age.35to44": "35–44",
  "age.45to54": "45–54",
  "age.55andOver": "55 және одан жоғары",
  "detention.never": "Ұсталмаған",
  "detention.once": "Бір рет",
  "detention.2to3": "2–3 рет",
  "detention.4to5": "3 реттен көп (4–5)",
  "detention.6orMore": "5 реттен көп (6 және одан көп)",
  "reason.INVALID_REQUEST": "Сұрау бойынша шешім қабылдау мүмкін болмады",
  "reason.INVALID_RECORD": "Қателері бар жазба",
  "reason.NO_CONSENT_RECORD": "Келісім тіркелмеген",
  "reason.NOT_YET_GIVEN": "Келісім әлі берілмеген",
  "reason.WITHDRAWN": "Келісім қайтарып алынған",
  "reason.MINOR": "Респондент 18 жасқа толмаған",
  "reason.AGE_UNKNOWN": "Жасы көрсетілмеген",
  "reason.NO_CONSENT_ITEM": "Келісімнің бірде-бір тармағы статистиканы қамтымайды",
  "reason.CONSENT_NOT_GIVEN": "Статистикаға келісім берілмеген",
  "reason.CONSENT_STALE": "Келісім ескірген",
  "reason.REFUSED_TO_TAKE_PART": "Қатысудан бас тартты",
  "reason.NOT_A_MINOR": "Респондент 18 жасқа толған (бұл пайдалану тек кәмелетке толмағандарға қатысты)",
  "reason.ORAL_CONSENT_UNWITNESSED": "Куәсіз ауызша келісім",
  "reason.ITEM_NOT_YET_GIVEN": "Келісім тармағы әлі берілмеген",
  "reason.ITEM_WITHDRAWN": "Келісім тармағы қайтарып алынған",
  "reason.CONTRADICTORY_CONSENT": "Келісім туралы жауаптар бір-біріне қайшы",
  "note.violations":
    "Үлестер есепке алынған респонденттер санынан ({respondents}) есептелген; бір респондент бірнеше бұзушылықты атауы мүмкін.",
  "note.questions":
    "«Сұрақ қойылғандар» — әр сұрақтың есептеу негізі: барлық есепке алынған респонденттер, ал нақтылаушы сұрақ үшін — {gate} сұрағына «иә» деп жауап бергендер.",
  "note.multiple": "Бір респондент бірнеше жауап беруі мүмкін: жолдардың қосындысы жалпы санға тең болмайды.",
  "note.withheld": "Барлық ұяшығында «x» тұрған жолдар толығымен жасырылған: әйтпесе олардағы шағын санды қорғау мүмкін емес.",
  "cell.small": "<{minCell}",
  "cell.hidden": "x",
  "cell.percent": "{value}\u00a0%",
  "cell.noShare": "–",
  "chart.label": "Бағаналы диаграмма: {title}",
  "check.SHARE_OVER_100": "{table}, {row}: {total} ішінен {count} — 100 %-дан көп.",
  "check.ABOVE_GATE": "{table}: жауап бергендер — {answered}, бұл {gate} сұрағына жауап бергендерден ({gateCount}) көп.",
  "check.TOTAL_MISMATCH": "{table}: жолдардың қосындысы — {sum}, ол жалпы санға ({total}) тең емес.",
  "error.asOf": "Бұл күнтізбелік күн емес: ЖЖЖЖ-АА-КК түрінде жазыңыз.",
  "error.validatedOn": "Бұл күнтізбелік күн емес: ЖЖЖЖ-АА-КК түрінде жазыңыз.",
  "error.locale": "Есепте мұндай тіл жоқ: мыналардың бірін қолданыңыз: {locales}.",
  "error.policy":
    "Бұл келісім саясаты емес: @redumbrella/consent пакетінің POLICY саясатын немесе одан tightenPolicy жасаған саясатты қолданыңыз.",
  "error.minCell":
    "minCell {minCell} мәніне жол берілмейді: 0 (жасырусыз) немесе 3-тен кем емес бүтін санды қолданыңыз («<2» тек 1 санын білдіре алады).",
  "error.cellNotCount": "Ұяшық № {cell} мәні — {value}: сан бүтін және 0-ден кем емес болуы керек.",
  "error.constraintTooShort": "Шектеу № {constraint} құрамында 2-ден аз ұяшық бар.",
  "error.constraintUnknownCell": "Шектеу № {constraint} кестеде жоқ ұяшықты (№ {cell}) атайды.",
  "error.constraintBroken": "Шектеу № {constraint} кестедегі сандарға сәйкес келмейді.",
  "error.constantsDisclose": "Кестенің жарияланған тұрақты шамаларының өзі шағын ұяшықты ашып береді.",
};

/**
 * The report's texts in every locale — titles, column and row labels, notes, the suppression
 * markers, the page's `lang`, and the messages of `ReportError` — rendered by
 * `REPORT_MESSAGES.format(key, params, locale)`.
 */
export const REPORT_MESSAGES: Messages<ReportMessageKey> = /* @__PURE__ */ defineMessages<ReportMessageKey>({ en: EN, ru: RU, kk: KK });
