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
  | "anonymise.option.force"
  | "anonymise.option.ledger"
  | "anonymise.value.ledger"
  | "anonymise.badLedger"
  | "anonymise.keyRules"
  | "anonymise.key.notFile"
  | "anonymise.key.tooLarge"
  | "anonymise.key.tooShort"
  | "anonymise.key.oneByte"
  | "anonymise.key.repeats"
  | "anonymise.key.fewDistinct"
  | "anonymise.key.words"
  | "anonymise.key.readHex"
  | "anonymise.key.readRaw"
  | "anonymise.key.shared"
  | "anonymise.envKeyBad"
  | "anonymise.randomKey"
  | "anonymise.invalidRecords"
  | "anonymise.written";

const EN: Catalogue<AnonymiseCommandMessageKey> = {
  "anonymise.summary": "Release a de-identified, k-anonymous copy of the records whose consent allows it.",
  "anonymise.synopsis":
    "redumbrella anonymise FILE... --out OUT [--force] [--k 5] [--key-file KEY] [--keep-text] [--on YYYY-MM-DD] [--json] [--lang en|ru|kk]",
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
  "anonymise.envKeyBad": "REDUMBRELLA_KEY must be hex digits, at least 24 of them (96 bits).",
  "anonymise.randomKey":
    "No key given (--key-file or REDUMBRELLA_KEY): a random key was used for this run only, so these pseudonyms match no other release.",
  "anonymise.invalidRecords": "{count} records are not valid and were not released; run `redumbrella validate` on FILE to see why.",
  "anonymise.written": "{count} records written to {file}.",
  "anonymise.option.force": "Replace OUT if it exists. Without it, an existing OUT is left as it is and nothing is written.",
  "anonymise.option.ledger":
    "The release ledger: a JSON file of the generalisation levels of every earlier release under this key (never data). This release is made at least as coarse, so releases joined on their pseudonyms never narrow a group, and the pseudonyms stay the same; the file is created on the first release and updated after each. Without it, pseudonyms are new in every release.",
  "anonymise.value.ledger": "LEDGER",
  "anonymise.badLedger": "{file} is not a release ledger (not JSON): nothing was released.",
  "anonymise.keyRules":
    "KEY is a regular file of at most 4 KiB, read as hex when it holds only hex digits (whitespace around them ignored), else as raw bytes.\n" +
    "A key is refused when it has fewer than 12 bytes, is one byte or a shorter pattern repeated, has fewer than 12 different byte values\n" +
    "(raw; 8 when hex), or is only words (letters and spaces) of fewer than 48 letters: a random key passes every test. Make one with\n" +
    "`openssl rand -hex 32 > KEY` and keep it private (chmod 600).",
  "anonymise.key.notFile": "{file}: not a regular file (a FIFO, a device or a directory); give the file that holds the key.",
  "anonymise.key.tooLarge": "{file}: more than 4 KiB, so not a key file; a key is 12 to 64 random bytes, or their hex digits.",
  "anonymise.key.tooShort": "{file}: the key has {bytes} bytes; at least 12 (96 bits) are needed.",
  "anonymise.key.oneByte": "{file}: the key is one byte repeated, so it holds no secret; make one with `openssl rand -hex 32`.",
  "anonymise.key.repeats":
    "{file}: the key repeats a shorter pattern, so it is far weaker than its {bytes} bytes; make one with `openssl rand -hex 32`.",
  "anonymise.key.fewDistinct":
    "{file}: the key has only {distinct} different byte values in {bytes} bytes, which a random key almost never has; make one with `openssl rand -hex 32`.",
  "anonymise.key.words":
    "{file}: the key is words, a passphrase rather than a random key, and too short to hold 96 bits; make one with `openssl rand -hex 32`.",
  "anonymise.key.readHex": "{file}: key read as hex digits ({bytes} bytes).",
  "anonymise.key.readRaw": "{file}: key read as raw bytes ({bytes} bytes), since it is not only hex digits.",
  "anonymise.key.shared": "Warning: {file} can be read by other users (mode {mode}); make it private with `chmod 600`.",
};

