import { type DBSchema, deleteDB, type IDBPDatabase, openDB } from "idb";
import type { Entry } from "../data/entries.js";
import { deriveKey, type KdfParams, newKdfParams, type Sealed, seal, unseal } from "./crypto.js";

/** What is stored without the passphrase: the KDF's parameters and salt, and the sealed verifier. */
export interface VaultMeta {
  readonly version: 1;
  readonly kdf: KdfParams;
  /** A known text sealed under the key: a wrong passphrase fails to open it, and nothing else is tried. */
  readonly verifier: Sealed;
}

interface VaultSchema extends DBSchema {
  meta: { key: "vault"; value: VaultMeta };
  /** Each entry sealed on its own, keyed (and authenticated) by its record id. */
  entries: { key: string; value: Sealed };
  /** The release key and the ledger, sealed. */
  state: { key: StateName; value: Sealed };
}

export type StateName = "releaseKey" | "ledger";

const DB_NAME = "redumbrella-workbench";
const VERIFIER_AAD = "vault:verifier";
const VERIFIER_TEXT = "redumbrella workbench vault v1";
/** The fewest characters of a passphrase. */
export const MIN_PASSPHRASE = 10;

let connection: Promise<IDBPDatabase<VaultSchema>> | undefined;

function db(): Promise<IDBPDatabase<VaultSchema>> {
  connection ??= openDB<VaultSchema>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore("meta");
      database.createObjectStore("entries");
      database.createObjectStore("state");
    },
  });
  return connection;
}

/** Whether this browser can keep a vault: IndexedDB and WebCrypto (a secure context: https, localhost or a file). */
export function vaultSupported(): boolean {
  return typeof indexedDB !== "undefined" && globalThis.crypto?.subtle !== undefined;
}

/** The vault's metadata, or `undefined` when this device has none. */
export async function readMeta(): Promise<VaultMeta | undefined> {
  return (await db()).get("meta", "vault");
}

/** An unlocked vault: the key lives only here, and is forgotten with the session. */
export class Session {
  readonly #key: CryptoKey;

  constructor(key: CryptoKey) {
    this.#key = key;
  }

  /** Every stored entry, decrypted; `damaged` counts those that would not open (changed on the device). */
  async loadEntries(): Promise<{ entries: Entry[]; damaged: number }> {
    const database = await db();
    const keys = await database.getAllKeys("entries");
    const sealed = await database.getAll("entries");
    const entries: Entry[] = [];
    let damaged = 0;
    for (const [i, key] of keys.entries()) {
      const value = await unseal(this.#key, key, sealed[i] as Sealed);
      if (value === undefined) damaged++;
      else entries.push({ ...(value as Omit<Entry, "key">), key } as Entry);
    }
    return { entries, damaged };
  }

  /** Seals and stores `entries`, each under its key; an entry with the same key is replaced. */
  async putEntries(entries: readonly Entry[]): Promise<void> {
    const sealed = await Promise.all(entries.map(async ({ key, ...rest }) => [key, await seal(this.#key, key, rest)] as const));
    const tx = (await db()).transaction("entries", "readwrite");
    await Promise.all([...sealed.map(([key, value]) => tx.store.put(value, key)), tx.done]);
  }

  /** A sealed piece of state, or `undefined`. */
  async getState(name: StateName): Promise<unknown> {
    const sealed = await (await db()).get("state", name);
    return sealed === undefined ? undefined : unseal(this.#key, `state:${name}`, sealed);
  }

  async putState(name: StateName, value: unknown): Promise<void> {
    await (await db()).put("state", await seal(this.#key, `state:${name}`, value), name);
  }
}

/** Makes a new vault under `passphrase` (any earlier one is replaced) and a random release key in it. */
export async function createVault(passphrase: string): Promise<Session> {
  const kdf = newKdfParams();
  const key = await deriveKey(passphrase, kdf);
  const meta: VaultMeta = { version: 1, kdf, verifier: await seal(key, VERIFIER_AAD, VERIFIER_TEXT) };
  const database = await db();
  const tx = database.transaction(["meta", "entries", "state"], "readwrite");
  await Promise.all([
    tx.objectStore("entries").clear(),
    tx.objectStore("state").clear(),
    tx.objectStore("meta").put(meta, "vault"),
    tx.done,
  ]);
  const session = new Session(key);
  await session.putState("releaseKey", Array.from(crypto.getRandomValues(new Uint8Array(32))));
  return session;
}

/** The session `passphrase` opens, or `"wrong"` when the verifier does not open: then nothing else is decrypted. */
export async function unlockVault(meta: VaultMeta, passphrase: string): Promise<Session | "wrong"> {
  const key = await deriveKey(passphrase, meta.kdf);
  const verifier = await unseal(key, VERIFIER_AAD, meta.verifier);
  return verifier === VERIFIER_TEXT ? new Session(key) : "wrong";
}

/** Deletes the whole database from this browser. */
export async function eraseDevice(): Promise<void> {
  const open = connection;
  connection = undefined;
  if (open !== undefined) (await open).close();
  await deleteDB(DB_NAME);
}
