import { type Catalogue, defineMessages, type Messages } from "@redumbrella/questionnaire";

/** A key of the `import` command's messages; the issues' own messages come from `@redumbrella/xlsform`. */
export type ImportCommandMessageKey =
  | "import.summary"
  | "import.synopsis"
  | "import.description"
  | "import.value.out"
  | "import.value.from"
  | "import.option.out"
  | "import.option.from"
  | "import.option.on"
  | "import.option.json"
  | "import.exitCodes"
  | "import.privacy"
  | "import.missingOut"
  | "import.badFrom"
  | "import.outNotRecords"
  | "import.rootPath"
  | "import.fileLine"
  | "import.summaryLine"
  | "import.written"
  | "import.dropped";

const EN: Catalogue<ImportCommandMessageKey> = {
  "import.summary": "Turn KoboToolbox or ODK submissions (JSON, CSV, OData, XML) into validated records.",
  "import.synopsis": "redumbrella import FILE... --out OUT [--from kobo|odk|xml] [--on YYYY-MM-DD] [--json] [--lang en|ru|kk]",
  "import.description":
    "Reads each FILE — a KoboToolbox export (API v2 JSON, JSON, CSV), an ODK Central export (OData JSON, CSV) or a submission's XML —\n" +
    "turns every submission into a record v2 and validates it, then writes the valid records to OUT as a JSON array. A record's id is made\n" +
    "from its instance id, so importing the same submission again updates its record in OUT instead of adding a second one.",
  "import.value.out": "OUT",
  "import.value.from": "kobo|odk|xml",
  "import.option.out": "The JSON array of records to write; records already in it are kept, and replaced when imported again. Required.",
  "import.option.from": "Where FILE comes from: kobo, odk or xml. Defaults to detecting it from each file.",
  "import.option.on": "Validate as of this day: no date may be after it. Defaults to today.",
  "import.option.json": "Print one JSON document {files, valid, invalid, written, dropped, errors} instead of text.",
  "import.exitCodes":
    "Exit codes: 0 every submission valid, 1 some submission invalid (the valid ones are written), 2 usage or file error (nothing written).",
  "import.privacy":
    "The submitter's name, the device id, GPS, timestamps and attachments are never copied into a record; only their names are listed. Answers are never printed.",
  "import.missingOut": "Missing --out OUT: the file to write the records to.",
  "import.badFrom": "'{value}' is not a source: use --from kobo, --from odk or --from xml.",
  "import.outNotRecords": "{file}: OUT exists and is not a JSON array of records; choose another file.",
  "import.rootPath": "(submission)",
  "import.fileLine": "{file}: {format}, {valid} valid, {invalid} invalid",
  "import.summaryLine": "{valid} valid, {invalid} invalid",
  "import.written": "{count} records written to {file} ({added} new, {updated} updated, {kept} kept).",
  "import.dropped": "Not copied into records: {names}.",
};

const RU: Catalogue<ImportCommandMessageKey> = {
  "import.summary": "Превратить анкеты KoboToolbox или ODK (JSON, CSV, OData, XML) в проверенные записи.",
  "import.synopsis": "redumbrella import ФАЙЛ... --out ВЫХОД [--from kobo|odk|xml] [--on ГГГГ-ММ-ДД] [--json] [--lang en|ru|kk]",
  "import.description":
    "Читает каждый ФАЙЛ — выгрузку KoboToolbox (JSON API v2, JSON, CSV), выгрузку ODK Central (OData JSON, CSV) или XML анкеты, —\n" +
    "превращает каждую анкету в запись v2 и проверяет её, затем записывает записи без ошибок в ВЫХОД как массив JSON. id записи делается\n" +
    "из идентификатора экземпляра, поэтому повторный импорт той же анкеты обновляет её запись в ВЫХОДЕ, а не добавляет вторую.",
  "import.value.out": "ВЫХОД",
  "import.value.from": "ИСТОЧНИК",
  "import.option.out":
    "Массив записей JSON, в который записать результат; записи, которые в нём уже есть, сохраняются и заменяются при повторном импорте. Обязательно.",
  "import.option.from": "Откуда ФАЙЛ: kobo, odk или xml. По умолчанию определяется по каждому файлу.",
  "import.option.on": "Проверять на этот день: ни одна дата не может быть позже. По умолчанию — сегодня.",
  "import.option.json": "Вывести один документ JSON {files, valid, invalid, written, dropped, errors} вместо текста.",
  "import.exitCodes":
    "Коды выхода: 0 — все анкеты без ошибок, 1 — есть анкеты с ошибками (анкеты без ошибок записаны), 2 — ошибка в команде или файле (ничего не записано).",
  "import.privacy":
    "Имя отправителя, идентификатор устройства, GPS, отметки времени и вложения никогда не копируются в запись; указываются только их названия. Ответы никогда не выводятся.",
  "import.missingOut": "Не указан --out ВЫХОД: файл, в который записать записи.",
  "import.badFrom": "«{value}» — неизвестный источник: укажите --from kobo, --from odk или --from xml.",
  "import.outNotRecords": "{file}: ВЫХОД существует и не является массивом записей JSON; выберите другой файл.",
  "import.rootPath": "(анкета)",
  "import.fileLine": "{file}: {format}, без ошибок: {valid}, с ошибками: {invalid}",
  "import.summaryLine": "без ошибок: {valid}, с ошибками: {invalid}",
  "import.written": "Записей в {file}: {count} (новых: {added}, обновлено: {updated}, сохранено: {kept}).",
  "import.dropped": "Не скопировано в записи: {names}.",
};

