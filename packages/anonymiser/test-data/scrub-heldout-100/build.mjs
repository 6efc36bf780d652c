// Build entries.ndjson + stats.json from source.txt, with the held-out sets' shared builder.
// Usage: node build.mjs            (writes files, exits 1 on any validation error)
//        node build.mjs --check    (validates only)
import { buildHeldout } from '../heldout-build.mjs';

buildHeldout(new URL('.', import.meta.url));
