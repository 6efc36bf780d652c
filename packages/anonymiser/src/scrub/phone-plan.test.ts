import { describe, expect, it } from "vitest";
import { isPlannedPhone } from "./phone-plan.js";

describe("isPlannedPhone", () => {
  it("knows Kazakh and Russian numbers with +7, 7, the trunk prefix 8, or none", () => {
    for (const [digits, plus] of [
      ["77015123308", true],
      ["79162841703", true],
      ["87015123308", false],
      ["87282274519", false],
      ["77015123308", false],
      ["7015123308", false],
      ["9162841703", false],
      ["784951234567", true],
    ] as const)
      expect(isPlannedPhone(digits, plus), digits).toBe(true);
  });
  it("knows Kyrgyz and Uzbek numbers by their country codes", () => {
    for (const digits of ["996555317248", "998904123567", "9960555317248"]) expect(isPlannedPhone(digits, true), digits).toBe(true);
    expect(isPlannedPhone("996555317248", false)).toBe(true);
    expect(isPlannedPhone("998904123567", false)).toBe(true);
  });
  it("knows Tajik numbers by their country code, and the other countries' written with their +", () => {
    expect(isPlannedPhone("992934471205", true)).toBe(true);
    expect(isPlannedPhone("992934471205", false)).toBe(true);
    for (const digits of [
      "99365123456",
      "994501234567",
      "995555123456",
      "37491123456",
      "375291234567",
      "380671234567",
      "905321234567",
      "8613812345678",
      "971553182740",
      "821012345678",
    ])
      expect(isPlannedPhone(digits, true), digits).toBe(true);
    // Without their +, only Central Asia's: a string of digits from 380 or 90 is no phone.
    for (const digits of ["380671234567", "905321234567"]) expect(isPlannedPhone(digits, false), digits).toBe(false);
  });
  it("refuses numbers outside the plans", () => {
    for (const [digits, plus] of [
      ["71015123308", true], // +7 1…: no such national number
      ["86015123308", false], // 8 6…
      ["6015123308", false], // ten digits from 6
      ["996155317248", true], // +996 1…
      ["998104123567", true], // +998 1…
      ["442071234567", true], // +44: not a plan kept here
      ["81049182340", false], // 8 10: the international prefix
      ["870151233", false], // too short
    ] as const)
      expect(isPlannedPhone(digits, plus), digits).toBe(false);
  });
});
