// The release check (`pnpm check:release`, run by `.ci/run` after the consumer test): what the Release
// workflow will do, done here first without a login and without the network.
// 1. Each public package, packed by pnpm as `changeset publish` packs it: no `workspace:` left, internal
//    dependencies as caret ranges, LICENSE, README.md, CHANGELOG.md (when there is one), package.json and
//    dist/ in the tarball and nothing from src/ or tests; `npm publish --dry-run` on it prints no warning.
// 2. `changeset version` on a copy of the repo: each package gets the version its pending changesets ask
//    for, a CHANGELOG.md with their summaries, unchanged `workspace:` ranges, and no changeset is left.
// Needs the packages built (`pnpm build`).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "redumbrella-release-check-"));
const problems = [];
const problem = (text) => {
  problems.push(text);
  console.log(`release: FAIL ${text}`);
};

/** Runs a command; returns its exit status and its stdout and stderr together. */
function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function mustRun(cmd, args, options) {
  const result = run(cmd, args, options);
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${result.status}:\n${result.output}`);
  return result.output;
}

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));
const DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"];

const workspace = JSON.parse(mustRun("pnpm", ["ls", "-r", "--depth", "-1", "--json"], { cwd: root })).filter(
  (p) => p.path !== root.replace(/\/$/, ""),
);
const internalNames = new Set(workspace.map((p) => p.name));
const published = workspace.filter((p) => !p.private);

// npm with nothing of this machine's or the CI's npm configuration, a token for a registry that does not
// exist (so npm does not warn that it needs a login) and `--offline`: npm 11's dry run otherwise fetches
// the package's registry document to compare with its `latest` version, and retries for a minute.
const npmDir = join(work, "npm");
mkdirSync(npmDir);
const deadRegistry = "http://127.0.0.1:9/";
writeFileSync(join(npmDir, "npmrc"), `//127.0.0.1:9/:_authToken=release-check-dry-run\n`);
writeFileSync(join(npmDir, "global-npmrc"), "");
const npmEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_/i.test(k)));
const npmArgs = [
  `--userconfig=${join(npmDir, "npmrc")}`,
  `--globalconfig=${join(npmDir, "global-npmrc")}`,
  `--cache=${join(npmDir, "cache")}`,
  `--registry=${deadRegistry}`,
  "--offline",
  "--fetch-retries=0",
  "--no-provenance",
];

function checkTarball(pkg, tarball) {
  const label = `${pkg.name}@${pkg.version}`;
  const files = mustRun("tar", ["-tzf", tarball])
    .split("\n")
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ""));
  const required = ["LICENSE", "README.md", "package.json"];
  if (existsSync(join(pkg.path, "CHANGELOG.md"))) required.push("CHANGELOG.md");
  for (const file of required) if (!files.includes(file)) problem(`${label}: ${file} is not in the tarball`);
  if (!files.some((f) => f.startsWith("dist/"))) problem(`${label}: no dist/ in the tarball (run pnpm build first)`);
  const stray = files.filter((f) => /^(src|test|tests|test-data|test-output)\//.test(f) || /\.test(-d)?\.[cm]?[jt]sx?$/.test(f));
  if (stray.length > 0) problem(`${label}: source or test files in the tarball: ${stray.slice(0, 5).join(", ")}`);

  const manifestText = mustRun("tar", ["-xzOf", tarball, "package/package.json"]);
  if (manifestText.includes("workspace:")) problem(`${label}: the packed package.json still says "workspace:"`);
  const manifest = JSON.parse(manifestText);
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      // `workspace:*` packs as an exact version: a partner would get a second copy of the dependency
      // as soon as it has a patch release.
      if (internalNames.has(name) && !range.startsWith("^")) {
        problem(`${label}: ${field} ${name} is packed as "${range}" (write "workspace:^" in its package.json)`);
      }
    }
  }

  // npm checks a tarball's manifest without correcting it, and only warns about what it would correct
  // (bin paths, repository, …) when it publishes a folder: the dry run is done on both.
  const unpacked = join(dirname(tarball), "unpacked");
  mkdirSync(unpacked);
  mustRun("tar", ["-xzf", tarball, "-C", unpacked]);
  for (const target of [tarball, join(unpacked, "package")]) {
    const dry = run("npm", ["publish", "--dry-run", "--ignore-scripts", ...npmArgs, target], { cwd: npmDir, env: npmEnv });
    const complaints = dry.output.split("\n").filter((line) => /^npm (warn|error|err!)/i.test(line));
    if (dry.status !== 0 || complaints.length > 0) {
      const what = target === tarball ? "the tarball" : "the unpacked tarball";
      problem(
        `${label}: npm publish --dry-run of ${what} exited ${dry.status}:\n  ${(complaints.length > 0 ? complaints : [dry.output]).join("\n  ")}`,
      );
    }
  }
  return files.length;
}

function packAndPublish() {
  const tarballs = join(work, "tarballs");
  for (const pkg of published) {
    const dest = join(tarballs, pkg.name.replace(/[@/]/g, "_"));
    mustRun("pnpm", ["pack", "--pack-destination", dest], { cwd: pkg.path });
    const tgz = readdirSync(dest).filter((f) => f.endsWith(".tgz"));
    if (tgz.length !== 1) throw new Error(`pnpm pack in ${pkg.path} made ${tgz.length} tarballs`);
    const before = problems.length;
    const count = checkTarball(pkg, join(dest, tgz[0]));
    if (problems.length === before)
      console.log(`release: ${pkg.name}@${pkg.version} packs ${count} files; npm publish --dry-run (tarball and folder) is clean`);
  }
}

