import { defineConfig, type Plugin } from "vite";

/**
 * One classic script instead of an ES module: browsers refuse module scripts from `file://`, and the
 * workbench must open from a USB stick as from any static host.
 */
function classicScript(): Plugin {
  return {
    name: "workbench:classic-script",
    apply: "build",
    enforce: "post",
    transformIndexHtml: (html) => html.replace(/<script type="module" crossorigin /g, "<script defer ").replace(/ crossorigin/g, ""),
  };
}

export default defineConfig({
  // Relative URLs: the built files work from any folder of any static host, or from a file.
  base: "./",
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: false,
    reportCompressedSize: false,
    // One stylesheet file, linked: not injected by the script.
    cssCodeSplit: false,
    rolldownOptions: { output: { format: "iife", codeSplitting: false } },
  },
  plugins: [classicScript()],
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
