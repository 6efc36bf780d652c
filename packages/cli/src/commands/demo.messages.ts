/** The sentences of `redumbrella demo`, merged into the CLI catalogues. */
export const DEMO_CLI_MESSAGES_EN = {
  "demo.summary": "Run the whole toolkit on the bundled dataset of 60 synthetic interviews.",
  "demo.synopsis": "redumbrella demo [FILE] [--out DIR] [--on YYYY-MM-DD] [--lang en|ru]",
  "demo.description":
    "Validates the records, decides every use under the consent policy, checks the charges and practices against the law,\n" +
    "releases an anonymised dataset (k = 5) and builds the report's tables, then writes everything to DIR with an index.html.\n" +
    "FILE defaults to the bundled dataset: 60 synthetic interviews that resemble the 2015 study (no real person).",
  "demo.argument": "FILE",
  "demo.value.dir": "DIR",
  "demo.option.out": "Where to write the outputs. Defaults to demo-output.",
  "demo.option.on": "The day of every use and of validation. Defaults to today.",
  "demo.help.privacy":
    "The release is keyed with a random key used for this run only; the files hold record indices, codes and counts, and the release holds no direct identifier.",
  "demo.done.records": "{records} records read, {valid} valid.",
  "demo.done.consent": "Consent: {statistics} may be counted in statistics, {dataset} may be released in an anonymised dataset.",
  "demo.done.findings": "Legal check: {flag} findings, {undetermined} undetermined (missing facts).",
  "demo.done.release": "Anonymised release: {released} records, every group at least k = {k}.",
  "demo.done.report": "Report: {counted} respondents counted; {issues} consistency warnings.",
  "demo.done.open": "Open {path}",
  "demo.page.title": "redumbrella — demo run",
  "demo.page.intro": "The toolkit on 60 synthetic interviews that resemble the 2015 study of the NGO “Amelia” (no real person).",
  "demo.page.records": "Records read",
  "demo.page.valid": "Valid records",
  "demo.page.allowed": "Records whose consent allows: {use}",
  "demo.page.flags": "Legal findings",
  "demo.page.undetermined": "Undetermined legal questions",
  "demo.page.released": "Records in the anonymised release (k = {k})",
  "demo.page.counted": "Respondents counted in the report",
  "demo.page.outputs": "Outputs",
  "demo.page.report": "The report's tables (HTML, printable)",
  "demo.page.reportMd": "The report's tables (Markdown)",
  "demo.page.findings": "Legal findings per record",
  "demo.page.release": "Anonymised release: risk report",
  "demo.page.releaseData": "Anonymised release: the records",
  "demo.page.consent": "Consent decisions per record and use",
  "demo.page.validation": "Validation of each record",
} as const;

/** A key of the demo command's messages. */
export type DemoCliMessageKey = keyof typeof DEMO_CLI_MESSAGES_EN;

/** The same sentences in Russian. */
export const DEMO_CLI_MESSAGES_RU: { readonly [K in DemoCliMessageKey]: string } = {
  "demo.summary": "Прогнать весь набор инструментов на встроенных данных: 60 синтетических интервью.",
  "demo.synopsis": "redumbrella demo [FILE] [--out DIR] [--on ГГГГ-ММ-ДД] [--lang en|ru]",
  "demo.description":
    "Проверяет записи, решает по политике согласия о каждом способе использования, проверяет обвинения и действия на соответствие закону,\n" +
    "готовит анонимизированный набор данных (k = 5) и строит таблицы отчёта, а затем записывает всё в DIR вместе с index.html.\n" +
    "FILE по умолчанию — встроенный набор: 60 синтетических интервью, похожих на исследование 2015 года (реальных людей в нём нет).",
  "demo.argument": "FILE",
  "demo.value.dir": "DIR",
  "demo.option.out": "Куда записать результаты. По умолчанию demo-output.",
  "demo.option.on": "День использования и проверки данных. По умолчанию — сегодня.",
  "demo.help.privacy":
    "Псевдонимы строятся на случайном ключе только для этого запуска; в файлах — номера записей, коды и числа, в анонимизированном наборе нет прямых идентификаторов.",
  "demo.done.records": "Прочитано записей: {records}, из них корректных: {valid}.",
  "demo.done.consent": "Согласие: {statistics} можно учитывать в статистике, {dataset} можно передать в анонимизированном наборе.",
  "demo.done.findings": "Юридическая проверка: находок — {flag}, не определено (не хватает фактов) — {undetermined}.",
  "demo.done.release": "Анонимизированный набор: {released} записей, в каждой группе не меньше k = {k}.",
  "demo.done.report": "Отчёт: учтено респонденток — {counted}; предупреждений о согласованности — {issues}.",
  "demo.done.open": "Откройте {path}",
  "demo.page.title": "redumbrella — демонстрационный запуск",
  "demo.page.intro": "Набор инструментов на 60 синтетических интервью, похожих на исследование НПО «Амелия» 2015 года (реальных людей нет).",
  "demo.page.records": "Прочитано записей",
  "demo.page.valid": "Корректных записей",
  "demo.page.allowed": "Записей, согласие которых разрешает: {use}",
  "demo.page.flags": "Юридических находок",
  "demo.page.undetermined": "Не определённых юридических вопросов",
  "demo.page.released": "Записей в анонимизированном наборе (k = {k})",
  "demo.page.counted": "Респонденток в отчёте",
  "demo.page.outputs": "Результаты",
  "demo.page.report": "Таблицы отчёта (HTML, для печати)",
  "demo.page.reportMd": "Таблицы отчёта (Markdown)",
  "demo.page.findings": "Юридические находки по записям",
  "demo.page.release": "Анонимизированный набор: отчёт о рисках",
  "demo.page.releaseData": "Анонимизированный набор: записи",
  "demo.page.consent": "Решения о согласии по записям и способам использования",
  "demo.page.validation": "Проверка каждой записи",
};
