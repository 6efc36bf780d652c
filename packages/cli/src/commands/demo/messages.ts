import { type Catalogue, defineMessages, type Messages } from "@redumbrella/questionnaire";

/** A key of the `demo` command's messages. */
export type DemoCommandMessageKey =
  | "demo.summary"
  | "demo.synopsis"
  | "demo.description"
  | "demo.value.dir"
  | "demo.option.out"
  | "demo.option.on"
  | "demo.help.privacy"
  | "demo.done.records"
  | "demo.done.consent"
  | "demo.done.findings"
  | "demo.done.release"
  | "demo.done.report"
  | "demo.done.open"
  | "demo.page.title"
  | "demo.page.intro"
  | "demo.page.records"
  | "demo.page.valid"
  | "demo.page.allowed"
  | "demo.page.flags"
  | "demo.page.undetermined"
  | "demo.page.released"
  | "demo.page.counted"
  | "demo.page.outputs"
  | "demo.page.report"
  | "demo.page.reportMd"
  | "demo.page.findings"
  | "demo.page.release"
  | "demo.page.releaseData"
  | "demo.page.consent"
  | "demo.page.validation"
  | "demo.page.refusals"
  | "demo.page.methodology"
  | "demo.page.approached"
  | "demo.page.interviewed"
  | "demo.page.refused"
  | "demo.page.refusalReason"
  | "demo.page.incidents"
  | "demo.page.incidentRespondents"
  | "demo.page.incidentCount"
  | "demo.page.complaints"
  | "demo.page.complainants"
  | "demo.page.fullTables"
  | "demo.page.notYet"
  | "demo.page.suppressed";

const EN: Catalogue<DemoCommandMessageKey> = {
  "demo.summary": "Run the whole toolkit on the bundled dataset: 60 synthetic interviews (record v2, with incidents) and 8 refusals.",
  "demo.synopsis": "redumbrella demo [FILE...] [--out DIR] [--on YYYY-MM-DD] [--lang en|ru|kk]",
  "demo.description":
    "Validates the records, decides every use under the consent policy, checks the charges and practices against the law,\n" +
    "releases an anonymised dataset (k = 5) and builds the report's tables, then writes everything to DIR with an index.html.\n" +
    "FILE defaults to the bundled dataset: 60 synthetic interviews and 8 refusals that resemble the 2015 study (no real person).",
  "demo.value.dir": "DIR",
  "demo.option.out": "Where to write the outputs. Defaults to demo-output.",
  "demo.option.on": "The day of every use and of validation. Defaults to today.",
  "demo.help.privacy":
    "The release is keyed with a random key used for this run only; the files hold record indices, codes and counts, and the release holds no direct identifier.",
  "demo.done.records": "{records} records read, {valid} valid.",
  "demo.done.consent": "Consent: {statistics} may be counted in statistics, {dataset} may be released in an anonymised dataset.",
  "demo.done.findings": "Legal check: {flag} findings flagged, {undetermined} undetermined (missing facts).",
  "demo.done.release": "Anonymised release: {released} records, every group at least k = {k}.",
  "demo.done.report": "Report: {counted} respondents counted; {issues} consistency warnings.",
  "demo.done.open": "Open {path}",
  "demo.page.title": "redumbrella — demo run",
  "demo.page.intro":
    "The toolkit on 60 synthetic interviews and 8 refusals to take part that resemble the 2015 study of the NGO “Amelia” (no real person).",
  "demo.page.records": "Records read",
  "demo.page.valid": "Valid records",
  "demo.page.allowed": "Records whose consent allows: {use}",
  "demo.page.flags": "Legal findings flagged",
  "demo.page.undetermined": "Undetermined legal questions",
  "demo.page.released": "Records in the anonymised release (k = {k})",
  "demo.page.counted": "Respondents counted in the report",
  "demo.page.outputs": "Outputs",
  "demo.page.report": "The report's tables (HTML, printable)",
  "demo.page.reportMd": "The report's tables (Markdown)",
  "demo.page.findings": "Legal findings per record",
  "demo.page.release": "Anonymised release: risk report",
  "demo.page.releaseData": "Anonymised release: the records",
  "demo.page.consent": "Consent decisions per record and use",
  "demo.page.validation": "Validation of each record",
  "demo.page.refusals": "Refusals to take part",
  "demo.page.methodology": "Who took part",
  "demo.page.approached": "Women approached",
  "demo.page.interviewed": "Interviewed",
  "demo.page.refused": "Refused to take part",
  "demo.page.refusalReason": "Refused: {reason}",
  "demo.page.incidents": "Incidents",
  "demo.page.incidentRespondents": "Respondents who told of at least one incident",
  "demo.page.incidentCount": "Incidents they told of",
  "demo.page.complaints": "Complaints",
  "demo.page.complainants": "Respondents who complained about an incident",
  "demo.page.fullTables": "Every table, by perpetrator, act, place, complaint and outcome, is in the report.",
  "demo.page.notYet": "Not yet provided by @redumbrella/report in this build.",
  "demo.page.suppressed": "hidden (small number)",
};

