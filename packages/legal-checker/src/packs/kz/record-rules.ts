import { MISCONDUCT_TEXTS as T } from "./misconduct-texts.js";
import { LAW as law } from "./refs.js";
import type { KzRule } from "./rules.js";
import { PASSAGES as seed } from "./sources.js";

/** The record rules of the kz pack, from the police and medical findings of the seed, in report order. */
export const KZ_RECORD_RULES: readonly KzRule[] = [
  {
    id: "kz.record.fine-paid-to-officer",
    code: "FINE_PAID_TO_OFFICER",
    scope: "record",
    severity: "unlawful",
    needs: ["police.detention.fine.paidToOfficer"],
    when: { fact: "police.detention.fine.paidToOfficer", equals: true },
    citations: [law.cao2001, law.cao],
    title: {
      en: "Fine at detention paid to the officer",
      ru: "Штраф при задержании уплачен сотруднику полиции",
      kk: "Ұстап алу кезінде айыппұл полиция қызметкеріне төленген",
    },
    messages: {
      en: "A fine at detention was paid directly to the policeman, not to the state: that is not a lawful penalty.",
      ru: "Штраф при задержании уплачен напрямую полицейскому, а не государству: это не законное наказание.",
      kk: "Ұстап алу кезінде айыппұл мемлекетке емес, тікелей полицейге төленген: бұл заңды жаза емес.",
    },
    explain: {
      en: "A lawful fine is paid to the state, with an official receipt — never into an officer's hands. Money paid to an officer is extortion, not a penalty. Write down when and where it happened and, if you can, which officer; the NGO's legal consultant can help you complain to the prosecutor's office or the Department of Internal Affairs.",
      ru: "Законный штраф платят государству и получают официальную квитанцию — никогда не в руки сотруднику. Деньги, отданные сотруднику, — это вымогательство, а не наказание. Запишите, когда и где это было и, если можете, кто из сотрудников; юрист общественной организации поможет подать жалобу в прокуратуру или в Департамент внутренних дел.",
      kk: "Заңды айыппұл мемлекетке төленеді және ол үшін ресми түбіртек беріледі — ешқашан қызметкердің қолына берілмейді. Қызметкерге берілген ақша — жаза емес, қорқытып алушылық. Бұл қашан және қайда болғанын, мүмкін болса, қай қызметкер екенін жазып алыңыз; қоғамдық ұйымның заң кеңесшісі прокуратураға немесе Ішкі істер департаментіне шағым беруге көмектеседі.",
    },
    source: [seed.finesForNothing, seed.extortion],
  },
  {
    id: "kz.record.payment-for-release",
    code: "PAYMENT_FOR_RELEASE",
    scope: "record",
    severity: "unlawful",
    needs: ["police.detention.outcomes"],
    when: { fact: "police.detention.outcomes", includes: "paidForRelease" },
    citations: [law.constitution16, law.iccpr9],
    title: { en: "Paid to be released", ru: "Пришлось заплатить за освобождение", kk: "Босатылу үшін ақы төлеуге мәжбүр болған" },
    messages: {
      en: "The respondent had to pay to be released from detention: freedom cannot be bought from the police; this is extortion.",
      ru: "Респонденту(-ке) пришлось заплатить за освобождение: свободу нельзя покупать у полиции, это вымогательство.",
      kk: "Респондент ұстаудан босатылу үшін ақы төлеуге мәжбүр болған: бостандықты полициядан сатып алуға болмайды, бұл — қорқытып алушылық.",
    },
    explain: {
      en: "Nobody may be held, or let go, for money: detention is allowed only in the cases the law provides, and making you pay to be released is extortion by the police, which is a crime. You can complain to the prosecutor's office; the NGO's legal consultant can help you write the complaint and stand by you if you are threatened for it.",
      ru: "Никого нельзя задерживать или отпускать за деньги: задержание допускается только в случаях, предусмотренных законом, а требование заплатить за освобождение — это вымогательство со стороны полиции, то есть преступление. Вы можете подать жалобу в прокуратуру; юрист общественной организации поможет её написать и поддержит вас, если вам будут угрожать.",
      kk: "Ешкімді ақша үшін ұстап алуға да, босатуға да болмайды: ұстап алуға заңда көзделген жағдайларда ғана жол беріледі, ал босату үшін ақы талап ету — полицияның қорқытып алушылығы, яғни қылмыс. Сіз прокуратураға шағым бере аласыз; қоғамдық ұйымның заң кеңесшісі шағымды жазуға көмектеседі және сізге қоқан-лоқы көрсетілсе, қолдау көрсетеді.",
    },
    source: [seed.extortion],
  },
  {
    id: "kz.record.sex-for-release",
    code: "SEX_FOR_RELEASE",
    scope: "record",
    severity: "unlawful",
    needs: ["police.detention.outcomes"],
    when: { fact: "police.detention.outcomes", includes: "sexForRelease" },
    citations: [law.cat, law.iccpr7],
    title: {
      en: "Forced to provide sex to be released (“subbotnik”)",
      ru: "Принуждение к сексу за освобождение («субботник»)",
      kk: "Босатылу үшін жыныстық қатынасқа мәжбүрлеу («субботник»)",
    },
    messages: {
      en: "The respondent had to provide sex for free to be released: sexual violence by the police, a form of cruel, inhuman or degrading treatment.",
      ru: "Респонденту(-ке) пришлось бесплатно оказать сексуальные услуги за освобождение: это сексуальное насилие со стороны полиции, жестокое, бесчеловечное или унижающее достоинство обращение.",
      kk: "Респондент босатылу үшін ақысыз жыныстық қызмет көрсетуге мәжбүр болған: бұл — полицияның жыныстық зорлық-зомбылығы, қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын іс-әрекет.",
    },
    explain: {
      en: "Being forced to have sex with police officers to be released — the “subbotnik” — is sexual violence. It is forbidden by the Convention against Torture and by article 7 of the International Covenant on Civil and Political Rights, and it is a crime. It is not your fault, and your work does not make it lawful. You can complain to the prosecutor's office; the NGO can support you, help you get medical care and document what happened.",
      ru: "Принуждение к сексу с полицейскими ради освобождения — «субботник» — это сексуальное насилие. Его запрещают Конвенция против пыток и статья 7 Международного пакта о гражданских и политических правах, и это преступление. Вы в этом не виноваты, и ваша работа не делает это законным. Вы можете подать жалобу в прокуратуру; общественная организация поддержит вас, поможет получить медицинскую помощь и задокументировать произошедшее.",
      kk: "Босатылу үшін полиция қызметкерлерімен жыныстық қатынасқа мәжбүрлеу — «субботник» — жыныстық зорлық-зомбылық. Оған Азаптауға қарсы конвенция мен Азаматтық және саяси құқықтар туралы халықаралық пактінің 7-бабы тыйым салады, және бұл — қылмыс. Сіз бұған кінәлі емессіз, ал сіздің жұмысыңыз мұны заңды етпейді. Сіз прокуратураға шағым бере аласыз; қоғамдық ұйым сізге қолдау көрсетеді, медициналық көмек алуға және болған жағдайды құжаттауға көмектеседі.",
    },
    source: [seed.subbotnik, seed.cruelTreatment],
  },
  {
    id: "kz.record.drugs-planted",
    code: "DRUGS_PLANTED",
    scope: "record",
    severity: "unlawful",
    fallback: true,
    needs: ["police.violations"],
    when: { fact: "police.violations", includes: "drugsPlanted" },
    citations: [law.constitution77, law.iccpr9],
    title: { en: "Drugs planted", ru: "Подброшены наркотики", kk: "Есірткі жасырын салып қойылған" },
    messages: {
      en: "Drugs were planted on the respondent: evidence made up by the police has no legal force, and planting it is grounds for a complaint.",
      ru: "Респонденту(-ке) подбросили наркотики: доказательства, сфабрикованные полицией, не имеют юридической силы, и это основание для жалобы.",
      kk: "Респондентке есірткі жасырын салып қойылған: полиция қолдан жасаған дәлелдемелердің заңдық күші жоқ, ал бұл шағым беруге негіз болады.",
    },
    explain: {
      en: "Planting drugs on someone is a crime by the police, and evidence obtained unlawfully has no legal force. If drugs were planted on you, ask for a lawyer — you have the right to one from the moment of detention — and tell the NGO's legal consultant as soon as you can, even if you were made to withdraw a complaint.",
      ru: "Подбросить наркотики — преступление со стороны полиции, а доказательства, полученные незаконно, не имеют юридической силы. Если вам подбросили наркотики, потребуйте адвоката — вы имеете на это право с момента задержания — и как можно скорее расскажите юристу общественной организации, даже если вас заставили забрать жалобу.",
      kk: "Біреуге есірткі салып қою — полицияның қылмысы, ал заңсыз алынған дәлелдемелердің заңдық күші жоқ. Егер сізге есірткі салып қойылса, адвокатты талап етіңіз — ұстап алынған кезден бастап бұған құқығыңыз бар — және мүмкіндігінше тезірек қоғамдық ұйымның заң кеңесшісіне айтыңыз, тіпті сізді шағымыңызды кері қайтарып алуға мәжбүрлесе де.",
    },
    source: [seed.drugs],
  },
  {
    id: "kz.record.forced-hiv-test.police",
    code: "FORCED_HIV_TEST",
    scope: "record",
    severity: "unlawful",
    fallback: true,
    needs: ["police.violations"],
    when: { fact: "police.violations", includes: "forcedHivTest" },
    citations: [law.health2009, law.health2020, law.excess1997, law.excess2014],
    ...T.testByPolice,
    source: [seed.voluntaryTest, seed.forcedByPolice],
  },
  {
    id: "kz.record.forced-hiv-test.medical",
    code: "FORCED_HIV_TEST",
    scope: "record",
    severity: "dubious",
    fallback: true,
    needs: ["medical.violations"],
    when: { fact: "medical.violations", includes: "forcedHivTest" },
    citations: [law.health2009, law.health2020, law.moh575, law.moh552, law.gov1280],
    ...T.testByMedical,
    source: [seed.testingOrders, seed.forcedByMedical],
  },
  {
    id: "kz.record.hiv-status-disclosed",
    code: "HIV_STATUS_DISCLOSED",
    scope: "record",
    severity: "unlawful",
    fallback: true,
    needs: ["medical.violations"],
    when: { fact: "medical.violations", includes: "hivStatusDisclosed" },
    citations: [law.health2009, law.health2020],
    title: { en: "HIV status disclosed", ru: "Разглашён ВИЧ-статус", kk: "АИТВ-статусы жария етілген" },
    messages: {
      en: "The respondent's HIV status was disclosed by medical staff: the confidentiality of an HIV diagnosis is protected by law.",
      ru: "Медицинские работники разгласили ВИЧ-статус респондента(-ки): конфиденциальность диагноза ВИЧ охраняется законом.",
      kk: "Медицина қызметкерлері респонденттің АИТВ-статусын жария еткен: АИТВ диагнозының құпиялылығы заңмен қорғалады.",
    },
    explain: {
      en: "Your HIV status is confidential. Only medical staff may know your test results, and they must give them to you yourself — not to outreach workers, the police, your employer or people close to you. If your status was disclosed, you can complain to the head of the medical institution, to the Regional AIDS Center or to the Regional Health Department; the NGO can help you.",
      ru: "Ваш ВИЧ-статус конфиденциален. Результаты теста могут знать только медицинские работники, и сообщать их они должны лично вам — не аутрич-работникам, не полиции, не работодателю и не близким. Если ваш статус разгласили, вы можете пожаловаться руководителю медицинского учреждения, в областной центр СПИД или в областное управление здравоохранения; общественная организация поможет.",
      kk: "Сіздің АИТВ-статусыңыз — құпия. Тест нәтижелерін тек медицина қызметкерлері біле алады және оларды тек өзіңізге хабарлауға тиіс — аутрич-қызметкерлерге, полицияға, жұмыс берушіге немесе жақындарыңызға емес. Егер статусыңыз жария етілсе, медициналық ұйымның басшысына, облыстық ЖИТС орталығына немесе облыстық денсаулық сақтау басқармасына шағым бере аласыз; қоғамдық ұйым көмектеседі.",
    },
    source: [seed.confidentiality, seed.disclosure],
  },
  {
    id: "kz.record.detention-rights-denied",
    code: "DETENTION_RIGHTS_DENIED",
    scope: "record",
    severity: "dubious",
    fallback: true,
    needs: ["police.detention.badgeShown", "police.violations"],
    when: {
      any: [
        { fact: "police.detention.badgeShown", equals: false },
        { fact: "police.violations", includesAny: ["relativesNotInformed", "legalAidRefused", "medicalAidRefused", "rightsNotExplained"] },
      ],
    },
    citations: [law.constitution16, law.iccpr9],
    title: {
      en: "Rights at detention denied",
      ru: "Права при задержании не обеспечены",
      kk: "Ұстап алу кезіндегі құқықтар қамтамасыз етілмеген",
    },
    messages: {
      en: "At detention the officer did not show his badge, the relatives were not informed, legal or medical aid was refused, or the rights of the person detained were not explained.",
      ru: "При задержании сотрудник не показал удостоверение, родственникам не сообщили, в юридической или медицинской помощи отказали либо права не разъяснили.",
      kk: "Ұстап алу кезінде қызметкер қызметтік куәлігін көрсетпеген, туыстарына хабарланбаған, заң көмегінен немесе медициналық көмектен бас тартылған не құқықтары түсіндірілмеген.",
    },
    explain: {
      en: "When the police detain you, the officer must show his badge and tell you why you are detained and what your rights are. You have the right to a lawyer from the moment of detention, to have your relatives informed and to get medical help. If this was refused, write down what happened and when; the NGO's legal consultant can help you complain to the prosecutor's office.",
      ru: "При задержании сотрудник полиции обязан показать удостоверение, сказать, за что вас задерживают, и разъяснить ваши права. Вы имеете право на адвоката с момента задержания, на то, чтобы сообщили родственникам, и на медицинскую помощь. Если в этом отказали, запишите, что и когда произошло; юрист общественной организации поможет подать жалобу в прокуратуру.",
      kk: "Полиция сізді ұстап алған кезде қызметкер қызметтік куәлігін көрсетуге, не үшін ұсталғаныңызды айтуға және құқықтарыңызды түсіндіруге міндетті. Ұстап алынған кезден бастап адвокаттың көмегіне, туыстарыңызға хабарлануына және медициналық көмек алуға құқығыңыз бар. Егер бұдан бас тартылса, не болғанын және қашан болғанын жазып алыңыз; қоғамдық ұйымның заң кеңесшісі прокуратураға шағым беруге көмектеседі.",
    },
    source: [seed.detentionRights, seed.legalAid],
  },
  {
    id: "kz.record.minor",
    code: "MINOR",
    scope: "record",
    severity: "check",
    kind: "safeguarding",
    needs: ["respondent.age"],
    when: { fact: "respondent.age", below: 18 },
    citations: [law.cc134, law.crc34],
    title: { en: "The respondent is a minor", ru: "Респондент(ка) — несовершеннолетний(-яя)", kk: "Респондент — кәмелетке толмаған" },
    messages: {
      en: "The respondent is under 18: a safeguarding matter. Article 134 punishes those who involve minors in prostitution, never the minor.",
      ru: "Респонденту(-ке) меньше 18 лет: нужна защита. Статья 134 наказывает тех, кто вовлекает несовершеннолетних в проституцию, но никогда не самих несовершеннолетних.",
      kk: "Респондент 18 жасқа толмаған: оны қорғау қажет. 134-бап кәмелетке толмағандарды жезөкшелікпен айналысуға тартқандарды жазалайды, кәмелетке толмағандардың өзін ешқашан жазаламайды.",
    },
    explain: {
      en: "You are under 18. Nobody may involve you in selling sex: the law punishes the adults who do it, never you. You have the right to protection and help, and the NGO can help you find safe and confidential support.",
      ru: "Вам меньше 18 лет. Никто не вправе вовлекать вас в продажу секса: закон наказывает взрослых, которые это делают, но никогда не вас. Вы имеете право на защиту и помощь, и общественная организация поможет найти безопасную и конфиденциальную поддержку.",
      kk: "Сіз 18 жасқа толмағансыз. Ешкім сізді ақылы жыныстық қызметке тартуға құқылы емес: заң мұны істейтін ересектерді жазалайды, сізді ешқашан жазаламайды. Сіздің қорғауға және көмекке құқығыңыз бар, қоғамдық ұйым қауіпсіз әрі құпия қолдау табуға көмектеседі.",
    },
    source: [seed.minors, seed.article134],
  },
];

