import { type Catalogue, defineMessages, type Messages } from "@redumbrella/questionnaire";

/** A key of the `anonymise` command's messages; the release report comes from `@redumbrella/anonymiser`. */
export type AnonymiseCommandMessageKey =
  | "anonymise.summary"
  | "anonymise.synopsis"
  | "anonymise.description"
  | "anonymise.value.out"
  | "anonymise.value.k"
  | "anonymise.value.key"
  | "anonymise.option.out"
  | "anonymise.option.k"
  | "anonymise.option.keyFile"
  | "anonymise.option.keepText"
  | "anonymise.option.on"
  | "anonymise.option.json"
  | "anonymise.exitCodes"
  | "anonymise.privacy"
  | "anonymise.missingOut"
  | "anonymise.badK"
  | "anonymise.outIsInput"
  | "anonymise.keyTooShort"
  | "anonymise.envKeyBad"
  | "anonymise.randomKey"
  | "anonymise.invalidRecords"
  | "anonymise.written";

const EN: Catalogue<AnonymiseCommandMessageKey> = {
  "anonymise.summary": "Release a de-identified, k-anonymous copy of the records whose consent allows it.",
  "anonymise.synopsis":
    "redumbrella anonymise FILE... --out OUT [--k 5] [--key-file KEY] [--keep-text] [--on YYYY-MM-DD] [--json] [--lang en|ru|kk]",
  "anonymise.description":
    "Reads the records of each FILE and writes to OUT, as a JSON array,\n" +
    "those whose consent allows an anonymised dataset on the day of --on: names, codes and the consent block removed, the record id and\n" +
    "the interviewer's code replaced by keyed pseudonyms, age, dates, place and the other quasi-identifiers generalised just enough that\n" +
    "every group of identical records has at least k of them (at most 5% suppressed), and free text dropped (or scrubbed, with --keep-text).\n" +
    "Then prints the report: k reached, groups, re-identification risk, records excluded and why, the level of each quasi-identifier.",
  "anonymise.value.out": "OUT",
  "anonymise.value.k": "K",
  "anonymise.value.key": "KEY",
  "anonymise.option.out": "Write the released records to this file (a JSON array). Required; it may not be a FILE itself.",
  "anonymise.option.k": "Every released group has at least K records (a whole number, 2 or more). Defaults to 5.",
  "anonymise.option.keyFile":
    "The secret key of the pseudonyms: a file of at least 12 random bytes, or of hex digits (24 or more). The same key gives the same pseudonyms. Defaults to $REDUMBRELLA_KEY (hex), else a random key for this run only.",
  "anonymise.option.keepText": "Keep free-text answers, scrubbed of names, numbers and addresses, instead of dropping them.",
  "anonymise.option.on": "The day of the release: consent is judged as of this day. Defaults to today.",
  "anonymise.option.json": "Print the report as one JSON object instead of text.",
  "anonymise.exitCodes":
    "Exit codes: 0 the release ran (even if nothing could be released), 2 usage or file error (then nothing is written).",
  "anonymise.privacy":
    "Nothing of a record is printed. Keep the key secret and apart from the release: with it, pseudonyms can be linked to record ids.",
  "anonymise.missingOut": "Missing --out OUT: the file to write the released records to.",
  "anonymise.badK": "'{value}' is not a valid k: give a whole number, 2 or more (e.g. --k 5).",
  "anonymise.outIsInput": "{file}: OUT is an input file; write the release to another file, so the records are not lost.",
  "anonymise.keyTooShort": "{file}: the key has {bytes} bytes; at least 12 (96 bits) are needed.",
  "anonymise.envKeyBad": "REDUMBRELLA_KEY must be hex digits, at least 24 of them (96 bits).",
  "anonymise.randomKey":
    "No key given (--key-file or REDUMBRELLA_KEY): a random key was used for this run only, so these pseudonyms match no other release.",
  "anonymise.invalidRecords": "{count} records are not valid and were not released; run `redumbrella validate` on FILE to see why.",
  "anonymise.written": "{count} records written to {file}.",
};

