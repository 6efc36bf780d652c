const EN = {
  "reportCommand.summary": "Build the report's tables (violations, complaints, respondents), small numbers hidden.",
  "reportCommand.synopsis":
    "redumbrella report FILE [--on YYYY-MM-DD] [--min-cell N] [--format json|md|csv|html] [--out PATH] [--lang en|ru]",
  "reportCommand.description":
    "Counts the records of FILE whose consent allows statistics on the day --on, and writes the report's tables:\n" +
    "violations by the police and by medical staff, the complaint questions, and the respondents' profile.\n" +
    "Counts from 1 to N−1 are shown as <N, and numbers that would give them away as x.\n" +
    "FILE is a JSON array of records, NDJSON or a single JSON object (a directory: its *.json and *.ndjson files); - reads standard input.",
  "reportCommand.argument": "FILE",
  "reportCommand.option.on": "Judge consent as of this day, the day of publication. Defaults to today.",
  "reportCommand.option.minCell": "Hide counts from 1 to N−1 and what would give them away; 0 hides nothing (not for publication). Defaults to 5.",
  "reportCommand.option.format":
    "json, md (Markdown), csv (one file per table, needs --out DIR) or html (one self-contained page). Defaults to md.",
  "reportCommand.option.out": "Write to this file (for csv, into this directory) instead of standard output.",
  "reportCommand.value.n": "N",
  "reportCommand.value.format": "json|md|csv|html",
  "reportCommand.value.path": "PATH",
  "reportCommand.exitCodes": "Exit codes: 0 the report was written, 2 usage or file error.",
  "reportCommand.privacy":
    "Only counts are written, small ones hidden; of an invalid record only its position, id and issue codes (in --format json).",
  "reportCommand.badMinCell": "'{value}' is not a valid --min-cell: use 0 (nothing hidden) or a whole number of 3 or more.",
  "reportCommand.badFormat": "Unknown format '{value}': use json, md, csv or html.",
  "reportCommand.csvNeedsOut": "--format csv writes one file per table: give a directory with --out DIR.",
  "reportCommand.writeFailed": "{file}: cannot be written ({code}).",
  "reportCommand.written": "Wrote {path}: {respondents} respondents counted, {excluded} records not counted.",
  "reportCommand.noSuppression": "Warning: small numbers are not hidden (--min-cell {minCell}): do not publish this report.",
  "reportCommand.invalid": "{count} records are not valid record v1 and were not counted: run `redumbrella validate {file}` to see why.",
} as const;

/** A key of the `report` command's messages. */
export type ReportCommandMessageKey = keyof typeof EN;

const RU: { readonly [K in ReportCommandMessageKey]: string } = {
  "reportCommand.summary": "Построить таблицы отчёта (нарушения, жалобы, респондентки), скрывая малые числа.",
  "reportCommand.synopsis":
    "redumbrella report ФАЙЛ [--on ГГГГ-ММ-ДД] [--min-cell N] [--format json|md|csv|html] [--out ПУТЬ] [--lang en|ru]",
  "reportCommand.description":
    "Учитывает записи ФАЙЛА, согласие в которых разрешает статистику на день --on, и выводит таблицы отчёта:\n" +
    "нарушения со стороны полиции и медицинских работников, вопросы о жалобах и данные о респондентках.\n" +
    "Числа от 1 до N−1 показаны как <N, а числа, по которым их можно вычислить, — как x.\n" +
    "ФАЙЛ — массив записей JSON, NDJSON или один объект JSON (папка — её файлы *.json и *.ndjson); - читает стандартный ввод.",
  "reportCommand.argument": "ФАЙЛ",
  "reportCommand.option.on": "Оценивать согласие на этот день — день публикации. По умолчанию — сегодня.",
  "reportCommand.option.minCell": "Скрывать числа от 1 до N−1 и то, по чему их можно вычислить; 0 — ничего не скрывать (не для публикации). По умолчанию 5.",
  "reportCommand.option.format":
    "json, md (Markdown), csv (по файлу на таблицу, нужен --out ПАПКА) или html (одна самодостаточная страница). По умолчанию md.",
  "reportCommand.option.out": "Записать в этот файл (для csv — в эту папку), а не в стандартный вывод.",
  "reportCommand.value.n": "N",
  "reportCommand.value.format": "json|md|csv|html",
  "reportCommand.value.path": "ПУТЬ",
  "reportCommand.exitCodes": "Коды выхода: 0 — отчёт записан, 2 — ошибка в команде или файле.",
  "reportCommand.privacy":
    "Выводятся только числа, малые скрыты; о записи с ошибками — только её номер, id и коды ошибок (в --format json).",
  "reportCommand.badMinCell": "«{value}» — недопустимое значение --min-cell: укажите 0 (ничего не скрывать) или целое число от 3.",
  "reportCommand.badFormat": "Неизвестный формат «{value}»: укажите json, md, csv или html.",
  "reportCommand.csvNeedsOut": "--format csv записывает по файлу на таблицу: укажите папку в --out ПАПКА.",
  "reportCommand.writeFailed": "{file}: не удалось записать ({code}).",
  "reportCommand.written": "Записано {path}: учтено респонденток — {respondents}, не учтено записей — {excluded}.",
  "reportCommand.noSuppression": "Внимание: малые числа не скрыты (--min-cell {minCell}): этот отчёт публиковать нельзя.",
  "reportCommand.invalid": "Записей, не соответствующих формату record v1: {count}; они не учтены. Причины покажет `redumbrella validate {file}`.",
};

/**
 * The sentences of `redumbrella report`, in English and Russian: to be spread into the CLI
 * catalogues (`CLI_MESSAGES_EN`, `CLI_MESSAGES_RU`). `{name}` is replaced by the param `name`.
 */
export const REPORT_COMMAND_MESSAGES: {
  readonly en: { readonly [K in ReportCommandMessageKey]: string };
  readonly ru: { readonly [K in ReportCommandMessageKey]: string };
} = { en: EN, ru: RU };
