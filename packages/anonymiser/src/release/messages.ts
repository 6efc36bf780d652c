import { type Catalogue, defineMessages, type Messages } from "@redumbrella/questionnaire";
import type { AnonymiseIssueCode } from "./errors.js";
import type { LevelName } from "./hierarchies.js";
import type { ReleaseWarning } from "./report.js";

/** A line of the release report (`report.<line>` in the catalogues). */
type ReportLine =
  | "title"
  | "reached"
  | "notReached"
  | "records"
  | "excluded"
  | "excludedNone"
  | "reason"
  | "classes"
  | "risk"
  | "loss"
  | "lDiversity"
  | "textDropped"
  | "textScrubbed"
  | "textWithheld"
  | "search"
  | "levels"
  | "level"
  | "levelUnlabelled"
  | "generalised"
  | "notAllTrue"
  | "notAllTrueOff"
  | "diversity"
  | "diversityUniform"
  | "percent"
  | "section.police"
  | "section.medical"
  | "section.charges";

/**
 * A key of the release messages: a line of the report, the name of a hierarchy level, or an issue
 * with `anonymise`'s arguments — a new level or issue code does not compile until every language names it.
 */
export type ReleaseMessageKey = `report.${ReportLine}` | `level.${LevelName}` | `issue.${AnonymiseIssueCode}` | `warning.${ReleaseWarning}`;

/** English, for the coordinator who publishes the release. */
const EN: Catalogue<ReleaseMessageKey> = {
  "report.title": "Anonymised release: k = {k}, at most {maxSuppression} of the consented records suppressed.",
  "report.reached":
    "k-anonymity reached: every released group of identical quasi-identifiers has at least {k} records (the smallest has {smallest}).",
  "report.notReached":
    "k-anonymity not reached: no generalisation gives {k} records per group within the suppression limit; nothing is released.",
  "report.records": "Records: {input} read, {consented} consented to an anonymised dataset, {released} released, {suppressed} suppressed.",
  "report.excluded": "Excluded by consent: {total} ({reasons}).",
  "report.excludedNone": "Excluded by consent: none.",
  "report.reason": "{code} {count}",
  "report.classes": "Groups: {classes}, the smallest of {smallest} records, {average} records on average.",
  "report.risk": "Prosecutor re-identification risk: at most {max}, on average {average}.",
  "report.loss": "Information loss: {loss} (mean generalisation height; a suppressed record counts as fully generalised).",
  "report.lDiversity": "Distinct ℓ-diversity: at least {l} different answers per group in {fields}.",
  "report.textDropped": "Free text: dropped.",
  "report.textScrubbed": "Free text: scrubbed of names, numbers and addresses.",
  "report.textWithheld": "Free text: scrubbed; {count} texts withheld because an identifier of their record survived scrubbing.",
  "report.search": "Search: {checked} of {nodes} generalisations evaluated.",
  "report.levels": "Generalisation of each quasi-identifier and police-held fact:",
  "report.level": "  {label} ({path}): {name}, level {level} of {height}",
  "report.levelUnlabelled": "  {path}: {name}, level {level} of {height}",
  "report.section.police": "Complaints to the police or the prosecutor (whether, accepted, prosecuted)",
  "report.section.medical": "Complaints about medical staff (whether, accepted, prosecuted)",
  "report.section.charges": "Charges (the legal annex)",
  "report.generalised":
    "Generalised: {generalised} of {dimensions} dimensions coarser than as answered, {suppressedDimensions} of them * for every record; {suppressed} records suppressed ({share}).",
  "report.notAllTrue": "Sensitive answers: no released group answers “yes” as a whole (ℓ = fewest different answers in a group):",
  "report.notAllTrueOff":
    "Sensitive answers: the check that no group answers “yes” as a whole was turned off (ℓ = fewest different answers in a group):",
  "report.diversity": "  {label} ({path}): ℓ = {l}; no group answers only “yes”.",
  "report.diversityUniform": "  {label} ({path}): ℓ = {l}; a group answers only “yes”.",
  "report.percent": "{n}%",

  "level.value": "as answered",
  "level.pseudonym": "pseudonym",
  "level.month": "month",
  "level.quarter": "quarter",
  "level.year": "year",
  "level.band5": "5-year band",
  "level.band10": "10-year band",
  "level.rareAsOther": "rare answers as “other”",
  "level.band": "broader band",
  "level.region": "region only",
  "level.banded": "in bands (times, hours, amounts), the rest as answered",
  "level.present": "only whether there was one",
  "level.summary": "summary (code, article number, offence, role, place, penalty kind, month)",
  "level.count": "only how many",
  "level.suppressed": "suppressed (*)",

  "issue.NOT_AN_ARRAY": "The records must be an array.",
  "issue.KEY_NOT_BYTES": "The key must be a Uint8Array or an ArrayBuffer of secret random bytes.",
  "issue.KEY_TOO_SHORT": "The key has {bytes} bytes; at least {minimum} (96 bits) are needed.",
  "issue.INVALID_DATE": "{option} must be a calendar date YYYY-MM-DD.",
  "issue.INVALID_K": "k must be a whole number of at least 2.",
  "issue.INVALID_MAX_SUPPRESSION": "maxSuppression must be a number from 0 to 1.",
  "issue.INVALID_L": "lDiversity.l must be a whole number of at least 2.",
  "issue.NO_SENSITIVE_FIELDS": "lDiversity.fields must name at least one sensitive field.",
  "issue.NOT_SENSITIVE":
    "{field} is not a sensitive field of the questionnaire (HIV status, injecting drugs, opioid substitution therapy, criminal record).",
  "issue.INVALID_KEEP_TEXT": "keepText must be true or false.",
  "issue.INVALID_LEDGER": "The ledger is not a release ledger of this version: {field} is missing or wrong.",
  "issue.LEDGER_OTHER_KEY": "The ledger was kept under another key: a release under it would not link, nor be held to its levels.",
  "issue.AS_OF_BEFORE_WITHDRAWAL":
    "asOf {asOf} is before a withdrawal of consent recorded in the records took effect (records: {count}; the latest on {latest}): a release never revives a withdrawal. Release as of {latest} or later.",
  "issue.CRYPTO_UNAVAILABLE": "WebCrypto (globalThis.crypto.subtle) is not available: pseudonyms cannot be computed here.",
  "warning.UNLINKED_RELEASE":
    "Warning: no ledger — pseudonyms hold for this release only. Never combine releases of overlapping data: joined on their other answers, they single out respondents.",
  "warning.COARSER_THAN_LEDGER":
    "Warning: coarser than an earlier release on some dimension — a reader who holds both can tell the records new in this release from those released before.",
};

