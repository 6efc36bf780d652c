import { type Catalogue, defineMessages, type Messages } from "@redumbrella/questionnaire";

/** A key of the `complaint` command's messages; the letter's words come from `@redumbrella/legal-checker`. */
export type ComplaintCommandMessageKey =
  | "complaint.summary"
  | "complaint.synopsis"
  | "complaint.description"
  | "complaint.option.record"
  | "complaint.option.incident"
  | "complaint.option.to"
  | "complaint.option.on"
  | "complaint.option.out"
  | "complaint.option.text"
  | "complaint.option.identify"
  | "complaint.value.id"
  | "complaint.value.to"
  | "complaint.exitCodes"
  | "complaint.privacy"
  | "complaint.usage.missing"
  | "complaint.usage.badTo"
  | "complaint.refused"
  | "complaint.notFound"
  | "complaint.invalid"
  | "complaint.written";

const TO = "prosecutor|internalAffairs|healthDepartment|clinicHead|aidsCentre";

const EN: Catalogue<ComplaintCommandMessageKey> = {
  "complaint.summary": "Draft a complaint about one incident of a record, if her consent allows it.",
  "complaint.synopsis": `redumbrella complaint FILE --record ID --incident ID --to ${TO} [--on YYYY-MM-DD] [--out FILE] [--text] [--identify] [--lang en|ru|kk]`,
  "complaint.description":
    "Drafts a complaint letter about one incident of the record with the given id in FILE, for a legal consultant to edit and send: the addressee's header,\n" +
    "the incident's facts, each established finding with the law it rests on, and what is asked. Refuses when her consent to a complaint does not hold on the day.",
  "complaint.option.record": "The id of the record in FILE.",
  "complaint.option.incident": "The id of the incident in the record (e.g. i1).",
  "complaint.option.to": `Whom the complaint goes to: ${TO} (the prosecutor's office, the Department of Internal Affairs, a health body).`,
  "complaint.option.on": "The day the complaint is filed; her consent must hold on it. Defaults to today.",
  "complaint.option.out":
    "Write the letter to FILE (readable by its owner only; an existing FILE is not replaced) instead of standard output.",
  "complaint.option.text": "Write plain text instead of Markdown.",
  "complaint.option.identify": "Write her name as the applicant, only if she agreed to her name being disclosed.",
  "complaint.value.id": "ID",
  "complaint.value.to": "ADDRESSEE",
  "complaint.exitCodes":
    "Exit codes: 0 the letter was drafted, 1 it was refused (consent, no such record or incident, nothing to complain of), 2 usage or file error.",
  "complaint.privacy":
    "Nothing of the record is printed but the letter itself, which holds only what the complaint needs; refusals name only the record's id.",
  "complaint.usage.missing": "--record, --incident and --to are required.",
  "complaint.usage.badTo": "'{value}' is not an addressee: use one of {values}.",
  "complaint.refused": "No complaint for {record}: {reason}",
  "complaint.notFound": "No record with id {id} in the files given.",
  "complaint.invalid": "The record {id} is not valid: check it with `redumbrella validate`.",
  "complaint.written": "Complaint written to {file}.",
};

const RU: Catalogue<ComplaintCommandMessageKey> = {
  "complaint.summary": "Подготовить жалобу по одному случаю записи, если её согласие это позволяет.",
  "complaint.synopsis": `redumbrella complaint ФАЙЛ --record ID --incident ID --to ${TO} [--on ГГГГ-ММ-ДД] [--out ФАЙЛ] [--text] [--identify] [--lang en|ru|kk]`,
  "complaint.description":
    "Готовит проект жалобы по одному случаю записи с указанным id в ФАЙЛЕ, который юрист отредактирует и отправит: шапка адресата,\n" +
    "обстоятельства случая, каждое установленное замечание с правовым основанием и просьба. Отказывает, если её согласие на жалобу в этот день не действует.",
  "complaint.option.record": "id записи в ФАЙЛЕ.",
  "complaint.option.incident": "id случая в записи (например, i1).",
  "complaint.option.to": `Кому направляется жалоба: ${TO} (прокуратура, Департамент внутренних дел, орган здравоохранения).`,
  "complaint.option.on": "День подачи жалобы; её согласие должно действовать в этот день. По умолчанию сегодня.",
  "complaint.option.out": "Записать жалобу в ФАЙЛ (доступный только владельцу; существующий ФАЙЛ не заменяется), а не в стандартный вывод.",
  "complaint.option.text": "Вывести простой текст вместо Markdown.",
  "complaint.option.identify": "Указать её имя как заявительницы — только если она согласилась на раскрытие имени.",
  "complaint.value.id": "ID",
  "complaint.value.to": "АДРЕСАТ",
  "complaint.exitCodes":
    "Коды выхода: 0 — жалоба подготовлена, 1 — отказ (согласие, нет такой записи или случая, нет оснований), 2 — ошибка в команде или файле.",
  "complaint.privacy":
    "Из записи выводится только сама жалоба, в которой лишь то, что для неё нужно; в отказах указывается только id записи.",
  "complaint.usage.missing": "Нужны --record, --incident и --to.",
  "complaint.usage.badTo": "'{value}' — не адресат: используйте одно из {values}.",
  "complaint.refused": "Жалоба по {record} не подготовлена: {reason}",
  "complaint.notFound": "В указанных файлах нет записи с id {id}.",
  "complaint.invalid": "Запись {id} содержит ошибки: проверьте её командой `redumbrella validate`.",
  "complaint.written": "Жалоба записана в {file}.",
};

