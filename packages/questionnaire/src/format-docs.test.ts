// docs/record-format.md documents the format for partners; its field tables are generated from
// this package's metadata. Regenerate with `pnpm docs:format` when this fails.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fieldTables, PAGE, renderPage } from "../../../scripts/format-docs.js";
import { FIELDS } from "./schema/fields.js";

describe("docs/record-format.md", () => {
  const page = readFileSync(PAGE, "utf8");

  it("has field tables that match the schema's metadata (run `pnpm docs:format` if not)", () => {
    expect(page).toBe(renderPage(page));
  });

  it("lists every field of the format, with its identifiability class", () => {
    const tables = fieldTables();
    for (const path of Object.keys(FIELDS)) expect(tables).toContain(`| \`${path}\``);
    expect(tables).toContain("| `incidents[].perpetrators[].badgeNumber` (v2) | — (not on paper) | text | direct |");
  });
});
