import { type Catalogue, defineMessages, type Messages } from "@redumbrella/questionnaire";

/** A key of the `validate` command's messages. */
export type ValidateMessageKey =
  | "validate.summary"
  | "validate.synopsis"
  | "validate.description"
  | "validate.option.json"
  | "validate.option.on"
  | "validate.exitCodes"
  | "validate.privacy"
  | "validate.rootPath"
  | "validate.summaryLine";

const EN: Catalogue<ValidateMessageKey> = {
  "validate.summary": "Check records against record v1: shape and consistency rules.",
  "validate.synopsis": "redumbrella validate FILE... [--json] [--on YYYY-MM-DD] [--lang en|ru|kk]",
  "validate.description":
    "Checks every record in each FILE and reports each problem with its file, record index, id, path, code and message.",
  "validate.option.json": "Print one JSON document {valid, invalid, errors} instead of text.",
  "validate.option.on": "Validate as of this day: no date may be after it. Defaults to today.",
  "validate.exitCodes": "Exit codes: 0 all records valid, 1 some record invalid, 2 usage or file error.",
  "validate.privacy": "Record contents are never printed: only file, record index, id, path, code and message.",
  "validate.rootPath": "(record)",
  "validate.summaryLine": "{valid} valid, {invalid} invalid",
};

const RU: Catalogue<ValidateMessageKey> = {
  "validate.summary": "Проверить записи по формату record v1: структура и правила согласованности.",
  "validate.synopsis": "redumbrella validate ФАЙЛ... [--json] [--on ГГГГ-ММ-ДД] [--lang en|ru|kk]",
  "validate.description":
    "Проверяет каждую запись в каждом ФАЙЛЕ и сообщает о каждой ошибке: файл, номер записи, id, путь, код и сообщение.",
  "validate.option.json": "Вывести один документ JSON {valid, invalid, errors} вместо текста.",
  "validate.option.on": "Проверять на этот день: ни одна дата не может быть позже. По умолчанию — сегодня.",
  "validate.exitCodes": "Коды выхода: 0 — все записи без ошибок, 1 — есть записи с ошибками, 2 — ошибка в команде или файле.",
  "validate.privacy": "Содержимое записей никогда не выводится: только файл, номер записи, id, путь, код и сообщение.",
  "validate.rootPath": "(запись)",
  "validate.summaryLine": "без ошибок: {valid}, с ошибками: {invalid}",
};

const KK: Catalogue<ValidateMessageKey> = {
  "validate.summary": "Жазбаларды record v1 форматы бойынша тексеру: құрылымы және үйлесімділік ережелері.",
  "validate.synopsis": "redumbrella validate ФАЙЛ... [--json] [--on ЖЖЖЖ-АА-КК] [--lang en|ru|kk]",
  "validate.description": "Әр ФАЙЛДАҒЫ әр жазбаны тексеріп, әр қатені көрсетеді: файл, жазбаның нөмірі, id, өріс жолы, код және хабарлама.",
  "validate.option.json": "Мәтіннің орнына бір JSON құжатын {valid, invalid, errors} шығару.",
  "validate.option.on": "Осы күнгі жағдай бойынша тексеру: бірде-бір күн одан кейін болмауы керек. Әдепкі мәні: бүгін.",
  "validate.exitCodes": "Шығу кодтары: 0 — барлық жазба қатесіз, 1 — қатесі бар жазба бар, 2 — командада немесе файлда қате.",
  "validate.privacy": "Жазбалардың мазмұны ешқашан шығарылмайды: тек файл, жазбаның нөмірі, id, өріс жолы, код және хабарлама.",
  "validate.rootPath": "(жазба)",
  "validate.summaryLine": "қатесіз: {valid}, қатесі бар: {invalid}",
};

/** The sentences of `redumbrella validate`, in every language. */
export const VALIDATE_MESSAGES: Messages<ValidateMessageKey> = defineMessages<ValidateMessageKey>({ en: EN, ru: RU, kk: KK });
