import { describe, expectTypeOf, it } from "vitest";
import type { AnyRecord, Charge, FieldPath, InterviewRecord, ParseResult, RecordIssue, RefusalRecord } from "./index.js";
import { isRefusal, safeParseRecord } from "./index.js";

describe("types", () => {
  it("narrows the parse result on success", () => {
    const result = safeParseRecord({});
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<AnyRecord>();
      if (isRefusal(result.data)) expectTypeOf(result.data).toEqualTypeOf<RefusalRecord>();
      else expectTypeOf(result.data).toEqualTypeOf<InterviewRecord>();
    } else expectTypeOf(result.issues).toEqualTypeOf<readonly [RecordIssue, ...RecordIssue[]]>();
    expectTypeOf(result).toEqualTypeOf<ParseResult>();
  });

  it("types closed lists as unions and optional answers as optional", () => {
    expectTypeOf<InterviewRecord["respondent"]["gender"]>().toEqualTypeOf<"female" | "male" | "transgender" | "other" | undefined>();
    expectTypeOf<"prostitution">().toExtend<Charge["offence"]>();
    expectTypeOf<"bribery">().not.toExtend<Charge["offence"]>();
    expectTypeOf<InterviewRecord["schemaVersion"]>().toEqualTypeOf<2>();
    expectTypeOf<RefusalRecord>().not.toHaveProperty("respondent");
  });

  it("knows every field path, and no other", () => {
    expectTypeOf<"respondent.livingWithHiv">().toExtend<FieldPath>();
    expectTypeOf<"charges[].facts.knowingly">().toExtend<FieldPath>();
    expectTypeOf<"incidents[].perpetrators[].badgeNumber">().toExtend<FieldPath>();
    expectTypeOf<"respondent.nickname">().not.toExtend<FieldPath>();
  });
});
