// Whether a string of digits is a phone number of the numbering plans that matter here:
// Kazakhstan and Russia (+7, trunk prefix 8), Kyrgyzstan (+996), Uzbekistan (+998) and Tajikistan
// (+992), where most migrants come from, and, written with their +, the other countries migrants
// and their phones come from, and where they are lured to work: Turkmenistan, Azerbaijan, Georgia,
// Armenia, Belarus, Ukraine, Turkey, China, the United Arab Emirates and South Korea. The plans are data: a country code, the national number's lengths and leading digits.
// Any other country's number, written with its +, is read by its length alone (`isForeignPhone`).
// Asked only about digit strings that have a phone's length and lead.

/** One numbering plan: the national numbers a country code is followed by. */
interface Plan {
  /** Country calling code. */
  readonly code: string;
  /** National trunk prefix (dialled before the national number inside the country). */
  readonly trunk: string;
  /** National numbers: how many digits they have, and a pattern of their leading digits. */
  readonly national: readonly { readonly length: number; readonly lead: RegExp }[];
}

/**
 * +7 is shared: Kazakhstan's numbers lead with 7 (mobiles 70x, 747, 75x, 76x, 77x; city numbers
 * 71x and 72x area codes, 7282 Taldykorgan, 727 Almaty), Russia's with 3, 4, 8 or 9 (3xx/4xx city,
 * 8xx city, 9xx mobile). 800 is both countries' free-phone (8-800-080-… in Kazakhstan): a hotline's
 * or a company's, never a person's, so no phone to scrub. Kyrgyzstan: 9 digits from 2, 3, 5–9 (or 10 from 8);
 * Uzbekistan: 9 digits from 20, 33 or 5–9; Tajikistan: 9 digits (3xx city codes, mobiles 5x, 7x–9x,
 * 0x, 1x). The others: Turkmenistan 8 digits, Azerbaijan 9, Georgia 9 from 3–7, Armenia 8, Belarus
 * 9 from 1–4, Ukraine 9 from 3–9, Turkey 10 from 2–5, China's mobiles 11 from 13–19, the United Arab
 * Emirates 9 from 2–9, South Korea's mobiles 10 from 10–19.
 */
export const PHONE_PLANS: readonly Plan[] = [
  { code: "7", trunk: "8", national: [{ length: 10, lead: /^(?:[3479]|8(?!00))/ }] },
  {
    code: "996",
    trunk: "0",
    national: [
      { length: 9, lead: /^[235-9]/ },
      { length: 10, lead: /^8/ },
    ],
  },
  { code: "998", trunk: "0", national: [{ length: 9, lead: /^(?:20|33|[5-9])/ }] },
  { code: "992", trunk: "8", national: [{ length: 9, lead: /^[0135-9]/ }] },
  { code: "993", trunk: "8", national: [{ length: 8, lead: /^[1-8]/ }] },
  { code: "994", trunk: "0", national: [{ length: 9, lead: /^[1-9]/ }] },
  { code: "995", trunk: "0", national: [{ length: 9, lead: /^[3-7]/ }] },
  { code: "374", trunk: "0", national: [{ length: 8, lead: /^[1-9]/ }] },
  { code: "375", trunk: "8", national: [{ length: 9, lead: /^[1-4]/ }] },
  { code: "380", trunk: "0", national: [{ length: 9, lead: /^[3-9]/ }] },
  { code: "90", trunk: "0", national: [{ length: 10, lead: /^[2-5]/ }] },
  { code: "86", trunk: "0", national: [{ length: 11, lead: /^1[3-9]/ }] },
  { code: "971", trunk: "0", national: [{ length: 9, lead: /^[2-9]/ }] },
  { code: "82", trunk: "0", national: [{ length: 10, lead: /^1[0-9]/ }] },
];

/** Whether `national` is a national number of `plan`. */
function isNational(plan: Plan, national: string): boolean {
  for (const { length, lead } of plan.national) if (national.length === length && lead.test(national)) return true;
  return false;
}

/**
 * Whether `digits` is a country code and a national number of one of the plans; the trunk prefix
 * may stand between them, as some write it (`+7 8 701 …`, `+996 0 555 …`).
 */
function isInternational(digits: string): boolean {
  for (const plan of PHONE_PLANS) {
    if (!digits.startsWith(plan.code)) continue;
    const national = digits.slice(plan.code.length);
    if (isNational(plan, national)) return true;
    if (national.startsWith(plan.trunk) && isNational(plan, national.slice(plan.trunk.length))) return true;
  }
  return false;
}

const PLUS7 = PHONE_PLANS[0] as Plan;
const KYRGYZ = PHONE_PLANS[1] as Plan;
const KYRGYZ_MOBILE = /^0[257]/u;

/**
 * Whether `digits` (digits only) is a valid phone number: with `+`, a country code and a national
 * number of one of the plans; without, a Kazakh or Russian number with its trunk prefix `8` or
 * country code `7`, a Kazakh number or Russian mobile without either (`701…`, `916…`), a Kyrgyz,
 * Uzbek or Tajik number with its country code, or a Kyrgyz mobile with its trunk prefix `0` (`0555 …`).
 */
export function isPlannedPhone(digits: string, plus: boolean): boolean {
  const n = digits.length;
  if (n < 10 || n > 13) return false;
  if (plus) return isInternational(digits);
  const lead = digits.charCodeAt(0);
  // 8 701 …: the trunk prefix and a +7 national number.
  if (n === 11 && digits.startsWith(PLUS7.trunk)) return isNational(PLUS7, digits.slice(1));
  // 7 701 … / 996 555 … / 998 90 …: a country code without its +.
  if (n === 11 && lead === 55) return isInternational(digits);
  if (n === 12 && (digits.startsWith("996") || digits.startsWith("998") || digits.startsWith("992"))) return isInternational(digits);
  // 701 …: a Kazakh number without prefix; 916 …: a Russian mobile without prefix.
  if (n === 10 && (lead === 55 || lead === 57)) return isNational(PLUS7, digits);
  // 0555 219 804: a Kyrgyz mobile as Kyrgyzstan dials it at home, with the trunk prefix 0.
  if (n === 10 && KYRGYZ_MOBILE.test(digits)) return isNational(KYRGYZ, digits.slice(1));
  return false;
}

/**
 * Whether `digits`, written after a `+`, are a number of a country no plan here has (+44 7700 900418,
 * +49 151 …): 10 to 15 digits (the most E.164 allows) whose country code is none of the plans'.
 */
export function isForeignPhone(digits: string): boolean {
  return digits.length >= 10 && digits.length <= 15 && !PHONE_PLANS.some((plan) => digits.startsWith(plan.code));
}
