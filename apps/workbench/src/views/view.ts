import type { Locale } from "@redumbrella/questionnaire";
import type { RefObject } from "preact";
import type { WorkingSet } from "../data/derive.js";
import type { Entry } from "../data/entries.js";
import type { Session } from "../vault/store.js";

/** What every view gets: the language, the day of use, the working set, the unlocked vault. */
export interface ViewProps {
  readonly locale: Locale;
  /** The day of use: consent is judged as of it. */
  readonly asOf: string;
  /** Today: records are validated as of it. */
  readonly validatedOn: string;
  readonly set: WorkingSet;
  readonly session: Session;
  /** The view's heading, focused when the view is chosen. */
  readonly heading: RefObject<HTMLHeadingElement | null>;
  /** Adds (or replaces, by key) entries of the working set, once they are stored. */
  readonly onEntries: (entries: readonly Entry[]) => void;
}
