/**
 * The languages of the toolkit, in one list: the form's labels, every message and every page exist
 * in each. A new language is one entry here plus its catalogues — the compiler then lists every
 * catalogue (`defineMessages`) and every label (`Localised`) that lacks it.
 */
export const LOCALES = ["en", "ru", "kk"] as const;

/** A language of the toolkit: `"en"`, `"ru"` or `"kk"` (Kazakh, Cyrillic). */
export type Locale = (typeof LOCALES)[number];

/** A value in every language of the toolkit, e.g. a label `{ en, ru, kk }`. */
export type Localised<T = string> = { readonly [L in Locale]: T };

/** The language used when none is asked for. */
export const DEFAULT_LOCALE: Locale = "en";

/** Whether `value` is one of `LOCALES`. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

// BCP 47 tags for Intl: Kazakh in Cyrillic, as written in Kazakhstan.
const INTL_TAG: Localised = { en: "en-GB", ru: "ru-RU", kk: "kk-KZ" };

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number as readers of `locale` write it (`12 345,6` in Russian and Kazakh, `12,345.6` in
 * English), with at most `maximumFractionDigits` decimals. Defaults to 2.
 */
export function formatNumber(value: number, locale: Locale = DEFAULT_LOCALE, maximumFractionDigits = 2): string {
  const key = `${locale}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}
