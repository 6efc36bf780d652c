import { describe, expect, it } from "vitest";
import { representativeDays } from "./dates.js";

describe("dates", () => {
  it("a period is judged on its first day and on each breakpoint inside it", () => {
    const breakpoints = ["1987-07-13", "2001-01-30", "2013-07-04", "2015-01-01"];
    expect(representativeDays("2001-01-01", "2001-12-31", breakpoints)).toEqual(["2001-01-01", "2001-01-30"]);
    expect(representativeDays("2015-01-01", "2015-12-31", breakpoints)).toEqual(["2015-01-01"]);
    expect(representativeDays("2014-12-31", "2014-12-31", breakpoints)).toEqual(["2014-12-31"]);
  });
});
