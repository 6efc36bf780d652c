// Copies examples/partner-app/main.ts into docs/getting-started.md between its markers, so the page
// shows the code that runs. `pnpm docs:format` runs it; a test fails when the page is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const GUIDE = fileURLToPath(new URL("../docs/getting-started.md", import.meta.url));
export const EXAMPLE = fileURLToPath(new URL("../examples/partner-app/main.ts", import.meta.url));

/** The guide with the example's current code between its markers. */
export function renderGuide(guide: string, code: string): string {
  const start = "<!-- example:start -->";
  const end = "<!-- example:end -->";
  const a = guide.indexOf(start);
  const b = guide.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${GUIDE} lacks the ${start} … ${end} markers`);
  return `${guide.slice(0, a + start.length)}\n\n\`\`\`ts\n${code.trimEnd()}\n\`\`\`\n\n${guide.slice(b)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(GUIDE, renderGuide(readFileSync(GUIDE, "utf8"), readFileSync(EXAMPLE, "utf8")));
  console.log(`wrote ${GUIDE}`);
}
