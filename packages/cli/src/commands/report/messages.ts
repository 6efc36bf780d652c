import { type Catalogue, defineMessages, type Messages } from "@redumbrella/questionnaire";

/** A key of the `report` command's messages; the tables' own words come from `@redumbrella/report`. */
export type ReportCommandMessageKey =
  | "reportCommand.summary"
  | "reportCommand.synopsis"
  | "reportCommand.description"
  | "reportCommand.option.on"
  | "reportCommand.option.minCell"
  | "reportCommand.option.format"
  | "reportCommand.option.out"
  | "reportCommand.value.n"
  | "reportCommand.value.format"
  | "reportCommand.value.path"
  | "reportCommand.exitCodes"
  | "reportCommand.privacy"
  | "reportCommand.badMinCell"
  | "reportCommand.badFormat"
  | "reportCommand.csvNeedsOut"
  | "reportCommand.written"
  | "reportCommand.noSuppression"
  | "reportCommand.invalid";

const EN: Catalogue<ReportCommandMessageKey> = {
  "reportCommand.summary": "Build the report's tables (violations, complaints, respondents), small numbers hidden.",
  "reportCommand.synopsis":
    "redumbrella report FILE... [--on YYYY-MM-DD] [--min-cell N] [--format json|md|csv|html] [--out PATH] [--lang en|ru|kk]",
  "reportCommand.description":
    "Counts the records of each FILE whose consent allows statistics on the day --on, and writes the report's tables:\n" +
    "violations by the police and by medical staff, the complaint questions, and the respondents' profile.\n" +
    "Counts from 1 to N−1 are shown as <N, and numbers that would give them away as x.",
  "reportCommand.option.on": "Judge consent as of this day, the day of publication. Defaults to today.",
  "reportCommand.option.minCell":
    "Hide counts from 1 to N−1 and what would give them away; 0 hides nothing (not for publication). Defaults to 5.",
  "reportCommand.option.format":
    "json, md (Markdown), csv (one file per table, needs --out DIR) or html (one self-contained page). Defaults to md.",
  "reportCommand.option.out": "Write to this file (for csv, into this directory) instead of standard output.",
  "reportCommand.value.n": "N",
  "reportCommand.value.format": "FORMAT",
  "reportCommand.value.path": "PATH",
  "reportCommand.exitCodes": "Exit codes: 0 the report was written, 2 usage or file error (then no report is written).",
  "reportCommand.privacy":
    "Only counts are written, small ones hidden; of an invalid record only its position, id and issue codes (in --format json).",
  "reportCommand.badMinCell": "'{value}' is not a valid --min-cell: use 0 (nothing hidden) or a whole number of 3 or more.",
  "reportCommand.badFormat": "Unknown format '{value}': use json, md, csv or html.",
  "reportCommand.csvNeedsOut": "--format csv writes one file per table: give a directory with --out DIR.",
  "reportCommand.written": "Wrote {path}: {respondents} respondents counted, {excluded} records not counted.",
  "reportCommand.noSuppression": "Warning: small numbers are not hidden (--min-cell {minCell}): do not publish this report.",
  "reportCommand.invalid": "{count} records are not valid record v1 and were not counted: run `redumbrella validate` on them to see why.",
};

const RU: Catalogue<ReportCommandMessageKey> = {
  "reportCommand.summary": "Построить таблицы отчёта (нарушения прав, жалобы, респонденты(-ки)), скрывая малые числа.",
  "reportCommand.synopsis":
    "redumbrella report ФАЙЛ... [--on ГГГГ-ММ-ДД] [--min-cell N] [--format json|md|csv|html] [--out ПУТЬ] [--lang en|ru|kk]",
  "reportCommand.description":
    "Учитывает записи каждого ФАЙЛА, согласие в которых разрешает статистику на день --on, и выводит таблицы отчёта:\n" +
    "нарушения со стороны полиции и медицинских работников, вопросы о жалобах и данные о респондентах(-ках).\n" +
    "Числа от 1 до N−1 показаны как <N, а числа, по которым их можно вычислить, — как x.",
  "reportCommand.option.on": "Оценивать согласие на этот день — день публикации. По умолчанию — сегодня.",
  "reportCommand.option.minCell":
    "Скрывать числа от 1 до N−1 и то, по чему их можно вычислить; 0 — ничего не скрывать (не для публикации). По умолчанию 5.",
  "reportCommand.option.format":
    "json, md (Markdown), csv (по файлу на таблицу, нужен --out ПАПКА) или html (одна самодостаточная страница). По умолчанию md.",
  "reportCommand.option.out": "Записать в этот файл (для csv — в эту папку), а не в стандартный вывод.",
  "reportCommand.value.n": "N",
  "reportCommand.value.format": "ФОРМАТ",
  "reportCommand.value.path": "ПУТЬ",
  "reportCommand.exitCodes": "Коды выхода: 0 — отчёт записан, 2 — ошибка в команде или файле (тогда отчёт не записывается).",
  "reportCommand.privacy":
    "Выводятся только числа, малые скрыты; о записи с ошибками — только её номер, id и коды ошибок (в --format json).",
  "reportCommand.badMinCell": "«{value}» — недопустимое значение --min-cell: укажите 0 (ничего не скрывать) или целое число от 3.",
  "reportCommand.badFormat": "Неизвестный формат «{value}»: укажите json, md, csv или html.",
  "reportCommand.csvNeedsOut": "--format csv записывает по файлу на таблицу: укажите папку в --out ПАПКА.",
  "reportCommand.written": "Записано {path}: учтено респондентов(-ок) — {respondents}, не учтено записей — {excluded}.",
  "reportCommand.noSuppression": "Внимание: малые числа не скрыты (--min-cell {minCell}): этот отчёт публиковать нельзя.",
  "reportCommand.invalid": "Записей, не соответствующих формату record v1: {count}; они не учтены. Причины покажет `redumbrella validate`.",
};

