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
    citations: [law.cao],
    title: { en: "Fine at detention paid to the officer", ru: "Штраф при задержании уплачен сотруднику полиции" },
    messages: {
      en: "A fine at detention was paid directly to the policeman, not to the state: that is not a lawful penalty.",
      ru: "Штраф при задержании уплачен напрямую полицейскому, а не государству: это не законное наказание.",
    },
    explain: {
      en: "A lawful fine is paid to the state, with an official receipt — never into an officer's hands. Money paid to an officer is extortion, not a penalty. Write down when and where it happened and, if you can, which officer; the NGO's legal consultant can help you complain to the prosecutor's office or the Department of Internal Affairs.",
      ru: "Законный штраф платят государству и получают официальную квитанцию — никогда не в руки сотруднику. Деньги, отданные сотруднику, — это вымогательство, а не наказание. Запишите, когда и где это было и, если можете, кто из сотрудников; юрист общественной организации поможет подать жалобу в прокуратуру или в Департамент внутренних дел.",
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
    title: { en: "Paid to be released", ru: "Пришлось заплатить за освобождение" },
    messages: {
      en: "She had to pay to be released from detention: freedom cannot be bought from the police; this is extortion.",
      ru: "Ей пришлось заплатить, чтобы её освободили: свободу нельзя покупать у полиции, это вымогательство.",
    },
    explain: {
      en: "Nobody may be held, or let go, for money: detention is allowed only in the cases the law provides, and making you pay to be released is extortion by the police, which is a crime. You can complain to the prosecutor's office; the NGO's legal consultant can help you write the complaint and stand by you if you are threatened for it.",
      ru: "Никого нельзя задерживать или отпускать за деньги: задержание допускается только в случаях, предусмотренных законом, а требование заплатить за освобождение — это вымогательство со стороны полиции, то есть преступление. Вы можете подать жалобу в прокуратуру; юрист общественной организации поможет её написать и поддержит вас, если вам будут угрожать.",
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
    title: { en: "Forced to provide sex to be released (“subbotnik”)", ru: "Принуждение к сексу за освобождение («субботник»)" },
    messages: {
      en: "She had to provide sex for free to be released: sexual violence by the police, a form of cruel, inhuman or degrading treatment.",
      ru: "Ей пришлось бесплатно оказать сексуальные услуги, чтобы её освободили: это сексуальное насилие со стороны полиции, жестокое, бесчеловечное или унижающее достоинство обращение.",
    },
    explain: {
      en: "Being forced to have sex with police officers to be released — the “subbotnik” — is sexual violence. It is forbidden by the Convention against Torture and by article 7 of the International Covenant on Civil and Political Rights, and it is a crime. It is not your fault, and your work does not make it lawful. You can complain to the prosecutor's office; the NGO can support you, help you get medical care and document what happened.",
      ru: "Принуждение к сексу с полицейскими ради освобождения — «субботник» — это сексуальное насилие. Его запрещают Конвенция против пыток и статья 7 Международного пакта о гражданских и политических правах, и это преступление. Вы в этом не виноваты, и ваша работа не делает это законным. Вы можете подать жалобу в прокуратуру; общественная организация поддержит вас, поможет получить медицинскую помощь и задокументировать произошедшее.",
    },
    source: [seed.subbotnik, seed.cruelTreatment],
  },
  {
    id: "kz.record.drugs-planted",
    code: "DRUGS_PLANTED",
    scope: "record",
    severity: "unlawful",
    needs: ["police.violations"],
    when: { fact: "police.violations", includes: "drugsPlanted" },
    citations: [law.constitution77, law.iccpr9],
    title: { en: "Drugs planted", ru: "Подброшены наркотики" },
    messages: {
      en: "Drugs were planted on her: evidence made up by the police has no legal force, and planting it is grounds for a complaint.",
      ru: "Ей подбросили наркотики: доказательства, сфабрикованные полицией, не имеют юридической силы, и это основание для жалобы.",
    },
    explain: {
      en: "Planting drugs on someone is a crime by the police, and evidence obtained unlawfully has no legal force. If drugs were planted on you, ask for a lawyer — you have the right to one from the moment of detention — and tell the NGO's legal consultant as soon as you can, even if you were made to withdraw a complaint.",
      ru: "Подбросить наркотики — преступление со стороны полиции, а доказательства, полученные незаконно, не имеют юридической силы. Если вам подбросили наркотики, потребуйте адвоката — вы имеете на это право с момента задержания — и как можно скорее расскажите юристу общественной организации, даже если вас заставили забрать жалобу.",
    },
    source: [seed.drugs],
  },
  {
    id: "kz.record.forced-hiv-test",
    code: "FORCED_HIV_TEST",
    scope: "record",
    severity: "unlawful",
    needs: ["police.violations", "medical.violations"],
    when: {
      any: [
        { fact: "police.violations", includes: "forcedHivTest" },
        { fact: "medical.violations", includes: "forcedHivTest" },
      ],
    },
    citations: [law.health2009, law.health2020],
    title: { en: "Forced HIV test", ru: "Принудительный тест на ВИЧ" },
    messages: {
      en: "She was forced to take an HIV test: HIV testing is voluntary and confidential.",
      ru: "Её принудили пройти тест на ВИЧ: тестирование на ВИЧ добровольное и конфиденциальное.",
    },
    explain: {
      en: "HIV testing is voluntary and confidential: nobody — not the police, not a doctor — may force you to be tested or to show your results. If it happened, you can complain to the head of the clinic, to the Regional Health Department or to the prosecutor's office; the NGO can help. You can still test voluntarily and confidentially at the AIDS Center or a friendly clinic.",
      ru: "Тестирование на ВИЧ — добровольное и конфиденциальное: никто — ни полиция, ни врач — не вправе заставить вас пройти тест или показать результаты. Если это случилось, вы можете пожаловаться руководителю медицинского учреждения, в областное управление здравоохранения или в прокуратуру; общественная организация поможет. Пройти тест добровольно и конфиденциально можно в СПИД-центре или дружественном кабинете.",
    },
    source: [seed.voluntaryTest, seed.forcedByPolice],
  },
  {
    id: "kz.record.hiv-status-disclosed",
    code: "HIV_STATUS_DISCLOSED",
    scope: "record",
    severity: "unlawful",
    needs: ["medical.violations"],
    when: { fact: "medical.violations", includes: "hivStatusDisclosed" },
    citations: [law.health2009, law.health2020],
    title: { en: "HIV status disclosed", ru: "Разглашён ВИЧ-статус" },
    messages: {
      en: "Her HIV status was disclosed by medical staff: the confidentiality of an HIV diagnosis is protected by law.",
      ru: "Медицинские работники разгласили её ВИЧ-статус: конфиденциальность диагноза ВИЧ охраняется законом.",
    },
    explain: {
      en: "Your HIV status is confidential. Only medical staff may know your test results, and they must give them to you yourself — not to outreach workers, the police, your employer or people close to you. If your status was disclosed, you can complain to the head of the medical institution, to the Regional AIDS Center or to the Regional Health Department; the NGO can help you.",
      ru: "Ваш ВИЧ-статус конфиденциален. Результаты теста могут знать только медицинские работники, и сообщать их они должны лично вам — не аутрич-работникам, не полиции, не работодателю и не близким. Если ваш статус разгласили, вы можете пожаловаться руководителю медицинского учреждения, в областной центр СПИД или в областное управление здравоохранения; общественная организация поможет.",
    },
    source: [seed.confidentiality, seed.disclosure],
  },
  {
    id: "kz.record.detention-rights-denied",
    code: "DETENTION_RIGHTS_DENIED",
    scope: "record",
    severity: "dubious",
    needs: ["police.detention.badgeShown", "police.violations"],
    when: {
      any: [
        { fact: "police.detention.badgeShown", equals: false },
        { fact: "police.violations", includesAny: ["relativesNotInformed", "legalAidRefused", "medicalAidRefused", "rightsNotExplained"] },
      ],
    },
    citations: [law.constitution16, law.iccpr9],
    title: { en: "Rights at detention denied", ru: "Нарушены права при задержании" },
    messages: {
      en: "At detention the officer did not show his badge, her relatives were not informed, legal or medical aid was refused, or her rights were not explained.",
      ru: "При задержании сотрудник не показал удостоверение, родственникам не сообщили, в юридической или медицинской помощи отказали либо права не разъяснили.",
    },
    explain: {
      en: "When the police detain you, the officer must show his badge and tell you why you are detained and what your rights are. You have the right to a lawyer from the moment of detention, to have your relatives informed and to get medical help. If this was refused, write down what happened and when; the NGO's legal consultant can help you complain to the prosecutor's office.",
      ru: "При задержании сотрудник полиции обязан показать удостоверение, сказать, за что вас задерживают, и разъяснить ваши права. Вы имеете право на адвоката с момента задержания, на то, чтобы сообщили родственникам, и на медицинскую помощь. Если в этом отказали, запишите, что и когда произошло; юрист общественной организации поможет подать жалобу в прокуратуру.",
    },
    source: [seed.detentionRights, seed.legalAid],
  },
  {
    id: "kz.record.minor",
    code: "MINOR",
    scope: "record",
    severity: "check",
    needs: ["respondent.age"],
    when: { fact: "respondent.age", below: 18 },
    citations: [law.cc134, law.crc34],
    title: { en: "The respondent is a minor", ru: "Респондентка несовершеннолетняя" },
    messages: {
      en: "The respondent is under 18: a safeguarding matter. Article 134 punishes those who involve minors in prostitution, never the minor.",
      ru: "Респондентке меньше 18 лет: нужна защита. Статья 134 наказывает тех, кто вовлекает несовершеннолетних в проституцию, но никогда не самих несовершеннолетних.",
    },
    explain: {
      en: "You are under 18. Nobody may involve you in selling sex: the law punishes the adults who do it, never you. You have the right to protection and help, and the NGO can help you find safe and confidential support.",
      ru: "Вам меньше 18 лет. Никто не вправе вовлекать вас в продажу секса: закон наказывает взрослых, которые это делают, но никогда не вас. Вы имеете право на защиту и помощь, и общественная организация поможет найти безопасную и конфиденциальную поддержку.",
    },
    source: [seed.minors, seed.article134],
  },
];
