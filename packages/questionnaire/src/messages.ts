import { type Catalogue, defineMessages, type Messages } from "./core/catalogue.js";
import type { IssueCode } from "./issues.js";

/** English messages, written for the documentator who fixes the record. */
const EN: Catalogue<IssueCode> = {
  INVALID_TYPE: "Expected {expected}, got {received}.",
  REQUIRED: "This answer is required: fill it in, or list the question in `declined` if the respondent declined it.",
  UNKNOWN_KEY: "This field is not part of the record format; remove it or check its spelling.",
  INVALID_CHOICE: "{received} is not one of the choices of this question.",
  UNSUPPORTED_VERSION: "Only schemaVersion 1 and 2 are supported.",
  INVALID_DATE: "Not a calendar date: write it as YYYY-MM-DD (e.g. 2015-03-14).",
  DATE_NOT_PERIOD_START: "A date known only to the month or the year is written as the first day of that period: {expected}.",
  FUTURE_DATE: "This date is after {asOf}: a date cannot be in the future.",
  INVALID_FORMAT: "Not a valid {format}.",
  EMPTY_TEXT: "The text is empty; leave the field out if the question was not answered.",
  TEXT_TOO_LONG: "The text has {length} characters; at most {maximum} are allowed.",
  OUT_OF_RANGE: "The number is out of range: it must be {bound}.",
  NOT_INTEGER: "Expected a whole number.",
  DUPLICATE: "This choice is already listed at position {first}.",
  DETAIL_WITHOUT_GATE: "This answer is asked only when {gate} is {expected}; remove it or correct {gate}.",
  VIOLATIONS_MISSING: "Rights were violated: tick at least one violation or describe it under otherViolation.",
  CONSENT_BEFORE_INTERVIEW: "Consent is dated {givenOn}, before the interview on {interviewDate}.",
  WITHDRAWN_BEFORE_GIVEN: "Consent is withdrawn on {withdrawnOn}, before it was given on {givenOn}.",
  UNKNOWN_QUESTION: "{received} is not a question the respondent can decline.",
  DECLINED_BUT_ANSWERED: "The respondent declined this question, yet it has an answer: remove one or the other.",
  REFUSAL_WITH_ANSWERS: "The person refused to take part: a refusal records only the interview header, nothing about her — remove this.",
  CONSENT_ITEM_BEFORE_BLOCK: "This item is dated {givenOn}, before the consent block was given on {blockGivenOn}.",
  TIMES_DETAINED_TWICE: "Give either the number of detentions or the paper's box, not both.",
  INCIDENT_AFTER_INTERVIEW: "The incident is dated {date}, after the interview on {interviewDate}.",
  NO_PERPETRATOR: "Name at least one perpetrator: a kind of person (police, medical, client…) is enough.",
  NEEDS_POLICE_PERPETRATOR:
    "This needs a police perpetrator in the incident: only the police detain, and a payment to an officer needs an officer.",
  CODE_EDITION_MISMATCH: "The {code} code has no such edition: expected {expected}.",
  UNKNOWN_INCIDENT: "No incident of this record has this id.",
};

const RU: Catalogue<IssueCode> = {
  INVALID_TYPE: "Ожидалось: {expected}, получено: {received}.",
  REQUIRED: "Это обязательный вопрос: заполните его или, если респондент(ка) отказался(-ась) отвечать, внесите его в `declined`.",
  UNKNOWN_KEY: "Такого поля нет в формате записи: удалите его или проверьте написание.",
  INVALID_CHOICE: "{received} — нет среди вариантов ответа на этот вопрос.",
  UNSUPPORTED_VERSION: "Поддерживаются только schemaVersion 1 и 2.",
  INVALID_DATE: "Это не календарная дата: пишите в виде ГГГГ-ММ-ДД (например, 2015-03-14).",
  DATE_NOT_PERIOD_START: "Дату, известную лишь до месяца или года, пишут как первый день периода: {expected}.",
  FUTURE_DATE: "Дата позже {asOf}: дата не может быть в будущем.",
  INVALID_FORMAT: "Неверный формат: {format}.",
  EMPTY_TEXT: "Пустой текст: если на вопрос не ответили, не заполняйте поле.",
  TEXT_TOO_LONG: "В тексте {length} знаков; допускается не более {maximum}.",
  OUT_OF_RANGE: "Число вне допустимого диапазона: должно быть {bound}.",
  NOT_INTEGER: "Ожидалось целое число.",
  DUPLICATE: "Этот вариант уже указан в позиции {first}.",
  DETAIL_WITHOUT_GATE: "Этот ответ задаётся, только если {gate} = {expected}; удалите его или исправьте {gate}.",
  VIOLATIONS_MISSING: "Права нарушены: отметьте хотя бы одно нарушение или опишите его в otherViolation.",
  CONSENT_BEFORE_INTERVIEW: "Согласие датировано {givenOn}, то есть раньше интервью ({interviewDate}).",
  WITHDRAWN_BEFORE_GIVEN: "Согласие отозвано {withdrawnOn}, раньше, чем дано ({givenOn}).",
  UNKNOWN_QUESTION: "{received} — не вопрос, от ответа на который можно отказаться.",
  DECLINED_BUT_ANSWERED: "Респондент(ка) отказался(-ась) отвечать на этот вопрос, но ответ заполнен: удалите одно из двух.",
  REFUSAL_WITH_ANSWERS:
    "Человек отказался от участия: в записи об отказе есть только шапка интервью и ничего о нём или о ней — удалите это.",
  CONSENT_ITEM_BEFORE_BLOCK: "Этот пункт датирован {givenOn}, раньше, чем дано согласие в целом ({blockGivenOn}).",
  TIMES_DETAINED_TWICE: "Укажите либо число задержаний, либо вариант с бланка, но не оба.",
  INCIDENT_AFTER_INTERVIEW: "Случай датирован {date}, позже интервью ({interviewDate}).",
  NO_PERPETRATOR: "Укажите хотя бы одного нарушителя: достаточно указать, кто это (полиция, медработник, клиент…).",
  NEEDS_POLICE_PERPETRATOR:
    "Для этого в случае должен быть указан сотрудник полиции: задерживает только полиция, а платёж сотруднику требует сотрудника.",
  CODE_EDITION_MISMATCH: "У кодекса ({code}) нет такой редакции: ожидалось {expected}.",
  UNKNOWN_INCIDENT: "В этой записи нет случая с таким идентификатором.",
};