const KK: Catalogue<ReportCommandMessageKey> = {
  "reportCommand.summary": "Есептің кестелерін құру (құқықтардың бұзылуы, шағымдар, респонденттер), аз сандар жасырылады.",
  "reportCommand.synopsis":
    "redumbrella report ФАЙЛ... [--on ЖЖЖЖ-АА-КК] [--min-cell N] [--format json|md|csv|html] [--out ЖОЛ] [--lang en|ru|kk]",
  "reportCommand.description":
    "Әр ФАЙЛДАҒЫ --on күні келісімі статистикаға рұқсат беретін жазбаларды есепке алып, есептің кестелерін шығарады:\n" +
    "полиция мен медицина қызметкерлері тарапынан құқықтардың бұзылуы, шағымдар туралы сұрақтар және респонденттер туралы мәліметтер.\n" +
    "1-ден N−1-ге дейінгі сандар <N түрінде, ал оларды есептеп шығаруға мүмкіндік беретін сандар x түрінде көрсетіледі.",
  "reportCommand.option.on": "Келісімді осы күнгі, яғни жариялау күнгі жағдай бойынша бағалау. Әдепкі мәні: бүгін.",
  "reportCommand.option.minCell":
    "1-ден N−1-ге дейінгі сандарды және оларды анықтауға мүмкіндік беретінді жасыру; 0 — ештеңе жасырылмайды (жариялауға болмайды). Әдепкі мәні: 5.",
  "reportCommand.option.format":
    "json, md (Markdown), csv (әр кестеге бір файл, --out ҚАЛТА қажет) немесе html (бір дербес бет). Әдепкі мәні: md.",
  "reportCommand.option.out": "Стандартты шығысқа емес, осы файлға (csv үшін — осы қалтаға) жазу.",
  "reportCommand.value.n": "N",
  "reportCommand.value.format": "ФОРМАТ",
  "reportCommand.value.path": "ЖОЛ",
  "reportCommand.exitCodes": "Шығу кодтары: 0 — есеп жазылды, 2 — командада немесе файлда қате (онда есеп жазылмайды).",
  "reportCommand.privacy":
    "Тек сандар жазылады, аз сандар жасырылады; қатесі бар жазба туралы тек оның нөмірі, id және қате кодтары (--format json кезінде).",
  "reportCommand.badMinCell":
    "«{value}» — --min-cell үшін жарамсыз мән: 0 (ештеңе жасырылмайды) немесе 3-тен бастап бүтін санды көрсетіңіз.",
  "reportCommand.badFormat": "Белгісіз формат: «{value}»; json, md, csv немесе html көрсетіңіз.",
  "reportCommand.csvNeedsOut": "--format csv әр кестені жеке файлға жазады: --out ҚАЛТА арқылы қалтаны көрсетіңіз.",
  "reportCommand.written": "{path} жазылды: есепке алынған респонденттер — {respondents}, есепке алынбаған жазбалар — {excluded}.",
  "reportCommand.noSuppression": "Назар аударыңыз: аз сандар жасырылмаған (--min-cell {minCell}): бұл есепті жариялауға болмайды.",
  "reportCommand.invalid":
    "record v1 форматына сәйкес келмейтін жазбалар: {count}; олар есепке алынбады. Себебін `redumbrella validate` көрсетеді.",
};

/** The sentences of `redumbrella report`, in every language. */
export const REPORT_COMMAND_MESSAGES: Messages<ReportCommandMessageKey> = defineMessages<ReportCommandMessageKey>({
  en: EN,
  ru: RU,
  kk: KK,
});
