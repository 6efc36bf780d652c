// Month names and the words that make a date a date of birth, in Russian, Kazakh and English
// (regular-expression fragments, compared without regard to case).
import { words } from "./words.js";

/** Month stems: a case ending may follow (`апреля`, `қарашада`). */
export const MONTHS: readonly string[] = words(`
  январ феврал март апрел мая май июн июл август сентябр октябр ноябр декабр янв фев апр авг сен окт ноя дек
  қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан
  каңтар акпан сәуiр кыркүйек казан караша
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  yanvar fevral aprel iyun iyul avgust sentyabr oktyabr noyabr dekabr
  qantar kantar aqpan akpan nauryz sauir sәuir mamyr mausym shilde tamyz qyrkuiek kyrkuiek qazan karasha qarasha
  zheltoqsan zheltoksan jeltoqsan qañtar säuır säuir şılde şilde qyrküiek qaraşa
  qańtar naýryz sáýir maýsym qyrkúıek sentabr oktabr
`);

/** What is written right before a date of birth (`д.р.`, `дата рождения:`, `родилась`, `born on`, `туған күні`, Kyrgyz `туулган күнүм`, Tajik `таваллуд`). */
export const BIRTH_CUES_BEFORE: readonly string[] = words(String.raw`
  д\.\s?р\.? д/р дата\s+рождения даты\s+рождения дату\s+рождения датой\s+рождения рожд\p{L}*
  родил\p{L}* г\.\s?р\.? born dob d\.o\.b\.? date\s+of\s+birth birth\s*date birthday
  туған\s+күні туған\s+күні туылған\s+күні туған туылған ж\.т\.? туған\s+жылы
  rodil(?:sya|as|ac|is) rozhd\p{L}* rojd\p{L}* data\s+rozhdeniya tugh?an\s+kuni tugh?an tuylgan tuğan\s+k[uü]n\p{L}*
  день\s+рождения дн[её]м\s+рождения днюх\p{L}* (?<!\p{L})др(?!\p{L}) туған\s+күн\p{L}* tugan\s+kun\p{L}*
  bday b-day den'?\s+rozhdeniya d\.\s?r\. dnyuh\p{L}* tugan\s+kun\p{L}* (?<!\p{L})b\.\s*$ (?<!\p{L})р\.\s*$
  туулган\s+к[үу]н\p{L}* туулга[нм]\p{L}* tuulgan\s+k[uü]n\p{L}* tuulga[nm]\p{L}* tug['ʻ’]?ilgan(?:\s+(?:sana|kun)\p{L}*)? t\.\s?s\.
  туғилган(?:\s+(?:сана|кун)\p{L}*)? таваллуд\p{L}* tavallud\p{L}* төрөл\p{L}* torol\p{L}*
`);

/**
 * What may stand a few words before a year alone that is a birth year (`родилась в 1995`, `год
 * рождения: 1988`, `born in 1992`, `туған жылы: 1991`); not `родила` (her child's birth).
 */
export const BIRTH_YEAR_CUES_BEFORE: readonly string[] = words(String.raw`
  родил(?:ся|ась|ись|сь) год\p{L}*\s+рождения дата\s+рождения г\.\s?р\.? д\.\s?р\.? д/р d\.\s?r\.
  born birth\s+year year\s+of\s+birth date\s+of\s+birth birth\s*date dob d\.o\.b\.?
  туған\s+жылы туылған\s+жылы туған\s+жылым туылған\s+жылым т\.\s?ж\.?
  rodil(?:sya|as|ac|is) god\s+rozhdeniya god\s+rojdeniya tugan\s+jyly tugan\s+zhyly таваллуд\p{L}* tavallud\p{L}* (?<!\p{L})b\.
  туылд\p{L}* t[uý]yld\p{L}* туулган\s+жыл\p{L}* tuulgan\s+(?:zh|j)yl\p{L}* tug['ʻ’]?ilgan\s+yil\p{L}* туғилган\s+йил\p{L}* туғилган\p{L}* tug['ʻ’]?ilgan\p{L}* туулгам tuulgam төрөлгөм torolgom
`);

