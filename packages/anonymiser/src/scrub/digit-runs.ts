// Phones, IINs and bank cards wherever their digits are: the text is read once into runs of digit
// groups (joined by spaces, narrow spaces, dots, dashes and brackets), and each run is cut, from
// the left, into the longest numbers that pass their checks. A number may be glued to a word
// (ИИН870112345678, тел87011234567) when a check vouches for it.

import { type Candidate, PRIORITY } from "./candidate.js";
import { isLuhnValid } from "./checksums.js";
import { isValidIin } from "./iin.js";
import { amountAfter, type Cue, cueBefore, moneyBefore, tokenAt } from "./numbers.js";
import { isForeignPhone, isPlannedPhone } from "./phone-plan.js";
import type { Token } from "./tokens.js";
import { work } from "./work.js";

/** A run of digits, its offsets in the text. */
interface Group {
  readonly start: number;
  readonly end: number;
  readonly digits: string;
}

/** Digit groups and the separators between them (`seps[i]` stands between group i and i + 1). */
interface Run {
  readonly groups: readonly Group[];
  readonly seps: readonly string[];
}

/** One number cut from a run: groups `from` … `to - 1`. */
interface Cut {
  readonly to: number;
  readonly type: "PHONE" | "IIN" | "CARD";
  /** Passed a check (plan, checksum): may touch a letter. */
  readonly strong: boolean;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
// Space, no-break space, narrow no-break space, thin space, dots, dashes and brackets.
const isSeparator = (c: number): boolean =>
  c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 46 || c === 45 || c === 0x2013 || c === 40 || c === 41;
const isLetterAt = (text: string, i: number): boolean => i >= 0 && i < text.length && /\p{L}/u.test(text.charAt(i));
/** Separators an IIN or a card may be written with: spaces and dashes only. */
const GROUPING = /^[ \u00a0\u202f\u2009-]$/u;
/** How an IIN is grouped when it is grouped: 6+6, 4+4+4, 3+3+3+3, 6+3+3. */
// …and by its parts: the birth date, the century and sex, the serial, the check digit (750422 4 7447 6).
const IIN_GROUPINGS = new Set(["12", "6,6", "4,4,4", "3,3,3,3", "6,3,3", "6,1,4,1", "6,1,5"]);
/**
 * How a card's number is grouped, by its length: 16 digits (4+4+4+4), 17 to 19 (Mir, UnionPay,
 * Maestro: 4+4+4+4 and the rest), 15 (American Express: 4+6+5).
 */
const CARD_GROUPINGS: ReadonlyMap<number, ReadonlySet<string>> = new Map([
  [16, new Set(["16", "4,4,4,4"])],
  [17, new Set(["17", "4,4,4,4,1"])],
  [18, new Set(["18", "4,4,4,4,2"])],
  [19, new Set(["19", "4,4,4,4,3"])],
  [15, new Set(["4,6,5"])],
]);
const MAX_PHONE_GROUPS = 7;
/** A number sign right before a number. */
const NUMBER_SIGN = /№\s*$/u;
/** A separator that glues two groups into one code: a dash or a dot with no space. */
const GLUED = /^[-.–]$/u;
/** Short local numbers in groups: 24-31-08, 231-45-67, 2-31-08. */
const LOCAL_GROUPING = new Set(["2,2,2", "3,2,2", "1,2,2"]);

/** The runs of digit groups in `text`, in one pass. */
function* runs(text: string): Generator<Run> {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const groups: Group[] = [];
    const seps: string[] = [];
    let j = i;
    for (;;) {
      const from = j;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      work.steps += j - from + 1;
      groups.push({ start: from, end: j, digits: text.slice(from, j) });
      let k = j;
      while (k < n && k - j < 3 && isSeparator(text.charCodeAt(k))) k++;
      if (k === j || k >= n || !isDigit(text.charCodeAt(k))) break;
      seps.push(text.slice(j, k));
      j = k;
    }
    yield { groups, seps };
    i = j;
  }
}

/** The groups' lengths joined by commas, and their digits, for groups `from` … `to - 1`. */
function shape(run: Run, from: number, to: number): { sizes: string; digits: string } {
  let sizes = "";
  let digits = "";
  for (let g = from; g < to; g++) {
    const group = run.groups[g] as Group;
    sizes += (g === from ? "" : ",") + group.digits.length;
    digits += group.digits;
  }
  return { sizes, digits };
}

/** Whether every separator between groups `from` … `to - 1` is a space or a dash. */
function groupedPlainly(run: Run, from: number, to: number): boolean {
  for (let g = from; g < to - 1; g++) if (!GROUPING.test(run.seps[g] as string)) return false;
  return true;
}

/** The `+` right before group `g`, or `+(`: where a phone written with one starts. */
function plusBefore(text: string, run: Run, g: number): number {
  const start = (run.groups[g] as Group).start;
  if (text.charAt(start - 1) === "+") return start - 1;
  if (text.charAt(start - 1) === "(" && text.charAt(start - 2) === "+") return start - 2;
  return -1;
}