const KK: Catalogue<IssueCode> = {
  INVALID_TYPE: "Күтілгені: {expected}, берілгені: {received}.",
  REQUIRED: "Бұл міндетті сұрақ: оны толтырыңыз немесе респондент жауап беруден бас тартса, `declined` тізіміне енгізіңіз.",
  UNKNOWN_KEY: "Жазба форматында мұндай өріс жоқ: оны алып тастаңыз немесе жазылуын тексеріңіз.",
  INVALID_CHOICE: "{received} — бұл сұрақтың жауап нұсқаларының ішінде жоқ.",
  UNSUPPORTED_VERSION: "Тек schemaVersion 1 және 2 қолдау көрсетіледі.",
  INVALID_DATE: "Бұл күнтізбелік күн емес: ЖЖЖЖ-АА-КК түрінде жазыңыз (мысалы, 2015-03-14).",
  DATE_NOT_PERIOD_START: "Тек айы немесе жылы белгілі күн кезеңнің бірінші күні ретінде жазылады: {expected}.",
  FUTURE_DATE: "Бұл күн {asOf} күнінен кейін: күн болашақта бола алмайды.",
  INVALID_FORMAT: "Пішімі дұрыс емес: {format}.",
  EMPTY_TEXT: "Мәтін бос: сұраққа жауап берілмесе, өрісті толтырмаңыз.",
  TEXT_TOO_LONG: "Мәтінде {length} таңба бар; {maximum} таңбадан аспауы керек.",
  OUT_OF_RANGE: "Сан рұқсат етілген шектен тыс: {bound} болуы керек.",
  NOT_INTEGER: "Бүтін сан күтілді.",
  DUPLICATE: "Бұл нұсқа {first}-орында көрсетілген.",
  DETAIL_WITHOUT_GATE: "Бұл жауап {gate} = {expected} болғанда ғана қойылады; оны алып тастаңыз немесе {gate} өрісін түзетіңіз.",
  VIOLATIONS_MISSING: "Құқықтар бұзылған: кемінде бір бұзушылықты белгілеңіз немесе оны otherViolation өрісінде сипаттаңыз.",
  CONSENT_BEFORE_INTERVIEW: "Келісім {givenOn} күнімен белгіленген, яғни сұхбаттан ({interviewDate}) бұрын.",
  WITHDRAWN_BEFORE_GIVEN: "Келісім {withdrawnOn} күні қайтарып алынған, яғни берілген күнінен ({givenOn}) бұрын.",
  UNKNOWN_QUESTION: "{received} — жауап беруден бас тартуға болатын сұрақ емес.",
  DECLINED_BUT_ANSWERED: "Респондент бұл сұраққа жауап беруден бас тартқан, бірақ жауап толтырылған: екеуінің бірін алып тастаңыз.",
  REFUSAL_WITH_ANSWERS:
    "Адам қатысудан бас тартты: бас тарту жазбасында тек сұхбаттың тақырыптық бөлігі болады, адам туралы ештеңе жоқ — мұны алып тастаңыз.",
  CONSENT_ITEM_BEFORE_BLOCK: "Бұл тармақ {givenOn} күнімен белгіленген, яғни жалпы келісім берілген күннен ({blockGivenOn}) бұрын.",
  TIMES_DETAINED_TWICE: "Ұстап алу санын не бланктегі нұсқаны көрсетіңіз, екеуін бірдей емес.",
  INCIDENT_AFTER_INTERVIEW: "Оқиға {date} күнімен белгіленген, яғни сұхбаттан ({interviewDate}) кейін.",
  NO_PERPETRATOR: "Кемінде бір құқық бұзушыны көрсетіңіз: оның кім екенін (полиция, медицина қызметкері, клиент…) көрсету жеткілікті.",
  NEEDS_POLICE_PERPETRATOR:
    "Бұл үшін оқиғада полиция қызметкері көрсетілуі керек: ұстап алуды тек полиция жүзеге асырады, ал қызметкерге төлем қызметкерді талап етеді.",
  CODE_EDITION_MISMATCH: "Кодекстің ({code}) мұндай редакциясы жоқ: күтілгені {expected}.",
  UNKNOWN_INCIDENT: "Бұл жазбада мұндай идентификаторы бар оқиға жоқ.",
};

/**
 * The messages of validation issues, one per code, in every locale; written for the documentator
 * who fixes the record. `RECORD_MESSAGES.format(code, params, locale)` renders one.
 */
export const RECORD_MESSAGES: Messages<IssueCode> = /* @__PURE__ */ defineMessages<IssueCode>({ en: EN, ru: RU, kk: KK });
