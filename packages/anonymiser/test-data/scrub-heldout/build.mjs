#!/usr/bin/env node
// Builds heldout.jsonl from source.txt and validates every entry.
// Plain Node (>=18), no dependencies. Exits non-zero on any problem.
//
// source.txt format (one entry a line; blank lines and lines starting with '#' are ignored):
//   LANG[/VARIANT]|REGISTER|text with [[TYPE:span text]] markup
// LANG     ru | kk | en            (the main language of the text)
// VARIANT  mix  (ru/kk mixed within the text)  |  lat  (Russian or Kazakh written in Latin letters)
//          The variant is only counted; it is not written to the jsonl.
// REGISTER police | clinic | chat | complaint | other
// Escapes usable anywhere in the text: {nnbsp} -> U+202F narrow no-break space, {nbsp} -> U+00A0.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SRC = join(here, 'source.txt');
const OUT = join(here, 'heldout.jsonl');
const README = join(here, 'README.md');

const LANGS = ['ru', 'kk', 'en'];
const REGISTERS = ['police', 'clinic', 'chat', 'complaint', 'other'];
const TYPES = ['NAME', 'PHONE', 'IIN', 'EMAIL', 'URL', 'ADDRESS', 'PLATE', 'CARD', 'IBAN', 'DOB', 'HANDLE', 'DOCNUM'];
const MIN_TYPE = { NAME: 300, PHONE: 40, IIN: 40, DOCNUM: 40, DOB: 40, HANDLE: 40, CARD: 40, IBAN: 40, ADDRESS: 40, EMAIL: 40, PLATE: 15, URL: 15 };
const MIN_LANG = { ru: 250, kk: 200, en: 150 };
const MIN_MIXED = 60;
const MIN_TOTAL = 650;
const MIN_CLEAN_SHARE = 0.30;
const MIN_PER_REGISTER = 60;

const errors = [];
const err = (line, msg) => errors.push(`source.txt:${line}: ${msg}`);

// ---------- validators ----------
const digitsOf = (s) => s.replace(/\D/g, '');

export function iinValid(s) {
  const d = digitsOf(s);
  if (d.length !== 12) return 'IIN must have 12 digits';
  if (!/^[0-9 \-\u202F\u00A0]+$/.test(s)) return 'IIN contains characters other than digits and separators';
  const a = [...d].map(Number);
  const yy = a[0] * 10 + a[1], mm = a[2] * 10 + a[3], dd = a[4] * 10 + a[5], c = a[6];
  if (c < 1 || c > 6) return `IIN 7th digit ${c} is not 1-6`;
  const century = c <= 2 ? 1800 : c <= 4 ? 1900 : 2000;
  const dt = new Date(Date.UTC(century + yy, mm - 1, dd));
  if (dt.getUTCFullYear() !== century + yy || dt.getUTCMonth() !== mm - 1 || dt.getUTCDate() !== dd) return 'IIN first 6 digits are not a real date';
  const w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
  let k = a.slice(0, 11).reduce((s, x, i) => s + x * w1[i], 0) % 11;
  if (k === 10) {
    k = a.slice(0, 11).reduce((s, x, i) => s + x * w2[i], 0) % 11;
    if (k === 10) return 'IIN check digit undefined (remainder 10 twice)';
  }
  if (k !== a[11]) return `IIN check digit should be ${k}`;
  return null;
}
export function luhnValid(d) {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = +d[d.length - 1 - i];
    if (i % 2) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return sum % 10 === 0;
}
export function ibanValid(s) {
  const c = s.replace(/[ \u202F\u00A0]/g, '').toUpperCase();
  if (!/^KZ[0-9]{2}[0-9A-Z]{16}$/.test(c)) return 'IBAN must be KZ + 2 digits + 16 alphanumerics (20 in all)';
  const r = c.slice(4) + c.slice(0, 4);
  let m = 0;
  for (const ch of r) {
    const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const x of v) m = (m * 10 + +x) % 97;
  }
  return m === 1 ? null : 'IBAN fails mod-97';
}

