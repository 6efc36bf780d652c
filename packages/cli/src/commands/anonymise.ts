import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { anonymise, formatReleaseReport } from "@redumbrella/anonymiser";
import { isCalendarDate, today } from "@redumbrella/questionnaire";
import type { Io } from "../io.js";
import { EXIT, errorLine, InputError, UsageError } from "../internal/errors.js";
import { expandInputs } from "../internal/inputs.js";
import type { CliMessageKey, MessageParams, Translate } from "../internal/messages.js";
import { readRecords } from "../internal/read-records.js";
import type { AnonymiseCliMessageKey } from "./anonymise.messages.js";
import { type CommandContext, defineCommand, type OptionTable } from "./command.js";

// The command's keys join the CLI catalogue when the command is wired in (see anonymise.messages.ts).
const key = (name: AnonymiseCliMessageKey): CliMessageKey => name as unknown as CliMessageKey;

const OPTIONS = {
  out: { type: "string", valueName: key("anonymise.value.out"), description: key("anonymise.option.out") },
  k: { type: "string", valueName: key("anonymise.value.k"), description: key("anonymise.option.k") },
  "key-file": { type: "string", valueName: key("anonymise.value.key"), description: key("anonymise.option.keyFile") },
  "keep-text": { type: "boolean", description: key("anonymise.option.keepText") },
  on: { type: "string", valueName: "value.date", description: key("anonymise.option.on") },
  json: { type: "boolean", description: key("anonymise.option.json") },
} as const satisfies OptionTable;

/** The environment variable that holds the key, in hex, when no --key-file is given. */
const KEY_VARIABLE = "REDUMBRELLA_KEY";
/** The fewest key bytes (96 bits), as @redumbrella/anonymiser asks. */
const MIN_KEY_BYTES = 12;
const HEX = /^(?:[0-9a-fA-F]{2})+$/;


/** Bytes of a key file: hex digits (whitespace around them ignored) are decoded; anything else is taken as raw bytes. */
function keyBytes(content: Uint8Array): Uint8Array {
  const text = new TextDecoder().decode(content).trim();
  return HEX.test(text) ? Uint8Array.from(text.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16)) : content;
}

/** The code of a failed file operation, for the one-line error. */
const codeOf = (error: unknown): string =>
  typeof error === "object" && error !== null && "code" in error ? String(error.code) : "EIO";

/** The release key: from --key-file, from REDUMBRELLA_KEY, or random (and said so on stderr). */
async function releaseKey(file: string | undefined, io: Io, t: Translate): Promise<Uint8Array> {
  if (file !== undefined) {
    let content: Uint8Array;
    try {
      content = await readFile(resolve(io.cwd, file));
    } catch (error) {
      const code = codeOf(error);
      if (code === "ENOENT" || code === "ENOTDIR") throw new InputError("file.notFound", { file });
      if (code === "EACCES" || code === "EPERM") throw new InputError("file.permissionDenied", { file });
      throw new InputError("file.unreadable", { file, code });
    }
    const bytes = keyBytes(content);
    if (bytes.length < MIN_KEY_BYTES) throw new InputError(key("anonymise.keyTooShort"), { file, bytes: bytes.length });
    return bytes;
  }
  const variable = io.env[KEY_VARIABLE];
  if (variable !== undefined && variable !== "") {
    const text = variable.trim();
    if (!HEX.test(text) || text.length < 2 * MIN_KEY_BYTES) throw new UsageError(key("anonymise.envKeyBad"));
    return keyBytes(new TextEncoder().encode(text));
  }
  io.stderr.write(errorLine(t(key("anonymise.randomKey"))));
  return io.randomBytes(32);
}

/** Every record of FILE, in order; a line that is not JSON stays in place as `undefined`, so it counts as invalid. */
async function readInput(file: string, io: Io, t: Translate): Promise<unknown[]> {
  const records: unknown[] = [];
  for await (const source of expandInputs([file], io, t("report.stdin"))) {
    if (source instanceof InputError) throw source;
    for await (const item of readRecords(source.chunks(), source.name)) records.push(item.kind === "record" ? item.value : undefined);
  }
  return records;
}

/** Writes the release as a JSON array, one record per line, through a temporary file, so OUT is never half-written. */
async function writeRelease(path: string, name: string, records: readonly unknown[], io: Io): Promise<void> {
  const text = records.length === 0 ? "[]\n" : `[\n${records.map((r) => JSON.stringify(r)).join(",\n")}\n]\n`;
  const temporary = `${path}.${Array.from(io.randomBytes(6), (b) => b.toString(16).padStart(2, "0")).join("")}.tmp`;
  try {
    await writeFile(temporary, text, { flag: "wx", mode: 0o600 });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new InputError(key("anonymise.outNotWritten"), { file: name, code: codeOf(error) });
  }
}

/** The one-line stderr message of a file error. */
function renderInputError(error: InputError, t: Translate): string {
  const params: MessageParams = error.problem === undefined ? error.params : { ...error.params, problem: t(`json.${error.problem}`) };
  return t(error.key, params);
}

async function anonymiseFile({ args, options, locale, t, io }: CommandContext<typeof OPTIONS>): Promise<number> {
  const file = args[0] as string;
  const out = options.out;
  if (out === undefined) throw new UsageError(key("anonymise.missingOut"));
  if (options.on !== undefined && !isCalendarDate(options.on)) throw new UsageError("usage.badDate", { value: options.on });
  const k = options.k === undefined ? 5 : /^\d+$/.test(options.k) ? Number(options.k) : Number.NaN;
  if (!Number.isSafeInteger(k) || k < 2) throw new UsageError(key("anonymise.badK"), { value: options.k ?? "" });
  const outPath = resolve(io.cwd, out);
  if (file !== "-" && resolve(io.cwd, file) === outPath) throw new UsageError(key("anonymise.outIsInput"), { file: out });

  try {
    const records = await readInput(file, io, t);
    const keyBytes = await releaseKey(options["key-file"], io as Io, t);
    const asOf = options.on ?? today();
    const { records: released, report } = await anonymise(records, { asOf, key: keyBytes, k, keepText: options["keep-text"] === true });
    keyBytes.fill(0);
    await writeRelease(outPath, out, released, io);
    const invalid = report.excluded.byReason.INVALID_RECORD ?? 0;
    if (invalid > 0) io.stderr.write(errorLine(t(key("anonymise.invalidRecords"), { count: invalid })));
    if (options.json === true) io.stdout.write(`${JSON.stringify(report)}\n`);
    else io.stdout.write(`${formatReleaseReport(report, locale)}${t(key("anonymise.written"), { count: released.length, file: out })}\n`);
    return EXIT.ok;
  } catch (error) {
    // A file that cannot be read or written is one line on stderr; anything else is a bug.
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(errorLine(renderInputError(error, t)));
    return EXIT.error;
  }
}

/**
 * `redumbrella anonymise FILE --out OUT`: writes the de-identified, k-anonymous release of the
 * consented records to OUT and prints its report; exit 0 when it ran, 2 on a usage or file error.
 */
export const anonymiseCommand = defineCommand({
  name: "anonymise",
  summary: key("anonymise.summary"),
  synopsis: key("anonymise.synopsis"),
  description: key("anonymise.description"),
  notes: [key("anonymise.exitCodes"), key("anonymise.privacy")],
  positionals: { name: key("anonymise.argument"), min: 1, max: 1 },
  options: OPTIONS,
  run: anonymiseFile,
});
