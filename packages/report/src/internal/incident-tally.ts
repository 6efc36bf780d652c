import { type InterviewRecord, pathKeys } from "@redumbrella/questionnaire";
import { BASE_PREFIX, INCIDENT_TABLES, type IncidentTableKey, type IncidentTableSpec, incidentRows } from "../incident-layout.js";

// Counting the incident tables: per respondent, the set of rows her incidents (or their complaints)
// give, each row counted once for her.

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/**
 * Every value at a path below an item, `[]` steps and a final list flattened:
 * `perpetrators[].kind` of an incident gives one kind per perpetrator.
 */
function valuesReader(path: string): (item: unknown) => unknown[] {
  const steps = pathKeys(path).map((key) => (key.endsWith("[]") ? { key: key.slice(0, -2), list: true } : { key, list: false }));
  return (item) => {
    let values: unknown[] = [item];
    for (const { key, list } of steps) {
      const next: unknown[] = [];
      for (const v of values) {
        const x = isObject(v) ? v[key] : undefined;
        if (x === undefined) continue;
        if (list) {
          if (Array.isArray(x)) next.push(...(x as unknown[]));
        } else next.push(x);
      }
      values = next;
    }
    return values.flatMap((v) => (Array.isArray(v) ? (v as unknown[]) : [v]));
  };
}

/** The month of an incident as a row: `YYYY-MM`, or `yearOnly` when its date is known only to the year. */
function monthOf(incident: unknown): string | undefined {
  if (!isObject(incident) || typeof incident.date !== "string") return undefined;
  return incident.datePrecision === "year" ? "yearOnly" : incident.date.slice(0, 7);
}

/** The true counts of one table of incidents: fixed rows by index, months by name. */
export interface IncidentCounts {
  readonly keys: readonly string[];
  readonly cells: number[];
  readonly others: Map<string, number>;
}

/** The true counts of the incident tables, for the respondents counted. */
export interface IncidentTally {
  respondents: number;
  complainants: number;
  incidents: number;
  readonly tables: { readonly [K in IncidentTableKey]: IncidentCounts };
}

type RowsOf = (items: readonly unknown[]) => Set<string>;

function rowsOf(spec: IncidentTableSpec): RowsOf {
  if (spec.kind === "months") return (items) => new Set(items.flatMap((i) => monthOf(i) ?? []));
  const read = valuesReader(spec.field.slice(BASE_PREFIX[spec.base].length));
  if (spec.kind === "yesNo") {
    return (items) => {
      const values = items.flatMap(read);
      return new Set([values.includes(true) ? "yes" : values.includes(false) ? "no" : "notRecorded"]);
    };
  }
  return (items) => {
    const rows = new Set(items.flatMap(read).filter((v): v is string => typeof v === "string"));
    return rows.size === 0 ? new Set(["notRecorded"]) : rows;
  };
}

const TABLES = (Object.keys(INCIDENT_TABLES) as IncidentTableKey[]).map((key) => {
  const spec: IncidentTableSpec = INCIDENT_TABLES[key];
  return { key, base: spec.base, keys: incidentRows(spec), rows: rowsOf(spec) };
});

/** An empty tally of incidents. */
export function emptyIncidentTally(): IncidentTally {
  const tables = Object.fromEntries(
    TABLES.map(({ key, keys }) => [key, { keys, cells: keys.map(() => 0), others: new Map<string, number>() }]),
  );
  return { respondents: 0, complainants: 0, incidents: 0, tables: tables as unknown as IncidentTally["tables"] };
}

/** Adds one counted respondent's incidents to the tally. */
export function countIncidents(tally: IncidentTally, record: InterviewRecord): void {
  const incidents = record.incidents;
  if (incidents === undefined || incidents.length === 0) return;
  tally.respondents++;
  tally.incidents += incidents.length;
  const complaints = incidents.flatMap((i) => i.complaints ?? []);
  if (complaints.length > 0) tally.complainants++;
  for (const { key, base, keys, rows } of TABLES) {
    const items = base === "incident" ? incidents : complaints;
    if (items.length === 0) continue;
    const counts = tally.tables[key];
    for (const row of rows(items)) {
      const i = keys.indexOf(row);
      if (i !== -1) counts.cells[i] = (counts.cells[i] as number) + 1;
      else counts.others.set(row, (counts.others.get(row) ?? 0) + 1);
    }
  }
}
