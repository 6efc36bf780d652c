/**
 * A mark the toolkit stamps on the objects whose origin matters (an error, a consent policy), read
 * the same by every copy of the packages — the ESM and the CJS build loaded side by side, two
 * installs — because its key is a registered symbol, never a module's own `WeakSet` or class.
 */
export interface Brand {
  /** The registered symbol: `Symbol.for("@redumbrella/consent-policy@2")`. */
  readonly key: symbol;
  /**
   * Stamps `value` with a non-enumerable, read-only property (JSON, spreading and deep equality do
   * not see it) and returns it. Stamp at creation: a frozen object cannot be stamped.
   */
  stamp<TValue extends object>(value: TValue): TValue;
  /** Whether `value` carries the stamp as its own property (a copy made by spreading does not). */
  has(value: unknown): boolean;
}

/**
 * Defines the brand of one kind of object, keyed `@redumbrella/<kind>@<major>`: a new major of the
 * object's format is a new brand, so a copy of the toolkit never takes another major's objects.
 *
 * @example
 * import { defineBrand } from "@redumbrella/questionnaire";
 *
 * const TEMPLATE_BRAND = defineBrand("letter-template", 1);
 * const template = Object.freeze(TEMPLATE_BRAND.stamp({ version: "1", body: "…" }));
 * TEMPLATE_BRAND.has(template); // true, in the CJS and the ESM build alike
 * TEMPLATE_BRAND.has({ ...template }); // false
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineBrand(kind: string, major?: number): Brand {
  const key = Symbol.for(major === undefined ? `@redumbrella/${kind}` : `@redumbrella/${kind}@${major}`);
  return {
    key,
    stamp(value) {
      Object.defineProperty(value, key, { value: true });
      return value;
    },
    has(value) {
      return typeof value === "object" && value !== null && Object.getOwnPropertyDescriptor(value, key)?.value === true;
    },
  };
}

/**
 * Recognises the objects of one kind that a copy of the toolkit made: stamped with `brand`, frozen,
 * and valid by `isValid` (the structure this copy reads, so a stamped object from another version or
 * a forged stamp on a bad object is refused). Each object is validated once: being frozen, it stays
 * valid.
 *
 * @example
 * import { defineBrand, recogniser } from "@redumbrella/questionnaire";
 *
 * interface Template {
 *   readonly version: "1";
 *   readonly body: string;
 * }
 * const TEMPLATE_BRAND = defineBrand("letter-template", 1);
 * const isTemplate = recogniser<Template>(TEMPLATE_BRAND, (value) => (value as Partial<Template>).version === "1");
 * isTemplate(Object.freeze(TEMPLATE_BRAND.stamp({ version: "1", body: "…" }))); // true
 * isTemplate({ version: "1", body: "…" }); // false: not made by the toolkit
 */
export function recogniser<T extends object>(brand: Brand, isValid: (value: object) => boolean): (value: unknown) => value is T {
  const known = new WeakSet<object>();
  return (value: unknown): value is T => {
    if (typeof value !== "object" || value === null) return false;
    if (known.has(value)) return true;
    if (!brand.has(value) || !Object.isFrozen(value) || !isValid(value)) return false;
    known.add(value);
    return true;
  };
}
