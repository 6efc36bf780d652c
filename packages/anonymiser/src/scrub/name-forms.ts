import { foldCyrillic } from "./fold.js";
import { genderOfEnding, nameWordForms } from "./inflect.js";

const LATIN = /^[\p{Script=Latin}\p{M}'’ʼ-]+$/u;

/**
 * The case forms `scrubText` finds a full name in, one list per word: Russian declension (as first
 * name, surname or patronymic, by ending) and Kazakh case suffixes; a word in Latin letters as is. For tests that plant a name in
 * text in several forms, and to see what `knownNames` covers.
 *
 * @example
 * import { nameForms } from "@redumbrella/anonymiser";
 *
 * nameForms("Алия Сеитова"); // [["Алия", "Алии", "Алию", "Алией", …, "Алияның", …], ["Сеитова", "Сеитовой", "Сеитову", …]]
 */
export function nameForms(name: string): string[][] {
  return name
    .split(/\s+/u)
    .filter((word) => word !== "")
    .map((word) => {
      // A name in Latin letters is written in English or in transliteration: not declined.
      if (LATIN.test(word)) return [word];
      const gender = genderOfEnding(word);
      const forms = new Set<string>();
      for (const part of ["first", "surname", "patronymic"] as const) {
        for (const form of nameWordForms(word, part, gender)) forms.add(form);
      }
      // Keep the name's own capital: "Алии", not "алии".
      const capital = word.charAt(0) !== word.charAt(0).toLowerCase();
      return [...forms]
        .filter((form) => foldCyrillic(form) !== "")
        .map((form) => (capital ? form.charAt(0).toUpperCase() + form.slice(1) : form));
    });
}
