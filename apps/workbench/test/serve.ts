// The built app served as a static host would: files of dist/ only, nothing else, on 127.0.0.1.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const APP = fileURLToPath(new URL("../", import.meta.url));
export const DIST = join(APP, "dist");

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** Builds the app when dist/ is missing (a clean clone where only the packages were built). */
export function ensureBuilt(): void {
  if (existsSync(join(DIST, "index.html"))) return;
  execFileSync("pnpm", ["--filter", "workbench", "build"], { cwd: APP, stdio: "inherit" });
}

/** A static server of dist/ on a free port of 127.0.0.1; every request it answers is recorded in `served`. */
export async function serveDist(): Promise<{ url: string; served: string[]; close: () => Promise<void> }> {
  const served: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    served.push(path);
    const file = normalize(join(DIST, path === "/" ? "index.html" : path));
    if (!file.startsWith(DIST + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
