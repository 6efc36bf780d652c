// Renders the README's lists of rules and law from a pack, so the README says what the data says.
import { match, P } from "ts-pattern";
import type { Condition } from "../engine/condition.js";
import type { Pack, Rule } from "../engine/pack.js";
import { findEntry, type LawEntry, type LawRef } from "../law/registry.js";

const ref = (r: LawRef): string => (r.article === undefined ? r.instrument : `${r.instrument}/${r.article}`);
const list = (values: readonly unknown[]): string => values.map((v) => `\`${String(v)}\``).join(", ");

/** A condition in words a lawyer can read: `(a and b)`, `x ∋ any of …`. */
export function describeCondition(c: Condition): string {
  return match<Condition, string>(c)
    .with({ all: P.array() }, (n) => `(${n.all.map(describeCondition).join(" and ")})`)
    .with({ any: P.array() }, (n) => `(${n.any.map(describeCondition).join(" or ")})`)
    .with({ not: P.nonNullable }, (n) => `not ${describeCondition(n.not)}`)
    .with({ fact: P.string, equals: P.nonNullable }, (n) => `\`${n.fact}\` = \`${String(n.equals)}\``)
    .with({ fact: P.string, in: P.array() }, (n) => `\`${n.fact}\` in ${list(n.in)}`)
    .with({ fact: P.string, includes: P.nonNullable }, (n) => `\`${n.fact}\` holds \`${String(n.includes)}\``)
    .with({ fact: P.string, includesAny: P.array() }, (n) => `\`${n.fact}\` holds any of ${list(n.includesAny)}`)
    .with({ fact: P.string, atLeast: P.number }, (n) => `\`${n.fact}\` ≥ ${n.atLeast}`)
    .with({ fact: P.string, below: P.number }, (n) => `\`${n.fact}\` < ${n.below}`)
    .with({ present: P.string }, (n) => `\`${n.present}\` recorded`)
    .with({ onOrAfter: P.string }, (n) => `the day is on or after ${n.onOrAfter}`)
    .with({ before: P.string }, (n) => `the day is before ${n.before}`)
    .with({ inForce: P.nonNullable }, (n) => `${ref(n.inForce)} in force on the day`)
    .with(
      { articleInForce: P.boolean },
      (n) => `the article cited (in its edition) is ${n.articleInForce ? "" : "not "}in force on the day`,
    )
    .with({ cites: P.array() }, (n) => `the charge cites ${n.cites.map(ref).join(" or ")} (in its edition)`)
    .exhaustive();
}

const period = (e: LawEntry): string =>
  e.versions.map((v) => `${v.inForce.from} → ${v.inForce.to ?? "…"}${v.basis === "seed" ? "" : " (general knowledge)"}`).join("; ");

const toVerify = (e: LawEntry): boolean => e.verify !== undefined || e.versions.some((v) => v.basis !== "seed") || e.basis !== "seed";

function citation(pack: Pack, r: LawRef): string {
  const e = findEntry(pack, r.instrument, r.article);
  if (e === undefined) return ref(r);
  const what = e.article === undefined ? `${e.instrument} — ${e.title.en}` : `${e.instrument} art. ${e.article} — “${e.title.en}”`;
  return `${what} (${period(e)}${toVerify(e) ? "; verify" : ""})`;
}

function rule(pack: Pack, r: Rule): string {
  const flags = [
    `**Scope** ${r.scope}`,
    `**severity** \`${r.severity}\``,
    `**kind** ${r.kind ?? "official"}`,
    `**id** \`${r.id}\``,
    ...(r.fallback === true ? ["**fallback**: judged on the interview's day only when no incident of the record gives this code"] : []),
  ];
  return [
    `### \`${r.code}\` — ${r.title.en}`,
    "",
    `- ${flags.join(" · ")}`,
    `- **When** ${describeCondition(r.when)}`,
    `- **Needs** ${list(r.needs)}`,
    `- **Legal basis** ${r.citations.map((c) => citation(pack, c)).join("; ")}`,
    `- **Seed** ${r.source.map((s) => `“${s.quote}” (${s.section})`).join(" — ")}`,
  ].join("\n");
}

/** Every rule of the pack with its condition, its law and the seed passages, in pack order. */
export function renderRules(pack: Pack): string {
  return pack.rules.map((r) => rule(pack, r)).join("\n\n");
}

/** The pack's law as a table: instrument, article, title, days in force, basis, seed section, whether to verify. */
export function renderLaw(pack: Pack): string {
  const rows = pack.law.map(
    (e) =>
      `| \`${e.id}\` | ${e.instrument} | ${e.article ?? "—"} | ${e.title.en} | ${period(e)} | ${e.basis} | ${e.source.section} | ${toVerify(e) ? "verify" : "—"} |`,
  );
  return [
    "| id | instrument | article | title | in force | basis | seed section | to verify |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/** Every point a lawyer must verify: each date the seed does not state, each number and content marked `verify`. */
export function renderVerify(pack: Pack): string {
  const lines: string[] = [];
  for (const e of pack.law) {
    for (const v of e.versions)
      if (v.basis !== "seed" || v.note !== undefined) lines.push(`- \`${e.id}\` (in force): ${v.note ?? "not stated by the seed."}`);
    if (e.verify?.number !== undefined) lines.push(`- \`${e.id}\` (number): ${e.verify.number}`);
    if (e.verify?.content !== undefined) lines.push(`- \`${e.id}\` (content): ${e.verify.content}`);
    if (e.basis !== "seed" && e.versions.every((v) => v.basis === "seed")) lines.push(`- \`${e.id}\` (content): not stated by the seed.`);
  }
  return lines.join("\n");
}

/** The README's generated blocks, each between its markers. */
export const README_BLOCKS = { rules: renderRules, law: renderLaw, verify: renderVerify } as const;

/** Writes the generated blocks into a README text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function fillReadme(text: string, pack: Pack): string {
  let out = text;
  for (const [name, render] of Object.entries(README_BLOCKS)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const a = out.indexOf(start);
    const b = out.indexOf(end);
    if (a < 0 || b < a) throw new Error(`README: markers ${start} … ${end} missing`);
    out = `${out.slice(0, a + start.length)}\n${render(pack)}\n${out.slice(b)}`;
  }
  return out;
}
