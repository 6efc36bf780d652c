import { type Catalogue, defineMessages, type Messages } from "@redumbrella/questionnaire";

/** A key of the `consent` command's messages; the messages of the decisions come from `@redumbrella/consent`. */
export type ConsentCommandMessageKey =
  | "consent.summary"
  | "consent.synopsis"
  | "consent.description"
  | "consent.value.use"
  | "consent.option.use"
  | "consent.option.on"
  | "consent.option.json"
  | "consent.help.exitCodes"
  | "consent.help.privacy"
  | "consent.usage.missingUse"
  | "consent.usage.badUse"
  | "consent.report.allowed"
  | "consent.report.allowedPlain"
  | "consent.report.denied"
  | "consent.report.summary";

const EN: Catalogue<ConsentCommandMessageKey> = {
  "consent.summary": "Decide whether each record's consent allows a use on a day.",
  "consent.synopsis": "redumbrella consent FILE... --use USE|all [--on YYYY-MM-DD] [--json] [--lang en|ru|kk]",
  "consent.description":
    "Decides, for every record in each FILE, whether USE is allowed on the day --on, under the consent policy of @redumbrella/consent:\n" +
    "allowed with its obligations, or denied with every reason that applies. A record is validated as of today; an invalid one is denied with INVALID_RECORD, in place.\n" +
    "USE is statistics, anonymisedCaseStudy, anonymisedDataset, namedPublication, lawEnforcementComplaint, partnerSharing or safeguardingReferral; all decides each of them.",
  "consent.value.use": "USE|all",
  "consent.option.use": "The use to decide, or all for every use. Required.",
  "consent.option.on": "The day of the use. Defaults to today.",
  "consent.option.json":
    "Print one JSON array of decisions {file, index, id, use, allowed, reasons, obligations, missingConsent}, in file order, instead of text.",
  "consent.help.exitCodes": "Exit codes: 0 every record was decided, allowed or not; 2 usage or file error.",
  "consent.help.privacy":
    "Record contents are never printed: only file, record index, id, use, and the codes and messages of each decision.",
  "consent.usage.missingUse": "Missing --use: name a use, or all.",
  "consent.usage.badUse": "Unknown use '{value}': use one of {uses}, or all.",
  "consent.report.allowed": "{record} {use}: allowed — obligations {obligations}",
  "consent.report.allowedPlain": "{record} {use}: allowed",
  "consent.report.denied": "{record} {use}: denied — {reasons}",
  "consent.report.summary": "Records: {records}, decisions: {decisions} ({allowed} allowed, {denied} denied)",
};

const RU: Catalogue<ConsentCommandMessageKey> = {
  "consent.summary": "Решить, разрешает ли согласие в каждой записи использование на указанный день.",
  "consent.synopsis": "redumbrella consent ФАЙЛ... --use ИСПОЛЬЗОВАНИЕ|all [--on ГГГГ-ММ-ДД] [--json] [--lang en|ru|kk]",
  "consent.description":
    "Для каждой записи в каждом ФАЙЛЕ решает, разрешено ли ИСПОЛЬЗОВАНИЕ на день --on по политике согласия @redumbrella/consent:\n" +
    "разрешено с обязательствами или запрещено со всеми причинами. Запись проверяется на сегодняшний день; запись с ошибками запрещается с кодом INVALID_RECORD на своём месте.\n" +
    "ИСПОЛЬЗОВАНИЕ — statistics, anonymisedCaseStudy, anonymisedDataset, namedPublication, lawEnforcementComplaint, partnerSharing или safeguardingReferral; all — каждое из них.",
  "consent.value.use": "ИСПОЛЬЗОВАНИЕ|all",
  "consent.option.use": "Какое использование решать; all — все. Обязательный параметр.",
  "consent.option.on": "День использования. По умолчанию — сегодня.",
  "consent.option.json":
    "Вывести один массив JSON с решениями {file, index, id, use, allowed, reasons, obligations, missingConsent} в порядке файла вместо текста.",
  "consent.help.exitCodes": "Коды выхода: 0 — решения приняты для всех записей (разрешено или нет), 2 — ошибка в команде или файле.",
  "consent.help.privacy":
    "Содержимое записей никогда не выводится: только файл, номер записи, id, использование, коды и сообщения решения.",
  "consent.usage.missingUse": "Не указан --use: назовите использование или all.",
  "consent.usage.badUse": "Неизвестное использование «{value}»: укажите одно из {uses} или all.",
  "consent.report.allowed": "{record} {use}: разрешено — обязательства {obligations}",
  "consent.report.allowedPlain": "{record} {use}: разрешено",
  "consent.report.denied": "{record} {use}: запрещено — {reasons}",
  "consent.report.summary": "Записей: {records}, решений: {decisions} (разрешено: {allowed}, запрещено: {denied})",
};

