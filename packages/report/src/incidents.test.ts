import type { Incident, InterviewRecord } from "@redumbrella/questionnaire";
import { describe, expect, it } from "vitest";
import { buildReport } from "./build-report.js";
import { checkReport } from "./check-report.js";
import { countedRecords, ON, seedRecords, withIncidents } from "./internal/fixtures.js";
import { toCsv } from "./render/csv.js";
import { toMarkdown } from "./render/markdown.js";
import type { Report } from "./types.js";

const build = (records: readonly unknown[], minCell = 0): Report => buildReport(records, { asOf: ON, validatedOn: ON, minCell });
const given = (incidents: (i: number) => Incident[], n = 6): InterviewRecord[] =>
  countedRecords(n, 5).map((r, i) => withIncidents(r, incidents(i)));

const policeIncident: Incident = {
  id: "i1",
  date: "2014-11-20",
  place: { kind: "sauna" },
  perpetrators: [
    { kind: "police", count: 2 },
    { kind: "police", rank: "sergeant" },
  ],
  acts: ["extortion", "beating"],
};

describe("incident tables", () => {
  it("counts an incident with two police perpetrators once under police", () => {
    const report = build(given((i) => (i === 0 ? [policeIncident] : [])));
    expect(report.incidents).toMatchObject({ respondents: 1, incidents: 1, complainants: 0 });
    expect(report.incidents.perpetrators.counts).toMatchObject({ police: 1, client: 0 });
    expect(report.incidents.acts.counts).toMatchObject({ extortion: 1, beating: 1, rape: 0 });
    expect(report.incidents.places.counts).toMatchObject({ sauna: 1, notRecorded: 0 });
  });

  it("counts a respondent once in a row however many of her incidents it holds", () => {
    const second: Incident = { ...policeIncident, id: "i2", date: "2015-01-05", place: { kind: "car" } };
    const report = build(given((i) => (i === 0 ? [policeIncident, second] : [])));
    expect(report.incidents).toMatchObject({ respondents: 1, incidents: 2 });
    expect(report.incidents.perpetrators.counts.police).toBe(1);
    expect(report.incidents.places.counts).toMatchObject({ sauna: 1, car: 1 });
    expect(report.incidents.months.counts).toEqual({ "2014-11": 1, "2015-01": 1, yearOnly: 0 });
  });

  it("counts a complaint withdrawn under pressure, by where it went and what became of it", () => {
    const complained: Incident = {
      ...policeIncident,
      complaints: [
        { to: "prosecutor", outcome: "withdrawn", withdrawnUnderPressure: true, retaliation: true },
        { to: "ombudsman", outcome: "pending" },
      ],
    };
    const report = build(
      given((i) =>
        i === 0 ? [complained] : i === 1 ? [{ ...policeIncident, complaints: [{ to: "police", withdrawnUnderPressure: false }] }] : [],
      ),
    );
    const r = report.incidents;
    expect(r.complainants).toBe(2);
    expect(r.withdrawnUnderPressure.counts).toEqual({ yes: 1, no: 1, notRecorded: 0 });
    expect(r.retaliation.counts).toEqual({ yes: 1, no: 0, notRecorded: 1 });
    expect(r.complaintAddressees.counts).toMatchObject({ prosecutor: 1, ombudsman: 1, police: 1, court: 0 });
    expect(r.complaintOutcomes.counts).toMatchObject({ withdrawn: 1, pending: 1, notRecorded: 1 });
    expect(checkReport(report)).toEqual([]);
  });

  it("puts a date known only to the year apart from the months", () => {
    const yearOnly: Incident = { id: "y1", date: "2013-01-01", datePrecision: "year", perpetrators: [{ kind: "client" }] };
    const monthOnly: Incident = { id: "m1", date: "2014-03-01", datePrecision: "month", perpetrators: [{ kind: "client" }] };
    const report = build(given((i) => (i === 0 ? [yearOnly, monthOnly] : [])));
    expect(report.incidents.months.counts).toEqual({ "2014-03": 1, yearOnly: 1 });
    expect(toMarkdown(report)).toContain("| March 2014 | 1 | 100% |");
    expect(toMarkdown(report, "ru")).toContain("| Март 2014 | 1 | 100\u00a0% |");
    expect(toMarkdown(report, "kk")).toContain("| 2014 ж. наурыз | 1 | 100\u00a0% |");
  });

  it("suppresses small rows as every table does: the seed's one medical incident is <5", () => {
    const report = build(seedRecords(), 5);
    const r = report.incidents;
    expect(r).toMatchObject({ respondents: 31, complainants: 8, incidents: 31 });
    expect(r.perpetrators.counts).toMatchObject({ police: 20, client: 10, medical: null, pimp: 0 });
    expect(r.perpetrators.suppressed).toEqual({ medical: "primary" });
    // 3 of the 8 withdrew under pressure, 5 did not: the 3 is small, and 8 − 3 would give it away.
    expect(r.withdrawnUnderPressure.counts).toEqual({ yes: null, no: null, notRecorded: 0 });
    expect(checkReport(report)).toEqual([]);
  });

  it("hides the base, and every share, when few reported an incident", () => {
    const r = build(
      given((i) => (i < 2 ? [policeIncident] : []), 10),
      5,
    ).incidents;
    expect(r).toMatchObject({ respondents: null, incidents: null, suppressed: { respondents: "primary" } });
    expect(r.perpetrators).toMatchObject({ total: null, counts: { police: null }, shares: { police: null, client: null } });
  });

  it("labels every incident table an added question, in en, ru and kk", () => {
    const report = build(seedRecords(), 5);
    expect(toMarkdown(report)).toContain("## Respondents who reported an incident, by who did it †");
    expect(toMarkdown(report)).toContain("† An added question: the 2015 paper form does not ask it");
    expect(toMarkdown(report, "ru")).toContain("† Добавленный вопрос: в бумажной анкете 2015 года его нет");
    expect(toMarkdown(report, "kk")).toContain("† Қосылған сұрақ: 2015 жылғы қағаз сауалнамада ол жоқ");
    // A question of the paper is not marked; one it lacks is (the police "prosecuted" question is the toolkit's).
    expect(toMarkdown(report)).toContain("| Q15. Do you know where you should go in case your rights are violated? | 60 |");
    expect(toMarkdown(report)).toContain("| Was the police perpetrator prosecuted in any way? † | 8 |");
    expect((toCsv(report)["incidents-perpetrators.csv"] as string).split("\r\n")[1]).toMatch(/^Police officer,20,64\.5$/);
  });

  it("catches complaints about incidents by more respondents than reported one", () => {
    const report = build(seedRecords());
    const issues = checkReport({ ...report, incidents: { ...report.incidents, complainants: 40 } });
    expect(issues.map((i) => [i.code, i.table])).toContainEqual(["ABOVE_GATE", "incidents"]);
  });
});
