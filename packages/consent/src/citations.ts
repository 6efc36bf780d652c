import { type FieldPath, fieldMeta } from "@redumbrella/questionnaire";
import type { ConsentItem, ObligationCode, ReasonCode, ReportSection } from "./vocabulary.js";

/** Where a reason or an obligation comes from: the paper form's places, the seed report's section, and the law where one applies. */
export interface Citation {
  /** The form's places, as the questionnaire numbers them: `C1`–`C4` the consent items, `C5` the signature line, `Q3` the age. */
  readonly form: readonly string[];
  /** The fields of record v2 those places are, e.g. `consent.items.statistics.answer`. */
  readonly fields: readonly FieldPath[];
  /** The section of the seed report that grounds the rule, where one does. */
  readonly report?: ReportSection;
  /** The legal provisions the rule rests on, where one does more than the form: `UN CRC art. 19(2)`. */
  readonly law?: readonly string[];
}

/** A citation as written in the data: fields, whose form numbers are read from the questionnaire's metadata. */
interface CitationSource {
  readonly fields: readonly FieldPath[];
  readonly report?: ReportSection;
  readonly law?: readonly string[];
}

/** What of a consent item a reason rests on: its answer, or the day it was given or withdrawn. */
export type ItemPart = "answer" | "givenOn" | "withdrawnOn";

/** The field of a consent item's part: `statistics` is `consent.items.statistics.answer`. */
export const itemField = (item: ConsentItem, part: ItemPart = "answer"): FieldPath => `consent.items.${item}.${part}`;

const C1 = itemField("statistics");
const C2 = itemField("useWithoutName");
const C3 = itemField("publicName");
const C4 = itemField("lawEnforcementComplaint");

// A duty to protect a child from abuse and sexual exploitation, by identification, reporting and
// referral, which does not wait for the child's consent. Kazakhstan ratified the Convention in 1994.
const CHILD_PROTECTION = ["UN CRC art. 3(1)", "UN CRC art. 19(2)", "UN CRC art. 34"] as const;

/**
 * The source of each reason; `null` where none exists. A reason that names items also cites the
 * part of each item it rests on (`ITEM_PARTS`, added by `citeReason`).
 */
const REASON_SOURCES = {
  INVALID_REQUEST: null,
  INVALID_RECORD: null,
  // "Besides the 60 surveyed sex workers, 8 refused to participate after having seen the questionnaire,
  // because they didn't believed that the questions and data in the questionnaire were confidential."
  REFUSED_TO_TAKE_PART: { fields: ["interview.outcome"], report: "Data collection methodology" },
  // "They also talked about confidentiality for sex workers. It was crucial to ensure the safety of
  // the sex worker and of her answers to the questionnaire."
  NO_CONSENT_RECORD: { fields: ["consent.recordedBy"], report: "Data collection methodology" },
  NOT_YET_GIVEN: { fields: ["consent.givenOn"], report: "Data collection methodology" },
  // "If a police officer is reported on, this officer would start threatening the sex worker that
  // his/her case would not win anyway [...] or would be found possessing drugs."
  WITHDRAWN: { fields: ["consent.withdrawnOn"], report: "Data collection methodology" },
  // "This material is focused on and intended for adults who provide sexual services to adults
  // personally and with free will, who do not exploit or coerce others for these purposes."
  MINOR: { fields: ["respondent.age"], report: "Legal frameworks", law: CHILD_PROTECTION },
  AGE_UNKNOWN: { fields: ["respondent.age"], report: "Legal frameworks" },
  // "[...] any act connected to child prostitution, use of minors for any type of sexual needs [...]
  // are unacceptable under any circumstances." The referral exists to protect a child, and only a child.
  NOT_A_MINOR: { fields: ["respondent.age"], report: "Legal frameworks", law: CHILD_PROTECTION },
  // "It was agreed that the documentator would ask the questions, write down the notes": with no
  // signature, a second documentator's word is what shows she agreed to be named outside.
  ORAL_CONSENT_UNWITNESSED: { fields: ["consent.recordedBy", "consent.witnessId"], report: "Data collection methodology" },
  // "We told them that all the data was confidential and that the third parties would not get hold of it."
  NO_CONSENT_ITEM: { fields: [C1, C2, C3, C4], report: "Data collection methodology" },
  CONSENT_NOT_GIVEN: { fields: [] },
  ITEM_NOT_YET_GIVEN: { fields: ["consent.givenOn"], report: "Data collection methodology" },
  // "They detained me and made me recall my complaint." She may take back one item and keep the others.
  ITEM_WITHDRAWN: { fields: [], report: "Collected survey data analysis" },
  // "They accepted it, but after a while I started receiving threats [...] They detained me and made
  // me recall my complaint." A complaint filed on old consent may no longer be what she wants.
  CONSENT_STALE: { fields: ["consent.givenOn"], report: "Collected survey data analysis" },
  // "[...] sex workers' fear to be identified by police or child custody and guardianship authorities":
  // her name in public while refusing even anonymous use is more likely a slip than a wish, so it is asked again.
  CONTRADICTORY_CONSENT: { fields: [C1, C2], report: "Summary" },
} as const satisfies { readonly [C in ReasonCode]: CitationSource | null };

/** The part of each named item a reason cites: the answer not given, the day not yet reached, the withdrawal. */
const ITEM_PARTS: { readonly [C in ReasonCode]?: readonly ItemPart[] } = {
  CONSENT_NOT_GIVEN: ["answer"],
  ITEM_NOT_YET_GIVEN: ["givenOn"],
  ITEM_WITHDRAWN: ["withdrawnOn"],
  CONSENT_STALE: ["givenOn"],
  CONTRADICTORY_CONSENT: ["answer", "givenOn"],
};

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
  // "A number of international norms and Kazakhstan legislation fully prohibit child prostitution [...]":
  // a child's record serves her protection, never a case against her.
  CHILD_PROTECTION_ONLY: { fields: ["respondent.age"], report: "Legal frameworks", law: CHILD_PROTECTION },
} as const satisfies { readonly [C in ObligationCode]: CitationSource };

function resolve(source: CitationSource, extra: readonly FieldPath[] = []): Citation {
  const fields = [...new Set([...extra, ...source.fields])];
  const form = [...new Set(fields.map((f) => fieldMeta(f)?.question).filter((q): q is string => typeof q === "string"))].sort();
  const citation: Citation = { form: Object.freeze(form), fields: Object.freeze(fields) };
  return Object.freeze({
    ...citation,
    ...(source.report === undefined ? {} : { report: source.report }),
    ...(source.law === undefined ? {} : { law: Object.freeze([...source.law]) }),
  });
}

/** The citation of a reason; for a reason that names `items`, the form items and the part of each it rests on. */
export function citeReason(code: ReasonCode, items: readonly ConsentItem[] = []): Citation | undefined {
  const source: CitationSource | null = REASON_SOURCES[code];
  if (source === null) return undefined;
  const parts = ITEM_PARTS[code] ?? [];
  return resolve(
    source,
    items.flatMap((item) => parts.map((part) => itemField(item, part))),
  );
}

/** The citation of an obligation. */
export function citeObligation(code: ObligationCode): Citation {
  return resolve(OBLIGATION_SOURCES[code]);
}
