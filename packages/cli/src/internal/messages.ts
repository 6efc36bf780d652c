import { type Catalogue, defineMessages, type Locale, type MessageParams, type Messages } from "@redumbrella/questionnaire";

/** A key of the messages every command shares: the main help, usage and file errors. */
export type CliMessageKey =
  | "help.main.title"
  | "help.main.usage"
  | "help.main.commands"
  | "help.main.more"
  | "help.usage"
  | "help.options"
  | "option.help"
  | "option.lang"
  | "option.version"
  | "value.lang"
  | "value.date"
  | "value.file"
  | "input.formats"
  | "usage.hint"
  | "usage.noCommand"
  | "usage.unknownCommand"
  | "usage.unknownOption"
  | "usage.missingValue"
  | "usage.unexpectedValue"
  | "usage.missingArgument"
  | "usage.unexpectedArgument"
  | "usage.badLang"
  | "usage.badDate"
  | "usage.stdinTwice"
  | "file.notFound"
  | "file.permissionDenied"
  | "file.unreadable"
  | "file.notWritten"
  | "file.emptyDirectory"
  | "file.empty"
  | "file.binary"
  | "file.notRecords"
  | "file.malformedJson"
  | "file.tooLarge"
  | "json.unexpectedCharacter"
  | "json.unexpectedEnd"
  | "json.trailingText"
  | "record.invalidJson"
  | "record.malformedLine"
  | "record.badValue"
  | "record.badValueLine"
  | "record.unknownDeclined"
  | "json.duplicateKey"
  | "json.numberTooLarge"
  | "file.diskFull"
  | "file.outIsInput"
  | "file.exists"
  | "error.internal";

const EN: Catalogue<CliMessageKey> = {
  "help.main.title": "redumbrella — check and process interview records of the sex workers' rights-violation questionnaire.",
  "help.main.usage": "redumbrella <command> [options]",
  "help.main.commands": "Commands:",
  "help.main.more": "Run `redumbrella <command> --help` for the options of a command.",
  "help.usage": "Usage: {usage}",
  "help.options": "Options:",
  "option.help": "Show this help.",
  "option.lang": "Language of messages and help: en, ru or kk (Kazakh). Defaults to en.",
  "option.version": "Print the version of redumbrella.",
  "value.lang": "en|ru|kk",
  "value.date": "YYYY-MM-DD",
  "value.file": "FILE",
  "input.formats":
    "FILE is a JSON array of records, NDJSON (one record per line) or a single JSON object; - reads standard input.\n" +
    "A directory means every *.json and *.ndjson file directly in it, by name, except *.expect.json.\n" +
    "A line that is not JSON is reported at its place (file:line) as an invalid record, and the rest is read.",
  "usage.hint": "Run `{help}` for usage.",
  "usage.noCommand": "No command given.",
  "usage.unknownCommand": "Unknown command '{name}'.",
  "usage.unknownOption": "Unknown option '{name}'.",
  "usage.missingValue": "Option '{name}' needs a value.",
  "usage.unexpectedValue": "Option '{name}' takes no value.",
  "usage.missingArgument": "Missing {name}.",
  "usage.unexpectedArgument": "Unexpected argument '{value}'.",
  "usage.badLang": "Unknown language '{value}': use {languages}.",
  "usage.badDate": "'{value}' is not a calendar date: write --on as YYYY-MM-DD (e.g. 2026-11-28).",
  "usage.stdinTwice": "Standard input (-) can be read only once.",
  "file.notFound": "{file}: no such file or directory.",
  "file.permissionDenied": "{file}: permission denied.",
  "file.unreadable": "{file}: cannot be read ({code}).",
  "file.notWritten": "{file}: cannot be written ({code}).",
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
  "record.malformedLine": "{file}:{line}:{column}: not valid JSON ({problem}); read as an invalid record.",
  "error.internal": "Internal error ({name}): please report it. Record contents are not shown.",
  "record.badValue": "Line {line}, column {column}: {problem}.",
  "record.badValueLine": "{file}:{line}:{column}: {problem}; read as an invalid record.",
  "record.unknownDeclined": "This entry of declined is not a question the respondent can decline; its text is not shown.",
  "json.duplicateKey": "this key appears earlier in the same object, and a JSON reader would silently keep only one of the values",
  "json.numberTooLarge": "number too large: beyond ±1.8e308, it would be read as infinity",
  "file.diskFull": "{file}: cannot be written: the disk is full (ENOSPC). Free some space and run the command again.",
  "file.outIsInput": "{file}: the output is also an input; write to another file, so the records are not lost.",
  "file.exists": "{file} already exists and was left as it is; give --force to replace it.",
};

