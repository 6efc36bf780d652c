import { Bench } from "tinybench";

/** Prints one figure in the form scripts read: `bench: <name> <value> <unit>`. */
export function report(name: string, value: number, unit: string): void {
  const shown = value >= 100 ? Math.round(value).toString() : value.toPrecision(3);
  console.log(`bench: ${name} ${shown} ${unit}`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Runs the tasks in `rounds` rounds, rotating their order each round so no task always runs
 * first (or last) on a warm JIT, and returns each task's median milliseconds per call.
 */
export async function medianRounds(
  tasks: Readonly<Record<string, () => unknown>>,
  { rounds = 5, time = 400 }: { rounds?: number; time?: number } = {},
): Promise<Record<string, number>> {
  const names = Object.keys(tasks);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time, iterations: 5, warmupTime: 100, warmupIterations: 2 });
    const order = names.map((_, i) => names[(i + round) % names.length] as string);
    for (const name of order) bench.add(name, tasks[name] as () => unknown);
    await bench.run();
    for (const task of bench.tasks) {
      const latency = task.result && "latency" in task.result ? task.result.latency.p50 : undefined;
      if (latency === undefined) throw new Error(`bench task ${task.name} failed`);
      samples[task.name]?.push(latency);
    }
  }
  return Object.fromEntries(names.map((n) => [n, median(samples[n] as number[])]));
}

/** The median of a few values (for figures measured outside tinybench, like a cold start). */
export { median };