/**
 * What may follow a year alone, after at most two other words, to make it a birth year
 * (`1993 жылы Талдықорғанда туылғанмын`, `1991 g.r.`); not `туған жер` ("homeland").
 */
export const BIRTH_YEAR_CUES_AFTER: readonly string[] = words(String.raw`
  туған(?!\s+жер)\p{L}* туыл\p{L}* родил(?:ся|ась|ись|сь) g\.\s?r\b g\.\s?r\. god\s+rozhdeniya
  goda\s+rozhdeniya year\s+of\s+birth tugan tuylgan tugam\p{L}* дүниеге\s+кел\p{L}* туулга[нм]\p{L}* tuulga[nm]\p{L}*
  таваллуд\p{L}* tavallud\p{L}* төрөл\p{L}* torol\p{L}* tuggan\p{L}*
  tug['ʻ’]?ilgan\p{L}* туғилган\p{L}* туд(?:ым|ы|ың)(?!\p{L}) tud(?:ym|y|yn)(?!\p{L})
  жылғымын jylgymyn zhylgymyn jylğymyn жылғы\s+(?:қызбын|ұлмын) (?:zh|j)yl[gğǵ]y\s+(?:qyzbyn|kyzbyn|ulmyn) y\.\s?t\.? й\.\s?т\.? j\.\s?t(?:\.|(?!\p{L})) t[uý]yl\p{L}* t[uý][ǵğ]an\p{L}*
`);

/** What is written right after a date of birth (`г.р.`, `года рождения`, `ж.т.`, `жылы туған`). */
export const BIRTH_CUES_AFTER: readonly string[] = words(String.raw`
  г\.\s?р\. г\.р г\s?р\b д\.\s?р\. года\s+рождения г\.\s+рождения рождения ж\.т\. ж\.\s?т(?:\.|(?!\p{L})) жылы\s+туған
  туған(?!\s+жер)\p{L}* туыл\p{L}* (?:жылы|ж\.)\s+туған born родил(?:ся|ась|ись|сь) дүниеге\s+кел\p{L}*
  tugan(?!\s+zher)\p{L}* t[uý]yl\p{L}* t[uý]ǵan(?!\s+jer)\p{L}* rodil(?:sya|as|ac|is) zh\.\s?t\.? j\.\s?t(?:\.|(?!\p{L})) goda\s+rozhdeniya g\.\s?r\.
  туд(?:ым|ы|ың)(?!\p{L}) tud(?:ym|y)(?!\p{L}) tugam\p{L}* tug['ʻ’]?ilgan туғилган туулга[нм] tuulga[nm] таваллуд\p{L}* tavallud\p{L}* төрөл\p{L}* torol\p{L}* tuggan\p{L}*
`);

/** A birthday wished (`С днём рождения!`, `tugan kunin`): a birth date may follow past its exclamation. */
export const BIRTHDAY_WISHES: readonly string[] = words(String.raw`
  рождени\p{L}* rozhdeni\p{L}* днюх\p{L}* dnyuh\p{L}* birthday туған\s+күн\p{L}* tugan\s+kun\p{L}*
`);

/** A Kazakh, Kyrgyz or Uzbek date's own word for its year, between the year and the day (`1988 жылы 6 қарашада`, `1994 йил 22 апрелда`); `ж.` too. */
export const YEAR_WORDS: readonly string[] = words(
  `жылы жылғы жылдың jyly zhyly jylgy zhylgy jylğy zhylğy jylghy zhylghy jylǵy zhylǵy jyldyn zhyldyn жылдын йил yil соли sol soli`,
);

/** The months in order, by the stems each language writes them with (a case ending may follow). */
export const MONTHS_IN_ORDER: readonly (readonly string[])[] = [
  words(`январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр`),
  words(`янв фев мар апр ма июн июл авг сен окт ноя дек`),
  words(`қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан`),
  words(`jan feb mar apr may jun jul aug sep oct nov dec`),
  words(`qantar aqpan nauryz sauir mamyr mausym shilde tamyz qyrkuiek qazan qarasha zheltoqsan`),
  words(`yanvar fevral mart aprel ma iyun iyul avgust sentyabr oktyabr noyabr dekabr`),
  // Kazakh in the Latin alphabet of 2021, and Uzbek in Latin letters.
  words(`qańtar aqpan naýryz sáýir mamyr maýsym shilde tamyz qyrkúıek qazan qarasha jeltoqsan`),
  words(`yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr`),
];

