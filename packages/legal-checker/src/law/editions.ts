import type { Charge, IsoDate } from "@redumbrella/questionnaire";
import type { CodeEditionEntry, Pack } from "../engine/pack.js";
import { checkEditions } from "../engine/pack-shape.js";
import { findEntry, versionOn } from "./registry.js";

const NONE: readonly string[] = Object.freeze([]);

function ofCode(
  pack: Pick<Pack, "law">,
  editions: readonly CodeEditionEntry[],
  edition: Charge["codeEdition"],
  day: IsoDate,
): readonly string[] {
  for (const entry of editions) {
    if (edition !== undefined) {
      if (entry.edition === edition) return [entry.instrument];
      continue;
    }
    const instrument = findEntry(pack, entry.instrument);
    if (instrument !== undefined && versionOn(instrument, day) !== undefined) return [entry.instrument];
  }
  return NONE;
}

/**
 * The instruments a charge's article is read in on `day`: the edition of its code the paper names
 * (`codeEdition`), else the edition in force that day; for a charge of an unknown code, those of
 * both codes (an edition names its code: 1997 criminal, 2001 administrative). Empty when the pack
 * has no such edition, or none in force that day. Throws `LegalCheckerError` (`INVALID_OPTION`) for a
 * pack without readable `editions` or `law`.
 *
 * @example
 * import { chargeInstruments, kz } from "@redumbrella/legal-checker";
 *
 * chargeInstruments(kz, { code: "administrative" }, "2014-12-31"); // ["KZ-CAO-2001"]
 * chargeInstruments(kz, { code: "administrative", codeEdition: "2014" }, "2014-12-31"); // ["KZ-CAO-2014"]
 */
export function chargeInstruments(
  pack: Pick<Pack, "law" | "editions">,
  charge: Pick<Charge, "code" | "codeEdition">,
  day: IsoDate,
): readonly string[] {
  const editions = checkEditions(pack);
  if (charge.code !== "unknown") return ofCode(pack, editions[charge.code], charge.codeEdition, day);
  const administrative = ofCode(pack, editions.administrative, charge.codeEdition, day);
  const criminal = ofCode(pack, editions.criminal, charge.codeEdition, day);
  return administrative.length === 0 ? criminal : criminal.length === 0 ? administrative : [...administrative, ...criminal];
}
