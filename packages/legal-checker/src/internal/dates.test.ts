import { describe, expect, it } from "vitest";
import { nextDay, periodEnd, representativeDays } from "./dates.js";

describe("dates", () => {
  it("the day after the last day in force is the first day out of force", () => {
    expect(nextDay("2001-01-29")).toBe("2001-01-30");
    expect(nextDay("2014-12-31")).toBe("2015-01-01");
    expect(nextDay("2016-02-28")).toBe("2016-02-29");
  });

  it("a month or a year stands for all its days, leap days included", () => {
    expect(periodEnd("2016-02-01", "month")).toBe("2016-02-29");
    expect(periodEnd("2015-02-01", "month")).toBe("2015-02-28");
    expect(periodEnd("2001-01-01", "year")).toBe("2001-12-31");
    expect(periodEnd("2001-01-30", "day")).toBe("2001-01-30");
  });

  it("a period is judged on its first day and on each breakpoint inside it", () => {
    const breakpoints = ["1987-07-13", "2001-01-30", "2013-07-04", "2015-01-01"];
    expect(representativeDays("2001-01-01", "2001-12-31", breakpoints)).toEqual(["2001-01-01", "2001-01-30"]);
    expect(representativeDays("2015-01-01", "2015-12-31", breakpoints)).toEqual(["2015-01-01"]);
    expect(representativeDays("2014-12-31", "2014-12-31", breakpoints)).toEqual(["2014-12-31"]);
  });
});
