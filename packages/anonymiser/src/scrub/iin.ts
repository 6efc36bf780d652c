const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;
const TWELVE_DIGITS = /^\d{12}$/;

/** The 12th digit of an IIN whose first 11 digits are `digits`, or `null` where none is issued. */
function checkDigit(digits: string): number | null {
  const weigh = (weights: readonly number[]): number => {
    let sum = 0;
    for (let i = 0; i < 11; i++) sum += (digits.charCodeAt(i) - 48) * (weights[i] as number);
    return sum % 11;
  };
  const first = weigh(FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weigh(SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Whether `s` is a well-formed Kazakhstan IIN: 12 digits, a real date of birth `YYMMDD`, a century
 * and sex digit 1–6, and the check digit of the official two-pass weighted algorithm.
 *
 * @example
 * import { isValidIin } from "@redumbrella/anonymiser";
 *
 * isValidIin("900417430211"); // true
 * isValidIin("900417430212"); // false: wrong check digit
 */
export function isValidIin(s: string): boolean {
  if (!TWELVE_DIGITS.test(s)) return false;
  const century = s.charCodeAt(6) - 48;
  if (century < 1 || century > 6) return false;
  const year = 1800 + 100 * Math.floor((century - 1) / 2) + Number(s.slice(0, 2));
  const month = Number(s.slice(2, 4));
  const day = Number(s.slice(4, 6));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] as number))) return false;
  return checkDigit(s.slice(0, 11)) === s.charCodeAt(11) - 48;
}
