// Builds dev2.jsonl from dev2.src.txt: `LANG|REGISTER|text` a line, personal data marked inline as
// `[[TYPE:value]]`. `{iin}`, `{iin-6-6}`, `{card}`, `{card-4}`, `{iban}`, `{iban-4}`, `{badcard}` and
// `{badiin}` are filled with invented numbers that pass (or, bad*, fail) their checks, from a fixed
// seed, so the build is reproducible. `{nnbsp}` is U+202F, `{nbsp}` U+00A0.
// Run from the repository root: node packages/anonymiser/test-data/scrub-eval/build-dev2.mjs [dev3]
// (dev3.jsonl, the third round's set, is built from dev3.src.txt the same way.)
import { readFileSync, writeFileSync } from "node:fs";

const here = new URL(".", import.meta.url);
const name = process.argv[2] ?? "dev2";
let seed = 20240611;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const digits = (n) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");
const pad = (n) => String(n).padStart(2, "0");

const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
function iinCheck(s) {
  let a = 0;
  for (let i = 0; i < 11; i++) a += Number(s[i]) * W1[i];
  a %= 11;
  if (a !== 10) return a;
  a = 0;
  for (let i = 0; i < 11; i++) a += Number(s[i]) * W2[i];
  a %= 11;
  return a === 10 ? null : a;
}
function iin() {
  for (;;) {
    const year = 70 + Math.floor(random() * 30);
    const s = `${year}${pad(1 + Math.floor(random() * 12))}${pad(1 + Math.floor(random() * 28))}${random() < 0.5 ? 3 : 4}${digits(4)}`;
    const check = iinCheck(s);
    if (check !== null) return s + check;
  }
}
function luhnValid(s) {
  let sum = 0;
  let double = false;
  for (let i = s.length - 1; i >= 0; i--) {
    let d = Number(s[i]);
    if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
function card() {
  const prefix = ["4400", "5169", "4405", "5375", "4149", "2200"][Math.floor(random() * 6)] + digits(11);
  for (let d = 0; d < 10; d++) if (luhnValid(prefix + d)) return prefix + d;
  throw new Error("no Luhn digit");
}
function mod97(s) {
  let r = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    r = c >= 65 ? (r * 100 + c - 55) % 97 : (r * 10 + c - 48) % 97;
  }
  return r;
}
function iban() {
  const body = ["125KZT", "722S00", "601A86", "998CTB", "949ALF", "826A1K"][Math.floor(random() * 6)] + digits(10);
  return `KZ${pad(98 - mod97(`${body}KZ00`))}${body}`;
}
const groups = (s, sizes) => {
  const out = [];
  let at = 0;
  for (const size of sizes) {
    out.push(s.slice(at, at + size));
    at += size;
  }
  return out.join(" ");
};
const FILL = {
  iin: () => iin(),
  "iin-6-6": () => groups(iin(), [6, 6]),
  "iin-4-4-4": () => groups(iin(), [4, 4, 4]).replaceAll(" ", "-"),
  card: () => card(),
  "card-4": () => groups(card(), [4, 4, 4, 4]),
  iban: () => iban(),
  "iban-4": () => groups(iban(), [4, 4, 4, 4, 4]),
  badcard: () => {
    const c = card();
    return c.slice(0, 15) + ((Number(c[15]) + 1) % 10);
  },
  badiin: () => {
    const s = iin();
    return s.slice(0, 11) + ((Number(s[11]) + 1) % 10);
  },
  nnbsp: () => "\u202f",
  nbsp: () => "\u00a0",
};

const LANGS = new Set(["ru", "kk", "en"]);
const REGISTERS = new Set(["police", "clinic", "chat", "complaint", "other"]);
const TYPES = new Set(["NAME", "PHONE", "IIN", "EMAIL", "URL", "ADDRESS", "PLATE", "CARD", "IBAN", "DOB", "HANDLE", "DOCNUM"]);
const MARK = /\[\[([A-Z]+):(.+?)\]\]/gu;
const errors = [];
const out = [];
const seen = new Set();
readFileSync(new URL(`${name}.src.txt`, here), "utf8")
  .split("\n")
  .forEach((raw, i) => {
    const where = `${name}.src.txt:${i + 1}`;
    if (raw.trim() === "" || raw.startsWith("#")) return;
    const [lang, register, ...rest] = raw.split("|");
    const source = rest.join("|").replace(/\{([a-z0-9-]+)\}/gu, (all, key) => (FILL[key] ? FILL[key]() : all));
    if (!LANGS.has(lang) || !REGISTERS.has(register)) errors.push(`${where}: bad language or register`);
    let text = "";
    let at = 0;
    const entities = [];
    for (const match of source.matchAll(MARK)) {
      text += source.slice(at, match.index);
      const [, type, value] = match;
      if (!TYPES.has(type)) errors.push(`${where}: unknown type ${type}`);
      entities.push({ start: text.length, end: text.length + value.length, type });
      text += value;
      at = match.index + match[0].length;
    }
    text += source.slice(at);
    if (/\[\[|\]\]|\{[a-z-]+\}/u.test(text)) errors.push(`${where}: markup left over`);
    if (seen.has(text)) errors.push(`${where}: duplicate`);
    seen.add(text);
    for (const { start, end, type } of entities) {
      const value = text.slice(start, end);
      const compact = value.replace(/[\s-]/gu, "");
      if (value !== value.trim()) errors.push(`${where}: ${type} "${value}" not trimmed`);
      if (type === "CARD" && !luhnValid(compact)) errors.push(`${where}: card fails Luhn`);
      if (type === "IBAN" && mod97(compact.slice(4) + compact.slice(0, 4)) !== 1) errors.push(`${where}: IBAN fails mod 97`);
      if (type === "IIN" && (compact.length !== 12 || iinCheck(compact) !== Number(compact[11])))
        errors.push(`${where}: IIN fails its check`);
      if (type === "NAME" && (/\p{L}/u.test(text.charAt(start - 1)) || /\p{L}/u.test(text.charAt(end))))
        errors.push(`${where}: NAME touches a letter`);
    }
    out.push({ lang, register, text, entities });
  });
if (errors.length > 0) {
  console.error(errors.join("\n"));
  process.exit(1);
}
writeFileSync(new URL(`${name}.jsonl`, here), out.map((s) => JSON.stringify(s)).join("\n") + "\n");
console.log(`${name}.jsonl: ${out.length} sentences, ${out.filter((s) => s.entities.length === 0).length} without personal data`);
