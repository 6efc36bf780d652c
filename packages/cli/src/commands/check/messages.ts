import { type Catalogue, defineMessages, type Messages } from "@redumbrella/questionnaire";

/** A key of the `check` command's messages; statuses, severities and findings come from `@redumbrella/legal-checker`. */
export type CheckCommandMessageKey =
  | "check.summary"
  | "check.synopsis"
  | "check.description"
  | "check.option.json"
  | "check.exitCodes"
  | "check.privacy"
  | "check.record.findings"
  | "check.record.none"
  | "check.record.invalid"
  | "check.subject.record"
  | "check.rootPath"
  | "check.summaryLine";

// A finding that is only dubious or to check is no violation: "finding" / «замечание» / «ескертпе» in every count.
const EN: Catalogue<CheckCommandMessageKey> = {
  "check.summary": "Flag legally dubious charges and police or medical practices in records.",
  "check.synopsis": "redumbrella check FILE... [--json] [--lang en|ru|kk]",
  "check.description":
    "Checks every valid record in each FILE against the law of Kazakhstan as it stood on the day of each act charged, and prints its findings:\n" +
    "flagged ones, and undetermined ones with the facts that would decide them. Invalid records are reported in place with their validation issues.",
  "check.option.json":
    "Print one JSON array, a {file, index, id, findings} entry per record ({file, index, id, issues} if invalid), instead of text.",
  "check.exitCodes": "Exit codes: 0 the records were checked (findings and invalid records are not errors), 2 usage or file error.",
  "check.privacy":
    "Record contents are never printed: only file, record index, id, and each finding's code, status, severity, the paths of its facts and its message.",
  "check.record.findings": "{record}: findings: {count}",
  "check.record.none": "{record}: no findings",
  "check.record.invalid": "{record}: invalid record, not checked",
  "check.subject.record": "record",
  "check.rootPath": "(record)",
  "check.summaryLine": "records: {records} ({checked} checked, {invalid} invalid); findings: {flags} flagged, {undetermined} undetermined",
};

const RU: Catalogue<CheckCommandMessageKey> = {
  "check.summary": "Найти в записях сомнительные с точки зрения закона обвинения и действия полиции или медиков.",
  "check.synopsis": "redumbrella check ФАЙЛ... [--json] [--lang en|ru|kk]",
  "check.description":
    "Проверяет каждую правильную запись в каждом ФАЙЛЕ по законам Казахстана, действовавшим в день каждого вменённого деяния, и выводит замечания:\n" +
    "отмеченные и неопределённые, с фактами, которые позволили бы их решить. Записи с ошибками показываются на своём месте вместе с ошибками.",
  "check.option.json":
    "Вывести один массив JSON, по элементу {file, index, id, findings} на запись ({file, index, id, issues} для записи с ошибками), вместо текста.",
  "check.exitCodes":
    "Коды выхода: 0 — записи проверены (замечания и записи с ошибками не считаются ошибкой), 2 — ошибка в команде или файле.",
  "check.privacy":
    "Содержимое записей никогда не выводится: только файл, номер записи, id и для каждого замечания его код, статус, степень, пути фактов и сообщение.",
  "check.record.findings": "{record}: замечаний: {count}",
  "check.record.none": "{record}: замечаний нет",
  "check.record.invalid": "{record}: запись с ошибками, не проверена",
  "check.subject.record": "запись",
  "check.rootPath": "(запись)",
  "check.summaryLine":
    "записей: {records} (проверено {checked}, с ошибками {invalid}); замечаний: отмечено {flags}, не определено {undetermined}",
};

const KK: Catalogue<CheckCommandMessageKey> = {
  "check.summary": "Жазбалардан заң тұрғысынан күмәнді айыптауларды және полиция мен медицина қызметкерлерінің іс-әрекеттерін белгілеу.",
  "check.synopsis": "redumbrella check ФАЙЛ... [--json] [--lang en|ru|kk]",
  "check.description":
    "Әр ФАЙЛДАҒЫ әр қатесіз жазбаны айып тағылған әр іс-әрекет жасалған күні қолданыста болған Қазақстан заңнамасы бойынша тексеріп, ескертпелерді шығарады:\n" +
    "белгіленгендерін және анықталмағандарын — оларды шешуге қажет фактілерімен бірге. Қатесі бар жазбалар өз орнында қателерімен көрсетіледі.",
  "check.option.json":
    "Мәтіннің орнына бір JSON массивін шығару: әр жазбаға бір {file, index, id, findings} элементі (қатесі бар жазбаға {file, index, id, issues}).",
  "check.exitCodes":
    "Шығу кодтары: 0 — жазбалар тексерілді (ескертпелер мен қатесі бар жазбалар қате болып саналмайды), 2 — командада немесе файлда қате.",
  "check.privacy":
    "Жазбалардың мазмұны ешқашан шығарылмайды: тек файл, жазбаның нөмірі, id және әр ескертпенің коды, мәртебесі, дәрежесі, фактілерінің жолдары мен хабарламасы.",
  "check.record.findings": "{record}: ескертпелер: {count}",
  "check.record.none": "{record}: ескертпе жоқ",
  "check.record.invalid": "{record}: қатесі бар жазба, тексерілмеді",
  "check.subject.record": "жазба",
  "check.rootPath": "(жазба)",
  "check.summaryLine":
    "жазбалар: {records} (тексерілгені {checked}, қатесі барлары {invalid}); ескертпелер: белгіленгені {flags}, анықталмағаны {undetermined}",
};

/** The sentences of `redumbrella check`, in every language. */
export const CHECK_COMMAND_MESSAGES: Messages<CheckCommandMessageKey> = defineMessages<CheckCommandMessageKey>({ en: EN, ru: RU, kk: KK });
