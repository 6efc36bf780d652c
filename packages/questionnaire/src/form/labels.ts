import type { Localised } from "../core/locale.js";
import type { Choice, ChoiceListName } from "../schema/enums.js";
import type { FieldPath, SectionId } from "../schema/fields.js";

/** A text in every language of the toolkit. */
export type Label = Localised;

// English follows the paper form (typos fixed); Russian and Kazakh are worded to be read aloud
// to the respondent, except in the charges annex, where legal terms are the point.

/**
 * The question text of every field, as an interviewer reads it out (or, for fields the documentator
 * fills in, the caption beside the box).
 */
export const FIELD_LABELS: { readonly [P in FieldPath]: Label } = {
  schemaVersion: { en: "Record format version", ru: "Версия формата записи", kk: "Жазба форматының нұсқасы" },
  id: { en: "Record ID", ru: "Идентификатор записи", kk: "Жазбаның идентификаторы" },
  "interview.date": { en: "Date of the interview", ru: "Дата интервью", kk: "Сұхбат күні" },
  "interview.interviewerId": { en: "Interviewer's code", ru: "Код интервьюера", kk: "Сұхбат жүргізушінің коды" },
  "interview.language": { en: "Language of the interview", ru: "Язык интервью", kk: "Сұхбат тілі" },
  "interview.outcome": { en: "Outcome of the interview", ru: "Итог интервью", kk: "Сұхбаттың нәтижесі" },
  "interview.refusalReason": {
    en: "Reason for refusing to take part",
    ru: "Причина отказа от участия",
    kk: "Қатысудан бас тарту себебі",
  },
  "consent.recordedBy": {
    en: "How consent was recorded",
    ru: "Как зафиксировано согласие",
    kk: "Келісім қалай тіркелді",
  },
  "consent.witnessId": {
    en: "Witness's code (a second documentator)",
    ru: "Код свидетеля (второго документатора)",
    kk: "Куәнің коды (екінші құжаттаушы)",
  },
  "consent.givenOn": { en: "Date consent was given", ru: "Дата получения согласия", kk: "Келісім берілген күн" },
  "consent.withdrawnOn": {
    en: "Date consent was withdrawn",
    ru: "Дата отзыва согласия",
    kk: "Келісім кері қайтарып алынған күн",
  },
  "consent.items": {
    en: "Consent, item by item",
    ru: "Согласие по каждому пункту",
    kk: "Әр тармақ бойынша келісім",
  },
  "consent.items.statistics": {
    en: "Item 1: use for statistics",
    ru: "Пункт 1: использование для статистики",
    kk: "1-тармақ: статистика үшін пайдалану",
  },
  "consent.items.statistics.answer": {
    en: "Data may be used towards generating statistics",
    ru: "Данные можно использовать для подготовки статистики",
    kk: "Деректерді статистика жасау үшін пайдалануға болады",
  },
  "consent.items.statistics.givenOn": {
    en: "Date this item was given/confirmed",
    ru: "Дата получения или подтверждения согласия по этому пункту",
    kk: "Осы тармақ бойынша келісім берілген немесе расталған күн",
  },
  "consent.items.statistics.withdrawnOn": {
    en: "Date this item was withdrawn",
    ru: "Дата отзыва согласия по этому пункту",
    kk: "Осы тармақ бойынша келісім кері қайтарып алынған күн",
  },
  "consent.items.useWithoutName": {
    en: "Item 2: use without the name",
    ru: "Пункт 2: использование без имени",
    kk: "2-тармақ: аты-жөнін ашпай пайдалану",
  },
  "consent.items.useWithoutName.answer": {
    en: "Data can be used without disclosure of name",
    ru: "Данные можно использовать без раскрытия имени",
    kk: "Деректерді аты-жөнін ашпай пайдалануға болады",
  },
  "consent.items.useWithoutName.givenOn": {
    en: "Date this item was given/confirmed",
    ru: "Дата получения или подтверждения согласия по этому пункту",
    kk: "Осы тармақ бойынша келісім берілген немесе расталған күн",
  },
  "consent.items.useWithoutName.withdrawnOn": {
    en: "Date this item was withdrawn",
    ru: "Дата отзыва согласия по этому пункту",
    kk: "Осы тармақ бойынша келісім кері қайтарып алынған күн",
  },
  "consent.items.publicName": {
    en: "Item 3: public disclosure of the name",
    ru: "Пункт 3: публичное раскрытие имени",
    kk: "3-тармақ: аты-жөнін жария ету",
  },
  "consent.items.publicName.answer": {
    en: "Name and family name can be publicly disclosed",
    ru: "Имя и фамилию можно раскрыть публично",
    kk: "Аты мен тегін көпшілікке жария етуге болады",
  },
  "consent.items.publicName.givenOn": {
    en: "Date this item was given/confirmed",
    ru: "Дата получения или подтверждения согласия по этому пункту",
    kk: "Осы тармақ бойынша келісім берілген немесе расталған күн",
  },
  "consent.items.publicName.withdrawnOn": {
    en: "Date this item was withdrawn",
    ru: "Дата отзыва согласия по этому пункту",
    kk: "Осы тармақ бойынша келісім кері қайтарып алынған күн",
  },
  "consent.items.lawEnforcementComplaint": {
    en: "Item 4: complaint to law enforcement",
    ru: "Пункт 4: жалоба в правоохранительные органы",
    kk: "4-тармақ: құқық қорғау органдарына шағым",
  },
  "consent.items.lawEnforcementComplaint.answer": {
    en: "Complaint can be submitted to law enforcement",
    ru: "Жалобу можно подать в правоохранительные органы",
    kk: "Шағымды құқық қорғау органдарына беруге болады",
  },
  "consent.items.lawEnforcementComplaint.givenOn": {
    en: "Date this item was given/confirmed",
    ru: "Дата получения или подтверждения согласия по этому пункту",
    kk: "Осы тармақ бойынша келісім берілген немесе расталған күн",
  },
  "consent.items.lawEnforcementComplaint.withdrawnOn": {
    en: "Date this item was withdrawn",
    ru: "Дата отзыва согласия по этому пункту",
    kk: "Осы тармақ бойынша келісім кері қайтарып алынған күн",
  },
  "respondent.fullName": { en: "Name and family name", ru: "Имя и фамилия", kk: "Аты мен тегі" },
  "respondent.code": { en: "Code", ru: "Код", kk: "Коды" },
  "respondent.gender": { en: "Gender", ru: "Пол", kk: "Жынысы" },
  "respondent.age": { en: "Age", ru: "Возраст", kk: "Жасы" },
  "respondent.ethnicity": { en: "Ethnicity", ru: "Национальность", kk: "Ұлты" },
  "respondent.citizenship": { en: "Citizenship", ru: "Гражданство", kk: "Азаматтығы" },
  "respondent.hasId": {
    en: "Do you have an ID?",
    ru: "У вас есть документ, удостоверяющий личность?",
    kk: "Сізде жеке басыңызды куәландыратын құжат бар ма?",
  },
  "respondent.noIdReason": { en: "If no, why?", ru: "Если нет, то почему?", kk: "Егер жоқ болса, неге?" },
  "respondent.maritalStatus": { en: "Marital status", ru: "Семейное положение", kk: "Отбасылық жағдайы" },
  "respondent.education": { en: "Education", ru: "Образование", kk: "Білімі" },
  "respondent.injectsDrugs": {
    en: "Status: person who injects drugs",
    ru: "Статус: человек, употребляющий инъекционные наркотики",
    kk: "Мәртебесі: есірткіні инъекция арқылы тұтынатын адам",
  },
  "respondent.substitutionTherapy": {
    en: "Status: receiving opioid substitution therapy (methadone)",
    ru: "Статус: получает опиоидную заместительную терапию (метадон)",
    kk: "Мәртебесі: опиоидты алмастырушы терапия алады (метадон)",
  },
  "respondent.livingWithHiv": {
    en: "Status: person living with HIV (PLHIV)",
    ru: "Статус: человек, живущий с ВИЧ (ЛЖВ)",
    kk: "Мәртебесі: АИТВ-мен өмір сүретін адам",
  },
  "respondent.sexWorkVenues": {
    en: "Status: sex worker. Where do you work?",
    ru: "Статус: секс-работник. Где вы работаете?",
    kk: "Мәртебесі: секс-жұмыскер. Қай жерде жұмыс істейсіз?",
  },
  "respondent.criminalRecord": { en: "Criminal record", ru: "Судимость", kk: "Соттылығы" },
  "respondent.timeInSexWork": {
    en: "Time in sex work",
    ru: "Сколько времени вы занимаетесь секс-работой?",
    kk: "Секс-жұмыспен қанша уақыт айналысып келесіз?",
  },
  "respondent.residence": { en: "Place of residence", ru: "Место жительства", kk: "Тұрғылықты жері" },
  "respondent.residence.settlement": { en: "City/village", ru: "Город/село", kk: "Қала/ауыл" },
  "respondent.residence.settlementType": { en: "City or village", ru: "Город или село", kk: "Қала немесе ауыл" },
  "respondent.residence.region": { en: "Region", ru: "Область", kk: "Облысы" },
  sexWorkCriminalised: {
    en: "Is sex work criminalized in your country?",
    ru: "Наказуема ли секс-работа по закону в вашей стране?",
    kk: "Сіздің елде секс-жұмыс заң бойынша жазаланады ма?",
  },
  expectedPenalty: {
    en: "If yes, what can one face?",
    ru: "Если да, что за это грозит?",
    kk: "Егер иә болса, ол үшін қандай жаза қолданылуы мүмкін?",
  },
  "police.rightsViolated": {
    en: "Were your rights violated in the past 6 months?",
    ru: "Нарушались ли ваши права за последние 6 месяцев?",
    kk: "Соңғы 6 айда сіздің құқықтарыңыз бұзылды ма?",
  },
  "police.violations": {
    en: "If yes, which ones?",
    ru: "Если да, то какие именно?",
    kk: "Егер иә болса, нақты қандай бұзушылықтар болды?",
  },
  "police.otherViolation": { en: "Other (specify)", ru: "Другое (укажите)", kk: "Басқа (көрсетіңіз)" },
  "police.knowsWhereToComplain": {
    en: "Do you know where you should go in case your rights are violated?",
    ru: "Знаете ли вы, куда обращаться, если ваши права нарушены?",
    kk: "Құқықтарыңыз бұзылған жағдайда қайда жүгіну керектігін білесіз бе?",
  },
  "police.whereToComplain": {
    en: "If yes, explain where",
    ru: "Если да, объясните, куда",
    kk: "Егер иә болса, қайда екенін түсіндіріңіз",
  },
  "police.complained": {
    en: "Have you ever turned to the police or the prosecutor's office to protect your rights?",
    ru: "Обращались ли вы когда-нибудь в полицию или прокуратуру, чтобы защитить свои права?",
    kk: "Құқықтарыңызды қорғау үшін полицияға немесе прокуратураға бұрын-соңды жүгініп көрдіңіз бе?",
  },
  "police.complaintTo": {
    en: "If yes, explain where",
    ru: "Если да, объясните, куда именно вы обращались",
    kk: "Егер иә болса, қайда жүгінгеніңізді түсіндіріңіз",
  },
  "police.whyNotComplained": { en: "If no, why?", ru: "Если нет, то почему?", kk: "Егер жоқ болса, неге?" },
  "police.complaintAccepted": {
    en: "If yes, was your complaint accepted?",
    ru: "Если да, приняли ли вашу жалобу?",
    kk: "Егер иә болса, шағымыңыз қабылданды ма?",
  },
  "police.whyNotAccepted": { en: "If not, why?", ru: "Если нет, то почему?", kk: "Егер қабылданбаса, неге?" },
  "police.perpetratorProsecuted": {
    en: "Was the police perpetrator prosecuted in any way?",
    ru: "Был ли сотрудник полиции, нарушивший ваши права, привлечён к какой-либо ответственности?",
    kk: "Құқықтарыңызды бұзған полиция қызметкері қандай да бір жауаптылыққа тартылды ма?",
  },
  "police.detained": {
    en: "Have you been detained by the police in the last 6 months?",
    ru: "Задерживала ли вас полиция за последние 6 месяцев?",
    kk: "Соңғы 6 айда сізді полиция ұстады ма?",
  },
  "police.detention": { en: "Police detention", ru: "Задержание полицией", kk: "Полицияның ұстап алуы" },
  "police.detention.timesDetained": {
    en: "How many times were you detained?",
    ru: "Сколько раз вас задерживали?",
    kk: "Сізді полиция неше рет ұстады?",
  },
  "police.detention.timesDetainedBox": {
    en: "How many times were you detained in the last 6 months?",
    ru: "Сколько раз вас задерживали за последние 6 месяцев?",
    kk: "Соңғы 6 айда сізді полиция неше рет ұстады?",
  },
  "police.detention.badgeShown": {
    en: "Did the policeman show his badge at detention?",
    ru: "Показал ли полицейский служебное удостоверение при задержании?",
    kk: "Ұстау кезінде полиция қызметкері қызметтік куәлігін көрсетті ме?",
  },
  "police.detention.outcomes": { en: "What happened next?", ru: "Что было дальше?", kk: "Одан кейін не болды?" },
  "police.detention.otherOutcome": { en: "Other (specify)", ru: "Другое (укажите)", kk: "Басқа (көрсетіңіз)" },
  "police.detention.heldIn": {
    en: "Where were you held after detention (before court hearings)?",
    ru: "Где вас содержали после задержания (до суда)?",
    kk: "Ұсталғаннан кейін (сотқа дейін) сізді қай жерде ұстап отырды?",
  },
  "police.detention.heldInOther": {
    en: "Other place (specify)",
    ru: "Другое место (укажите)",
    kk: "Басқа орын (көрсетіңіз)",
  },
  "police.detention.courtHearing": {
    en: "Were there court hearings?",
    ru: "Было ли судебное заседание?",
    kk: "Сот отырысы болды ма?",
  },
  "police.detention.hoursToHearing": {
    en: "If yes, in how many hours?",
    ru: "Если да, через сколько часов?",
    kk: "Егер иә болса, неше сағаттан кейін?",
  },
  "police.detention.finePaid": {
    en: "Did you have to pay a fine?",
    ru: "Пришлось ли вам заплатить штраф?",
    kk: "Айыппұл төлеуге тура келді ме?",
  },
  "police.detention.fine": { en: "Fine paid", ru: "Уплаченный штраф", kk: "Төленген айыппұл" },
  "police.detention.fine.amount": {
    en: "How big was the fine?",
    ru: "Какая была сумма штрафа?",
    kk: "Айыппұл қанша болды?",
  },
  "police.detention.fine.currency": { en: "Currency of the fine", ru: "Валюта штрафа", kk: "Айыппұлдың валютасы" },
  "police.detention.fine.paidOfficially": {
    en: "Was it paid officially?",
    ru: "Штраф оплачен официально?",
    kk: "Айыппұл ресми түрде төленді ме?",
  },
  "police.detention.fine.paidToOfficer": {
    en: "Was it paid directly to the policeman?",
    ru: "Заплатили напрямую полицейскому?",
    kk: "Тікелей полиция қызметкеріне төледіңіз бе?",
  },
  "medical.rightsViolated": {
    en: "Have you faced violations by medical staff in the last 6 months?",
    ru: "Сталкивались ли вы с нарушениями со стороны медицинских работников за последние 6 месяцев?",
    kk: "Соңғы 6 айда медицина қызметкерлері тарапынан құқығыңыздың бұзылуына тап болдыңыз ба?",
  },
  "medical.violations": {
    en: "Which violations have you faced in the last 6 months?",
    ru: "С какими нарушениями вы столкнулись за последние 6 месяцев?",
    kk: "Соңғы 6 айда қандай бұзушылықтарға тап болдыңыз?",
  },
  "medical.otherViolation": { en: "Other (specify)", ru: "Другое (укажите)", kk: "Басқа (көрсетіңіз)" },
  "medical.knowsWhereToComplain": {
    en: "Do you know where you should go in case your rights are violated?",
    ru: "Знаете ли вы, куда обращаться, если ваши права нарушены?",
    kk: "Құқықтарыңыз бұзылған жағдайда қайда жүгіну керектігін білесіз бе?",
  },
  "medical.whereToComplain": {
    en: "If yes, explain where exactly",
    ru: "Если да, объясните, куда именно",
    kk: "Егер иә болса, нақты қайда екенін түсіндіріңіз",
  },
  "medical.complained": {
    en: "Have you ever turned to the police or the prosecutor's office to protect your rights?",
    ru: "Обращались ли вы когда-нибудь в полицию или прокуратуру, чтобы защитить свои права?",
    kk: "Құқықтарыңызды қорғау үшін полицияға немесе прокуратураға бұрын-соңды жүгініп көрдіңіз бе?",
  },
  "medical.complaintTo": {
    en: "If yes, explain where exactly",
    ru: "Если да, объясните, куда именно вы обращались",
    kk: "Егер иә болса, нақты қайда жүгінгеніңізді түсіндіріңіз",
  },
  "medical.whyNotComplained": { en: "If no, why?", ru: "Если нет, то почему?", kk: "Егер жоқ болса, неге?" },
  "medical.complaintAccepted": {
    en: "If yes, was your complaint accepted?",
    ru: "Если да, приняли ли вашу жалобу?",
    kk: "Егер иә болса, шағымыңыз қабылданды ма?",
  },
  "medical.whyNotAccepted": { en: "If no, why?", ru: "Если нет, то почему?", kk: "Егер қабылданбаса, неге?" },
  "medical.perpetratorProsecuted": {
    en: "Was the medical worker prosecuted?",
    ru: "Был ли медицинский работник привлечён к ответственности?",
    kk: "Медицина қызметкері жауаптылыққа тартылды ма?",
  },
  incidents: { en: "Incidents", ru: "Случаи нарушений", kk: "Құқық бұзылған оқиғалар" },
  "incidents[].id": { en: "Incident ID", ru: "Идентификатор случая", kk: "Оқиғаның идентификаторы" },
  "incidents[].date": { en: "Date of the incident", ru: "Дата происшествия", kk: "Оқиға болған күн" },
  "incidents[].datePrecision": { en: "Precision of the date", ru: "Точность даты", kk: "Күннің дәлдігі" },
  "incidents[].place": { en: "Place of the incident", ru: "Место происшествия", kk: "Оқиға орны" },
  "incidents[].place.kind": { en: "Kind of place", ru: "Вид места", kk: "Орынның түрі" },
  "incidents[].place.settlement": { en: "City/village", ru: "Город/село", kk: "Қала/ауыл" },
  "incidents[].place.district": { en: "District", ru: "Район", kk: "Ауданы" },
  "incidents[].perpetrators": { en: "Perpetrators", ru: "Нарушители", kk: "Құқықты бұзған адамдар" },
  "incidents[].perpetrators[].kind": {
    en: "Who the perpetrator was",
    ru: "Кем был нарушитель",
    kk: "Құқықты бұзған адам кім болды",
  },
  "incidents[].perpetrators[].count": {
    en: "Number of perpetrators of this kind",
    ru: "Число таких нарушителей",
    kk: "Осындай адамдардың саны",
  },
  "incidents[].perpetrators[].agency": {
    en: "Agency or institution",
    ru: "Орган или учреждение",
    kk: "Органы немесе мекемесі",
  },
  "incidents[].perpetrators[].unit": { en: "Unit", ru: "Подразделение", kk: "Бөлімшесі" },
  "incidents[].perpetrators[].rank": {
    en: "Rank or position",
    ru: "Звание или должность",
    kk: "Атағы немесе лауазымы",
  },
  "incidents[].perpetrators[].badgeNumber": {
    en: "Badge number",
    ru: "Номер жетона или служебного удостоверения",
    kk: "Жетонының немесе қызметтік куәлігінің нөмірі",
  },
  "incidents[].perpetrators[].name": { en: "Name and family name", ru: "Имя и фамилия", kk: "Аты-жөні" },
  "incidents[].acts": {
    en: "Types of rights violations",
    ru: "Виды нарушений прав",
    kk: "Құқық бұзылуының түрлері",
  },
  "incidents[].detention": { en: "Detention", ru: "Задержание", kk: "Ұстап алу" },
  "incidents[].detention.hours": {
    en: "Length of the detention (hours)",
    ru: "Продолжительность задержания (часов)",
    kk: "Ұстап алудың ұзақтығы (сағат)",
  },
  "incidents[].detention.heldIn": {
    en: "Where held after detention (before court hearings)",
    ru: "Место содержания после задержания (до суда)",
    kk: "Ұстап алынғаннан кейінгі (сотқа дейінгі) ұстау орны",
  },
  "incidents[].detention.badgeShown": {
    en: "Badge shown at detention",
    ru: "При задержании предъявлено служебное удостоверение",
    kk: "Ұстап алу кезінде қызметтік куәлік көрсетілді",
  },
  "incidents[].detention.relativesInformed": {
    en: "Relatives informed about the detention",
    ru: "Родственники уведомлены о задержании",
    kk: "Туыстарына ұстап алу туралы хабарланды",
  },
  "incidents[].detention.lawyerAllowed": {
    en: "Lawyer allowed at detention",
    ru: "При задержании допущен защитник (адвокат)",
    kk: "Ұстап алу кезінде қорғаушыға (адвокатқа) рұқсат етілді",
  },
  "incidents[].detention.rightsExplained": {
    en: "Rights explained at detention",
    ru: "При задержании разъяснены права",
    kk: "Ұстап алу кезінде құқықтары түсіндірілді",
  },
  "incidents[].detention.medicalAidGiven": {
    en: "Medical assistance provided in detention",
    ru: "Во время задержания оказана медицинская помощь",
    kk: "Ұсталып отырған кезде медициналық көмек көрсетілді",
  },
  "incidents[].detention.protocolDrawnUp": {
    en: "Detention report (protocol) drawn up",
    ru: "Составлен протокол задержания",
    kk: "Ұстап алу туралы хаттама жасалды",
  },
  "incidents[].detention.courtHearing": {
    en: "Court hearing held",
    ru: "Состоялось судебное заседание",
    kk: "Сот отырысы өтті",
  },
  "incidents[].detention.hoursToHearing": {
    en: "Hours from detention to the court hearing",
    ru: "Часов от задержания до судебного заседания",
    kk: "Ұстап алынғаннан сот отырысына дейінгі сағат саны",
  },
  "incidents[].payments": { en: "Payments", ru: "Платежи", kk: "Төлемдер" },
  "incidents[].payments[].to": { en: "Paid to", ru: "Кому уплачено", kk: "Кімге төленді" },
  "incidents[].payments[].purpose": { en: "What it was paid for", ru: "За что уплачено", kk: "Не үшін төленді" },
  "incidents[].payments[].amount": { en: "Amount", ru: "Сумма", kk: "Сомасы" },
  "incidents[].payments[].currency": { en: "Currency", ru: "Валюта", kk: "Валюта" },
  "incidents[].payments[].receipt": { en: "Receipt given", ru: "Выдана квитанция", kk: "Түбіртек берілді" },
  "incidents[].evidence": { en: "Evidence available", ru: "Имеющиеся доказательства", kk: "Бар дәлелдемелер" },
  "incidents[].complaints": {
    en: "Complaints about the incident",
    ru: "Жалобы по этому случаю",
    kk: "Осы оқиға бойынша шағымдар",
  },
  "incidents[].complaints[].to": { en: "Complaint made to", ru: "Куда подана жалоба", kk: "Шағым қайда берілді" },
  "incidents[].complaints[].date": { en: "Date of the complaint", ru: "Дата подачи жалобы", kk: "Шағым берілген күн" },
  "incidents[].complaints[].accepted": { en: "Complaint accepted", ru: "Жалоба принята", kk: "Шағым қабылданды" },
  "incidents[].complaints[].outcome": {
    en: "Outcome of the complaint",
    ru: "Результат рассмотрения жалобы",
    kk: "Шағымды қарау нәтижесі",
  },
  "incidents[].complaints[].withdrawnUnderPressure": {
    en: "Complaint withdrawn under pressure",
    ru: "Жалоба отозвана под давлением",
    kk: "Шағым қысым көрсетілгендіктен кері қайтарып алынды",
  },
  "incidents[].complaints[].retaliation": {
    en: "Retaliation for the complaint",
    ru: "Преследование за жалобу",
    kk: "Шағым үшін қудалау",
  },
  "incidents[].narrative": {
    en: "Account of what happened",
    ru: "Описание случая (что произошло)",
    kk: "Оқиғаның сипаттамасы (не болды)",
  },
  "charges[].date": {
    en: "Date of the conduct charged",
    ru: "Дата вменяемого деяния",
    kk: "Айып тағылған әрекет жасалған күн",
  },
  "charges[].datePrecision": { en: "Precision of the date", ru: "Точность даты", kk: "Күннің дәлдігі" },
  "charges[].code": {
    en: "Code the charge was brought under",
    ru: "Кодекс, по которому вменено деяние",
    kk: "Айып тағылған кодекс",
  },
  "charges[].codeEdition": {
    en: "Edition of the code cited",
    ru: "Год принятия указанного кодекса",
    kk: "Көрсетілген кодекстің қабылданған жылы",
  },
  "charges[].article": { en: "Article cited", ru: "Указанная статья", kk: "Көрсетілген бап" },
  "charges[].offence": { en: "Offence charged", ru: "Вменяемое деяние", kk: "Айып тағылған әрекет" },
  "charges[].offenceText": {
    en: "Wording of the charge on the paper",
    ru: "Формулировка обвинения в документе",
    kk: "Айыптың құжаттағы мәтіні",
  },
  "charges[].role": { en: "Who was charged", ru: "Кому вменено деяние", kk: "Кімге айып тағылды" },
  "charges[].place": {
    en: "Place of the conduct charged",
    ru: "Место вменяемого деяния",
    kk: "Айып тағылған әрекет жасалған орын",
  },
  "charges[].facts": { en: "Facts established", ru: "Установленные обстоятельства", kk: "Анықталған мән-жайлар" },
  "charges[].facts.paidActsProven": {
    en: "Number of paid sexual acts proven",
    ru: "Число доказанных оплаченных половых актов",
    kk: "Дәлелденген ақылы жыныстық қатынастар саны",
  },
  "charges[].facts.paymentProven": { en: "Payment proven", ru: "Оплата доказана", kk: "Ақы төленгені дәлелденді" },
  "charges[].facts.intercourseProven": {
    en: "Intercourse proven",
    ru: "Половой акт доказан",
    kk: "Жыныстық қатынас дәлелденді",
  },
  "charges[].facts.advertisementOnly": {
    en: "The only evidence is an advertisement",
    ru: "Единственное доказательство — объявление",
    kk: "Жалғыз дәлел — хабарландыру",
  },
  "charges[].facts.arrestedBeforeService": {
    en: "Arrested when payment was taken, before any service",
    ru: "Задержание при получении денег, до оказания услуги",
    kk: "Ақша алынған сәтте, қызмет көрсетілгенге дейін ұсталды",
  },
  "charges[].facts.knowingly": {
    en: "Acted knowingly (intent proven)",
    ru: "Действия совершены заведомо (умысел доказан)",
    kk: "Әрекет көрінеу жасалды (қасақаналық дәлелденді)",
  },
  "charges[].facts.organisingFunctions": {
    en: "Performed organising functions",
    ru: "Выполнял(а) организационные функции",
    kk: "Ұйымдастырушылық функцияларды орындады",
  },
  "charges[].penalty": { en: "Penalty", ru: "Наказание", kk: "Жаза" },
  "charges[].penalty.kind": { en: "Kind of penalty", ru: "Вид наказания", kk: "Жаза түрі" },
  "charges[].penalty.amount": { en: "Amount", ru: "Сумма", kk: "Сомасы" },
  "charges[].penalty.currency": { en: "Currency", ru: "Валюта", kk: "Валюта" },
  "charges[].penalty.paidTo": { en: "Paid to", ru: "Кому уплачено", kk: "Кімге төленді" },
  "charges[].incident": {
    en: "Incident this charge belongs to",
    ru: "Случай, к которому относится обвинение",
    kk: "Айып қатысты оқиға",
  },
  declined: {
    en: "Questions the respondent declined to answer",
    ru: "Вопросы, на которые отказались отвечать",
    kk: "Респондент жауап беруден бас тартқан сұрақтар",
  },
};

