// Run in a fresh process by validate.bench.ts: import + schema build + first validation.
const start = performance.now();
const { safeParseRecord } = await import("@redumbrella/questionnaire");
const result = safeParseRecord(JSON.parse(process.argv[2]), { asOf: "2026-11-28" });
const ms = performance.now() - start;
if (!result.success) throw new Error("cold-start record is invalid");
process.stdout.write(String(ms));
