import type { InterviewRecord } from "@redumbrella/questionnaire";
import { expectTypeOf, test } from "vitest";
import type * as z from "zod/mini";
import type { ReleasedRecord, ReleasedRecordSchema } from "./released-record.js";

test("a released record has no direct identifier, and its id is a pseudonym", () => {
  expectTypeOf<ReleasedRecord>().toHaveProperty("pid").toEqualTypeOf<string>();
  expectTypeOf<ReleasedRecord>().not.toHaveProperty("id");
  expectTypeOf<ReleasedRecord>().not.toHaveProperty("consent");
  expectTypeOf<ReleasedRecord["respondent"]>().not.toHaveProperty("fullName");
  expectTypeOf<ReleasedRecord["respondent"]>().not.toHaveProperty("code");
});

test("quasi-identifiers are strings, groups and lists that hold them may be a star", () => {
  expectTypeOf<ReleasedRecord["respondent"]["age"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<ReleasedRecord["respondent"]["sexWorkVenues"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<ReleasedRecord["interview"]["date"]>().toEqualTypeOf<string>();
  expectTypeOf<ReleasedRecord["respondent"]["residence"]>().toEqualTypeOf<
    "*" | { settlement?: string | undefined; settlementType?: string | undefined; region?: string | undefined } | undefined
  >();
  type Charges = NonNullable<ReleasedRecord["charges"]>;
  expectTypeOf<Extract<Charges, "*">>().toEqualTypeOf<"*">();
  expectTypeOf<Extract<Charges, readonly unknown[]>[number]["date"]>().toEqualTypeOf<string>();
});

test("police-held facts are strings, the detention group may be a star, police-held free text is gone", () => {
  type Police = NonNullable<ReleasedRecord["police"]>;
  expectTypeOf<Police["complained"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Police>().not.toHaveProperty("complaintTo");
  expectTypeOf<Police>().toHaveProperty("whyNotComplained");
  type Detention = NonNullable<Police["detention"]>;
  expectTypeOf<Extract<Detention, "*">>().toEqualTypeOf<"*">();
  expectTypeOf<NonNullable<Exclude<Detention, "*">["fine"]>["amount"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Exclude<Detention, "*">>().not.toHaveProperty("otherOutcome");
  type Charges = Extract<NonNullable<ReleasedRecord["charges"]>, readonly unknown[]>[number];
  expectTypeOf<Charges["article"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Charges>().not.toHaveProperty("offenceText");
});

test("every other field keeps the record's type", () => {
  expectTypeOf<ReleasedRecord["respondent"]["livingWithHiv"]>().toEqualTypeOf<InterviewRecord["respondent"]["livingWithHiv"]>();
  expectTypeOf<ReleasedRecord["interview"]["language"]>().toEqualTypeOf<InterviewRecord["interview"]["language"]>();
  expectTypeOf<NonNullable<ReleasedRecord["police"]>["violations"]>().toEqualTypeOf<NonNullable<InterviewRecord["police"]>["violations"]>();
});

test("the schema's output is the type", () => {
  expectTypeOf<z.output<typeof ReleasedRecordSchema>>().toEqualTypeOf<ReleasedRecord>();
});
