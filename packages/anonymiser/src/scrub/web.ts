// Emails, URLs and messenger handles: plain patterns, compiled once.
import { type Candidate, PRIORITY } from "./candidate.js";

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL_WITH_SCHEME = /\b(?:https?:\/\/|www\.)[^\s<>"«»“”]+/giu;
const BARE_DOMAIN =
  /(?<![\p{L}\p{N}@._-])(?:[a-z0-9-]+\.)+(?:kz|ru|com|org|net|me|be|io|info|uz|kg|ua|by|su|tj|рф|қаз)(?:\/[^\s<>"«»“”]*)?(?![\p{L}\p{N}])/giu;
// @ and 3–32 letters, digits, _ and inner dots, not inside an email or a link.
const HANDLE = /(?<![\p{L}\p{N}_.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?(?![\p{L}\p{N}_@])/gu;
// Cheap tests first: most texts have neither, and the full patterns are slow to fail.
const SCHEME_OR_WWW = /https?:|www\./iu;
const DOT_LETTER = /[a-z0-9-]\.[a-zрқ]/iu;
const TRAILING = /[.,;:!?)\]}'"»”…–—-]+$/u;

function push(out: Candidate[], text: string, pattern: RegExp, type: "EMAIL" | "URL" | "HANDLE", priority: number): void {
  for (const match of text.matchAll(pattern)) {
    const value = match[0].replace(TRAILING, "");
    if (value.length > 0) out.push({ start: match.index, end: match.index + value.length, type, priority });
  }
}

/** Emails, messenger handles, URLs with a scheme or `www.`, and bare domains of the region's and common TLDs. */
export function findWebAddresses(text: string, out: Candidate[]): void {
  if (text.includes("@")) {
    push(out, text, EMAIL, "EMAIL", PRIORITY.email);
    for (const match of text.matchAll(HANDLE)) {
      if (match[0].length < 4) continue;
      out.push({ start: match.index, end: match.index + match[0].length, type: "HANDLE", priority: PRIORITY.handle });
    }
  }
  if (!text.includes(".")) return;
  if (SCHEME_OR_WWW.test(text)) push(out, text, URL_WITH_SCHEME, "URL", PRIORITY.urlWithScheme);
  if (DOT_LETTER.test(text)) push(out, text, BARE_DOMAIN, "URL", PRIORITY.url);
}