const recordRule = (id: string): KzRule => KZ_RECORD_RULES.find((r) => r.id === id) as KzRule;
const { fallback: _d, ...drugs } = recordRule("kz.record.drugs-planted");
const { fallback: _r, ...rights } = recordRule("kz.record.detention-rights-denied");

/** The incident versions of two v1 record rules: drugs planted, and rights at detention denied, on the incident's day. */
export const KZ_INCIDENT_RECORD_RULES: readonly KzRule[] = [
  {
    ...drugs,
    id: "kz.incident.drugs-planted",
    scope: "incident",
    needs: ["incident.perpetrators[].kind", "incident.acts"],
    when: {
      all: [
        { fact: "incident.perpetrators[].kind", includes: "police" },
        { fact: "incident.acts", includes: "drugsPlanted" },
      ],
    },
  },
  {
    ...rights,
    id: "kz.incident.detention-rights-denied",
    scope: "incident",
    needs: [
      "incident.perpetrators[].kind",
      "incident.detention.badgeShown",
      "incident.detention.relativesInformed",
      "incident.detention.lawyerAllowed",
      "incident.detention.rightsExplained",
      "incident.acts",
    ],
    when: {
      all: [
        { fact: "incident.perpetrators[].kind", includes: "police" },
        {
          any: [
            { fact: "incident.detention.badgeShown", equals: false },
            { fact: "incident.detention.relativesInformed", equals: false },
            { fact: "incident.detention.lawyerAllowed", equals: false },
            { fact: "incident.detention.rightsExplained", equals: false },
            { fact: "incident.acts", includesAny: ["relativesNotInformed", "legalAidRefused", "rightsNotExplained"] },
          ],
        },
      ],
    },
  },
];