/** The labels of Q14's boxes, violations by the police (also the police acts of an incident). */
const POLICE_VIOLATION_LABELS = {
  extortion: { en: "Extortion of money", ru: "Вымогательство денег", kk: "Ақша талап ету (қорқытып алу)" },
  beating: { en: "Beating, torture", ru: "Избиение, пытки", kk: "Ұрып-соғу, азаптау" },
  threats: {
    en: "Threats, blackmailing (applying pressure)",
    ru: "Угрозы, шантаж (давление)",
    kk: "Қорқыту, бопсалау (қысым көрсету)",
  },
  robbery: {
    en: "Robbery (valuables taken away)",
    ru: "Грабёж (отобрали ценные вещи)",
    kk: "Тонау (құнды заттарын тартып алу)",
  },
  verbalAbuse: {
    en: "Verbal abuse, forcing to do degrading acts",
    ru: "Оскорбления, принуждение к унизительным действиям",
    kk: "Балағаттау, қорлайтын әрекеттерге мәжбүрлеу",
  },
  illegalDetention: { en: "Illegal detention", ru: "Незаконное задержание", kk: "Заңсыз ұстап алу" },
  passportConfiscated: { en: "Passport confiscated", ru: "Изъятие паспорта", kk: "Төлқұжатты алып қою" },
  relativesNotInformed: {
    en: "Refusal to call relatives and inform them about the detention",
    ru: "Отказ позвонить родственникам и сообщить им о задержании",
    kk: "Туыстарына қоңырау шалып, ұсталғаны туралы хабарлаудан бас тарту",
  },
  detentionConditions: {
    en: "Conditions in detention",
    ru: "Условия содержания при задержании",
    kk: "Ұстау орнындағы жағдайлар",
  },
  legalAidRefused: {
    en: "Refusal of legal assistance at detention",
    ru: "Отказ в юридической помощи при задержании",
    kk: "Ұстау кезінде заң көмегін беруден бас тарту",
  },
  rightsNotExplained: {
    en: "Rights not explained at detention",
    ru: "Не разъяснили права при задержании",
    kk: "Ұстау кезінде құқықтары түсіндірілмеді",
  },
  medicalAidRefused: {
    en: "Refusal to provide medical assistance in detention",
    ru: "Отказ в медицинской помощи во время задержания",
    kk: "Ұсталған кезде медициналық көмек көрсетуден бас тарту",
  },
  drugsPlanted: { en: "Planting of drugs", ru: "Подбрасывание наркотиков", kk: "Есірткі салып қою" },
  sexualAbuse: {
    en: "Rape or other sexual abuse",
    ru: "Изнасилование или другое сексуальное насилие",
    kk: "Зорлау немесе жыныстық зорлық-зомбылықтың басқа түрі",
  },
  gangRape: { en: "Gang rape", ru: "Групповое изнасилование", kk: "Адамдар тобы жасаған зорлау" },
  illegalFine: {
    en: "Illegal fine or false charges",
    ru: "Незаконный штраф или ложное обвинение",
    kk: "Заңсыз айыппұл немесе жалған айып тағу",
  },
  forcedHivTest: {
    en: "Forced HIV testing",
    ru: "Принудительное тестирование на ВИЧ",
    kk: "АИТВ-ға мәжбүрлеп тестілеу",
  },
  medicalServicesRefused: {
    en: "Refusal to provide medical services because of sex worker status",
    ru: "Отказ в медицинских услугах из-за статуса секс-работника",
    kk: "Секс-жұмыскер болғаны үшін медициналық қызмет көрсетуден бас тарту",
  },
} as const satisfies { readonly [C in Choice<"policeViolation">]: Label };

