import { MEDICAL_VIOLATIONS, POLICE_VIOLATIONS } from "@redumbrella/questionnaire";
import { describe, expect, it } from "vitest";
import { gateOf, VIOLATION_SECTIONS, violationCodes, yesNoQuestions } from "./layout.js";

describe("the layout, read from the questionnaire", () => {
  it("has the sections with violations, each with its closed list in the form's order", () => {
    expect(VIOLATION_SECTIONS).toEqual(["police", "medical"]);
    expect(violationCodes("police")).toEqual(POLICE_VIOLATIONS);
    expect(violationCodes("medical")).toEqual(MEDICAL_VIOLATIONS);
  });

  it("asks the report's yes/no questions, follow-ups behind the complaint", () => {
    expect(yesNoQuestions("police").map((q) => q.key)).toEqual([
      "rightsViolated",
      "knowsWhereToComplain",
      "complained",
      "complaintAccepted",
      "perpetratorProsecuted",
    ]);
    expect(gateOf("police.complaintAccepted")?.on).toBe("police.complained");
    expect(gateOf("medical.perpetratorProsecuted")?.on).toBe("medical.complained");
    expect(gateOf("police.complained")).toBeUndefined();
  });
});
