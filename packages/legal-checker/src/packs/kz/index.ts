import type { Pack } from "../../engine/pack.js";
import { KZ_LAW } from "./articles.js";
import { KZ_RULES } from "./rules.js";

/**
 * The Kazakhstan pack: the law of the seed report as dated data and its rules. The default pack of
 * `checkRecord`.
 *
 * @example
 * checkRecord(record, { pack: kz });
 */
export const kz: Pack = {
  id: "kz",
  name: { en: "Kazakhstan", ru: "Казахстан", kk: "Қазақстан" },
  law: KZ_LAW,
  // A bare article number on a charge is read as an article of the code in force since 2015.
  articleInstruments: { administrative: ["KZ-CAO-2014"], criminal: ["KZ-CC-2014"], unknown: ["KZ-CAO-2014", "KZ-CC-2014"] },
  // The spec: detention is absent when never detained, the fine when none was paid; a charge without a penalty has none recorded.
  noneWhenAbsent: ["police.detention", "police.detention.fine", "charge.penalty"],
  unknownValues: { "charge.code": ["unknown"] },
  rules: KZ_RULES,
};
