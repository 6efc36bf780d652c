import { type Catalogue, defineMessages, type Messages } from "@redumbrella/questionnaire";

/** A key of the `upgrade` command's messages. */
export type UpgradeMessageKey =
  | "upgrade.summary"
  | "upgrade.synopsis"
  | "upgrade.description"
  | "upgrade.value.out"
  | "upgrade.option.out"
  | "upgrade.option.on"
  | "upgrade.exitCodes"
  | "upgrade.privacy"
  | "upgrade.missingOut"
  | "upgrade.rootPath"
  | "upgrade.nothingWritten"
  | "upgrade.done";

const EN: Catalogue<UpgradeMessageKey> = {
  "upgrade.summary": "Rewrite records as record v2: v1 records upgraded without losing anything, v2 records kept as they are.",
  "upgrade.synopsis": "redumbrella upgrade FILE --out OUT [--on YYYY-MM-DD] [--lang en|ru|kk]",
  "upgrade.description":
    "Reads the records of FILE (record v1 or v2), checks each as `redumbrella validate` does, and writes every valid one to OUT as record v2,\n" +
    "in the container FILE has: a JSON array, NDJSON (one record per line) or one JSON object. A v1 record is upgraded without losing\n" +
    "or inventing anything: the consent block's four answers become its items, Q11 takes the paper's boxes, a detention or a fine says so.\n" +
    "Each invalid record is reported at its place (file:line in NDJSON, file #index otherwise) with its issues, and left out of OUT.\n" +
    "OUT is written whole, readable by its owner only, or not at all; it may not be FILE itself.",
  "upgrade.value.out": "OUT",
  "upgrade.option.out": "Write the records, as record v2, to this file. Required; it may not be FILE.",
  "upgrade.option.on": "Validate as of this day: no date may be after it. Defaults to today.",
  "upgrade.exitCodes":
    "Exit codes: 0 every record written, 1 some record invalid (the valid ones are written), 2 usage error or a FILE that cannot be read (then nothing is written).",
  "upgrade.privacy": "Nothing of a record is printed: only its place, id, the path of each issue, a code and a message.",
  "upgrade.missingOut": "Missing --out OUT: the file to write the upgraded records to.",
  "upgrade.rootPath": "(record)",
  "upgrade.nothingWritten": "{file}: no record is valid, so nothing was written.",
  "upgrade.done": "{written} records written to {file} as record v2 ({fromV1} upgraded from v1); {invalid} invalid records left out.",
};

const RU: Catalogue<UpgradeMessageKey> = {
  "upgrade.summary": "Переписать записи в формат record v2: записи v1 обновляются без потерь, записи v2 остаются как есть.",
  "upgrade.synopsis": "redumbrella upgrade ФАЙЛ --out ВЫХОД [--on ГГГГ-ММ-ДД] [--lang en|ru|kk]",
  "upgrade.description":
    "Читает записи ФАЙЛА (record v1 или v2), проверяет каждую, как `redumbrella validate`, и записывает все записи без ошибок в ВЫХОД в формате record v2,\n" +
    "в том же виде, что и ФАЙЛ: массив JSON, NDJSON (по записи на строку) или один объект JSON. Запись v1 обновляется, ничего не теряя\n" +
    "и не добавляя: четыре ответа блока согласия становятся его пунктами, Q11 получает варианты бумажной анкеты, задержание или штраф отмечаются явно.\n" +
    "Каждая запись с ошибками указывается на своём месте (файл:строка в NDJSON, иначе файл #номер) со своими ошибками и в ВЫХОД не попадает.\n" +
    "ВЫХОД записывается целиком, с доступом только для владельца, или не записывается вовсе; это не может быть сам ФАЙЛ.",
  "upgrade.value.out": "ВЫХОД",
  "upgrade.option.out": "Записать записи в формате record v2 в этот файл. Обязательно; это не может быть ФАЙЛ.",
  "upgrade.option.on": "Проверять на этот день: ни одна дата не может быть позже. По умолчанию — сегодня.",
  "upgrade.exitCodes":
    "Коды выхода: 0 — записаны все записи, 1 — есть записи с ошибками (записи без ошибок записаны), 2 — ошибка в команде или ФАЙЛ не читается (тогда ничего не записывается).",
  "upgrade.privacy": "Содержимое записей не выводится: только место записи, id, путь каждой ошибки, код и сообщение.",
  "upgrade.missingOut": "Не указан --out ВЫХОД: файл, в который записать обновлённые записи.",
  "upgrade.rootPath": "(запись)",
  "upgrade.nothingWritten": "{file}: ни одной записи без ошибок, поэтому ничего не записано.",
  "upgrade.done":
    "Записано в {file} в формате record v2: {written} (из них обновлено из v1: {fromV1}); записей с ошибками пропущено: {invalid}.",
};

