// Generates the field tables of docs/record-format.md from the questionnaire's metadata, between the
// markers `<!-- fields:start -->` and `<!-- fields:end -->`; the prose around them is written by hand.
// `node --conditions=@redumbrella/source --import tsx scripts/format-docs.ts` rewrites the page; the questionnaire's tests fail when
// the page is stale (`packages/questionnaire/src/format-docs.test.ts`).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CHOICE_LISTS, FIELDS, type FieldPath, type FieldSpec, fieldMeta, GATES, SECTIONS } from "@redumbrella/questionnaire";
import { SECTION_LABELS } from "@redumbrella/questionnaire/form";

export const PAGE = fileURLToPath(new URL("../docs/record-format.md", import.meta.url));
const START = "<!-- fields:start -->";
const END = "<!-- fields:end -->";

const cell = (text: string): string => text.replace(/\|/g, "\\|");

function describeGate(path: FieldPath): string {
  const gate = GATES.find((g) => g.field === path);
  if (gate === undefined) return "";
  const when =
    "equals" in gate.when
      ? JSON.stringify(gate.when.equals)
      : "includes" in gate.when
        ? `has ${JSON.stringify(gate.when.includes)}`
        : "not empty";
  return `\`${gate.on}\` ${when}`;
}

function kindOf(path: FieldPath): string {
  const spec: FieldSpec = FIELDS[path];
  if (spec.choices === undefined) return spec.kind;
  const values = CHOICE_LISTS[spec.choices].map((v) => `\`${v}\``).join(", ");
  return `${spec.kind === "choices" ? "list of" : "one of"} ${values}`;
}

/** The generated part of the page: one table per section, every field of the format in the form's order. */
export function fieldTables(): string {
  const out: string[] = [];
  for (const section of SECTIONS) {
    const paths = (Object.keys(FIELDS) as FieldPath[]).filter((p) => FIELDS[p].section === section);
    out.push(`### ${SECTION_LABELS[section].en}`, "");
    out.push("| path | question | type | class | police hold it | asked when | label (en / ru / kk) |", "|---|---|---|---|---|---|---|");
    for (const path of paths) {
      const meta = fieldMeta(path);
      if (meta === undefined) throw new Error(`no metadata for ${path}`);
      const question = meta.onPaper === false ? `${meta.question ?? "—"} (not on paper)` : (meta.question ?? "—");
      const since = meta.since === 2 ? " (v2)" : "";
      const required = meta.required === true ? " *required*" : "";
      out.push(
        `| \`${path}\`${since} | ${question} | ${cell(kindOf(path))}${required} | ${meta.class} | ${meta.policeKnown === true ? "yes" : ""} | ${cell(describeGate(path))} | ${cell(`${meta.label.en} / ${meta.label.ru} / ${meta.label.kk}`)} |`,
      );
    }
    out.push("");
  }
  return out.join("\n");
}

/** The page with its generated part brought up to date. */
export function renderPage(page: string): string {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${PAGE} lacks the ${START} … ${END} markers`);
  return `${page.slice(0, start + START.length)}\n\n${fieldTables()}\n${page.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PAGE, renderPage(readFileSync(PAGE, "utf8")));
  console.log(`wrote ${PAGE}`);
}
