import type { MessageLocale } from "@redumbrella/questionnaire";
import { ANONYMISE_CLI_MESSAGES_EN, ANONYMISE_CLI_MESSAGES_RU } from "../commands/anonymise.messages.js";
import { CHECK_CLI_MESSAGES_EN, CHECK_CLI_MESSAGES_RU } from "../commands/check.messages.js";
import { REPORT_COMMAND_MESSAGES } from "../commands/report.messages.js";
import { DEMO_CLI_MESSAGES_EN, DEMO_CLI_MESSAGES_RU } from "../commands/demo.messages.js";
import { CONSENT_CLI_MESSAGES_EN, CONSENT_CLI_MESSAGES_RU } from "../commands/consent.messages.js";
import { SCRUB_CLI_MESSAGES_EN, SCRUB_CLI_MESSAGES_RU } from "../commands/scrub.messages.js";

/**
 * Every sentence the CLI prints, in English: help, usage and file errors, report lines. `{name}` is
 * replaced by the param `name`. A test checks that each language has every key and the same params.
 */
export const CLI_MESSAGES_EN = {
  ...CONSENT_CLI_MESSAGES_EN,
  ...CHECK_CLI_MESSAGES_EN,
  ...ANONYMISE_CLI_MESSAGES_EN,
  ...DEMO_CLI_MESSAGES_EN,
  ...REPORT_COMMAND_MESSAGES.en,
  ...SCRUB_CLI_MESSAGES_EN,
  "help.main.title": "redumbrella — check and process interview records of the sex workers' rights-violation questionnaire.",
  "help.main.usage": "redumbrella <command> [options]",
  "help.main.commands": "Commands:",
  "help.main.more": "Run `redumbrella <command> --help` for the options of a command.",
  "help.usage": "Usage: {usage}",
  "help.options": "Options:",
  "help.exitCodes": "Exit codes: 0 all records valid, 1 some record invalid, 2 usage or file error.",
  "help.privacy": "Record contents are never printed: only file, record index, id, path, code and message.",
  "option.help": "Show this help.",
  "option.lang": "Language of messages and help: en or ru. Defaults to en.",
  "value.lang": "en|ru",
  "value.date": "YYYY-MM-DD",

  "help.summary": "Show help for a command.",
  "help.synopsis": "redumbrella help [COMMAND] [--lang en|ru]",
  "help.description": "Shows the list of commands, or the help of COMMAND.",
  "help.argument": "COMMAND",

  "validate.summary": "Check records against record v1: shape and consistency rules.",
  "validate.synopsis": "redumbrella validate FILE... [--json] [--lang en|ru] [--on YYYY-MM-DD]",
  "validate.description":
    "Checks every record in each FILE and reports each problem with its file, record index, id, path, code and message.\n" +
    "FILE is a JSON array of records, NDJSON (one record per line) or a single JSON object; - reads standard input.\n" +
    "A directory means every *.json and *.ndjson file directly in it, by name, except *.expect.json.",
  "validate.argument": "FILE",
  "validate.option.json": "Print one JSON document {valid, invalid, errors} instead of text.",
  "validate.option.on": "Validate as of this day: no date may be after it. Defaults to today.",

  "usage.hint": "Run `{help}` for usage.",
  "usage.noCommand": "No command given.",
  "usage.unknownCommand": "Unknown command '{name}'.",
  "usage.unknownOption": "Unknown option '{name}'.",
  "usage.missingValue": "Option '{name}' needs a value.",
  "usage.unexpectedValue": "Option '{name}' takes no value.",
  "usage.missingArgument": "Missing {name}.",
  "usage.unexpectedArgument": "Unexpected argument '{value}'.",
  "usage.badLang": "Unknown language '{value}': use en or ru.",
  "usage.badDate": "'{value}' is not a calendar date: write --on as YYYY-MM-DD (e.g. 2026-11-28).",
  "usage.stdinTwice": "Standard input (-) can be read only once.",

  "file.notFound": "{file}: no such file or directory.",
  "file.permissionDenied": "{file}: permission denied.",
  "file.unreadable": "{file}: cannot be read ({code}).",
  "file.emptyDirectory": "{file}: the directory has no *.json or *.ndjson record files.",
  "file.empty": "{file}: the file is empty: expected a JSON array, a JSON object or NDJSON.",
  "file.binary": "{file}: not a text file (binary data or not UTF-8).",
  "file.notRecords": "{file}:{line}:{column}: expected a JSON array '[', a JSON object '{' or NDJSON.",
  "file.malformedJson": "{file}:{line}:{column}: malformed JSON ({problem}).",
  "file.tooLarge": "{file}: too large to read as one JSON document; write it as NDJSON, one record per line.",

  "json.unexpectedCharacter": "unexpected character",
  "json.unexpectedEnd": "unexpected end of input",
  "json.trailingText": "unexpected text after the JSON value",

  "record.invalidJson": "Line {line}, column {column}: not valid JSON ({problem}).",

  "report.issue": "{file} #{index}: {path} {code} — {message}",
  "report.issueWithId": "{file} #{index} (id {id}): {path} {code} — {message}",
  "report.rootPath": "(record)",
  "report.summary": "{valid} valid, {invalid} invalid",
  "report.stdin": "<stdin>",

  "error.internal": "Internal error ({name}): please report it. Record contents are not shown.",
} as const satisfies Readonly<Record<string, string>>;

/** A key of the CLI message catalogue. */
export type CliMessageKey = keyof typeof CLI_MESSAGES_EN;

/** A CLI message catalogue: one template per key. */
export type CliCatalogue = { readonly [K in CliMessageKey]: string };

