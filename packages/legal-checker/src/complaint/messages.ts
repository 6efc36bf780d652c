import { type Catalogue, defineMessages, type Messages } from "@redumbrella/questionnaire";

/** The addressees a complaint can be drafted to: law enforcement, or a health body. */
export const COMPLAINT_TO = ["prosecutor", "internalAffairs", "healthDepartment", "clinicHead", "aidsCentre"] as const;

/** An addressee of `draftComplaint`. */
export type ComplaintTo = (typeof COMPLAINT_TO)[number];

/** Why a complaint cannot be drafted. */
export const COMPLAINT_ISSUE_CODES = ["CONSENT_DENIED", "UNKNOWN_INCIDENT", "NOTHING_TO_COMPLAIN_OF"] as const;

/** A code of `COMPLAINT_ISSUE_CODES`. */
export type ComplaintIssueCode = (typeof COMPLAINT_ISSUE_CODES)[number];

// The letter's words. Blanks a consultant fills in are written "______"; nothing here names a value of the record.
const EN = {
  "to.prosecutor": "To the Prosecutor of ______ (region / city)",
  "to.internalAffairs": "To the Head of the Department of Internal Affairs of ______ region",
  "to.healthDepartment": "To the Head of the Health Department of ______ region",
  "to.clinicHead": "To the Chief Physician of ______ (medical institution)",
  "to.aidsCentre": "To the Director of the ______ Regional Center for the Prevention and Control of AIDS",
  from: "From: ______ (the applicant's full name, address and telephone, written by her at the NGO)",
  fromNamed: "From: {name} (address and telephone: ______)",
  title: "COMPLAINT",
  "heading.facts": "What happened",
  "heading.law": "Legal assessment",
  "heading.request": "I ask",
  "heading.evidence": "Evidence available",
  when: "When: {date}.",
  "when.day": "{date}",
  "when.month": "{date} (the month; the day is not recorded)",
  "when.year": "{date} (the year; the day is not recorded)",
  where: "Where: {place}.",
  who: "Who: {who}.",
  "who.one": "{kind}{count}{details}",
  "who.count": " ({count})",
  acts: "What was done: {acts}.",
  detention: "Detention: {details}.",
  "detention.hours": "held for {hours} hours",
  "detention.heldIn": "held in: {place}",
  "detention.protocol.true": "a detention protocol was drawn up",
  "detention.protocol.false": "no detention protocol was drawn up",
  "detention.court.true": "brought before a court after {hours} hours",
  "detention.court.false": "not brought before a court",
  "detention.badge.false": "the officer did not show his badge",
  "detention.relatives.false": "her relatives were not informed",
  "detention.lawyer.false": "she was not allowed a lawyer",
  "detention.rights.false": "her rights were not explained",
  "detention.medical.false": "she was given no medical aid",
  payment: "Paid to {to}: {amount} {currency}{purpose}{receipt}.",
  "payment.purpose": " (as {purpose})",
  "payment.receipt.false": ", without a receipt",
  "payment.receipt.true": ", with a receipt",
  complaint: "An earlier complaint to {to}{date}{outcome}{pressure}.",
  "complaint.date": " on {date}",
  "complaint.outcome": ": {outcome}",
  "complaint.pressure": "; she was pressed to withdraw it",
  "complaint.retaliation": "; she was retaliated against for it",
  "law.finding": "{message}",
  "law.basis": "Legal basis: {citations}.",
  "request.prosecutor":
    "to examine the facts set out above and give them a legal assessment;|to register the report and open a pre-trial investigation where there are grounds, and to bring those responsible to justice;|to protect me against pressure and retaliation because of this complaint;|to inform me of the outcome in writing.",
  "request.internalAffairs":
    "to hold an internal inquiry into the conduct of the officers concerned;|to bring those responsible to disciplinary liability and to pass the materials to the prosecutor's office where the acts are crimes;|to protect me against pressure and retaliation because of this complaint;|to inform me of the outcome in writing.",
  "request.health":
    "to examine the facts set out above;|to bring the medical workers responsible to disciplinary liability;|to ensure my access to medical care without discrimination, and the confidentiality of my medical data;|to inform me of the outcome in writing.",
  signature: "Date: ______   Signature: ______",
  "list.separator": "; ",
} as const satisfies Readonly<Record<string, string>>;

/** A key of the complaint catalogue. */
export type ComplaintMessageKey = keyof typeof EN;

