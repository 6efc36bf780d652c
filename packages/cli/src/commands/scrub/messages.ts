import { type Catalogue, defineMessages, type Messages } from "@redumbrella/questionnaire";

/** A key of the `scrub` command's messages. */
export type ScrubCommandMessageKey =
  | "scrub.summary"
  | "scrub.synopsis"
  | "scrub.description"
  | "scrub.option.json"
  | "scrub.exitCodes"
  | "scrub.privacy"
  | "scrub.line.malformed"
  | "scrub.line.notObject"
  | "scrub.line.noText"
  | "scrub.line.badLang"
  | "scrub.line.unknownField"
  | "scrub.nothing";

const EN: Catalogue<ScrubCommandMessageKey> = {
  "scrub.summary": "Remove personal data from free text: names, phones, IINs, emails, addresses, plates, document numbers, URLs.",
  "scrub.synopsis": "redumbrella scrub FILE... [--json] [--lang en|ru|kk]",
  "scrub.description":
    'Reads each FILE as NDJSON, one {"text": …, "lang": "ru"|"kk"|"en"} object per line (lang may be left out; - reads standard input; a JSON array of such objects is read too),\n' +
    "and writes each text with its personal data replaced by [NAME], [PHONE], [IIN], [EMAIL], [ADDRESS], [PLATE], [DOCNUM] or [URL],\n" +
    "one line per input line, in order. Without --json, a line break or backslash inside a text is written as \\n, \\r or \\\\,\n" +
    "so that each text stays on one line.",
  "scrub.option.json":
    'Write NDJSON instead: {"text": scrubbed, "entities": [{"start", "end", "type"}]} per line, offsets into the original text.',
  "scrub.exitCodes":
    "Exit codes: 0 every line scrubbed, 1 some line could not be read (reported on stderr and left out of the output), 2 usage or file error.",
  "scrub.privacy": "Errors name the line and never quote it. Scrubbing is automatic: read the output before you share it.",
  "scrub.line.malformed": "{file}:{line}:{column}: not valid JSON ({problem}); the line is left out.",
  "scrub.line.notObject": '{place}: expected an object {"text": …}; the line is left out.',
  "scrub.line.noText": '{place}: "text" is missing or not a string; the line is left out.',
  "scrub.line.badLang": '{place}: "lang" must be "ru", "kk" or "en"; the line is left out.',
  "scrub.line.unknownField":
    '{place}: only "text" and "lang" are read, and this line has another field; it is left out, so that nothing leaves unscrubbed.',
  "scrub.nothing": "{file}: the file is empty: there was nothing to scrub.",
};

const RU: Catalogue<ScrubCommandMessageKey> = {
  "scrub.summary": "Убрать персональные данные из текста: имена, телефоны, ИИН, e-mail, адреса, номера машин и документов, ссылки.",
  "scrub.synopsis": "redumbrella scrub ФАЙЛ... [--json] [--lang en|ru|kk]",
  "scrub.description":
    'Читает каждый ФАЙЛ в формате NDJSON, по объекту {"text": …, "lang": "ru"|"kk"|"en"} на строку (lang можно не указывать; - читает стандартный ввод; массив JSON из таких объектов тоже читается),\n' +
    "и выводит каждый текст, заменив персональные данные на [NAME], [PHONE], [IIN], [EMAIL], [ADDRESS], [PLATE], [DOCNUM] или [URL],\n" +
    "по строке на каждую строку ввода, в том же порядке. Без --json перевод строки и обратная косая черта внутри текста выводятся как \\n, \\r и \\\\,\n" +
    "чтобы каждый текст оставался на одной строке.",
  "scrub.option.json":
    'Выводить NDJSON: {"text": очищенный текст, "entities": [{"start", "end", "type"}]} на строку, позиции — в исходном тексте.',
  "scrub.exitCodes":
    "Коды выхода: 0 — очищены все строки, 1 — какую-то строку не удалось прочитать (сообщение в stderr, в вывод она не попала), 2 — ошибка в команде или файле.",
  "scrub.privacy":
    "В сообщениях об ошибках указан номер строки, но не её текст. Очистка автоматическая: прочитайте результат, прежде чем передавать его.",
  "scrub.line.malformed": "{file}:{line}:{column}: это не JSON ({problem}); строка пропущена.",
  "scrub.line.notObject": '{place}: ожидался объект {"text": …}; строка пропущена.',
  "scrub.line.noText": '{place}: поля "text" нет или это не строка; строка пропущена.',
  "scrub.line.badLang": '{place}: "lang" должен быть "ru", "kk" или "en"; строка пропущена.',
  "scrub.line.unknownField":
    '{place}: читаются только "text" и "lang", а в строке есть другое поле; строка пропущена, чтобы ничего не ушло неочищенным.',
  "scrub.nothing": "{file}: файл пуст, очищать было нечего.",
};