/** Every sentence the CLI prints, in Russian. */
export const CLI_MESSAGES_RU: CliCatalogue = {
  ...CONSENT_CLI_MESSAGES_RU,
  ...CHECK_CLI_MESSAGES_RU,
  ...ANONYMISE_CLI_MESSAGES_RU,
  ...DEMO_CLI_MESSAGES_RU,
  ...REPORT_COMMAND_MESSAGES.ru,
  ...SCRUB_CLI_MESSAGES_RU,
  "help.main.title": "redumbrella — проверка и обработка анкет о нарушениях прав секс-работниц.",
  "help.main.usage": "redumbrella <команда> [параметры]",
  "help.main.commands": "Команды:",
  "help.main.more": "Параметры команды: `redumbrella <команда> --help`.",
  "help.usage": "Использование: {usage}",
  "help.options": "Параметры:",
  "help.exitCodes": "Коды выхода: 0 — все записи без ошибок, 1 — есть записи с ошибками, 2 — ошибка в команде или файле.",
  "help.privacy": "Содержимое записей никогда не выводится: только файл, номер записи, id, путь, код и сообщение.",
  "option.help": "Показать эту справку.",
  "option.lang": "Язык сообщений и справки: en или ru. По умолчанию en.",
  "value.lang": "en|ru",
  "value.date": "ГГГГ-ММ-ДД",

  "help.summary": "Показать справку по команде.",
  "help.synopsis": "redumbrella help [КОМАНДА] [--lang en|ru]",
  "help.description": "Выводит список команд или справку по КОМАНДЕ.",
  "help.argument": "КОМАНДА",

  "validate.summary": "Проверить записи по формату record v1: структура и правила согласованности.",
  "validate.synopsis": "redumbrella validate ФАЙЛ... [--json] [--lang en|ru] [--on ГГГГ-ММ-ДД]",
  "validate.description":
    "Проверяет каждую запись в каждом ФАЙЛЕ и сообщает о каждой ошибке: файл, номер записи, id, путь, код и сообщение.\n" +
    "ФАЙЛ — массив записей JSON, NDJSON (по записи на строку) или один объект JSON; - читает стандартный ввод.\n" +
    "Папка означает все файлы *.json и *.ndjson прямо в ней, по имени, кроме *.expect.json.",
  "validate.argument": "ФАЙЛ",
  "validate.option.json": "Вывести один документ JSON {valid, invalid, errors} вместо текста.",
  "validate.option.on": "Проверять на этот день: ни одна дата не может быть позже. По умолчанию — сегодня.",

  "usage.hint": "Справка: `{help}`.",
  "usage.noCommand": "Не указана команда.",
  "usage.unknownCommand": "Неизвестная команда «{name}».",
  "usage.unknownOption": "Неизвестный параметр «{name}».",
  "usage.missingValue": "Параметру «{name}» нужно значение.",
  "usage.unexpectedValue": "Параметр «{name}» не принимает значения.",
  "usage.missingArgument": "Не указан {name}.",
  "usage.unexpectedArgument": "Лишний аргумент «{value}».",
  "usage.badLang": "Неизвестный язык «{value}»: укажите en или ru.",
  "usage.badDate": "«{value}» — не календарная дата: пишите --on в виде ГГГГ-ММ-ДД (например, 2026-11-28).",
  "usage.stdinTwice": "Стандартный ввод (-) можно прочитать только один раз.",

  "file.notFound": "{file}: нет такого файла или папки.",
  "file.permissionDenied": "{file}: нет доступа.",
  "file.unreadable": "{file}: не удалось прочитать ({code}).",
  "file.emptyDirectory": "{file}: в папке нет файлов записей *.json или *.ndjson.",
  "file.empty": "{file}: файл пуст; ожидался массив JSON, объект JSON или NDJSON.",
  "file.binary": "{file}: это не текстовый файл (двоичные данные или не UTF-8).",
  "file.notRecords": "{file}:{line}:{column}: ожидался массив JSON «[», объект JSON «{» или NDJSON.",
  "file.malformedJson": "{file}:{line}:{column}: ошибка в JSON ({problem}).",
  "file.tooLarge": "{file}: слишком велик, чтобы прочитать его как один документ JSON; запишите его как NDJSON, по записи на строку.",

  "json.unexpectedCharacter": "неожиданный символ",
  "json.unexpectedEnd": "неожиданный конец данных",
  "json.trailingText": "лишний текст после значения JSON",

  "record.invalidJson": "Строка {line}, столбец {column}: это не JSON ({problem}).",

  "report.issue": "{file} #{index}: {path} {code} — {message}",
  "report.issueWithId": "{file} #{index} (id {id}): {path} {code} — {message}",
  "report.rootPath": "(запись)",
  "report.summary": "без ошибок: {valid}, с ошибками: {invalid}",
  "report.stdin": "<stdin>",

  "error.internal": "Внутренняя ошибка ({name}): сообщите о ней разработчикам. Содержимое записей не показано.",
};

/** The CLI catalogues by locale. */
export const CLI_CATALOGUES: { readonly [L in MessageLocale]: CliCatalogue } = { en: CLI_MESSAGES_EN, ru: CLI_MESSAGES_RU };

/** Values a message interpolates. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A message renderer bound to one locale. */
export type Translate = (key: CliMessageKey, params?: MessageParams) => string;

/** Renders the CLI message `key` in `locale`, replacing each `{name}` with its param. */
export function cliMessage(locale: MessageLocale, key: CliMessageKey, params: MessageParams = {}): string {
  return CLI_CATALOGUES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A renderer of CLI messages in `locale`. */
export function translator(locale: MessageLocale): Translate {
  return (key, params) => cliMessage(locale, key, params);
}
