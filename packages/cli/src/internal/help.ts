import type { Command, OptionTable } from "../commands/command.js";
import { COMMON_OPTIONS } from "./args.js";
import type { Translate } from "./messages.js";

/** Two columns, the first padded to its widest cell, indented by two spaces. */
function columns(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

function optionRows(table: OptionTable, t: Translate): [string, string][] {
  return Object.entries(table).map(([name, spec]) => {
    const flag = `${spec.short === undefined ? "    " : `-${spec.short}, `}--${name}`;
    return [spec.type === "string" ? `${flag} ${t(spec.valueName)}` : flag, t(spec.description)];
  });
}

/** The help of `redumbrella` itself: usage, the list of commands, the common options. */
export function mainHelp(commands: readonly Command[], t: Translate): string {
  return [
    t("help.main.title"),
    "",
    t("help.usage", { usage: t("help.main.usage") }),
    "",
    t("help.main.commands"),
    ...columns(commands.map((command) => [command.name, t(command.summary)])),
    "",
    t("help.options"),
    ...columns(optionRows(COMMON_OPTIONS, t)),
    "",
    t("help.main.more"),
    "",
  ].join("\n");
}

/** The help of one command: usage, description, its options and the common ones, notes. */
export function commandHelp(command: Command, t: Translate): string {
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
