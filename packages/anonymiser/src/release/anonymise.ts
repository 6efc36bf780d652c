import { REASON_CODES, type ReasonCode } from "@redumbrella/consent";
import { type Dimension, dimensions } from "./dimensions.js";
import type { ReleaseLedger } from "./ledger.js";
import { type AnonymiseOptions, type Checked, checkArguments } from "./options.js";
import type { ReleasedRecord } from "./released-record.js";
import type { ChosenLevel, ReleaseReport, ReleaseWarning } from "./report.js";
import { type Consented, consentStage } from "./stages/consent.js";
import { encodeStage } from "./stages/encode.js";
import { materialiseStage } from "./stages/materialise.js";
import { orderStage } from "./stages/order.js";
import { pseudonymiseStage } from "./stages/pseudonymise.js";
import { type Searched, searchStage } from "./stages/search.js";

export type { AnonymiseOptions } from "./options.js";

/** The released records, in the order of their pseudonyms, the report of the release, and the ledger with it (when one was given). */
export interface AnonymiseResult {
  readonly records: ReleasedRecord[];
  readonly report: ReleaseReport;
  /** The ledger given, with this release recorded (unchanged when nothing was released); absent without one. */
  readonly ledger?: ReleaseLedger;
}

/**
 * Releases the records whose consent allows an anonymised dataset on `asOf`, de-identified:
 * direct identifiers dropped, the record id and the interviewer's code replaced by keyed
 * pseudonyms, each quasi-identifier and each fact the police hold generalised along its hierarchy
 * to the least-loss levels under which every group of records alike in all of them has at least k
 * records and answers no sensitive question `true` as a whole (and has ℓ different answers, if
 * asked), suppressing at most `maxSuppression` of them, never finer than its `ledger`, and free
 * text dropped (or scrubbed, with `keepText`). Deterministic under a ledger: the same records, key
 * and ledger give the same release, byte for byte. Rejects with `AnonymiseError` for bad arguments
 * and for an `asOf` before a withdrawal recorded in the records took effect.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { anonymise, formatReleaseReport } from "@redumbrella/anonymiser";
 *
 * const input: unknown[] = JSON.parse(readFileSync("records.json", "utf8"));
 * const key = crypto.getRandomValues(new Uint8Array(32));
 * const { records, report, ledger } = await anonymise(input, { asOf: "2026-11-28", key, k: 5, ledger: "new" });
 * console.log(formatReleaseReport(report, "en")); // keep `ledger` (JSON) for the next release
 */
export async function anonymise(records: readonly unknown[], options: AnonymiseOptions): Promise<AnonymiseResult> {
  const checked = checkArguments(records, options);
  const dims = dimensions();
  const consented = consentStage(records, checked);
  const encoded = encodeStage(consented.records, dims, checked);
  const searched = searchStage(encoded, dims, checked);
  const materialised = materialiseStage(consented.records, encoded, searched, dims, checked);
  const { pids, ledger } = await pseudonymiseStage(
    materialised.records,
    consented.records,
    searched.released,
    searched.levels,
    dims,
    checked,
  );
  const ordered = orderStage(pids).map((j) => materialised.records[j] as ReleasedRecord);
  const report = releaseReport(records.length, checked, consented, searched, materialised.textsWithheld, dims);
  return ledger === undefined ? { records: ordered, report } : { records: ordered, report, ledger };
}

/** What the release did, from what each stage returned. */
function releaseReport(
  input: number,
  checked: Checked,
  consented: Consented,
  searched: Searched,
  textsWithheld: number,
  dims: readonly Dimension[],
): ReleaseReport {
  const { k, lDiversity } = checked;
  const { result, levels, released, classes, smallest } = searched;
  const n = consented.records.length;
  const heights = dims.map((d) => d.height);
  const reasonCounts: Partial<Record<ReasonCode, number>> = {};
  for (const code of REASON_CODES) {
    const count = consented.byReason.get(code);
    if (count !== undefined) reasonCounts[code] = count;
  }
  const chosen = Object.fromEntries(
    dims.map((dim, d): [string, ChosenLevel] => [dim.path, { level: levels[d]!, height: dim.height, name: dim.levels[levels[d]!]! }]),
  ) as ReleaseReport["levels"];
  const ledger = checked.ledger === "new" ? undefined : checked.ledger;
  const warnings: ReleaseWarning[] = [];
  if (checked.ledger === undefined) warnings.push("UNLINKED_RELEASE");
  if (
    released.length > 0 &&
    ledger !== undefined &&
    ledger.releases.length > 0 &&
    dims.some((d, i) => (levels[i] as number) > (ledger.levels[d.path] ?? 0))
  ) {
    warnings.push("COARSER_THAN_LEDGER");
  }
  return {
    k,
    maxSuppression: checked.maxSuppression,
    ...(lDiversity === undefined ? {} : { lDiversity: { l: lDiversity.l, fields: [...lDiversity.fields] } }),
    notAllTrue: checked.notAllTrue,
    diversity: searched.diversity,
    keepText: checked.keepText,
    kReached: result.found,
    records: { input, consented: n, released: released.length, suppressed: n - released.length },
    excluded: { total: consented.excluded, byReason: reasonCounts },
    classes,
    smallestClass: smallest,
    averageClassSize: classes === 0 ? 0 : released.length / classes,
    risk: { max: smallest === 0 ? 0 : 1 / smallest, average: released.length === 0 ? 0 : classes / released.length },
    levels: chosen,
    generalised: {
      dimensions: dims.length,
      generalised: released.length === 0 ? 0 : levels.filter((l) => l > 0).length,
      suppressed: released.length === 0 ? 0 : levels.filter((l, d) => l === heights[d]).length,
    },
    pseudonyms: checked.ledger === undefined ? "perRelease" : "stable",
    warnings,
    informationLoss: result.found ? result.loss : n === 0 ? 0 : 1,
    textsWithheld,
    search: { nodes: heights.reduce((size, h) => size * (h + 1), 1), checked: result.checks },
  };
}
