// Emails, URLs and messenger handles: plain patterns, compiled once.
import { type Candidate, PRIORITY } from "./candidate.js";
import { DATA_FIELD_WORDS, HANDLE_CUE_WORDS } from "./lexicon/keywords.js";
import { ENGLISH_COMMON_WORDS } from "./lexicon/not-names.js";

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
// Messengers' and social networks' domains, as a link starts with them.
const PLATFORM = String.raw`^(?:https?:\/\/)?(?:www\.|m\.)?(?:t\.me|telegram\.me|wa\.me|vk\.com|ok\.ru|instagram\.com|instagr\.am|facebook\.com|fb\.com|tiktok\.com|x\.com|twitter\.com|threads\.net|onlyfans\.com|fansly\.com|linktr\.ee)`;
// A link to one person's profile on one is a handle, not a site; the domain alone names no one.
const PROFILE_LINK = new RegExp(String.raw`${PLATFORM}\/[^/\s]`, "iu");
const PLATFORM_ALONE = new RegExp(String.raw`${PLATFORM}\/?$`, "iu");
// A handle written without its @ where the words before say it is one, up to four words on, quoted
// or not: "ник в телеге Kisa_777", "insta aigul.nails_tdk", "my new insta is zarina.nails.ala",
// "под ником «Vishenka_01»", "с аккаунта angel_ast_2023", "страница в VK mohira_tashkent", "мой инст
// если что: aselek_beauty", "instagramnan tap: asemay_92", "мой скайп: nastena.krg88". It must
// look like a handle (a digit, _ or an inner dot), not a word.
const HANDLE_CUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${HANDLE_CUE_WORDS.join("|")})(?:,?\s+\p{L}{1,12}){0,4}[\s:,—«"“'-]{1,3}([A-Za-z][A-Za-z0-9_.]{2,31})(?![\p{L}\p{N}_@])`,
  "giu",
);
const GLUED_WORD = /^[\p{Script=Cyrillic}]+(?=[A-Za-z0-9])/u;
// A run of Latin letters, digits, dots and underscores, read whole (no backtracking into it).
const LATIN_RUN = /(?<![\p{L}\p{N}_.@/])[A-Za-z][A-Za-z0-9._]*/gu;
const AFTER_NICK = /[\p{L}\p{N}@]/u;
const HANDLE_LIKE = /[0-9_]|[A-Za-z]\.[A-Za-z]/u;
const LETTER_THEN_DIGIT = /[A-Za-z]\d/u;
// Cheap test first: a lower-case letter or digit on each side of a dot, which most texts lack.
const INNER_DOT = /[a-z0-9_]\.[a-z0-9_]/u;
const DOTTED_NICK = /^[a-z][a-z0-9_]{2,}(?:\.[a-z0-9_]{2,})+$/u;
const NOT_A_NICK_END =
  /^(?:kz|ru|com|org|net|me|be|io|info|uz|kg|ua|by|su|tj|pdf|jpe?g|png|gif|heic|docx?|xlsx?|pptx?|txt|csv|json|zip|rar|mp[34]|ogg|opus|m4a|wav|html?)$/u;
const FIELD_WORDS: ReadonlySet<string> = new Set([...DATA_FIELD_WORDS, ...ENGLISH_COMMON_WORDS]);
const ANY_HANDLE_CUE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${HANDLE_CUE_WORDS.join("|")})(?![\p{L}])`, "iu");

function push(out: Candidate[], text: string, pattern: RegExp, type: "EMAIL" | "URL" | "HANDLE", priority: number): void {
  for (const match of text.matchAll(pattern)) {
    const value = match[0].replace(TRAILING, "");
    if (value.length === 0) continue;
    // A messenger's or a network's own domain alone (wa.me, instagram.com) names no one.
    if (type === "URL" && PLATFORM_ALONE.test(value)) continue;
    const profile = type === "URL" && PROFILE_LINK.test(value);
    // A Latin address glued to a Cyrillic word (почтаzhanna@mail.ru) starts after the word.
    const glued = type === "EMAIL" ? GLUED_WORD.exec(value) : null;
    const start = match.index + (glued === null ? 0 : glued[0].length);
    out.push({ start, end: match.index + value.length, type: profile ? "HANDLE" : type, priority });
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
  // A Latin nick joined by an underscore (dinulya_ekb, Kisa_777) is a handle with no cue: no word is
  // written so; a file's name in capitals (IMG_4417) is none, nor an email's name (anna_k@mail.ru).
  if (text.includes("_")) {
    for (const match of text.matchAll(LATIN_RUN)) {
      const nick = match[0].replace(/\.+$/u, "");
      if (!nick.includes("_") || !/[a-z]/u.test(nick) || AFTER_NICK.test(text.charAt(match.index + match[0].length))) continue;
      // …nor a table's column named in English words (case_id, officer_known).
      if (nick.split("_").every((part) => FIELD_WORDS.has(part.toLowerCase()))) continue;
      out.push({ start: match.index, end: match.index + nick.length, type: "HANDLE", priority: PRIORITY.handle });
    }
  }
  // A nick in lower case with inner dots that end in no domain's TLD nor a file's extension is a
  // handle: with a year or digits last (ruslan.kz.1985, aru.92) anywhere, and of letters only (tomiris.nails) where
  // the text names a network or a profile somewhere.
  if (INNER_DOT.test(text)) {
    let cued: boolean | undefined;
    for (const match of text.matchAll(LATIN_RUN)) {
      const nick = match[0].replace(/\.+$/u, "");
      if (!DOTTED_NICK.test(nick) || AFTER_NICK.test(text.charAt(match.index + match[0].length))) continue;
      const last = nick.slice(nick.lastIndexOf(".") + 1);
      // …nor a phone's digits after a word's abbreviation (tel.87073318246).
      if (NOT_A_NICK_END.test(last) || /^\d{5,}$/u.test(last)) continue;
      if (!/\d/u.test(last) && !(cued ??= ANY_HANDLE_CUE.test(text))) continue;
      out.push({ start: match.index, end: match.index + nick.length, type: "HANDLE", priority: PRIORITY.handle });
    }
  }
  // A handle has a _, a dot or digits after its letters (murka1998): the cues are read only then.
  if (text.includes("_") || text.includes(".") || LETTER_THEN_DIGIT.test(text)) {
    for (const match of text.matchAll(HANDLE_CUE)) {
      const handle = (match[1] as string).replace(TRAILING, "");
      if (handle.length < 3 || !HANDLE_LIKE.test(handle)) continue;
      const start = match.index + match[0].length - (match[1] as string).length;
      out.push({ start, end: start + handle.length, type: "HANDLE", priority: PRIORITY.handle });
    }
  }
  if (!text.includes(".")) return;
  if (SCHEME_OR_WWW.test(text)) push(out, text, URL_WITH_SCHEME, "URL", PRIORITY.urlWithScheme);
  if (DOT_LETTER.test(text)) push(out, text, BARE_DOMAIN, "URL", PRIORITY.url);
}
