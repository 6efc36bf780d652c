import { type Catalogue, defineMessages, type Messages } from "@redumbrella/questionnaire";

/** What can be wrong with one submission on import; a record's own issues keep the questionnaire's codes. */
export const IMPORT_ISSUE_CODES = [
  "NOT_A_SUBMISSION",
  "NO_INSTANCE_ID",
  "DUPLICATE_SUBMISSION",
  "UNKNOWN_FIELD",
  "INVALID_ANSWER",
  "REPEAT_NOT_EXPANDED",
] as const;
/** A code of `IMPORT_ISSUE_CODES`. */
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

/** A key of the package's catalogue: import issues, error messages, and the form's own texts (choices, hints, constraints). */
export type XlsformMessageKey =
  | ImportIssueCode
  | "error.unreadableInput"
  | "error.unknownFormat"
  | "error.invalidOption"
  | "form.title"
  | "group.consent"
  | "group.police"
  | "choice.yes"
  | "choice.no"
  | "choice.declined"
  | "choice.none"
  | "hint.question"
  | "declined.label"
  | "declined.hint"
  | "constraint.maxLength"
  | "constraint.range"
  | "constraint.atLeast"
  | "constraint.documentatorCode"
  | "constraint.incidentId"
  | "constraint.country"
  | "constraint.currency"
  | "constraint.notFuture"
  | "constraint.notBeforeInterview"
  | "constraint.notAfterInterview"
  | "constraint.notBeforeGiven"
  | "constraint.periodStart"
  | "constraint.alone";

const EN: Catalogue<XlsformMessageKey> = {
  NOT_A_SUBMISSION: "This is not a submission: expected an object of answers ({received}).",
  NO_INSTANCE_ID: "The submission has no instance id (meta/instanceID, _uuid or __id): the record's id is made from it.",
  DUPLICATE_SUBMISSION: "The same submission (instance id) appears again at #{first}: only the first is imported.",
  UNKNOWN_FIELD:
    "The form has no question {field}: is the data from another version of the form? Nothing was imported from this submission.",
  INVALID_ANSWER: "Expected {expected} for {field}, got {received}.",
  REPEAT_NOT_EXPANDED: "The repeat {field} is only linked, not included: export with $expand=* (ODK Central) to include it.",
  "error.unreadableInput": "{file}: cannot be read as {format} ({problem}).",
  "error.unknownFormat": "{file}: not a KoboToolbox or ODK export (JSON, CSV, OData) or a submission XML.",
  "error.invalidOption": "Invalid option {option}: {expected}.",
  "form.title": "Rights violations against sex workers: interview",
  "group.consent": "Informed consent",
  "group.police": "Police",
  "choice.yes": "Yes",
  "choice.no": "No",
  "choice.declined": "Declined to answer",
  "choice.none": "None (not a sex worker)",
  "hint.question": "Paper form: {question}",
  "declined.label": "Declined to answer: {label}",
  "declined.hint": "Tick only if she declines this question; leave blank to ask it.",
  "constraint.maxLength": "At most {max} characters.",
  "constraint.range": "A number from {min} to {max}.",
  "constraint.atLeast": "A number, at least {min}.",
  "constraint.documentatorCode": "A documentator's code (letters, digits, - and _), never a name.",
  "constraint.incidentId": "An incident's id: a letter, then letters or digits (i1).",
  "constraint.country": "A two-letter country code (KZ, UZ, KG…) or stateless.",
  "constraint.currency": "A three-letter currency code (KZT, USD…).",
  "constraint.notFuture": "Not after today.",
  "constraint.notBeforeInterview": "Not before the interview's date.",
  "constraint.notAfterInterview": "Not after the interview's date.",
  "constraint.notBeforeGiven": "Not before the day consent was given.",
  "constraint.periodStart": "Known only to the month or year: write the period's first day.",
  "constraint.alone": "This answer cannot be ticked together with another.",
};

