import { type Catalogue, defineMessages, type Messages } from "@redumbrella/questionnaire";

/** A key of the `help` command's messages. */
export type HelpCommandMessageKey = "help.summary" | "help.synopsis" | "help.description" | "help.argument";

const EN: Catalogue<HelpCommandMessageKey> = {
  "help.summary": "Show help for a command.",
  "help.synopsis": "redumbrella help [COMMAND] [--lang en|ru|kk]",
  "help.description": "Shows the list of commands, or the help of COMMAND.",
  "help.argument": "COMMAND",
};

const RU: Catalogue<HelpCommandMessageKey> = {
  "help.summary": "Показать справку по команде.",
  "help.synopsis": "redumbrella help [КОМАНДА] [--lang en|ru|kk]",
  "help.description": "Выводит список команд или справку по КОМАНДЕ.",
  "help.argument": "КОМАНДА",
};

const KK: Catalogue<HelpCommandMessageKey> = {
  "help.summary": "Команда бойынша анықтаманы көрсету.",
  "help.synopsis": "redumbrella help [КОМАНДА] [--lang en|ru|kk]",
  "help.description": "Командалар тізімін немесе КОМАНДА бойынша анықтаманы көрсетеді.",
  "help.argument": "КОМАНДА",
};

/** The sentences of `redumbrella help`, in every language. */
export const HELP_COMMAND_MESSAGES: Messages<HelpCommandMessageKey> = defineMessages<HelpCommandMessageKey>({ en: EN, ru: RU, kk: KK });
