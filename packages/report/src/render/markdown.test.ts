import { describe, expect, it } from "vitest";
import { buildReport } from "../build-report.js";
import { ON, seedRecords } from "../internal/fixtures.js";
import { escapeMarkdown, toMarkdown } from "./markdown.js";

const report = buildReport(seedRecords(), { asOf: ON, validatedOn: ON });

describe("toMarkdown", () => {
  it("writes each table with its counts, '<5' for small ones and 'x' for the ones that would give them away", () => {
    const md = toMarkdown(report);
    expect(md).toMatch(/^# Rights violations against sex workers: survey tables\n/);
    expect(md).toContain(
      "## Violations by the police\n\n| Violation | Respondents | Share |\n| --- | ---: | ---: |\n| Extortion of money | 54 | 90% |\n",
    );
    expect(md).toContain("| Rape or other sexual abuse | \\<5 | x |\n");
    expect(md).toContain("| Q18. If yes, was your complaint accepted? | 8 | \\<5 | x | x | x | 0 | 0 |\n");
    expect(md).toContain("“\\<5” is a number from 1 to 4; “x” is a number hidden");
  });

  it("writes Russian with the questionnaire's Russian labels", () => {
    const md = toMarkdown(report, "ru");
    expect(md).toContain("## Нарушения со стороны полиции");
    // Russian percentages: a decimal comma and a no-break space before "%".
    expect(md).toContain("| Вымогательство денег | 54 | 90\u00a0% |");
    expect(md).toContain("| Избиение, пытки | 47 | 78,3\u00a0% |");
    expect(md).toContain("| M5. Если да, приняли ли вашу жалобу? | 6 | 0 | 0\u00a0% | 6 | 100\u00a0% | 0 | 0 |");
  });

  it("writes Kazakh with the questionnaire's Kazakh labels", () => {
    const md = toMarkdown(report, "kk");
    expect(md).toMatch(/^# Секс-жұмыскерлердің құқықтарының бұзылуы: сауалнама кестелері\n/);
    expect(md).toContain("## Полиция тарапынан жасалған бұзушылықтар\n\n| Бұзушылық | Респонденттер | Үлесі |\n");
    // Beating (47 of 60), with a decimal comma; the two small rows shown "<5", their shares "x".
    expect(md).toContain(" | 47 | 78,3\u00a0% |\n");
    expect(md.match(/ \| \\<5 \| x \|\n/g)?.length).toBeGreaterThanOrEqual(2);
    expect(md).toContain("«\\<5» — 1 мен 4 аралығындағы сан");
  });

  it("says when small numbers are shown", () => {
    const md = toMarkdown(buildReport(seedRecords(), { asOf: ON, validatedOn: ON, minCell: 0 }));
    expect(md).toContain("Small numbers are not hidden (minCell 0): this version must not be published.");
    expect(md).toContain("| Rape or other sexual abuse | 4 | 6.7% |");
  });

  it("escapes what Markdown would read as markup, and keeps a row on one line", () => {
    expect(escapeMarkdown("a | b <script> *c* [d](e) `f`\nnext")).toBe("a \\| b \\<script\\> \\*c\\* \\[d\\](e) \\`f\\` next");
  });
});