const RU: Catalogue<DemoCommandMessageKey> = {
  "demo.summary":
    "Прогнать весь набор инструментов на встроенных данных: 60 синтетических интервью (record v2, с инцидентами) и 8 отказов.",
  "demo.synopsis": "redumbrella demo [ФАЙЛ...] [--out ПАПКА] [--on ГГГГ-ММ-ДД] [--lang en|ru|kk]",
  "demo.description":
    "Проверяет записи, решает по политике согласия о каждом способе использования, проверяет обвинения и действия на соответствие закону,\n" +
    "готовит анонимизированный набор данных (k = 5) и строит таблицы отчёта, а затем записывает всё в ПАПКУ вместе с index.html.\n" +
    "ФАЙЛ по умолчанию — встроенный набор: 60 синтетических интервью и 8 отказов, похожих на исследование 2015 года (реальных людей в нём нет).",
  "demo.value.dir": "ПАПКА",
  "demo.option.out": "Куда записать результаты. По умолчанию demo-output.",
  "demo.option.on": "День использования и проверки данных. По умолчанию — сегодня.",
  "demo.help.privacy":
    "Псевдонимы строятся на случайном ключе только для этого запуска; в файлах — номера записей, коды и числа, в анонимизированном наборе нет прямых идентификаторов.",
  "demo.done.records": "Прочитано записей: {records}, из них корректных: {valid}.",
  "demo.done.consent": "Согласие: {statistics} можно учитывать в статистике, {dataset} можно передать в анонимизированном наборе.",
  "demo.done.findings": "Юридическая проверка: отмечено замечаний — {flag}, не определено (не хватает фактов) — {undetermined}.",
  "demo.done.release": "Анонимизированный набор: {released} записей, в каждой группе не меньше k = {k}.",
  "demo.done.report": "Отчёт: учтено респондентов(-ок) — {counted}; предупреждений о согласованности — {issues}.",
  "demo.done.open": "Откройте {path}",
  "demo.page.title": "redumbrella — демонстрационный запуск",
  "demo.page.intro":
    "Набор инструментов на 60 синтетических интервью и 8 отказах от участия, похожих на исследование НПО «Амелия» 2015 года (реальных людей нет).",
  "demo.page.records": "Прочитано записей",
  "demo.page.valid": "Корректных записей",
  "demo.page.allowed": "Записей, согласие которых разрешает: {use}",
  "demo.page.flags": "Отмеченных юридических замечаний",
  "demo.page.undetermined": "Не определённых юридических вопросов",
  "demo.page.released": "Записей в анонимизированном наборе (k = {k})",
  "demo.page.counted": "Респондентов(-ок) в отчёте",
  "demo.page.outputs": "Результаты",
  "demo.page.report": "Таблицы отчёта (HTML, для печати)",
  "demo.page.reportMd": "Таблицы отчёта (Markdown)",
  "demo.page.findings": "Юридические замечания по записям",
  "demo.page.release": "Анонимизированный набор: отчёт о рисках",
  "demo.page.releaseData": "Анонимизированный набор: записи",
  "demo.page.consent": "Решения о согласии по записям и способам использования",
  "demo.page.validation": "Проверка каждой записи",
  "demo.page.refusals": "Отказы от участия",
  "demo.page.methodology": "Кто участвовал",
  "demo.page.approached": "К скольким женщинам обратились",
  "demo.page.interviewed": "Опрошено",
  "demo.page.refused": "Отказались участвовать",
  "demo.page.refusalReason": "Отказ: {reason}",
  "demo.page.incidents": "Инциденты",
  "demo.page.incidentRespondents": "Респондентки, рассказавшие хотя бы об одном инциденте",
  "demo.page.incidentCount": "Инцидентов, о которых они рассказали",
  "demo.page.complaints": "Жалобы",
  "demo.page.complainants": "Респондентки, пожаловавшиеся на инцидент",
  "demo.page.fullTables": "Все таблицы — по виновным, действиям, местам, жалобам и их итогам — в отчёте.",
  "demo.page.notYet": "В этой сборке @redumbrella/report пока этого не даёт.",
  "demo.page.suppressed": "скрыто (малое число)",
};