/** The labels of the violations by medical staff (also the medical acts of an incident). */
const MEDICAL_VIOLATION_LABELS = {
  extortion: { en: "Money extortion", ru: "Вымогательство денег", kk: "Ақша талап ету (қорқытып алу)" },
  beating: { en: "Beating, torture", ru: "Избиение, пытки", kk: "Ұрып-соғу, азаптау" },
  threats: {
    en: "Threats, blackmailing (pressure)",
    ru: "Угрозы, шантаж (давление)",
    kk: "Қорқыту, бопсалау (қысым көрсету)",
  },
  verbalAbuse: {
    en: "Verbal abuse, derogatory treatment",
    ru: "Оскорбления, унизительное обращение",
    kk: "Балағаттау, қорлап қарау",
  },
  servicesRefused: {
    en: "Refusal to provide services because of sex work",
    ru: "Отказ в услугах из-за секс-работы",
    kk: "Секс-жұмысқа байланысты қызмет көрсетуден бас тарту",
  },
  freeCareRightsNotExplained: {
    en: "My rights to receive the guaranteed amount of free medical care were not explained",
    ru: "Мне не разъяснили право на гарантированный объём бесплатной медицинской помощи",
    kk: "Тегін медициналық көмектің кепілдік берілген көлемін алу құқығым түсіндірілмеді",
  },
  forcedHivTest: {
    en: "Forced HIV testing",
    ru: "Принудительное тестирование на ВИЧ",
    kk: "АИТВ-ға мәжбүрлеп тестілеу",
  },
  hivStatusDisclosed: {
    en: "Disclosure of HIV status",
    ru: "Разглашение ВИЧ-статуса",
    kk: "АИТВ-мәртебесін жария ету",
  },
} as const satisfies { readonly [C in Choice<"medicalViolation">]: Label };

