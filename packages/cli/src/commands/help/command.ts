import { cliText, EXIT, UsageError } from "../../internal/errors.js";
import { commandHelp, mainHelp } from "../../internal/help.js";
import { writeOutput } from "../../internal/output.js";
import { defineCommand } from "../command.js";
import { HELP_COMMAND_MESSAGES } from "./messages.js";

/** `redumbrella help [COMMAND]`: the list of commands, or one command's help. */
export const helpCommand = defineCommand({
  name: "help",
  messages: HELP_COMMAND_MESSAGES,
  summary: "help.summary",
  synopsis: "help.synopsis",
  description: "help.description",
  positionals: { name: "help.argument", min: 0, max: 1 },
  options: {},
  run: async ({ args, locale, io, commands }) => {
    const [name] = args;
    if (name === undefined) {
      await writeOutput(io, undefined, mainHelp(commands, locale));
      return EXIT.ok;
    }
    const command = commands.find((candidate) => candidate.name === name);
    if (command === undefined) throw new UsageError(cliText("usage.unknownCommand", { name }));
    await writeOutput(io, undefined, commandHelp(command, locale));
    return EXIT.ok;
  },
});