const RU: Catalogue<AnonymiseCommandMessageKey> = {
  "anonymise.summary": "Выдать обезличенную k-анонимную копию записей, согласие которых это позволяет.",
  "anonymise.synopsis":
    "redumbrella anonymise ФАЙЛ... --out ВЫХОД [--force] [--k 5] [--key-file КЛЮЧ] [--keep-text] [--on ГГГГ-ММ-ДД] [--json] [--lang en|ru|kk]",
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
  "anonymise.envKeyBad": "REDUMBRELLA_KEY должен состоять из шестнадцатеричных цифр, не меньше 24 (96 бит).",
  "anonymise.randomKey":
    "Ключ не указан (--key-file или REDUMBRELLA_KEY): использован случайный ключ только на этот запуск, поэтому псевдонимы не совпадут ни с одной другой выборкой.",
  "anonymise.invalidRecords":
    "Записей с ошибками: {count}, они не выданы; чтобы узнать причины, запустите `redumbrella validate` для ФАЙЛА.",
  "anonymise.written": "Записано записей в {file}: {count}.",
  "anonymise.option.force":
    "Заменить ВЫХОД, если он существует. Без этого параметра существующий ВЫХОД остаётся как есть и ничего не записывается.",
  "anonymise.option.ledger":
    "Журнал выпусков: JSON-файл с уровнями обобщения всех прежних выпусков под этим ключом (никаких данных). Этот выпуск делается не менее грубым, поэтому выпуски, соединённые по псевдонимам, никогда не сужают группу, а псевдонимы остаются прежними; файл создаётся при первом выпуске и обновляется после каждого. Без него псевдонимы новые в каждом выпуске.",
  "anonymise.value.ledger": "ЖУРНАЛ",
  "anonymise.badLedger": "{file} — не журнал выпусков (не JSON): ничего не выпущено.",
  "anonymise.keyRules":
    "КЛЮЧ — обычный файл не больше 4 КиБ; он читается как hex, если в нём только шестнадцатеричные цифры (пробелы вокруг не учитываются), иначе как байты.\n" +
    "Ключ отклоняется, если в нём меньше 12 байтов, если это повтор одного байта или короткого фрагмента, если в нём меньше 12 разных значений байтов\n" +
    "(для hex — 8) или если это только слова (буквы и пробелы) короче 48 букв: случайный ключ проходит все проверки. Создать ключ:\n" +
    "`openssl rand -hex 32 > КЛЮЧ`; храните его закрытым (chmod 600).",
  "anonymise.key.notFile": "{file}: это не обычный файл (FIFO, устройство или папка); укажите файл, в котором хранится ключ.",
  "anonymise.key.tooLarge":
    "{file}: больше 4 КиБ, значит, это не файл ключа; ключ — это от 12 до 64 случайных байтов или их шестнадцатеричные цифры.",
  "anonymise.key.tooShort": "{file}: в ключе {bytes} байтов; нужно не меньше 12 (96 бит).",
  "anonymise.key.oneByte":
    "{file}: ключ — один и тот же байт, повторённый много раз, в нём нет секрета; создайте ключ командой `openssl rand -hex 32`.",
  "anonymise.key.repeats":
    "{file}: ключ повторяет короткий фрагмент и потому намного слабее своих {bytes} байтов; создайте ключ командой `openssl rand -hex 32`.",
  "anonymise.key.fewDistinct":
    "{file}: в ключе всего {distinct} разных значений байтов на {bytes} байтов, чего у случайного ключа почти не бывает; создайте ключ командой `openssl rand -hex 32`.",
  "anonymise.key.words":
    "{file}: ключ состоит из слов — это пароль-фраза, а не случайный ключ, и она слишком коротка для 96 бит; создайте ключ командой `openssl rand -hex 32`.",
  "anonymise.key.readHex": "{file}: ключ прочитан как шестнадцатеричные цифры ({bytes} байтов).",
  "anonymise.key.readRaw": "{file}: ключ прочитан как байты ({bytes} байтов), так как в нём не только шестнадцатеричные цифры.",
  "anonymise.key.shared": "Внимание: {file} могут читать другие пользователи (права {mode}); закройте доступ командой `chmod 600`.",
};

