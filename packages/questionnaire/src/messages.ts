import { type Catalogue, defineMessages, type Messages } from "./core/catalogue.js";
import type { IssueCode } from "./issues.js";

/** English messages, written for the documentator who fixes the record. */
const EN: Catalogue<IssueCode> = {
  INVALID_TYPE: "Expected {expected}, got {received}.",
  REQUIRED: "This answer is required: fill it in, or list the question in `declined` if the respondent declined it.",
  UNKNOWN_KEY: "This field is not part of the record format; remove it or check its spelling.",
  INVALID_CHOICE: "{received} is not one of the choices of this question.",
  UNSUPPORTED_VERSION: "Only schemaVersion 1 is supported.",
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
};

const RU: Catalogue<IssueCode> = {
  INVALID_TYPE: "Ожидалось: {expected}, получено: {received}.",
  REQUIRED:
    "Это обязательный вопрос: заполните его или, если респондент(ка) отказался(-ась) отвечать, внесите его в `declined`.",
  UNKNOWN_KEY: "Такого поля нет в формате записи: удалите его или проверьте написание.",
  INVALID_CHOICE: "{received} — нет среди вариантов ответа на этот вопрос.",
  UNSUPPORTED_VERSION: "Поддерживается только schemaVersion 1.",
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
};

const KK: Catalogue<IssueCode> = {
  INVALID_TYPE: "Күтілгені: {expected}, берілгені: {received}.",
  REQUIRED: "Бұл міндетті сұрақ: оны толтырыңыз немесе респондент жауап беруден бас тартса, `declined` тізіміне енгізіңіз.",
  UNKNOWN_KEY: "Жазба форматында мұндай өріс жоқ: оны алып тастаңыз немесе жазылуын тексеріңіз.",
  INVALID_CHOICE: "{received} — бұл сұрақтың жауап нұсқаларының ішінде жоқ.",
  UNSUPPORTED_VERSION: "Тек schemaVersion 1 қолдау көрсетіледі.",
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
};

/**
 * The messages of validation issues, one per code, in every locale; written for the documentator
 * who fixes the record. `RECORD_MESSAGES.format(code, params, locale)` renders one.
 */
export const RECORD_MESSAGES: Messages<IssueCode> = defineMessages<IssueCode>({ en: EN, ru: RU, kk: KK });
