import type { LawEntry } from "../../law/registry.js";
import { SEED_SECTIONS as S } from "./sources.js";

/** The international instruments binding on Kazakhstan that the kz pack cites, with the days they became binding. */
export const KZ_TREATIES: readonly LawEntry[] = [
  {
    id: "un.iccpr",
    instrument: "UN-ICCPR",
    title: {
      en: "International Covenant on Civil and Political Rights",
      ru: "Международный пакт о гражданских и политических правах",
      kk: "Азаматтық және саяси құқықтар туралы халықаралық пакт",
    },
    basis: "seed",
    source: {
      section: S.legalFrameworks,
      quote:
        "Such acts are forbidden by the international legislation, including the Convention against Torture and other Cruel, Inhuman or Degrading Treatment or Punishment (Convention against Torture) and article 7 of ICCPR.",
    },
    versions: [
      {
        inForce: { from: "2006-04-24" },
        basis: "general knowledge",
        note: "Ratified by Kazakhstan in 2006; verify the day it became binding on Kazakhstan.",
      },
    ],
  },
  {
    id: "un.iccpr.7",
    instrument: "UN-ICCPR",
    article: "7",
    title: {
      en: "No one shall be subjected to torture or to cruel, inhuman or degrading treatment or punishment",
      ru: "Никто не должен подвергаться пыткам или жестоким, бесчеловечным или унижающим достоинство обращению или наказанию",
      kk: "Ешкім азаптауға немесе қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын іс-әрекетке не жазаға ұшырамауға тиіс",
    },
    basis: "seed",
    source: {
      section: S.internationalLaw,
      quote: "Article 7 ICCPR: «No one must be subjected to torture or cruel, inhuman or Degrading treatment or punishment”.",
    },
    versions: [
      {
        inForce: { from: "2006-04-24" },
        basis: "general knowledge",
        note: "Binding on Kazakhstan since its ratification of the Covenant (2006).",
      },
    ],
  },
  {
    id: "un.iccpr.9",
    instrument: "UN-ICCPR",
    article: "9",
    title: {
      en: "Liberty and security of person: no arbitrary arrest or detention; reasons given at arrest",
      ru: "Право на свободу и личную неприкосновенность: никто не может быть произвольно арестован или задержан; причины сообщаются при аресте",
      kk: "Бас бостандығы және жеке басына тиіспеушілік құқығы: ешкім өз бетінше қамауға алынбайды немесе ұсталмайды; қамауға алу себептері сол кезде хабарланады",
    },
    basis: "general knowledge",
    source: {
      section: S.police,
      quote:
        "Police raids happen on regular basis. Sex workers are arrested and taken to the precinct for identification, residence paper, past convictions and citizenship check up.",
    },
    versions: [
      {
        inForce: { from: "2006-04-24" },
        basis: "general knowledge",
        note: "Binding on Kazakhstan since its ratification of the Covenant (2006).",
      },
    ],
  },
  {
    id: "un.iccpr.15",
    instrument: "UN-ICCPR",
    article: "15",
    title: {
      en: "No punishment for an act that was not an offence under the law when it was committed",
      ru: "Никто не может быть признан виновным в деянии, которое в момент его совершения не являлось правонарушением",
      kk: "Жасалған кезде құқық бұзушылық болып табылмаған іс-әрекет үшін ешкім кінәлі деп танылмайды",
    },
    basis: "general knowledge",
    source: { section: S.findings, quote: "The government ratified all main international human rights documents." },
    versions: [
      {
        inForce: { from: "2006-04-24" },
        basis: "general knowledge",
        note: "Binding on Kazakhstan since its ratification of the Covenant (2006).",
      },
    ],
  },
  {
    id: "un.cat",
    instrument: "UN-CAT",
    title: {
      en: "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
      ru: "Конвенция против пыток и других жестоких, бесчеловечных или унижающих достоинство видов обращения и наказания",
      kk: "Адамды азаптауға және басқа да қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын іс-әрекеттерге қарсы конвенция",
    },
    basis: "seed",
    source: {
      section: S.legalFrameworks,
      quote:
        "Many cases of physical, sexual and psychological violence described in this report may be viewed as forms of cruel, inhuman or humiliating treatment or punishment.",
    },
    versions: [
      {
        inForce: { from: "1998-09-25" },
        basis: "general knowledge",
        note: "Kazakhstan acceded in 1998; verify the day it became binding.",
      },
    ],
  },
  {
    id: "un.crc.34",
    instrument: "UN-CRC",
    article: "34",
    title: {
      en: "Convention on the Rights of the Child: protection from sexual exploitation, including prostitution",
      ru: "Конвенция о правах ребёнка: защита от сексуальной эксплуатации, в том числе от использования в проституции",
      kk: "Бала құқықтары туралы конвенция: жыныстық қанаудан, оның ішінде жезөкшелікке пайдаланудан қорғау",
    },
    basis: "general knowledge",
    source: {
      section: S.legalFrameworks,
      quote:
        "any act connected to child prostitution, use of minors for any type of sexual needs, acts of sexual nature connected to violence (threat of thereof) are unacceptable under any circumstances.",
    },
    versions: [
      {
        inForce: { from: "1994-09-11" },
        basis: "general knowledge",
        note: "Kazakhstan ratified the Convention in 1994; verify the day it became binding.",
      },
    ],
  },
  {
    id: "un.crc",
    instrument: "UN-CRC",
    title: { en: "Convention on the Rights of the Child", ru: "Конвенция о правах ребёнка", kk: "Бала құқықтары туралы конвенция" },
    basis: "general knowledge",
    source: {
      section: S.legalFrameworks,
      quote:
        "A number of international norms and Kazakhstan legislation fully prohibit child prostitution, any acts of sexual nature performed under threat of violence or under violence, trafficking in persons with the purpose of providing sexual services.",
    },
    versions: [
      {
        inForce: { from: "1994-09-11" },
        basis: "general knowledge",
        note: "Kazakhstan ratified the Convention in 1994; verify the day it became binding.",
      },
    ],
  },
  ...(
    [
      [
        "UN-ICCPR",
        "10",
        {
          en: "Persons deprived of their liberty shall be treated with humanity and with respect for their dignity",
          ru: "Все лица, лишённые свободы, имеют право на гуманное обращение и уважение достоинства",
          kk: "Бостандығынан айырылған барлық адамдарға ізгілікпен және қадір-қасиетін құрметтей отырып қарау құқығы",
        },
        { section: S.police, quote: "Conditions in detention 55" },
      ],
      [
        "UN-ICCPR",
        "12",
        {
          en: "Liberty of movement, and the freedom to leave any country",
          ru: "Право на свободное передвижение и свободу покидать любую страну",
          kk: "Еркін жүріп-тұру және кез келген елден шығу бостандығы құқығы",
        },
        { section: S.police, quote: "Confiscation of passport 12" },
      ],
      [
        "UN-ICCPR",
        "17",
        {
          en: "No arbitrary or unlawful interference with privacy",
          ru: "Никто не может подвергаться произвольному или незаконному вмешательству в его личную жизнь",
          kk: "Ешкімнің жеке өміріне өз бетінше немесе заңсыз араласуға болмайды",
        },
        {
          section: S.medical,
          quote:
            "Hence the confidentiality of HIV status is not respected. Administrators of saunas and hotels fire sex workers from their work venues.",
        },
      ],
      [
        "UN-ICCPR",
        "26",
        {
          en: "Equality before the law and equal protection without discrimination",
          ru: "Равенство перед законом и равная защита без всякой дискриминации",
          kk: "Заң алдындағы теңдік және ешқандай кемсітусіз тең қорғау",
        },
        {
          section: S.medical,
          quote:
            "23 sex workers has pointed out that medical staff frequently declines them services if it becomes known that they are sex workers.",
        },
      ],
      [
        "UN-CAT",
        "13",
        {
          en: "The right to complain to the competent authorities, with the complainant protected against ill-treatment or intimidation as a consequence of the complaint",
          ru: "Право на жалобу в компетентные органы; заявитель защищён от жестокого обращения или запугивания в связи с его жалобой",
          kk: "Құзыретті органдарға шағым беру құқығы; шағым берушіні шағымы үшін қатыгездіктен немесе қорқытудан қорғау",
        },
        {
          section: S.police,
          quote:
            "Very frequently, the fact that police is indifferent, threaten sex workers or resorts to violence in retaliation makes it very difficult for sex workers to complain to authorities about cases of rape or attempted rape, beatings and other sexual abuse.",
        },
      ],
      [
        "UN-CAT",
        "16",
        {
          en: "Other acts of cruel, inhuman or degrading treatment or punishment by public officials are prevented",
          ru: "Предупреждение других актов жестокого, бесчеловечного или унижающего достоинство обращения со стороны должностных лиц",
          kk: "Лауазымды адамдардың басқа да қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын іс-әрекеттерінің алдын алу",
        },
        {
          section: S.legalFrameworks,
          quote:
            "Many cases of physical, sexual and psychological violence described in this report may be viewed as forms of cruel, inhuman or humiliating treatment or punishment.",
        },
      ],
    ] as const
  ).map(
    ([instrument, article, title, source]): LawEntry => ({
      id: `${instrument === "UN-CAT" ? "un.cat" : "un.iccpr"}.${article}`,
      instrument,
      article,
      title,
      basis: "general knowledge",
      source,
      versions: [
        instrument === "UN-CAT"
          ? {
              inForce: { from: "1998-09-25" },
              basis: "general knowledge",
              note: "Binding on Kazakhstan since its accession to the Convention (1998); verify the day.",
            }
          : {
              inForce: { from: "2006-04-24" },
              basis: "general knowledge",
              note: "Binding on Kazakhstan since its ratification of the Covenant (2006).",
            },
      ],
    }),
  ),
];