const RU: Catalogue<ComplaintMessageKey> = {
  "to.prosecutor": "Прокурору ______ (области / города)",
  "to.internalAffairs": "Начальнику Департамента внутренних дел ______ области",
  "to.healthDepartment": "Руководителю Управления здравоохранения ______ области",
  "to.clinicHead": "Главному врачу ______ (медицинское учреждение)",
  "to.aidsCentre": "Директору ______ областного центра по профилактике и борьбе со СПИД",
  from: "от ______ (фамилия, имя, отчество, адрес и телефон заявительницы — заполняются ею в общественной организации)",
  fromNamed: "от {name} (адрес и телефон: ______)",
  title: "ЖАЛОБА",
  "heading.facts": "Обстоятельства",
  "heading.law": "Правовая оценка",
  "heading.request": "Прошу",
  "heading.evidence": "Имеющиеся доказательства",
  when: "Когда: {date}.",
  "when.day": "{date}",
  "when.month": "{date} (месяц; день не записан)",
  "when.year": "{date} (год; день не записан)",
  where: "Где: {place}.",
  who: "Кто: {who}.",
  "who.one": "{kind}{count}{details}",
  "who.count": " ({count})",
  acts: "Что было сделано: {acts}.",
  detention: "Задержание: {details}.",
  "detention.hours": "удерживалась {hours} ч.",
  "detention.heldIn": "место содержания: {place}",
  "detention.protocol.true": "протокол задержания составлен",
  "detention.protocol.false": "протокол задержания не составлялся",
  "detention.court.true": "доставлена в суд через {hours} ч.",
  "detention.court.false": "в суд не доставлялась",
  "detention.badge.false": "сотрудник не предъявил служебное удостоверение",
  "detention.relatives.false": "родственникам не сообщили",
  "detention.lawyer.false": "в защитнике отказали",
  "detention.rights.false": "права не разъяснили",
  "detention.medical.false": "медицинская помощь не оказана",
  payment: "Передано ({to}): {amount} {currency}{purpose}{receipt}.",
  "payment.purpose": " (как «{purpose}»)",
  "payment.receipt.false": ", без квитанции",
  "payment.receipt.true": ", с квитанцией",
  complaint: "Ранее подана жалоба ({to}){date}{outcome}{pressure}.",
  "complaint.date": " {date}",
  "complaint.outcome": ": {outcome}",
  "complaint.pressure": "; на заявительницу оказывали давление, чтобы она её отозвала",
  "complaint.retaliation": "; за жалобу её преследовали",
  "law.finding": "{message}",
  "law.basis": "Правовое основание: {citations}.",
  "request.prosecutor":
    "провести проверку изложенных фактов и дать им правовую оценку;|при наличии оснований зарегистрировать заявление и начать досудебное расследование, привлечь виновных к ответственности;|принять меры по защите меня от давления и преследования в связи с настоящей жалобой;|о результатах сообщить мне в письменной форме.",
  "request.internalAffairs":
    "провести служебную проверку в отношении указанных сотрудников;|привлечь виновных к дисциплинарной ответственности, а при наличии признаков преступления направить материалы в прокуратуру;|принять меры по защите меня от давления и преследования в связи с настоящей жалобой;|о результатах сообщить мне в письменной форме.",
  "request.health":
    "провести проверку изложенных фактов;|привлечь виновных медицинских работников к дисциплинарной ответственности;|обеспечить мне доступ к медицинской помощи без дискриминации и конфиденциальность моих медицинских данных;|о результатах сообщить мне в письменной форме.",
  signature: "Дата: ______   Подпись: ______",
  "list.separator": "; ",
};

