// Bank accounts: IBANs of any country in the ISO 13616 registry (Kazakhstan's KZ + 18 characters,
// and the accounts abroad that migrants, volunteers and donors send from), written whole or in
// groups of four (parted by spaces, no-break or thin spaces, as digit runs are), as long as their
// country's IBANs are (or, written in one piece, of any length), that pass the mod-97 check; and,
// written in one piece, the IBAN-shaped accounts of countries the registry lacks (Kyrgyzstan's KG…).
import { type Candidate, PRIORITY } from "./candidate.js";
import { isIbanValid } from "./checksums.js";

// Two letters, two check digits, then up to 32 letters or digits with a space between any two.
const IBAN = /(?<![A-Za-z0-9])[A-Za-z]{2}[ \u00a0\u2009\u202f]?\d{2}(?:[ \u00a0\u2009\u202f]?[0-9A-Za-z]){11,32}/gu;
const SPACE = /[ \u00a0\u2009\u202f]/u;
const LETTER_OR_DIGIT = /[A-Za-z0-9]/u;

/** IBANs that pass their check. */
export function findIbans(text: string, out: Candidate[]): void {
  IBAN.lastIndex = 0;
  for (let match = IBAN.exec(text); match !== null; match = IBAN.exec(text)) {
    // The next search starts on the next word, not after the whole run, which may hold the start
    // of an account written right after this one (the run is bounded, so the search stays linear).
    IBAN.lastIndex = match.index + 1;
    const length = IBAN_LENGTHS.get(match[0].slice(0, 2).toUpperCase());
    // A country the registry lacks: its code in capitals, the account in one piece.
    const unlisted = length === undefined && /^[A-Z]{2}/u.test(match[0]);
    const end =
      length !== undefined ? accountEnd(text, match.index, match[0], length) : unlisted ? pieceEnd(text, match.index, match[0]) : -1;
    if (end === -1) continue;
    out.push({ start: match.index, end, type: "IBAN", priority: PRIORITY.iban });
    IBAN.lastIndex = end;
  }
}

/**
 * Where the account that starts the run `run` at `start` ends, or -1: at its country's `length`, at a
 * space or the run's end, so that a word or a number written after it (`… 5789 40, travel`, `KZ…
 * ИИН`) is not read into it; or, written in one piece with no space, the whole piece, whatever its
 * length (an account of a registry that changed, or mistyped by one group), if it passes the check.
 */
function accountEnd(text: string, start: number, run: string, length: number): number {
  let end = start;
  let count = 0;
  while (count < length && end < start + run.length) {
    if (!SPACE.test(text.charAt(end))) count++;
    end++;
  }
  if (count === length && !LETTER_OR_DIGIT.test(text.charAt(end)) && isIbanValid(compactOf(text.slice(start, end)))) return end;
  const piece = pieceEnd(text, start, run);
  return piece !== -1 ? piece : groupedEnd(text, start, run);
}

/**
 * Where an account written in groups ends when its country's length does not hold (a group too many
 * or too few: TR09 0006 2000 1234 0062 9876 5432), or -1: the longest run of whole groups, 15
 * characters at least, that passes the check.
 */
function groupedEnd(text: string, start: number, run: string): number {
  // The run is at most 66 characters: cut back a space at a time.
  for (let cut = run.length; cut > 0; cut--) {
    if (cut < run.length && !SPACE.test(run.charAt(cut))) continue;
    const end = start + cut;
    const account = compactOf(run.slice(0, cut));
    if (account.length < 15) return -1;
    if (!LETTER_OR_DIGIT.test(text.charAt(end)) && isIbanValid(account)) return end;
  }
  return -1;
}

/** Where the account written in one piece at the run's start ends, or -1: 15 characters at least, passing the check. */
function pieceEnd(text: string, start: number, run: string): number {
  const piece = /^[A-Za-z0-9]+/u.exec(run)?.[0] ?? "";
  const end = start + piece.length;
  return piece.length >= 15 && !LETTER_OR_DIGIT.test(text.charAt(end)) && isIbanValid(piece.toUpperCase()) ? end : -1;
}

const compactOf = (account: string): string => account.replace(/[ \u00a0\u2009\u202f]/gu, "").toUpperCase();

/** IBAN lengths by country (the ISO 13616 registry). */
const IBAN_LENGTHS: ReadonlyMap<string, number> = new Map(
  (
    "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 " +
    "ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 " +
    "LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 " +
    "QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30"
  )
    .split(" ")
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))] as const),
);
