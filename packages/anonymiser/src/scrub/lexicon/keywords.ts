// Words that say what a nearby number is: a phone, an IIN, an identity document, money.
import { words } from "./words.js";

/** Stems of words that announce a phone number (`тел.`, `позвоните`, `WhatsApp`, `нөмірім`). */
export const PHONE_KEYWORD_STEMS: readonly string[] = words(`
  тел телеф моб сотов звон позвон созвон whatsapp ватсап вотсап вацап телеграм telegram
  phone tel mobile cell call нөмір номер қоңырау хабарлас домашн рабоч
`);

/** Words that announce an IIN (in lower case). */
export const IIN_KEYWORDS: readonly string[] = words(`иин жсн iin иин-ы жсн-ы`);

/**
 * Stems of words that announce an identity document or a badge, whose number follows
 * (`удостоверение личности № 041276395`, `passport N07381452`, `жетон 04418`).
 */
export const DOCUMENT_KEYWORD_STEMS: readonly string[] = words(`
  паспорт удостовер удост уд куәлі куәлік жетон жетона badge passport id свидетельств
  водительск внж миграционн серии серия
`);

/**
 * Stems of words after a number that make it an amount of money, an age or a count, not a phone
 * or a house number (a one-letter stem must be the whole word: `г.`, `ж.`).
 */
export const AMOUNT_WORD_STEMS: readonly string[] = words(`
  тенге теңге тг тнг kzt ₸ руб rub usd долл доллар евро eur сом сум мрп mci лет жыл жас год час
  сағ минут мин дн сут мес раз тыс млн thousand million tenge som dollar year hour day month
  time week недел апта процент человек адам ж г
`);
