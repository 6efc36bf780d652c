import * as z from "zod/mini";
import { declinedPath } from "./declined.js";
import { TIME_IN_SEX_WORK_V1 } from "./enums.js";
import { FIELDS, type FieldPath, type FieldSpec } from "./fields.js";
import { ChargeSchema, DetentionSchema, InterviewSchema, PoliceSchema, RecordShapeSchema, RespondentSchema } from "./record.js";

// Record v1 is read, never written: its shape is record v2's, less what v2 added, with v1's own
// consent block and Q11 bands. `upgradeRecord` turns it into v2.

/** The questions a respondent may decline in record v1. */
export const DECLINABLE_PATHS_V1: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set(
    (Object.keys(FIELDS) as FieldPath[]).filter(
      (p) => (FIELDS[p] as FieldSpec).declinable === true && (FIELDS[p] as FieldSpec).since === undefined,
    ),
  ))();

// Each schema is built in a function marked pure (a property read or a spread at the top level counts
// as a side effect): an app that never reads record v1 drops it.

/** The consent block of record v1: the form's four boxes as booleans, for the whole block at once. */
export const ConsentV1Schema = /* @__PURE__ */ (() => {
  const consent = RecordShapeSchema.shape.consent._zod.def.innerType.shape;
  return z.strictObject({
    statistics: z.boolean(),
    useWithoutName: z.boolean(),
    publicName: z.boolean(),
    lawEnforcementComplaint: z.boolean(),
    recordedBy: consent.recordedBy,
    givenOn: consent.givenOn,
    withdrawnOn: consent.withdrawnOn,
  });
})();

/** The shape of record v1 (`schemaVersion: 1`), as `record-v1.md` describes it, without its cross-field rules. */
export const RecordV1ShapeSchema = /* @__PURE__ */ (() => {
  const { outcome: _outcome, refusalReason: _refusalReason, ...interview } = InterviewSchema.shape;
  const { detained: _detained, detention: _detention, ...police } = PoliceSchema.shape;
  const { timesDetainedBox: _box, finePaid: _finePaid, ...detention } = DetentionSchema.shape;
  const { codeEdition: _codeEdition, incident: _incident, ...charge } = ChargeSchema.shape;
  return z.strictObject({
    schemaVersion: z.literal(1),
    id: RecordShapeSchema.shape.id,
    interview: z.strictObject(interview),
    consent: ConsentV1Schema,
    respondent: z.strictObject({ ...RespondentSchema.shape, timeInSexWork: z.optional(z.enum(TIME_IN_SEX_WORK_V1)) }),
    sexWorkCriminalised: RecordShapeSchema.shape.sexWorkCriminalised,
    expectedPenalty: RecordShapeSchema.shape.expectedPenalty,
    police: z.optional(z.strictObject({ ...police, detention: z.optional(z.strictObject(detention)) })),
    medical: RecordShapeSchema.shape.medical,
    charges: z.optional(z.array(z.strictObject(charge))),
    declined: z.optional(z.array(declinedPath(DECLINABLE_PATHS_V1))),
  });
})();

/** An interview record, version 1, as validated (before `upgradeRecord`). */
export type RecordV1 = z.output<typeof RecordV1ShapeSchema>;