/** Where a phone from group `g` starts: its `+` or `+(`, or the bracket its code opens with ((701) 229 4715, (+7) 776 …). */
function phoneStart(text: string, run: Run, g: number): number {
  const plus = plusBefore(text, run, g);
  const start = plus === -1 ? (run.groups[g] as Group).start : plus;
  // …and the bracket its country or area code opens with ((+7) 776 019 44 83).
  return text.charAt(start - 1) === "(" && (run.seps[g] ?? "").startsWith(")") ? start - 1 : start;
}

const ONE_DIGIT = /^(\d)\1*$/u;
const ONE_BY_ONE = Array.from({ length: 12 }, () => "1").join(",");

/**
 * Whether groups `g` … `to - 1` stand between short groups a single space away on both sides, the
 * middle of a longer number (an IMEI written 35 391208 442817 5), not a number of their own.
 */
function insideLongerNumber(run: Run, g: number, to: number): boolean {
  const [before, after] = [run.groups[g - 1], run.groups[to]];
  return (
    before !== undefined &&
    after !== undefined &&
    before.digits.length <= 2 &&
    after.digits.length <= 2 &&
    run.seps[g - 1] === " " &&
    run.seps[to - 1] === " "
  );
}

/** What each cut is, read off a run from group `g`: the first kind that fits, the longest phone. */
function cutAt(text: string, run: Run, g: number, iinSaid: () => boolean): Cut | null {
  const count = run.groups.length;
  // Cards and IINs: a fixed number of digits, plainly grouped. A card's first twelve digits may
  // pass as an IIN (4+4+4): the card, when the run goes on to one, comes first.
  // The longest card wins: a 19-digit card's first sixteen may pass Luhn too.
  let digits = 0;
  let iin: Cut | null = null;
  let card: Cut | null = null;
  for (let to = g + 1; to <= count && digits < 19; to++) {
    work.steps++;
    digits += (run.groups[to - 1] as Group).digits.length;
    const cardSizes = CARD_GROUPINGS.get(digits);
    if (digits !== 12 && cardSizes === undefined) continue;
    if (!groupedPlainly(run, g, to)) break;
    const { sizes, digits: number } = shape(run, g, to);
    // …not a form's blank of one digit repeated (0000 0000 0000 0000), which Luhn passes.
    if (cardSizes?.has(sizes) === true && isLuhnValid(number) && !ONE_DIGIT.test(number)) card = { to, type: "CARD", strong: true };
    // Called an IIN (even glued to its label: ИИН870112345678), it is one whatever its check digit.
    if (digits === 12 && IIN_GROUPINGS.has(sizes) && (isValidIin(number) || iinSaid())) iin = { to, type: "IIN", strong: true };
    // …and dictated in pairs (ИИН 89 10 13 49 14 03) or typed digit by digit (ИИН 8 5 0 4 0 6 …) only when called one.
    if (digits === 12 && (sizes === "2,2,2,2,2,2" || sizes === ONE_BY_ONE) && iinSaid()) iin = { to, type: "IIN", strong: true };
  }
  if (card !== null) return card;
  if (iin !== null && !(insideLongerNumber(run, g, iin.to) && !iinSaid())) return iin;
  // Phones: the longest cut from here that a numbering plan knows…
  // (00 dialled for the + of a country's code, 00996 557 …, reads as the +; not four digits from 00,
  // a receipt's or a transaction's group: 0045 8812 3307).
  const signed = plusBefore(text, run, g) !== -1;
  const dialled = !signed && /^00[1-9]\d{2,}$/u.test((run.groups[g] as Group).digits);
  const plus = signed || dialled;
  // …but none that starts inside a code of groups glued by dashes or dots (протокол № 51-0217-003402).
  if (!plus && g > 0 && GLUED.test(run.seps[g - 1] as string)) return null;
  let best: Cut | null = null;
  let number = "";
  for (let to = g + 1; to <= count && to - g <= MAX_PHONE_GROUPS; to++) {
    work.steps++;
    number += (run.groups[to - 1] as Group).digits.slice(dialled && to === g + 1 ? 2 : 0);
    if (number.length > (plus ? 15 : 13)) break;
    // A country no plan has: its length unknown, the first cut long enough (so a count after it
    // is not read in: +44 7700 900418 2 раза).
    if (plus && best === null && isForeignPhone(number)) return { to, type: "PHONE", strong: true };
    if (number.length >= 10 && isPlannedPhone(number, plus)) {
      // Ten digits from 9 (a Russian mobile without its prefix) only in groups.
      if (number.length === 10 && number.charCodeAt(0) === 57 && !plus && to - g < 3) continue;
      // A Kyrgyz mobile with its trunk 0 as one run or as it is grouped (0555 219 804, 0 700 55 21 87),
      // not a date's digits.
      const first = (run.groups[g] as Group).digits;
      const trunkApart = first === "0" && (run.groups[g + 1] as Group | undefined)?.digits.length === 3;
      // …its code in brackets after the trunk too (0 (702) 55-18-40).
      const bracketed = trunkApart && /^ ?\($/u.test(run.seps[g] as string) && /^\) ?$/u.test(run.seps[g + 1] as string);
      if (
        number.charCodeAt(0) === 48 &&
        !(to - g === 1 || ((first.length === 4 || trunkApart) && (groupedPlainly(run, g, to) || bracketed)))
      )
        continue;
      best = { to, type: "PHONE", strong: true };
    }
  }
  return best;
}

