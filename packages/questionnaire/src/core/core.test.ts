import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineBrand, recogniser } from "./brand.js";
import { catalogueProblems, defineMessages, renderTemplate } from "./catalogue.js";
import { addDays, comparePeriod, dateOfDay, dayNumber, daysBetween, isCalendarDate, periodEnd } from "./dates.js";
import { formatPath, isRedumbrellaError, RedumbrellaError } from "./issue.js";
import { formatNumber, isLocale, LOCALES } from "./locale.js";
import { valueAt } from "./path.js";

const runs = { numRuns: Number(process.env.FC_NUM_RUNS ?? 100), seed: 13 };

describe("messages", () => {
  const book = defineMessages<"hello" | "plain">({
    en: { hello: "Hello, {name}: {n} records", plain: "Plain" },
    ru: { hello: "Здравствуйте, {name}: записей {n}", plain: "Просто" },
    kk: { hello: "Сәлем, {name}: {n} жазба", plain: "Жай" },
  });

  it("renders a key in each language, with its params", () => {
    expect(book.format("hello", { name: "D2", n: 3 })).toBe("Hello, D2: 3 records");
    expect(book.format("hello", { name: "D2", n: 3 }, "kk")).toBe("Сәлем, D2: 3 жазба");
    expect(book.format("plain", {}, "ru")).toBe("Просто");
  });

  it("leaves a placeholder without a param as written, and a made-up key as is", () => {
    expect(book.format("hello", { name: "D2" })).toBe("Hello, D2: {n} records");
    expect(book.format("nope" as "plain")).toBe("nope");
    expect(renderTemplate("{toString} {constructor}", {})).toBe("{toString} {constructor}");
  });

  it("finds every gap in a set of catalogues", () => {
    const broken = {
      catalogues: {
        en: { a: "A {x}", b: "B" },
        ru: { a: "А {y}", b: "" },
        kk: { a: "Kazakh in Latin {x}" },
      },
    } as never;
    expect(catalogueProblems(broken)).toEqual([
      "ru.a: placeholders {y}, English has {x}",
      "ru.b: empty",
      "kk.a: no Cyrillic letter",
      "kk.b: missing",
    ]);
    expect(catalogueProblems(book)).toEqual([]);
  });
});

describe("locales", () => {
  it("are en, ru and kk", () => {
    expect(LOCALES).toEqual(["en", "ru", "kk"]);
    expect(isLocale("kk")).toBe(true);
    expect(isLocale("de")).toBe(false);
  });

  it("format numbers as each language writes them", () => {
    expect(formatNumber(12345.678, "en")).toBe("12,345.68");
    expect(formatNumber(12345.678, "ru").replace(/\s/gu, " ")).toBe("12 345,68");
    expect(formatNumber(0.5, "kk", 1)).toBe("0,5");
  });
});

describe("issues and errors", () => {
  it("formats paths as the spec writes them", () => {
    expect(formatPath(["charges", 0, "penalty", "kind"])).toBe("charges[0].penalty.kind");
    expect(formatPath([])).toBe("");
  });

  it("carry code, issues and cause, and are recognised by brand", () => {
    class PkgError extends RedumbrellaError<"BAD"> {
      override readonly name = "PkgError";
    }
    const cause = new Error("inner");
    const error = new PkgError("BAD", [{ code: "X", path: ["a", 1], message: "broken" }], { cause });
    expect(error.message).toBe("BAD: a[1]: broken");
    expect(error.cause).toBe(cause);
    expect(isRedumbrellaError(error)).toBe(true);
    expect(isRedumbrellaError(new Error("BAD"))).toBe(false);
    expect(isRedumbrellaError({ code: "BAD", issues: [] })).toBe(false);
  });
});

describe("brands", () => {
  const brand = defineBrand("thing", 3);

  it("are registered symbols, one per kind and major, so every copy of a package reads them", () => {
    expect(brand.key).toBe(Symbol.for("@redumbrella/thing@3"));
    expect(defineBrand("thing", 3).has(brand.stamp({}))).toBe(true);
    expect(defineBrand("thing", 2).has(brand.stamp({}))).toBe(false);
    expect(defineBrand("error").key).toBe(Symbol.for("@redumbrella/error"));
  });

  it("are invisible to JSON, spreading and deep equality, and cannot be stamped on a frozen object", () => {
    const stamped = brand.stamp({ a: 1 });
    expect(JSON.stringify(stamped)).toBe('{"a":1}');
    expect(stamped).toEqual({ a: 1 });
    expect(brand.has({ ...stamped })).toBe(false);
    expect(brand.has(Object.create(stamped))).toBe(false);
    expect(() => brand.stamp(Object.freeze({}))).toThrow(TypeError);
  });

  it("recognise an object only when stamped, frozen and valid", () => {
    const isThing = recogniser<{ n: number }>(brand, (value) => typeof (value as { n?: unknown }).n === "number");
    expect(isThing(Object.freeze(brand.stamp({ n: 1 })))).toBe(true);
    expect(isThing(Object.freeze({ n: 1 }))).toBe(false);
    expect(isThing(brand.stamp({ n: 1 }))).toBe(false);
    expect(isThing(Object.freeze(brand.stamp({ n: "1" })))).toBe(false);
    expect(isThing(Object.freeze(defineBrand("thing", 2).stamp({ n: 1 })))).toBe(false);
    for (const value of [null, undefined, "thing", 3]) expect(isThing(value)).toBe(false);
  });
});

describe("paths", () => {
  it("read a value at a dotted path or keys, undefined where a step is missing", () => {
    const record = { police: { detention: { fine: { amount: 5 } } }, charges: [{ code: "criminal" }] };
    expect(valueAt(record, "police.detention.fine.amount")).toBe(5);
    expect(valueAt(record, ["charges", 0, "code"])).toBe("criminal");
    expect(valueAt(record, "police.nothing.here")).toBeUndefined();
    expect(valueAt(null, "a")).toBeUndefined();
    expect(valueAt("text", "length.x")).toBeUndefined();
  });
});

describe("dates", () => {
  it("know the calendar", () => {
    expect(isCalendarDate("2016-02-29")).toBe(true);
    expect(isCalendarDate("2015-02-29")).toBe(false);
    expect(isCalendarDate("1899-12-31")).toBe(false);
    expect(Number.isNaN(dayNumber("2015-13-01"))).toBe(true);
    expect(daysBetween("2014-12-31", "2015-01-01")).toBe(1);
    expect(addDays("2015-01-01", -1)).toBe("2014-12-31");
    expect(periodEnd("2016-02-01", "month")).toBe("2016-02-29");
    expect(periodEnd("2015-01-01", "year")).toBe("2015-12-31");
  });

  it("compare a period with a day: before, overlapping or after", () => {
    expect(comparePeriod("2014-01-01", "year", "2015-01-01")).toBe("before");
    expect(comparePeriod("2014-12-01", "month", "2014-12-15")).toBe("overlaps");
    expect(comparePeriod("2015-01-02", "day", "2015-01-01")).toBe("after");
  });

  it("round-trip every day between 1900 and 2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber("1900-01-01"), max: dayNumber("2100-12-31") }), (day) => {
        const date = dateOfDay(day);
        expect(isCalendarDate(date)).toBe(true);
        expect(dayNumber(date)).toBe(day);
      }),
      runs,
    );
  });
});
