/** What is wrong at the place a JSON text stops being valid. */
export type JsonSyntaxProblem = "unexpectedCharacter" | "unexpectedEnd" | "trailingText";

/** What JSON.parse lets pass but would change the record: a key given twice, a number read as infinity. */
export type JsonValueProblem = "duplicateKey" | "numberTooLarge";

/** What is wrong with a JSON text, at a place in it. */
export type JsonProblem = JsonSyntaxProblem | JsonValueProblem;

/** Where a JSON text stops being valid: an offset into it, and why. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly problem: JsonSyntaxProblem;
}

/** A line and column, both from 1; the column counts characters (code points), as editors do. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

const ARRAY = 0;
const OBJECT = 1;
const LITERALS = ["true", "false", "null"] as const;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/**
 * Finds where a JSON text (RFC 8259) first goes wrong, or `undefined` when it is valid.
 * `JSON.parse` errors carry no reliable position and quote the text, which may be a record: so
 * we locate the error ourselves, once parsing has failed. Iterative, so deep nesting cannot overflow.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const n = text.length;
  const stack: number[] = [];
  let i = 0;
  const fail = (problem: JsonSyntaxProblem = "unexpectedCharacter"): JsonSyntaxError => ({
    offset: i,
    problem: i >= n ? "unexpectedEnd" : problem,
  });
  const skipSpace = (): void => {
    while (i < n) {
      const c = text[i];
      if (c !== " " && c !== "\t" && c !== "\n" && c !== "\r") break;
      i++;
    }
  };
  // Scans a string at `i` (which holds the opening quote); false at the offending character.
  const scanString = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        i++;
        const e = text[i];
        if (e === "u") {
          for (let k = 1; k <= 4; k++) {
            i++;
            if (!isHex(text[i])) return false;
          }
        } else if (e === undefined || !'"\\/bfnrt'.includes(e)) return false;
      }
      i++;
    }
    return false;
  };
  const scanDigits = (): boolean => {
    if (!isDigit(text[i])) return false;
    while (isDigit(text[i])) i++;
    return true;
  };
  const scanNumber = (): boolean => {
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else if (!scanDigits()) return false;
    if (text[i] === ".") {
      i++;
      if (!scanDigits()) return false;
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (!scanDigits()) return false;
    }
    return true;
  };
  // Scans `"key" :` of an object member, leaving `i` at its value.
  const scanKey = (): boolean => {
    skipSpace();
    if (text[i] !== '"' || !scanString()) return false;
    skipSpace();
    if (text[i] !== ":") return false;
    i++;
    return true;
  };

  for (;;) {
    // A value.
    skipSpace();
    const c = text[i];
    if (c === "{" || c === "[") {
      i++;
      skipSpace();
      if (text[i] === (c === "{" ? "}" : "]")) i++;
      else {
        stack.push(c === "{" ? OBJECT : ARRAY);
        if (c === "{" && !scanKey()) return fail();
        continue;
      }
    } else if (c === '"') {
      if (!scanString()) return fail();
    } else if (c === "-" || isDigit(c)) {
      if (!scanNumber()) return fail();
    } else {
      const literal = LITERALS.find((word) => word[0] === c);
      if (literal === undefined) return fail();
      for (const expected of literal) {
        if (text[i] !== expected) return fail();
        i++;
      }
    }
    // After a value: close containers, or a comma and the next value.
    for (;;) {
      skipSpace();
      const top = stack.at(-1);
      if (top === undefined) return i < n ? fail("trailingText") : undefined;
      const d = text[i];
      if (d === ",") {
        i++;
        if (top === OBJECT && !scanKey()) return fail();
        break;
      }
      if (d !== (top === OBJECT ? "}" : "]")) return fail();
      i++;
      stack.pop();
    }
  }
}

/** The line and column of `offset` in `text`. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf("\n"); nl !== -1 && nl < offset; nl = text.indexOf("\n", nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  let column = 1;
  for (let k = lineStart; k < offset; k++) {
    const code = text.charCodeAt(k);
    // The second half of a surrogate pair is not a character of its own.
    if (code < 0xdc00 || code > 0xdfff) column++;
  }
  return { line, column };
}

/** The line and column of each of `offsets` (ascending) in `text`, in one pass. */
export function positionsAt(text: string, offsets: readonly number[]): TextPosition[] {
  const out: TextPosition[] = [];
  let line = 1;
  let column = 1;
  let k = 0;
  for (const offset of offsets) {
    for (; k < offset; k++) {
      const code = text.charCodeAt(k);
      if (code === 0x0a) {
        line++;
        column = 1;
      } else if (code < 0xdc00 || code > 0xdfff) column++;
    }
    out.push({ line, column });
  }
  return out;
}
