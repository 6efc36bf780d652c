import type { LawEntry } from "../../law/registry.js";
import { SEED_SECTIONS as S } from "./sources.js";

/** The international instruments binding on Kazakhstan that the kz pack cites, with the days they became binding. */
export const KZ_TREATIES: readonly LawEntry[] = [
  {
    id: "un.iccpr",
    instrument: "UN-ICCPR",
    title: { en: "International Covenant on Civil and Political Rights", ru: "Международный пакт о гражданских и политических правах", kk: "Азаматтық және саяси құқықтар туралы халықаралық пакт" },
    basis: "seed",
    source: {
      section: S.legalFrameworks,
      quote:
        "Such acts are forbidden by the international legislation, including the Convention against Torture and other Cruel, Inhuman or Degrading Treatment or Punishment (Convention against Torture) and article 7 of ICCPR.",
    },
    versions: [
      { inForce: { from: "2006-04-24" }, basis: "general knowledge", note: "Ratified by Kazakhstan in 2006; verify the day it became binding on Kazakhstan." },
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
    versions: [{ inForce: { from: "2006-04-24" }, basis: "general knowledge", note: "Binding on Kazakhstan since its ratification of the Covenant (2006)." }],
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
      quote: "Police raids happen on regular basis. Sex workers are arrested and taken to the precinct for identification, residence paper, past convictions and citizenship check up.",
    },
    versions: [{ inForce: { from: "2006-04-24" }, basis: "general knowledge", note: "Binding on Kazakhstan since its ratification of the Covenant (2006)." }],
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
    versions: [{ inForce: { from: "2006-04-24" }, basis: "general knowledge", note: "Binding on Kazakhstan since its ratification of the Covenant (2006)." }],
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
    versions: [{ inForce: { from: "1998-09-25" }, basis: "general knowledge", note: "Kazakhstan acceded in 1998; verify the day it became binding." }],
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
    versions: [{ inForce: { from: "1994-09-11" }, basis: "general knowledge", note: "Kazakhstan ratified the Convention in 1994; verify the day it became binding." }],
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
    versions: [{ inForce: { from: "1994-09-11" }, basis: "general knowledge", note: "Kazakhstan ratified the Convention in 1994; verify the day it became binding." }],
  },
];