const KK: Catalogue<ImportCommandMessageKey> = {
  "import.summary": "KoboToolbox немесе ODK сауалнамаларын (JSON, CSV, OData, XML) тексерілген жазбаларға айналдыру.",
  "import.synopsis": "redumbrella import ФАЙЛ... --out ШЫҒЫС [--from kobo|odk|xml] [--on ЖЖЖЖ-АА-КК] [--json] [--lang en|ru|kk]",
  "import.description":
    "Әр ФАЙЛДЫ оқиды — KoboToolbox экспортын (API v2 JSON, JSON, CSV), ODK Central экспортын (OData JSON, CSV) немесе сауалнаманың XML-ін —\n" +
    "әр сауалнаманы v2 жазбасына айналдырып, тексереді, содан кейін қатесіз жазбаларды ШЫҒЫС файлына JSON массиві ретінде жазады. Жазбаның id-і\n" +
    "дана идентификаторынан жасалады, сондықтан сол сауалнаманы қайта импорттау ШЫҒЫС ішіндегі жазбасын жаңартады, екіншісін қоспайды.",
  "import.value.out": "ШЫҒЫС",
  "import.value.from": "ДЕРЕККӨЗ",
  "import.option.out":
    "Нәтиже жазылатын жазбалардың JSON массиві; ондағы бар жазбалар сақталады, қайта импортталғанда ауыстырылады. Міндетті.",
  "import.option.from": "ФАЙЛ қайдан алынды: kobo, odk немесе xml. Әдепкі бойынша әр файлдан анықталады.",
  "import.option.on": "Осы күнгі жағдай бойынша тексеру: бірде-бір күн одан кейін болмауы керек. Әдепкі мәні: бүгін.",
  "import.option.json": "Мәтіннің орнына бір JSON құжатын {files, valid, invalid, written, dropped, errors} шығару.",
  "import.exitCodes":
    "Шығу кодтары: 0 — барлық сауалнама қатесіз, 1 — қатесі бар сауалнама бар (қатесіздері жазылды), 2 — командада немесе файлда қате (ештеңе жазылмады).",
  "import.privacy":
    "Жіберушінің аты, құрылғының идентификаторы, GPS, уақыт белгілері және тіркемелер жазбаға ешқашан көшірілмейді; тек атаулары көрсетіледі. Жауаптар ешқашан шығарылмайды.",
  "import.missingOut": "--out ШЫҒЫС көрсетілмеген: жазбалар жазылатын файл.",
  "import.badFrom": "«{value}» белгісіз дереккөз: --from kobo, --from odk немесе --from xml көрсетіңіз.",
  "import.outNotRecords": "{file}: ШЫҒЫС бар және ол жазбалардың JSON массиві емес; басқа файлды таңдаңыз.",
  "import.rootPath": "(сауалнама)",
  "import.fileLine": "{file}: {format}, қатесіз: {valid}, қатесі бар: {invalid}",
  "import.summaryLine": "қатесіз: {valid}, қатесі бар: {invalid}",
  "import.written": "{file} файлындағы жазбалар: {count} (жаңасы: {added}, жаңартылды: {updated}, сақталды: {kept}).",
  "import.dropped": "Жазбаларға көшірілмеді: {names}.",
};

/** The sentences of `redumbrella import`, in every language. */
export const IMPORT_COMMAND_MESSAGES: Messages<ImportCommandMessageKey> = defineMessages<ImportCommandMessageKey>({
  en: EN,
  ru: RU,
  kk: KK,
});
