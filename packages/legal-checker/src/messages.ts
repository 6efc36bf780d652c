import type { MessageLocale } from "@redumbrella/questionnaire";

/**
 * The engine's own sentences, in English: findings that cannot be decided, and the frame of
 * `explain`. Rules bring their own words (in the pack); `{name}` is replaced by the param `name`.
 */
export const CHECKER_MESSAGES_EN = {
  "undetermined.missing": "Undetermined — {title}: not recorded: {missing}.",
  "undetermined.date": "Undetermined — {title}: it depends on the exact day of the conduct, which the record gives only to the month or the year.",
  "undetermined.law": "Undetermined — {title}: the law this rule rests on is not in the pack for the day in question.",
  "explain.undetermined": "This may be a problem — “{title}” — but we cannot tell yet.",
  "explain.missing": "To decide, we still need to know: {missing}.",
  "explain.date": "It depends on the exact day it happened: if you remember the day, tell your documentator.",
  "explain.noLaw": "Our data does not hold the law of that time: ask a lawyer to look into it.",
  "explain.law": "The law: {citations}.",
  "explain.general": "(Some of these dates come from general knowledge, not from the report: a lawyer should verify them.)",
  "explain.quoted": "“{text}”",
  "citation.instrument": "{instrument} ({period})",
  "citation.article": "{instrument}, article {article} “{title}” ({period})",
  "period.open": "in force since {from}",
  "period.closed": "in force from {from} to {to}",
  "list.separator": "; ",
  "severity.unlawful": "unlawful",
  "severity.dubious": "dubious",
  "severity.check": "to check",
  "status.flag": "flag",
  "status.undetermined": "undetermined",
} as const satisfies Readonly<Record<string, string>>;

/** A key of the checker's catalogue. */
export type CheckerMessageKey = keyof typeof CHECKER_MESSAGES_EN;

/** A catalogue of the checker: one template per key. */
export type CheckerCatalogue = { readonly [K in CheckerMessageKey]: string };

/** The checker's sentences in Russian. */
export const CHECKER_MESSAGES_RU: CheckerCatalogue = {
  "undetermined.missing": "Не определено — {title}: не записано: {missing}.",
  "undetermined.date": "Не определено — {title}: ответ зависит от точного дня деяния, а в записи указаны только месяц или год.",
  "undetermined.law": "Не определено — {title}: закона, на котором основано правило, нет в пакете на этот день.",
  "explain.undetermined": "Возможно, здесь есть нарушение («{title}»), но сказать точно пока нельзя.",
  "explain.missing": "Чтобы решить, нужно ещё узнать: {missing}.",
  "explain.date": "Это зависит от точного дня, когда всё произошло: если вы помните день, скажите документатору.",
  "explain.noLaw": "В наших данных нет закона того времени: попросите юриста разобраться.",
  "explain.law": "Закон: {citations}.",
  "explain.general": "(Часть этих дат взята не из отчёта, а из общих сведений: их должен проверить юрист.)",
  "explain.quoted": "«{text}»",
  "citation.instrument": "{instrument} ({period})",
  "citation.article": "{instrument}, статья {article} «{title}» ({period})",
  "period.open": "действует с {from}",
  "period.closed": "действовал с {from} по {to}",
  "list.separator": "; ",
  "severity.unlawful": "незаконно",
  "severity.dubious": "сомнительно",
  "severity.check": "проверить",
  "status.flag": "нарушение",
  "status.undetermined": "не определено",
};

/** The checker's catalogues by locale. */
export const CHECKER_CATALOGUES: { readonly [L in MessageLocale]: CheckerCatalogue } = { en: CHECKER_MESSAGES_EN, ru: CHECKER_MESSAGES_RU };

type Params = Readonly<Record<string, string | number>>;
const templates = new Map<string, (params: Params) => string>();

/** A template compiled once: split at its `{name}` placeholders, then joined with each call's params. */
export function template(text: string): (params: Params) => string {
  let render = templates.get(text);
  if (render === undefined) {
    const parts = text.split(/\{(\w+)\}/);
    render =
      parts.length === 1
        ? () => text
        : (params) => {
            let out = parts[0] as string;
            for (let i = 1; i < parts.length; i += 2) {
              const name = parts[i] as string;
              out += (name in params ? String(params[name]) : `{${name}}`) + (parts[i + 1] as string);
            }
            return out;
          };
    templates.set(text, render);
  }
  return render;
}

/** Replaces each `{name}` of a template with its param; an unknown `{name}` is left as is. */
export function fill(text: string, params: Params): string {
  return template(text)(params);
}

/** Renders the checker message `key` in `locale`. */
export function checkerMessage(locale: MessageLocale, key: CheckerMessageKey, params: Params = {}): string {
  return template(CHECKER_CATALOGUES[locale][key])(params);
}
