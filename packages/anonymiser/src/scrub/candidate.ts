import type { EntityType } from "./types.js";

/** A span a rule proposes; overlaps are settled by `priority` (lower wins), then by length. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly priority: number;
}

/** How sure each kind of rule is, when two propose overlapping spans: lower wins. */
export const PRIORITY = {
  urlWithScheme: 0,
  email: 1,
  iban: 1,
  url: 2,
  handle: 2,
  card: 3,
  iin: 3,
  passport: 3,
  phone: 4,
  dob: 4,
  docnum: 5,
  plate: 6,
  address: 7,
  name: 8,
} as const;
