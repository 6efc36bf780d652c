import { AnonymiseError } from "./errors.js";

/** The key a release is pseudonymised under: at least 96 bits of secret bytes. */
export type ReleaseKey = Uint8Array | ArrayBuffer;

/** The fewest bytes a release key may have (96 bits). */
export const MIN_KEY_BYTES = 12;

/**
 * What a pseudonym stands for. Each domain prefixes the HMAC input (`pid:<id>`,
 * `interviewer:<code>`), so a record id and an interviewer code never share a pseudonym.
 */
export type PseudonymDomain = "pid" | "interviewer" | "ledger";

/** How many bytes of the HMAC a pseudonym keeps: 128 bits, written as 32 hex digits. */
const PSEUDONYM_BYTES = 16;
/** How many HMACs are computed at once: enough to keep WebCrypto busy, few enough to bound memory. */
const BATCH = 4096;

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));

/** Bytes as lowercase hex digits. */
export const hexOf = (bytes: Uint8Array): string => Array.from(bytes, (b) => HEX[b] as string).join("");
const encoder = new TextEncoder();

/** Whether a value is a `Uint8Array` or an `ArrayBuffer`, from this realm or another (a worker, an iframe). */
export function isKeyBytes(value: unknown): value is ReleaseKey {
  const tag = Object.prototype.toString.call(value);
  return tag === "[object Uint8Array]" || tag === "[object ArrayBuffer]";
}

function subtleCrypto(): SubtleCrypto {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  if (subtle === undefined) throw new AnonymiseError("CRYPTO_UNAVAILABLE", [{ code: "CRYPTO_UNAVAILABLE", path: ["key"] }]);
  return subtle;
}

// Node's own HMAC, reached without importing `node:crypto` (so this module still runs in browsers):
// one WebCrypto `sign` costs about 30 µs in Node, a `createHmac` about 5 µs. Same algorithm, same bytes.
interface NodeHmac {
  createSecretKey(key: Uint8Array): object;
  createHmac(algorithm: "sha256", key: object): { update(data: string): { digest(encoding: "hex"): string } };
}
function nodeCrypto(): NodeHmac | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return proc?.getBuiltinModule?.("node:crypto") as NodeHmac | undefined;
}

/** A release key made ready for HMAC-SHA256: a non-extractable WebCrypto key, or Node's secret key object. */
export type PseudonymKey =
  | { readonly kind: "webcrypto"; readonly key: CryptoKey }
  | { readonly kind: "node"; readonly crypto: NodeHmac; readonly key: object };

/**
 * Imports a release key for HMAC-SHA256 — with Node's crypto where it is there, else WebCrypto
 * (`globalThis.crypto.subtle`, in browsers) as a non-extractable key; the caller's bytes are copied, not kept.
 * `engine: "webcrypto"` uses WebCrypto everywhere. Both give the same pseudonyms.
 */
export async function importReleaseKey(key: ReleaseKey, engine: "auto" | "webcrypto" = "auto"): Promise<PseudonymKey> {
  const bytes =
    Object.prototype.toString.call(key) === "[object ArrayBuffer]"
      ? new Uint8Array((key as ArrayBuffer).slice(0))
      : Uint8Array.from(key as Uint8Array);
  const node = engine === "auto" ? nodeCrypto() : undefined;
  if (node !== undefined) return { kind: "node", crypto: node, key: node.createSecretKey(bytes) };
  return { kind: "webcrypto", key: await subtleCrypto().importKey("raw", bytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]) };
}

function hex(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < PSEUDONYM_BYTES; i++) out += HEX[bytes[i] as number] as string;
  return out;
}

/**
 * The pseudonyms of `values` in `domain` under `key`, in order: the first 128 bits of
 * HMAC-SHA256(key, `<domain>:<value>`), as 32 lowercase hex digits. Stable for a key, unlinkable
 * to the value without it.
 *
 * @example
 * import { importReleaseKey, pseudonymise } from "./pseudonym.js";
 *
 * const key = await importReleaseKey(crypto.getRandomValues(new Uint8Array(32)));
 * const [pid] = await pseudonymise(key, "pid", ["3f2b…"]); // "9c41e0…" (32 hex digits)
 */
export async function pseudonymise(key: PseudonymKey, domain: PseudonymDomain, values: readonly string[]): Promise<string[]> {
  if (key.kind === "node") {
    const { crypto, key: secret } = key;
    const prefix = `${domain}:`;
    const out = new Array<string>(values.length);
    for (let i = 0; i < values.length; i++) {
      out[i] = crypto
        .createHmac("sha256", secret)
        .update(prefix + (values[i] as string))
        .digest("hex")
        .slice(0, 2 * PSEUDONYM_BYTES);
    }
    return out;
  }
  const subtle = subtleCrypto();
  const out: string[] = [];
  for (let start = 0; start < values.length; start += BATCH) {
    const batch = values.slice(start, start + BATCH);
    const macs = await Promise.all(batch.map((value) => subtle.sign("HMAC", key.key, encoder.encode(`${domain}:${value}`))));
    for (const mac of macs) out.push(hex(new Uint8Array(mac)));
  }
  return out;
}
