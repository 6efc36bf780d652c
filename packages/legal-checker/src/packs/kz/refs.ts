import type { LawRef } from "../../law/registry.js";

/** The law entries the kz rules cite, by a short name. */
export const LAW = {
  abolition: { instrument: "KZ-ABOLITION-2001" },
  trafficking2013: { instrument: "KZ-TRAFFICKING-2013" },
  cao: { instrument: "KZ-CAO-2014" },
  cao449: { instrument: "KZ-CAO-2014", article: "449" },
  cao450: { instrument: "KZ-CAO-2014", article: "450" },
  cc: { instrument: "KZ-CC-2014" },
  cc134: { instrument: "KZ-CC-2014", article: "134" },
  cc308: { instrument: "KZ-CC-2014", article: "308" },
  cc309: { instrument: "KZ-CC-2014", article: "309" },
  health2009: { instrument: "KZ-HEALTH-2009" },
  health2020: { instrument: "KZ-HEALTH-2020" },
  constitution16: { instrument: "KZ-CONSTITUTION-1995", article: "16" },
  constitution77: { instrument: "KZ-CONSTITUTION-1995", article: "77" },
  iccpr7: { instrument: "UN-ICCPR", article: "7" },
  iccpr9: { instrument: "UN-ICCPR", article: "9" },
  iccpr15: { instrument: "UN-ICCPR", article: "15" },
  cat: { instrument: "UN-CAT" },
  crc34: { instrument: "UN-CRC", article: "34" },
} as const satisfies Record<string, LawRef>;
