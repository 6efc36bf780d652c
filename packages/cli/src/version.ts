// Read at build time: the bundler inlines the version, so the built bin needs no package.json beside it.
import packageJson from "../package.json" with { type: "json" };

/** The version of `@redumbrella/cli`, from its package.json. */
export const VERSION: string = packageJson.version;
