export type { Brand } from "./brand.js";
export { defineBrand, recogniser } from "./brand.js";
export type { Catalogue, MessageParams, Messages } from "./catalogue.js";
export { catalogueProblems, defineMessages, placeholdersOf, renderTemplate } from "./catalogue.js";
export type { DatePrecision, IsoDate } from "./dates.js";
export {
  addDays,
  comparePeriod,
  dateOfDay,
  dayNumber,
  daysBetween,
  daysInMonth,
  isCalendarDate,
  isPeriodStart,
  periodEnd,
  today,
} from "./dates.js";
export type { Issue, Issues, Path, Result } from "./issue.js";
export { formatPath, isRedumbrellaError, RedumbrellaError } from "./issue.js";
export type { Locale, Localised } from "./locale.js";
export { DEFAULT_LOCALE, formatNumber, isLocale, LOCALES } from "./locale.js";
export { pathKeys, readerOf, valueAt } from "./path.js";
