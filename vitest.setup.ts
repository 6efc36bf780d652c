import * as fc from "fast-check";

// Property runs are seeded and bounded for CI; FC_NUM_RUNS and FC_SEED ask for a larger or another run.
fc.configureGlobal({
  numRuns: Number(process.env.FC_NUM_RUNS ?? 100),
  seed: Number(process.env.FC_SEED ?? 20150314),
});
