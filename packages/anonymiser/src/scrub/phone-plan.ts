// Whether a string of digits is a phone number of a real numbering plan: libphonenumber-js with
// its smallest metadata, asked only about digit strings that have a phone's length and lead.
import { isValidPhoneNumber } from "libphonenumber-js/min";

/** Where a number written without `+` is tried, in this order: Kazakhstan first, then Russia. */
const NATIONAL_PLANS = ["KZ", "RU"] as const;

/**
 * Whether `digits` (digits only) is a valid phone number: international when written with `+`
 * (any country), else a Kazakh or Russian number with its trunk prefix `8` or country code `7`, a
 * Kazakh mobile without either (`701…`), or a Kyrgyz or Uzbek number with its country code.
 */
export function isPlannedPhone(digits: string, plus: boolean): boolean {
  const key = plus ? `+${digits}` : digits;
  let valid = checked.get(key);
  if (valid === undefined) {
    valid = checkPlan(digits, plus);
    if (checked.size >= CHECKED_MAX) checked.clear();
    checked.set(key, valid);
  }
  return valid;
}

// A numbering-plan check takes microseconds, and testimonies repeat their numbers: keep the answers (bounded, pure).
const CHECKED_MAX = 4096;
const checked = new Map<string, boolean>();

function checkPlan(digits: string, plus: boolean): boolean {
  const n = digits.length;
  if (plus) return n >= 10 && n <= 13 && isValidPhoneNumber(`+${digits}`);
  const lead = digits.charCodeAt(0);
  if (n === 11 && lead === 56) return NATIONAL_PLANS.some((plan) => isValidPhoneNumber(digits, plan));
  if (n === 11 && lead === 55) return isValidPhoneNumber(`+${digits}`);
  if (n === 10 && lead === 55) return isValidPhoneNumber(digits, "KZ");
  if (n === 10 && lead === 57) return isValidPhoneNumber(digits, "RU");
  if (n === 12 && (digits.startsWith("996") || digits.startsWith("998"))) return isValidPhoneNumber(`+${digits}`);
  return false;
}
