import { EXIT, UsageError } from "../internal/errors.js";
import { commandHelp, mainHelp } from "../internal/help.js";
import { defineCommand } from "./command.js";

/** `redumbrella help [COMMAND]`: the list of commands, or one command's help. */
export const helpCommand = defineCommand({
  name: "help",
  summary: "help.summary",
  synopsis: "help.synopsis",
  description: "help.description",
  positionals: { name: "help.argument", min: 0, max: 1 },
  options: {},
  run: async ({ args, t, io, commands }) => {
    const [name] = args;
    if (name === undefined) {
      io.stdout.write(mainHelp(commands, t));
      return EXIT.ok;
    }
    const command = commands.find((candidate) => candidate.name === name);
    if (command === undefined) throw new UsageError("usage.unknownCommand", { name });
    io.stdout.write(commandHelp(command, t));
    return EXIT.ok;
  },
});
