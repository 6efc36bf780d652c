// Generates the pool of checksum-valid synthetic IIN / card / IBAN numbers used in source.txt.
// Deterministic (seeded PRNG). Output: pools.txt. The numbers were then pasted into source.txt by hand;
// build.mjs re-validates every IIN/CARD/IBAN span.
import { writeFileSync } from 'node:fs';
import { iinControl, luhnDigit, ibanCheck, validIIN, luhnOk, validIBAN } from './checks.mjs';
let seed = 20240611;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const p2 = (n) => String(n).padStart(2, '0');
const out = [];
const iins = [];
while (iins.length < 60) {
  const y = ri(70, 99 + 6); const yy = y % 100; const century20 = y < 100;
  const female = rnd() < 0.8;
  const c = century20 ? (female ? 4 : 3) : (female ? 6 : 5);
  const body = p2(yy) + p2(ri(1, 12)) + p2(ri(1, 28)) + c + String(ri(0, 9999)).padStart(4, '0');
  const k = iinControl(body);
  if (k < 0) continue;
  const iin = body + k;
  if (!validIIN(iin)) throw new Error(iin);
  iins.push(iin);
}
out.push('# IIN', ...iins);
const bins = ['440043', '400303', '539545', '517792', '440563', '220070', '427638', '446375'];
const cards = [];
for (let i = 0; i < 30; i++) {
  const b = bins[i % bins.length] + String(ri(0, 999999999)).padStart(9, '0');
  const c = b + luhnDigit(b);
  if (!luhnOk(c)) throw new Error(c);
  cards.push(c);
}
out.push('# CARD', ...cards);
const banks = ['722', '601', '998', '914', '856', '826', '965'];
const ibans = [];
const A = 'ABCDEFGHJKLMNPRSTUVWXYZ';
for (let i = 0; i < 25; i++) {
  let rest = '';
  for (let j = 0; j < 13; j++) rest += (j === 3 && i % 3 === 0) ? A[ri(0, A.length - 1)] : String(ri(0, 9));
  const bban = banks[i % banks.length] + rest;
  const iban = 'KZ' + ibanCheck(bban) + bban;
  if (!validIBAN(iban)) throw new Error(iban);
  ibans.push(iban);
}
out.push('# IBAN', ...ibans);
writeFileSync(new URL('./pools.txt', import.meta.url), out.join('\n') + '\n');
console.log(out.join('\n'));