const RU: Catalogue<XlsformMessageKey> = {
  NOT_A_SUBMISSION: "Это не анкета: ожидался объект с ответами ({received}).",
  NO_INSTANCE_ID: "У анкеты нет идентификатора экземпляра (meta/instanceID, _uuid или __id): из него делается id записи.",
  DUPLICATE_SUBMISSION: "Та же анкета (идентификатор экземпляра) уже была под номером #{first}: импортирована только первая.",
  UNKNOWN_FIELD: "В форме нет вопроса {field}: может быть, данные из другой версии формы? Из этой анкеты ничего не импортировано.",
  INVALID_ANSWER: "Для {field} ожидалось {expected}, получено {received}.",
  REPEAT_NOT_EXPANDED: "Повторяющаяся группа {field} дана только ссылкой: выгрузите данные с $expand=* (ODK Central).",
  "error.unreadableInput": "{file}: не удалось прочитать как {format} ({problem}).",
  "error.unknownFormat": "{file}: это не выгрузка KoboToolbox или ODK (JSON, CSV, OData) и не XML анкеты.",
  "error.invalidOption": "Неверный параметр {option}: {expected}.",
  "form.title": "Нарушения прав секс-работников: интервью",
  "group.consent": "Информированное согласие",
  "group.police": "Полиция",
  "choice.yes": "Да",
  "choice.no": "Нет",
  "choice.declined": "Отказ от ответа",
  "choice.none": "Нет (не занимается секс-работой)",
  "hint.question": "Бумажная анкета: {question}",
  "declined.label": "Отказ от ответа: {label}",
  "declined.hint": "Отметьте, только если респондент(ка) отказывается отвечать; иначе оставьте пустым и задайте вопрос.",
  "constraint.maxLength": "Не более {max} знаков.",
  "constraint.range": "Число от {min} до {max}.",
  "constraint.atLeast": "Число, не меньше {min}.",
  "constraint.documentatorCode": "Код документатора (буквы, цифры, - и _), а не имя.",
  "constraint.incidentId": "Идентификатор случая: буква, затем буквы или цифры (i1).",
  "constraint.country": "Двухбуквенный код страны (KZ, UZ, KG…) или stateless.",
  "constraint.currency": "Трёхбуквенный код валюты (KZT, USD…).",
  "constraint.notFuture": "Не позже сегодняшнего дня.",
  "constraint.notBeforeInterview": "Не раньше даты интервью.",
  "constraint.notAfterInterview": "Не позже даты интервью.",
  "constraint.notBeforeGiven": "Не раньше дня, когда было дано согласие.",
  "constraint.periodStart": "Известен только месяц или год: укажите первый день периода.",
  "constraint.alone": "Этот ответ нельзя отмечать вместе с другими.",
};

const KK: Catalogue<XlsformMessageKey> = {
  NOT_A_SUBMISSION: "Бұл сауалнама емес: жауаптары бар объект күтілген еді ({received}).",
  NO_INSTANCE_ID: "Сауалнаманың дана идентификаторы жоқ (meta/instanceID, _uuid немесе __id): жазбаның id-і содан жасалады.",
  DUPLICATE_SUBMISSION: "Дәл осы сауалнама (дана идентификаторы) #{first} нөмірінде бұрын болған: тек біріншісі импортталды.",
  UNKNOWN_FIELD: "Формада {field} сұрағы жоқ: деректер форманың басқа нұсқасынан емес пе? Бұл сауалнамадан ештеңе импортталмады.",
  INVALID_ANSWER: "{field} үшін {expected} күтілген еді, {received} алынды.",
  REPEAT_NOT_EXPANDED: "{field} қайталанатын тобы тек сілтеме түрінде берілген: деректерді $expand=* арқылы жүктеп алыңыз (ODK Central).",
  "error.unreadableInput": "{file}: {format} ретінде оқу мүмкін болмады ({problem}).",
  "error.unknownFormat": "{file}: бұл KoboToolbox немесе ODK экспорты (JSON, CSV, OData) емес және сауалнаманың XML-і емес.",
  "error.invalidOption": "{option} параметрі қате: {expected}.",
  "form.title": "Секс-жұмыскерлердің құқықтарының бұзылуы: сұхбат",
  "group.consent": "Ақпараттандырылған келісім",
  "group.police": "Полиция",
  "choice.yes": "Иә",
  "choice.no": "Жоқ",
  "choice.declined": "Жауап беруден бас тартты",
  "choice.none": "Жоқ (секс-жұмыспен айналыспайды)",
  "hint.question": "Қағаз сауалнама: {question}",
  "declined.label": "Жауап беруден бас тартты: {label}",
  "declined.hint": "Респондент осы сұраққа жауап беруден бас тартқанда ғана белгілеңіз; әйтпесе бос қалдырып, сұрақты қойыңыз.",
  "constraint.maxLength": "Ең көбі {max} таңба.",
  "constraint.range": "{min} мен {max} аралығындағы сан.",
  "constraint.atLeast": "Кемінде {min} болатын сан.",
  "constraint.documentatorCode": "Құжаттаушының коды (әріптер, цифрлар, - және _), аты-жөні емес.",
  "constraint.incidentId": "Оқиғаның идентификаторы: әріп, одан кейін әріптер немесе цифрлар (i1).",
  "constraint.country": "Елдің екі әріпті коды (KZ, UZ, KG…) немесе stateless.",
  "constraint.currency": "Валютаның үш әріпті коды (KZT, USD…).",
  "constraint.notFuture": "Бүгінгі күннен кейін емес.",
  "constraint.notBeforeInterview": "Сұхбат күнінен бұрын емес.",
  "constraint.notAfterInterview": "Сұхбат күнінен кейін емес.",
  "constraint.notBeforeGiven": "Келісім берілген күннен бұрын емес.",
  "constraint.periodStart": "Тек айы немесе жылы белгілі: кезеңнің бірінші күнін жазыңыз.",
  "constraint.alone": "Бұл жауапты басқа жауаппен бірге белгілеуге болмайды.",
};

/** The package's texts in every language: import issues, errors, and what the form adds to the questionnaire's labels. */
export const XLSFORM_MESSAGES: Messages<XlsformMessageKey> = /* @__PURE__ */ defineMessages<XlsformMessageKey>({ en: EN, ru: RU, kk: KK });
