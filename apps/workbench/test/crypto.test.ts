import { describe, expect, it } from "vitest";
import { DEFAULT_KDF, deriveKey, type KdfParams, newKdfParams, seal, unseal } from "../src/vault/crypto.js";

// Small argon2id parameters keep these tests fast; the browser test runs the real ones.
const FAST: KdfParams = { algorithm: "argon2id", memoryKiB: 1024, iterations: 1, parallelism: 1, salt: new Uint8Array(16).fill(7) };
const RECORD_ID = "858ea43a-f13d-46e8-a0f2-71b379dd51fd";

describe("sealing a record", () => {
  it("opens with the same passphrase, salt and record id, and gives back the record", async () => {
    const key = await deriveKey("a long enough passphrase", FAST);
    const sealed = await seal(key, RECORD_ID, { id: RECORD_ID, respondent: { age: 27 } });
    expect(await unseal(await deriveKey("a long enough passphrase", FAST), RECORD_ID, sealed)).toEqual({
      id: RECORD_ID,
      respondent: { age: 27 },
    });
  });

  it("stores no plaintext, and a fresh IV each time", async () => {
    const key = await deriveKey("a long enough passphrase", FAST);
    const a = await seal(key, RECORD_ID, { name: "Айгерим" });
    const b = await seal(key, RECORD_ID, { name: "Айгерим" });
    expect(a.iv).toHaveLength(12);
    expect(Buffer.from(a.iv).equals(Buffer.from(b.iv))).toBe(false);
    expect(Buffer.from(a.data).toString("utf8")).not.toContain("Айгерим");
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(false);
  });

  it("does not open with another passphrase, another salt, another record id, or a changed byte", async () => {
    const key = await deriveKey("a long enough passphrase", FAST);
    const sealed = await seal(key, RECORD_ID, { ok: true });
    expect(await unseal(await deriveKey("a long enough passphrasE", FAST), RECORD_ID, sealed)).toBeUndefined();
    expect(
      await unseal(await deriveKey("a long enough passphrase", { ...FAST, salt: new Uint8Array(16) }), RECORD_ID, sealed),
    ).toBeUndefined();
    // The id is bound to the ciphertext: a record moved under another id does not open.
    expect(await unseal(key, "00000000-0000-4000-8000-000000000000", sealed)).toBeUndefined();
    const changed = new Uint8Array(sealed.data.slice(0));
    changed[0] = (changed[0] as number) ^ 1;
    expect(await unseal(key, RECORD_ID, { iv: sealed.iv, data: changed.buffer })).toBeUndefined();
  });

  it("reads a passphrase typed with composed or decomposed letters as the same (NFC)", async () => {
    const composed = "құпия сөз тіркесі й";
    const key = await deriveKey(composed, FAST);
    const sealed = await seal(key, RECORD_ID, 1);
    expect(await unseal(await deriveKey(composed.normalize("NFD"), FAST), RECORD_ID, sealed)).toBe(1);
  });

  it("derives with argon2id at 64 MiB, 3 passes, one lane, and a random 16-byte salt", () => {
    const a = newKdfParams();
    expect(DEFAULT_KDF).toEqual({ memoryKiB: 65_536, iterations: 3, parallelism: 1 });
    expect(a).toMatchObject({ algorithm: "argon2id", ...DEFAULT_KDF });
    expect(a.salt).toHaveLength(16);
    expect(Buffer.from(a.salt).equals(Buffer.from(newKdfParams().salt))).toBe(false);
  });
});
