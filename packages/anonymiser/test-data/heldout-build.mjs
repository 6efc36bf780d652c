// The held-out scrubber sets' builder: builds a set's entries.ndjson + stats.json from its source.txt.
// Plain Node, no dependencies. Each set's build.mjs calls it with its own folder; the id prefix
// (h58-) comes from the folder's name (scrub-heldout-58). Every set from heldout-3 on was written
// with a copy of this code as its build.mjs, with only that prefix changed.
// Usage, in a set's folder: node build.mjs            (writes files, exits 1 on any validation error)
//                           node build.mjs --check    (validates only)
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = ["NAME", "PHONE", "IIN", "EMAIL", "CARD", "IBAN", "DOB", "HANDLE", "DOCNUM", "ADDRESS"];
const REGISTERS = ["police", "clinic", "chat", "testimony", "documentator"];
// source lang tag -> [lang field, latin-script flag]
const LANGS = {
  ru: ["ru", false],
  kk: ["kk", false],
  en: ["en", false],
  mixed: ["mixed", false],
  "ru-lat": ["ru", true],
  "kk-lat": ["kk", true],
  "mixed-lat": ["mixed", true],
};
const ESCAPES = { "{NNBSP}": "\u202F", "{NBSP}": "\u00A0", "{THINSP}": "\u2009" };