const RU: Catalogue<CliMessageKey> = {
  "help.main.title": "redumbrella — проверка и обработка анкет о нарушениях прав секс-работников.",
  "help.main.usage": "redumbrella <команда> [параметры]",
  "help.main.commands": "Команды:",
  "help.main.more": "Параметры команды: `redumbrella <команда> --help`.",
  "help.usage": "Использование: {usage}",
  "help.options": "Параметры:",
  "option.help": "Показать эту справку.",
  "option.lang": "Язык сообщений и справки: en, ru или kk (казахский). По умолчанию en.",
  "option.version": "Показать версию redumbrella.",
  "value.lang": "en|ru|kk",
  "value.date": "ГГГГ-ММ-ДД",
  "value.file": "ФАЙЛ",
  "input.formats":
    "ФАЙЛ — массив записей JSON, NDJSON (по записи на строку) или один объект JSON; - читает стандартный ввод.\n" +
    "Папка означает все файлы *.json и *.ndjson прямо в ней, по имени, кроме *.expect.json.\n" +
    "Строка, которая не является JSON, указывается на своём месте (файл:строка) как запись с ошибками; остальное читается.",
  "usage.hint": "Справка: `{help}`.",
  "usage.noCommand": "Не указана команда.",
  "usage.unknownCommand": "Неизвестная команда «{name}».",
  "usage.unknownOption": "Неизвестный параметр «{name}».",
  "usage.missingValue": "Параметру «{name}» нужно значение.",
  "usage.unexpectedValue": "Параметр «{name}» не принимает значения.",
  "usage.missingArgument": "Не указан {name}.",
  "usage.unexpectedArgument": "Лишний аргумент «{value}».",
  "usage.badLang": "Неизвестный язык «{value}»: укажите {languages}.",
  "usage.badDate": "«{value}» — не календарная дата: пишите --on в виде ГГГГ-ММ-ДД (например, 2026-11-28).",
  "usage.stdinTwice": "Стандартный ввод (-) можно прочитать только один раз.",
  "file.notFound": "{file}: нет такого файла или папки.",
  "file.permissionDenied": "{file}: нет доступа.",
  "file.unreadable": "{file}: не удалось прочитать ({code}).",
  "file.notWritten": "{file}: не удалось записать ({code}).",
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
  "record.malformedLine": "{file}:{line}:{column}: это не JSON ({problem}); строка прочитана как запись с ошибками.",
  "error.internal": "Внутренняя ошибка ({name}): сообщите о ней разработчикам. Содержимое записей не показано.",
  "record.badValue": "Строка {line}, столбец {column}: {problem}.",
  "record.badValueLine": "{file}:{line}:{column}: {problem}; прочитано как запись с ошибками.",
  "record.unknownDeclined": "Этот элемент declined — не вопрос, от ответа на который можно отказаться; его текст не показан.",
  "json.duplicateKey": "этот ключ уже есть в том же объекте, и программа чтения JSON молча оставила бы только одно из значений",
  "json.numberTooLarge": "слишком большое число: больше ±1,8e308, оно было бы прочитано как бесконечность",
  "file.diskFull": "{file}: не удалось записать: диск заполнен (ENOSPC). Освободите место и запустите команду снова.",
  "file.outIsInput": "{file}: выходной файл совпадает с входным; запишите результат в другой файл, чтобы не потерять записи.",
  "file.exists": "{file} уже существует и оставлен как есть; чтобы заменить его, укажите --force.",
};