const RU: Catalogue<ReleaseMessageKey> = {
  "report.title": "Обезличенная выборка: k = {k}, скрыто не более {maxSuppression} записей с согласием.",
  "report.reached":
    "k-анонимность достигнута: в каждой выданной группе с одинаковыми квазиидентификаторами не меньше {k} записей (в самой маленькой — {smallest}).",
  "report.notReached":
    "k-анонимность не достигнута: никакое обобщение не даёт {k} записей в группе в пределах допустимого скрытия; ничего не выдано.",
  "report.records": "Записи: прочитано {input}, с согласием на обезличенную выборку {consented}, выдано {released}, скрыто {suppressed}.",
  "report.excluded": "Исключено по согласию: {total} ({reasons}).",
  "report.excludedNone": "Исключено по согласию: ни одной.",
  "report.reason": "{code} — записей: {count}",
  "report.classes": "Групп: {classes}, в самой маленькой {smallest} записей, в среднем {average}.",
  "report.risk": "Риск повторной идентификации (модель «прокурора»): не более {max}, в среднем {average}.",
  "report.loss": "Потеря информации: {loss} (средняя высота обобщения; скрытая запись считается обобщённой полностью).",
  "report.lDiversity": "Различное ℓ-разнообразие: не меньше {l} разных ответов в группе по полям {fields}.",
  "report.textDropped": "Свободный текст: удалён.",
  "report.textScrubbed": "Свободный текст: очищен от имён, номеров и адресов.",
  "report.textWithheld": "Свободный текст: очищен; {count} текстов не выданы, так как в них остался идентификатор их записи.",
  "report.search": "Поиск: проверено {checked} обобщений из {nodes}.",
  "report.levels": "Обобщение каждого квазиидентификатора и каждого факта из полицейских записей:",
  "report.level": "  {label} ({path}): {name}, уровень {level} из {height}",
  "report.levelUnlabelled": "  {path}: {name}, уровень {level} из {height}",
  "report.section.police": "Жалобы в полицию или прокуратуру (подавались ли, приняты ли, наказан ли виновный)",
  "report.section.medical": "Жалобы на медицинский персонал (подавались ли, приняты ли, наказан ли виновный)",
  "report.section.charges": "Обвинения (юридическое приложение)",
  "report.generalised":
    "Обобщено: {generalised} из {dimensions} измерений грубее, чем в ответах, из них {suppressedDimensions} — * у всех записей; скрыто записей: {suppressed} ({share}).",
  "report.notAllTrue":
    "Чувствительные ответы: ни в одной выданной группе все не ответили «да» (ℓ — наименьшее число разных ответов в группе):",
  "report.notAllTrueOff":
    "Чувствительные ответы: проверка, что группа не отвечает «да» целиком, отключена (ℓ — наименьшее число разных ответов в группе):",
  "report.diversity": "  {label} ({path}): ℓ = {l}; ни одна группа не отвечает только «да».",
  "report.diversityUniform": "  {label} ({path}): ℓ = {l}; есть группа, где отвечают только «да».",
  // Russian typography puts a no-break space before the percent sign (as Intl does).
  "report.percent": "{n}\u00a0%",

  "level.value": "как ответили",
  "level.pseudonym": "псевдоним",
  "level.month": "месяц",
  "level.quarter": "квартал",
  "level.year": "год",
  "level.band5": "интервал 5 лет",
  "level.band10": "интервал 10 лет",
  "level.rareAsOther": "редкие ответы как «другое»",
  "level.band": "более широкая группа",
  "level.region": "только область",
  "level.banded": "интервалами (разы, часы, суммы), остальное как ответили",
  "level.present": "только было ли",
  "level.summary": "сводка (кодекс, номер статьи, правонарушение, роль, место, вид наказания, месяц)",
  "level.count": "только сколько",
  "level.suppressed": "скрыто (*)",

  "issue.NOT_AN_ARRAY": "Записи должны быть массивом.",
  "issue.KEY_NOT_BYTES": "Ключ должен быть Uint8Array или ArrayBuffer из секретных случайных байтов.",
  "issue.KEY_TOO_SHORT": "В ключе {bytes} байтов; нужно не меньше {minimum} (96 бит).",
  "issue.INVALID_DATE": "{option} должна быть календарной датой ГГГГ-ММ-ДД.",
  "issue.INVALID_K": "k должно быть целым числом не меньше 2.",
  "issue.INVALID_MAX_SUPPRESSION": "maxSuppression должно быть числом от 0 до 1.",
  "issue.INVALID_L": "lDiversity.l должно быть целым числом не меньше 2.",
  "issue.NO_SENSITIVE_FIELDS": "В lDiversity.fields должно быть хотя бы одно чувствительное поле.",
  "issue.NOT_SENSITIVE":
    "{field} — не чувствительное поле анкеты (ВИЧ-статус, употребление инъекционных наркотиков, опиоидная заместительная терапия, судимость).",
  "issue.INVALID_KEEP_TEXT": "keepText должно быть true или false.",
  "issue.INVALID_LEDGER": "Журнал выдач не того формата или версии: {field} отсутствует или неверно.",
  "issue.LEDGER_OTHER_KEY": "Журнал выдач вёлся с другим ключом: выдача по нему не связалась бы с прежними и не соблюла бы их уровни.",
  "issue.AS_OF_BEFORE_WITHDRAWAL":
    "Дата asOf {asOf} раньше, чем вступил в силу отзыв согласия, записанный в записях (записей: {count}; последний — {latest}): выдача никогда не возвращает отозванное согласие. Выдавайте на {latest} или позже.",
  "issue.CRYPTO_UNAVAILABLE": "WebCrypto (globalThis.crypto.subtle) недоступен: псевдонимы здесь вычислить нельзя.",
  "warning.UNLINKED_RELEASE":
    "Внимание: без журнала выдач псевдонимы действуют только в этой выдаче. Никогда не объединяйте выдачи пересекающихся данных: соединённые по остальным ответам, они выделяют респонденток.",
  "warning.COARSER_THAN_LEDGER":
    "Внимание: по некоторому измерению выдача грубее прежней — тот, у кого есть обе, может отличить записи, впервые выданные сейчас, от выданных раньше.",
};

