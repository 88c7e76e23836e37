import fc from 'fast-check';

// Generated-input tests explore a fresh seed on every developer run; `.ci/run` sets
// DATELINE_FUZZ_SEED so a submission's verdict replays exactly (fast-check prints the seed of a
// failure: rerun with it, then keep the counterexample as a named test case).
const seed = process.env.DATELINE_FUZZ_SEED;
if (seed) fc.configureGlobal({ seed: Number(seed) });
