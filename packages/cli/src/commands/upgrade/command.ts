import { isCalendarDate, printableId, type RecordV1, safeParseRecord, today, upgradeRecord } from "@redumbrella/questionnaire";
import { cliText, EXIT, errorLine, InputError, texts, UsageError } from "../../internal/errors.js";
import { isInput } from "../../internal/inputs.js";
import { writeLines, writeOutput } from "../../internal/output.js";
import { type PrintedIssue, printable, printableIssue } from "../../internal/printable.js";
import { type Container, malformedCode, malformedMessage, type RecordItem, recordsOf } from "../../internal/read-records.js";
import { type CommandContext, defineCommand, type OptionTable } from "../command.js";
import { UPGRADE_MESSAGES, type UpgradeMessageKey } from "./messages.js";

const OPTIONS = {
  out: { type: "string", valueName: "upgrade.value.out", description: "upgrade.option.out" },
  on: { type: "string", valueName: "value.date", description: "upgrade.option.on" },
} as const satisfies OptionTable<UpgradeMessageKey>;

type Context = CommandContext<typeof OPTIONS, UpgradeMessageKey>;
const text = texts(UPGRADE_MESSAGES);

/** How records are written back in each container, as the input held them. */
const LAYOUT: {
  readonly [C in Container]: { readonly open: string; readonly record: (json: string, first: boolean) => string; readonly close: string };
} = {
  array: { open: "[\n", record: (json, first) => (first ? json : `,\n${json}`), close: "\n]\n" },
  ndjson: { open: "", record: (json) => `${json}\n`, close: "" },
  object: { open: "", record: (json) => json, close: "\n" },
};
/** Pieces handed to the file at once: large enough that writing is not one system call per record. */
const BATCH_CHARS = 1 << 16;

/** Stops the write when no record is valid, so OUT is not created empty. */
class NothingValid extends Error {
  override readonly name = "NothingValid";
}

/** A valid record as v2, losing nothing of what it holds: v1 is upgraded from the input itself, not from its trimmed copy. */
function losslessV2(value: unknown): unknown {
  return (value as { schemaVersion?: unknown }).schemaVersion === 1 ? upgradeRecord(value as RecordV1) : value;
}

/** Where an invalid record is: `file:line` in NDJSON, `file #index` otherwise, with its id when well-formed. */
function place(item: RecordItem, id: string | null): string {
  const at = item.line === undefined ? `${printable(item.file)} #${item.index}` : `${printable(item.file)}:${item.line}`;
  return id === null ? at : `${at} (id ${id})`;
}

async function upgrade({ args, options, locale, t, io }: Context): Promise<number> {
  const out = options.out;
  if (out === undefined) throw new UsageError(text("upgrade.missingOut"));
  if (options.on !== undefined && !isCalendarDate(options.on)) throw new UsageError(cliText("usage.badDate", { value: options.on }));
  if (await isInput(args, out, io)) throw new UsageError(cliText("file.outIsInput", { file: out }));
  const asOf = options.on ?? today();
  const counts = { written: 0, fromV1: 0, invalid: 0 };
  const report = (item: RecordItem, id: string | null, issues: readonly PrintedIssue[]): void => {
    counts.invalid++;
    writeLines(
      io.stdout,
      issues.map(({ path, code, message }) => `${place(item, id)}: ${path === "" ? t("upgrade.rootPath") : path} ${code} — ${message}`),
    );
  };

  async function* upgraded(): AsyncGenerator<string> {
    let layout: (typeof LAYOUT)[Container] | undefined;
    let batch = "";
    // A FILE that cannot be read stops the write: OUT is left as it was.
    for await (const item of recordsOf(args, io, (error) => {
      throw error;
    })) {
      if (item.kind === "malformed") {
        report(item, null, [{ path: item.path, code: malformedCode(item), message: malformedMessage(item, locale) }]);
        continue;
      }
      const result = safeParseRecord(item.value, { asOf, locale });
      if (!result.success) {
        report(
          item,
          printableId(item.value),
          result.issues.map((issue) => printableIssue(item.value, issue, locale)),
        );
        continue;
      }
      if ((item.value as { schemaVersion?: unknown }).schemaVersion === 1) counts.fromV1++;
      const first = layout === undefined;
      layout ??= LAYOUT[item.container];
      const json = item.container === "object" ? JSON.stringify(losslessV2(item.value), null, 2) : JSON.stringify(losslessV2(item.value));
      batch += `${first ? layout.open : ""}${layout.record(json, first)}`;
      counts.written++;
      if (batch.length >= BATCH_CHARS) {
        yield batch;
        batch = "";
      }
    }
    if (layout === undefined) throw new NothingValid();
    yield `${batch}${layout.close}`;
  }

  try {
    await writeOutput(io, out, upgraded());
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr.write(errorLine(error.render(locale)));
      return EXIT.error;
    }
    if (!(error instanceof NothingValid)) throw error;
    io.stderr.write(errorLine(t("upgrade.nothingWritten", { file: out })));
    return EXIT.invalid;
  }
  writeLines(io.stdout, [t("upgrade.done", { ...counts, file: printable(out) })]);
  return counts.invalid > 0 ? EXIT.invalid : EXIT.ok;
}

/**
 * `redumbrella upgrade FILE --out OUT`: every valid record of FILE (v1 or v2) written to OUT as
 * record v2, in the container FILE has; invalid ones reported in place; exit 0, 1 or 2.
 */
export const upgradeCommand = defineCommand({
  name: "upgrade",
  messages: UPGRADE_MESSAGES,
  summary: "upgrade.summary",
  synopsis: "upgrade.synopsis",
  description: "upgrade.description",
  notes: ["upgrade.exitCodes", "upgrade.privacy"],
  positionals: { name: "value.file", min: 1, max: 1 },
  options: OPTIONS,
  run: upgrade,
});