const RU: Catalogue<AnonymiseCommandMessageKey> = {
  "anonymise.summary": "Выдать обезличенную k-анонимную копию записей, согласие которых это позволяет.",
  "anonymise.synopsis":
    "redumbrella anonymise ФАЙЛ... --out ВЫХОД [--k 5] [--key-file КЛЮЧ] [--keep-text] [--on ГГГГ-ММ-ДД] [--json] [--lang en|ru|kk]",
  "anonymise.description":
    "Читает записи каждого ФАЙЛА и записывает в ВЫХОД массивом JSON\n" +
    "те, чьё согласие разрешает обезличенную выборку на день --on: имена, коды и блок согласия удалены, идентификатор записи и код\n" +
    "интервьюера заменены ключевыми псевдонимами, возраст, даты, место и другие квазиидентификаторы обобщены ровно настолько, чтобы\n" +
    "в каждой группе одинаковых записей было не меньше k (скрыто не более 5 %), свободный текст удалён (или очищен, с --keep-text).\n" +
    "Затем выводит отчёт: достигнуто ли k, группы, риск повторной идентификации, исключённые записи и причины, уровень каждого квазиидентификатора.",
  "anonymise.value.out": "ВЫХОД",
  "anonymise.value.k": "K",
  "anonymise.value.key": "КЛЮЧ",
  "anonymise.option.out": "Записать выданные записи в этот файл (массив JSON). Обязательно; это не может быть один из ФАЙЛОВ.",
  "anonymise.option.k": "В каждой выданной группе не меньше K записей (целое число, 2 или больше). По умолчанию 5.",
  "anonymise.option.keyFile":
    "Секретный ключ псевдонимов: файл не меньше чем из 12 случайных байтов или из шестнадцатеричных цифр (24 и больше). С тем же ключом — те же псевдонимы. По умолчанию $REDUMBRELLA_KEY (hex), иначе случайный ключ только на этот запуск.",
  "anonymise.option.keepText": "Оставить ответы свободным текстом, очистив их от имён, номеров и адресов, а не удалять.",
  "anonymise.option.on": "День выдачи: согласие оценивается на этот день. По умолчанию — сегодня.",
  "anonymise.option.json": "Вывести отчёт одним объектом JSON вместо текста.",
  "anonymise.exitCodes":
    "Коды выхода: 0 — выдача выполнена (даже если выдать ничего нельзя), 2 — ошибка в команде или файле (тогда ничего не записывается).",
  "anonymise.privacy":
    "Содержимое записей не выводится. Храните ключ в секрете и отдельно от выборки: с ним псевдонимы можно связать с идентификаторами записей.",
  "anonymise.missingOut": "Не указан --out ВЫХОД: файл, в который записать выданные записи.",
  "anonymise.badK": "«{value}» — недопустимое k: укажите целое число, 2 или больше (например, --k 5).",
  "anonymise.outIsInput": "{file}: ВЫХОД совпадает с входным файлом; запишите выборку в другой файл, чтобы не потерять записи.",
  "anonymise.keyTooShort": "{file}: в ключе {bytes} байтов; нужно не меньше 12 (96 бит).",
  "anonymise.envKeyBad": "REDUMBRELLA_KEY должен состоять из шестнадцатеричных цифр, не меньше 24 (96 бит).",
  "anonymise.randomKey":
    "Ключ не указан (--key-file или REDUMBRELLA_KEY): использован случайный ключ только на этот запуск, поэтому псевдонимы не совпадут ни с одной другой выборкой.",
  "anonymise.invalidRecords":
    "Записей с ошибками: {count}, они не выданы; чтобы узнать причины, запустите `redumbrella validate` для ФАЙЛА.",
  "anonymise.written": "Записано записей в {file}: {count}.",
};

