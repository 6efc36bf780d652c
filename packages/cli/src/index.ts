export { run } from "./run.js";
export type { Io, TextSink } from "./io.js";