const KK: Catalogue<ComplaintCommandMessageKey> = {
  "complaint.summary": "Егер оның келісімі мүмкіндік берсе, жазбаның бір оқиғасы бойынша шағым жобасын дайындау.",
  "complaint.synopsis": `redumbrella complaint ФАЙЛ --record ID --incident ID --to ${TO} [--on ЖЖЖЖ-АА-КК] [--out ФАЙЛ] [--text] [--identify] [--lang en|ru|kk]`,
  "complaint.description":
    "ФАЙЛДАҒЫ көрсетілген id-і бар жазбаның бір оқиғасы бойынша заң кеңесшісі түзетіп, жіберетін шағым жобасын дайындайды: адресаттың тақырыбы,\n" +
    "оқиғаның мән-жайлары, әр анықталған ескертпе мен оның құқықтық негізі және өтініш. Сол күні оның шағымға келісімі күшінде болмаса, бас тартады.",
  "complaint.option.record": "ФАЙЛДАҒЫ жазбаның id-і.",
  "complaint.option.incident": "Жазбадағы оқиғаның id-і (мысалы, i1).",
  "complaint.option.to": `Шағым кімге жіберіледі: ${TO} (прокуратура, Ішкі істер департаменті, денсаулық сақтау органы).`,
  "complaint.option.on": "Шағым берілетін күн; оның келісімі сол күні күшінде болуы тиіс. Әдепкі бойынша — бүгін.",
  "complaint.option.out": "Шағымды стандартты шығысқа емес, ФАЙЛҒА (тек иесі оқи алатын; бар ФАЙЛ ауыстырылмайды) жазу.",
  "complaint.option.text": "Markdown орнына қарапайым мәтін шығару.",
  "complaint.option.identify": "Өтініш беруші ретінде оның атын жазу — тек ол атын ашуға келісім берсе ғана.",
  "complaint.value.id": "ID",
  "complaint.value.to": "АДРЕСАТ",
  "complaint.exitCodes":
    "Шығу кодтары: 0 — шағым дайындалды, 1 — бас тартылды (келісім, мұндай жазба не оқиға жоқ, негіз жоқ), 2 — командада немесе файлда қате.",
  "complaint.privacy":
    "Жазбадан тек шағымның өзі шығарылады, онда тек оған қажет мәліметтер бар; бас тартуларда тек жазбаның id-і көрсетіледі.",
  "complaint.usage.missing": "--record, --incident және --to қажет.",
  "complaint.usage.badTo": "'{value}' — адресат емес: {values} ішінен бірін қолданыңыз.",
  "complaint.refused": "{record} бойынша шағым дайындалмады: {reason}",
  "complaint.notFound": "Берілген файлдарда id-і {id} жазба жоқ.",
  "complaint.invalid": "{id} жазбасында қателер бар: оны `redumbrella validate` командасымен тексеріңіз.",
  "complaint.written": "Шағым {file} файлына жазылды.",
};

/** The sentences of `redumbrella complaint`, in every language. */
export const COMPLAINT_COMMAND_MESSAGES: Messages<ComplaintCommandMessageKey> = defineMessages<ComplaintCommandMessageKey>({
  en: EN,
  ru: RU,
  kk: KK,
});
