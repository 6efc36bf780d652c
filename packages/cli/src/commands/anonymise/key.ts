import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { InputError, readError, texts } from "../../internal/errors.js";
import { ANONYMISE_COMMAND_MESSAGES, type AnonymiseCommandMessageKey } from "./messages.js";

const text = texts(ANONYMISE_COMMAND_MESSAGES);

/** The fewest key bytes (96 bits), as @redumbrella/anonymiser asks. */
export const MIN_KEY_BYTES = 12;
/** The most a key file may hold: a key is tens of bytes, so anything longer is the wrong file. */
export const MAX_KEY_FILE_BYTES = 4096;
const HEX = /^(?:[0-9a-fA-F]{2})+$/u;

/** How a key's bytes were read: decoded from hex digits, or taken as they are. */
export type KeyEncoding = "hex" | "raw";

/** Why a key is refused: each a test that a random key of its length passes with near certainty. */
export type KeyWeakness = "tooShort" | "oneByte" | "repeats" | "fewDistinct" | "words";

/**
 * The entropy test, as data: a raw key needs 12 different byte values (a random 32-byte key has
 * about 30); a hex key, whose shortest is 12 bytes, 8 (a random 12-byte key has fewer than 8 with
 * probability below 1e-6).
 */
const MIN_DISTINCT: { readonly [E in KeyEncoding]: number } = { hex: 8, raw: 12 };
/** Natural language carries about 1–2 bits a letter (Shannon): 96 bits of words need some 48 letters. */
const MIN_PASSPHRASE_LETTERS = 48;
const WORDS = /^[\p{L}\s'’-]+$/u;

/** The bytes of a key file's content: hex digits (whitespace around them ignored) are decoded, anything else is taken as raw bytes. */
export function decodeKey(content: Uint8Array): { readonly bytes: Uint8Array; readonly encoding: KeyEncoding } {
  const hex = new TextDecoder().decode(content).trim();
  if (!HEX.test(hex)) return { bytes: content, encoding: "raw" };
  return { bytes: Uint8Array.from(hex.match(/../gu) ?? [], (pair) => Number.parseInt(pair, 16)), encoding: "hex" };
}

/** Whether `bytes` are a shorter run of bytes repeated (`abcabcabc`, `0101…`), one byte repeated included. */
function period(bytes: Uint8Array): number {
  for (let p = 1; p <= bytes.length / 2; p++) {
    let k = p;
    while (k < bytes.length && bytes[k] === bytes[k - p]) k++;
    if (k === bytes.length) return p;
  }
  return bytes.length;
}

/** Why `bytes` are too weak to be a release key, or `undefined` when they pass every test. */
export function keyWeakness(bytes: Uint8Array, encoding: KeyEncoding): KeyWeakness | undefined {
  if (bytes.length < MIN_KEY_BYTES) return "tooShort";
  const p = period(bytes);
  if (p === 1) return "oneByte";
  if (p < bytes.length) return "repeats";
  if (new Set(bytes).size < MIN_DISTINCT[encoding]) return "fewDistinct";
  if (encoding === "raw") {
    const words = new TextDecoder("utf-8", { fatal: false }).decode(bytes).trim();
    if (WORDS.test(words) && (words.match(/\p{L}/gu)?.length ?? 0) < MIN_PASSPHRASE_LETTERS) return "words";
  }
  return undefined;
}

const WEAKNESS_MESSAGES: { readonly [W in KeyWeakness]: AnonymiseCommandMessageKey } = {
  tooShort: "anonymise.key.tooShort",
  oneByte: "anonymise.key.oneByte",
  repeats: "anonymise.key.repeats",
  fewDistinct: "anonymise.key.fewDistinct",
  words: "anonymise.key.words",
};

/** The error for a key from `source` (a file name, or `REDUMBRELLA_KEY`) that is too weak. */
export function weakKeyError(source: string, bytes: Uint8Array, weakness: KeyWeakness): InputError {
  return new InputError(text(WEAKNESS_MESSAGES[weakness], { file: source, bytes: bytes.length, distinct: new Set(bytes).size }));
}

/** A key read from a file: its bytes, how they were read, and whether other users may read the file. */
export interface KeyFile {
  readonly bytes: Uint8Array;
  readonly encoding: KeyEncoding;
  /** The file's permission bits when its group or others may read it, else `undefined`. */
  readonly sharedMode: number | undefined;
}

/**
 * Reads the key file at `path` (named `name` in messages): a regular file of at most 4 KiB —
 * opened without blocking, so a FIFO cannot hang the run, and refused with a device — whose key
 * passes `keyWeakness`. Throws an `InputError` otherwise.
 */
export async function readKeyFile(path: string, name: string): Promise<KeyFile> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    throw readError(name, error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputError(text("anonymise.key.notFile", { file: name }));
    // One byte more than allowed, to tell a full 4 KiB file from a longer one.
    const buffer = new Uint8Array(MAX_KEY_FILE_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) throw new InputError(text("anonymise.key.tooLarge", { file: name }));
    }
    const content = buffer.subarray(0, length);
    const { bytes, encoding } = decodeKey(content);
    const weakness = keyWeakness(bytes, encoding);
    if (weakness !== undefined) throw weakKeyError(name, bytes, weakness);
    const copy = Uint8Array.from(bytes);
    buffer.fill(0);
    return { bytes: copy, encoding, sharedMode: (info.mode & 0o044) === 0 ? undefined : info.mode & 0o777 };
  } catch (error) {
    throw error instanceof InputError ? error : readError(name, error);
  } finally {
    await handle.close();
  }
}
