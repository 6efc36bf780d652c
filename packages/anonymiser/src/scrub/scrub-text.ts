import type { Locale } from "@redumbrella/questionnaire";
import { findIbans } from "./accounts.js";
import { findAddresses } from "./address.js";
import { type Candidate, PRIORITY } from "./candidate.js";
import { findBirthDates, findBirthDatesAfterNames } from "./dates.js";
import { findDigitRuns } from "./digit-runs.js";
import { findDocumentNumbers } from "./documents.js";
import { kazakhLatinAsPlain } from "./fold.js";
import { findKnownLiterals, type KnownNames, knownNamesOf } from "./known-names.js";
import { VOICE_LABEL_WORDS } from "./lexicon/name-context.js";
import { ENGLISH_MARKER_WORDS } from "./lexicon/not-names.js";
import { mailWordsOf } from "./name-evidence.js";
import { findNames, isLexiconFirstName } from "./names.js";
import { findPlates } from "./numbers.js";
import { placeholderRanges, type Token, tokenize } from "./tokens.js";
import { ENTITY_TYPES, type EntityType, type ScrubEntity, type ScrubOptions, type ScrubResult } from "./types.js";
import { findWebAddresses } from "./web.js";
import { work } from "./work.js";

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const CYRILLIC_LETTERS = /[а-яёА-ЯЁ]/u;
// The ending of an ordinal number word, which a date in words has (-ого, -ом, -ое, -ыншы/-інші, -nshi).
const ORDINAL_WORD = /(?:ого|ом|ое|ыншы|інші|nshi|nshy)(?!\p{L})/iu;
const HAS_DIGIT = /[0-9]/u;
const CAPITAL = /\p{Lu}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const EDGE = /[\s,;:!?]/u;

/** The language a text's letters point to: Kazakh letters → kk, other Cyrillic → ru, else en. */
function guessLanguage(text: string): Locale {
  if (KAZAKH_LETTERS.test(text)) return "kk";
  return CYRILLIC_LETTERS.test(text) ? "ru" : "en";
}

// Entities that must be whole: a part of a phone or an email is no entity. Names and addresses may
// lose a part to a stronger entity and keep the rest.
const DIVISIBLE: ReadonlySet<EntityType> = new Set(["NAME", "ADDRESS"]);
const TYPE_CODE = new Map<EntityType, number>(ENTITY_TYPES.map((type, i) => [type, i + 1]));

/** Settles overlaps: stronger candidates first; a name or address keeps what no stronger one took. */
function resolve(text: string, candidates: Candidate[]): ScrubEntity[] {
  if (candidates.length === 0) return [];
  candidates.sort((a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const owner = new Uint8Array(text.length);
  for (const candidate of candidates) {
    work.steps += candidate.end - candidate.start;
    const code = TYPE_CODE.get(candidate.type) as number;
    if (DIVISIBLE.has(candidate.type)) {
      for (let i = candidate.start; i < candidate.end; i++) if (owner[i] === 0) owner[i] = code;
      continue;
    }
    let free = true;
    for (let i = candidate.start; i < candidate.end && free; i++) free = owner[i] === 0;
    if (free) owner.fill(code, candidate.start, candidate.end);
  }
  const entities: ScrubEntity[] = [];
  let i = 0;
  while (i < text.length) {
    const code = owner[i] as number;
    if (code === 0) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && owner[end] === code) end++;
    const type = ENTITY_TYPES[code - 1] as EntityType;
    let start = i;
    let stop = end;
    if (DIVISIBLE.has(type)) {
      // A name that lost a part to a stronger entity may have kept a space or a comma at its edge.
      while (start < stop && EDGE.test(text.charAt(start))) start++;
      while (stop > start && EDGE.test(text.charAt(stop - 1))) stop--;
    }
    if (stop > start && WORD_CHAR.test(text.slice(start, stop))) entities.push({ start, end: stop, type });
    i = end;
  }
  return entities;
}

/**
 * Drops a document number read inside an address after its start (`пр. Абая, 150/230, кв. 7` near
 * a card's word): there it is the house's number, and the address holds it.
 */
function dropHouseNumbers(candidates: Candidate[]): void {
  const addresses: [number, number][] = [];
  for (const c of candidates) if (c.type === "ADDRESS") addresses.push([c.start, c.end]);
  if (addresses.length === 0) return;
  addresses.sort((a, b) => a[0] - b[0]);
  let kept = 0;
  for (const c of candidates) {
    const inside = c.type === "DOCNUM" && c.priority === PRIORITY.docnum && insideAfterStart(addresses, c.start, c.end);
    if (!inside) candidates[kept++] = c;
  }
  candidates.length = kept;
}

/** Whether `[start, end)` lies inside one of the sorted, disjoint `ranges`, not at its start (binary search). */
function insideAfterStart(ranges: readonly (readonly [number, number])[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid] as readonly [number, number])[1] < end) lo = mid + 1;
    else hi = mid;
  }
  const range = ranges[lo];
  return range !== undefined && range[0] < start && end <= range[1];
}

