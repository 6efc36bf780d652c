// Compiles every code example a reader may copy: the ts/js blocks of the READMEs and docs, and every
// `@example` of the TSDoc in packages/*/src. Each block becomes its own module in `.examples-check/`
// (inside the repo, so `@redumbrella/*` resolves through the workspace to each package's src/), all
// are type-checked in one program, and each diagnostic is reported at the line of the block's source.
// A block opts out only visibly, with a reason: `<!-- example:skip REASON -->` on the line before its
// fence, or a fence info string `ts fragment REASON`.
// Run: `pnpm check:examples` (CI runs it after the type-check).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Where the modules are written: inside the repo, so the workspace's node_modules resolve. */
export const OUT_DIR = join(ROOT, ".examples-check");

/** One code block to compile: where it is, and its code with one line per source line. */
export interface Example {
  /** Repo-relative path of the file the block is in. */
  readonly source: string;
  /** 1-based line of the block's opening fence or `@example` tag: names the module. */
  readonly line: number;
  /** 1-based line in `source` of the code's first line. */
  readonly codeLine: number;
  readonly lang: "ts" | "tsx" | "js";
  readonly code: string;
}

/** A block that opted out, with its reason. */
export interface Skip {
  readonly source: string;
  readonly line: number;
  readonly reason: string;
}

/** A problem with the extraction itself (an unclosed fence, a skip without a reason). */
export interface ExtractProblem {
  readonly source: string;
  readonly line: number;
  readonly message: string;
}

export interface Extracted {
  readonly examples: Example[];
  readonly skips: Skip[];
  readonly problems: ExtractProblem[];
}