// "Иесіздендіру" is the term of the Law on personal data and their protection for обезличивание.
const KK: Catalogue<ReleaseMessageKey> = {
  "report.title": "Иесіздендірілген деректер жиынтығы: k = {k}, келісімі бар жазбалардың ең көбі {maxSuppression} жасырылады.",
  "report.reached":
    "k-анонимдікке қол жеткізілді: квазиидентификаторлары бірдей әрбір берілген топта кемінде {k} жазба бар (ең кішісінде — {smallest}).",
  "report.notReached":
    "k-анонимдікке қол жеткізілмеді: рұқсат етілген жасыру шегінде ешбір жалпылау топқа {k} жазба бермейді; ештеңе берілмеді.",
  "report.records":
    "Жазбалар: {input} оқылды, оның {consented} жазбасында иесіздендірілген деректер жиынтығына келісім бар, {released} берілді, {suppressed} жасырылды.",
  "report.excluded": "Келісімге байланысты алынып тасталды: {total} ({reasons}).",
  "report.excludedNone": "Келісімге байланысты алынып тасталған жазба жоқ.",
  "report.reason": "{code} — жазбалар саны: {count}",
  "report.classes": "Топтар: {classes}, ең кішісінде {smallest} жазба, орташа есеппен {average} жазба.",
  "report.risk": "Қайта сәйкестендіру қаупі («прокурор» моделі): ең көбі {max}, орташа есеппен {average}.",
  "report.loss": "Ақпараттың жоғалуы: {loss} (жалпылаудың орташа биіктігі; жасырылған жазба толық жалпыланған болып саналады).",
  "report.lDiversity": "Айырмашылықты ℓ-әртүрлілік: {fields} өрістері бойынша әр топта кемінде {l} түрлі жауап бар.",
  "report.textDropped": "Еркін мәтін: алынып тасталды.",
  "report.textScrubbed": "Еркін мәтін: аты-жөндерден, нөмірлерден және мекенжайлардан тазартылды.",
  "report.textWithheld": "Еркін мәтін: тазартылды; {count} мәтін берілмеді, өйткені оларда өз жазбасының сәйкестендіргіші қалып қойды.",
  "report.search": "Іздеу: {nodes} жалпылаудың {checked} тексерілді.",
  "report.levels": "Әрбір квазиидентификатордың және полиция есебіндегі әрбір деректің жалпылануы:",
  "report.level": "  {label} ({path}): {name}, деңгейі {level}, ең жоғарғысы {height}",
  "report.levelUnlabelled": "  {path}: {name}, деңгейі {level}, ең жоғарғысы {height}",
  "report.section.police": "Полицияға немесе прокуратураға шағымдар (берілді ме, қабылданды ма, кінәлі жазаланды ма)",
  "report.section.medical": "Медицина қызметкерлеріне шағымдар (берілді ме, қабылданды ма, кінәлі жазаланды ма)",
  "report.section.charges": "Айыптар (заңгерлік қосымша)",
  "report.generalised":
    "Жалпыланғаны: {dimensions} өлшемнің {generalised} өлшемі жауаптағыдан ірірек, оның {suppressedDimensions} өлшемі барлық жазбада *; жасырылған жазбалар: {suppressed} ({share}).",
  "report.notAllTrue":
    "Сезімтал жауаптар: берілген бірде-бір топ түгелдей «иә» деп жауап бермейді (ℓ — топтағы түрлі жауаптардың ең аз саны):",
  "report.notAllTrueOff":
    "Сезімтал жауаптар: топтың түгелдей «иә» деп жауап бермеуін тексеру өшірілген (ℓ — топтағы түрлі жауаптардың ең аз саны):",
  "report.diversity": "  {label} ({path}): ℓ = {l}; бірде-бір топ тек «иә» деп жауап бермейді.",
  "report.diversityUniform": "  {label} ({path}): ℓ = {l}; тек «иә» деп жауап беретін топ бар.",
  "report.percent": "{n}%",

  "level.value": "жауап берілгендей",
  "level.pseudonym": "бүркеншік ат",
  "level.month": "ай",
  "level.quarter": "тоқсан",
  "level.year": "жыл",
  "level.band5": "5 жылдық аралық",
  "level.band10": "10 жылдық аралық",
  "level.rareAsOther": "сирек жауаптар «басқа» ретінде",
  "level.band": "кеңірек топ",
  "level.region": "тек облыс",
  "level.banded": "аралықтармен (рет, сағат, сома), қалғаны жауап берілгендей",
  "level.present": "тек болған-болмағаны",
  "level.summary": "қысқаша (кодекс, бап нөмірі, құқық бұзушылық, рөлі, орны, жаза түрі, айы)",
  "level.count": "тек саны",
  "level.suppressed": "жасырылды (*)",

  "issue.NOT_AN_ARRAY": "Жазбалар массив болуы керек.",
  "issue.KEY_NOT_BYTES": "Кілт құпия кездейсоқ байттардан тұратын Uint8Array немесе ArrayBuffer болуы керек.",
  "issue.KEY_TOO_SHORT": "Кілтте {bytes} байт бар; кемінде {minimum} байт (96 бит) қажет.",
  "issue.INVALID_DATE": "{option} ЖЖЖЖ-АА-КК түріндегі күнтізбелік күн болуы керек.",
  "issue.INVALID_K": "k кемінде 2-ге тең бүтін сан болуы керек.",
  "issue.INVALID_MAX_SUPPRESSION": "maxSuppression 0-ден 1-ге дейінгі сан болуы керек.",
  "issue.INVALID_L": "lDiversity.l кемінде 2-ге тең бүтін сан болуы керек.",
  "issue.NO_SENSITIVE_FIELDS": "lDiversity.fields ішінде кемінде бір сезімтал өріс аталуы керек.",
  "issue.NOT_SENSITIVE":
    "{field} — сауалнаманың сезімтал өрісі емес (АИТВ мәртебесі, есірткіні инъекция арқылы тұтыну, опиоидты алмастырушы терапия, соттылық).",
  "issue.INVALID_KEEP_TEXT": "keepText мәні true немесе false болуы керек.",
  "issue.INVALID_LEDGER": "Беру журналы осы нұсқадағы журнал емес: {field} жоқ немесе қате.",
  "issue.LEDGER_OTHER_KEY":
    "Беру журналы басқа кілтпен жүргізілген: ол бойынша беру бұрынғыларымен байланыспайды және олардың деңгейлерін сақтамайды.",
  "issue.AS_OF_BEFORE_WITHDRAWAL":
    "asOf күні ({asOf}) жазбаларда тіркелген келісімді кері қайтарып алу күшіне енген күннен бұрын (жазбалар саны: {count}; соңғысы — {latest}): деректерді беру кері қайтарып алынған келісімді ешқашан қалпына келтірмейді. {latest} күнінен бастап немесе одан кейін беріңіз.",
  "issue.CRYPTO_UNAVAILABLE": "WebCrypto (globalThis.crypto.subtle) қолжетімсіз: мұнда бүркеншік аттарды есептеу мүмкін емес.",
  "warning.UNLINKED_RELEASE":
    "Назар аударыңыз: беру журналы жоқ — бүркеншік аттар тек осы беруде жарамды. Қиылысатын деректердің берулерін ешқашан біріктірмеңіз: басқа жауаптары бойынша біріктірілсе, олар респонденттерді анықтап береді.",
  "warning.COARSER_THAN_LEDGER":
    "Назар аударыңыз: кейбір өлшем бойынша бұл беру бұрынғысынан ірірек — екеуі де қолында бар адам осы беруде алғаш берілген жазбаларды бұрын берілгендерінен ажырата алады.",
};

/**
 * Every sentence of a release in en, ru and kk: the report's lines and warnings, the names of the
 * hierarchy levels and the issues with `anonymise`'s arguments, rendered with `RELEASE_MESSAGES.format(key, params, locale)`.
 */
export const RELEASE_MESSAGES: Messages<ReleaseMessageKey> = /* @__PURE__ */ defineMessages<ReleaseMessageKey>({ en: EN, ru: RU, kk: KK });
