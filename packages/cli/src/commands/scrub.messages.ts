/**
 * The sentences of `redumbrella scrub`, to be merged into the CLI catalogues (`CLI_MESSAGES_EN`
 * and `CLI_MESSAGES_RU`). `{name}` is replaced by the param `name`.
 */
export const SCRUB_CLI_MESSAGES_EN = {
  "scrub.summary": "Remove personal data from free text: names, phones, IINs, emails, addresses, plates, document numbers, URLs.",
  "scrub.synopsis": "redumbrella scrub FILE [--json] [--lang en|ru]",
  "scrub.description":
    "Reads FILE as NDJSON, one {\"text\": …, \"lang\": \"ru\"|\"kk\"|\"en\"} object per line (lang may be left out; - reads standard input),\n" +
    "and writes each text with its personal data replaced by [NAME], [PHONE], [IIN], [EMAIL], [ADDRESS], [PLATE], [DOCNUM] or [URL],\n" +
    "one line per input line, in order. Without --json, a line break or backslash inside a text is written as \\n, \\r or \\\\,\n" +
    "so that each text stays on one line.",
  "scrub.argument": "FILE",
  "scrub.option.json": "Write NDJSON instead: {\"text\": scrubbed, \"entities\": [{\"start\", \"end\", \"type\"}]} per line, offsets into the original text.",
  "scrub.exitCodes": "Exit codes: 0 every line scrubbed, 1 some line could not be read (reported on stderr and left out of the output), 2 usage or file error.",
  "scrub.privacy": "Errors name the line and never quote it. Scrubbing is automatic: read the output before you share it.",
  "scrub.line.malformed": "{file}:{line}:{column}: not valid JSON ({problem}); the line is left out.",
  "scrub.line.notObject": "{file}:{line}: expected an object {\"text\": …}; the line is left out.",
  "scrub.line.noText": "{file}:{line}: \"text\" is missing or not a string; the line is left out.",
  "scrub.line.badLang": "{file}:{line}: \"lang\" must be \"ru\", \"kk\" or \"en\"; the line is left out.",
  "scrub.line.unknownField": "{file}:{line}: only \"text\" and \"lang\" are read, and this line has another field; it is left out, so that nothing leaves unscrubbed.",
} as const satisfies Readonly<Record<string, string>>;

/** A key of the scrub command's messages. */
export type ScrubCliMessageKey = keyof typeof SCRUB_CLI_MESSAGES_EN;

/** The sentences of `redumbrella scrub`, in Russian. */
export const SCRUB_CLI_MESSAGES_RU: { readonly [K in ScrubCliMessageKey]: string } = {
  "scrub.summary": "Убрать персональные данные из текста: имена, телефоны, ИИН, e-mail, адреса, номера машин и документов, ссылки.",
  "scrub.synopsis": "redumbrella scrub ФАЙЛ [--json] [--lang en|ru]",
  "scrub.description":
    "Читает ФАЙЛ в формате NDJSON, по объекту {\"text\": …, \"lang\": \"ru\"|\"kk\"|\"en\"} на строку (lang можно не указывать; - читает стандартный ввод),\n" +
    "и выводит каждый текст, заменив персональные данные на [NAME], [PHONE], [IIN], [EMAIL], [ADDRESS], [PLATE], [DOCNUM] или [URL],\n" +
    "по строке на каждую строку ввода, в том же порядке. Без --json перевод строки и обратная косая черта внутри текста выводятся как \\n, \\r и \\\\,\n" +
    "чтобы каждый текст оставался на одной строке.",
  "scrub.argument": "ФАЙЛ",
  "scrub.option.json": "Выводить NDJSON: {\"text\": очищенный текст, \"entities\": [{\"start\", \"end\", \"type\"}]} на строку, позиции — в исходном тексте.",
  "scrub.exitCodes": "Коды выхода: 0 — очищены все строки, 1 — какую-то строку не удалось прочитать (сообщение в stderr, в вывод она не попала), 2 — ошибка в команде или файле.",
  "scrub.privacy": "В сообщениях об ошибках указан номер строки, но не её текст. Очистка автоматическая: прочитайте результат, прежде чем передавать его.",
  "scrub.line.malformed": "{file}:{line}:{column}: это не JSON ({problem}); строка пропущена.",
  "scrub.line.notObject": "{file}:{line}: ожидался объект {\"text\": …}; строка пропущена.",
  "scrub.line.noText": "{file}:{line}: поля \"text\" нет или это не строка; строка пропущена.",
  "scrub.line.badLang": "{file}:{line}: \"lang\" должен быть \"ru\", \"kk\" или \"en\"; строка пропущена.",
  "scrub.line.unknownField": "{file}:{line}: читаются только \"text\" и \"lang\", а в строке есть другое поле; строка пропущена, чтобы ничего не ушло неочищенным.",
};

/** The messages of `redumbrella scrub`, by locale. */
export const SCRUB_CLI_MESSAGES = { en: SCRUB_CLI_MESSAGES_EN, ru: SCRUB_CLI_MESSAGES_RU } as const;
