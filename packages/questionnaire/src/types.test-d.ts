import { describe, expectTypeOf, it } from "vitest";
import type { Charge, FieldPath, InterviewRecord, ParseResult, RecordIssue } from "./index.js";
import { safeParseRecord } from "./index.js";

describe("types", () => {
  it("narrows the parse result on success", () => {
    const result = safeParseRecord({});
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<InterviewRecord>();
    else expectTypeOf(result.issues).toEqualTypeOf<readonly [RecordIssue, ...RecordIssue[]]>();
    expectTypeOf(result).toEqualTypeOf<ParseResult>();
  });

  it("types closed lists as unions and optional answers as optional", () => {
    expectTypeOf<InterviewRecord["respondent"]["gender"]>().toEqualTypeOf<"female" | "male" | "transgender" | "other" | undefined>();
    expectTypeOf<"prostitution">().toExtend<Charge["offence"]>();
    expectTypeOf<"bribery">().not.toExtend<Charge["offence"]>();
    expectTypeOf<InterviewRecord["schemaVersion"]>().toEqualTypeOf<1>();
  });

  it("knows every field path, and no other", () => {
    expectTypeOf<"respondent.livingWithHiv">().toExtend<FieldPath>();
    expectTypeOf<"charges[].facts.knowingly">().toExtend<FieldPath>();
    expectTypeOf<"respondent.nickname">().not.toExtend<FieldPath>();
  });
});
