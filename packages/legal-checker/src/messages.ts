import { type Catalogue, defineMessages, type Messages } from "@redumbrella/questionnaire";
import type { PackIssueCode } from "./engine/errors.js";

/**
 * The engine's own sentences, in English: findings that cannot be decided, and the frame of
 * `explain`. Rules bring their own words (in the pack); `{name}` is replaced by the param `name`.
 */
const EN = {
  "undetermined.missing": "Undetermined — {title}: not recorded: {missing}.",
  "undetermined.date":
    "Undetermined — {title}: it depends on the exact day of the conduct, which the record gives only to the month or the year.",
  "undetermined.law": "Undetermined — {title}: the law this rule rests on is not in the pack for the day in question.",
  "judged.interview": "(Judged on the day of the interview: no incident in the record dates it.)",
  "explain.undetermined": "This may be a problem — “{title}” — but we cannot tell yet.",
  "explain.missing": "To decide, we still need to know: {missing}.",
  "explain.date": "It depends on the exact day it happened: if you remember the day, tell your documentator.",
  "explain.noLaw": "Our data does not hold the law of that time: ask a lawyer to look into it.",
  "explain.law": "The law: {citations}.",
  "explain.general": "(Some of these dates come from general knowledge, not from the report: a lawyer should verify them.)",
  "explain.quoted": "“{text}”",
  "citation.instrument": "{instrument} ({period})",
  "citation.article": "{instrument}, article {article} “{title}” ({period})",
  "period.open": "in force since {from}",
  "period.closed": "in force from {from} to {to}",
  "list.separator": "; ",
  "severity.unlawful": "unlawful",
  "severity.dubious": "dubious",
  "severity.check": "to check",
  "status.flag": "flag",
  "status.undetermined": "undetermined",
} as const satisfies Readonly<Record<string, string>>;

/** A key of the checker's catalogue. */
export type CheckerMessageKey = keyof typeof EN;

// A flag that is only dubious or to check is no violation: «замечание» / «ескертпе», never «нарушение» / «бұзушылық».
const RU: Catalogue<CheckerMessageKey> = {
  "undetermined.missing": "Не определено — {title}: не записано: {missing}.",
  "undetermined.date": "Не определено — {title}: ответ зависит от точного дня деяния, а в записи указаны только месяц или год.",
  "undetermined.law": "Не определено — {title}: закона, на котором основано правило, нет в пакете на этот день.",
  "judged.interview": "(Оценено на день интервью: ни один случай в записи не указывает дату.)",
  "explain.undetermined": "Возможно, здесь есть проблема («{title}»), но сказать точно пока нельзя.",
  "explain.missing": "Чтобы решить, нужно ещё узнать: {missing}.",
  "explain.date": "Это зависит от точного дня, когда всё произошло: если вы помните день, скажите документатору.",
  "explain.noLaw": "В наших данных нет закона того времени: попросите юриста разобраться.",
  "explain.law": "Закон: {citations}.",
  "explain.general": "(Часть этих дат взята не из отчёта, а из общих сведений: их должен проверить юрист.)",
  "explain.quoted": "«{text}»",
  "citation.instrument": "{instrument} ({period})",
  "citation.article": "{instrument}, статья {article} «{title}» ({period})",
  "period.open": "действует с {from}",
  "period.closed": "действовал с {from} по {to}",
  "list.separator": "; ",
  "severity.unlawful": "незаконно",
  "severity.dubious": "сомнительно",
  "severity.check": "проверить",
  "status.flag": "замечание",
  "status.undetermined": "не определено",
};

