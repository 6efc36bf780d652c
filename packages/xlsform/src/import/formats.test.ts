import { describe, expect, it } from "vitest";
import { XlsformError } from "../errors.js";
import { recordIdOf } from "../record-id.js";
import { detectFormat, importSubmissions } from "./import.js";

const AS_OF = "2026-12-06";
const INSTANCE = "uuid:6a2f1e0d-3c4b-4a59-8e7d-1f2a3b4c5d6e";

/** The record every export below holds: a short interview, one incident with one perpetrator. */
const EXPECTED = {
  schemaVersion: 2,
  id: recordIdOf(INSTANCE),
  interview: { date: "2026-11-10", interviewerId: "D1" },
  consent: {
    recordedBy: "signature",
    givenOn: "2026-11-10",
    items: {
      statistics: { answer: true },
      useWithoutName: { answer: true },
      publicName: { answer: false },
      lawEnforcementComplaint: { answer: false },
    },
  },
  respondent: { gender: "female", age: 27, ethnicity: "Uyghur", citizenship: "KZ", sexWorkVenues: [] },
  sexWorkCriminalised: "yes",
  expectedPenalty: "Штраф",
  incidents: [{ id: "i1", date: "2026-09-14", perpetrators: [{ kind: "client" }], acts: ["robbery"] }],
  declined: ["respondent.hasId"],
};

const only = (text: string, from?: "kobo" | "odk" | "xml") => {
  const report = importSubmissions(text, { asOf: AS_OF, ...(from === undefined ? {} : { from }) });
  const [s] = report.submissions;
  if (s === undefined || !s.success) throw new Error(JSON.stringify(s));
  return { report, record: s.record };
};

const CONSENT_CSV = ["signature", "2026-11-10", "yes", "yes", "no", "no"];

describe("ODK Central", () => {
  const odata = {
    "@odata.context": "https://central.example/v1/projects/1/forms/redumbrella_record_v2.svc/$metadata#Submissions",
    value: [
      {
        __id: INSTANCE,
        __system: {
          submitterName: "field-phone-3",
          deviceId: "collect:abc",
          submissionDate: "2026-11-10T09:00:00.000Z",
          reviewState: null,
        },
        meta: { instanceID: INSTANCE, instanceName: "interview 2026-11-10 D1" },
        interview: { date: "2026-11-10", interviewerId: "D1", language: null, outcome: null },
        consent: {
          recordedBy: "signature",
          witnessId: null,
          givenOn: "2026-11-10",
          items: {
            statistics: { answer: "yes" },
            useWithoutName: { answer: "yes" },
            publicName: { answer: "no" },
            lawEnforcementComplaint: { answer: "no" },
          },
        },
        respondent: {
          gender: "female",
          age_declined: null,
          age: 27,
          ethnicity: "Uyghur",
          citizenship: "KZ",
          hasId: "declined",
          sexWorkVenues: "none",
        },
        general: { sexWorkCriminalised: "yes", expectedPenalty: "Штраф" },
        police: { rightsViolated: null },
        "incidents@odata.navigationLink": `Submissions('${INSTANCE}')/incidents`,
        incidents: [
          {
            __id: "f00d",
            id: "i1",
            date: "2026-09-14",
            "perpetrators@odata.navigationLink": "…",
            perpetrators: [{ __id: "beef", kind: "client" }],
            acts: "robbery",
          },
        ],
      },
    ],
  };

  it("OData JSON with $expand=*: groups nested, numbers typed, system fields dropped", () => {
    const { report, record } = only(JSON.stringify(odata));
    expect(report.format).toBe("odk-odata");
    expect(record).toEqual(EXPECTED);
    expect(report.dropped).toEqual(expect.arrayContaining(["__system/submitterName", "__system/deviceId", "__id", "meta/instanceName"]));
    expect(JSON.stringify(record)).not.toContain("field-phone-3");
  });

  it("OData JSON without $expand: the repeat left out is an issue, not a silent loss", () => {
    const { incidents: _, ...linked } = odata.value[0] as Record<string, unknown>;
    const report = importSubmissions(JSON.stringify({ value: [linked] }), { asOf: AS_OF });
    const [s] = report.submissions;
    expect(s?.success === false && s.issues.map((i) => [i.code, i.path.join("/")])).toEqual([["REPEAT_NOT_EXPANDED", "incidents"]]);
  });

  it("the CSV export's main sheet (group-question headers)", () => {
    const header = [
      "SubmissionDate",
      "interview-date",
      "interview-interviewerId",
      "consent-recordedBy",
      "consent-givenOn",
      "consent-items-statistics-answer",
      "consent-items-useWithoutName-answer",
      "consent-items-publicName-answer",
      "consent-items-lawEnforcementComplaint-answer",
      "respondent-gender",
      "respondent-age",
      "respondent-ethnicity",
      "respondent-citizenship",
      "respondent-hasId",
      "respondent-sexWorkVenues",
      "general-sexWorkCriminalised",
      "general-expectedPenalty",
      "meta-instanceID",
      "KEY",
      "SubmitterID",
      "SubmitterName",
      "DeviceID",
      "ReviewState",
    ];
    const row = [
      "2026-11-10T09:00:00.000Z",
      "2026-11-10",
      "D1",
      ...CONSENT_CSV,
      "female",
      "27",
      "Uyghur",
      "KZ",
      "declined",
      "none",
      "yes",
      '"Штраф"',
      INSTANCE,
      INSTANCE,
      "5",
      "field-phone-3",
      "collect:abc",
      "",
    ];
    const { report, record } = only(`${header.join(",")}\r\n${row.join(",")}\r\n`);
    expect(report.format).toBe("odk-csv");
    const { incidents: _, ...withoutRepeats } = EXPECTED;
    expect(record).toEqual(withoutRepeats);
    expect(report.dropped).toEqual(expect.arrayContaining(["SubmitterName", "DeviceID", "KEY"]));
  });
});

