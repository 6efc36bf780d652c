import type { Locale } from "@redumbrella/questionnaire";
import type { Command, OptionTable } from "../commands/command.js";
import { COMMON_OPTIONS, MAIN_OPTIONS } from "./args.js";
import { type Translate, translator } from "./messages.js";

/** Two columns, the first padded to its widest cell, indented by two spaces. */
function columns(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

function optionRows<TKey extends string>(table: OptionTable<TKey>, t: Translate<TKey>): [string, string][] {
  return Object.entries(table).map(([name, spec]) => {
    const flag = `${spec.short === undefined ? "    " : `-${spec.short}, `}--${name}`;
    return [spec.type === "string" ? `${flag} ${t(spec.valueName)}` : flag, t(spec.description)];
  });
}

/** The help of `redumbrella` itself, in `locale`: usage, the list of commands, the options. */
export function mainHelp(commands: readonly Command[], locale: Locale): string {
  const t = translator(locale);
  return [
    t("help.main.title"),
    "",
    t("help.usage", { usage: t("help.main.usage") }),
    "",
    t("help.main.commands"),
    ...columns(commands.map((command) => [command.name, translator(locale, command.messages)(command.summary)])),
    "",
    t("help.options"),
    ...columns(optionRows(MAIN_OPTIONS, t)),
    "",
    t("help.main.more"),
    "",
  ].join("\n");
}

/** The help of one command, in `locale`: usage, description, its options and the common ones, notes. */
export function commandHelp(command: Command, locale: Locale): string {
  const t = translator(locale, command.messages);
  const notes = command.notes ?? [];
  return [
    t("help.usage", { usage: t(command.synopsis) }),
    "",
    t(command.description),
    "",
    t("help.options"),
    ...columns(optionRows({ ...command.options, ...COMMON_OPTIONS }, t)),
    ...(notes.length > 0 ? ["", ...notes.map((key) => t(key))] : []),
    "",
  ].join("\n");
}
