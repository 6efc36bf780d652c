import { FIELDS, GATES } from "@redumbrella/questionnaire";
import { FORM } from "@redumbrella/questionnaire/form";
import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import readXlsxFile from "read-excel-file/universal";
import { beforeAll, describe, expect, it } from "vitest";
import { XlsformError } from "./errors.js";
import { FORM_ID, FORM_VERSION } from "./form-settings.js";
import { XLSFORM_MESSAGES } from "./messages.js";
import { toXlsform, writeXlsform } from "./xlsform.js";

type Row = Record<string, string>;
let survey: Row[];
let choices: Row[];
let settings: Row;

/** The rows of a sheet as objects by column header; empty cells are "". */
function rowsOf(data: readonly (readonly unknown[])[]): Row[] {
  const [header, ...rows] = data;
  return rows.map((row) =>
    Object.fromEntries((header ?? []).map((h, i) => [String(h), row[i] === null || row[i] === undefined ? "" : String(row[i])])),
  );
}

beforeAll(async () => {
  // Written as .xlsx and read back with read-excel-file, as Kobo and ODK Central would read the upload.
  const blob = await writeXlsform();
  const sheets = await readXlsxFile(await blob.arrayBuffer());
  const sheet = (name: string) => rowsOf(sheets.find((s) => s.sheet === name)?.data ?? []);
  survey = sheet("survey");
  choices = sheet("choices");
  settings = sheet("settings")[0] as Row;
});

/** Each survey row with the path of names of the groups around it. */
function withPaths(): { row: Row; path: string }[] {
  const stack: string[] = [];
  const out: { row: Row; path: string }[] = [];
  for (const row of survey) {
    if (row.type?.startsWith("begin_")) {
      stack.push(row.name as string);
      out.push({ row, path: stack.join("/") });
    } else if (row.type?.startsWith("end_")) stack.pop();
    else out.push({ row, path: [...stack, row.name].join("/") });
  }
  return out;
}

// The form's name of a record field: the record's path, repeats without [], the top-level Q13 questions in `general`.
const TOP_LEVEL_QUESTIONS = new Set(["sexWorkCriminalised", "expectedPenalty"]);
const formPath = (path: string): string =>
  TOP_LEVEL_QUESTIONS.has(path) ? `general/${path}` : path.replaceAll("[]", "").replaceAll(".", "/");
const ASKED = FORM.flatMap((s) => s.fields).filter((f) => !["schemaVersion", "id", "declined"].includes(f.path));