function iinValid(d) {
  if (!/^\d{12}$/.test(d)) return false;
  const n = [...d].map(Number);
  const w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  const w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
  let c = n.slice(0, 11).reduce((s, x, i) => s + x * w1[i], 0) % 11;
  if (c === 10) {
    c = n.slice(0, 11).reduce((s, x, i) => s + x * w2[i], 0) % 11;
    if (c === 10) return false;
  }
  return c === n[11];
}
function luhnValid(d) {
  if (!/^\d{13,19}$/.test(d)) return false;
  let s = 0;
  [...d].reverse().forEach((ch, i) => {
    let x = Number(ch);
    if (i % 2 === 1) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    s += x;
  });
  return s % 10 === 0;
}
function ibanValid(raw) {
  const s = raw.replace(/[\s\u00A0\u202F]/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  if (s.startsWith("KZ") && s.length !== 20) return false;
  const re = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let m = 0;
  for (const ch of re) m = (m * 10 + Number(ch)) % 97;
  return m === 1;
}
const digitsOf = (s) => s.replace(/\D/g, "");

/** Validates the source.txt in the folder `dir` (a file URL) and, unless --check is given, writes entries.ndjson and stats.json there. */
export function buildHeldout(dir) {
  const here = fileURLToPath(dir);
  const prefix = `h${/^scrub-heldout-(\d+)$/.exec(basename(here))[1]}-`;
  const errors = [];
  const warnings = [];
  const err = (ln, m) => errors.push(`source.txt:${ln}: ${m}`);
  const warn = (ln, m) => warnings.push(`source.txt:${ln}: ${m}`);

  const src = readFileSync(join(here, "source.txt"), "utf8").split("\n");
  const entries = [];
  const seen = new Map();
  let n = 0;
  for (const [idx, rawLine] of src.entries()) {
    const ln = idx + 1;
    const line = rawLine.replace(/\r$/, "");
    if (!line.trim() || line.startsWith("#")) continue;
    const p1 = line.indexOf("|");
    const p2 = line.indexOf("|", p1 + 1);
    if (p1 < 0 || p2 < 0) {
      err(ln, 'expected "lang|register|text"');
      continue;
    }
    const langTag = line.slice(0, p1).trim();
    const register = line.slice(p1 + 1, p2).trim();
    let body = line.slice(p2 + 1);
    if (!LANGS[langTag]) {
      err(ln, `bad lang tag ${langTag}`);
      continue;
    }
    if (!REGISTERS.includes(register)) {
      err(ln, `bad register ${register}`);
      continue;
    }
    for (const [k, v] of Object.entries(ESCAPES)) body = body.split(k).join(v);
    let text = "";
    const spans = [];
    const re = /\[\[([A-Z]+):(.+?)\]\]/g;
    let last = 0;
    let m;
    while ((m = re.exec(body))) {
      text += body.slice(last, m.index);
      const [, type, surface] = m;
      if (!TYPES.includes(type)) err(ln, `unknown type ${type}`);
      if (/^\s|\s$/u.test(surface) || /^[\u00A0\u202F\u2009]|[\u00A0\u202F\u2009]$/.test(surface))
        err(ln, `whitespace at span edge: "${surface}"`);
      if (/^[.,;:!?)»"“”]|[,;:!?(«"“”]$/.test(surface)) warn(ln, `punctuation at span edge: "${surface}"`);
      const start = text.length; // JS string length = UTF-16 code units
      text += surface;
      spans.push({ start, end: text.length, type });
      const d = digitsOf(surface);
      if (type === "IIN" && !iinValid(d)) err(ln, `invalid IIN ${surface}`);
      if (type === "CARD" && !luhnValid(d)) err(ln, `invalid CARD (Luhn) ${surface}`);
      if (type === "IBAN" && !ibanValid(surface)) err(ln, `invalid IBAN ${surface}`);
      if (type === "EMAIL" && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(surface)) err(ln, `odd EMAIL ${surface}`);
      if (type === "PHONE" && d.length < 6) err(ln, `PHONE too short ${surface}`);
      last = m.index + m[0].length;
    }
    text += body.slice(last);
    if (/\[\[|\]\]/.test(text)) err(ln, "leftover markup");
    if (text !== text.trim()) err(ln, "leading/trailing whitespace in text");
    // unmarked-identifier sanity checks on the text outside spans
    let outside = "";
    let pos = 0;
    for (const s of spans) {
      outside += text.slice(pos, s.start) + " ";
      pos = s.end;
    }
    outside += text.slice(pos);
    if (/[^\s@]+@[^\s@]+\.[a-z]{2,}/i.test(outside)) err(ln, "unmarked e-mail-like string");
    if (/(^|[\s(,])@[A-Za-z0-9_.]{3,}/.test(outside)) err(ln, "unmarked @handle");
    if (/t\.me\//i.test(outside)) err(ln, "unmarked t.me link");
    for (const run of outside.match(/\d[\d \u202F\u00A0-]{10,}\d/g) || []) {
      const d = digitsOf(run);
      if (d.length === 12 && iinValid(d)) warn(ln, `unmarked checksum-valid 12-digit run ${run}`);
      if (d.length >= 15 && d.length <= 19 && luhnValid(d)) warn(ln, `unmarked Luhn-valid run ${run}`);
    }
    if (seen.has(text)) err(ln, `duplicate text (first at line ${seen.get(text)})`);
    seen.set(text, ln);
    n += 1;
    const [lang, latin] = LANGS[langTag];
    entries.push({ id: `${prefix}${String(n).padStart(4, "0")}`, lang, register, text, spans, _latin: latin });
  }

  const stats = {
    total: entries.length,
    negatives: entries.filter((e) => e.spans.length === 0).length,
    byLang: {},
    byRegister: {},
    byType: {},
    entriesWithType: {},
    latinScript: { count: 0, byLang: {}, ids: [] },
  };
  for (const e of entries) {
    stats.byLang[e.lang] = (stats.byLang[e.lang] || 0) + 1;
    stats.byRegister[e.register] = (stats.byRegister[e.register] || 0) + 1;
    const typesHere = new Set();
    for (const s of e.spans) {
      stats.byType[s.type] = (stats.byType[s.type] || 0) + 1;
      typesHere.add(s.type);
    }
    for (const t of typesHere) stats.entriesWithType[t] = (stats.entriesWithType[t] || 0) + 1;
    if (e._latin) {
      stats.latinScript.count++;
      stats.latinScript.byLang[e.lang] = (stats.latinScript.byLang[e.lang] || 0) + 1;
      stats.latinScript.ids.push(e.id);
    }
  }
  stats.negativeShare = +(stats.negatives / stats.total).toFixed(3);
  stats.byLangCyrillicVsLatin = {};
  for (const e of entries) {
    const k = e._latin ? `${e.lang}-latin` : e.lang;
    stats.byLangCyrillicVsLatin[k] = (stats.byLangCyrillicVsLatin[k] || 0) + 1;
  }
  stats.spanTotal = Object.values(stats.byType).reduce((a, b) => a + b, 0);

  for (const w of warnings) console.warn("WARN", w);
  if (errors.length) {
    for (const e of errors) console.error("ERROR", e);
    console.error(`${errors.length} error(s); nothing written.`);
    process.exit(1);
  }
  if (!process.argv.includes("--check")) {
    writeFileSync(join(here, "entries.ndjson"), entries.map(({ _latin, ...e }) => JSON.stringify(e)).join("\n") + "\n");
    writeFileSync(join(here, "stats.json"), JSON.stringify(stats, null, 2) + "\n");
  }
  console.log(
    JSON.stringify(
      {
        total: stats.total,
        negatives: stats.negatives,
        negativeShare: stats.negativeShare,
        byLang: stats.byLangCyrillicVsLatin,
        byRegister: stats.byRegister,
        byType: stats.byType,
      },
      null,
      1,
    ),
  );
}
