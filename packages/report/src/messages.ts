import type { ReasonCode } from "@redumbrella/consent";
import { type Catalogue, defineMessages, type Messages } from "@redumbrella/questionnaire";
import type { AgeBand, DetentionBand, ViolationSection } from "./layout.js";

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
  | "html.lang"
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
  | "col.percent"
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
  | "cell.percent"
  | "cell.noShare"
  | "chart.label"
  | `check.${ConsistencyCode}`
  | "error.asOf"
  | "error.validatedOn"
  | "error.locale"
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
  "report.counted": "{respondents} respondents counted: the records whose consent allows statistics ({records} records read, {excluded} excluded).",
  "report.suppression":
    "“<{minCell}” is a number from 1 to {maxSmall}; “x” is a number hidden so that a small one cannot be worked out from the totals. A share is hidden with its number.",
  "report.noSuppression": "Small numbers are not hidden (minCell {minCell}): this version must not be published.",
  "report.invalid":
    "{count} records are not valid record v1 and are not counted: the JSON report lists their positions and issue codes; run `redumbrella validate` to correct them.",
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
    "Записей, не соответствующих формату record v1: {count}; они не учтены. Их номера и коды ошибок — в отчёте JSON; исправьте их с помощью `redumbrella validate`.",
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
    "record v1 форматына сәйкес келмейтін жазбалар: {count}; олар есепке алынбады. Олардың реттік нөмірлері мен қате кодтары JSON есебінде көрсетілген; оларды `redumbrella validate` арқылы түзетіңіз.",
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
  "error.minCell": "minCell {minCell} мәніне жол берілмейді: 0 (жасырусыз) немесе 3-тен кем емес бүтін санды қолданыңыз («<2» тек 1 санын білдіре алады).",
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
export const REPORT_MESSAGES: Messages<ReportMessageKey> = defineMessages<ReportMessageKey>({ en: EN, ru: RU, kk: KK });
