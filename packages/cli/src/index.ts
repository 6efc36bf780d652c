export type { Io, TextSink } from "./io.js";
export { run } from "./run.js";
