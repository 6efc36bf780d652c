import { describe, expect, it } from "vitest";
import { kz } from "../packs/kz/index.js";
import { lookupArticle, normaliseArticle } from "./registry.js";

describe("lookupArticle — the law as it stood on the day", () => {
  it("art. 449 of the 2014 Code: not in force on 2014-12-31, in force from 2015-01-01 (“In January 1, 2015, Kazakhstan adopted Article 449”)", () => {
    expect(lookupArticle(kz, "KZ-CAO-2014", "449", "2014-12-31")).toMatchObject({ status: "notInForce", reason: "instrumentNotInForce" });
    const found = lookupArticle(kz, "KZ-CAO-2014", "449", "2015-01-01");
    expect(found).toMatchObject({
      status: "inForce",
      entry: { id: "kz.cao-2014.449" },
      version: { inForce: { from: "2015-01-01" }, basis: "seed" },
    });
  });

  it("the KSSR rule: in force on 2001-01-29, no longer on 2001-01-30; not yet before 1987-07-13", () => {
    expect(lookupArticle(kz, "KZ-KSSR-1987", undefined, "2001-01-29").status).toBe("inForce");
    expect(lookupArticle(kz, "KZ-KSSR-1987", undefined, "2001-01-30")).toMatchObject({ status: "notInForce", reason: "noLongerInForce" });
    expect(lookupArticle(kz, "KZ-KSSR-1987", undefined, "1987-07-12")).toMatchObject({ status: "notInForce", reason: "notYetInForce" });
    expect(lookupArticle(kz, "KZ-ABOLITION-2001", undefined, "2001-01-30").status).toBe("inForce");
  });

  it("says explicitly when it does not know the instrument or the article", () => {
    expect(lookupArticle(kz, "KZ-CC-1959", "270", "2010-01-01")).toEqual({ status: "notInForce", reason: "unknownInstrument" });
    expect(lookupArticle(kz, "KZ-CC-1997", "270", "2010-01-01").status).toBe("inForce");
    expect(lookupArticle(kz, "KZ-CC-1997", "270", "2015-01-01")).toMatchObject({ status: "notInForce", reason: "instrumentNotInForce" });
    expect(lookupArticle(kz, "KZ-CC-2014", "296", "2016-01-01")).toEqual({ status: "notInForce", reason: "unknownArticle" });
  });

  it("reads the article number as papers write it", () => {
    expect(normaliseArticle("ст. 449 ч. 1")).toBe("449");
    expect(normaliseArticle("Art. 450")).toBe("450");
    expect(normaliseArticle("434-1")).toBe("434-1");
    expect(normaliseArticle("часть первая")).toBeUndefined();
    expect(lookupArticle(kz, "KZ-CC-2014", "ст. 309 ч. 2", "2016-01-01").status).toBe("inForce");
  });
});
