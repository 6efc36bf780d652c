import type { InterviewRecord } from "@redumbrella/questionnaire";
import { type Dimension, type Fragment, renderLabel } from "../dimensions.js";
import type { Checked } from "../options.js";
import { type ReleasedRecord, releaseRecord } from "../released-record.js";
import { textRelease } from "../text-release.js";
import type { Encoded } from "./encode.js";
import type { Searched } from "./search.js";

/** The released records, before their pseudonyms, and how many kept texts were withheld. */
export interface Materialised {
  /** One per released record, in the order of `Searched.released`; `pid` is empty until pseudonymised. */
  readonly records: ReleasedRecord[];
  readonly textsWithheld: number;
}

/**
 * Stage 4, materialise: writes the released records at the chosen node, once — each dimension's
 * label rendered once per code and shared by the records holding it, free text dropped or scrubbed.
 * The records are written before any `await`, so nothing the caller changes later gets in; a
 * pseudonymised field holds its own value until the next stage.
 */
export function materialiseStage(
  consented: readonly InterviewRecord[],
  encoded: Encoded,
  searched: Searched,
  dims: readonly Dimension[],
  options: Checked,
): Materialised {
  const { levels, released } = searched;
  const fragmentCache = dims.map(() => new Map<number, Fragment>());
  const fragmentOf = (d: number, i: number): Fragment => {
    const enc = encoded.records.dims[d]!;
    const level = levels[d]!;
    const code = enc.up[level]![enc.base[i]!]!;
    let fragment = fragmentCache[d]!.get(code);
    if (fragment === undefined) {
      fragment = renderLabel(dims[d]!, enc.labels[level]![code]!);
      fragmentCache[d]!.set(code, fragment);
    }
    return fragment;
  };
  let textsWithheld = 0;
  const dropText = (): undefined => undefined;
  // One array of fragments serves every record: `releaseRecord` copies what it releases.
  const fragments: Fragment[] = [];
  const records = released.map((i) => {
    const record = consented[i] as InterviewRecord;
    const text = options.keepText ? textRelease(record, dims, () => void textsWithheld++) : dropText;
    for (let d = 0; d < dims.length; d++) fragments[d] = fragmentOf(d, i);
    return releaseRecord(record, { pid: "", fragments, text });
  });
  return { records, textsWithheld };
}
