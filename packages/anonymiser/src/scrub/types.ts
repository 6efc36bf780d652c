import type { Locale } from "@redumbrella/questionnaire";

/** The kinds of personal data `scrubText` finds, each replaced by `[TYPE]` in the output. */
export const ENTITY_TYPES = [
  "NAME",
  "PHONE",
  "IIN",
  "EMAIL",
  "ADDRESS",
  "PLATE",
  "DOCNUM",
  "URL",
  "CARD",
  "IBAN",
  "DOB",
  "HANDLE",
] as const;

/** A kind of personal data `scrubText` finds. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/** One piece of personal data: UTF-16 offsets into the original text, end exclusive. */
export interface ScrubEntity {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

/** Options of `scrubText`. */
export interface ScrubOptions {
  /**
   * The text's language. The rules of all three languages run on every text, since testimonies mix
   * them; the language decides which first names are also ordinary words of that language and so
   * need more evidence at the start of a sentence (`Алма`, "apple", in Kazakh; `Вера`, "faith", in
   * Russian; `May` in English). Defaults to the language guessed from the text's letters.
   */
  readonly lang?: Locale;
  /**
   * Names known to be in the text, e.g. the respondent's own (see `namesOfRecord`): each word is
   * found in every Russian and Kazakh case form, in Latin transliteration, in any letter case.
   * Defaults to none.
   */
  readonly knownNames?: readonly string[];
}

/** What `scrubText` returns: the scrubbed text and what was replaced, in order. */
export interface ScrubResult {
  readonly text: string;
  readonly entities: readonly ScrubEntity[];
}
