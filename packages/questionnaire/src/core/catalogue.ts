import { DEFAULT_LOCALE, LOCALES, type Locale, type Localised } from "./locale.js";

/** What a message interpolates: `{name}` in a template is replaced by `params.name`. */
export type MessageParams = Readonly<Record<string, unknown>>;

/** One language's messages: a template for every key. */
export type Catalogue<TKey extends string> = { readonly [K in TKey]: string };

/** A package's messages in every language, and the one renderer of the toolkit. */
export interface Messages<TKey extends string> {
  /** The catalogues, one per locale. */
  readonly catalogues: Localised<Catalogue<TKey>>;
  /** Every key, in the order of the English catalogue. */
  readonly keys: readonly TKey[];
  /**
   * Renders `key` in `locale`, replacing each `{name}` with `params.name` (a placeholder without a
   * param stays as written). A key outside the catalogues — a code a JavaScript caller made up — is
   * returned as is, never thrown on. Locale defaults to `"en"`.
   */
  format(key: TKey, params?: MessageParams, locale?: Locale): string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Replaces each `{name}` of `template` with `params.name`; a placeholder without a param stays. */
export function renderTemplate(template: string, params: MessageParams = {}): string {
  if (!template.includes("{")) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/**
 * Defines a package's message catalogues, one per locale of `LOCALES`: the type asks for every
 * locale and, in each, for every key.
 *
 * @example
 * import { defineMessages } from "@redumbrella/questionnaire";
 *
 * type Key = "greeting";
 * const MESSAGES = defineMessages<Key>({
 *   en: { greeting: "Hello, {name}" },
 *   ru: { greeting: "Здравствуйте, {name}" },
 *   kk: { greeting: "Сәлеметсіз бе, {name}" },
 * });
 * MESSAGES.format("greeting", { name: "D2" }, "kk"); // "Сәлеметсіз бе, D2"
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineMessages<TKey extends string>(catalogues: Localised<Catalogue<TKey>>): Messages<TKey> {
  const keys = Object.keys(catalogues.en) as TKey[];
  return {
    catalogues,
    keys,
    format(key, params = {}, locale = DEFAULT_LOCALE) {
      const catalogue = (catalogues[locale] ?? catalogues[DEFAULT_LOCALE]) as Readonly<Record<string, string>>;
      const template = Object.hasOwn(catalogue, key) ? (catalogue[key] as string) : key;
      return renderTemplate(template, params);
    },
  };
}

/** The placeholders of a template, sorted: `["gate", "value"]`. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string))].sort();
}

/**
 * Every problem of a set of catalogues, as lines a test prints: a locale or key missing, an empty
 * template, placeholders that differ from the English template's, Kazakh or Russian text with no
 * Cyrillic letter. `[]` when the catalogues are complete.
 */
export function catalogueProblems(messages: Pick<Messages<string>, "catalogues">): string[] {
  const problems: string[] = [];
  const en = messages.catalogues.en as Readonly<Record<string, string>>;
  const enKeys = Object.keys(en);
  for (const locale of LOCALES) {
    const catalogue = messages.catalogues[locale] as Readonly<Record<string, string>> | undefined;
    if (catalogue === undefined) {
      problems.push(`${locale}: no catalogue`);
      continue;
    }
    for (const key of Object.keys(catalogue)) if (!Object.hasOwn(en, key)) problems.push(`${locale}.${key}: not in the English catalogue`);
    for (const key of enKeys) {
      const template = catalogue[key];
      if (typeof template !== "string") {
        problems.push(`${locale}.${key}: missing`);
        continue;
      }
      if (template.trim() === "" && (en[key] as string).trim() !== "") problems.push(`${locale}.${key}: empty`);
      const want = placeholdersOf(en[key] as string).join(",");
      const got = placeholdersOf(template).join(",");
      if (want !== got) problems.push(`${locale}.${key}: placeholders {${got}}, English has {${want}}`);
      const words = template.replace(PLACEHOLDER, "");
      if (locale !== "en" && /\p{L}{4}/u.test(words) && !/[\u0400-\u04ff]/u.test(words)) {
        problems.push(`${locale}.${key}: no Cyrillic letter`);
      }
    }
  }
  return problems;
}
