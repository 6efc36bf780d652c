import { describe, expect, it } from "vitest";
import { FORM, questionsOf } from "./form/form.js";
import { fieldMeta, fieldRegistry, fieldsOfClass, policeKnownFields } from "./metadata.js";
import { POLICE_VIOLATIONS } from "./schema/enums.js";
import { FIELDS } from "./schema/fields.js";
import { RespondentSchema } from "./schema/record.js";

describe("field metadata", () => {
  it("reads a field's question, labels and class by path, concrete index or not", () => {
    expect(fieldMeta("respondent.age")).toMatchObject({
      question: "Q3",
      class: "quasi",
      required: true,
      label: { en: expect.any(String) },
    });
    expect(fieldMeta("charges[2].offenceText")).toMatchObject({ path: "charges[].offenceText", class: "freeText" });
    expect(fieldMeta("charges[].date")?.class).toBe("quasi");
    expect(fieldMeta("respondent.nickname")).toBeUndefined();
  });

  it("holds the metadata in the zod registry, keyed by each field's own schema", () => {
    expect(fieldRegistry().get(RespondentSchema.shape.livingWithHiv)?.class).toBe("sensitive");
    for (const path of Object.keys(FIELDS)) expect(fieldMeta(path)?.path, path).toBe(path);
  });

  it("classes the fields the anonymiser and the consent engine rely on", () => {
    expect(fieldsOfClass("direct")).toEqual(expect.arrayContaining(["respondent.fullName", "respondent.code", "consent.givenOn"]));
    expect(fieldsOfClass("sensitive")).toEqual([
      "respondent.injectsDrugs",
      "respondent.substitutionTherapy",
      "respondent.livingWithHiv",
      "respondent.criminalRecord",
    ]);
    expect(fieldsOfClass("quasi")).toEqual(
      expect.arrayContaining(["respondent.age", "respondent.residence.settlement", "interview.date", "charges[].date"]),
    );
    for (const path of fieldsOfClass("freeText")) expect(FIELDS[path].kind).toBe("freeText");
  });

  it("carries each field's gate, so a renderer can skip by it", () => {
    expect(fieldMeta("respondent.noIdReason")?.gate).toEqual({
      field: "respondent.noIdReason",
      on: "respondent.hasId",
      when: { equals: false },
    });
    expect(fieldMeta("respondent.hasId")?.gate).toBeUndefined();
  });
});

describe("the form as data", () => {
  it("lists the sections in the paper's order, the personal data Q1 to Q12 in order", () => {
    expect(FORM.map((s) => s.id)).toEqual(["record", "header", "respondent", "general", "detention", "medical", "incidents", "charges"]);
    const respondent = FORM.find((s) => s.id === "respondent");
    const numbers = [...new Set(respondent?.fields.map((f) => f.question))];
    expect(numbers).toEqual(["H2", "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10", "Q11", "Q12"]);
  });

  it("gives Q14 its 18 boxes in the form's order, labelled in three languages", () => {
    const [rightsViolated, violations] = questionsOf("Q14");
    expect(rightsViolated?.kind).toBe("boolean");
    expect(violations?.choiceList?.map((c) => c.value)).toEqual([...POLICE_VIOLATIONS]);
    expect(violations?.choiceList?.[16]?.label.ru).toMatch(/ВИЧ/);
  });
});

describe("police-known fields", () => {
  it("are the detention facts, the charges and the complaints to police or prosecutor — never the respondent's health", () => {
    const known = policeKnownFields();
    for (const path of [
      "police.detention.fine.amount",
      "police.detention.hoursToHearing",
      "police.detention.outcomes",
      "police.complained",
      "medical.complained",
      "charges[].article",
      "charges[].date",
    ]) {
      expect(known, path).toContain(path);
    }
    for (const path of ["respondent.livingWithHiv", "respondent.age", "police.violations", "medical.violations"]) {
      expect(known, path).not.toContain(path);
    }
  });
});