/** An Uzbek mobile without its country's code, as Uzbeks write it after a phone word: 91 234 05 67. */
const UZBEK_MOBILE = /^(?:9\d|33|88|77|50|20)$/u;

/** A short local number (24-31-08, or 5–7 digits after a phone word), not an amount or a date. */
function localPhoneAt(run: Run, g: number, said: () => Cue, money: () => boolean): number {
  const count = run.groups.length;
  // …or an Uzbek mobile's nine digits (91 234 05 67), after a phone word.
  if (g === 0 && count === 4 && shape(run, 0, 4).sizes === "2,3,2,2" && UZBEK_MOBILE.test((run.groups[0] as Group).digits)) {
    const cue = said();
    if (cue === "phone" || cue === "weakPhone") return 4;
  }
  for (const size of [3, 1]) {
    const to = g + size;
    // A short number is the whole run: a group inside a longer run is part of something else.
    if (g !== 0 || to !== count) continue;
    const { sizes, digits } = shape(run, g, to);
    // A subscriber's number never starts with 0, the trunk prefix of other numbering plans.
    if (digits.length < 5 || digits.length > 7 || digits.startsWith("0")) continue;
    if (size === 3) {
      const dashed = run.seps[g] === "-" && run.seps[g + 1] === "-";
      const cue = said();
      if (!LOCAL_GROUPING.has(sizes) || !((dashed && cue === null && !money()) || cue === "phone" || cue === "weakPhone")) continue;
      // 12-03-15 may be a date: a phone only when a phone word says so.
      const [a, b] = [Number((run.groups[g] as Group).digits), Number((run.groups[g + 1] as Group).digits)];
      if (sizes === "2,2,2" && a >= 1 && a <= 31 && b >= 1 && b <= 12 && said() !== "phone") continue;
      return to;
    }
    const cue = said();
    // …a number's word alone, not after a fine's or a payment's (shtraf oplachen, chek, nomer 55812).
    if (cue === "phone" || (cue === "weakPhone" && !money())) return to;
  }
  return -1;
}

/** Phones, IINs and bank cards in `text`. */
export function findDigitRuns(text: string, tokens: readonly Token[], out: Candidate[]): void {
  for (const run of runs(text)) {
    let g = 0;
    const count = run.groups.length;
    while (g < count) {
      work.steps++;
      const first = run.groups[g] as Group;
      const index = tokenAt(tokens, first.start);
      let cue: Cue | undefined;
      const said = (): Cue => {
        cue ??= cueBefore(tokens, index);
        return cue;
      };
      // …or to a code's letters by a hyphen (пробирка 24-ЛС-30417): part of the code, no phone.
      const glued =
        g === 0 && (isLetterAt(text, first.start - 1) || (text.charAt(first.start - 1) === "-" && isLetterAt(text, first.start - 2)));
      const cut = cutAt(text, run, g, () => said() === "iin");
      if (cut !== null) {
        const last = run.groups[cut.to - 1] as Group;
        const touches = glued || isLetterAt(text, last.end);
        const blocked = tokens[index]?.blocked === true || tokens[tokenAt(tokens, last.end - 1)]?.blocked === true;
        const plus = cut.type === "PHONE" ? plusBefore(text, run, g) : -1;
        // After a number sign it is a document's or a receipt's number, not a phone (№ 7712-0045893).
        const signed = cut.type === "PHONE" && plus === -1 && NUMBER_SIGN.test(text.slice(Math.max(0, first.start - 3), first.start));
        if ((cut.strong || !touches) && !blocked && !signed) {
          const priority = cut.type === "PHONE" ? PRIORITY.phone : cut.type === "IIN" ? PRIORITY.iin : PRIORITY.card;
          out.push({ start: cut.type === "PHONE" ? phoneStart(text, run, g) : first.start, end: last.end, type: cut.type, priority });
          g = cut.to;
          continue;
        }
      }
      const to = glued ? -1 : localPhoneAt(run, g, said, () => moneyBefore(tokens, index));
      if (to !== -1) {
        const last = run.groups[to - 1] as Group;
        // Before a slash and more digits it is part of a letter's or a case's number (исх. № 2-15-24/3381).
        const numbered = text.charAt(last.end) === "/" && isDigit(text.charCodeAt(last.end + 1));
        const next = tokenAt(tokens, last.end);
        if (!numbered && !isLetterAt(text, last.end) && !amountAfter(tokens, next) && tokens[index]?.blocked !== true) {
          out.push({ start: phoneStart(text, run, g), end: last.end, type: "PHONE", priority: PRIORITY.phone });
          g = to;
          continue;
        }
      }
      g++;
    }
  }
}