const KK: Catalogue<DemoCommandMessageKey> = {
  "demo.summary":
    "Құралдар жинағын толығымен кірістірілген деректерде іске қосу: 60 синтетикалық сұхбат (record v2, оқиғалармен) және 8 бас тарту.",
  "demo.synopsis": "redumbrella demo [ФАЙЛ...] [--out ҚАЛТА] [--on ЖЖЖЖ-АА-КК] [--lang en|ru|kk]",
  "demo.description":
    "Жазбаларды тексереді, келісім саясаты бойынша әр пайдалану түрін шешеді, тағылған айыптар мен іс-әрекеттерді заңға сәйкестігіне тексереді,\n" +
    "иесіздендірілген деректер жиынын (k = 5) дайындап, есептің кестелерін құрады, содан кейін бәрін index.html бетімен бірге ҚАЛТАҒА жазады.\n" +
    "ФАЙЛ әдепкі бойынша — кірістірілген жиын: 2015 жылғы зерттеуге ұқсас 60 синтетикалық сұхбат және 8 бас тарту (нақты адамдар жоқ).",
  "demo.value.dir": "ҚАЛТА",
  "demo.option.out": "Нәтижелер жазылатын орын. Әдепкі мәні: demo-output.",
  "demo.option.on": "Әр пайдалану мен тексеру күні. Әдепкі мәні: бүгін.",
  "demo.help.privacy":
    "Псевдонимдер тек осы іске қосуға арналған кездейсоқ кілтпен жасалады; файлдарда жазбалардың нөмірлері, кодтар мен сандар ғана бар, иесіздендірілген жиында тікелей сәйкестендіргіштер жоқ.",
  "demo.done.records": "Оқылған жазбалар: {records}, оның ішінде қатесіздері: {valid}.",
  "demo.done.consent":
    "Келісім: {statistics} жазбаны статистикада ескеруге болады, {dataset} жазбаны иесіздендірілген жиында беруге болады.",
  "demo.done.findings": "Құқықтық тексеру: белгіленген ескертпелер — {flag}, анықталмағандары (фактілер жетпейді) — {undetermined}.",
  "demo.done.release": "Иесіздендірілген жиын: {released} жазба, әр топта кемінде k = {k}.",
  "demo.done.report": "Есеп: есепке алынған респонденттер — {counted}; үйлесімділік туралы ескерту — {issues}.",
  "demo.done.open": "Ашыңыз: {path}",
  "demo.page.title": "redumbrella — демонстрациялық іске қосу",
  "demo.page.intro":
    "«Амелия» ҮЕҰ-ның 2015 жылғы зерттеуіне ұқсас 60 синтетикалық сұхбат пен қатысудан 8 бас тартудағы құралдар жинағы (нақты адамдар жоқ).",
  "demo.page.records": "Оқылған жазбалар",
  "demo.page.valid": "Қатесіз жазбалар",
  "demo.page.allowed": "Келісімі рұқсат беретін жазбалар: {use}",
  "demo.page.flags": "Белгіленген құқықтық ескертпелер",
  "demo.page.undetermined": "Анықталмаған құқықтық мәселелер",
  "demo.page.released": "Иесіздендірілген жиындағы жазбалар (k = {k})",
  "demo.page.counted": "Есепке алынған респонденттер",
  "demo.page.outputs": "Нәтижелер",
  "demo.page.report": "Есептің кестелері (HTML, басып шығаруға)",
  "demo.page.reportMd": "Есептің кестелері (Markdown)",
  "demo.page.findings": "Жазбалар бойынша құқықтық ескертпелер",
  "demo.page.release": "Иесіздендірілген жиын: тәуекелдер туралы есеп",
  "demo.page.releaseData": "Иесіздендірілген жиын: жазбалар",
  "demo.page.consent": "Жазбалар мен пайдалану түрлері бойынша келісім туралы шешімдер",
  "demo.page.validation": "Әр жазбаны тексеру",
  "demo.page.refusals": "Қатысудан бас тартулар",
  "demo.page.methodology": "Кім қатысты",
  "demo.page.approached": "Қанша әйелге жүгінді",
  "demo.page.interviewed": "Сұхбат алынды",
  "demo.page.refused": "Қатысудан бас тартты",
  "demo.page.refusalReason": "Бас тарту: {reason}",
  "demo.page.incidents": "Оқиғалар",
  "demo.page.incidentRespondents": "Кемінде бір оқиға туралы айтқан респонденттер",
  "demo.page.incidentCount": "Олар айтқан оқиғалар",
  "demo.page.complaints": "Шағымдар",
  "demo.page.complainants": "Оқиға бойынша шағымданған респонденттер",
  "demo.page.fullTables": "Барлық кесте — кінәлілер, әрекеттер, орындар, шағымдар мен олардың нәтижелері бойынша — есепте.",
  "demo.page.notYet": "Бұл құрастырмада @redumbrella/report мұны әлі бермейді.",
  "demo.page.suppressed": "жасырылған (аз сан)",
};

/** The sentences of `redumbrella demo`, in every language. */
export const DEMO_COMMAND_MESSAGES: Messages<DemoCommandMessageKey> = defineMessages<DemoCommandMessageKey>({ en: EN, ru: RU, kk: KK });
