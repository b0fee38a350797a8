// Peer benchmark: bpmn-engine (npm) runs start -> 5 script tasks alternating with 5 service tasks -> end, in memory,
// repeatedly for a fixed time, and prints instances/s as one JSON line. Usage: node run.mjs [seconds] [warmupSeconds]
import { Engine } from 'bpmn-engine';
import { readFileSync } from 'node:fs';

const seconds = Number(process.argv[2] ?? 5);
const warmupSeconds = Number(process.argv[3] ?? 1);
const source = readFileSync(new URL('./ten-tasks.bpmn', import.meta.url), 'utf8');

const services = {
  setVariables(executionContext, callback) {
    callback(null, { x: 1 });
  },
};

async function runOne() {
  const engine = new Engine({ name: 'ten-tasks', source, services });
  const ended = new Promise((resolve, reject) => {
    engine.once('end', resolve);
    engine.once('error', reject);
  });
  const execution = await engine.execute({ variables: { n: 0 } });
  await ended;
  return execution;
}

async function runFor(ms) {
  const until = performance.now() + ms;
  let count = 0;
  while (performance.now() < until) {
    await runOne();
    count++;
  }
  return count;
}

// Correctness check: one instance must run all ten tasks and end.
const check = await runOne();
const out = check.environment.output;
if (out.s9 !== 9) throw new Error(`unexpected output ${JSON.stringify(out)}`);

await runFor(warmupSeconds * 1000);
const started = performance.now();
const count = await runFor(seconds * 1000);
const elapsed = (performance.now() - started) / 1000;
console.log(JSON.stringify({
  engine: 'bpmn-engine',
  version: JSON.parse(readFileSync(new URL('./node_modules/bpmn-engine/package.json', import.meta.url), 'utf8')).version,
  node: process.version,
  instances: count,
  seconds: elapsed,
  instancesPerSecond: count / elapsed,
}));
