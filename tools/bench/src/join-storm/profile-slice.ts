/**
 * Where a server spent one storm: cuts a .cpuprofile (from --cpu-prof) to a window on the
 * monotonic clock, as join-storm prints it, and shows self time by function and a timeline
 * in 10 ms steps by kind of work. Idle on the main thread is waiting: for the database, or
 * for SQLite's worker threads.
 *
 *   npx tsx tools/bench/src/join-storm/profile-slice.ts <file.cpuprofile> <fromUs> <toUs>
 */
import { readFileSync } from 'node:fs';

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

const KINDS: Array<[kind: string, test: (frames: string) => boolean]> = [
  ['jwt minting', (f) => f.includes('/jose/')],
  ['pg_notify (adapter)', (f) => f.includes('cluster-adapter') && f.includes('publish')],
  ['fan-out (socket.io, ws)', (f) => /socket\.io|engine\.io|\/ws\/|writev/.test(f)],
  ['database client', (f) => /sequelize|\/pg\/|sqlite/.test(f)],
];

function main([file, fromText, toText]: string[]): void {
  if (!file || !fromText || !toText) throw new Error('usage: profile-slice <file.cpuprofile> <fromUs> <toUs>');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const [from, to] = [Number(fromText), Number(toText)];
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const frameName = ({ functionName, url, lineNumber }: CallFrame) => `${functionName || '(anonymous)'} ${url.replace(/^.*?\/(node_modules|libs|apps|tools)\//, '$1/')}:${lineNumber + 1}`;
  const stackOf = (id: number) => {
    const frames: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) frames.push(frameName(byId.get(at)!.callFrame));
    return frames;
  };

  const self = new Map<string, number>();
  const timeline = new Map<number, Map<string, number>>();
  let time = profile.startTime;
  let inWindow = 0;
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i];
    if (time < from || time > to) return;
    inWindow++;
    const stack = stackOf(id);
    self.set(stack[0], (self.get(stack[0]) ?? 0) + 1);
    const joined = stack.join(' ');
    const kind = stack[0].startsWith('(idle)') ? 'idle' : stack[0].startsWith('(garbage') ? 'gc' : (KINDS.find(([, test]) => test(joined))?.[0] ?? 'other (app code, node)');
    const step = Math.floor((time - from) / 10_000);
    const kinds = timeline.get(step) ?? new Map<string, number>();
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    timeline.set(step, kinds);
  });
  const msPerSample = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
  console.log(`${inWindow} samples (~${(inWindow * msPerSample).toFixed(0)} ms at ${msPerSample.toFixed(2)} ms each) in a ${((to - from) / 1000).toFixed(0)} ms window`);
  console.log('\nself time, samples:');
  for (const [name, count] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${String(count).padStart(6)}  ${name}`);
  console.log('\ntimeline, samples per 10 ms:');
  for (const [step, kinds] of [...timeline].sort((a, b) => a[0] - b[0])) {
    console.log(`  ${String(step * 10).padStart(4)} ms  ${[...kinds].map(([kind, count]) => `${kind} ${count}`).join(', ')}`);
  }
}

main(process.argv.slice(2));
