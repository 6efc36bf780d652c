import { argon2id } from "hash-wasm";

/** How the key is derived from the passphrase: stored with the vault, so a later change of defaults still opens it. */
export interface KdfParams {
  readonly algorithm: "argon2id";
  /** Memory in KiB. */
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
  readonly salt: Uint8Array;
}

/** A value sealed with AES-256-GCM: a fresh 96-bit IV and the ciphertext with its tag. */
export interface Sealed {
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly data: ArrayBuffer;
}

/** argon2id for a laptop (OWASP's first choice is m = 19 MiB, t = 2; this is stronger): 64 MiB, 3 passes, one lane. */
export const DEFAULT_KDF = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const;
const SALT_BYTES = 16;
const IV_BYTES = 12;

/** New KDF parameters with a fresh random salt. */
export function newKdfParams(): KdfParams {
  return { algorithm: "argon2id", ...DEFAULT_KDF, salt: crypto.getRandomValues(new Uint8Array(SALT_BYTES)) };
}

/** The AES-256-GCM key made from `passphrase` (NFC-normalised, so a Kazakh letter typed either way is the same); never extractable. */
export async function deriveKey(passphrase: string, params: KdfParams): Promise<CryptoKey> {
  const bytes = await argon2id({
    password: passphrase.normalize("NFC"),
    salt: params.salt,
    memorySize: params.memoryKiB,
    iterations: params.iterations,
    parallelism: params.parallelism,
    hashLength: 32,
    outputType: "binary",
  });
  try {
    // hash-wasm returns a fresh array over its own ArrayBuffer.
    return await crypto.subtle.importKey("raw", bytes as Uint8Array<ArrayBuffer>, { name: "AES-GCM" }, false, ["encrypt", "decrypt"]);
  } finally {
    bytes.fill(0);
  }
}

const encoder = new TextEncoder();

/** `value` as JSON, sealed under `key` with a fresh IV and `aad` (the record id) bound to it. */
export async function seal(key: CryptoKey, aad: string, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: encoder.encode(aad) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv, data };
}

/** The value sealed under `key` and `aad`, or `undefined` when the key, the aad or the ciphertext is not the one sealed. */
export async function unseal(key: CryptoKey, aad: string, sealed: Sealed): Promise<unknown> {
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: sealed.iv, additionalData: encoder.encode(aad) }, key, sealed.data);
  } catch {
    return undefined;
  }
  return JSON.parse(new TextDecoder().decode(plain)) as unknown;
}
