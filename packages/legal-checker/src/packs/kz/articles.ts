import type { LawEntry } from "../../law/registry.js";
import { KZ_LAW_OFFENCES } from "./articles-offences.js";
import { KZ_LAW_PRE_2015 } from "./articles-pre-2015.js";
import { SEED_SECTIONS } from "./sources.js";
import { KZ_TREATIES } from "./treaties.js";

const S = SEED_SECTIONS;

// Dates the seed does not state are marked "general knowledge" with what to verify; nothing here
// is legal advice until a lawyer has checked those notes.
const CODES_2014 = "The day both 2014 codes entered into force; verify against the official text.";

/**
 * The law of Kazakhstan the kz pack reasons with: each instrument (an entry without `article`) and
 * each article, with its titles, its versions in time, and the seed passage that states it.
 */
export const KZ_LAW: readonly LawEntry[] = [
  {
    id: "kz.kssr-1987",
    instrument: "KZ-KSSR-1987",
    title: {
      en: "Kazakh SSR rule making prostitution an administrative offence (fine)",
      ru: "Норма КазССР об административной ответственности за занятие проституцией (штраф)",
      kk: "Жезөкшелікпен айналысқаны үшін әкімшілік жауаптылық белгілеген Қазақ КСР нормасы (айыппұл)",
    },
    basis: "seed",
    source: {
      section: S.overview,
      quote: "In the Kazakh Soviet Socialist Republic (KSSR), prostitution was punishable since July 13, 1987.",
    },
    versions: [{ inForce: { from: "1987-07-13", to: "2001-01-29" }, basis: "seed" }],
  },
  {
    id: "kz.abolition-2001",
    instrument: "KZ-ABOLITION-2001",
    title: {
      en: "Abolition of the penalty for prostitution (30 January 2001)",
      ru: "Отмена ответственности за занятие проституцией (30 января 2001 года)",
      kk: "Жезөкшелікпен айналысқаны үшін жауаптылықтың алынып тасталуы (2001 жылғы 30 қаңтар)",
    },
    basis: "seed",
    source: {
      section: S.overview,
      quote: "On January 30, 2001 Kazakhstan became an abolitionist country and the penalty for prostitution was lifted.",
    },
    versions: [{ inForce: { from: "2001-01-30" }, basis: "seed" }],
  },
  {
    id: "kz.trafficking-2013",
    instrument: "KZ-TRAFFICKING-2013",
    title: {
      en: "Law of 4 July 2013 on combating human trafficking: a fine for knowingly providing premises for prostitution, or pimping",
      ru: "Закон от 4 июля 2013 года о противодействии торговле людьми: штраф за предоставление помещений заведомо для занятия проституцией или сводничество",
      kk: "Адам саудасына қарсы іс-қимыл туралы 2013 жылғы 4 шілдедегі Заң: жезөкшелікпен айналысу үшін үй-жайларды көрінеу бергені немесе жеңгетайлық үшін айыппұл",
    },
    basis: "seed",
    source: {
      section: S.overview,
      quote:
        "On July 4, 2013, Kazakhstan adopted a law on fighting human trafficking which, in turn, made the providing of venue for prostitution or pimping a subject for a fine.",
    },
    versions: [
      {
        inForce: { from: "2013-07-04", to: "2014-12-31" },
        basis: "general knowledge",
        note: "From: the day of adoption the seed gives; the day it entered into force may be a few days later. To: its amendments were to the codes that the 2014 codes replaced on 2015-01-01. Verify both.",
      },
    ],
  },
  {
    id: "kz.cao-2014",
    instrument: "KZ-CAO-2014",
    title: {
      en: "Code of the Republic of Kazakhstan on Administrative Offences of 5 July 2014 (CAO RK)",
      ru: "Кодекс Республики Казахстан об административных правонарушениях от 5 июля 2014 года (КоАП РК)",
      kk: "Қазақстан Республикасының 2014 жылғы 5 шілдедегі Әкімшілік құқық бұзушылық туралы кодексі (ӘҚБтК)",
    },
    basis: "seed",
    source: {
      section: S.engaging,
      quote:
        "the Code of Administrative Offense of the Republic of Kazakhstan (CAO RK) – unlike the Criminal Code of the RK – does not cover the issue of preparation for",
    },
    versions: [{ inForce: { from: "2015-01-01" }, basis: "general knowledge", note: CODES_2014 }],
  },
  {
    id: "kz.cao-2014.449",
    instrument: "KZ-CAO-2014",
    article: "449",
    title: { en: "Soliciting in public places", ru: "Приставание в общественных местах", kk: "Қоғамдық орындарда жабысу" },
    basis: "seed",
    source: {
      section: S.overview,
      quote:
        "In January 1, 2015, Kazakhstan adopted Article 449 of Administrative Code for “soliciting in public places” which also applies to prostitutes approaching potential clients.",
    },
    versions: [{ inForce: { from: "2015-01-01" }, basis: "seed" }],
  },
  {
    id: "kz.cao-2014.450",
    instrument: "KZ-CAO-2014",
    article: "450",
    title: {
      en: "Knowingly providing premises for prostitution, or pimping",
      ru: "Предоставление помещений заведомо для занятия проституцией или сводничество",
      kk: "Жезөкшелікпен айналысу үшін үй-жайларды көрінеу беру немесе жеңгетайлық",
    },
    basis: "seed",
    source: {
      section: S.engaging,
      quote: "Article 450 of CAO RK on knowingly providing venue for prostitution or pimping.",
    },
    versions: [{ inForce: { from: "2015-01-01" }, basis: "general knowledge", note: CODES_2014 }],
  },
  {
    id: "kz.cc-2014",
    instrument: "KZ-CC-2014",
    title: {
      en: "Criminal Code of the Republic of Kazakhstan of 3 July 2014 (CC RK)",
      ru: "Уголовный кодекс Республики Казахстан от 3 июля 2014 года (УК РК)",
      kk: "Қазақстан Республикасының 2014 жылғы 3 шілдедегі Қылмыстық кодексі (ҚК)",
    },
    basis: "seed",
    source: { section: S.overview, quote: "The Criminal Code ensures punishment for the following crimes:" },
    versions: [{ inForce: { from: "2015-01-01" }, basis: "general knowledge", note: CODES_2014 }],
  },
  {
    id: "kz.cc-2014.128",
    instrument: "KZ-CC-2014",
    article: "128",
    title: { en: "Trafficking in persons", ru: "Торговля людьми", kk: "Адам саудасы" },
    basis: "seed",
    source: {
      section: S.overview,
      quote: "This category includes rented apartments, hotel rooms, human trafficking (Art. 128 CC RK).",
    },
    versions: [{ inForce: { from: "2015-01-01" }, basis: "general knowledge", note: CODES_2014 }],
  },
  {
    id: "kz.cc-2014.134",
    instrument: "KZ-CC-2014",
    article: "134",
    title: {
      en: "Engaging minors in prostitution",
      ru: "Вовлечение несовершеннолетнего в занятие проституцией",
      kk: "Кәмелетке толмаған адамды жезөкшелікпен айналысуға тарту",
    },
    basis: "seed",
    source: {
      section: S.overview,
      quote: "engagement of minors in prostitution: imprisonment for three to five years with confiscation of property (Art. 134 CC RK);",
    },
    versions: [{ inForce: { from: "2015-01-01" }, basis: "general knowledge", note: CODES_2014 }],
  },
  {
    id: "kz.cc-2014.308",
    instrument: "KZ-CC-2014",
    article: "308",
    title: { en: "Engaging in prostitution", ru: "Вовлечение в занятие проституцией", kk: "Жезөкшелікпен айналысуға тарту" },
    basis: "seed",
    source: { section: S.engaging, quote: "Criminal Code of the Republic of Kazakhstan (CC RK) Article 308. Engaging in prostitution:" },
    versions: [{ inForce: { from: "2015-01-01" }, basis: "general knowledge", note: CODES_2014 }],
  },
  {
    id: "kz.cc-2014.309",
    instrument: "KZ-CC-2014",
    article: "309",
    title: {
      en: "Organising or running brothels for prostitution, and pimping",
      ru: "Организация или содержание притонов для занятия проституцией и сводничество",
      kk: "Жезөкшелікпен айналысуға арналған притондар ұйымдастыру немесе оларды ұстау және жеңгетайлық",
    },
    basis: "seed",
    source: { section: S.engaging, quote: "Article 309. Organizing or running brothels for purpose of prostitution and pimping:" },
    versions: [{ inForce: { from: "2015-01-01" }, basis: "general knowledge", note: CODES_2014 }],
  },
  {
    id: "kz.health-2009",
    instrument: "KZ-HEALTH-2009",
    title: {
      en: "Code of 18 September 2009 No. 193-IV “On public health and the healthcare system”",
      ru: "Кодекс от 18 сентября 2009 года № 193-IV «О здоровье народа и системе здравоохранения»",
      kk: "«Халық денсаулығы және денсаулық сақтау жүйесі туралы» 2009 жылғы 18 қыркүйектегі № 193-IV Кодекс",
    },
    basis: "seed",
    source: {
      section: S.medical,
      quote:
        "The laws that protect all citizens from stigma and discrimination, such as the Code of the Republic of Kazakhstan, from September 18, 2009. 193-IV «On Public Health and Healthcare System” and the Constitution of the Kazakh Republic",
    },
    versions: [
      {
        inForce: { from: "2009-09-18", to: "2020-07-06" },
        basis: "general knowledge",
        note: "From: the day of adoption. To: replaced by the Code of 7 July 2020 No. 360-VI. Verify the days each entered into force.",
      },
    ],
  },
  {
    id: "kz.health-2020",
    instrument: "KZ-HEALTH-2020",
    title: {
      en: "Code of 7 July 2020 No. 360-VI “On public health and the healthcare system”",
      ru: "Кодекс от 7 июля 2020 года № 360-VI «О здоровье народа и системе здравоохранения»",
      kk: "«Халық денсаулығы және денсаулық сақтау жүйесі туралы» 2020 жылғы 7 шілдедегі № 360-VI Кодекс",
    },
    basis: "general knowledge",
    source: {
      section: S.medical,
      quote: "which in and of itself goes against the fact that HIV testing should be anonymous, confidential and voluntary.",
    },
    versions: [
      {
        inForce: { from: "2020-07-07" },
        basis: "general knowledge",
        note: "The successor of the 2009 Code; the seed predates it. Verify the day it entered into force and that HIV testing stays voluntary and confidential under it.",
      },
    ],
  },
  {
    id: "kz.moh-575-2002",
    instrument: "KZ-MOH-575-2002",
    title: {
      en: "Order of the Minister of Health No. 575 of 11 June 2002 “On approval of Rules on medical examination to detect HIV”",
      ru: "Приказ Министра здравоохранения № 575 от 11 июня 2002 года «Об утверждении Правил медицинского обследования на выявление ВИЧ»",
      kk: "«АИТВ-ны анықтау мақсатында медициналық тексеру қағидаларын бекіту туралы» Денсаулық сақтау министрінің 2002 жылғы 11 маусымдағы № 575 бұйрығы",
    },
    basis: "seed",
    source: {
      section: S.summary,
      quote:
        "Order of the Minister of Health of the Republic of Kazakhstan N 575 of June 11, 2002, “On approval of Rules on medical examination to detect human immunodeficiency virus”",
    },
    versions: [
      {
        inForce: { from: "2002-06-11", to: "2010-07-27" },
        basis: "general knowledge",
        note: "From: the date of the order (seed). To: presumably replaced by order No. 552, which approved rules of the same name. Verify.",
      },
    ],
  },
  {
    id: "kz.moh-552-2010",
    instrument: "KZ-MOH-552-2010",
    title: {
      en: "Order of the Minister of Health No. 552 of 28 July 2010 “On approval of Rules on medical examination to detect HIV”",
      ru: "Приказ Министра здравоохранения № 552 от 28 июля 2010 года «Об утверждении Правил медицинского обследования на выявление ВИЧ»",
      kk: "«АИТВ-ны анықтау мақсатында медициналық тексеру қағидаларын бекіту туралы» Денсаулық сақтау министрінің 2010 жылғы 28 шілдедегі № 552 бұйрығы",
    },
    basis: "seed",
    source: {
      section: S.summary,
      quote: "Order of the Minister of Health N 552 of July 28, 2010, “On approval of Rules on medical examination to detect HIV”",
    },
    versions: [
      {
        inForce: { from: "2010-07-28" },
        basis: "seed",
        note: "The seed gives the date of the order, not when it lost force: verify whether and when it was replaced.",
      },
    ],
  },
  {
    id: "kz.gov-1280-2011",
    instrument: "KZ-GOV-1280-2011",
    title: {
      en: "Government resolution No. 1280 of 3 November 2011 “On approval of Rules on medical HIV examination of people with clinical and epidemiological indications”",
      ru: "Постановление Правительства № 1280 от 3 ноября 2011 года «Об утверждении Правил медицинского обследования на ВИЧ лиц по клиническим и эпидемиологическим показаниям»",
      kk: "«Клиникалық және эпидемиологиялық көрсетілімдер бойынша адамдарды АИТВ-ға медициналық тексеру қағидаларын бекіту туралы» Үкіметтің 2011 жылғы 3 қарашадағы № 1280 қаулысы",
    },
    basis: "seed",
    source: {
      section: S.summary,
      quote:
        "Government resolution N 1280 of November 3, 2011, “On approval of Rules on medical HIV examination of people with clinical and epidemiological indications”.",
    },
    versions: [
      {
        inForce: { from: "2011-11-03" },
        basis: "seed",
        note: "The seed gives the date of the resolution, not when it lost force: verify whether and when it was replaced.",
      },
    ],
  },
  {
    id: "kz.constitution-1995",
    instrument: "KZ-CONSTITUTION-1995",
    title: {
      en: "Constitution of the Republic of Kazakhstan (1995)",
      ru: "Конституция Республики Казахстан (1995)",
      kk: "Қазақстан Республикасының Конституциясы (1995)",
    },
    basis: "seed",
    source: {
      section: S.medical,
      quote: "the Constitution of the Kazakh Republic, state that nobody should be stigmatized and discriminated against",
    },
    versions: [
      {
        inForce: { from: "1995-09-05" },
        basis: "general knowledge",
        note: "Adopted by referendum on 30 August 1995; verify the day it entered into force.",
      },
    ],
  },
  {
    id: "kz.constitution-1995.16",
    instrument: "KZ-CONSTITUTION-1995",
    article: "16",
    title: {
      en: "Personal liberty: arrest and detention only as the law provides, without a court's sanction for no more than 72 hours; a lawyer from the moment of detention",
      ru: "Право на личную свободу: арест и содержание под стражей только в предусмотренных законом случаях, без санкции суда — не более 72 часов; защитник с момента задержания",
      kk: "Жеке бас бостандығы: қамауға алу және күзетпен ұстау заңда көзделген жағдайларда ғана, сот санкциясынсыз — 72 сағаттан аспайтын мерзімге; ұстап алынған кезден бастап қорғаушының көмегі",
    },
    basis: "general knowledge",
    source: {
      section: S.police,
      quote:
        "Illegal detention of sex workers by the police is dangerous because according to testimonies - police officers rape sex workers while in the precinct",
    },
    versions: [
      {
        inForce: { from: "1995-09-05" },
        basis: "general knowledge",
        note: "Verify the wording of article 16 in force on the day, and its limit of 72 hours without a court's sanction.",
      },
    ],
  },
  {
    id: "kz.constitution-1995.77",
    instrument: "KZ-CONSTITUTION-1995",
    article: "77",
    title: {
      en: "Principles of justice: no retroactive liability (para. 3.5); unlawfully obtained evidence has no legal force (para. 3.9)",
      ru: "Принципы правосудия: закон, устанавливающий ответственность, обратной силы не имеет (п. 3.5); доказательства, полученные незаконным способом, не имеют юридической силы (п. 3.9)",
      kk: "Сот төрелігінің қағидаттары: жауаптылықты белгілейтін заңның кері күші болмайды (3-тармақтың 5) тармақшасы); заңсыз тәсілмен алынған дәлелдемелердің заңдық күші болмайды (3-тармақтың 9) тармақшасы)",
    },
    basis: "general knowledge",
    source: {
      section: S.police,
      quote:
        "This police behavior demonstrates that they are regularly falsifying documents and detention reports when they detain sex workers.",
    },
    versions: [
      {
        inForce: { from: "1995-09-05" },
        basis: "general knowledge",
        note: "Verify the paragraph numbers in the version in force on the day.",
      },
    ],
  },
  ...KZ_LAW_PRE_2015,
  ...KZ_LAW_OFFENCES,
  ...KZ_TREATIES,
];
