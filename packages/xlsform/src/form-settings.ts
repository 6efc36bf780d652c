import { isLocale, type Locale } from "@redumbrella/questionnaire";
import { xlsformError } from "./errors.js";

/** The form's id on KoboToolbox and ODK Central: submissions of another form are not this form's. */
export const FORM_ID = "redumbrella_record_v2";

/** The form's version, `yyyymmddrr` (the day and the revision of that day): raise it with every change of the form. */
export const FORM_VERSION = "2026120601";

/** The languages of the form as XLSForm columns name them, in the order the columns are written. */
export const FORM_LANGUAGES: readonly { readonly locale: Locale; readonly name: string }[] = [
  { locale: "ru", name: "Russian (ru)" },
  { locale: "kk", name: "Kazakh (kk)" },
  { locale: "en", name: "English (en)" },
];

/** Options of `toXlsform`, `writeXlsform` and `toXForm`. */
export interface FormOptions {
  /** The form's version, `yyyymmddrr`. Defaults to `FORM_VERSION`. */
  readonly version?: string;
  /** The language the form opens in. Defaults to `"ru"`. */
  readonly defaultLanguage?: Locale;
}

/** The options, checked, with their defaults. */
export function formSettings(options: FormOptions): { version: string; defaultLanguage: Locale; languageName: string } {
  const version = options.version ?? FORM_VERSION;
  if (!/^\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{2}$/.test(version)) {
    throw xlsformError("INVALID_OPTION", "error.invalidOption", { option: "version", expected: "yyyymmddrr, e.g. 2026120601" }, [
      "version",
    ]);
  }
  const defaultLanguage = options.defaultLanguage ?? "ru";
  if (!isLocale(defaultLanguage)) {
    throw xlsformError("INVALID_OPTION", "error.invalidOption", { option: "defaultLanguage", expected: "en, ru or kk" }, [
      "defaultLanguage",
    ]);
  }
  const languageName = FORM_LANGUAGES.find((l) => l.locale === defaultLanguage)?.name as string;
  return { version, defaultLanguage, languageName };
}

/** The instance name Kobo and ODK list submissions by: the interview's day and the interviewer's code, nothing about the respondent. */
export const INSTANCE_NAME = "concat('interview ', /data/interview/date, ' ', /data/interview/interviewerId)";