const TRAIL_PUNCT = /[.,;:!?)\]»"'”’…]$/;
const LEAD_PUNCT = /^[«"'“„(\[]/;

function checkSpan(line, type, v) {
  if (!v.length) return err(line, `${type}: empty span`);
  if (v !== v.trim() || /^[\s\u202F\u00A0]|[\s\u202F\u00A0]$/.test(v)) err(line, `${type}: span "${v}" is not trimmed`);
  switch (type) {
    case 'NAME':
      if (/^[«»"“”„'‘’]|[«»"“”„'‘’]$/.test(v)) err(line, `NAME "${v}" includes quotes`);
      if (/['’]s$/i.test(v)) err(line, `NAME "${v}" includes English possessive 's`);
      if (/[0-9@]/.test(v)) err(line, `NAME "${v}" contains digits or @`);
      if (/^(капитан|майор|лейтенант|сержант|старший|участковый|доктор|врач|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|officer|captain)\b/i.test(v)) err(line, `NAME "${v}" starts with a rank/title`);
      if (/\s(апай|ағай|апа|аға|әпке|тәте)$/i.test(v)) err(line, `NAME "${v}" includes an honorific`);
      break;
    case 'PHONE': {
      const n = digitsOf(v).length;
      if (n < 5 || n > 13) err(line, `PHONE "${v}" has ${n} digits (must be 5-13)`);
      if (!/^[+0-9]/.test(v)) err(line, `PHONE "${v}" must start with + or a digit`);
      if (!/[0-9]$/.test(v)) err(line, `PHONE "${v}" must end with a digit`);
      if (/[^0-9+ ()\-.\u202F\u00A0]/.test(v)) err(line, `PHONE "${v}" has characters other than digits and separators`);
      break;
    }
    case 'IIN': { const e = iinValid(v); if (e) err(line, `IIN "${v}": ${e}`); break; }
    case 'CARD': {
      const d = digitsOf(v);
      if (d.length !== 16) err(line, `CARD "${v}" has ${d.length} digits (must be 16)`);
      else if (!luhnValid(d)) err(line, `CARD "${v}" fails Luhn`);
      if (/[^0-9 \-\u202F\u00A0]/.test(v)) err(line, `CARD "${v}" has characters other than digits and separators`);
      break;
    }
    case 'IBAN': {
      if (!/^KZ/.test(v)) err(line, `IBAN "${v}" must start with KZ`);
      const e = ibanValid(v); if (e) err(line, `IBAN "${v}": ${e}`);
      break;
    }
    case 'EMAIL':
      if (!/^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$/.test(v)) err(line, `EMAIL "${v}" is malformed`);
      break;
    case 'URL':
      if (TRAIL_PUNCT.test(v) || LEAD_PUNCT.test(v)) err(line, `URL "${v}" has leading/trailing punctuation`);
      if (!/\.[a-z]{2,}/i.test(v)) err(line, `URL "${v}" has no domain`);
      break;
    case 'HANDLE':
      if (!/^@[A-Za-z0-9_.]{3,}$/.test(v)) err(line, `HANDLE "${v}" must be @ + letters/digits/_/.`);
      if (/\.$/.test(v)) err(line, `HANDLE "${v}" has trailing punctuation`);
      break;
    case 'ADDRESS':
      if (!/[0-9]$/.test(v) && !/[0-9][A-Za-zА-Яа-яӘәҒғҚқҢңӨөҰұҮүІі]$/.test(v)) err(line, `ADDRESS "${v}" must end with a house/flat number`);
      if (!/[0-9]/.test(v)) err(line, `ADDRESS "${v}" has no number`);
      break;
    case 'PLATE':
      if (!/[0-9]/.test(v) || !/[A-Za-zА-Яа-я]/.test(v)) err(line, `PLATE "${v}" needs digits and letters`);
      if (TRAIL_PUNCT.test(v)) err(line, `PLATE "${v}" has trailing punctuation`);
      break;
    case 'DOB':
      if (!/[0-9]/.test(v)) err(line, `DOB "${v}" has no digits`);
      if (TRAIL_PUNCT.test(v) && !/\d\.$/.test(v)) err(line, `DOB "${v}" has trailing punctuation`);
      if (/^(родил|born|туған|д\.р|DOB|дата)/i.test(v)) err(line, `DOB "${v}" includes the words around the date`);
      break;
    case 'DOCNUM':
      if (/^№|^N[°o]\b|^No\.?\s/.test(v)) err(line, `DOCNUM "${v}" includes the № sign`);
      if (!/[0-9]/.test(v)) err(line, `DOCNUM "${v}" has no digits`);
      if (TRAIL_PUNCT.test(v)) err(line, `DOCNUM "${v}" has trailing punctuation`);
      break;
  }
}

// Things that look like personal data but were left unannotated: catch authoring slips.
function checkUnannotated(line, text, spans) {
  const covered = new Uint8Array(text.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const free = (i, j) => { for (let k = i; k < j; k++) if (covered[k]) return false; return true; };
  for (const m of text.matchAll(/(?<![0-9])[0-9]{12}(?![0-9])/g))
    if (free(m.index, m.index + 12) && !iinValid(m[0])) err(line, `unannotated 12-digit "${m[0]}" passes the IIN check`);
  for (const m of text.matchAll(/(?<![0-9])[0-9]{4}([ \-]?)[0-9]{4}\1[0-9]{4}\1[0-9]{4}(?![0-9])/g))
    if (free(m.index, m.index + m[0].length) && luhnValid(digitsOf(m[0]))) err(line, `unannotated 16-digit "${m[0]}" passes Luhn`);
  for (const m of text.matchAll(/[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}/g))
    if (free(m.index, m.index + m[0].length)) err(line, `unannotated e-mail "${m[0]}"`);
  for (const m of text.matchAll(/(?<![A-Za-z0-9._%+\-])@[A-Za-z0-9_]{3,}/g))
    if (free(m.index, m.index + m[0].length)) err(line, `unannotated handle "${m[0]}"`);
  for (const m of text.matchAll(/KZ ?[0-9]{2}/g))
    if (free(m.index, m.index + m[0].length)) err(line, `unannotated IBAN-like "${m[0]}"`);
  for (const m of text.matchAll(/(?:https?:\/\/|www\.|\b(?:vk\.com|instagram\.com|t\.me|facebook\.com|ok\.ru|tiktok\.com)\/)/gi))
    if (free(m.index, m.index + m[0].length)) err(line, `unannotated URL "${m[0]}"`);
  for (const m of text.matchAll(/(?<![0-9])(?:\+7|8)[ \-(\u202F]*7[0-9]{2}[ \-)\u202F.]*[0-9]{3}[ \-\u202F.]*[0-9]{2}[ \-\u202F.]*[0-9]{2}(?![0-9])/g))
    if (free(m.index, m.index + m[0].length)) err(line, `unannotated KZ mobile "${m[0]}"`);
}

// ---------- parse ----------
if (!existsSync(SRC)) { console.error(`missing ${SRC}`); process.exit(1); }
const lines = readFileSync(SRC, 'utf8').split(/\r?\n/);
const entries = [];
const seen = new Map();
let mixed = 0;
const mixedByLang = { ru: 0, kk: 0, en: 0 };

lines.forEach((raw, idx) => {
  const line = idx + 1;
  if (!raw.trim() || raw.startsWith('#')) return;
  const p1 = raw.indexOf('|'), p2 = raw.indexOf('|', p1 + 1);
  if (p1 < 0 || p2 < 0) return err(line, 'expected LANG|REGISTER|text');
  const [lang, variant] = raw.slice(0, p1).trim().split('/');
  const register = raw.slice(p1 + 1, p2).trim();
  const body = raw.slice(p2 + 1).replace(/\{nnbsp\}/g, '\u202F').replace(/\{nbsp\}/g, '\u00A0');
  if (!LANGS.includes(lang)) err(line, `bad lang "${lang}"`);
  if (variant !== undefined && !['mix', 'lat'].includes(variant)) err(line, `bad variant "${variant}"`);
  if (variant && lang === 'en') err(line, 'variant mix/lat is for ru/kk entries');
  if (!REGISTERS.includes(register)) err(line, `bad register "${register}"`);

  let text = '';
  const entities = [];
  const re = /\[\[([A-Z]+):(.*?)\]\]/g;
  let last = 0, m;
  while ((m = re.exec(body))) {
    text += body.slice(last, m.index);
    const type = m[1], value = m[2];
    if (!TYPES.includes(type)) err(line, `unknown type ${type}`);
    checkSpan(line, type, value);
    const start = text.length;
    text += value;
    entities.push({ start, end: text.length, type });
    last = re.lastIndex;
  }
  text += body.slice(last);
  if (/\[\[|\]\]|\{n?n?bsp\}/.test(text)) err(line, 'left-over markup in text');
  if (text !== text.trim()) err(line, 'text has leading/trailing whitespace');
  if (!text.length) err(line, 'empty text');

  // offsets: in range, sorted, disjoint, trimmed
  let prevEnd = 0;
  for (const e of entities) {
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && 0 <= e.start && e.start < e.end && e.end <= text.length)) err(line, `offsets out of range ${e.start}-${e.end}`);
    if (e.start < prevEnd) err(line, `entities overlap or unsorted at ${e.start}`);
    const s = text.slice(e.start, e.end);
    if (s !== s.trim()) err(line, `span ${e.start}-${e.end} not trimmed`);
    prevEnd = e.end;
    // a NAME span must hold the whole word: case/possessive suffixes belong to it, so no letter may touch it
    if (e.type === 'NAME') {
      const L = /[\p{L}]/u;
      if (e.start > 0 && L.test(text[e.start - 1])) err(line, `NAME "${s}" is glued to a letter on the left`);
      if (e.end < text.length && L.test(text[e.end])) err(line, `NAME "${s}" is cut before the end of its word`);
    }
  }
  checkUnannotated(line, text, entities);

  if (seen.has(text)) err(line, `duplicate text (first at line ${seen.get(text)})`);
  else seen.set(text, line);
  if (variant) { mixed++; mixedByLang[lang] = (mixedByLang[lang] || 0) + 1; }
  entries.push({ lang, register, text, entities, variant });
});

// ---------- counts ----------
const byLang = Object.fromEntries(LANGS.map((l) => [l, 0]));
const byReg = Object.fromEntries(REGISTERS.map((r) => [r, 0]));
const byType = Object.fromEntries(TYPES.map((t) => [t, 0]));
const entriesWithType = Object.fromEntries(TYPES.map((t) => [t, 0]));
const typeByLang = Object.fromEntries(TYPES.map((t) => [t, { ru: 0, kk: 0, en: 0 }]));
const cleanByLang = { ru: 0, kk: 0, en: 0 };
const langReg = {};
let clean = 0;
for (const e of entries) {
  byLang[e.lang] = (byLang[e.lang] || 0) + 1;
  byReg[e.register] = (byReg[e.register] || 0) + 1;
  langReg[`${e.lang}/${e.register}`] = (langReg[`${e.lang}/${e.register}`] || 0) + 1;
  if (!e.entities.length) { clean++; cleanByLang[e.lang]++; }
  const kinds = new Set();
  for (const x of e.entities) { byType[x.type]++; typeByLang[x.type][e.lang]++; kinds.add(x.type); }
  for (const k of kinds) entriesWithType[k]++;
}
const total = entries.length;
const share = total ? clean / total : 0;

if (total < MIN_TOTAL) errors.push(`only ${total} entries (need ${MIN_TOTAL})`);
for (const [l, n] of Object.entries(MIN_LANG)) if (byLang[l] < n) errors.push(`lang ${l}: ${byLang[l]} entries (need ${n})`);
if (mixed < MIN_MIXED) errors.push(`mixed ru/kk or Latin-script ru/kk: ${mixed} (need ${MIN_MIXED})`);
for (const r of REGISTERS) if (byReg[r] < MIN_PER_REGISTER) errors.push(`register ${r}: ${byReg[r]} entries (need ${MIN_PER_REGISTER})`);
for (const [t, n] of Object.entries(MIN_TYPE)) if (byType[t] < n) errors.push(`type ${t}: ${byType[t]} spans (need ${n})`);
if (share < MIN_CLEAN_SHARE) errors.push(`clean share ${(share * 100).toFixed(1)}% (need ${MIN_CLEAN_SHARE * 100}%)`);
for (const l of LANGS) if (!cleanByLang[l]) errors.push(`no clean entries in ${l}`);

// ---------- report ----------
const pct = (n) => `${((n / total) * 100).toFixed(1)}%`;
const table = [];
table.push(`Entries: ${total}; without any personal data: ${clean} (${pct(clean)}); mixed ru/kk or Latin-script ru/kk: ${mixed} (ru ${mixedByLang.ru}, kk ${mixedByLang.kk}); spans: ${Object.values(byType).reduce((a, b) => a + b, 0)}.`);
table.push('');
table.push('| language | entries | clean (no entity) |');
table.push('|---|---:|---:|');
for (const l of LANGS) table.push(`| ${l} | ${byLang[l]} | ${cleanByLang[l]} |`);
table.push('');
table.push('| register | entries | ru | kk | en |');
table.push('|---|---:|---:|---:|---:|');
for (const r of REGISTERS) table.push(`| ${r} | ${byReg[r]} | ${langReg[`ru/${r}`] || 0} | ${langReg[`kk/${r}`] || 0} | ${langReg[`en/${r}`] || 0} |`);
table.push('');
table.push('| type | spans | entries containing it | ru | kk | en |');
table.push('|---|---:|---:|---:|---:|---:|');
for (const t of TYPES) table.push(`| ${t} | ${byType[t]} | ${entriesWithType[t]} | ${typeByLang[t].ru} | ${typeByLang[t].kk} | ${typeByLang[t].en} |`);
const report = table.join('\n');
console.log(report);

if (errors.length) {
  console.error(`\n${errors.length} problem(s):`);
  for (const e of errors) console.error('  ' + e);
  process.exit(1);
}

const jsonl = entries.map((e) => JSON.stringify({ lang: e.lang, register: e.register, text: e.text, entities: e.entities })).join('\n') + '\n';
writeFileSync(OUT, jsonl);
// keep the counts section of README.md in sync, if the markers are there
if (existsSync(README)) {
  const md = readFileSync(README, 'utf8');
  const a = '<!-- counts:start -->', b = '<!-- counts:end -->';
  const i = md.indexOf(a), j = md.indexOf(b);
  if (i >= 0 && j > i) {
    const next = md.slice(0, i + a.length) + '\n' + report + '\n' + md.slice(j);
    if (next !== md) writeFileSync(README, next);
  }
}
console.log(`\nOK: wrote ${total} entries to ${OUT}`);
