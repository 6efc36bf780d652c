import type { Condition } from "../../engine/condition.js";
import type { LawRef } from "../../law/registry.js";
import { LAW as law } from "./refs.js";
import type { KzRule } from "./rules.js";
import { PASSAGES as seed } from "./sources.js";

// The offences that presuppose that prostitution took place (someone else's, or hers).
const PRESUPPOSE_PROSTITUTION = ["providingPremises", "brothel", "engagingInProstitution", "pimping"] as const;
const administrative: Condition = { fact: "charge.code", in: ["administrative"] };
// The paper cites one of these articles, read in its code's edition. Without an article the offence alone says what the charge is.
const cites = (...articles: [LawRef, ...LawRef[]]): Condition => ({ cites: articles });

// What she can do, said once: the report's recommendations point to the prosecutor's office, the
// Department of Internal Affairs, the health authorities and the NGO's legal counselling.
const HELP_POLICE = {
  en: "Keep every paper or receipt you were given, and ask the NGO's legal consultant to help you appeal or complain to the prosecutor's office.",
  ru: "Сохраните все выданные вам бумаги и квитанции и попросите юриста общественной организации помочь обжаловать решение или подать жалобу в прокуратуру.",
  kk: "Сізге берілген барлық қағаздар мен түбіртектерді сақтаңыз және қоғамдық ұйымның заң кеңесшісінен шешімге шағымдануға немесе прокуратураға шағым беруге көмектесуін сұраңыз.",
};