const KK: Catalogue<UpgradeMessageKey> = {
  "upgrade.summary": "Жазбаларды record v2 форматына көшіру: v1 жазбалары ештеңе жоғалтпай жаңартылады, v2 жазбалары сол күйінде қалады.",
  "upgrade.synopsis": "redumbrella upgrade ФАЙЛ --out НӘТИЖЕ [--on ЖЖЖЖ-АА-КК] [--lang en|ru|kk]",
  "upgrade.description":
    "ФАЙЛДЫҢ жазбаларын (record v1 немесе v2) оқып, әрқайсысын `redumbrella validate` сияқты тексереді де, қатесіздерін НӘТИЖЕ файлына record v2 форматында жазады,\n" +
    "ФАЙЛ қандай түрде болса, сол түрде: JSON массиві, NDJSON (әр жолда бір жазба) немесе бір JSON объектісі. v1 жазбасы ештеңе жоғалтпай\n" +
    "және ештеңе қоспай жаңартылады: келісім блогының төрт жауабы оның тармақтарына айналады, Q11 қағаз сауалнаманың нұсқаларын алады, ұстау немесе айыппұл анық көрсетіледі.\n" +
    "Қатесі бар әр жазба өз орнында (NDJSON-да файл:жол, әйтпесе файл #нөмір) қателерімен көрсетіледі және НӘТИЖЕ файлына енбейді.\n" +
    "НӘТИЖЕ толығымен, тек иесі оқи алатындай етіп жазылады немесе мүлдем жазылмайды; ол ФАЙЛДЫҢ өзі бола алмайды.",
  "upgrade.value.out": "НӘТИЖЕ",
  "upgrade.option.out": "Жазбаларды record v2 форматында осы файлға жазу. Міндетті; ол ФАЙЛ бола алмайды.",
  "upgrade.option.on": "Осы күнгі жағдай бойынша тексеру: бірде-бір күн одан кейін болмауы керек. Әдепкі мәні: бүгін.",
  "upgrade.exitCodes":
    "Шығу кодтары: 0 — барлық жазба жазылды, 1 — қатесі бар жазба бар (қатесіздері жазылды), 2 — командада қате немесе ФАЙЛ оқылмайды (онда ештеңе жазылмайды).",
  "upgrade.privacy": "Жазбаның ешбір мазмұны шығарылмайды: тек жазбаның орны, id, әр қатенің өріс жолы, код және хабарлама.",
  "upgrade.missingOut": "--out НӘТИЖЕ көрсетілмеген: жаңартылған жазбалар жазылатын файл.",
  "upgrade.rootPath": "(жазба)",
  "upgrade.nothingWritten": "{file}: бірде-бір қатесіз жазба жоқ, сондықтан ештеңе жазылмады.",
  "upgrade.done":
    "{file} файлына record v2 форматында жазылды: {written} (оның ішінде v1-ден жаңартылғаны: {fromV1}); қатесі бар жазбалар өткізілді: {invalid}.",
};

/** The sentences of `redumbrella upgrade`, in every language. */
export const UPGRADE_MESSAGES: Messages<UpgradeMessageKey> = defineMessages<UpgradeMessageKey>({ en: EN, ru: RU, kk: KK });