const KK: Catalogue<ComplaintMessageKey> = {
  "to.prosecutor": "______ (облыс / қала) прокурорына",
  "to.internalAffairs": "______ облысы Ішкі істер департаментінің бастығына",
  "to.healthDepartment": "______ облысы Денсаулық сақтау басқармасының басшысына",
  "to.clinicHead": "______ (медициналық ұйым) бас дәрігеріне",
  "to.aidsCentre": "______ облыстық ЖИТС-тің алдын алу және оған қарсы күрес орталығының директорына",
  from: "______ (өтініш берушінің тегі, аты, әкесінің аты, мекенжайы мен телефоны — оларды ол қоғамдық ұйымда өзі толтырады) атынан",
  fromNamed: "{name} атынан (мекенжайы мен телефоны: ______)",
  title: "ШАҒЫМ",
  "heading.facts": "Мән-жайлар",
  "heading.law": "Құқықтық баға",
  "heading.request": "Сұраймын",
  "heading.evidence": "Бар дәлелдемелер",
  when: "Қашан: {date}.",
  "when.day": "{date}",
  "when.month": "{date} (айы; күні жазылмаған)",
  "when.year": "{date} (жылы; күні жазылмаған)",
  where: "Қайда: {place}.",
  who: "Кім: {who}.",
  "who.one": "{kind}{count}{details}",
  "who.count": " ({count})",
  acts: "Не істелді: {acts}.",
  detention: "Ұстап алу: {details}.",
  "detention.hours": "{hours} сағат ұсталды",
  "detention.heldIn": "ұсталған орны: {place}",
  "detention.protocol.true": "ұстап алу хаттамасы жасалды",
  "detention.protocol.false": "ұстап алу хаттамасы жасалмады",
  "detention.court.true": "{hours} сағаттан кейін сотқа жеткізілді",
  "detention.court.false": "сотқа жеткізілмеді",
  "detention.badge.false": "қызметкер қызметтік куәлігін көрсетпеді",
  "detention.relatives.false": "туыстарына хабарланбады",
  "detention.lawyer.false": "қорғаушыдан бас тартылды",
  "detention.rights.false": "құқықтары түсіндірілмеді",
  "detention.medical.false": "медициналық көмек көрсетілмеді",
  payment: "Берілді ({to}): {amount} {currency}{purpose}{receipt}.",
  "payment.purpose": " («{purpose}» ретінде)",
  "payment.receipt.false": ", түбіртексіз",
  "payment.receipt.true": ", түбіртекпен",
  complaint: "Бұған дейін шағым берілген ({to}){date}{outcome}{pressure}.",
  "complaint.date": " {date}",
  "complaint.outcome": ": {outcome}",
  "complaint.pressure": "; өтініш берушіге оны кері қайтарып алу үшін қысым көрсетілді",
  "complaint.retaliation": "; шағымы үшін қудаланды",
  "law.finding": "{message}",
  "law.basis": "Құқықтық негіз: {citations}.",
  "request.prosecutor":
    "баяндалған фактілерге тексеру жүргізуді және оларға құқықтық баға беруді;|негіздер болған жағдайда арызды тіркеп, сотқа дейінгі тергеп-тексеруді бастауды және кінәлілерді жауаптылыққа тартуды;|осы шағымға байланысты мені қысым мен қудалаудан қорғау шараларын қабылдауды;|нәтижесі туралы маған жазбаша хабарлауды.",
  "request.internalAffairs":
    "аталған қызметкерлерге қатысты қызметтік тексеру жүргізуді;|кінәлілерді тәртіптік жауаптылыққа тартуды, ал қылмыс белгілері болса, материалдарды прокуратураға жіберуді;|осы шағымға байланысты мені қысым мен қудалаудан қорғау шараларын қабылдауды;|нәтижесі туралы маған жазбаша хабарлауды.",
  "request.health":
    "баяндалған фактілерге тексеру жүргізуді;|кінәлі медицина қызметкерлерін тәртіптік жауаптылыққа тартуды;|маған медициналық көмекке кемсітусіз қол жеткізуді және медициналық деректерімнің құпиялылығын қамтамасыз етуді;|нәтижесі туралы маған жазбаша хабарлауды.",
  signature: "Күні: ______   Қолы: ______",
  "list.separator": "; ",
};

/** The words of a drafted complaint in en, ru and kk. */
export const COMPLAINT_MESSAGES: Messages<ComplaintMessageKey> = /* @__PURE__ */ defineMessages<ComplaintMessageKey>({
  en: EN,
  ru: RU,
  kk: KK,
});

/** Why a complaint is not drafted, one message per code, in every locale. */
export const COMPLAINT_ISSUE_MESSAGES: Messages<ComplaintIssueCode> = /* @__PURE__ */ defineMessages<ComplaintIssueCode>({
  en: {
    CONSENT_DENIED: "Her consent does not allow this complaint today: {reasons}",
    UNKNOWN_INCIDENT: "The record has no incident {incident}.",
    NOTHING_TO_COMPLAIN_OF: "The incident {incident} has no established finding for this addressee.",
  },
  ru: {
    CONSENT_DENIED: "Её согласие сегодня не позволяет подать эту жалобу: {reasons}",
    UNKNOWN_INCIDENT: "В записи нет случая {incident}.",
    NOTHING_TO_COMPLAIN_OF: "По случаю {incident} нет установленных замечаний для этого адресата.",
  },
  kk: {
    CONSENT_DENIED: "Оның келісімі бүгін бұл шағымды беруге мүмкіндік бермейді: {reasons}",
    UNKNOWN_INCIDENT: "Жазбада {incident} оқиғасы жоқ.",
    NOTHING_TO_COMPLAIN_OF: "{incident} оқиғасы бойынша бұл адресатқа арналған анықталған ескертпе жоқ.",
  },
});
