import { anonymiseCommand } from "./anonymise/command.js";
import { checkCommand } from "./check/command.js";
import type { Command } from "./command.js";
import { complaintCommand } from "./complaint/command.js";
import { consentCommand } from "./consent/command.js";
import { demoCommand } from "./demo/command.js";
import { formCommand } from "./form/command.js";
import { helpCommand } from "./help/command.js";
import { importCommand } from "./import/command.js";
import { reportCommand } from "./report/command.js";
import { scrubCommand } from "./scrub/command.js";
import { upgradeCommand } from "./upgrade/command.js";
import { validateCommand } from "./validate/command.js";

/** Every command of `redumbrella`, in the order help lists them: a new command is a new entry. */
export const COMMANDS: readonly Command[] = [
  formCommand,
  importCommand,
  validateCommand,
  upgradeCommand,
  consentCommand,
  checkCommand,
  complaintCommand,
  anonymiseCommand,
  scrubCommand,
  reportCommand,
  demoCommand,
  helpCommand,
];