const KK: Catalogue<ScrubCommandMessageKey> = {
  "scrub.summary":
    "Еркін мәтіннен дербес деректерді алып тастау: аты-жөндер, телефондар, ЖСН, e-mail, мекенжайлар, көлік және құжат нөмірлері, сілтемелер.",
  "scrub.synopsis": "redumbrella scrub ФАЙЛ... [--json] [--lang en|ru|kk]",
  "scrub.description":
    'Әр ФАЙЛДЫ NDJSON ретінде оқиды, әр жолда бір {"text": …, "lang": "ru"|"kk"|"en"} объектісі (lang көрсетілмеуі мүмкін; - стандартты енгізуді оқиды; осындай объектілердің JSON массиві де оқылады),\n' +
    "және әр мәтінді дербес деректерін [NAME], [PHONE], [IIN], [EMAIL], [ADDRESS], [PLATE], [DOCNUM] немесе [URL] белгілерімен ауыстырып,\n" +
    "әр кіріс жолына бір жолдан, сол ретпен шығарады. --json болмаса, мәтін ішіндегі жол ауысуы мен кері қиғаш сызық \\n, \\r және \\\\ түрінде жазылады,\n" +
    "сонда әр мәтін бір жолда қалады.",
  "scrub.option.json":
    'Оның орнына NDJSON шығару: әр жолда {"text": тазартылған мәтін, "entities": [{"start", "end", "type"}]}, орындары бастапқы мәтін бойынша.',
  "scrub.exitCodes":
    "Шығу кодтары: 0 — барлық жол тазартылды, 1 — қандай да бір жолды оқу мүмкін болмады (stderr-де хабарланды, нәтижеге енгізілмеді), 2 — командада немесе файлда қате.",
  "scrub.privacy":
    "Қате туралы хабарламаларда жолдың нөмірі ғана көрсетіледі, мәтіні келтірілмейді. Тазарту автоматты түрде жүреді: нәтижені басқаларға бермес бұрын оқып шығыңыз.",
  "scrub.line.malformed": "{file}:{line}:{column}: бұл JSON емес ({problem}); жол өткізіп жіберілді.",
  "scrub.line.notObject": '{place}: {"text": …} объектісі күтілген еді; жол өткізіп жіберілді.',
  "scrub.line.noText": '{place}: "text" өрісі жоқ немесе ол жол емес; жол өткізіп жіберілді.',
  "scrub.line.badLang": '{place}: "lang" мәні "ru", "kk" немесе "en" болуы керек; жол өткізіп жіберілді.',
  "scrub.line.unknownField":
    '{place}: тек "text" пен "lang" оқылады, ал бұл жолда басқа өріс бар; ештеңе тазартылмай кетпеуі үшін жол өткізіп жіберілді.',
  "scrub.nothing": "{file}: файл бос, тазартатын ештеңе болмады.",
};

/** The sentences of `redumbrella scrub`, in every language. */
export const SCRUB_COMMAND_MESSAGES: Messages<ScrubCommandMessageKey> = defineMessages<ScrubCommandMessageKey>({ en: EN, ru: RU, kk: KK });
