import type { LawEntry } from "../../law/registry.js";
import { SEED_SECTIONS as S } from "./sources.js";

// The codes the 2014 codes replaced on 2015-01-01. The seed names neither: every date and number
// here is general knowledge, marked for a lawyer to verify (README, "For a lawyer to verify").
const REPLACED = "Replaced by the 2014 Code on 2015-01-01 (the seed's day for article 449); verify the day this Code lost force.";
const NUMBER_1997 =
  "The seed cites the 2014 numbering only; verify this article's number and title in the 1997 Code as in force on the day.";

/** The Criminal Code of 1997 and the Code on Administrative Offences of 2001, with the articles the kz rules read or cite. */
export const KZ_LAW_PRE_2015: readonly LawEntry[] = [
  {
    id: "kz.cao-2001",
    instrument: "KZ-CAO-2001",
    title: {
      en: "Code of the Republic of Kazakhstan on Administrative Offences of 30 January 2001 No. 155-II",
      ru: "Кодекс Республики Казахстан об административных правонарушениях от 30 января 2001 года № 155-II",
      kk: "Қазақстан Республикасының 2001 жылғы 30 қаңтардағы № 155-II Әкімшілік құқық бұзушылық туралы кодексі",
    },
    basis: "general knowledge",
    source: {
      section: S.overview,
      quote: "On January 30, 2001 Kazakhstan became an abolitionist country and the penalty for prostitution was lifted.",
    },
    versions: [
      {
        inForce: { from: "2001-01-30", to: "2014-12-31" },
        basis: "general knowledge",
        note: `From: the date of the Code, the seed's day the penalty for prostitution was lifted; verify the day it entered into force. To: ${REPLACED}`,
      },
    ],
    verify: {
      content:
        "That the 2001 Code has no article punishing prostitution itself nor soliciting (the seed: the penalty was lifted on 30 January 2001; article 449 came on 1 January 2015), and the number of the article on knowingly providing premises for prostitution or pimping that the law of 4 July 2013 added to it (the pack cites that law, not a number).",
    },
  },
  {
    id: "kz.cc-1997",
    instrument: "KZ-CC-1997",
    title: {
      en: "Criminal Code of the Republic of Kazakhstan of 16 July 1997 No. 167-I",
      ru: "Уголовный кодекс Республики Казахстан от 16 июля 1997 года № 167-I",
      kk: "Қазақстан Республикасының 1997 жылғы 16 шілдедегі № 167-I Қылмыстық кодексі",
    },
    basis: "general knowledge",
    source: { section: S.overview, quote: "The Criminal Code ensures punishment for the following crimes:" },
    versions: [
      {
        inForce: { from: "1998-01-01", to: "2014-12-31" },
        basis: "general knowledge",
        note: `From: entered into force by the Law of 16 July 1997 No. 168 — verify the day. To: ${REPLACED}`,
      },
    ],
  },
  ...(
    [
      ["128", "Trafficking in persons", "Торговля людьми", "Адам саудасы"],
      [
        "132-1",
        "Engaging a minor in prostitution",
        "Вовлечение несовершеннолетнего в занятие проституцией",
        "Кәмелетке толмаған адамды жезөкшелікпен айналысуға тарту",
      ],
      ["270", "Engaging in prostitution", "Вовлечение в занятие проституцией", "Жезөкшелікпен айналысуға тарту"],
      [
        "271",
        "Organising or running brothels for prostitution, and pimping",
        "Организация или содержание притонов для занятия проституцией и сводничество",
        "Жезөкшелікпен айналысуға арналған притондар ұйымдастыру немесе оларды ұстау және жеңгетайлық",
      ],
    ] as const
  ).map(
    ([article, en, ru, kk]): LawEntry => ({
      id: `kz.cc-1997.${article}`,
      instrument: "KZ-CC-1997",
      article,
      title: { en, ru, kk },
      basis: "general knowledge",
      source: { section: S.overview, quote: "The Criminal Code ensures punishment for the following crimes:" },
      versions: [
        {
          inForce: { from: "1998-01-01", to: "2014-12-31" },
          basis: "general knowledge",
          note:
            article === "132-1" ? `Added to the Code after 1998: verify the day. To: ${REPLACED}` : `From the Code's day. To: ${REPLACED}`,
        },
      ],
      verify: { number: NUMBER_1997 },
    }),
  ),
  {
    id: "kz.cpc-1997",
    instrument: "KZ-CPC-1997",
    title: {
      en: "Code of Criminal Procedure of the Republic of Kazakhstan of 13 December 1997",
      ru: "Уголовно-процессуальный кодекс Республики Казахстан от 13 декабря 1997 года",
      kk: "Қазақстан Республикасының 1997 жылғы 13 желтоқсандағы Қылмыстық іс жүргізу кодексі",
    },
    basis: "general knowledge",
    source: {
      section: S.police,
      quote:
        "This police behavior demonstrates that they are regularly falsifying documents and detention reports when they detain sex workers.",
    },
    versions: [
      {
        inForce: { from: "1998-01-01", to: "2014-12-31" },
        basis: "general knowledge",
        note: `Verify the day it entered into force. To: ${REPLACED}`,
      },
    ],
    verify: { content: "The article of this Code that requires a detention protocol and limits detention without a court to 72 hours." },
  },
  {
    id: "kz.cpc-2014",
    instrument: "KZ-CPC-2014",
    title: {
      en: "Code of Criminal Procedure of the Republic of Kazakhstan of 4 July 2014",
      ru: "Уголовно-процессуальный кодекс Республики Казахстан от 4 июля 2014 года",
      kk: "Қазақстан Республикасының 2014 жылғы 4 шілдедегі Қылмыстық-процестік кодексі",
    },
    basis: "general knowledge",
    source: {
      section: S.police,
      quote:
        "This police behavior demonstrates that they are regularly falsifying documents and detention reports when they detain sex workers.",
    },
    versions: [
      {
        inForce: { from: "2015-01-01" },
        basis: "general knowledge",
        note: "The day the 2014 codes entered into force; verify, and whether the 72-hour limit changed since.",
      },
    ],
    verify: { content: "The article of this Code that requires a detention protocol and limits detention without a court to 72 hours." },
  },
];
