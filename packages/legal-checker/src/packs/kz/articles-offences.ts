import type { Localised } from "@redumbrella/questionnaire";
import type { LawEntry, SeedSource } from "../../law/registry.js";
import { SEED_SECTIONS as S } from "./sources.js";

// What officials (and clients) did to her, as the criminal codes of each period and the Constitution
// name it. The seed names none of these articles: every number is general knowledge to verify.
const NUMBER = "The seed names no article for this act: verify the number and title in the Code as in force on the day.";
const CODE_1997 = { from: "1998-01-01", to: "2014-12-31" } as const;
const CODE_2014 = { from: "2015-01-01" } as const;
const CRUEL = {
  section: S.legalFrameworks,
  quote:
    "Many cases of physical, sexual and psychological violence described in this report may be viewed as forms of cruel, inhuman or humiliating treatment or punishment.",
};
const EXTORTION = {
  section: S.police,
  quote:
    "The research data demostrates that sex workers are not aware that systemic violence, abuse, blackmailing, money extorntion and beatings are criminal offences",
};

const crime = (
  instrument: "KZ-CC-1997" | "KZ-CC-2014",
  article: string,
  title: Localised,
  source: SeedSource = EXTORTION,
  more = "",
): LawEntry => ({
  id: `kz.${instrument === "KZ-CC-1997" ? "cc-1997" : "cc-2014"}.${article}`,
  instrument,
  article,
  title,
  basis: "general knowledge",
  source,
  versions: [
    {
      inForce: instrument === "KZ-CC-1997" ? CODE_1997 : CODE_2014,
      basis: "general knowledge",
      note: `${instrument === "KZ-CC-1997" ? "To: replaced by the 2014 Code on 2015-01-01" : "From: the day the 2014 codes entered into force"}; verify.${more}`,
    },
  ],
  verify: { number: NUMBER },
});

const TORTURE: Localised = { en: "Torture", ru: "Пытки", kk: "Азаптау" };
const EXCESS: Localised = {
  en: "Exceeding authority or official powers",
  ru: "Превышение власти или должностных полномочий",
  kk: "Билікті немесе лауазымдық өкілеттіктерді асыра пайдалану",
};
const RAPE: Localised = { en: "Rape", ru: "Изнасилование", kk: "Зорлау" };
const VIOLENT_SEX: Localised = {
  en: "Violent acts of a sexual nature",
  ru: "Насильственные действия сексуального характера",
  kk: "Сексуалдық сипаттағы зорлық-зомбылық әрекеттері",
};
const EXTORT: Localised = { en: "Extortion", ru: "Вымогательство", kk: "Қорқытып алушылық" };
const ROBBERY: Localised = { en: "Robbery (open theft)", ru: "Грабёж", kk: "Тонау" };

/** The articles of the criminal codes on what was done to her, and the Constitution's guarantees the rules cite. */
export const KZ_LAW_OFFENCES: readonly LawEntry[] = [
  crime("KZ-CC-1997", "347-1", TORTURE, CRUEL, " Article 347-1 was added to the 1997 Code after 1998: verify the day."),
  crime("KZ-CC-2014", "146", TORTURE, CRUEL),
  crime(
    "KZ-CC-1997",
    "308",
    EXCESS,
    EXTORTION,
    " Not to be confused with article 308 of the 2014 Code (engaging in prostitution): the edition decides.",
  ),
  crime("KZ-CC-2014", "362", EXCESS),
  crime("KZ-CC-1997", "120", RAPE, CRUEL),
  crime("KZ-CC-2014", "120", RAPE, CRUEL),
  crime("KZ-CC-1997", "121", VIOLENT_SEX, CRUEL),
  crime("KZ-CC-2014", "121", VIOLENT_SEX, CRUEL),
  crime("KZ-CC-1997", "181", EXTORT),
  crime("KZ-CC-2014", "194", EXTORT),
  crime("KZ-CC-1997", "178", ROBBERY),
  crime("KZ-CC-2014", "191", ROBBERY),
  ...(
    [
      [
        "14",
        {
          en: "Equality before the law: no discrimination by social status, occupation or any other circumstance",
          ru: "Равенство перед законом: никто не может подвергаться дискриминации по мотивам социального положения, рода занятий или любым иным обстоятельствам",
          kk: "Заң алдында теңдік: әлеуметтік жағдайына, кәсібіне немесе кез келген өзге жағдаяттарға байланысты ешкім кемсітуге ұшырамайды",
        },
        "seed",
        {
          section: S.medical,
          quote:
            "the Constitution of the Kazakh Republic, state that nobody should be stigmatized and discriminated against irrespective of one's race, believe and faith, social status, profession and ethnicity.",
        },
      ],
      [
        "17",
        {
          en: "Human dignity: no one shall be subjected to torture, violence or other cruel or degrading treatment or punishment",
          ru: "Достоинство человека неприкосновенно: никто не должен подвергаться пыткам, насилию, другому жестокому или унижающему человеческое достоинство обращению или наказанию",
          kk: "Адамның қадір-қасиетіне қол сұғылмайды: ешкім азаптауға, зорлық-зомбылыққа, басқа да қатыгез немесе адамның қадір-қасиетін қорлайтын іс-әрекетке не жазаға ұшырамауға тиіс",
        },
        "general knowledge",
        CRUEL,
      ],
      [
        "18",
        {
          en: "Private life: the right to inviolability of private life, personal and family secrets",
          ru: "Право на неприкосновенность частной жизни, личную и семейную тайну",
          kk: "Жеке өмірге қол сұғылмауы, жеке және отбасылық құпия құқығы",
        },
        "general knowledge",
        {
          section: S.medical,
          quote:
            "Hence the confidentiality of HIV status is not respected. Administrators of saunas and hotels fire sex workers from their work venues.",
        },
      ],
      [
        "29",
        {
          en: "Health: the right to health protection and to a guaranteed volume of free medical care",
          ru: "Право на охрану здоровья и на бесплатный гарантированный объём медицинской помощи",
          kk: "Денсаулықты сақтау және тегін медициналық көмектің кепілдік берілген көлемін алу құқығы",
        },
        "general knowledge",
        {
          section: S.findings,
          quote:
            "Through legislation, the state guarantees accessibility and quality of medical examination, observation, provision of psychosocial, legal and medical consultations, medical help and provision of medication within the guaranteed limits of free medical assistance",
        },
      ],
    ] as const
  ).map(
    ([article, title, basis, source]): LawEntry => ({
      id: `kz.constitution-1995.${article}`,
      instrument: "KZ-CONSTITUTION-1995",
      article,
      title,
      basis,
      source,
      versions: [
        {
          inForce: { from: "1995-09-05" },
          basis: "general knowledge",
          note: `Verify the number and wording of article ${article} in the version in force on the day.`,
        },
      ],
    }),
  ),
];