/** Whether `[start, end)` overlaps one of the sorted, disjoint `ranges` (binary search). */
function overlapsAny(ranges: readonly (readonly [number, number])[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid] as readonly [number, number])[1] <= start) lo = mid + 1;
    else hi = mid;
  }
  const range = ranges[lo];
  return range !== undefined && range[0] < end;
}

/**
 * Whether no word is capitalised but for the sentences' first words, acronyms and codes in capitals
 * (`ABC` of a plate) and one-letter words: chat, where a name's case says nothing.
 */
function noCapitalWords(tokens: readonly Token[]): boolean {
  // A text with full stops is written, not typed in a chat: there a capital at a sentence's start counts.
  const written = tokens.some((token) => token.text === ".");
  for (const token of tokens) {
    const capitalised = token.kind === "word" && token.cap && !token.allCaps && !ACRONYM_WITH_ENDING.test(token.text);
    if (capitalised && (written || !token.sentenceStart) && token.text.length > 1) return false;
  }
  return true;
}
/**
 * Whether a text is a voice message's transcript without full stops, after its label and colon
 * (`Голосовое: мариш это тоня короче …`): speech-to-text writes names in lower case.
 */
function voiceTranscript(tokens: readonly Token[]): boolean {
  const colon = tokens.findIndex((token) => token.text === ":");
  if (colon === -1 || colon > 8 || !tokens.slice(0, colon).some((token) => VOICE_LABELS.has(token.lower))) return false;
  return !tokens.slice(colon + 1).some((token) => token.text === "." || (token.kind === "word" && token.sentenceStart && token.cap));
}
const VOICE_LABELS: ReadonlySet<string> = new Set(VOICE_LABEL_WORDS);

/**
 * Whether a text is English by its words, whatever `lang` says: two of English's commonest words no
 * Russian or Kazakh in Latin letters writes (`dana said the cop is back`).
 */
function englishWords(tokens: readonly Token[]): boolean {
  let seen = 0;
  for (const token of tokens) if (token.latin && ENGLISH_MARKERS.has(token.lower) && ++seen === 2) return true;
  return false;
}
const ENGLISH_MARKERS: ReadonlySet<string> = new Set(ENGLISH_MARKER_WORDS);

/** An acronym with its case ending hyphened on (ЖСН-ін, ИИН-ы): still an acronym. */
const ACRONYM_WITH_ENDING = /^\p{Lu}{2,}-\p{Ll}{1,5}$/u;

/** What one pass of the rules needs besides the text. */
interface Pass {
  readonly lang: Locale;
  readonly known: KnownNames | null;
}