const KK: Catalogue<AnonymiseCommandMessageKey> = {
  "anonymise.summary": "Келісімі рұқсат беретін жазбалардың иесіздендірілген, k-анонимді көшірмесін беру.",
  "anonymise.synopsis":
    "redumbrella anonymise ФАЙЛ... --out НӘТИЖЕ [--force] [--k 5] [--key-file КІЛТ] [--keep-text] [--on ЖЖЖЖ-АА-КК] [--json] [--lang en|ru|kk]",
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
  "anonymise.envKeyBad": "REDUMBRELLA_KEY он алтылық цифрлардан тұруы керек, кемінде 24 (96 бит).",
  "anonymise.randomKey":
    "Кілт көрсетілмеген (--key-file немесе REDUMBRELLA_KEY): тек осы іске қосуға арналған кездейсоқ кілт қолданылды, сондықтан бұл псевдонимдер басқа ешбір деректер жиынымен сәйкес келмейді.",
  "anonymise.invalidRecords":
    "Қатесі бар жазбалар: {count}, олар берілмеді; себебін білу үшін ФАЙЛ үшін `redumbrella validate` іске қосыңыз.",
  "anonymise.written": "{file} файлына жазылған жазбалар: {count}.",
  "anonymise.option.force": "НӘТИЖЕ бар болса, оны ауыстыру. Бұл параметрсіз бар НӘТИЖЕ өзгертілмейді және ештеңе жазылмайды.",
  "anonymise.option.ledger":
    "Шығарылымдар журналы: осы кілтпен жасалған бұрынғы барлық шығарылымның жалпылау деңгейлері жазылған JSON файлы (деректер емес). Бұл шығарылым кем дегенде солардай дөрекі жасалады, сондықтан бүркеншік аттары бойынша біріктірілген шығарылымдар топты ешқашан тарылтпайды, ал бүркеншік аттар өзгермейді; файл алғашқы шығарылымда жасалып, әр шығарылымнан кейін жаңартылады. Онсыз бүркеншік аттар әр шығарылымда жаңа болады.",
  "anonymise.value.ledger": "ЖУРНАЛ",
  "anonymise.badLedger": "{file} — шығарылымдар журналы емес (JSON емес): ештеңе шығарылмады.",
  "anonymise.keyRules":
    "КІЛТ — көлемі 4 КиБ-тан аспайтын кәдімгі файл; онда тек он алтылық цифрлар болса (айналасындағы бос орындар ескерілмейді), hex ретінде, әйтпесе байттар ретінде оқылады.\n" +
    "Кілт қабылданбайды, егер онда 12 байттан аз болса, бір байт немесе қысқа үзінді қайталанса, байттардың әртүрлі мәндері 12-ден аз болса\n" +
    "(hex үшін — 8) немесе ол 48 әріптен қысқа сөздерден (әріптер мен бос орындардан) ғана тұрса: кездейсоқ кілт барлық тексеруден өтеді. Кілт жасау:\n" +
    "`openssl rand -hex 32 > КІЛТ`; оны жабық ұстаңыз (chmod 600).",
  "anonymise.key.notFile": "{file}: кәдімгі файл емес (FIFO, құрылғы немесе қалта); кілт сақталған файлды көрсетіңіз.",
  "anonymise.key.tooLarge":
    "{file}: 4 КиБ-тан үлкен, демек бұл кілт файлы емес; кілт — 12-ден 64-ке дейінгі кездейсоқ байт немесе олардың он алтылық цифрлары.",
  "anonymise.key.tooShort": "{file}: кілтте {bytes} байт бар; кемінде 12 (96 бит) қажет.",
  "anonymise.key.oneByte":
    "{file}: кілт бір байттың қайталануынан тұрады, онда құпия жоқ; кілтті `openssl rand -hex 32` командасымен жасаңыз.",
  "anonymise.key.repeats":
    "{file}: кілт қысқа үзіндіні қайталайды, сондықтан ол өзінің {bytes} байтынан әлдеқайда әлсіз; кілтті `openssl rand -hex 32` командасымен жасаңыз.",
  "anonymise.key.fewDistinct":
    "{file}: кілттің {bytes} байтында байттардың тек {distinct} әртүрлі мәні бар, кездейсоқ кілтте бұлай болмайды дерлік; кілтті `openssl rand -hex 32` командасымен жасаңыз.",
  "anonymise.key.words":
    "{file}: кілт сөздерден тұрады — бұл кездейсоқ кілт емес, құпия сөз тіркесі, әрі 96 бит үшін тым қысқа; кілтті `openssl rand -hex 32` командасымен жасаңыз.",
  "anonymise.key.readHex": "{file}: кілт он алтылық цифрлар ретінде оқылды ({bytes} байт).",
  "anonymise.key.readRaw": "{file}: кілт байттар ретінде оқылды ({bytes} байт), өйткені онда тек он алтылық цифрлар емес.",
  "anonymise.key.shared":
    "Назар аударыңыз: {file} файлын басқа пайдаланушылар оқи алады (рұқсаттары {mode}); оны `chmod 600` командасымен жабыңыз.",
};

/** The sentences of `redumbrella anonymise`, in every language. */
export const ANONYMISE_COMMAND_MESSAGES: Messages<AnonymiseCommandMessageKey> = defineMessages<AnonymiseCommandMessageKey>({
  en: EN,
  ru: RU,
  kk: KK,
});
