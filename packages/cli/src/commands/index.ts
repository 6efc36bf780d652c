import type { Command } from "./command.js";
import { anonymiseCommand } from "./anonymise.js";
import { checkCommand } from "./check.js";
import { consentCommand } from "./consent.js";
import { demoCommand } from "./demo.js";
import { helpCommand } from "./help.js";
import { reportCommand } from "./report.js";
import { scrubCommand } from "./scrub.js";
import { validateCommand } from "./validate.js";

/** Every command of `redumbrella`, in the order help lists them: a new command is a new entry. */
export const COMMANDS: readonly Command[] = [validateCommand, consentCommand, checkCommand, anonymiseCommand, scrubCommand, reportCommand, demoCommand, helpCommand];