describe("the XLSForm", () => {
  it("has every question of the form, named by its record path, labelled in ru, kk and en", () => {
    const byPath = new Map(withPaths().map(({ row, path }) => [path, row]));
    for (const field of ASKED) {
      const row = byPath.get(formPath(field.path));
      expect(row, field.path).toBeDefined();
      expect([row?.["label::Russian (ru)"], row?.["label::Kazakh (kk)"], row?.["label::English (en)"]], field.path).toEqual([
        field.label.ru,
        field.label.kk,
        field.label.en,
      ]);
    }
    expect(byPath.get("respondent/age")?.type).toBe("integer");
  });

  it("every choice is labelled in the three languages, our codes as names, booleans as yes_no", () => {
    for (const choice of choices)
      for (const l of ["Russian (ru)", "Kazakh (kk)", "English (en)"])
        expect(choice[`label::${l}`], `${choice.list_name}.${choice.name}`).not.toBe("");
    expect(choices.filter((c) => c.list_name === "yes_no").map((c) => c.name)).toEqual(["yes", "no"]);
    const byPath = new Map(withPaths().map(({ row, path }) => [path, row]));
    expect(byPath.get("consent/items/statistics/answer")?.type).toBe("select_one yes_no");
    expect(choices.filter((c) => c.list_name === "gender_declined").map((c) => c.name)).toEqual([
      "female",
      "male",
      "transgender",
      "other",
      "declined",
    ]);
  });

  it("offers 'declined' on every question the respondent may decline, and on no other", () => {
    const rows = withPaths();
    const byPath = new Map(rows.map(({ row, path }) => [path, row]));
    for (const field of ASKED) {
      const path = formPath(field.path);
      const row = byPath.get(path) as Row;
      const companion = byPath.get(`${path}_declined`);
      const inList = choices.some((c) => c.list_name === row.type?.split(" ")[1] && c.name === "declined");
      expect(companion !== undefined || inList, field.path).toBe(field.declinable === true);
    }
  });

  it("opens with the interview header and the consent block, each item on its own; refusing statistics ends the interview", () => {
    const groups = survey.filter((r) => r.type === "begin_group" || r.type === "begin_repeat").map((r) => r.name);
    expect(groups.slice(0, 3)).toEqual(["interview", "consent", "items"]);
    const items = withPaths().filter(({ path }) => /^consent\/items\/\w+\/answer$/.test(path));
    expect(items.map(({ path }) => path.split("/")[2])).toEqual(["statistics", "useWithoutName", "publicName", "lawEnforcementComplaint"]);
    for (const name of ["respondent", "general", "police", "medical", "incidents", "charges"]) {
      expect(survey.find((r) => r.type?.startsWith("begin_") && r.name === name)?.relevant, name).toBe(
        "../interview/outcome != 'refused' and ../consent/items/statistics/answer != 'no'",
      );
    }
  });

  it("incidents are a repeat with perpetrators, payments and complaints nested; charges are a repeat", () => {
    const repeats = withPaths()
      .filter(({ row }) => row.type === "begin_repeat")
      .map(({ path }) => path);
    expect(repeats).toEqual(["incidents", "incidents/perpetrators", "incidents/payments", "incidents/complaints", "charges"]);
  });

  it("skip logic from every gate, required on the starred questions, constraints from the rules", () => {
    const byPath = new Map(withPaths().map(({ row, path }) => [path, row]));
    for (const gate of GATES)
      expect(byPath.get(formPath(gate.field))?.relevant, gate.field).toContain(`../${gate.on.split(".").at(-1)?.replace("[]", "")}`);
    expect(byPath.get("respondent/noIdReason")?.relevant).toBe("../hasId = 'no' and ../noIdReason_declined != 'declined'");
    expect(byPath.get("police/detention")?.relevant).toBe("../detained = 'yes' and ../detention_declined != 'declined'");
    const starred = (Object.keys(FIELDS) as (keyof typeof FIELDS)[]).filter((p) => (FIELDS[p] as { required?: boolean }).required === true);
    for (const path of starred) expect(byPath.get(formPath(path))?.required, path).toBe("../../interview/outcome != 'interrupted'");
    expect(byPath.get("respondent/age")?.constraint).toBe(". >= 10 and . <= 99");
    expect(byPath.get("respondent/age")?.["constraint_message::Russian (ru)"]).toBe("Число от 10 до 99.");
    expect(byPath.get("incidents/date")?.constraint).toContain(". <= ../../interview/date");
  });

  it("settings: form_id, version yyyymmddrr, an instance name with nothing about the respondent, Russian by default", () => {
    expect(settings).toMatchObject({ form_id: FORM_ID, version: FORM_VERSION, default_language: "Russian (ru)" });
    expect(settings.instance_name).toBe("concat('interview ', ../../interview/date, ' ', ../../interview/interviewerId)");
    expect(toXlsform({ version: "2027010203", defaultLanguage: "kk" }).settings[1]?.slice(2, 5)).toEqual([
      "2027010203",
      expect.any(String),
      "Kazakh (kk)",
    ]);
    expect(() => toXlsform({ version: "2027-01-02" })).toThrow(XlsformError);
  });
});

describe("the package's messages", () => {
  it("exist in every language, with the same params as English", () => {
    expect(catalogueProblems(XLSFORM_MESSAGES)).toEqual([]);
  });
});
