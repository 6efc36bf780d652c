import type { Choice } from "@redumbrella/questionnaire";
import { expectTypeOf, test } from "vitest";
import type { ViolationCode, ViolationSection, YesNoKey } from "./layout.js";
import type { Report } from "./types.js";

test("the report's keys are read from the questionnaire's types", () => {
  expectTypeOf<ViolationSection>().toEqualTypeOf<"police" | "medical">();
  expectTypeOf<ViolationCode<"police">>().toEqualTypeOf<Choice<"policeViolation">>();
  expectTypeOf<YesNoKey<"medical">>().toEqualTypeOf<
    "rightsViolated" | "knowsWhereToComplain" | "complained" | "complaintAccepted" | "perpetratorProsecuted"
  >();
  expectTypeOf<Report["police"]["violations"]["extortion"]>().toEqualTypeOf<number | null>();
  expectTypeOf<Report["medical"]["complaintAccepted"]["yes"]>().toEqualTypeOf<number | null>();
});
