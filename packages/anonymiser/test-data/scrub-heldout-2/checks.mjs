// Checksum validators shared by make.mjs and build.mjs (plain Node, no deps).
export const digitsOf = (s) => s.replace(/\D/g, '');

// Kazakhstan IIN: 12 digits, YYMMDD + century/sex digit + 4 serial + control digit.
export function iinControl(d11) {
  const d = d11.split('').map(Number);
  const w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  const w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
  let s = d.reduce((a, x, i) => a + x * w1[i], 0) % 11;
  if (s === 10) s = d.reduce((a, x, i) => a + x * w2[i], 0) % 11;
  return s === 10 ? -1 : s;
}
export function validIIN(raw) {
  const s = digitsOf(raw);
  if (s.length !== 12) return false;
  const mm = +s.slice(2, 4), dd = +s.slice(4, 6), c = +s[6];
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31 || c < 1 || c > 6) return false;
  const ctl = iinControl(s.slice(0, 11));
  return ctl >= 0 && ctl === +s[11];
}

export function luhnOk(raw) {
  const s = digitsOf(raw);
  if (s.length < 13 || s.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let x = +s[s.length - 1 - i];
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return sum % 10 === 0;
}
export function luhnDigit(body) {
  for (let c = 0; c <= 9; c++) if (luhnOk(body + c)) return c;
}

function mod97(str) {
  let r = 0;
  for (const ch of str) {
    const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const dch of v) r = (r * 10 + +dch) % 97;
  }
  return r;
}
export function validIBAN(raw) {
  const s = raw.replace(/[\s\u00A0\u202F]/g, '').toUpperCase();
  if (!/^KZ\d{2}[0-9A-Z]{16}$/.test(s)) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}
export function ibanCheck(bban, cc = 'KZ') {
  const r = mod97(bban + cc + '00');
  return String(98 - r).padStart(2, '0');
}
