import * as z from "zod/mini";
import { hinted, pushIssue } from "./primitives.js";

/** An entry of `declined`: the path of a question of `declinable` (else `UNKNOWN_QUESTION`). */
/* @__NO_SIDE_EFFECTS__ */
export function declinedPath(declinable: ReadonlySet<string>): z.ZodMiniString {
  const schema = z.string().check((payload) => {
    if (!declinable.has(payload.value)) pushIssue(payload, "UNKNOWN_QUESTION", { received: JSON.stringify(payload.value) });
  });
  return hinted(schema, { enum: [...declinable] });
}