const LANGS: Readonly<Record<string, Example["lang"]>> = { ts: "ts", typescript: "ts", tsx: "tsx", js: "js", javascript: "js" };
const SKIP_COMMENT = /^<!--\s*example:skip\b(.*?)-->\s*$/;
const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})\s*([^`\s]*)(.*)$/;

interface Line {
  readonly text: string;
  /** 1-based line in the source file. */
  readonly at: number;
}

// Fenced blocks among `lines` (markdown, or the body of an `@example`). `bareLang` is the language of
// a fence without one: none in markdown, TypeScript inside TSDoc.
function fencedBlocks(source: string, lines: readonly Line[], bareLang: Example["lang"] | undefined, into: Extracted): void {
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE_OPEN.exec(lines[i]?.text ?? "");
    if (open === null) continue;
    const [, indent = "", fence = "", info = "", rest = ""] = open;
    const start = lines[i] as Line;
    let end = i + 1;
    const close = new RegExp(`^\\s*${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
    while (end < lines.length && !close.test(lines[end]?.text ?? "")) end++;
    if (end >= lines.length) {
      into.problems.push({ source, line: start.at, message: "unclosed code fence" });
      return;
    }
    const body = lines.slice(i + 1, end);
    const before = lines.slice(0, i);
    i = end;
    const lang = info === "" ? bareLang : LANGS[info.toLowerCase()];
    if (lang === undefined) continue;
    const words = rest.trim();
    const previous = [...before].reverse().find((l) => l.text.trim() !== "");
    const skipComment = previous === undefined ? null : SKIP_COMMENT.exec(previous.text.trim());
    if (words.startsWith("fragment") || skipComment !== null) {
      const reason = (skipComment?.[1] ?? words.slice("fragment".length)).trim().replace(/^[:—-]\s*/, "");
      if (reason === "") into.problems.push({ source, line: start.at, message: "a skipped example needs a reason" });
      else into.skips.push({ source, line: start.at, reason });
      continue;
    }
    const dedent = (text: string): string => (text.startsWith(indent) ? text.slice(indent.length) : text.trimStart());
    into.examples.push({
      source,
      line: start.at,
      codeLine: start.at + 1,
      lang,
      code: body.map((l) => dedent(l.text)).join("\n"),
    });
  }
}

/** The ts/js code blocks of a markdown file. */
export function extractMarkdown(source: string, text: string): Extracted {
  const out: Extracted = { examples: [], skips: [], problems: [] };
  const lines = text.split("\n").map((t, i) => ({ text: t.replace(/\r$/, ""), at: i + 1 }));
  fencedBlocks(source, lines, undefined, out);
  return out;
}

/**
 * The `@example` blocks of the TSDoc comments in a TypeScript file: the fenced blocks of an example
 * if it has any, else its whole body (TypeDoc shows an unfenced example as code). Text on the tag's
 * own line is a title, not code.
 */
export function extractTsdoc(source: string, text: string): Extracted {
  const out: Extracted = { examples: [], skips: [], problems: [] };
  for (const match of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const first = text.slice(0, match.index).split("\n").length;
    // The comment's lines with their ` * ` stripped.
    const comment: Line[] = (match[1] ?? "").split("\n").map((t, n) => ({
      text: (n === 0 ? t.replace(/^ /, "") : t.replace(/^\s*\* ?/, "")).replace(/\r$/, ""),
      at: first + n,
    }));
    for (let k = 0; k < comment.length; k++) {
      const tag = /^\s*@example\b(.*)$/.exec(comment[k]?.text ?? "");
      if (tag === null) continue;
      const at = (comment[k] as Line).at;
      const body: Line[] = [];
      let inFence = false;
      for (k++; k < comment.length; k++) {
        const l = comment[k] as Line;
        if (!inFence && /^\s*@\w/.test(l.text)) break;
        if (/^\s*(`{3,}|~{3,})/.test(l.text)) inFence = !inFence;
        body.push(l);
      }
      k--;
      if (body.some((l) => /^\s*(`{3,}|~{3,})/.test(l.text))) {
        fencedBlocks(source, body, "ts", out);
        continue;
      }
      while (body.length > 0 && body[0]?.text.trim() === "") body.shift();
      while (body.length > 0 && body.at(-1)?.text.trim() === "") body.pop();
      const first = body[0];
      if (first === undefined) {
        out.problems.push({ source, line: at, message: "empty @example" });
        continue;
      }
      out.examples.push({ source, line: at, codeLine: first.at, lang: "ts", code: body.map((l) => l.text).join("\n") });
    }
  }
  return out;
}

/** The module an example is written to: its source's path and line, e.g. `packages-report-README.md-L42.ts`. */
export function moduleName(example: Pick<Example, "source" | "line" | "lang">): string {
  return `${example.source.replace(/[\\/]/g, "-")}-L${example.line}.${example.lang}`;
}

/**
 * The module's code. A TSDoc example may import its file's neighbours (`from "./checksums.js"`), as
 * an example of an internal helper does: the path is rewritten to point there from `outDir`.
 */
export function moduleCode(example: Pick<Example, "source" | "code">, outDir: string = OUT_DIR): string {
  if (example.source.endsWith(".md")) return example.code;
  return example.code.replace(
    /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(\.\.?\/[^"']*)\2/g,
    (_, lead: string, quote: string, spec: string) => {
      const target = relative(outDir, join(ROOT, dirname(example.source), spec)).replace(/\\/g, "/");
      return `${lead}${quote}${target.startsWith(".") ? target : `./${target}`}${quote}`;
    },
  );
}

/** A diagnostic at `line` (0-based) of an example's module, as `source:line: TSxxxx message`. */
export function formatAt(example: Example, line: number, code: number, message: string): string {
  return `${example.source}:${example.codeLine + line}: TS${code} ${message}`;
}

const list = (dir: string): string[] => (existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)) : []);

function sourcesOf(): { markdown: string[]; typescript: string[] } {
  const packages = list("packages").filter((p) => existsSync(join(ROOT, "packages", p, "package.json")));
  const markdown = [
    "README.md",
    "RELEASING.md",
    "examples/README.md",
    ...list("docs")
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`),
    ...packages.map((p) => `packages/${p}/README.md`),
  ].filter((f) => existsSync(join(ROOT, f)));
  const typescript = packages.flatMap((p) =>
    readdirSync(join(ROOT, "packages", p, "src"), { recursive: true, encoding: "utf8" })
      .filter((f) => /\.tsx?$/.test(f) && !/\.test(-d)?\.tsx?$|(^|[\\/])(test|__tests__)[\\/]/.test(f))
      .map((f) => `packages/${p}/src/${f.replace(/\\/g, "/")}`),
  );
  return { markdown, typescript: typescript.sort() };
}

/** Every example of the repo, with the skips and extraction problems. */
export function extractAll(): Extracted {
  const all: Extracted = { examples: [], skips: [], problems: [] };
  const { markdown, typescript } = sourcesOf();
  const add = (e: Extracted): void => {
    all.examples.push(...e.examples);
    all.skips.push(...e.skips);
    all.problems.push(...e.problems);
  };
  for (const f of markdown) add(extractMarkdown(f, readFileSync(join(ROOT, f), "utf8")));
  for (const f of typescript) add(extractTsdoc(f, readFileSync(join(ROOT, f), "utf8")));
  return all;
}

// The root has every published package but the CLI as a devDependency: link the missing ones beside
// the modules, so an example imports each package by its name, as a partner's app does.
function linkWorkspacePackages(): void {
  for (const p of list("packages")) {
    const manifest = join(ROOT, "packages", p, "package.json");
    if (!existsSync(manifest)) continue;
    const name = (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name;
    if (name === undefined || existsSync(join(ROOT, "node_modules", name))) continue;
    const link = join(OUT_DIR, "node_modules", name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(relative(dirname(link), join(ROOT, "packages", p)), link, "dir");
  }
}

const TSCONFIG = {
  extends: "../tsconfig.base.json",
  compilerOptions: {
    // A block is a module even without an import, so blocks don't share a global scope and may await at top level.
    moduleDetection: "force",
    noUnusedLocals: false,
    noUnusedParameters: false,
    allowJs: true,
    checkJs: true,
    jsx: "preserve",
    declaration: false,
    sourceMap: false,
    noEmit: true,
  },
  include: ["*.ts", "*.tsx", "*.js"],
};

/** Writes the examples as modules and type-checks them in one program; returns one line per diagnostic. */
export function compile(examples: readonly Example[]): string[] {
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, "tsconfig.json"), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  linkWorkspacePackages();
  const byFile = new Map<string, Example>();
  for (const example of examples) {
    const file = join(OUT_DIR, moduleName(example));
    writeFileSync(file, `${moduleCode(example)}\n`);
    byFile.set(file, example);
  }
  const config = ts.getParsedCommandLineOfConfigFile(
    join(OUT_DIR, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (config === undefined) throw new Error("cannot read .examples-check/tsconfig.json");
  const program = ts.createProgram({ rootNames: [...byFile.keys()], options: config.options });
  const out: string[] = [];
  const flatten = (d: ts.Diagnostic): string => ts.flattenDiagnosticMessageText(d.messageText, "\n    ");
  for (const d of [...config.errors, ...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()]) {
    out.push(`.examples-check/tsconfig.json: TS${d.code} ${flatten(d)}`);
  }
  for (const [file, example] of byFile) {
    const sf = program.getSourceFile(file);
    if (sf === undefined) {
      out.push(`${example.source}:${example.line}: not compiled (${moduleName(example)} missing from the program)`);
      continue;
    }
    for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
      const line = d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line;
      out.push(formatAt(example, line, d.code, flatten(d)));
    }
  }
  return out;
}

function main(): number {
  const started = performance.now();
  const { examples, skips, problems } = extractAll();
  const errors = [...problems.map((p) => `${p.source}:${p.line}: ${p.message}`), ...compile(examples)];
  for (const e of errors) console.error(e);
  for (const s of skips) console.log(`skipped ${s.source}:${s.line}: ${s.reason}`);
  const fromDocs = examples.filter((e) => e.source.endsWith(".md")).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `check:examples: ${examples.length} blocks compiled (${fromDocs} from markdown, ${examples.length - fromDocs} from TSDoc), ` +
      `${skips.length} skipped, ${errors.length} errors in ${seconds} s`,
  );
  return errors.length === 0 ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main();
