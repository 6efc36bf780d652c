// Emails and URLs: plain patterns, compiled once.
import { type Candidate, PRIORITY } from "./candidate.js";

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL_WITH_SCHEME = /\b(?:https?:\/\/|www\.)[^\s<>"«»“”]+/giu;
const BARE_DOMAIN =
  /(?<![\p{L}\p{N}@._-])(?:[a-z0-9-]+\.)+(?:kz|ru|com|org|net|me|be|io|info|uz|kg|ua|by|su|tj|рф|қаз)(?:\/[^\s<>"«»“”]*)?(?![\p{L}\p{N}])/giu;
const TRAILING = /[.,;:!?)\]}'"»”…–—-]+$/u;

function push(out: Candidate[], text: string, pattern: RegExp, type: "EMAIL" | "URL", priority: number): void {
  for (const match of text.matchAll(pattern)) {
    const value = match[0].replace(TRAILING, "");
    if (value.length > 0) out.push({ start: match.index, end: match.index + value.length, type, priority });
  }
}

/** Emails, URLs with a scheme or `www.`, and bare domains of the region's and common TLDs. */
export function findWebAddresses(text: string, out: Candidate[]): void {
  if (text.includes("@")) push(out, text, EMAIL, "EMAIL", PRIORITY.email);
  if (!text.includes(".")) return;
  push(out, text, URL_WITH_SCHEME, "URL", PRIORITY.urlWithScheme);
  push(out, text, BARE_DOMAIN, "URL", PRIORITY.url);
}