const KK: Catalogue<CheckerMessageKey> = {
  "undetermined.missing": "Анықталмады — {title}: жазбада көрсетілмеген: {missing}.",
  "undetermined.date":
    "Анықталмады — {title}: жауап іс-әрекет жасалған нақты күнге байланысты, ал жазбада тек айы немесе жылы көрсетілген.",
  "undetermined.law": "Анықталмады — {title}: бұл ереже негізделген заң пакетте сол күнге жоқ.",
  "judged.interview": "(Сұхбат күні бойынша бағаланды: жазбадағы бірде-бір оқиға оның күнін көрсетпейді.)",
  "explain.undetermined": "Мұнда мәселе болуы мүмкін («{title}»), бірақ әзірге нақты айту мүмкін емес.",
  "explain.missing": "Шешім шығару үшін мынаны білу керек: {missing}.",
  "explain.date": "Бұл оқиғаның нақты қай күні болғанына байланысты: күнін есіңізде болса, құжаттаушыға айтыңыз.",
  "explain.noLaw": "Біздің деректерде сол кездегі заң жоқ: заңгерден мұны анықтап беруін сұраңыз.",
  "explain.law": "Заң: {citations}.",
  "explain.general": "(Бұл күндердің бір бөлігі баяндамадан емес, жалпы мәліметтерден алынған: оларды заңгер тексеруі тиіс.)",
  "explain.quoted": "«{text}»",
  "citation.instrument": "{instrument} ({period})",
  "citation.article": "{instrument}, {article}-бап «{title}» ({period})",
  "period.open": "{from} күнінен бастап күшінде",
  "period.closed": "{from} күнінен бастап {to} күніне дейін күшінде болған",
  "list.separator": "; ",
  "severity.unlawful": "заңсыз",
  "severity.dubious": "күмәнді",
  "severity.check": "тексеру керек",
  "status.flag": "ескертпе",
  "status.undetermined": "анықталмаған",
};

/**
 * The checker's own sentences in every locale: undetermined findings, the frame of `explain`,
 * severities and statuses. `CHECKER_MESSAGES.format(key, params, locale)` renders one.
 */
export const CHECKER_MESSAGES: Messages<CheckerMessageKey> = /* @__PURE__ */ defineMessages<CheckerMessageKey>({ en: EN, ru: RU, kk: KK });

/** What is wrong in a pack's data, one message per `PackIssueCode`, in every locale; written for the pack's author. */
export const PACK_ISSUE_MESSAGES: Messages<PackIssueCode> = /* @__PURE__ */ defineMessages<PackIssueCode>({
  en: {
    UNKNOWN_FACT: "{fact} is not a field of the record format.",
    UNKNOWN_LAW: "{law} is not in the pack's law.",
    NEEDS_MISMATCH: "needs must list exactly the facts `when` reads: {facts}.",
    SCOPE_MISMATCH: "A rule of scope {scope} reads {fact}, a fact of another charge or incident.",
    DUPLICATE_RULE: "The rule id {id} is used twice.",
    NOT_A_PACK: "Not a jurisdiction pack: {field} is missing or not of the type a pack holds there.",
  },
  ru: {
    UNKNOWN_FACT: "{fact} — не поле формата записи.",
    UNKNOWN_LAW: "{law} нет среди законов пакета.",
    NEEDS_MISMATCH: "В needs должны быть ровно те факты, которые читает `when`: {facts}.",
    SCOPE_MISMATCH: "Правило уровня {scope} читает {fact} — факт другого обвинения или случая.",
    DUPLICATE_RULE: "Идентификатор правила {id} использован дважды.",
    NOT_A_PACK: "Это не пакет юрисдикции: {field} отсутствует или имеет не тот тип, что в пакете.",
  },
  kk: {
    UNKNOWN_FACT: "{fact} — жазба форматының өрісі емес.",
    UNKNOWN_LAW: "{law} пакеттің заңдары арасында жоқ.",
    NEEDS_MISMATCH: "needs тізімінде `when` оқитын фактілер ғана және түгел болуы керек: {facts}.",
    SCOPE_MISMATCH: "{scope} деңгейіндегі ереже {fact} фактісін оқиды — бұл басқа айыптаудың немесе оқиғаның фактісі.",
    DUPLICATE_RULE: "{id} ереже идентификаторы екі рет қолданылған.",
    NOT_A_PACK: "Бұл юрисдикция пакеті емес: {field} жоқ немесе пакеттегі түрге сай емес.",
  },
});
