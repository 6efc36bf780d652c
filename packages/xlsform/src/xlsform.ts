import type { Label, Locale } from "@redumbrella/questionnaire";
import writeXlsxFile from "write-excel-file/universal";
import { FORM_ID, FORM_LANGUAGES, type FormOptions, formSettings, INSTANCE_NAME } from "./form-settings.js";
import { type GroupNode, getSurvey, relativise, type SurveyNode, type Text } from "./internal/survey.js";
import { XLSFORM_MESSAGES } from "./messages.js";

/** One sheet of an XLSForm: its header row, then one row per entry; every cell a string (`""` for empty). */
export type XlsformSheet = readonly (readonly string[])[];

/** The three sheets of the XLSForm. */
export interface XlsformSheets {
  readonly survey: XlsformSheet;
  readonly choices: XlsformSheet;
  readonly settings: XlsformSheet;
}

const localised = (column: string): string[] => FORM_LANGUAGES.map((l) => `${column}::${l.name}`);
const SURVEY_COLUMNS = [
  "type",
  "name",
  ...localised("label"),
  ...localised("hint"),
  "required",
  "relevant",
  "constraint",
  ...localised("constraint_message"),
  "calculation",
] as const;

const inLanguages = (label: Label): string[] => FORM_LANGUAGES.map((l) => label[l.locale]);
const textIn = (text: Text | undefined): string[] =>
  FORM_LANGUAGES.map((l) => (text === undefined ? "" : XLSFORM_MESSAGES.format(text.key, text.params, l.locale)));
const messagesIn = (texts: readonly Text[] | undefined): string[] =>
  FORM_LANGUAGES.map((l) => (texts ?? []).map((t) => XLSFORM_MESSAGES.format(t.key, t.params, l.locale)).join(" "));
const declinedLabel = (label: Label): Label =>
  Object.fromEntries(
    FORM_LANGUAGES.map((l) => [l.locale, XLSFORM_MESSAGES.format("declined.label", { label: label[l.locale] }, l.locale)]),
  ) as Record<Locale, string>;

interface Row {
  type: string;
  name: string;
  label?: Label;
  hint?: Text;
  required?: string;
  relevant?: string;
  constraint?: string;
  constraintMessages?: readonly Text[];
  calculation?: string;
}

function surveyRow(row: Row, depth: number): string[] {
  const xpath = (e: string | undefined): string => (e === undefined ? "" : e === "true()" ? "yes" : relativise(e, depth));
  return [
    row.type,
    row.name,
    ...(row.label === undefined ? FORM_LANGUAGES.map(() => "") : inLanguages(row.label)),
    ...textIn(row.hint),
    xpath(row.required),
    xpath(row.relevant),
    xpath(row.constraint),
    ...messagesIn(row.constraintMessages),
    xpath(row.calculation),
  ];
}

function surveyRows(group: GroupNode, depth: number, out: string[][]): void {
  for (const node of group.children) out.push(...rowsOf(node, depth + 1, out));
}

function rowsOf(node: SurveyNode, depth: number, out: string[][]): string[][] {
  const hintOf = (question: string | null): Text | undefined =>
    question === null ? undefined : { key: "hint.question", params: { question } };
  switch (node.kind) {
    case "group":
    case "repeat": {
      out.push(
        surveyRow(
          {
            type: `begin_${node.kind}`,
            name: node.name,
            label: node.label,
            ...(node.relevant === undefined ? {} : { relevant: node.relevant }),
          },
          depth,
        ),
      );
      surveyRows(node, depth, out);
      return [surveyRow({ type: `end_${node.kind}`, name: "" }, depth)];
    }
    case "declined":
      return [
        surveyRow(
          {
            type: "select_one declined",
            name: node.name,
            label: declinedLabel(node.field.label),
            hint: { key: "declined.hint" },
            ...(node.relevant === undefined ? {} : { relevant: node.relevant }),
          },
          depth,
        ),
      ];
    case "question": {
      const hint = hintOf(node.field.question);
      return [
        surveyRow(
          {
            type: node.list === undefined ? node.control : `${node.control} ${node.list}`,
            name: node.name,
            label: node.field.label,
            ...(hint === undefined ? {} : { hint }),
            ...(node.required === undefined ? {} : { required: node.required }),
            ...(node.relevant === undefined ? {} : { relevant: node.relevant }),
            ...(node.constraint === undefined ? {} : { constraint: node.constraint, constraintMessages: node.constraintMessages ?? [] }),
            ...(node.calculation === undefined ? {} : { calculation: node.calculation }),
          },
          depth,
        ),
      ];
    }
  }
}

/**
 * The XLSForm of the questionnaire as three sheets of strings — survey, choices, settings — built
 * from `FORM`: one group per section, labels, hints and constraint messages in Russian, Kazakh and
 * English, skip logic from the gates, constraints from the rules an XPath can say.
 *
 * @example
 * import { toXlsform } from "@redumbrella/xlsform";
 *
 * const { survey, choices, settings } = toXlsform({ version: "2026120601" });
 * survey[0]; // ["type", "name", "label::Russian (ru)", …]
 */
export function toXlsform(options: FormOptions = {}): XlsformSheets {
  const { version, languageName } = formSettings(options);
  const { root, lists } = getSurvey();
  const survey: string[][] = [[...SURVEY_COLUMNS]];
  surveyRows(root, 0, survey);
  const choices: string[][] = [["list_name", "name", ...localised("label")]];
  for (const list of lists) for (const choice of list.choices) choices.push([list.name, choice.value, ...inLanguages(choice.label)]);
  const title = XLSFORM_MESSAGES.format("form.title", {}, formSettings(options).defaultLanguage);
  const settings: string[][] = [
    ["form_title", "form_id", "version", "instance_name", "default_language", "name"],
    [title, FORM_ID, version, relativise(INSTANCE_NAME, 2), languageName, root.name],
  ];
  return { survey, choices, settings };
}

/**
 * Writes the XLSForm as an `.xlsx` file (a `Blob`, in browsers and in Node), ready to upload to
 * KoboToolbox or ODK Central.
 *
 * @example
 * import { writeFileSync } from "node:fs";
 * import { writeXlsform } from "@redumbrella/xlsform";
 *
 * const blob = await writeXlsform();
 * writeFileSync("redumbrella.xlsx", new Uint8Array(await blob.arrayBuffer()));
 */
export async function writeXlsform(options: FormOptions = {}): Promise<Blob> {
  const sheets = toXlsform(options);
  const sheet = (name: string, rows: XlsformSheet) => ({
    sheet: name,
    data: rows.map((row) => row.map((value) => (value === "" ? null : { value, type: String }))),
    stickyRowsCount: 1,
  });
  return writeXlsxFile([sheet("survey", sheets.survey), sheet("choices", sheets.choices), sheet("settings", sheets.settings)]).toBlob();
}