/**
 * Months of the languages that glue a place's ending onto them (Kazakh `сәуірде`, `maýsymda`; Uzbek
 * `3-mayda`, `martda`), as whole words: the ending is left after the date, as the annotation
 * guidelines say (`15 сәуір` + `де`).
 */
export const LOCATIVE_MONTHS: readonly string[] = words(`
  қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан
  каңтар акпан сәуiр кыркүйек казан караша
  qantar kantar aqpan akpan nauryz sauir sәuir mamyr mausym shilde tamyz qyrkuiek kyrkuiek qazan karasha qarasha
  zheltoqsan zheltoksan jeltoqsan qañtar säuır säuir şılde şilde qyrküiek qaraşa
  qańtar naýryz sáýir maýsym qyrkúıek
  yanvar fevral mart aprel may iyun iyul avgust sentabr sentyabr oktabr oktyabr noyabr dekabr
`);

/**
 * Dates said in words, as testimony is transcribed (`восьмого марта девяносто девятого`, `тоқсан
 * жетінші жылы`, `он бесінші наурызда`, `toksan segizinshi zhyly`): ordinal words for days and the
 * last two digits of a year, in Russian, Kazakh and Kazakh in Latin letters.
 */
export const DATE_WORDS = {
  /** Russian ordinals 1–9 in the genitive (`восьмого`), and as a date is said in the nominative (`второе июня`). */
  ruUnits: words(`
    первого второго третьего четвёртого четвертого пятого шестого седьмого восьмого девятого
    первое второе третье четвёртое четвертое пятое шестое седьмое восьмое девятое
    первом втором третьем четвёртом четвертом пятом шестом седьмом восьмом девятом
  `),
  /** Russian ordinals of a day that are one word (`десятого` … `тридцатого`). */
  ruDays: words(`
    десятого одиннадцатого двенадцатого тринадцатого четырнадцатого пятнадцатого шестнадцатого
    семнадцатого восемнадцатого девятнадцатого двадцатого тридцатого
    десятое одиннадцатое двенадцатое тринадцатое четырнадцатое пятнадцатое шестнадцатое
    семнадцатое восемнадцатое девятнадцатое двадцатое тридцатое
  `),
  /** Russian tens a day's unit follows (`двадцать первого`). */
  ruDayTens: words(`двадцать тридцать`),
  /** Russian tens of a year a unit follows (`девяносто седьмого`). */
  ruYearTens: words(`шестьдесят семьдесят восемьдесят девяносто`),
  /** Russian years that are one word (`восьмидесятого`, `двухтысячного`). */
  ruYears: words(`шестидесятого семидесятого восьмидесятого девяностого двухтысячного восьмидесятом девяностом двухтысячном`),
  /** Kazakh ordinals 1–9 (`жетінші`), in Cyrillic and in Latin letters. */
  kkUnits: words(`
    бірінші екінші үшінші төртінші бесінші алтыншы жетінші сегізінші тоғызыншы
    birinshi ekinshi ushinshi tortinshi besinshi altynshy zhetinshi jetinshi segizinshi togyzynshy
  `),
  /** Kazakh ordinals of a day that are one word (`оныншы`, `жиырмасыншы`, `отызыншы`). */
  kkDays: words(`оныншы жиырмасыншы отызыншы onynshy zhiyrmasynshy jiyrmasynshy otyzynshy`),
  /** Kazakh tens a day's unit follows (`он бесінші`, `жиырма алтыншы`). */
  kkDayTens: words(`он жиырма отыз on zhiyrma jiyrma otyz`),
  /** Kazakh tens of a year a unit follows (`тоқсан жетінші`). */
  kkYearTens: words(`алпыс жетпіс сексен тоқсан alpys zhetpis jetpis seksen toqsan toksan`),
  /** Kazakh years that are one word (`сексенінші`, `тоқсаныншы`). */
  kkYears: words(`алпысыншы жетпісінші сексенінші тоқсаныншы zhetpisinshi jetpisinshi sekseninshi toqsanynshy toksanynshy`),
} as const;