const KK: Catalogue<AnonymiseCommandMessageKey> = {
  "anonymise.summary": "Келісімі рұқсат беретін жазбалардың иесіздендірілген, k-анонимді көшірмесін беру.",
  "anonymise.synopsis":
    "redumbrella anonymise ФАЙЛ... --out НӘТИЖЕ [--k 5] [--key-file КІЛТ] [--keep-text] [--on ЖЖЖЖ-АА-КК] [--json] [--lang en|ru|kk]",
  "anonymise.description":
    "Әр ФАЙЛДЫҢ жазбаларын оқып, --on күні келісімі иесіздендірілген деректер жиынына рұқсат беретіндерін НӘТИЖЕ файлына JSON массиві ретінде жазады:\n" +
    "аты-жөні, кодтар және келісім блогы алынып тасталады, жазбаның идентификаторы мен сұхбат алушының коды кілтпен жасалған псевдонимдерге\n" +
    "ауыстырылады, жас, күндер, орын және басқа квазиидентификаторлар бірдей жазбалардың әр тобында кемінде k жазба болатындай ғана\n" +
    "жалпыландырылады (5 %-дан аспайтыны жасырылады), еркін мәтін алынып тасталады (немесе --keep-text болса, тазартылады).\n" +
    "Содан кейін есепті шығарады: k-ға қол жеткізілді ме, топтар, қайта сәйкестендіру қаупі, шығарылған жазбалар мен себептері, әр квазиидентификатордың деңгейі.",
  "anonymise.value.out": "НӘТИЖЕ",
  "anonymise.value.k": "K",
  "anonymise.value.key": "КІЛТ",
  "anonymise.option.out": "Берілетін жазбаларды осы файлға (JSON массиві) жазу. Міндетті; ол ФАЙЛДАРДЫҢ бірі бола алмайды.",
  "anonymise.option.k": "Берілетін әр топта кемінде K жазба болады (бүтін сан, 2 немесе одан көп). Әдепкі мәні: 5.",
  "anonymise.option.keyFile":
    "Псевдонимдердің құпия кілті: кемінде 12 кездейсоқ байттан немесе он алтылық цифрлардан (24 немесе одан көп) тұратын файл. Бір кілт бірдей псевдонимдер береді. Әдепкі мәні: $REDUMBRELLA_KEY (hex), ол болмаса — тек осы іске қосуға арналған кездейсоқ кілт.",
  "anonymise.option.keepText": "Еркін мәтіндегі жауаптарды алып тастамай, аты-жөндерден, нөмірлерден және мекенжайлардан тазартып қалдыру.",
  "anonymise.option.on": "Беру күні: келісім осы күнгі жағдай бойынша бағаланады. Әдепкі мәні: бүгін.",
  "anonymise.option.json": "Есепті мәтіннің орнына бір JSON объектісі ретінде шығару.",
  "anonymise.exitCodes":
    "Шығу кодтары: 0 — беру орындалды (ештеңе беру мүмкін болмаса да), 2 — командада немесе файлда қате (онда ештеңе жазылмайды).",
  "anonymise.privacy":
    "Жазбаның ешбір мазмұны шығарылмайды. Кілтті құпия әрі деректер жиынынан бөлек сақтаңыз: ол арқылы псевдонимдерді жазба идентификаторларымен байланыстыруға болады.",
  "anonymise.missingOut": "--out НӘТИЖЕ көрсетілмеген: берілетін жазбалар жазылатын файл.",
  "anonymise.badK": "«{value}» — жарамсыз k: бүтін санды көрсетіңіз, 2 немесе одан көп (мысалы, --k 5).",
  "anonymise.outIsInput": "{file}: НӘТИЖЕ кіріс файлымен бірдей; жазбалар жоғалмас үшін деректер жиынын басқа файлға жазыңыз.",
  "anonymise.keyTooShort": "{file}: кілтте {bytes} байт бар; кемінде 12 (96 бит) қажет.",
  "anonymise.envKeyBad": "REDUMBRELLA_KEY он алтылық цифрлардан тұруы керек, кемінде 24 (96 бит).",
  "anonymise.randomKey":
    "Кілт көрсетілмеген (--key-file немесе REDUMBRELLA_KEY): тек осы іске қосуға арналған кездейсоқ кілт қолданылды, сондықтан бұл псевдонимдер басқа ешбір деректер жиынымен сәйкес келмейді.",
  "anonymise.invalidRecords":
    "Қатесі бар жазбалар: {count}, олар берілмеді; себебін білу үшін ФАЙЛ үшін `redumbrella validate` іске қосыңыз.",
  "anonymise.written": "{file} файлына жазылған жазбалар: {count}.",
};

/** The sentences of `redumbrella anonymise`, in every language. */
export const ANONYMISE_COMMAND_MESSAGES: Messages<AnonymiseCommandMessageKey> = defineMessages<AnonymiseCommandMessageKey>({
  en: EN,
  ru: RU,
  kk: KK,
});
