import { decide, type ReasonCode } from "@redumbrella/consent";
import { type InterviewRecord, isRefusal, safeParseRecord } from "@redumbrella/questionnaire";
import { AnonymiseError } from "../errors.js";
import { type Checked, isDate } from "../options.js";

/** The records consent allows, and how many it excluded, by reason. */
export interface Consented {
  /** The records allowed, as record v2, in the input's order. */
  readonly records: readonly InterviewRecord[];
  readonly excluded: number;
  readonly byReason: ReadonlyMap<ReasonCode, number>;
}

/**
 * Refuses a release as of a day before a withdrawal recorded in the records (known on
 * `validatedOn`) took effect: a day in the past reproduces a report, it never revives a withdrawal.
 */
function refuseRevivedWithdrawals(records: readonly unknown[], options: Checked): void {
  let count = 0;
  let latest = "";
  for (const record of records) {
    const withdrawnOn = (record as { consent?: { withdrawnOn?: unknown } } | null)?.consent?.withdrawnOn;
    if (!isDate(withdrawnOn) || withdrawnOn > options.validatedOn || withdrawnOn <= options.asOf) continue;
    count++;
    if (withdrawnOn > latest) latest = withdrawnOn;
  }
  if (count > 0) {
    throw new AnonymiseError("AS_OF_BEFORE_WITHDRAWAL", [
      { code: "AS_OF_BEFORE_WITHDRAWAL", path: ["asOf"], params: { asOf: options.asOf, count, latest } },
    ]);
  }
}

/** A record v1 is released as record v2: upgraded as the parser upgrades it (it was just validated). */
function asVersion2(input: unknown, validatedOn: string): InterviewRecord {
  if ((input as { schemaVersion?: unknown }).schemaVersion !== 1) return input as InterviewRecord;
  const parsed = safeParseRecord(input, { asOf: validatedOn });
  if (!parsed.success || isRefusal(parsed.data)) throw new Error("unreachable: a consented record is a valid interview");
  return parsed.data;
}

/**
 * Stage 1, consent: the records whose consent allows an anonymised dataset on `asOf`, the others
 * counted by reason. `decide` validates each record, so an allowed one is a valid record as given.
 * Throws when `asOf` would revive a withdrawal.
 */
export function consentStage(records: readonly unknown[], options: Checked): Consented {
  refuseRevivedWithdrawals(records, options);
  const consented: InterviewRecord[] = [];
  const byReason = new Map<ReasonCode, number>();
  let excluded = 0;
  for (const input of records) {
    const decision = decide(input, "anonymisedDataset", { asOf: options.asOf, validatedOn: options.validatedOn });
    if (decision.allowed) {
      consented.push(asVersion2(input, options.validatedOn));
      continue;
    }
    excluded++;
    for (const reason of decision.reasons) byReason.set(reason.code, (byReason.get(reason.code) ?? 0) + 1);
  }
  return { records: consented, excluded, byReason };
}
