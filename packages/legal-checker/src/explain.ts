import { DEFAULT_LOCALE, fieldMeta, type Locale } from "@redumbrella/questionnaire";
import type { Citation, Finding } from "./engine/finding.js";
import type { Pack } from "./engine/pack.js";
import { checkPack } from "./engine/pack-shape.js";
import { findEntry } from "./law/registry.js";
import { CHECKER_MESSAGES } from "./messages.js";
import { kz } from "./packs/kz/index.js";

/**
 * A citation in words: the instrument, the article and its title, and when that version is in force.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { checkRecord, describeCitation } from "@redumbrella/legal-checker";
 * import { isRefusal, parseRecord } from "@redumbrella/questionnaire";
 *
 * const record = parseRecord(JSON.parse(readFileSync("record.json", "utf8")));
 * const findings = isRefusal(record) ? [] : checkRecord(record, { locale: "ru" });
 * for (const citation of findings.flatMap((f) => f.citations)) console.log(describeCitation(citation, "ru"));
 * // "Кодекс … об административных правонарушениях …, статья 449 «Приставание в общественных местах» (действует с 2015-01-01)"
 */
export function describeCitation(citation: Citation, locale: Locale = DEFAULT_LOCALE, pack: Pack = kz): string {
  checkPack(pack);
  const instrument = findEntry(pack, citation.instrument)?.title[locale] ?? citation.instrument;
  const { from, to } = citation.inForce;
  const period =
    to === undefined
      ? CHECKER_MESSAGES.format("period.open", { from }, locale)
      : CHECKER_MESSAGES.format("period.closed", { from, to }, locale);
  if (citation.article === undefined) return CHECKER_MESSAGES.format("citation.instrument", { instrument, period }, locale);
  const title = findEntry(pack, citation.instrument, citation.article)?.title[locale] ?? "";
  return CHECKER_MESSAGES.format("citation.article", { instrument, article: citation.article, title, period }, locale);
}

// A missing fact as the person concerned knows it: the question as the interviewer read it out.
const question = (path: string, locale: Locale): string =>
  CHECKER_MESSAGES.format("explain.quoted", { text: fieldMeta(path)?.label[locale] ?? path }, locale);

const isDatePath = (path: string): boolean => path === "interview.date" || /^(charges|incidents)\[\d+\]\.date$/.test(path);

/**
 * A paragraph the person concerned can read: what is wrong (or what is still unknown), which law
 * says so, and what she can do — where to turn, as the report recommends. For a finding of another
 * pack than `pack`, its message.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { checkRecord, explain } from "@redumbrella/legal-checker";
 * import { isRefusal, parseRecord } from "@redumbrella/questionnaire";
 *
 * const record = parseRecord(JSON.parse(readFileSync("record.json", "utf8")));
 * if (!isRefusal(record)) for (const finding of checkRecord(record, { locale: "ru" })) console.log(explain(finding, "ru"));
 */
export function explain(finding: Finding, locale: Locale = DEFAULT_LOCALE, pack: Pack = kz): string {
  checkPack(pack);
  const scope = finding.judgedOn === "incident" ? "incident" : finding.charge === null ? "record" : "charge";
  const rule = pack.rules.find((r) => r.id === finding.rule) ?? pack.rules.find((r) => r.code === finding.code && r.scope === scope);
  if (rule === undefined) return finding.message;
  const parts: string[] = [];
  if (finding.status === "undetermined") {
    parts.push(CHECKER_MESSAGES.format("explain.undetermined", { title: rule.title[locale] }, locale));
    const missing = finding.missingFacts.filter((p) => !isDatePath(p));
    if (missing.length > 0) {
      const list = missing.map((p) => question(p, locale)).join(CHECKER_MESSAGES.format("list.separator", {}, locale));
      parts.push(CHECKER_MESSAGES.format("explain.missing", { missing: list }, locale));
    }
    if (finding.missingFacts.some(isDatePath)) parts.push(CHECKER_MESSAGES.format("explain.date", {}, locale));
    if (finding.missingFacts.length === 0) parts.push(CHECKER_MESSAGES.format("explain.noLaw", {}, locale));
  }
  parts.push(rule.explain[locale]);
  if (finding.citations.length > 0) {
    const citations = finding.citations
      .map((c) => describeCitation(c, locale, pack))
      .join(CHECKER_MESSAGES.format("list.separator", {}, locale));
    parts.push(CHECKER_MESSAGES.format("explain.law", { citations }, locale));
    if (finding.citations.some((c) => c.source.basis === "general knowledge"))
      parts.push(CHECKER_MESSAGES.format("explain.general", {}, locale));
  }
  return parts.join(" ");
}
