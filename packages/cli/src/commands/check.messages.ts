/**
 * Every sentence `redumbrella check` prints, in English: its help and its report lines. `{name}` is
 * replaced by the param `name`. To be merged into the CLI catalogue (`internal/messages.ts`).
 */
export const CHECK_CLI_MESSAGES_EN = {
  "check.summary": "Flag legally dubious charges and police or medical practices in records.",
  "check.synopsis": "redumbrella check FILE... [--json] [--lang en|ru]",
  "check.description":
    "Checks every valid record in each FILE against the law of Kazakhstan as it stood on the day of each charge, and prints its findings:\n" +
    "flags, and undetermined ones with the facts that would decide them. Invalid records are reported in place with their validation issues.\n" +
    "FILE is a JSON array of records, NDJSON (one record per line) or a single JSON object; - reads standard input.\n" +
    "A directory means every *.json and *.ndjson file directly in it, by name, except *.expect.json.",
  "check.argument": "FILE",
  "check.option.json": "Print one JSON array, a {file, index, id, findings} entry per record ({file, index, id, issues} if invalid), instead of text.",
  "check.exitCodes": "Exit codes: 0 the records were checked (findings and invalid records are not errors), 2 usage or file error.",
  "check.privacy": "Record contents are never printed: only file, record index, id, and each finding's code, status, severity, the paths of its facts and its message.",
  "check.record.findings": "{file} #{index} (id {id}): findings: {count}",
  "check.record.none": "{file} #{index} (id {id}): no findings",
  "check.record.invalid": "{file} #{index} (id {id}): invalid record, not checked",
  "check.record.invalidNoId": "{file} #{index}: invalid record, not checked",
  "check.finding": "  {subject} · {status} · {severity} · {code} — {message}",
  "check.issue": "  {path} {code} — {message}",
  "check.subject.record": "record",
  "check.rootPath": "(record)",
  "check.summaryLine": "records: {records} ({checked} checked, {invalid} invalid); flags: {flags}, undetermined: {undetermined}",
} as const satisfies Readonly<Record<string, string>>;

/** A key of the `check` command's messages. */
export type CheckCliMessageKey = keyof typeof CHECK_CLI_MESSAGES_EN;

/** The `check` command's sentences in Russian. */
export const CHECK_CLI_MESSAGES_RU: { readonly [K in CheckCliMessageKey]: string } = {
  "check.summary": "Найти в записях сомнительные с точки зрения закона обвинения и действия полиции или медиков.",
  "check.synopsis": "redumbrella check ФАЙЛ... [--json] [--lang en|ru]",
  "check.description":
    "Проверяет каждую правильную запись в каждом ФАЙЛЕ по законам Казахстана, действовавшим в день каждого вменённого деяния, и выводит выводы:\n" +
    "нарушения и неопределённые выводы с фактами, которые позволили бы их решить. Записи с ошибками показываются на своём месте вместе с ошибками.\n" +
    "ФАЙЛ — массив записей JSON, NDJSON (по записи на строку) или один объект JSON; - читает стандартный ввод.\n" +
    "Папка означает все файлы *.json и *.ndjson прямо в ней, по имени, кроме *.expect.json.",
  "check.argument": "ФАЙЛ",
  "check.option.json": "Вывести один массив JSON, по элементу {file, index, id, findings} на запись ({file, index, id, issues} для записи с ошибками), вместо текста.",
  "check.exitCodes": "Коды выхода: 0 — записи проверены (выводы и записи с ошибками не считаются ошибкой), 2 — ошибка в команде или файле.",
  "check.privacy": "Содержимое записей никогда не выводится: только файл, номер записи, id и для каждого вывода его код, статус, степень, пути фактов и сообщение.",
  "check.record.findings": "{file} #{index} (id {id}): выводов: {count}",
  "check.record.none": "{file} #{index} (id {id}): выводов нет",
  "check.record.invalid": "{file} #{index} (id {id}): запись с ошибками, не проверена",
  "check.record.invalidNoId": "{file} #{index}: запись с ошибками, не проверена",
  "check.finding": "  {subject} · {status} · {severity} · {code} — {message}",
  "check.issue": "  {path} {code} — {message}",
  "check.subject.record": "запись",
  "check.rootPath": "(запись)",
  "check.summaryLine": "записей: {records} (проверено {checked}, с ошибками {invalid}); нарушений: {flags}, не определено: {undetermined}",
};

/** The `check` command's messages by locale, as the CLI catalogue is merged: `{ en, ru }`. */
export const CHECK_CLI_MESSAGES = { en: CHECK_CLI_MESSAGES_EN, ru: CHECK_CLI_MESSAGES_RU } as const;