describe("KoboToolbox CSV", () => {
  it("semicolons, group/question headers, and the 0/1 column per choice of a multi-select", () => {
    const header = [
      "start",
      "end",
      "interview/date",
      "interview/interviewerId",
      "consent/recordedBy",
      "consent/givenOn",
      "consent/items/statistics/answer",
      "consent/items/useWithoutName/answer",
      "consent/items/publicName/answer",
      "consent/items/lawEnforcementComplaint/answer",
      "respondent/gender",
      "respondent/age",
      "respondent/ethnicity",
      "respondent/citizenship",
      "respondent/hasId",
      "respondent/sexWorkVenues",
      "respondent/sexWorkVenues/street",
      "respondent/sexWorkVenues/none",
      "general/sexWorkCriminalised",
      "general/expectedPenalty",
      "meta/instanceID",
      "_id",
      "_uuid",
      "_submission_time",
      "_submitted_by",
      "_index",
    ];
    const row = [
      "2026-11-10T10:00:00",
      "2026-11-10T10:30:00",
      "2026-11-10",
      "D1",
      ...CONSENT_CSV,
      "female",
      "27",
      "Uyghur",
      "KZ",
      "declined",
      "none",
      "0",
      "1",
      "yes",
      "Штраф",
      INSTANCE,
      "7",
      INSTANCE.slice(5),
      "2026-11-10T05:31:00",
      "alma_ngo_field",
      "1",
    ];
    const { report, record } = only(`\uFEFF${header.join(";")}\n${row.join(";")}\n`);
    expect(report.format).toBe("kobo-csv");
    const { incidents: _, ...withoutRepeats } = EXPECTED;
    expect(record).toEqual(withoutRepeats);
    expect(JSON.stringify(record)).not.toContain("alma_ngo_field");
  });
});

describe("submission XML", () => {
  const xml = `<?xml version="1.0"?>
<data xmlns:orx="http://openrosa.org/xforms" id="redumbrella_record_v2" version="2026120601">
  <interview><date>2026-11-10</date><interviewerId>D1</interviewerId><language/></interview>
  <consent><recordedBy>signature</recordedBy><givenOn>2026-11-10</givenOn>
    <items><statistics><answer>yes</answer></statistics><useWithoutName><answer>yes</answer></useWithoutName><publicName><answer>no</answer></publicName><lawEnforcementComplaint><answer>no</answer></lawEnforcementComplaint></items></consent>
  <respondent><gender>female</gender><age>27</age><ethnicity>Uyghur</ethnicity><citizenship>KZ</citizenship><hasId>declined</hasId><sexWorkVenues>none</sexWorkVenues></respondent>
  <general><sexWorkCriminalised>yes</sexWorkCriminalised><expectedPenalty>Штраф</expectedPenalty></general>
  <incidents><id>i1</id><date>2026-09-14</date><perpetrators><kind>client</kind></perpetrators><acts>robbery</acts></incidents>
  <orx:meta><orx:instanceID>${INSTANCE}</orx:instanceID></orx:meta>
</data>`;

  it("one instance, a repeat of one entry, namespaced meta", () => {
    const { report, record } = only(xml);
    expect(report.format).toBe("xml");
    expect(record).toEqual(EXPECTED);
  });

  it("malformed XML is an unreadable input, without quoting it", () => {
    expect(() => importSubmissions("<data><respondent>Aigul</data>", { file: "x.xml" })).toThrow(XlsformError);
    try {
      importSubmissions("<data><respondent>Aigul</data>", { file: "x.xml" });
    } catch (error) {
      expect((error as XlsformError).code).toBe("UNREADABLE_INPUT");
      expect((error as XlsformError).message).not.toContain("Aigul");
    }
  });
});

describe("format detection", () => {
  it.each([
    ['{"count":0,"results":[]}', undefined, "kobo-json"],
    ["[]", undefined, "kobo-json"],
    ['{"@odata.context":"x","value":[]}', undefined, "odk-odata"],
    ["<data/>", undefined, "xml"],
    ["[]", "odk", "odk-odata"],
    ["Respondent 12, Almaty", undefined, null],
    ["<data/>", "kobo", null],
  ] as const)("%s from %s is %s", (text, from, format) => {
    expect(detectFormat(text, from)).toBe(format);
  });
});