/** An incident's acts: the police and medical boxes, worded as on the form, and what a private person did. */
// Built in a function marked pure: a spread at the top level counts as a side effect, and would keep
// every label in an app that only validates.
const INCIDENT_ACT_LABELS = /* @__PURE__ */ (() => ({
  ...POLICE_VIOLATION_LABELS,
  servicesRefused: MEDICAL_VIOLATION_LABELS.servicesRefused,
  freeCareRightsNotExplained: MEDICAL_VIOLATION_LABELS.freeCareRightsNotExplained,
  hivStatusDisclosed: MEDICAL_VIOLATION_LABELS.hivStatusDisclosed,
  rape: { en: "Rape", ru: "Изнасилование", kk: "Зорлау" },
  nonPayment: {
    en: "Refusal to pay for services",
    ru: "Отказ заплатить за услуги",
    kk: "Қызмет үшін ақы төлеуден бас тарту",
  },
  condomRefused: {
    en: "Forced to have sex without a condom",
    ru: "Принуждение к сексу без презерватива",
    kk: "Презервативсіз жыныстық қатынасқа мәжбүрлеу",
  },
}))() satisfies { readonly [C in Choice<"incidentAct">]: Label };

/** The label of every choice of every closed list. */
export const CHOICE_LABELS: { readonly [L in ChoiceListName]: { readonly [C in Choice<L>]: Label } } = {
  gender: {
    female: { en: "Female", ru: "Женский", kk: "Әйел" },
    male: { en: "Male", ru: "Мужской", kk: "Ер" },
    transgender: { en: "Transgender", ru: "Трансгендер", kk: "Трансгендер" },
    other: { en: "Other", ru: "Другое", kk: "Басқа" },
  },
  maritalStatus: {
    married: { en: "Married", ru: "Замужем / женат", kk: "Некеде" },
    single: { en: "Single", ru: "Не замужем / не женат", kk: "Некеде емес" },
    divorced: { en: "Divorced", ru: "В разводе", kk: "Ажырасқан" },
    widowed: { en: "Widowed", ru: "Вдова / вдовец", kk: "Жесір" },
  },
  education: {
    primary: { en: "Primary", ru: "Начальное", kk: "Бастауыш" },
    incompleteSecondary: {
      en: "Incomplete secondary education (9 years of school)",
      ru: "Неполное среднее (9 классов)",
      kk: "Толық емес орта білім (9 сынып)",
    },
    secondary: { en: "Secondary (11 years of school)", ru: "Среднее (11 классов)", kk: "Орта білім (11 сынып)" },
    vocational: {
      en: "Vocational training",
      ru: "Профессиональное (колледж, училище)",
      kk: "Кәсіптік білім (колледж, училище)",
    },
    university: { en: "University degree", ru: "Высшее", kk: "Жоғары білім" },
  },
  sexWorkVenue: {
    street: { en: "Street", ru: "Улица", kk: "Көше" },
    onCall: { en: "Outcall", ru: "Выезд по вызову", kk: "Шақыру бойынша барып қызмет көрсету" },
    sauna: { en: "Sauna", ru: "Сауна", kk: "Сауна" },
    hotel: { en: "Hotel", ru: "Гостиница", kk: "Қонақ үй" },
    apartment: { en: "Apartment", ru: "Квартира", kk: "Пәтер" },
  },
  timeInSexWork: {
    under6Months: { en: "Less than 6 months", ru: "Меньше 6 месяцев", kk: "6 айдан аз" },
    about1Year: { en: "1 year", ru: "Около года", kk: "Шамамен 1 жыл" },
    over1Year: { en: "More than 1 year", ru: "Больше года", kk: "1 жылдан астам" },
    over3Years: { en: "More than 3 years", ru: "Больше 3 лет", kk: "3 жылдан астам" },
  },
  settlementType: {
    city: { en: "City", ru: "Город", kk: "Қала" },
    village: { en: "Village", ru: "Село", kk: "Ауыл" },
  },
  triState: {
    yes: { en: "Yes", ru: "Да", kk: "Иә" },
    no: { en: "No", ru: "Нет", kk: "Жоқ" },
    dontKnow: { en: "I don't know", ru: "Не знаю", kk: "Білмеймін" },
  },
  language: {
    ru: { en: "Russian", ru: "Русский", kk: "Орыс тілі" },
    kk: { en: "Kazakh", ru: "Казахский", kk: "Қазақ тілі" },
    en: { en: "English", ru: "Английский", kk: "Ағылшын тілі" },
  },
  consentRecordedBy: {
    signature: { en: "Respondent's signature", ru: "Подпись респондента(ки)", kk: "Респонденттің қолы" },
    oral: { en: "Oral consent", ru: "Устное согласие", kk: "Ауызша келісім" },
    none: { en: "Not recorded", ru: "Не зафиксировано", kk: "Тіркелмеген" },
  },

  // The form's boxes, in its order, worded as on the form and in the report's tables.
  policeViolation: POLICE_VIOLATION_LABELS,
  medicalViolation: MEDICAL_VIOLATION_LABELS,
  detentionOutcome: {
    released: { en: "I was released", ru: "Меня отпустили", kk: "Мені босатып жіберді" },
    paidForRelease: {
      en: "I had to pay to be released",
      ru: "Пришлось заплатить, чтобы отпустили",
      kk: "Босатылу үшін ақша төлеуге мәжбүр болдым",
    },
    sexForRelease: {
      en: "I had to provide sex services for free to be released",
      ru: "Пришлось бесплатно оказать сексуальные услуги, чтобы отпустили",
      kk: "Босатылу үшін тегін жыныстық қызмет көрсетуге мәжбүр болдым",
    },
    reportFiled: {
      en: "Detention report filed",
      ru: "Составили протокол задержания",
      kk: "Ұстау туралы хаттама жасалды",
    },
    lockedUp: { en: "Locked up at a detention center", ru: "Меня поместили в изолятор", kk: "Мені изоляторға қамады" },
    fined: { en: "Fined", ru: "Меня оштрафовали", kk: "Маған айыппұл салынды" },
    administrativePunishment: {
      en: "Administrative punishment: fine, community service or criminal record",
      ru: "Административное взыскание: штраф, общественные работы или судимость",
      kk: "Әкімшілік жаза: айыппұл, қоғамдық жұмыстар немесе соттылық",
    },
    other: { en: "Other", ru: "Другое", kk: "Басқа" },
  },
  heldIn: {
    temporaryDetentionRoom: {
      en: "Temporary detention room",
      ru: "Комната для задержанных",
      kk: "Ұсталғандарға арналған бөлме",
    },
    policeStationCell: {
      en: "Police station cell",
      ru: "Камера в отделении полиции",
      kk: "Полиция бөлімшесіндегі камера",
    },
    temporaryDetentionFacility: {
      en: "Temporary detention facility",
      ru: "Изолятор временного содержания (ИВС)",
      kk: "Уақытша ұстау изоляторы",
    },
    other: { en: "Other", ru: "Другое", kk: "Басқа" },
  },

  // The charges annex, filled in by the legal consultant.
  datePrecision: {
    day: { en: "Exact day", ru: "Точный день", kk: "Нақты күні" },
    month: { en: "Month only", ru: "Только месяц", kk: "Тек айы" },
    year: { en: "Year only", ru: "Только год", kk: "Тек жылы" },
  },
  chargeCode: {
    administrative: {
      en: "Code of Administrative Offences",
      ru: "Кодекс об административных правонарушениях",
      kk: "Әкімшілік құқық бұзушылық туралы кодекс",
    },
    criminal: { en: "Criminal Code", ru: "Уголовный кодекс", kk: "Қылмыстық кодекс" },
    unknown: { en: "Unknown", ru: "Неизвестно", kk: "Белгісіз" },
  },
  offence: {
    prostitution: { en: "Prostitution", ru: "Проституция", kk: "Жезөкшелік" },
    soliciting: {
      en: "Soliciting in public places",
      ru: "Приставание в общественных местах",
      kk: "Қоғамдық орындарда жабысу",
    },
    providingPremises: {
      en: "Providing premises for prostitution",
      ru: "Предоставление помещений для занятия проституцией",
      kk: "Жезөкшелікпен айналысу үшін үй-жай беру",
    },
    pimping: { en: "Pimping", ru: "Сводничество", kk: "Жеңгетайлық" },
    engagingInProstitution: {
      en: "Engaging others in prostitution",
      ru: "Вовлечение в занятие проституцией",
      kk: "Жезөкшелікпен айналысуға тарту",
    },
    brothel: {
      en: "Organising or running a brothel",
      ru: "Организация или содержание притонов",
      kk: "Притондар ұйымдастыру немесе оларды ұстау",
    },
    disorderlyConduct: { en: "Disorderly conduct (petty hooliganism)", ru: "Мелкое хулиганство", kk: "Ұсақ бұзақылық" },
    drugPossession: { en: "Drug possession", ru: "Хранение наркотических средств", kk: "Есірткі құралдарын сақтау" },
    other: { en: "Other", ru: "Другое", kk: "Басқа" },
  },
  chargeRole: {
    sexWorker: { en: "Sex worker", ru: "Секс-работник", kk: "Секс-жұмыскер" },
    organiser: { en: "Organiser", ru: "Организатор", kk: "Ұйымдастырушы" },
    premisesProvider: { en: "Provider of premises", ru: "Лицо, предоставившее помещение", kk: "Үй-жай берген адам" },
    thirdParty: { en: "Third party", ru: "Третье лицо", kk: "Үшінші тұлға" },
  },
  chargePlace: {
    publicPlace: { en: "Public place", ru: "Общественное место", kk: "Қоғамдық орын" },
    street: { en: "Street", ru: "Улица", kk: "Көше" },
    sauna: { en: "Sauna", ru: "Сауна", kk: "Сауна" },
    hotel: { en: "Hotel", ru: "Гостиница", kk: "Қонақ үй" },
    apartment: { en: "Apartment", ru: "Квартира", kk: "Пәтер" },
    onCall: { en: "Outcall", ru: "Выезд по вызову", kk: "Шақыру бойынша барып қызмет көрсету" },
    other: { en: "Other", ru: "Другое", kk: "Басқа" },
  },
  penaltyKind: {
    fine: { en: "Fine", ru: "Штраф", kk: "Айыппұл" },
    detention: { en: "Administrative arrest", ru: "Административный арест", kk: "Әкімшілік қамаққа алу" },
    communityService: { en: "Community service", ru: "Общественные работы", kk: "Қоғамдық жұмыстар" },
    imprisonment: { en: "Imprisonment", ru: "Лишение свободы", kk: "Бас бостандығынан айыру" },
    warning: { en: "Warning", ru: "Предупреждение", kk: "Ескерту" },
  },
  paidTo: {
    stateAccount: {
      en: "To the state account (official receipt)",
      ru: "На счёт государства (по квитанции)",
      kk: "Мемлекет шотына (түбіртек бойынша)",
    },
    officer: { en: "Directly to the officer", ru: "Напрямую сотруднику", kk: "Тікелей қызметкерге" },
    unpaid: { en: "Not paid", ru: "Не уплачено", kk: "Төленбеген" },
  },
  interviewOutcome: {
    completed: { en: "Completed", ru: "Интервью проведено полностью", kk: "Сұхбат толық өткізілді" },
    refused: { en: "Refused to take part", ru: "Отказ от участия", kk: "Қатысудан бас тартты" },
    interrupted: { en: "Interrupted", ru: "Интервью прервано", kk: "Сұхбат үзіліп қалды" },
  },
  refusalReason: {
    fear: {
      en: "Fear for safety (police, deportation)",
      ru: "Страх за свою безопасность (полиция, депортация)",
      kk: "Қауіпсіздігі үшін қорқыныш (полиция, елден шығарып жіберу)",
    },
    distrust: {
      en: "Did not believe the answers would stay confidential",
      ru: "Не поверил(а), что ответы останутся конфиденциальными",
      kk: "Жауаптардың құпия сақталатынына сенбеді",
    },
    noTime: { en: "No time", ru: "Нет времени", kk: "Уақыты жоқ" },
    other: { en: "Other", ru: "Другое", kk: "Басқа" },
  },
  timesDetainedBox: {
    once: { en: "Once", ru: "Один раз", kk: "Бір рет" },
    twoOrThree: { en: "2 or 3 times", ru: "2 или 3 раза", kk: "2 немесе 3 рет" },
    moreThan3: { en: "More than 3 times", ru: "Больше 3 раз", kk: "3 реттен көп" },
    moreThan5: { en: "More than 5 times", ru: "Больше 5 раз", kk: "5 реттен көп" },
  },

  // The legal consultant's lists: legal terms.
  codeEdition: {
    "1997": {
      en: "1997 (Criminal Code)",
      ru: "1997 года (Уголовный кодекс)",
      kk: "1997 жылғы (Қылмыстық кодекс)",
    },
    "2001": {
      en: "2001 (Code of Administrative Offences)",
      ru: "2001 года (Кодекс об административных правонарушениях)",
      kk: "2001 жылғы (Әкімшілік құқық бұзушылық туралы кодекс)",
    },
    "2014": {
      en: "2014 (Criminal Code or Code of Administrative Offences)",
      ru: "2014 года (Уголовный кодекс или Кодекс об административных правонарушениях)",
      kk: "2014 жылғы (Қылмыстық кодекс немесе Әкімшілік құқық бұзушылық туралы кодекс)",
    },
  },
  placeKind: {
    street: { en: "Street", ru: "Улица", kk: "Көше" },
    publicPlace: { en: "Public place", ru: "Общественное место", kk: "Қоғамдық орын" },
    sauna: { en: "Sauna", ru: "Сауна", kk: "Сауна" },
    hotel: { en: "Hotel", ru: "Гостиница", kk: "Қонақ үй" },
    apartment: { en: "Apartment", ru: "Квартира", kk: "Пәтер" },
    car: { en: "Car", ru: "Автомобиль", kk: "Автокөлік" },
    policeStation: { en: "Police station", ru: "Отделение полиции", kk: "Полиция бөлімшесі" },
    detentionFacility: {
      en: "Detention facility",
      ru: "Место содержания задержанных (изолятор)",
      kk: "Ұсталғандарды ұстау орны (изолятор)",
    },
    medicalFacility: { en: "Medical facility", ru: "Медицинское учреждение", kk: "Медициналық мекеме" },
    other: { en: "Other", ru: "Другое", kk: "Басқа" },
  },
  perpetratorKind: {
    police: { en: "Police officer", ru: "Сотрудник полиции", kk: "Полиция қызметкері" },
    medical: { en: "Medical worker", ru: "Медицинский работник", kk: "Медицина қызметкері" },
    client: { en: "Client", ru: "Клиент", kk: "Клиент" },
    pimp: { en: "Manager or pimp", ru: "Менеджер или сутенёр", kk: "Менеджер немесе жеңгетай" },
    venueStaff: {
      en: "Venue staff (e.g. sauna or hotel administrator)",
      ru: "Персонал заведения (например, администратор сауны или гостиницы)",
      kk: "Мекеме қызметкері (мысалы, сауна немесе қонақ үй әкімшісі)",
    },
    partner: { en: "Partner or spouse", ru: "Партнёр(ша) или супруг(а)", kk: "Жұбайы немесе бірге тұратын серігі" },
    other: { en: "Other", ru: "Другое", kk: "Басқа" },
  },
  incidentAct: INCIDENT_ACT_LABELS,
  paymentTo: {
    officer: {
      en: "Directly to the police officer",
      ru: "Напрямую сотруднику полиции",
      kk: "Тікелей полиция қызметкеріне",
    },
    stateAccount: {
      en: "To the state account (officially)",
      ru: "На счёт государства (официально)",
      kk: "Мемлекет шотына (ресми түрде)",
    },
    medicalStaff: { en: "To medical staff", ru: "Медицинскому работнику", kk: "Медицина қызметкеріне" },
    other: { en: "Other", ru: "Другое", kk: "Басқа" },
  },
  paymentPurpose: {
    fine: { en: "Fine", ru: "Штраф", kk: "Айыппұл" },
    release: { en: "For release", ru: "За освобождение", kk: "Босату үшін" },
    service: {
      en: "For a service (e.g. a medical service)",
      ru: "За услугу (например, медицинскую)",
      kk: "Қызмет үшін (мысалы, медициналық қызмет)",
    },
    other: { en: "Other", ru: "Другое", kk: "Басқа" },
  },
  evidenceKind: {
    forensicExam: {
      en: "Forensic medical examination",
      ru: "Судебно-медицинская экспертиза",
      kk: "Медициналық-сот сараптамасы",
    },
    medicalRecord: {
      en: "Medical record",
      ru: "Медицинская документация (справка, карта)",
      kk: "Медициналық құжаттама (анықтама, карта)",
    },
    receipt: { en: "Receipt", ru: "Квитанция", kk: "Түбіртек" },
    protocol: {
      en: "Protocol (detention or offence report)",
      ru: "Протокол (о задержании, об административном правонарушении)",
      kk: "Хаттама (ұстап алу, әкімшілік құқық бұзушылық туралы)",
    },
    photo: { en: "Photographs", ru: "Фотографии", kk: "Фотосуреттер" },
    audio: { en: "Audio recording", ru: "Аудиозапись", kk: "Аудиожазба" },
    witness: { en: "Witnesses", ru: "Свидетели", kk: "Куәлер" },
    other: { en: "Other", ru: "Другое", kk: "Басқа" },
  },
  complaintAddressee: {
    prosecutor: { en: "Prosecutor's office", ru: "Прокуратура", kk: "Прокуратура" },
    internalAffairs: {
      en: "Internal affairs bodies (Department of Internal Affairs)",
      ru: "Органы внутренних дел (департамент)",
      kk: "Ішкі істер органдары (департамент)",
    },
    police: { en: "Police (local station)", ru: "Полиция (местное отделение)", kk: "Полиция (жергілікті бөлімше)" },
    healthDepartment: {
      en: "Health Department",
      ru: "Управление здравоохранения",
      kk: "Денсаулық сақтау басқармасы",
    },
    clinicHead: {
      en: "Head of the medical facility",
      ru: "Руководство медицинского учреждения",
      kk: "Медициналық мекеменің басшылығы",
    },
    aidsCentre: { en: "AIDS Centre", ru: "Центр СПИД", kk: "ЖИТС орталығы" },
    ombudsman: {
      en: "Ombudsman (Human Rights Commissioner)",
      ru: "Уполномоченный по правам человека",
      kk: "Адам құқықтары жөніндегі уәкіл",
    },
    court: { en: "Court", ru: "Суд", kk: "Сот" },
    ngo: { en: "NGO", ru: "Общественная организация (НПО)", kk: "Үкіметтік емес ұйым (ҮЕҰ)" },
    other: { en: "Other", ru: "Другое", kk: "Басқа" },
  },
  complaintOutcome: {
    pending: { en: "Pending", ru: "На рассмотрении", kk: "Қаралуда" },
    rejected: { en: "Rejected", ru: "Отклонена", kk: "Қанағаттандырусыз қалдырылды" },
    investigated: {
      en: "Investigated",
      ru: "Проведена проверка или расследование",
      kk: "Тексеру немесе тергеп-тексеру жүргізілді",
    },
    perpetratorPunished: {
      en: "Perpetrator punished",
      ru: "Нарушитель привлечён к ответственности",
      kk: "Құқықты бұзған адам жауаптылыққа тартылды",
    },
    withdrawn: { en: "Withdrawn", ru: "Жалоба отозвана", kk: "Шағым кері қайтарып алынды" },
  },
};

/** The heading of each section. */
export const SECTION_LABELS: { readonly [S in SectionId]: Label } = {
  record: { en: "Record", ru: "Запись", kk: "Жазба" },
  header: {
    en: "Interview and the respondent's consent",
    ru: "Интервью и согласие респондента(ки)",
    kk: "Сұхбат және респонденттің келісімі",
  },
  respondent: { en: "Respondent's personal data", ru: "Личные данные респондента(ки)", kk: "Респонденттің жеке деректері" },
  general: {
    en: "General information about a violation",
    ru: "Общие сведения о нарушении",
    kk: "Құқықтың бұзылуы туралы жалпы мәлімет",
  },
  detention: { en: "Police detention", ru: "Задержание полицией", kk: "Полицияның ұстап алуы" },
  medical: {
    en: "Violations by medical staff",
    ru: "Нарушения со стороны медицинских работников",
    kk: "Медицина қызметкерлері тарапынан құқықтың бұзылуы",
  },
  incidents: { en: "Incidents", ru: "Случаи нарушений", kk: "Құқық бұзылған оқиғалар" },
  charges: {
    en: "Charges (legal annex)",
    ru: "Обвинения (юридическое приложение)",
    kk: "Тағылған айыптар (заңгерлік қосымша)",
  },
};
