import type { SeedSource } from "../../law/registry.js";

/** The sections of the seed report (the NGO "Amelia" report, Taldykorgan, 2015) that the kz pack quotes. */
export const SEED_SECTIONS = {
  summary: "Summary",
  overview: "Overview of legislation around sex work in the Republic of Kazakhstan",
  legalFrameworks: "Legal frameworks",
  internationalLaw: "International Law",
  engaging: "Legislation and national policies addressing engaging and/or organizing prostitution",
  police: "Collected Survey Data Analysis: documented violations by the police",
  medical: "Documented violations by medical staff",
  findings: "Findings and conclusions",
  methodology: "Data collection methodology",
  recommendations: "Recommendations",
} as const;

const S = SEED_SECTIONS;

/** The seed passages the kz rules are written from, quoted word for word (a test checks them against the seed). */
export const PASSAGES = {
  abolition: {
    section: S.overview,
    quote: "On January 30, 2001 Kazakhstan became an abolitionist country and the penalty for prostitution was lifted.",
  },
  notACrime: { section: S.engaging, quote: "Attention should be drawn to the fact that “prostitution” is not a crime." },
  noArticle: {
    section: S.police,
    quote:
      "Since sex work is decriminalized and there is not a single article in the Criminal or Administrative Code that would allow punishing someone for sex work, sex workers are not being prosecuted for this activity.",
  },
  article449: {
    section: S.overview,
    quote:
      "In January 1, 2015, Kazakhstan adopted Article 449 of Administrative Code for “soliciting in public places” which also applies to prostitutes approaching potential clients.",
  },
  venues: {
    section: S.police,
    quote: "All sex workers who answered the questionnaire work in saunas, apartments, hotels or on call (via telephone).",
  },
  advertisement: {
    section: S.engaging,
    quote:
      "E.g. publishing announcement about sexual services cannot be an independent and adequate reason to be charged with administrative offense based on Article 450 of CAO RK on knowingly providing venue for prostitution or pimping.",
  },
  noAttempt: {
    section: S.engaging,
    quote:
      "the Code of Administrative Offense of the Republic of Kazakhstan (CAO RK) – unlike the Criminal Code of the RK – does not cover the issue of preparation for",
  },
  arrestedAtPayment: {
    section: S.engaging,
    quote:
      "Another example, if a sex worker was arrested at the moment of receiving payment from a client before the actual sexual service had happened. This case also does not qualify as a reason for administrative punishment.",
  },
  threeElements: {
    section: S.engaging,
    quote: "In other words, in order to prove that prostitution has taken place, there need to be the following obligatory attributes:",
  },
  allAtOnce: {
    section: S.engaging,
    quote:
      "It should be stressed once again that these attributes should take place all at the same time. The lack of at least one of these features shows that there is no corpus delicti",
  },
  notSubject: {
    section: S.engaging,
    quote:
      "Sex workers (if they have not performed those functions) do not qualify for such criminal charges. In criminal cases, depending on situation, they might run as witnesses or victims.",
  },
  rentedVenue: {
    section: S.engaging,
    quote:
      "In this situation the first sex worker can be charged with violation of Article 309 CC RK as an individual who systematically provides premisses for prostitution.",
  },
  intent: {
    section: S.engaging,
    quote:
      "may be charged only if proven that they have performed these acts knowingly, realizing the true purpose and meaning of their actions. For instance, it is not possible to consider a taxi driver, who took a sex worker to her client, being guilty.",
  },
  finesForNothing: {
    section: S.summary,
    quote: "hence the accompanying documents are falsified since sex workers are required to pay fines for the crimes that do not exist.",
  },
  extortion: {
    section: S.police,
    quote:
      "The research data demostrates that sex workers are not aware that systemic violence, abuse, blackmailing, money extorntion and beatings are criminal offences",
  },
  subbotnik: {
    section: S.police,
    quote:
      "In reality, this system is used to force sex workers to provide free service to police and thus prevent prosecution or avoid detention.",
  },
  cruelTreatment: {
    section: S.legalFrameworks,
    quote:
      "Many cases of physical, sexual and psychological violence described in this report may be viewed as forms of cruel, inhuman or humiliating treatment or punishment.",
  },
  drugs: {
    section: S.police,
    quote:
      "the officer would go an extra mile to ensure that the sex worker would be charged with some offense or would be found possessing drugs.",
  },
  voluntaryTest: {
    section: S.police,
    quote: "Even though HIV testing is voluntary and confidential, sex workers are asked to show the results of their HIV screening.",
  },
  forcedByPolice: {
    section: S.medical,
    quote:
      "Even though it prohibited by law, 23 interviewed sex worker pointed out that they were forced to go through HIV testing by police, which in and of itself goes against the fact that HIV testing should be anonymous, confidential and voluntary.",
  },
  confidentiality: {
    section: S.medical,
    quote:
      "According the protocol only mediacal staff, and not the outreach workers shoud have acces to testing results and providing result and post testing counceling.",
  },
  disclosure: {
    section: S.recommendations,
    quote:
      "to ensure that medical staff does not disclose HIV status and share the test results with third parties like outreach workers and close people",
  },
  detentionRights: {
    section: S.police,
    quote: "Refusal to call relatives and inform them of detention",
  },
  legalAid: { section: S.police, quote: "Rights not explained at detention" },
  minors: {
    section: S.legalFrameworks,
    quote:
      "any act connected to child prostitution, use of minors for any type of sexual needs, acts of sexual nature connected to violence (threat of thereof) are unacceptable under any circumstances.",
  },
  article134: {
    section: S.overview,
    quote: "engagement of minors in prostitution: imprisonment for three to five years with confiscation of property (Art. 134 CC RK);",
  },
  policeRape: {
    section: S.police,
    quote:
      "Illegal detention of sex workers by the police is dangerous because according to testimonies - police officers rape sex workers while in the precinct, take them to “work” or “subbotnik”, where they are forced to provide sex services for free.",
  },
  gangRape: { section: S.police, quote: "Thus four out of sixty sex worker respondents pointed out that they were gang raped by police." },
  larisa: {
    section: S.police,
    quote:
      "Once a month the police take me and force me to free sex. If I refuse, they beat me severely, and/or they plant drugs on me, rape me, write a fine",
  },
  extortionSpread: {
    section: S.police,
    quote: "Extortion of money, verbal abuse, sexual exploitation, including rape, and repeated attacks are well-spread among policemen.",
  },
  valuables: { section: S.police, quote: "Very often, they take away their money and valuables." },
  irinaPhone: { section: S.police, quote: "A policeman stole a new mobile phone from me in the course of a raid." },
  irinaRecall: { section: S.police, quote: "They detained me and made me recall my complaint." },
  retaliation: {
    section: S.police,
    quote:
      "Very frequently, the fact that police is indifferent, threaten sex workers or resorts to violence in retaliation makes it very difficult for sex workers to complain to authorities about cases of rape or attempted rape, beatings and other sexual abuse.",
  },
  reportedOfficer: {
    section: S.methodology,
    quote: "If a police officer is reported on, this officer would start threatening the sex worker that his/her case would not win anyway",
  },
  falsifiedReports: {
    section: S.police,
    quote:
      "This police behavior demonstrates that they are regularly falsifying documents and detention reports when they detain sex workers.",
  },
  passport: { section: S.police, quote: "Confiscation of passport 12" },
  conditions: { section: S.police, quote: "Conditions in detention 55" },
  medicalAidInDetention: { section: S.police, quote: "Refusal to provide medical assistance in detention 12" },
  servicesRefused: {
    section: S.medical,
    quote:
      "23 sex workers has pointed out that medical staff frequently declines them services if it becomes known that they are sex workers.",
  },
  freeCare: { section: S.medical, quote: "Rights to receive guaranteed amount of free medical services were not explained" },
  freeCareGuaranteed: {
    section: S.findings,
    quote:
      "Through legislation, the state guarantees accessibility and quality of medical examination, observation, provision of psychosocial, legal and medical consultations, medical help and provision of medication within the guaranteed limits of free medical assistance",
  },
  disclosedByOthers: {
    section: S.medical,
    quote:
      "Hence the confidentiality of HIV status is not respected. Administrators of saunas and hotels fire sex workers from their work venues.",
  },
  testingOrders: { section: S.summary, quote: "Main documents that require that sex workers undergo HIV testing are:" },
  forcedByMedical: { section: S.medical, quote: "Forced HIV testing 28" },
  marina: {
    section: S.medical,
    quote: "She took a huge mirror and inserted it into my vagina without any lubrication. I screamed from pain.",
  },
  beatingByMedical: { section: S.medical, quote: "Beatings, torture 4" },
  aigerim: { section: S.police, quote: "I never though that being forced by client to have sex without a condom is violence." },
  clientViolence: {
    section: S.police,
    quote:
      "Violence comes in many forms: verbal abuse from clients and family members, attempted rape, rape and homicide, or forcing to consumption of alcohol and drugs.",
  },
  lajla: {
    section: S.police,
    quote: "I never turned to court because I am sure that they will not help. They will laugh at me. How can a prostitute be raped?",
  },
} as const satisfies Record<string, SeedSource>;
