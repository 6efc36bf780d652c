import type { MessageLocale } from "@redumbrella/questionnaire";

/**
 * Every sentence of a release in English: the report's lines, the names of the hierarchy levels and
 * the issues with `anonymise`'s arguments. `{name}` is replaced by the param `name`. A test checks
 * that every language has every key, with the same params.
 */
export const RELEASE_MESSAGES_EN = {
  "report.title": "Anonymised release: k = {k}, at most {maxSuppression} of the consented records suppressed.",
  "report.reached": "k-anonymity reached: every released group of identical quasi-identifiers has at least {k} records (the smallest has {smallest}).",
  "report.notReached": "k-anonymity not reached: no generalisation gives {k} records per group within the suppression limit; nothing is released.",
  "report.records": "Records: {input} read, {consented} consented to an anonymised dataset, {released} released, {suppressed} suppressed.",
  "report.excluded": "Excluded by consent: {total} ({reasons}).",
  "report.excludedNone": "Excluded by consent: none.",
  "report.reason": "{code} {count}",
  "report.classes": "Groups: {classes}, the smallest of {smallest} records, {average} records on average.",
  "report.risk": "Prosecutor re-identification risk: at most {max}, on average {average}.",
  "report.loss": "Information loss: {loss} (mean generalisation height; a suppressed record counts as fully generalised).",
  "report.lDiversity": "Distinct ℓ-diversity: at least {l} different answers per group in {fields}.",
  "report.textDropped": "Free text: dropped.",
  "report.textScrubbed": "Free text: scrubbed of names, numbers and addresses.",
  "report.textWithheld": "Free text: scrubbed; {count} texts withheld because an identifier of their record survived scrubbing.",
  "report.search": "Search: {checked} of {nodes} generalisations evaluated.",
  "report.levels": "Generalisation of each quasi-identifier:",
  "report.level": "  {label} ({path}): {name}, level {level} of {height}",

  "level.value": "as answered",
  "level.pseudonym": "pseudonym",
  "level.month": "month",
  "level.quarter": "quarter",
  "level.year": "year",
  "level.band5": "5-year band",
  "level.band10": "10-year band",
  "level.rareAsOther": "rare answers as “other”",
  "level.band": "broader band",
  "level.region": "region only",
  "level.datesSuppressed": "dates suppressed, number of charges kept",
  "level.suppressed": "suppressed (*)",

  "issue.NOT_AN_ARRAY": "The records must be an array.",
  "issue.KEY_NOT_BYTES": "The key must be a Uint8Array or an ArrayBuffer of secret random bytes.",
  "issue.KEY_TOO_SHORT": "The key has {bytes} bytes; at least {minimum} (96 bits) are needed.",
  "issue.INVALID_DATE": "{option} must be a calendar date YYYY-MM-DD.",
  "issue.INVALID_K": "k must be a whole number of at least 2.",
  "issue.INVALID_MAX_SUPPRESSION": "maxSuppression must be a number from 0 to 1.",
  "issue.INVALID_L": "lDiversity.l must be a whole number of at least 2.",
  "issue.NO_SENSITIVE_FIELDS": "lDiversity.fields must name at least one sensitive field.",
  "issue.NOT_SENSITIVE": "{field} is not a sensitive field of the questionnaire (HIV status, drug use, substitution therapy, criminal record).",
  "issue.INVALID_KEEP_TEXT": "keepText must be true or false.",
  "issue.CRYPTO_UNAVAILABLE": "WebCrypto (globalThis.crypto.subtle) is not available: pseudonyms cannot be computed here.",
} as const satisfies Readonly<Record<string, string>>;

/** A key of the release message catalogue. */
export type ReleaseMessageKey = keyof typeof RELEASE_MESSAGES_EN;

/** A release message catalogue: one template per key. */
export type ReleaseCatalogue = { readonly [K in ReleaseMessageKey]: string };

