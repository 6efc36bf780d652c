import type { Pack } from "../../engine/pack.js";
import { KZ_LAW } from "./articles.js";
import { KZ_RULES } from "./rules.js";

/**
 * The Kazakhstan pack: the law of the seed report as dated data and its rules. The default pack of
 * `checkRecord`.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { checkRecord, kz } from "@redumbrella/legal-checker";
 * import { isRefusal, parseRecord } from "@redumbrella/questionnaire";
 *
 * const record = parseRecord(JSON.parse(readFileSync("record.json", "utf8")));
 * if (!isRefusal(record)) checkRecord(record, { pack: kz });
 */
export const kz: Pack = {
  id: "kz",
  name: { en: "Kazakhstan", ru: "Казахстан", kk: "Қазақстан" },
  law: KZ_LAW,
  // A charge's article is read in the edition its paper names, else in the one in force on its day: the 2014 codes replaced those of 1997 and 2001 on 2015-01-01.
  editions: {
    administrative: [
      { edition: "2001", instrument: "KZ-CAO-2001" },
      { edition: "2014", instrument: "KZ-CAO-2014" },
    ],
    criminal: [
      { edition: "1997", instrument: "KZ-CC-1997" },
      { edition: "2014", instrument: "KZ-CC-2014" },
    ],
  },
  // The spec: detention is absent when never detained, the fine when none was paid; a charge without a penalty has none recorded.
  // In an incident, an absent list of acts holds none (as an empty one); absent detention, payments or complaints: none recorded.
  noneWhenAbsent: [
    "police.detention",
    "police.detention.fine",
    "charge.penalty",
    "incident.acts",
    "incident.detention",
    "incident.payments",
    "incident.complaints",
  ],
  unknownValues: { "charge.code": ["unknown"] },
  rules: KZ_RULES,
};
