/**
 * The sentences of `redumbrella consent`, to be merged into the CLI catalogues (`CLI_MESSAGES_EN`
 * and `CLI_MESSAGES_RU`). `{name}` is replaced by the param `name`; the messages of the decisions
 * themselves come from `@redumbrella/consent`.
 */
export const CONSENT_CLI_MESSAGES_EN = {
  "consent.summary": "Decide whether each record's consent allows a use on a day.",
  "consent.synopsis": "redumbrella consent FILE... --use USE|all [--on YYYY-MM-DD] [--json] [--lang en|ru]",
  "consent.description":
    "Decides, for every record in each FILE, whether USE is allowed on the day --on, under the consent policy v1 of @redumbrella/consent:\n" +
    "allowed with its obligations, or denied with every reason that applies. A record is validated as of today; an invalid one is denied with INVALID_RECORD, in place.\n" +
    "USE is statistics, anonymisedCaseStudy, anonymisedDataset, namedPublication, lawEnforcementComplaint or partnerSharing; all decides each of them.\n" +
    "FILE is a JSON array of records, NDJSON (one record per line) or a single JSON object; - reads standard input; a directory means its *.json and *.ndjson files.",
  "consent.argument": "FILE",
  "consent.value.use": "USE|all",
  "consent.option.use": "The use to decide, or all for every use. Required.",
  "consent.option.on": "The day of the use. Defaults to today.",
  "consent.option.json":
    "Print one JSON array of decisions {file, index, id, use, allowed, reasons, obligations, missingConsent}, in file order, instead of text.",
  "consent.help.exitCodes": "Exit codes: 0 every record was decided, allowed or not; 2 usage or file error.",
  "consent.help.privacy": "Record contents are never printed: only file, record index, id, use, and the codes and messages of each decision.",

  "consent.usage.missingUse": "Missing --use: name a use, or all.",
  "consent.usage.badUse": "Unknown use '{value}': use one of {uses}, or all.",

  "consent.report.record": "{file} #{index}",
  "consent.report.recordWithId": "{file} #{index} (id {id})",
  "consent.report.allowed": "{record} {use}: allowed — obligations {obligations}",
  "consent.report.allowedPlain": "{record} {use}: allowed",
  "consent.report.denied": "{record} {use}: denied — {reasons}",
  "consent.report.summary": "Records: {records}, decisions: {decisions} ({allowed} allowed, {denied} denied)",
} as const satisfies Readonly<Record<string, string>>;

/** A key of the `consent` command's messages. */
export type ConsentCliMessageKey = keyof typeof CONSENT_CLI_MESSAGES_EN;

/** The `consent` command's sentences in Russian. */
export const CONSENT_CLI_MESSAGES_RU: { readonly [K in ConsentCliMessageKey]: string } = {
  "consent.summary": "Решить, разрешает ли согласие в каждой записи использование на указанный день.",
  "consent.synopsis": "redumbrella consent ФАЙЛ... --use ИСПОЛЬЗОВАНИЕ|all [--on ГГГГ-ММ-ДД] [--json] [--lang en|ru]",
  "consent.description":
    "Для каждой записи в каждом ФАЙЛЕ решает, разрешено ли ИСПОЛЬЗОВАНИЕ на день --on по политике согласия v1 из @redumbrella/consent:\n" +
    "разрешено с обязательствами или запрещено со всеми причинами. Запись проверяется на сегодняшний день; запись с ошибками запрещается с кодом INVALID_RECORD на своём месте.\n" +
    "ИСПОЛЬЗОВАНИЕ — statistics, anonymisedCaseStudy, anonymisedDataset, namedPublication, lawEnforcementComplaint или partnerSharing; all — каждое из них.\n" +
    "ФАЙЛ — массив записей JSON, NDJSON (по записи на строку) или один объект JSON; - читает стандартный ввод; папка означает её файлы *.json и *.ndjson.",
  "consent.argument": "ФАЙЛ",
  "consent.value.use": "ИСПОЛЬЗОВАНИЕ|all",
  "consent.option.use": "Какое использование решать; all — все. Обязательный параметр.",
  "consent.option.on": "День использования. По умолчанию — сегодня.",
  "consent.option.json":
    "Вывести один массив JSON с решениями {file, index, id, use, allowed, reasons, obligations, missingConsent} в порядке файла вместо текста.",
  "consent.help.exitCodes": "Коды выхода: 0 — решения приняты для всех записей (разрешено или нет), 2 — ошибка в команде или файле.",
  "consent.help.privacy": "Содержимое записей никогда не выводится: только файл, номер записи, id, использование, коды и сообщения решения.",

  "consent.usage.missingUse": "Не указан --use: назовите использование или all.",
  "consent.usage.badUse": "Неизвестное использование «{value}»: укажите одно из {uses} или all.",

  "consent.report.record": "{file} #{index}",
  "consent.report.recordWithId": "{file} #{index} (id {id})",
  "consent.report.allowed": "{record} {use}: разрешено — обязательства {obligations}",
  "consent.report.allowedPlain": "{record} {use}: разрешено",
  "consent.report.denied": "{record} {use}: запрещено — {reasons}",
  "consent.report.summary": "Записей: {records}, решений: {decisions} (разрешено: {allowed}, запрещено: {denied})",
};

/** The `consent` command's catalogues by locale, to spread into `CLI_MESSAGES_EN` and `CLI_MESSAGES_RU`. */
export const CONSENT_CLI_MESSAGES = { en: CONSENT_CLI_MESSAGES_EN, ru: CONSENT_CLI_MESSAGES_RU } as const;