/** The charge rules of the kz pack, from the seed's section "Legislation and national policies", in report order. */
export const KZ_CHARGE_RULES: readonly KzRule[] = [
  {
    id: "kz.charge.prostitution-not-an-offence",
    code: "PROSTITUTION_NOT_AN_OFFENCE",
    scope: "charge",
    severity: "unlawful",
    needs: ["charge.offence"],
    // Before 30 January 2001 prostitution was an administrative offence: no flag.
    when: { all: [{ fact: "charge.offence", in: ["prostitution"] }, { inForce: law.abolition }] },
    citations: [law.abolition, law.cao2001, law.cc1997, law.cao, law.cc],
    title: {
      en: "Prostitution itself is not an offence",
      ru: "Занятие проституцией само по себе не правонарушение",
      kk: "Жезөкшелікпен айналысудың өзі құқық бұзушылық емес",
    },
    messages: {
      en: "The charge is for prostitution itself, which has not been an offence in Kazakhstan since 30 January 2001: no article of the codes punishes it.",
      ru: "Обвинение — в самом занятии проституцией, которое не является правонарушением в Казахстане с 30 января 2001 года: ни одна статья кодексов за это не наказывает.",
      kk: "Айып жезөкшелікпен айналысудың өзі үшін тағылған, ал бұл Қазақстанда 2001 жылғы 30 қаңтардан бері құқық бұзушылық емес: кодекстердің бірде-бір бабы ол үшін жаза көздемейді.",
    },
    explain: {
      en: `Selling sex is not an offence in Kazakhstan: the penalty for prostitution was lifted on 30 January 2001, and neither the Administrative nor the Criminal Code has an article that punishes it. A fine or any other penalty “for prostitution” has no legal basis. ${HELP_POLICE.en}`,
      ru: `Продажа секса не является правонарушением в Казахстане: ответственность за занятие проституцией отменена 30 января 2001 года, и ни в Административном, ни в Уголовном кодексе нет статьи, которая бы за это наказывала. Штраф или другое наказание «за проституцию» не имеет законного основания. ${HELP_POLICE.ru}`,
      kk: `Қазақстанда ақылы жыныстық қызмет көрсету құқық бұзушылық емес: жезөкшелікпен айналысқаны үшін жауаптылық 2001 жылғы 30 қаңтарда алынып тасталды, Әкімшілік құқық бұзушылық туралы кодексте де, Қылмыстық кодексте де ол үшін жаза көздейтін бап жоқ. «Жезөкшелік үшін» салынған айыппұлдың немесе өзге жазаның заңды негізі жоқ. ${HELP_POLICE.kk}`,
    },
    source: [seed.abolition, seed.notACrime, seed.noArticle],
  },
  {
    id: "kz.charge.article-not-in-force",
    code: "ARTICLE_NOT_IN_FORCE",
    scope: "charge",
    severity: "unlawful",
    needs: ["charge.article", "charge.code", "charge.codeEdition"],
    when: { articleInForce: false },
    citations: [law.constitution77, law.iccpr15],
    title: {
      en: "The article cited was not in force on the day",
      ru: "Указанная статья не действовала в день деяния",
      kk: "Көрсетілген бап іс-әрекет жасалған күні күшінде болмаған",
    },
    messages: {
      en: "The charge cites article {citedArticle}, which was not in force on the day of the conduct (it is in force from {citedFrom}); a law that establishes liability has no retroactive force.",
      ru: "В обвинении указана статья {citedArticle}, которая не действовала в день деяния (действует с {citedFrom}); закон, устанавливающий ответственность, обратной силы не имеет.",
      kk: "Айыпта {citedArticle} бабы көрсетілген, ол іс-әрекет жасалған күні күшінде болмаған ({citedFrom} бастап күшінде); жауаптылықты белгілейтін заңның кері күші болмайды.",
    },
    explain: {
      en: `You can only be punished under a law that was in force on the day of what you are said to have done. The article on your paper was not in force on that day, so the charge rests on the wrong law. ${HELP_POLICE.en}`,
      ru: `Наказать можно только по закону, который действовал в день того, что вам вменяют. Статья в вашем документе в тот день не действовала, значит, обвинение основано не на том законе. ${HELP_POLICE.ru}`,
      kk: `Сізге тағылып отырған іс-әрекет жасалған күні күшінде болған заң бойынша ғана жазалауға болады. Қағазыңызда көрсетілген бап ол күні күшінде болмаған, демек айып тиісті емес заңға негізделген. ${HELP_POLICE.kk}`,
    },
    source: [seed.article449],
  },
  {
    id: "kz.charge.soliciting-outside-public-place",
    code: "SOLICITING_OUTSIDE_PUBLIC_PLACE",
    scope: "charge",
    severity: "dubious",
    needs: ["charge.code", "charge.article", "charge.codeEdition", "charge.offence", "charge.place"],
    when: {
      all: [
        administrative,
        { any: [cites(law.cao449), { fact: "charge.offence", in: ["soliciting"] }] },
        { fact: "charge.place", in: ["sauna", "hotel", "apartment", "onCall"] },
        // Soliciting was no offence before article 449: a charge before then is ARTICLE_NOT_IN_FORCE's.
        { inForce: law.cao449 },
      ],
    },
    citations: [law.cao449],
    title: {
      en: "Soliciting in public places charged for work outside a public place",
      ru: "«Приставание в общественных местах» вменено за работу вне общественного места",
      kk: "«Қоғамдық орындарда жабысу» қоғамдық орыннан тыс жұмыс үшін тағылған",
    },
    messages: {
      en: "Article 449 punishes soliciting in public places, but the conduct charged took place in a sauna, a hotel, an apartment or on call.",
      ru: "Статья 449 наказывает за приставание в общественных местах, а вменяемое деяние произошло в сауне, гостинице, квартире или по вызову.",
      kk: "449-бап қоғамдық орындарда жабысқаны үшін жаза көздейді, ал айып тағылған іс-әрекет саунада, қонақүйде, пәтерде немесе шақыру бойынша болған.",
    },
    explain: {
      en: `Article 449 of the Administrative Code is about soliciting in public places, such as the street. Work in a sauna, a hotel room, an apartment or on call is not soliciting in a public place, so this article does not fit what happened. ${HELP_POLICE.en}`,
      ru: `Статья 449 Административного кодекса — о приставании в общественных местах, например на улице. Работа в сауне, гостиничном номере, квартире или по вызову — это не приставание в общественном месте, поэтому статья к тому, что произошло, не подходит. ${HELP_POLICE.ru}`,
      kk: `Әкімшілік құқық бұзушылық туралы кодекстің 449-бабы көше сияқты қоғамдық орындарда жабысу туралы. Саунадағы, қонақүй нөміріндегі, пәтердегі немесе шақыру бойынша жұмыс қоғамдық орында жабысу емес, сондықтан бұл бап болған жағдайға сәйкес келмейді. ${HELP_POLICE.kk}`,
    },
    source: [seed.article449, seed.venues],
  },
  {
    id: "kz.charge.advertisement-alone-insufficient",
    code: "ADVERTISEMENT_ALONE_INSUFFICIENT",
    scope: "charge",
    severity: "unlawful",
    needs: ["charge.code", "charge.article", "charge.codeEdition", "charge.offence", "charge.facts.advertisementOnly"],
    when: {
      all: [
        administrative,
        { any: [cites(law.cao450), { fact: "charge.offence", in: ["providingPremises", "pimping"] }] },
        { fact: "charge.facts.advertisementOnly", equals: true },
      ],
    },
    citations: [law.trafficking2013, law.cao450],
    title: {
      en: "An advertisement alone cannot ground article 450",
      ru: "Одно объявление не может быть основанием для статьи 450",
      kk: "Бір ғана хабарландыру 450-бап бойынша айыпқа негіз бола алмайды",
    },
    messages: {
      en: "The charge of knowingly providing premises for prostitution or pimping (article 450) rests only on an advertisement of sexual services, which cannot by itself ground it.",
      ru: "Обвинение в предоставлении помещений заведомо для занятия проституцией или сводничестве (статья 450) основано только на объявлении о сексуальных услугах, а одного его недостаточно.",
      kk: "Жезөкшелікпен айналысу үшін үй-жайларды көрінеу беру немесе жеңгетайлық (450-бап) бойынша айып тек жыныстық қызметтер туралы хабарландыруға негізделген, ал оның өзі жеткіліксіз.",
    },
    explain: {
      en: `Publishing an advertisement of sexual services is not, on its own, enough to charge anyone with knowingly providing premises for prostitution or pimping (article 450 of the Administrative Code). If the only evidence is an advertisement, the charge has no basis. ${HELP_POLICE.en}`,
      ru: `Одного объявления о сексуальных услугах недостаточно, чтобы обвинить кого-либо в предоставлении помещений заведомо для занятия проституцией или сводничестве (статья 450 Административного кодекса). Если единственное доказательство — объявление, обвинение не имеет основания. ${HELP_POLICE.ru}`,
      kk: `Жыныстық қызметтер туралы хабарландыру жариялаудың өзі ешкімді жезөкшелікпен айналысу үшін үй-жайларды көрінеу бергені немесе жеңгетайлық үшін (Әкімшілік құқық бұзушылық туралы кодекстің 450-бабы) жауаптылыққа тартуға жеткіліксіз. Жалғыз дәлел хабарландыру болса, айыптың негізі жоқ. ${HELP_POLICE.kk}`,
    },
    source: [seed.advertisement],
  },
  {
    id: "kz.charge.attempt-not-punishable",
    code: "ATTEMPT_NOT_PUNISHABLE",
    scope: "charge",
    severity: "unlawful",
    needs: ["charge.code", "charge.offence", "charge.facts.arrestedBeforeService"],
    when: {
      all: [
        administrative,
        { fact: "charge.offence", in: ["prostitution", ...PRESUPPOSE_PROSTITUTION] },
        { fact: "charge.facts.arrestedBeforeService", equals: true },
      ],
    },
    citations: [law.cao2001, law.cao],
    title: {
      en: "No administrative liability for an attempt",
      ru: "Покушение не влечёт административной ответственности",
      kk: "Оқталғаны үшін әкімшілік жауаптылық көзделмеген",
    },
    messages: {
      en: "The administrative charge is for conduct stopped before any service (arrested when the payment was taken); the Code of Administrative Offences punishes neither preparation nor attempt.",
      ru: "Административное обвинение — за деяние, прерванное до какой-либо услуги (задержание в момент получения оплаты); Кодекс об административных правонарушениях не наказывает ни приготовление, ни покушение.",
      kk: "Әкімшілік айып кез келген қызметке дейін тоқтатылған іс-әрекет үшін тағылған (ақы алған сәтте ұстап алынған); Әкімшілік құқық бұзушылық туралы кодекс дайындалғаны немесе оқталғаны үшін жаза көздемейді.",
    },
    explain: {
      en: `The Administrative Code, unlike the Criminal Code, does not punish preparing or attempting an offence. If you were arrested when you took the money, before any service, that is not a ground for an administrative penalty. ${HELP_POLICE.en}`,
      ru: `Административный кодекс, в отличие от Уголовного, не наказывает за приготовление или покушение. Если вас задержали в момент, когда вы взяли деньги, до какой-либо услуги, это не основание для административного наказания. ${HELP_POLICE.ru}`,
      kk: `Әкімшілік құқық бұзушылық туралы кодекс, Қылмыстық кодекстен айырмашылығы, құқық бұзушылыққа дайындалғаны немесе оқталғаны үшін жаза көздемейді. Егер сізді ақшаны алған сәтте, ешқандай қызмет көрсетілмей тұрып ұстап алса, бұл әкімшілік жаза қолдануға негіз емес. ${HELP_POLICE.kk}`,
    },
    source: [seed.noAttempt, seed.arrestedAtPayment],
  },
  {
    id: "kz.charge.prostitution-not-proven",
    code: "PROSTITUTION_NOT_PROVEN",
    scope: "charge",
    severity: "dubious",
    needs: ["charge.offence", "charge.facts.intercourseProven", "charge.facts.paymentProven", "charge.facts.paidActsProven"],
    when: {
      all: [
        { fact: "charge.offence", in: PRESUPPOSE_PROSTITUTION },
        // All three elements at once; one missing means no offence, whatever the others.
        {
          not: {
            all: [
              { fact: "charge.facts.intercourseProven", equals: true },
              { fact: "charge.facts.paymentProven", equals: true },
              { fact: "charge.facts.paidActsProven", atLeast: 2 },
            ],
          },
        },
      ],
    },
    citations: [law.trafficking2013, law.cao450, law.cc1997_270, law.cc1997_271, law.cc308, law.cc309],
    title: { en: "Prostitution not proven", ru: "Занятие проституцией не доказано", kk: "Жезөкшелікпен айналысу дәлелденбеген" },
    messages: {
      en: "The charge presupposes that prostitution took place, but its three elements are not all proven: sexual intercourse, payment for it, and two or more times.",
      ru: "Обвинение предполагает, что имело место занятие проституцией, но три его признака не доказаны все вместе: половой акт, оплата за него и два или более раза.",
      kk: "Айып жезөкшелікпен айналысу орын алды деп болжайды, бірақ оның үш белгісі бірге дәлелденбеген: жыныстық қатынас, ол үшін ақы төленуі және мұның екі немесе одан көп рет болуы.",
    },
    explain: {
      en: `A charge of providing premises, running a brothel, pimping or engaging someone in prostitution needs proof that prostitution took place: sexual intercourse, payment for it, and that it happened two or more times — all three at once. If one of them is not proven there is no offence; a single paid act is not enough. ${HELP_POLICE.en}`,
      ru: `Для обвинения в предоставлении помещений, содержании притона, сводничестве или вовлечении в проституцию нужно доказать, что занятие проституцией имело место: половой акт, оплата за него и то, что это было два или более раза, — все три признака сразу. Если хотя бы один не доказан, правонарушения нет; одного оплаченного акта недостаточно. ${HELP_POLICE.ru}`,
      kk: `Үй-жай беру, притон ұстау, жеңгетайлық немесе жезөкшелікпен айналысуға тарту бойынша айыптау үшін жезөкшелікпен айналысу орын алғанын дәлелдеу керек: жыныстық қатынас, ол үшін ақы төленгені және мұның екі немесе одан көп рет болғаны — үш белгі бірге. Олардың біреуі дәлелденбесе, құқық бұзушылық жоқ; ақы төленген бір ғана жағдай жеткіліксіз. ${HELP_POLICE.kk}`,
    },
    source: [seed.threeElements, seed.allAtOnce],
  },
  {
    id: "kz.charge.sex-worker-not-subject",
    code: "SEX_WORKER_NOT_SUBJECT",
    scope: "charge",
    severity: "dubious",
    needs: ["charge.code", "charge.article", "charge.codeEdition", "charge.offence", "charge.role", "charge.facts.organisingFunctions"],
    when: {
      all: [
        { fact: "charge.code", in: ["criminal"] },
        { any: [cites(law.cc308, law.cc309, law.cc1997_270, law.cc1997_271), { fact: "charge.offence", in: PRESUPPOSE_PROSTITUTION }] },
        { fact: "charge.role", in: ["sexWorker"] },
        // Renting a flat and letting another work there is such a function.
        { fact: "charge.facts.organisingFunctions", equals: false },
      ],
    },
    citations: [law.cc1997_270, law.cc1997_271, law.cc308, law.cc309],
    title: {
      en: "Articles 308 and 309 do not apply to a sex worker who organised nothing",
      ru: "Статьи 308 и 309 не применяются к секс-работнику(-це), который(-ая) ничего не организовывал(а)",
      kk: "ҚК-нің 308 және 309-баптары ештеңе ұйымдастырмаған секс-қызметкерге қолданылмайды",
    },
    messages: {
      en: "A criminal charge under article 308 or 309 is brought against a sex worker who performed no organising function: such a sex worker is not subject to these articles (she may be a witness or a victim).",
      ru: "Уголовное обвинение по статье 308 или 309 предъявлено секс-работнику(-це), не выполнявшему(-ей) организационных функций: такие секс-работники не являются субъектом этих статей (они могут быть свидетелями или потерпевшими).",
      kk: "308 немесе 309-бап бойынша қылмыстық айып ұйымдастырушылық ешқандай қызмет атқармаған секс-қызметкерге тағылған: мұндай секс-қызметкер бұл баптардың субъектісі емес (ол куә немесе жәбірленуші болуы мүмкін).",
    },
    explain: {
      en: "Articles 308 and 309 of the Criminal Code punish those who engage others in prostitution, organise it or run a brothel. A sex worker who did none of this cannot be charged under them: in such a case she may be a witness or a victim. (Renting a flat and letting another woman work there does count as providing premises.) You have the right to a lawyer from the moment of detention: ask for one, and contact the NGO's legal consultant at once.",
      ru: "Статьи 308 и 309 Уголовного кодекса наказывают тех, кто вовлекает других в проституцию, организует её или содержит притон. Секс-работника(-цу), который(-ая) ничего из этого не делал(а), по ним обвинить нельзя: в таком деле он(а) может быть свидетелем или потерпевшим(-ей). (Снять квартиру и пустить туда работать другого человека — это уже предоставление помещения.) Вы имеете право на адвоката с момента задержания: потребуйте его и сразу свяжитесь с юристом общественной организации.",
      kk: "Қылмыстық кодекстің 308 және 309-баптары басқаларды жезөкшелікпен айналысуға тартқандарды, оны ұйымдастырғандарды немесе притон ұстағандарды жазалайды. Бұлардың ешқайсысын жасамаған секс-қызметкерді осы баптар бойынша жауаптылыққа тартуға болмайды: мұндай істе ол куә немесе жәбірленуші болуы мүмкін. (Пәтер жалдап, онда басқа адамды жұмыс істеуге жіберу үй-жай беру болып саналады.) Ұстап алынған кезден бастап адвокаттың көмегіне құқығыңыз бар: оны талап етіңіз және бірден қоғамдық ұйымның заң кеңесшісіне хабарласыңыз.",
    },
    source: [seed.notSubject, seed.rentedVenue],
  },
  {
    id: "kz.charge.intent-not-proven",
    code: "INTENT_NOT_PROVEN",
    scope: "charge",
    severity: "dubious",
    needs: ["charge.offence", "charge.facts.knowingly"],
    when: {
      all: [
        { fact: "charge.offence", in: PRESUPPOSE_PROSTITUTION },
        { fact: "charge.facts.knowingly", equals: false },
      ],
    },
    citations: [law.trafficking2013, law.cao450, law.cc1997_270, law.cc1997_271, law.cc308, law.cc309],
    title: { en: "Acting knowingly not proven", ru: "Умысел не доказан", kk: "Қасақаналық дәлелденбеген" },
    messages: {
      en: "The charge (premises, pimping, brothel or engaging in prostitution) requires proof that the person acted knowingly, realising the purpose of her actions; that is not proven.",
      ru: "Обвинение (помещение, сводничество, притон или вовлечение в проституцию) требует доказать, что человек действовал заведомо, понимая цель своих действий; это не доказано.",
      kk: "Айып (үй-жай, жеңгетайлық, притон немесе жезөкшелікпен айналысуға тарту) адамның өз әрекеттерінің мақсатын түсіне отырып, көрінеу әрекет еткенін дәлелдеуді талап етеді; бұл дәлелденбеген.",
    },
    explain: {
      en: `For providing premises, pimping, running a brothel or engaging someone in prostitution, it must be proven that the person acted knowingly — that she knew the true purpose of what she did. A taxi driver who drove a sex worker to a client without being told cannot be found guilty; a sauna administrator who arranged a room for a client on request can. If this is not proven, the charge is not founded. ${HELP_POLICE.en}`,
      ru: `Для обвинения в предоставлении помещений, сводничестве, содержании притона или вовлечении в проституцию нужно доказать, что человек действовал заведомо — знал истинную цель своих действий. Таксиста, который отвёз секс-работника(-цу) к клиенту, не зная об этом, нельзя признать виновным; администратора сауны, который по просьбе клиента пригласил секс-работника(-цу) и предоставил комнату, — можно. Если это не доказано, обвинение необоснованно. ${HELP_POLICE.ru}`,
      kk: `Үй-жай беру, жеңгетайлық, притон ұстау немесе жезөкшелікпен айналысуға тарту бойынша айыптау үшін адамның біле тұра әрекет еткенін — өз әрекеттерінің шын мақсатын білгенін — дәлелдеу керек. Секс-қызметкерді клиентке мұны білмей апарған такси жүргізушісін кінәлі деп тануға болмайды; клиенттің өтініші бойынша секс-қызметкерді шақырып, бөлме берген сауна әкімшісін — болады. Бұл дәлелденбесе, айып негізсіз. ${HELP_POLICE.kk}`,
    },
    source: [seed.intent],
  },
  {
    id: "kz.charge.fine-paid-to-officer",
    code: "FINE_PAID_TO_OFFICER",
    scope: "charge",
    severity: "unlawful",
    needs: ["charge.penalty.kind", "charge.penalty.paidTo"],
    when: {
      all: [
        // A warning or a detention is not paid: only a fine, or a penalty whose payee is recorded, is judged.
        { any: [{ fact: "charge.penalty.kind", in: ["fine"] }, { present: "charge.penalty.paidTo" }] },
        { fact: "charge.penalty.paidTo", equals: "officer" },
      ],
    },
    citations: [law.cao2001, law.cao],
    title: { en: "Penalty paid to the officer", ru: "Штраф уплачен сотруднику полиции", kk: "Айыппұл полиция қызметкеріне төленген" },
    messages: {
      en: "The penalty was paid to the officer, not to the state: money handed to an officer is not a lawful penalty.",
      ru: "Штраф уплачен сотруднику полиции, а не государству: деньги, переданные сотруднику, — не законное наказание.",
      kk: "Айыппұл мемлекетке емес, полиция қызметкеріне төленген: қызметкерге берілген ақша заңды жаза емес.",
    },
    explain: {
      en: "A lawful fine is paid to the state, with an official receipt — never into an officer's hands. Money paid to an officer is extortion, not a penalty. Write down when and where it happened and, if you can, which officer; the NGO's legal consultant can help you complain to the prosecutor's office or the Department of Internal Affairs.",
      ru: "Законный штраф платят государству и получают официальную квитанцию — никогда не в руки сотруднику. Деньги, отданные сотруднику, — это вымогательство, а не наказание. Запишите, когда и где это было и, если можете, кто из сотрудников; юрист общественной организации поможет подать жалобу в прокуратуру или в Департамент внутренних дел.",
      kk: "Заңды айыппұл мемлекетке төленеді және ол үшін ресми түбіртек беріледі — ешқашан қызметкердің қолына берілмейді. Қызметкерге берілген ақша — жаза емес, қорқытып алушылық. Бұл қашан және қайда болғанын, мүмкін болса, қай қызметкер екенін жазып алыңыз; қоғамдық ұйымның заң кеңесшісі прокуратураға немесе Ішкі істер департаментіне шағым беруге көмектеседі.",
    },
    source: [seed.finesForNothing, seed.extortion],
  },
];
