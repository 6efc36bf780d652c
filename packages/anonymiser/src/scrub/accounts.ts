// Bank accounts: Kazakhstan IBANs (KZ + 18 characters), written whole or in groups of four (parted by
// spaces, no-break or thin spaces, as digit runs are), that
// pass the ISO 13616 mod-97 check.
import { type Candidate, PRIORITY } from "./candidate.js";
import { isIbanValid } from "./checksums.js";

const IBAN = /(?<![A-Za-z0-9])KZ[ \u00a0\u2009\u202f]?\d{2}(?:[ \u00a0\u2009\u202f]?[0-9A-Za-z]){16}(?![A-Za-z0-9])/giu;
const SPACES = /[ \u00a0\u2009\u202f]/gu;

/** IBANs that pass their check. */
export function findIbans(text: string, out: Candidate[]): void {
  for (const match of text.matchAll(IBAN)) {
    if (!isIbanValid(match[0].replace(SPACES, "").toUpperCase())) continue;
    out.push({ start: match.index, end: match.index + match[0].length, type: "IBAN", priority: PRIORITY.iban });
  }
}