// Bump types in order; a package's bump is the largest its changesets ask for.
const BUMPS = ["none", "patch", "minor", "major"];

function readChangesets(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`.changeset/${file}: no frontmatter`);
      const releases = new Map();
      for (const line of match[1].split(/\r?\n/).filter((l) => l.trim())) {
        const entry = /^\s*["']?([^"':]+)["']?\s*:\s*(patch|minor|major|none)\s*$/.exec(line);
        if (!entry) throw new Error(`.changeset/${file}: cannot read "${line}"`);
        releases.set(entry[1], entry[2]);
      }
      return { file, releases, summary: match[2].trim() };
    });
}

function bump(version, type) {
  const [major, minor, patch] = version.split(".").map(Number);
  if (type === "major") return `${major + 1}.0.0`;
  if (type === "minor") return `${major}.${minor + 1}.0`;
  if (type === "patch") return `${major}.${minor}.${patch + 1}`;
  return version;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
// Compares prose only: the changelog may reformat markdown.
const prose = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

function changesetVersion() {
  const copy = join(work, "repo");
  const listed = mustRun("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root }).split("\0");
  for (const file of listed.filter(Boolean)) {
    if (!existsSync(join(root, file))) continue; // deleted in the working tree
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    copyFileSync(join(root, file), join(copy, file));
  }
  // The changelog generator and prettier are resolved from the repo's node_modules.
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");

  const changesets = readChangesets(join(copy, ".changeset"));
  const before = new Map(workspace.map((p) => [p.name, readJson(join(copy, relative(root, p.path), "package.json"))]));
  const rootBefore = readFileSync(join(copy, "package.json"), "utf8");
  for (const { file, releases } of changesets) {
    for (const name of releases.keys()) if (!before.has(name)) problem(`.changeset/${file} names ${name}, which is not in the workspace`);
  }

  // On the "Version packages" commit the changesets have been applied: nothing to version.
  if (changesets.length === 0) {
    console.log("release: no pending changesets");
    return { changesets: 0, bumped: 0 };
  }
  mustRun(join(root, "node_modules/.bin/changeset"), ["version"], { cwd: copy });

  const bumped = new Set();
  for (const pkg of workspace) {
    const dir = join(copy, relative(root, pkg.path));
    const old = before.get(pkg.name);
    const now = readJson(join(dir, "package.json"));
    const mine = changesets.filter((c) => c.releases.has(pkg.name));
    const type = mine.map((c) => c.releases.get(pkg.name)).reduce((a, b) => (BUMPS.indexOf(b) > BUMPS.indexOf(a) ? b : a), "none");
    const expected = bump(old.version, type);
    if (now.version !== old.version) bumped.add(pkg.name);
    if (!SEMVER.test(now.version ?? "")) problem(`${pkg.name}: changeset version gave "${now.version}", not a semver version`);
    if (type !== "none" && now.version !== expected) {
      problem(`${pkg.name}: changeset version gave ${now.version}; its changesets (${type}) ask for ${expected}`);
    }
    // A package no changeset names may only get a patch, for a dependency that left its range.
    if (type === "none" && now.version !== old.version && now.version !== bump(old.version, "patch")) {
      problem(`${pkg.name}: no changeset names it, yet changeset version gave ${old.version} → ${now.version}`);
    }
    for (const field of DEPENDENCY_FIELDS) {
      for (const [name, range] of Object.entries(old[field] ?? {})) {
        if (!internalNames.has(name)) continue;
        const after = now[field]?.[name];
        if (after !== range || !range.startsWith("workspace:")) {
          problem(`${pkg.name}: ${field} ${name} was "${range}", is "${after}" after changeset version (want "workspace:^")`);
        }
      }
    }
    if (mine.length === 0) continue;
    const changelogFile = join(dir, "CHANGELOG.md");
    if (!existsSync(changelogFile)) {
      problem(`${pkg.name}: no CHANGELOG.md after changeset version`);
      continue;
    }
    const changelog = readFileSync(changelogFile, "utf8");
    if (!changelog.includes(`## ${now.version}`)) problem(`${pkg.name}: CHANGELOG.md has no "## ${now.version}" section`);
    const missing = mine.filter((c) => !prose(changelog).includes(prose(c.summary)));
    if (missing.length > 0) problem(`${pkg.name}: CHANGELOG.md lacks the summaries of ${missing.map((c) => c.file).join(", ")}`);
    if (!problems.some((p) => p.startsWith(`${pkg.name}:`))) {
      console.log(
        `release: changeset version ${pkg.name} ${old.version} → ${now.version} (${type}; CHANGELOG.md has its ${mine.length} changeset${mine.length === 1 ? "" : "s"})`,
      );
    }
  }
  if (readFileSync(join(copy, "package.json"), "utf8") !== rootBefore) problem("changeset version changed the root package.json");
  const left = readdirSync(join(copy, ".changeset")).filter((f) => f !== "config.json" && f !== "README.md");
  if (left.length > 0) problem(`changeset version left .changeset/${left.join(", .changeset/")}`);
  return { changesets: changesets.length, bumped: bumped.size };
}

try {
  const started = Date.now();
  packAndPublish();
  const version = changesetVersion();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `release: ${published.length} tarballs checked, ${version.changesets} changesets → ${version.bumped} packages versioned; ` +
      `${problems.length === 0 ? "all checks passed" : `${problems.length} problems`} (${seconds} s)`,
  );
  if (problems.length > 0) process.exitCode = 1;
} finally {
  if (process.env.KEEP_RELEASE_CHECK !== "1") rmSync(work, { recursive: true, force: true });
  else console.log(`release: kept ${work}`);
}