/** Every sentence of a release, in Russian. */
export const RELEASE_MESSAGES_RU: ReleaseCatalogue = {
  "report.title": "Обезличенная выборка: k = {k}, скрыто не более {maxSuppression} записей с согласием.",
  "report.reached": "k-анонимность достигнута: в каждой выданной группе с одинаковыми квазиидентификаторами не меньше {k} записей (в самой маленькой — {smallest}).",
  "report.notReached": "k-анонимность не достигнута: никакое обобщение не даёт {k} записей в группе в пределах допустимого скрытия; ничего не выдано.",
  "report.records": "Записи: прочитано {input}, с согласием на обезличенную выборку {consented}, выдано {released}, скрыто {suppressed}.",
  "report.excluded": "Исключено по согласию: {total} ({reasons}).",
  "report.excludedNone": "Исключено по согласию: ни одной.",
  "report.reason": "{code} {count}",
  "report.classes": "Групп: {classes}, в самой маленькой {smallest} записей, в среднем {average}.",
  "report.risk": "Риск повторной идентификации (модель «прокурора»): не более {max}, в среднем {average}.",
  "report.loss": "Потеря информации: {loss} (средняя высота обобщения; скрытая запись считается обобщённой полностью).",
  "report.lDiversity": "Различное ℓ-разнообразие: не меньше {l} разных ответов в группе по полям {fields}.",
  "report.textDropped": "Свободный текст: удалён.",
  "report.textScrubbed": "Свободный текст: очищен от имён, номеров и адресов.",
  "report.textWithheld": "Свободный текст: очищен; {count} текстов не выданы, так как в них остался идентификатор их записи.",
  "report.search": "Поиск: проверено {checked} обобщений из {nodes}.",
  "report.levels": "Обобщение каждого квазиидентификатора:",
  "report.level": "  {label} ({path}): {name}, уровень {level} из {height}",

  "level.value": "как ответили",
  "level.pseudonym": "псевдоним",
  "level.month": "месяц",
  "level.quarter": "квартал",
  "level.year": "год",
  "level.band5": "интервал 5 лет",
  "level.band10": "интервал 10 лет",
  "level.rareAsOther": "редкие ответы как «другое»",
  "level.band": "более широкая группа",
  "level.region": "только область",
  "level.datesSuppressed": "даты скрыты, число обвинений оставлено",
  "level.suppressed": "скрыто (*)",

  "issue.NOT_AN_ARRAY": "Записи должны быть массивом.",
  "issue.KEY_NOT_BYTES": "Ключ должен быть Uint8Array или ArrayBuffer из секретных случайных байтов.",
  "issue.KEY_TOO_SHORT": "В ключе {bytes} байтов; нужно не меньше {minimum} (96 бит).",
  "issue.INVALID_DATE": "{option} должна быть календарной датой ГГГГ-ММ-ДД.",
  "issue.INVALID_K": "k должно быть целым числом не меньше 2.",
  "issue.INVALID_MAX_SUPPRESSION": "maxSuppression должно быть числом от 0 до 1.",
  "issue.INVALID_L": "lDiversity.l должно быть целым числом не меньше 2.",
  "issue.NO_SENSITIVE_FIELDS": "В lDiversity.fields должно быть хотя бы одно чувствительное поле.",
  "issue.NOT_SENSITIVE": "{field} — не чувствительное поле анкеты (ВИЧ-статус, употребление наркотиков, заместительная терапия, судимость).",
  "issue.INVALID_KEEP_TEXT": "keepText должно быть true или false.",
  "issue.CRYPTO_UNAVAILABLE": "WebCrypto (globalThis.crypto.subtle) недоступен: псевдонимы здесь вычислить нельзя.",
};

/** The release catalogues by locale. */
export const RELEASE_CATALOGUES: { readonly [L in MessageLocale]: ReleaseCatalogue } = {
  en: RELEASE_MESSAGES_EN,
  ru: RELEASE_MESSAGES_RU,
};

/** Renders the release message `key` in `locale`, replacing each `{name}` with its param. */
export function releaseMessage(
  key: ReleaseMessageKey,
  params: Readonly<Record<string, string | number>> = {},
  locale: MessageLocale = "en",
): string {
  return RELEASE_CATALOGUES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
