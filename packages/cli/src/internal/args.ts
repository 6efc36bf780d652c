import { parseArgs } from "node:util";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "@redumbrella/questionnaire";
import type { OptionTable } from "../commands/command.js";
import { cliText, UsageError } from "./errors.js";

/** The options every command takes, and the only ones allowed before the command name. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h", description: "option.help" },
  lang: { type: "string", valueName: "value.lang", description: "option.lang" },
} as const satisfies OptionTable<never>;

/** The options of `redumbrella` itself, before any command name: the common ones and `--version`. */
export const MAIN_OPTIONS = {
  ...COMMON_OPTIONS,
  version: { type: "boolean", short: "V", description: "option.version" },
} as const satisfies OptionTable<never>;

/** One token of the command line, as `node:util` `parseArgs` reports it. */
export type ArgToken = NonNullable<ReturnType<typeof parseArgs>["tokens"]>[number];

/** The options and positionals of a command line, checked against an option table. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | true>>;
  readonly positionals: readonly string[];
}

/** Splits a command line into tokens without judging them, so the language is known before any error. */
export function tokenize(args: readonly string[], table: OptionTable): ArgToken[] {
  const options: Record<string, { type: "boolean" | "string"; short?: string }> = {};
  for (const [name, spec] of Object.entries(table)) {
    options[name] = spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short };
  }
  // Not strict: unknown options become tokens we report ourselves, in the user's language.
  return parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true }).tokens;
}

/** The language asked for with `--lang` (the last one wins), or English. */
export function localeOf(tokens: readonly ArgToken[]): Locale {
  let locale: Locale = DEFAULT_LOCALE;
  for (const token of tokens) {
    if (token.kind === "option" && token.name === "lang" && token.value !== undefined && isLocale(token.value)) {
      locale = token.value;
    }
  }
  return locale;
}

/** Whether the flag `name` (`help`, `version`) is among the tokens: it wins over every other mistake. */
export function hasFlag(tokens: readonly ArgToken[], name: "help" | "version"): boolean {
  return tokens.some((token) => token.kind === "option" && token.name === name);
}

/** Checks tokens against an option table and collects the values; throws `UsageError` on the first mistake. */
export function readArgs(tokens: readonly ArgToken[], table: OptionTable): ParsedArgs {
  const values: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== "option") continue;
    const spec = Object.hasOwn(table, token.name) ? table[token.name] : undefined;
    if (spec === undefined) throw new UsageError(cliText("usage.unknownOption", { name: token.rawName }));
    if (spec.type === "boolean") {
      if (token.value !== undefined) throw new UsageError(cliText("usage.unexpectedValue", { name: token.rawName }));
      values[token.name] = true;
      continue;
    }
    // `--on --json` would otherwise read "--json" as the date.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith("-"))) {
      throw new UsageError(cliText("usage.missingValue", { name: token.rawName }));
    }
    if (token.name === "lang" && !isLocale(token.value))
      throw new UsageError(cliText("usage.badLang", { value: token.value, languages: LOCALES.join(", ") }));
    values[token.name] = token.value;
  }
  return { values, positionals };
}