const KK: Catalogue<ConsentCommandMessageKey> = {
  "consent.summary": "Әр жазбадағы келісімнің белгілі бір күні пайдалануға рұқсат беретінін анықтау.",
  "consent.synopsis": "redumbrella consent ФАЙЛ... --use ПАЙДАЛАНУ|all [--on ЖЖЖЖ-АА-КК] [--json] [--lang en|ru|kk]",
  "consent.description":
    "Әр ФАЙЛДАҒЫ әр жазба үшін ПАЙДАЛАНУҒА --on күні @redumbrella/consent келісім саясаты бойынша рұқсат етіле ме, соны шешеді:\n" +
    "міндеттемелерімен рұқсат етіледі немесе қолданылатын барлық себептерімен тыйым салынады. Жазба бүгінгі күн бойынша тексеріледі; қатесі бар жазбаға өз орнында INVALID_RECORD кодымен тыйым салынады.\n" +
    "ПАЙДАЛАНУ — statistics, anonymisedCaseStudy, anonymisedDataset, namedPublication, lawEnforcementComplaint, partnerSharing немесе safeguardingReferral; all — олардың әрқайсысы.",
  "consent.value.use": "ПАЙДАЛАНУ|all",
  "consent.option.use": "Шешілетін пайдалану түрі; all — барлығы. Міндетті параметр.",
  "consent.option.on": "Пайдалану күні. Әдепкі мәні: бүгін.",
  "consent.option.json":
    "Мәтіннің орнына шешімдердің бір JSON массивін {file, index, id, use, allowed, reasons, obligations, missingConsent} файлдағы ретпен шығару.",
  "consent.help.exitCodes":
    "Шығу кодтары: 0 — барлық жазба бойынша шешім қабылданды (рұқсат етілді ме, жоқ па), 2 — командада немесе файлда қате.",
  "consent.help.privacy":
    "Жазбалардың мазмұны ешқашан шығарылмайды: тек файл, жазбаның нөмірі, id, пайдалану түрі, шешімнің кодтары мен хабарламалары.",
  "consent.usage.missingUse": "--use көрсетілмеген: пайдалану түрін немесе all деп көрсетіңіз.",
  "consent.usage.badUse": "Белгісіз пайдалану түрі: «{value}»; {uses} түрлерінің бірін немесе all деп көрсетіңіз.",
  "consent.report.allowed": "{record} {use}: рұқсат етілген — міндеттемелер {obligations}",
  "consent.report.allowedPlain": "{record} {use}: рұқсат етілген",
  "consent.report.denied": "{record} {use}: тыйым салынған — {reasons}",
  "consent.report.summary": "Жазбалар: {records}, шешімдер: {decisions} (рұқсат етілгені: {allowed}, тыйым салынғаны: {denied})",
};

/** The sentences of `redumbrella consent`, in every language. */
export const CONSENT_COMMAND_MESSAGES: Messages<ConsentCommandMessageKey> = defineMessages<ConsentCommandMessageKey>({
  en: EN,
  ru: RU,
  kk: KK,
});
