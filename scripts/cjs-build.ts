// For tests of the dual-package hazard: a workspace package's CJS build, loaded beside the ESM source
// the test runs — two module instances, as in an ESM app that also `require`s the package.
import { existsSync, readFileSync } from "node:fs";
import { createRequire, Module } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGES = fileURLToPath(new URL("../packages/", import.meta.url));
const SCOPE = "@redumbrella/";

interface Resolver {
  _resolveFilename(request: string, parent: unknown, ...rest: unknown[]): string;
}

/** The file the exports map's `require` block names for `@redumbrella/<name>[/<subpath>]`: `packages/<name>/dist/index.cjs`. */
function requireEntry(specifier: string): string {
  const [name = "", ...subpath] = specifier.slice(SCOPE.length).split("/");
  const dir = join(PACKAGES, name);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    exports: Record<string, { require?: { default?: string } }>;
  };
  const target = manifest.exports[subpath.length === 0 ? "." : `./${subpath.join("/")}`]?.require?.default;
  if (target === undefined) throw new Error(`${specifier} has no require entry in its exports map.`);
  const file = join(dir, target);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`pnpm build\` before these tests (CI builds first).`);
  return file;
}

/**
 * `require(specifier)` of a workspace package's CJS build. Under vitest, Node resolves with the
 * `@redumbrella/source` and `import` conditions, which would send the build's own
 * `require("@redumbrella/…")` to TypeScript sources: while loading, those go to the other packages'
 * `require` entries instead, as they do in an app.
 */
export function requireCjsBuild<T>(specifier: string): T {
  const resolver = Module as unknown as Resolver;
  const original = resolver._resolveFilename;
  resolver._resolveFilename = function (this: unknown, request, parent, ...rest) {
    return request.startsWith(SCOPE) ? requireEntry(request) : original.call(this, request, parent, ...rest);
  };
  try {
    return createRequire(import.meta.url)(requireEntry(specifier)) as T;
  } finally {
    resolver._resolveFilename = original;
  }
}
