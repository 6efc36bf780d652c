// Builds entries.ndjson from source.txt (plain Node >= 18, no deps).
// source.txt: one entry per line: LANG REGISTER TEXT (single spaces) ; lines starting with '#' and blank lines are ignored.
//   LANG: ru | kk | en | mixed | ru-lat | kk-lat | mixed-lat   (-lat = Latin-script chat transliteration;
//         written to entries.ndjson as ru / kk / mixed; the script is recorded in stats.json)
//   TEXT: inline markup [[TYPE:surface]]; escapes \u202F (narrow no-break space) and \u00A0 (no-break space).
// Offsets are JS string indices (UTF-16 code units), end exclusive.
// Fails (exit 1) on: malformed markup, unknown type/lang/register, invalid IIN / Luhn / IBAN mod-97,
// whitespace at span edges, duplicate texts.
import { readFileSync, writeFileSync } from 'node:fs';
import { validIIN, luhnOk, validIBAN, digitsOf } from './checks.mjs';

const TYPES = new Set(['NAME', 'PHONE', 'IIN', 'EMAIL', 'CARD', 'IBAN', 'DOB', 'HANDLE', 'DOCNUM', 'ADDRESS']);
const LANGS = { ru: ['ru', 'cyrl'], kk: ['kk', 'cyrl'], en: ['en', 'latn'], mixed: ['mixed', 'cyrl'],
  'ru-lat': ['ru', 'latn-translit'], 'kk-lat': ['kk', 'latn-translit'], 'mixed-lat': ['mixed', 'latn-translit'] };
const REGS = new Set(['police', 'clinic', 'chat', 'testimony', 'documentator']);

const here = (f) => new URL('./' + f, import.meta.url);
const lines = readFileSync(here('source.txt'), 'utf8').split('\n');
const errors = [], warnings = [], entries = [], seen = new Map();
const stats = { entries: 0, spans: 0, byLang: {}, byScript: {}, byRegister: {}, byType: {}, byLangType: {},
  noSpanEntries: 0, long300to800: 0, translitIds: [], longIds: [] };
const inc = (o, k, n = 1) => (o[k] = (o[k] || 0) + n);

lines.forEach((raw, ln) => {
  const line = raw.replace(/\r$/, '');
  if (!line.trim() || line.startsWith('#')) return;
  const where = `source.txt:${ln + 1}`;
  const mm0 = /^(\S+) (\S+) (\S.*)$/.exec(line);
  if (!mm0) { errors.push(`${where}: expected "LANG REGISTER TEXT"`); return; }
  const [, lg, reg, src0] = mm0;
  if (!LANGS[lg]) errors.push(`${where}: bad lang ${lg}`);
  if (!REGS.has(reg)) errors.push(`${where}: bad register ${reg}`);
  const src = src0.replace(/\\u202F/g, '\u202F').replace(/\\u00A0/g, '\u00A0');
  let text = '', spans = [], i = 0;
  const re = /\[\[([A-Z]+):([^\]]*?)\]\]/g;
  let m;
  while ((m = re.exec(src))) {
    text += src.slice(i, m.index);
    const [, type, surf] = m;
    if (!TYPES.has(type)) errors.push(`${where}: unknown type ${type}`);
    if (!surf || surf !== surf.trim()) errors.push(`${where}: empty span or whitespace at edge: "${surf}"`);
    const start = text.length; text += surf;
    spans.push({ start, end: text.length, type });
    i = re.lastIndex;
  }
  text += src.slice(i);
  if (/\[\[|\]\]/.test(text)) errors.push(`${where}: leftover markup`);
  for (const s of spans) {
    const v = text.slice(s.start, s.end);
    if (s.type === 'IIN' && !validIIN(v)) errors.push(`${where}: invalid IIN ${v}`);
    if (s.type === 'CARD' && !luhnOk(v)) errors.push(`${where}: invalid card (Luhn) ${v}`);
    if (s.type === 'IBAN' && !validIBAN(v)) errors.push(`${where}: invalid IBAN ${v}`);
    if (s.type === 'PHONE') { const n = digitsOf(v).length; if (n < 9 || n > 13) errors.push(`${where}: odd phone ${v}`); }
    if ((s.type === 'DOB' || s.type === 'DOCNUM') && !/\d/.test(v)) errors.push(`${where}: ${s.type} without digits ${v}`);
    if (s.type === 'EMAIL' && !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(v)) errors.push(`${where}: odd email ${v}`);
  }
  // heuristics for unlabelled identifiers (warnings)
  const masked = spans.reduceRight((t, s) => t.slice(0, s.start) + '\u0000'.repeat(s.end - s.start) + t.slice(s.end), text);
  for (const mm of masked.matchAll(/(?<![\d\u0000])\d{12}(?![\d\u0000])/g)) if (validIIN(mm[0])) warnings.push(`${where}: unlabelled IIN-valid ${mm[0]}`);
  for (const mm of masked.matchAll(/(?<![\d\u0000])\d{16}(?![\d\u0000])/g)) if (luhnOk(mm[0])) warnings.push(`${where}: unlabelled Luhn-valid ${mm[0]}`);
  for (const mm of masked.matchAll(/KZ\d\d[0-9A-Z]{16}/g)) warnings.push(`${where}: unlabelled IBAN-like ${mm[0]}`);
  for (const mm of masked.matchAll(/@[A-Za-z0-9_.]{3,}/g)) warnings.push(`${where}: unlabelled @-token ${mm[0]}`);
  for (const mm of masked.matchAll(/(?<![\d\u0000])(\+?[78]|\+99[68])[\s\-(]*\d{3}[\s\-)]*\d{3}[\s\-]*\d{2}[\s\-]*\d{2}(?![\d\u0000])/g)) warnings.push(`${where}: unlabelled phone-like ${mm[0]}`);
  if (seen.has(text)) errors.push(`${where}: duplicate of line ${seen.get(text)}`); else seen.set(text, ln + 1);
  const [outLang, script] = LANGS[lg] || ['?', '?'];
  const id = 'h2-' + String(entries.length + 1).padStart(4, '0');
  entries.push({ id, lang: outLang, register: reg, text, spans });
  stats.entries++; inc(stats.byLang, outLang); inc(stats.byScript, lg); inc(stats.byRegister, reg);
  if (script === 'latn-translit') stats.translitIds.push(id);
  if (!spans.length) stats.noSpanEntries++;
  if (text.length >= 300 && text.length <= 800) { stats.long300to800++; stats.longIds.push(id); }
  if (text.length > 800) warnings.push(`${where}: longer than 800 chars (${text.length})`);
  for (const s of spans) { stats.spans++; inc(stats.byType, s.type); stats.byLangType[outLang] ??= {}; inc(stats.byLangType[outLang], s.type); }
});

for (const w of warnings) console.warn('WARN', w);
if (errors.length) { for (const e of errors) console.error('ERROR', e); process.exit(1); }
writeFileSync(here('entries.ndjson'), entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
stats.noSpanShare = +(stats.noSpanEntries / stats.entries).toFixed(3);
writeFileSync(here('stats.json'), JSON.stringify(stats, null, 1) + '\n');
const { translitIds, longIds, ...brief } = stats;
console.log(JSON.stringify(brief, null, 1));
