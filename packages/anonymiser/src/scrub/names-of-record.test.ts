import { FIELDS, fieldMeta, type InterviewRecord } from "@redumbrella/questionnaire";
import { recordArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { namesOfRecord } from "./names-of-record.js";
import { scrubText } from "./scrub-text.js";

describe("namesOfRecord", () => {
  it("returns the names written in the record (hers, and the perpetrators' in incidents), never the code or the ids", () => {
    fc.assert(
      fc.property(recordArb(), (record) => {
        const names = namesOfRecord(record);
        const fullName = record.respondent.fullName?.trim();
        const perpetrators = (record.incidents ?? []).flatMap((i) => i.perpetrators.flatMap((p) => (p.name === undefined ? [] : [p.name])));
        // Each name once, in the order the record first writes it (an officer may be in two incidents).
        expect(names).toEqual([...new Set([...(fullName === undefined || fullName === "" ? [] : [fullName]), ...perpetrators])]);
        expect(names).not.toContain(record.id);
        if (record.respondent.code !== undefined) expect(names).not.toContain(record.respondent.code);
      }),
    );
  });

  it("reads the direct-identifier text fields from the schema's metadata (the full name among them)", () => {
    const directText = Object.keys(FIELDS).filter((p) => fieldMeta(p)?.class === "direct" && fieldMeta(p)?.kind === "text");
    expect(directText).toContain("respondent.fullName");
  });

  it("gives scrubText what it needs to remove the name from the record's free text, in any case form", () => {
    fc.assert(
      fc.property(recordArb(), (record: InterviewRecord) => {
        const [name] = namesOfRecord(record);
        if (name === undefined) return;
        const [first, last] = name.split(" ") as [string, string];
        // In lower case a two-letter name (Ли) is not told from a word (the particle ли): written as given.
        const lastAsWritten = last.length < 3 ? last : last.toLowerCase();
        const text = `${first.toUpperCase()} сказала, что ${lastAsWritten} — её фамилия.`;
        const words = scrubText(text, { knownNames: namesOfRecord(record) })
          .text.toLowerCase()
          .split(/[^\p{L}]+/u);
        expect(words).not.toContain(first.toLowerCase());
        expect(words).not.toContain(last.toLowerCase());
      }),
    );
  });
});
