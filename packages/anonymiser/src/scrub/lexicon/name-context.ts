// What tells that a lower-case word is a person's name (chat text, `марат опять звонил`): the
// words around it. And the ordinary words that are also names in lower case, which never are.
import { words } from "./words.js";

/** Prepositions of contact right before a name (`с маратом`, `у динары`, `s maratom`). */
export const CONTACT_PREPOSITIONS: readonly string[] = words(`
  с со у к ко от для про при без вместе s u k ot dlya pro with to from
`);

/** Kazakh postpositions right after a name (`марат туралы`, `айгүл үшін`). */
export const CONTACT_POSTPOSITIONS: readonly string[] = words(`туралы үшін арқылы сияқты секілді`);

/** Stems of verbs of speech and contact near a name (`сказал`, `звонила`, `айтты`, `хабарласты`, `texted`). */
export const SPEECH_VERB_STEMS: readonly string[] = words(`
  сказал говор звон позвон написал пиш писал ответил спросил просил попросил обещал угрожал
  орал кричал приходил пришл пришёл пришел приехал забрал забрала ушл ушёл ушла
  айтт айтып айтад деді дейді хабарлас жазд жазып жазад қоңырау келді кетті сұрад
  спрашива спросил спросила позвал позвала знает знал знала
  skazal skazala govor zvoni zvonil napisal pishet pisal aitty aityp dedi habarlas khabarlas
  said says told called calls texted wrote writes ask asked asks knows
`);

/** Ordinary words that are also unambiguous name forms: never a name in lower case. */
export const LOWER_CASE_WORDS: readonly string[] = words(`
  света свету светом тема темы теме тему темой поля полю поле соня тома томе миру мире милой
  марка марки марке мишка мишку мишке мишки галка галку галке шара анар айым аяулым гүлім гулим
  жаным ботам еркем серік серик адам мурат мұрат гуля коля катя валя рада нина ника
  алмады алмадым алмайды алмаймын алмадық алмаған дәрі дәріге дәріні дәрінің дәрімен дәріден дәріде
  болатын болатыны болатынын болатынды болатынға шараға шараны шарада шарасы жене
  рано rano кіре кире kire қасымда қасыма қасымнан
`);

/**
 * Diminutive suffixes of Russian first names and what the full name has instead (`Жанночка` →
 * `Жанна`, `Маратик` → `Марат`, `Наташенька` → `Наташа`), on folded nominatives.
 */
export const DIMINUTIVE_SUFFIXES: readonly (readonly [string, string])[] = [
  ["уленька", "а"],
  ["енька", "а"],
  ["енька", "я"],
  ["онька", "а"],
  ["очка", "а"],
  ["ечка", "а"],
  ["ечка", "я"],
  ["ечка", ""],
  ["очка", ""],
  ["ушка", "а"],
  ["юшка", "я"],
  ["улька", "а"],
  ["уля", "а"],
  ["уля", ""],
  ["уся", "а"],
  ["юша", "я"],
  ["уша", "а"],
  ["уха", "а"],
  ["юха", "я"],
  ["ка", "а"],
  ["ка", "я"],
  ["ка", ""],
  ["ик", ""],
  ["чик", ""],
  ["ок", ""],
  ["ек", ""],
];

/** Russian case endings of a first name and the nominative endings they may stand for. */
export const RUSSIAN_CASE_TO_NOMINATIVE: readonly (readonly [string, readonly string[]])[] = [
  ["ой", ["а"]],
  ["ою", ["а"]],
  ["ей", ["я", "а"]],
  ["ом", [""]],
  ["ем", [""]],
  ["у", ["а", ""]],
  ["ы", ["а"]],
  ["и", ["а", "я"]],
  ["е", ["а", "я", ""]],
  ["ю", ["я"]],
  ["а", [""]],
];

/**
 * Stems of nouns that make the capitalised word beside them a place's or a venue's name: regions,
 * districts, towns and villages (`Жамбыл облысы`, `Абай ауданы`, `город Текели`), and saunas, hotels,
 * cafés and shops (`сауна Жасмин`, `Алия қонақүйі`), in Russian, Kazakh and English.
 */
export const PLACE_AND_VENUE_STEMS: readonly string[] = words(`
  облыс аудан қаласы ауыл кент облас район город посел деревн станиц region district city town village oblast
  саун гостиниц отел кафе салон клуб магазин қонақүй sauna hotel motel cafe club salon shop
`);

/** The Kazakh forms of those nouns that follow a place's or venue's name (`Жамбыл облысы`, `Алия қонақүйі`), and English ones. */
export const PLACE_AND_VENUE_AFTER_STEMS: readonly string[] = words(`
  облыс аудан қаласы ауылы ауылын кент саунасы қонақүйі кафесі дүкені мейманхана
  region district oblast city village sauna hotel motel cafe
`);

/** "You" after a name and its comma: she is addressed by it (`Дина, ты как?`, `Дана, сен қайдасың?`). */
export const SECOND_PERSON_WORDS: readonly string[] = words(`ты вы тебя тебе вас вам сен сіз сендер саған сізге you ty vy sen siz`);

/** Greetings before a name's vocative (`алё наташ`). */
export const GREETING_WORDS: readonly string[] = words(`алё алло привет эй сәлем салем`);

/** Nouns after "X деген": a word called so, not a person (`Ерік деген нәрсе`). */
export const WORD_NOUNS: readonly string[] = words(`нәрсе сөз сөзді зат ұғым ne narse soz`);

/** Stems of verbs of calling someone a name before a quoted nickname (`которого называли «Бабай»`). */
export const CALLING_STEMS: readonly string[] = words(`называ прозва кличут величал nazyva prozva`);

/** Stems of the Kazakh verb after "«X» деп" that says what someone was called (`деп атады`, `деп шақырады`). */
export const CALLED_STEMS: readonly string[] = words(`ата шақыр atad atai shaqyr`);

/** Pronouns of a person near a verb of calling (`называли его «Бабай»`): the nickname is a person's. */
export const PERSON_PRONOUNS: readonly string[] = words(`его её ее их него неё нее которого которую которых ego ee kotorogo kotoruyu`);
