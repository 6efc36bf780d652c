// Check digits of bank cards (Luhn) and IBANs (ISO 13616 mod 97): a number that fails is no card
// and no account, so barcodes and agreement numbers are left alone.

/**
 * Whether a string of digits passes the Luhn check, as every payment card number does.
 *
 * @example
 * import { isLuhnValid } from "./checksums.js";
 *
 * isLuhnValid("4400430112345670"); // true
 */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/u;

/**
 * Whether a compact IBAN (no spaces, capitals) passes the ISO 13616 mod-97 check.
 *
 * @example
 * import { isIbanValid } from "./checksums.js";
 *
 * isIbanValid("KZ86125KZT5004100100"); // true
 */
export function isIbanValid(iban: string): boolean {
  if (!IBAN_SHAPE.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i);
    // Letters count as two digits (A = 10 … Z = 35): fold them in digit by digit.
    if (c >= 65) rest = (rest * 100 + (c - 55)) % 97;
    else rest = (rest * 10 + (c - 48)) % 97;
  }
  return rest === 1;
}