const KK: Catalogue<CliMessageKey> = {
  "help.main.title": "redumbrella — секс-жұмыскерлердің құқықтарының бұзылуы туралы сауалнаманың сұхбат жазбаларын тексеру және өңдеу.",
  "help.main.usage": "redumbrella <команда> [параметрлер]",
  "help.main.commands": "Командалар:",
  "help.main.more": "Команданың параметрлері: `redumbrella <команда> --help`.",
  "help.usage": "Қолданылуы: {usage}",
  "help.options": "Параметрлер:",
  "option.help": "Осы анықтаманы көрсету.",
  "option.lang": "Хабарламалар мен анықтаманың тілі: en, ru немесе kk (қазақша). Әдепкі мәні: en.",
  "option.version": "redumbrella нұсқасын көрсету.",
  "value.lang": "en|ru|kk",
  "value.date": "ЖЖЖЖ-АА-КК",
  "value.file": "ФАЙЛ",
  "input.formats":
    "ФАЙЛ — жазбалардың JSON массиві, NDJSON (әр жолда бір жазба) немесе бір JSON объектісі; - стандартты енгізуді оқиды.\n" +
    "Қалта оның ішіндегі барлық *.json және *.ndjson файлдарын білдіреді, атауы бойынша, *.expect.json файлдарынан басқа.\n" +
    "JSON болып табылмайтын жол өз орнында (файл:жол) қатесі бар жазба ретінде көрсетіледі, қалғаны оқылады.",
  "usage.hint": "Анықтама: `{help}`.",
  "usage.noCommand": "Команда көрсетілмеген.",
  "usage.unknownCommand": "Белгісіз команда: «{name}».",
  "usage.unknownOption": "Белгісіз параметр: «{name}».",
  "usage.missingValue": "«{name}» параметріне мән керек.",
  "usage.unexpectedValue": "«{name}» параметрі мән қабылдамайды.",
  "usage.missingArgument": "{name} көрсетілмеген.",
  "usage.unexpectedArgument": "Артық аргумент: «{value}».",
  "usage.badLang": "Белгісіз тіл: «{value}»; {languages} тілдерінің бірін көрсетіңіз.",
  "usage.badDate": "«{value}» күнтізбелік күн емес: --on мәнін ЖЖЖЖ-АА-КК түрінде жазыңыз (мысалы, 2026-11-28).",
  "usage.stdinTwice": "Стандартты енгізуді (-) тек бір рет оқуға болады.",
  "file.notFound": "{file}: мұндай файл немесе қалта жоқ.",
  "file.permissionDenied": "{file}: қол жеткізуге рұқсат жоқ.",
  "file.unreadable": "{file}: оқу мүмкін болмады ({code}).",
  "file.notWritten": "{file}: жазу мүмкін болмады ({code}).",
  "file.emptyDirectory": "{file}: қалтада *.json немесе *.ndjson жазба файлдары жоқ.",
  "file.empty": "{file}: файл бос; JSON массиві, JSON объектісі немесе NDJSON күтілген еді.",
  "file.binary": "{file}: мәтіндік файл емес (екілік деректер немесе UTF-8 емес).",
  "file.notRecords": "{file}:{line}:{column}: JSON массиві «[», JSON объектісі «{» немесе NDJSON күтілген еді.",
  "file.malformedJson": "{file}:{line}:{column}: JSON қатесі ({problem}).",
  "file.tooLarge": "{file}: бір JSON құжаты ретінде оқу үшін тым үлкен; оны NDJSON түрінде, әр жолға бір жазбадан жазыңыз.",
  "json.unexpectedCharacter": "күтілмеген таңба",
  "json.unexpectedEnd": "деректер күтпеген жерде аяқталды",
  "json.trailingText": "JSON мәнінен кейін артық мәтін бар",
  "record.invalidJson": "{line}-жол, {column}-баған: бұл JSON емес ({problem}).",
  "record.malformedLine": "{file}:{line}:{column}: бұл JSON емес ({problem}); жол қатесі бар жазба ретінде оқылды.",
  "error.internal": "Ішкі қате ({name}): бұл туралы әзірлеушілерге хабарлаңыз. Жазбалардың мазмұны көрсетілмейді.",
  "record.badValue": "{line}-жол, {column}-баған: {problem}.",
  "record.badValueLine": "{file}:{line}:{column}: {problem}; қатесі бар жазба ретінде оқылды.",
  "record.unknownDeclined":
    "declined ішіндегі бұл элемент респондент жауап беруден бас тарта алатын сұрақ емес; оның мәтіні көрсетілмейді.",
  "json.duplicateKey": "бұл кілт осы объектіде бұрын кездеседі, ал JSON оқитын бағдарлама мәндердің біреуін ғана үнсіз қалдырар еді",
  "json.numberTooLarge": "сан тым үлкен: ±1,8e308-ден асады, ол шексіздік ретінде оқылар еді",
  "file.diskFull": "{file}: жазу мүмкін болмады: дискіде орын жоқ (ENOSPC). Орын босатып, команданы қайта іске қосыңыз.",
  "file.outIsInput": "{file}: шығыс файлы кіріс файлымен бірдей; жазбалар жоғалмас үшін нәтижені басқа файлға жазыңыз.",
  "file.exists": "{file} бұрыннан бар, ол өзгертілмеді; оны ауыстыру үшін --force көрсетіңіз.",
};

/** The messages every command shares: the main help, the common options, usage and file errors. */
export const CLI_MESSAGES: Messages<CliMessageKey> = defineMessages<CliMessageKey>({ en: EN, ru: RU, kk: KK });

/** A renderer of messages in one locale: a key of a command's own catalogue or of `CLI_MESSAGES`. */
export type Translate<TKey extends string = never> = (key: TKey | CliMessageKey, params?: MessageParams) => string;

/** Whether `key` is a key of `messages`. */
function isKeyOf<TKey extends string>(messages: Messages<TKey>, key: string): key is TKey {
  return Object.hasOwn(messages.catalogues.en, key);
}

/** A renderer of `messages` (then of `CLI_MESSAGES`) in `locale`. */
export function translator<TKey extends string = never>(locale: Locale, messages?: Messages<TKey>): Translate<TKey> {
  return (key, params) => {
    if (messages !== undefined && isKeyOf(messages, key)) return messages.format(key, params, locale);
    return isKeyOf(CLI_MESSAGES, key) ? CLI_MESSAGES.format(key, params, locale) : key;
  };
}
