import { access, readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { AnonymiseError, anonymise, formatReleaseReport, RELEASE_MESSAGES, type ReleaseLedger } from "@redumbrella/anonymiser";
import { isCalendarDate, today } from "@redumbrella/questionnaire";
import { cliText, EXIT, errorLine, InputError, texts, UsageError } from "../../internal/errors.js";
import { isInput } from "../../internal/inputs.js";
import { jsonArrayText, writeOutput } from "../../internal/output.js";
import { printable } from "../../internal/printable.js";
import { collectRecords } from "../../internal/read-records.js";
import { type CommandContext, defineCommand, type OptionTable } from "../command.js";
import { decodeKey, keyWeakness, MIN_KEY_BYTES, readKeyFile, weakKeyError } from "./key.js";
import { ANONYMISE_COMMAND_MESSAGES, type AnonymiseCommandMessageKey } from "./messages.js";

const OPTIONS = {
  out: { type: "string", valueName: "anonymise.value.out", description: "anonymise.option.out" },
  k: { type: "string", valueName: "anonymise.value.k", description: "anonymise.option.k" },
  "key-file": { type: "string", valueName: "anonymise.value.key", description: "anonymise.option.keyFile" },
  "keep-text": { type: "boolean", description: "anonymise.option.keepText" },
  on: { type: "string", valueName: "value.date", description: "anonymise.option.on" },
  json: { type: "boolean", description: "anonymise.option.json" },
  force: { type: "boolean", description: "anonymise.option.force" },
  ledger: { type: "string", valueName: "anonymise.value.ledger", description: "anonymise.option.ledger" },
} as const satisfies OptionTable<AnonymiseCommandMessageKey>;

type Context = CommandContext<typeof OPTIONS, AnonymiseCommandMessageKey>;
const text = texts(ANONYMISE_COMMAND_MESSAGES);

/** The environment variable that holds the key, in hex, when no --key-file is given. */
const KEY_VARIABLE = "REDUMBRELLA_KEY";
const HEX = /^(?:[0-9a-fA-F]{2})+$/u;

/** The release key: from --key-file, from REDUMBRELLA_KEY, or random (and said so on stderr). */
async function releaseKey(file: string | undefined, { io, t }: Context): Promise<Uint8Array> {
  if (file !== undefined) {
    const key = await readKeyFile(resolve(io.cwd, file), printable(file));
    io.stderr.write(
      errorLine(t(key.encoding === "hex" ? "anonymise.key.readHex" : "anonymise.key.readRaw", { file, bytes: key.bytes.length })),
    );
    if (key.sharedMode !== undefined) {
      io.stderr.write(errorLine(t("anonymise.key.shared", { file, mode: key.sharedMode.toString(8).padStart(3, "0") })));
    }
    return key.bytes;
  }
  const variable = io.env[KEY_VARIABLE];
  if (variable !== undefined && variable !== "") {
    const hex = variable.trim();
    if (!HEX.test(hex) || hex.length < 2 * MIN_KEY_BYTES) throw new UsageError(text("anonymise.envKeyBad"));
    const { bytes, encoding } = decodeKey(new TextEncoder().encode(hex));
    const weakness = keyWeakness(bytes, encoding);
    if (weakness !== undefined) throw weakKeyError(KEY_VARIABLE, bytes, weakness);
    return bytes;
  }
  io.stderr.write(errorLine(t("anonymise.randomKey")));
  return io.randomBytes(32);
}

async function anonymiseFiles(context: Context): Promise<number> {
  const { args, options, locale, t, io } = context;
  const out = options.out;
  if (out === undefined) throw new UsageError(text("anonymise.missingOut"));
  if (options.on !== undefined && !isCalendarDate(options.on)) throw new UsageError(cliText("usage.badDate", { value: options.on }));
  const k = options.k === undefined ? 5 : /^\d+$/.test(options.k) ? Number(options.k) : Number.NaN;
  if (!Number.isSafeInteger(k) || k < 2) throw new UsageError(text("anonymise.badK", { value: options.k ?? "" }));
  if (await isInput(args, out, io)) throw new UsageError(cliText("file.outIsInput", { file: out }));
  const replace = options.force === true;
  // Said before the records are read; the write itself still refuses to replace a file made meanwhile.
  if (
    !replace &&
    (await access(resolve(io.cwd, out)).then(
      () => true,
      () => false,
    ))
  ) {
    throw new UsageError(cliText("file.exists", { file: out }));
  }

  try {
    // A release missing a file would be a different release: any file error stops it, nothing written.
    const { records, fileErrors } = await collectRecords(args, { io, locale });
    if (fileErrors > 0) return EXIT.error;
    const key = await releaseKey(options["key-file"], context);
    const asOf = options.on ?? today();
    const ledgerFile = options.ledger;
    const ledger = ledgerFile === undefined ? undefined : await readLedger(io.cwd, ledgerFile);
    const result = await anonymise(records, {
      asOf,
      key,
      k,
      keepText: options["keep-text"] === true,
      ...(ledger === undefined ? {} : { ledger }),
    });
    const { records: released, report } = result;
    key.fill(0);
    await writeOutput(io, out, jsonArrayText(released), { replace });
    // The ledger holds generalisation levels only, never data; it is rewritten with this release added.
    if (ledgerFile !== undefined && result.ledger !== undefined) {
      await writeOutput(io, ledgerFile, `${JSON.stringify(result.ledger, null, 2)}\n`, { replace: true });
    }
    const invalid = report.excluded.byReason.INVALID_RECORD ?? 0;
    if (invalid > 0) io.stderr.write(errorLine(t("anonymise.invalidRecords", { count: invalid })));
    const written = t("anonymise.written", { count: released.length, file: printable(out) });
    await writeOutput(
      io,
      undefined,
      options.json === true ? `${JSON.stringify(report)}\n` : `${formatReleaseReport(report, locale)}${written}\n`,
    );
    return EXIT.ok;
  } catch (error) {
    // A ledger of another key, or one that is not a ledger: said in the user's language, nothing written.
    if (error instanceof AnonymiseError) {
      for (const issue of error.issues)
        io.stderr.write(errorLine(RELEASE_MESSAGES.format(`issue.${issue.code}`, issue.params ?? {}, locale)));
      return EXIT.error;
    }
    if (error instanceof SyntaxError) {
      io.stderr.write(errorLine(t("anonymise.badLedger", { file: printable(options.ledger ?? "") })));
      return EXIT.error;
    }
    // A file that cannot be read or written is one line on stderr; anything else is a bug.
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(errorLine(error.render(locale)));
    return EXIT.error;
  }
}

/**
 * `redumbrella anonymise FILE... --out OUT`: writes the de-identified, k-anonymous release of the
 * consented records to OUT and prints its report; exit 0 when it ran, 2 on a usage or file error.
 */
export const anonymiseCommand = defineCommand({
  name: "anonymise",
  messages: ANONYMISE_COMMAND_MESSAGES,
  summary: "anonymise.summary",
  synopsis: "anonymise.synopsis",
  description: "anonymise.description",
  notes: ["input.formats", "anonymise.keyRules", "anonymise.exitCodes", "anonymise.privacy"],
  positionals: { name: "value.file", min: 1 },
  options: OPTIONS,
  run: anonymiseFiles,
});

/** The ledger in `file`, or `"new"` when the file does not exist yet (the first release under it). */
async function readLedger(cwd: string, file: string): Promise<ReleaseLedger | "new"> {
  const text = await readFile(resolve(cwd, file), "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  return text === undefined ? "new" : (JSON.parse(text) as ReleaseLedger);
}
