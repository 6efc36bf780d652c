import { createHmac, createSecretKey, type KeyObject } from "node:crypto";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importReleaseKey, isKeyBytes, pseudonymise } from "./pseudonym.js";

const KEY = Uint8Array.from({ length: 32 }, (_, i) => i);
/** HMAC-SHA256 by node:crypto, truncated to 128 bits: the definition, computed by another implementation. */
const reference = (key: Uint8Array | KeyObject, message: string): string =>
  createHmac("sha256", key).update(message, "utf8").digest("hex").slice(0, 32);

describe("pseudonymise", () => {
  it("is the first 128 bits of HMAC-SHA256 of `<domain>:<value>`, in hex", async () => {
    const key = await importReleaseKey(KEY);
    const values = ["3f2b8c1e-9d4a-4f6b-8a2c-1e5d7f9b3a6c", "D1", "ALM-D12", "Айгерим", ""];
    expect(await pseudonymise(key, "pid", values)).toEqual(values.map((v) => reference(KEY, `pid:${v}`)));
    expect(await pseudonymise(key, "interviewer", values)).toEqual(values.map((v) => reference(KEY, `interviewer:${v}`)));
  });

  it("equals the reference for any value", async () => {
    const key = await importReleaseKey(KEY);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: "grapheme" }), { maxLength: 20 }), async (values) => {
        expect(await pseudonymise(key, "pid", values)).toEqual(values.map((v) => reference(KEY, `pid:${v}`)));
      }),
    );
  });

  it("gives the same pseudonyms with WebCrypto as with Node's crypto", async () => {
    const values = ["3f6d2a8e-9c41-4b7a-8e2f-5a1c0d9b7e63", "D1", "Айгерим"];
    const web = await importReleaseKey(KEY, "webcrypto");
    expect(web.kind).toBe("webcrypto");
    expect(await pseudonymise(web, "pid", values)).toEqual(await pseudonymise(await importReleaseKey(KEY), "pid", values));
  });

  it("keeps the domains apart: a code is not pseudonymised alike as an id and as an interviewer", async () => {
    const key = await importReleaseKey(KEY);
    const [asId] = await pseudonymise(key, "pid", ["D1"]);
    const [asInterviewer] = await pseudonymise(key, "interviewer", ["D1"]);
    expect(asId).not.toBe(asInterviewer);
  });

  it("gives other pseudonyms under another key, the same under an ArrayBuffer of the same bytes", async () => {
    const values = ["a", "b", "c"];
    const one = await pseudonymise(await importReleaseKey(KEY), "pid", values);
    const other = await pseudonymise(await importReleaseKey(KEY.map((b) => b ^ 1)), "pid", values);
    const buffer = await pseudonymise(await importReleaseKey(KEY.slice().buffer), "pid", values);
    expect(other.every((p, i) => p !== one[i])).toBe(true);
    expect(buffer).toEqual(one);
  });

  it("does not keep the caller's key bytes: changing them afterwards changes nothing", async () => {
    const bytes = KEY.slice();
    const key = await importReleaseKey(bytes);
    bytes.fill(0);
    expect(await pseudonymise(key, "pid", ["x"])).toEqual([reference(KEY, "pid:x")]);
  });

  it("has no collision over 100,000 record ids", () => {
    // Through the reference (which the tests above prove pseudonymise equals): WebCrypto's per-call
    // cost would make this one test take seconds.
    const ids = Array.from({ length: 100_000 }, (_, i) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`);
    const key = createSecretKey(KEY);
    const pids = ids.map((id) => reference(key, `pid:${id}`));
    expect(new Set(pids).size).toBe(ids.length);
  });
});

describe("isKeyBytes", () => {
  it("takes a Uint8Array (a Buffer too) or an ArrayBuffer, nothing else", () => {
    expect([new Uint8Array(12), Buffer.alloc(12), new ArrayBuffer(12)].map(isKeyBytes)).toEqual([true, true, true]);
    expect([new Uint16Array(12), "secret-key-123", [1, 2, 3], undefined, null].map(isKeyBytes)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
