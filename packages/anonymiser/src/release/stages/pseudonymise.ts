import { type InterviewRecord, valueAt } from "@redumbrella/questionnaire";
import type { Dimension } from "../dimensions.js";
import { AnonymiseError } from "../errors.js";
import { SUPPRESSED } from "../hierarchies.js";
import { keyFingerprint, LEDGER_VERSION, type ReleaseLedger, recordRelease } from "../ledger.js";
import type { Checked } from "../options.js";
import { hexOf, importReleaseKey, type PseudonymDomain, type PseudonymKey, pseudonymise } from "../pseudonym.js";
import type { ReleasedRecord } from "../released-record.js";

/** The pseudonym of each released record, and the ledger with this release recorded (when one was given). */
export interface Pseudonymised {
  readonly pids: readonly string[];
  readonly ledger?: ReleaseLedger;
}

/** Replaces the values of a pseudonymised field in the released records by their pseudonyms (a `*` stays). */
async function fillPseudonyms(
  out: readonly ReleasedRecord[],
  dim: Dimension,
  domain: PseudonymDomain,
  key: PseudonymKey,
  salt: string,
): Promise<void> {
  const parents = dim.keys.slice(0, -1);
  const holders = out.map((record) => valueAt(record, parents) as Record<string, unknown> | undefined);
  const field = dim.keys.at(-1) as string;
  const values = [...new Set(holders.map((h) => h?.[field]).filter((v): v is string => typeof v === "string" && v !== SUPPRESSED))].sort();
  const pseudonyms = new Map(
    zip(
      values,
      await pseudonymise(
        key,
        domain,
        values.map((v) => salt + v),
      ),
    ),
  );
  for (const holder of holders) {
    const value = holder?.[field];
    if (holder !== undefined && typeof value === "string" && value !== SUPPRESSED) holder[field] = pseudonyms.get(value) as string;
  }
}

const zip = <T, U>(a: readonly T[], b: readonly U[]): [T, U][] => a.map((x, i) => [x, b[i] as U]);

/**
 * Stage 5, pseudonymise: the record ids and every pseudonymised field (the interviewer's code) as
 * keyed pseudonyms (HMAC under the release key), written into the released records. Under a ledger,
 * the key must be the ledger's and this release is recorded in it; without one, a random salt of
 * this release goes into every pseudonym, so no two releases link.
 */
export async function pseudonymiseStage(
  out: readonly ReleasedRecord[],
  consented: readonly InterviewRecord[],
  released: readonly number[],
  levels: readonly number[],
  dims: readonly Dimension[],
  options: Checked,
): Promise<Pseudonymised> {
  const salt = options.ledger === undefined ? `${hexOf(crypto.getRandomValues(new Uint8Array(16)))}:` : "";
  const ids = released.map((i) => salt + (consented[i] as InterviewRecord).id.toLowerCase());
  const cryptoKey = await importReleaseKey(options.key);
  let ledger: ReleaseLedger | undefined;
  if (options.ledger !== undefined) {
    const fingerprint = await keyFingerprint(cryptoKey);
    const given: ReleaseLedger =
      options.ledger === "new" ? { schemaVersion: LEDGER_VERSION, keyFingerprint: fingerprint, levels: {}, releases: [] } : options.ledger;
    if (given.keyFingerprint !== fingerprint)
      throw new AnonymiseError("INVALID_OPTIONS", [{ code: "LEDGER_OTHER_KEY", path: ["ledger", "keyFingerprint"] }]);
    ledger = released.length === 0 ? given : recordRelease(given, { asOf: options.asOf, k: options.k, levels }, dims);
  }
  const pids = await pseudonymise(cryptoKey, "pid", ids);
  out.forEach((record, j) => {
    record.pid = pids[j] as string;
  });
  for (const dim of dims) {
    if (dim.hierarchy.pseudonym !== undefined) await fillPseudonyms(out, dim, dim.hierarchy.pseudonym, cryptoKey, salt);
  }
  return ledger === undefined ? { pids } : { pids, ledger };
}
