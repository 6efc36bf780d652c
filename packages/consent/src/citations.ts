import { type FieldPath, fieldMeta } from "@redumbrella/questionnaire";
import type { ConsentItem, ObligationCode, ReasonCode, ReportSection } from "./vocabulary.js";

/** Where a reason or an obligation comes from: the paper form's places and the seed report's section. */
export interface Citation {
  /** The form's places, as the questionnaire numbers them: `C1`–`C4` the consent items, `C5` the signature line, `Q3` the age. */
  readonly form: readonly string[];
  /** The fields of record v1 those places are, e.g. `consent.statistics`. */
  readonly fields: readonly FieldPath[];
  /** The section of the seed report that grounds the rule, where one does. */
  readonly report?: ReportSection;
}

/** A citation as written in the data: fields, whose form numbers are read from the questionnaire's metadata. */
interface CitationSource {
  readonly fields: readonly FieldPath[];
  readonly report?: ReportSection;
}

/** The field of a consent item: `statistics` is `consent.statistics`. */
export const itemField = (item: ConsentItem): FieldPath => `consent.${item}`;

const C1 = itemField("statistics");
const C2 = itemField("useWithoutName");
const C3 = itemField("publicName");
const C4 = itemField("lawEnforcementComplaint");

/**
 * The source of each reason; `null` where none exists. `CONSENT_NOT_GIVEN` also cites the form item
 * of each item not given (added by `citeReason`).
 */
const REASON_SOURCES = {
  INVALID_REQUEST: null,
  INVALID_RECORD: null,
  // "They also talked about confidentiality for sex workers. It was crucial to ensure the safety of
  // the sex worker and of her answers to the questionnaire."
  NO_CONSENT_RECORD: { fields: ["consent.recordedBy"], report: "Data collection methodology" },
  NOT_YET_GIVEN: { fields: ["consent.givenOn"], report: "Data collection methodology" },
  // "If a police officer is reported on, this officer would start threatening the sex worker that
  // his/her case would not win anyway [...] or would be found possessing drugs."
  WITHDRAWN: { fields: ["consent.withdrawnOn"], report: "Data collection methodology" },
  // "This material is focused on and intended for adults who provide sexual services to adults
  // personally and with free will, who do not exploit or coerce others for these purposes."
  MINOR: { fields: ["respondent.age"], report: "Legal frameworks" },
  AGE_UNKNOWN: { fields: ["respondent.age"], report: "Legal frameworks" },
  // "We told them that all the data was confidential and that the third parties would not get hold of it."
  NO_CONSENT_ITEM: { fields: [C1, C2, C3, C4], report: "Data collection methodology" },
  CONSENT_NOT_GIVEN: { fields: [] },
  // "They accepted it, but after a while I started receiving threats [...] They detained me and made
  // me recall my complaint." A complaint filed on old consent may no longer be what she wants.
  CONSENT_STALE: { fields: [C4, "consent.givenOn"], report: "Collected survey data analysis" },
} as const satisfies { readonly [C in ReasonCode]: CitationSource | null };

/** The source of each obligation. */
const OBLIGATION_SOURCES = {
  // "Hence, it was decided that every documentator would be responsible for the collection of data,
  // for anonymity and that all the filled in questionnaires would be kept [...] strictly away from
  // the eyes of third parties."
  AGGREGATE_ONLY: { fields: [C1], report: "Data collection methodology" },
  SUPPRESS_SMALL_CELLS: { fields: [C1], report: "Data collection methodology" },
  // "«I never turned to court because I am sure that they will not help. [...]», - Lajla, 40 (name changed)."
  ANONYMISE: { fields: [C2], report: "Collected survey data analysis" },
  // "All the data collected from processing interview questionnaires is stored in a safe place and we
  // have taken appropriate measures to ensure the security and anonymity of data." (typos fixed)
  K_ANONYMITY: { fields: [C1, C2], report: "Data collection methodology" },
  // "It also talks about sex workers' fear to be identified by police or child custody and
  // guardianship authorities as doing sex work or using drugs [...]"
  REDACT_SENSITIVE: { fields: [C3], report: "Summary" },
  // "Sex workers do not turn to law enforcement bodies when their rights are violated, because they
  // are afraid that they will face even greater violence and persecution." (typo fixed)
  MINIMISE: { fields: [C4], report: "Summary" },
} as const satisfies { readonly [C in ObligationCode]: CitationSource };

function resolve(source: CitationSource, extra: readonly FieldPath[] = []): Citation {
  const fields = [...new Set([...source.fields, ...extra])];
  const form = [...new Set(fields.map((f) => fieldMeta(f)?.question).filter((q): q is string => typeof q === "string"))];
  const citation = source.report === undefined ? { form, fields } : { form, fields, report: source.report };
  return Object.freeze({ ...citation, form: Object.freeze(form), fields: Object.freeze(fields) });
}

/** The citation of a reason; for `CONSENT_NOT_GIVEN`, the form items of `items` (the ones not given). */
export function citeReason(code: ReasonCode, items: readonly ConsentItem[] = []): Citation | undefined {
  const source: CitationSource | null = REASON_SOURCES[code];
  if (source === null) return undefined;
  return resolve(source, code === "CONSENT_NOT_GIVEN" ? items.map(itemField) : []);
}

/** The citation of an obligation. */
export function citeObligation(code: ObligationCode): Citation {
  return resolve(OBLIGATION_SOURCES[code]);
}