/** Every rule over `text`, overlaps settled. Placeholders already in the text are left alone. */
function detect(text: string, pass: Pass): ScrubEntity[] {
  work.steps += text.length;
  const candidates: Candidate[] = [];
  const blocked = placeholderRanges(text);
  const tokens = tokenize(text, blocked);
  findWebAddresses(text, candidates);
  if (HAS_DIGIT.test(text)) {
    findDigitRuns(text, tokens, candidates);
    findIbans(text, candidates);
    findBirthDates(kazakhLatinAsPlain(text), candidates);
    findDocumentNumbers(text, tokens, candidates);
    findPlates(text, candidates);
  } else if (ORDINAL_WORD.test(text)) {
    // A date said in words (восьмого марта девяносто девятого, тоқсан жетінші жылы) has no digit.
    findBirthDates(kazakhLatinAsPlain(text), candidates);
  }
  const streets = findAddresses(text, tokens, isLexiconFirstName, candidates);
  findNames(
    {
      text,
      tokens,
      lang: pass.lang,
      known: pass.known,
      streets,
      noCapitals: !CAPITAL.test(text) || noCapitalWords(tokens) || voiceTranscript(tokens),
      english: englishWords(tokens),
      mailWords: mailWordsOf(text, candidates),
    },
    candidates,
  );
  if (pass.known !== null) {
    for (const [start, end] of findKnownLiterals(text, pass.known)) candidates.push({ start, end, type: "NAME", priority: PRIORITY.name });
  }
  if (HAS_DIGIT.test(text)) findBirthDatesAfterNames(text, candidates);
  dropHouseNumbers(candidates);
  if (blocked.length === 0) return resolve(text, candidates);
  return resolve(
    text,
    candidates.filter((c) => !overlapsAny(blocked, c.start, c.end)),
  );
}

/** The text with each entity replaced by its placeholder, and where each kept piece went. */
function render(text: string, entities: readonly ScrubEntity[]): { text: string; gaps: [number, number, number][] } {
  let out = "";
  let at = 0;
  // [start in output, start in original, length] of each stretch copied unchanged.
  const gaps: [number, number, number][] = [];
  for (const entity of entities) {
    gaps.push([out.length, at, entity.start - at]);
    out += text.slice(at, entity.start);
    out += `[${entity.type}]`;
    at = entity.end;
  }
  gaps.push([out.length, at, text.length - at]);
  out += text.slice(at);
  return { text: out, gaps };
}

/**
 * Finds personal data in free text (names in every Russian and Kazakh case form, with
 * patronymics, initials, diminutives and transliterations; phones, IINs, emails, URLs, street
 * addresses, car plates and document numbers) and replaces each with `[NAME]`, `[PHONE]`, ….
 * Offsets are UTF-16 indices into the original text; entities are sorted and never overlap.
 * Pure, synchronous and deterministic; never throws; idempotent (scrubbing the output changes
 * nothing, and placeholders are never detected again).
 *
 * @example
 * import { scrubText } from "@redumbrella/anonymiser";
 *
 * const { text, entities } = scrubText("Участковый Ерлан Жумабаев взял 15000 тенге, тел. 8 701 482 19 63");
 * // text: "Участковый [NAME] взял 15000 тенге, тел. [PHONE]"
 * // entities: [{ start: 11, end: 25, type: "NAME" }, { start: 49, end: 64, type: "PHONE" }]
 *
 * scrubText("Сеитовой не было дома", { lang: "ru", knownNames: ["Алия Сеитова"] }).text; // "[NAME] не было дома"
 */
export function scrubText(text: string, options: ScrubOptions = {}): ScrubResult {
  const pass: Pass = { lang: options.lang ?? guessLanguage(text), known: knownNamesOf(options.knownNames) };
  let entities = detect(text, pass);
  // Scrub the output again until nothing new is found, so scrubbing is idempotent by construction:
  // whatever a rule sees only once its neighbours are placeholders is mapped back and added.
  for (;;) {
    if (entities.length === 0) return { text, entities };
    const rendered = render(text, entities);
    const found = detect(rendered.text, pass);
    if (found.length === 0) return { text: rendered.text, entities };
    const added: ScrubEntity[] = [];
    // Entities and gaps are both in order: one walk maps every entity to its gap.
    let g = 0;
    for (const entity of found) {
      work.steps++;
      while (
        g < rendered.gaps.length &&
        entity.start >= (rendered.gaps[g] as [number, number, number])[0] + (rendered.gaps[g] as [number, number, number])[2]
      )
        g++;
      const candidate = rendered.gaps[g];
      const gap =
        candidate !== undefined && entity.start >= candidate[0] && entity.end <= candidate[0] + candidate[2] ? candidate : undefined;
      // Everything found lies in a copied stretch: placeholders are never part of an entity.
      if (gap === undefined) continue;
      const shift = gap[1] - gap[0];
      added.push({ start: entity.start + shift, end: entity.end + shift, type: entity.type });
    }
    if (added.length === 0) return { text: rendered.text, entities };
    entities = [...entities, ...added].sort((a, b) => a.start - b.start);
  }
}
