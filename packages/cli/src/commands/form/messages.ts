import { type Catalogue, defineMessages, type Messages } from "@redumbrella/questionnaire";

/** A key of the `form` command's messages. */
export type FormCommandMessageKey =
  | "form.summary"
  | "form.synopsis"
  | "form.description"
  | "form.value.format"
  | "form.value.out"
  | "form.value.version"
  | "form.option.format"
  | "form.option.out"
  | "form.option.formVersion"
  | "form.exitCodes"
  | "form.missingOut"
  | "form.badFormat"
  | "form.badVersion"
  | "form.written";

const EN: Catalogue<FormCommandMessageKey> = {
  "form.summary": "Write the questionnaire as an XLSForm (.xlsx) or an XForm (.xml) for KoboToolbox and ODK.",
  "form.synopsis": "redumbrella form --format xlsform|xform --out FILE [--form-version yyyymmddrr] [--lang en|ru|kk]",
  "form.description":
    "Writes the questionnaire as a form for phones: every question in Russian, Kazakh and English, skip logic, constraints and\n" +
    '"declined" answers included. Upload the XLSForm to KoboToolbox or ODK Central; the XForm suits ODK Central and Enketo as is.',
  "form.value.format": "xlsform|xform",
  "form.value.out": "FILE",
  "form.value.version": "yyyymmddrr",
  "form.option.format": "xlsform (an .xlsx to upload) or xform (ODK XForms XML). Required.",
  "form.option.out": "The file to write. Required.",
  "form.option.formVersion": "The form's version: the day and that day's revision, e.g. 2026120601. Defaults to the toolkit's.",
  "form.exitCodes": "Exit codes: 0 written, 2 usage or file error.",
  "form.missingOut": "Missing --out FILE: the file to write the form to.",
  "form.badFormat": "'{value}' is not a form format: use --format xlsform or --format xform.",
  "form.badVersion": "'{value}' is not a form version: write yyyymmddrr, e.g. 2026120601.",
  "form.written": "{format} written to {file} (version {version}).",
};

const RU: Catalogue<FormCommandMessageKey> = {
  "form.summary": "Записать анкету как XLSForm (.xlsx) или XForm (.xml) для KoboToolbox и ODK.",
  "form.synopsis": "redumbrella form --format xlsform|xform --out ФАЙЛ [--form-version ггггммддрр] [--lang en|ru|kk]",
  "form.description":
    "Записывает анкету как форму для телефонов: все вопросы на русском, казахском и английском, с логикой переходов, проверками\n" +
    "и ответом «отказ от ответа». XLSForm загружается в KoboToolbox или ODK Central; XForm подходит для ODK Central и Enketo как есть.",
  "form.value.format": "ФОРМАТ",
  "form.value.out": "ФАЙЛ",
  "form.value.version": "ггггммддрр",
  "form.option.format": "xlsform (файл .xlsx для загрузки) или xform (XML ODK XForms). Обязательно.",
  "form.option.out": "Файл, в который записать форму. Обязательно.",
  "form.option.formVersion":
    "Версия формы: день и номер правки за этот день, например 2026120601. По умолчанию — версия набора инструментов.",
  "form.exitCodes": "Коды выхода: 0 — записано, 2 — ошибка в команде или файле.",
  "form.missingOut": "Не указан --out ФАЙЛ: файл, в который записать форму.",
  "form.badFormat": "«{value}» — не формат формы: укажите --format xlsform или --format xform.",
  "form.badVersion": "«{value}» — не версия формы: пишите ггггммддрр, например 2026120601.",
  "form.written": "{format} записана в {file} (версия {version}).",
};

const KK: Catalogue<FormCommandMessageKey> = {
  "form.summary": "Сауалнаманы KoboToolbox пен ODK үшін XLSForm (.xlsx) немесе XForm (.xml) түрінде жазу.",
  "form.synopsis": "redumbrella form --format xlsform|xform --out ФАЙЛ [--form-version жжжжааккнн] [--lang en|ru|kk]",
  "form.description":
    "Сауалнаманы телефонға арналған форма ретінде жазады: барлық сұрақ орыс, қазақ және ағылшын тілдерінде, өту логикасы,\n" +
    "тексерулер және «жауап беруден бас тартты» жауабы бар. XLSForm KoboToolbox-қа немесе ODK Central-ға жүктеледі; XForm ODK Central мен Enketo үшін дайын.",
  "form.value.format": "ФОРМАТ",
  "form.value.out": "ФАЙЛ",
  "form.value.version": "жжжжааккнн",
  "form.option.format": "xlsform (жүктеуге арналған .xlsx файлы) немесе xform (ODK XForms XML). Міндетті.",
  "form.option.out": "Форма жазылатын файл. Міндетті.",
  "form.option.formVersion":
    "Форманың нұсқасы: күн және сол күнгі түзету нөмірі, мысалы 2026120601. Әдепкі мәні — құралдар жинағының нұсқасы.",
  "form.exitCodes": "Шығу кодтары: 0 — жазылды, 2 — командада немесе файлда қате.",
  "form.missingOut": "--out ФАЙЛ көрсетілмеген: форма жазылатын файл.",
  "form.badFormat": "«{value}» форма форматы емес: --format xlsform немесе --format xform көрсетіңіз.",
  "form.badVersion": "«{value}» форма нұсқасы емес: жжжжааккнн түрінде жазыңыз, мысалы 2026120601.",
  "form.written": "{format} {file} файлына жазылды (нұсқасы {version}).",
};

/** The sentences of `redumbrella form`, in every language. */
export const FORM_COMMAND_MESSAGES: Messages<FormCommandMessageKey> = defineMessages<FormCommandMessageKey>({ en: EN, ru: RU, kk: KK });
