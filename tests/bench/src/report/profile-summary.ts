import fs from 'node:fs';
import path from 'node:path';

/** The parts of a V8 .cpuprofile (node --cpu-prof) this summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileLine {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  /** Self time by package (node_modules/<name>, node: internals, the repository's own packages). */
  byPackage: ProfileLine[];
  /** Self time by function. */
  byFunction: ProfileLine[];
}

/** Where a script belongs: an npm package, a workspace package of this repository, Node itself, or V8. */
function packageOf(url: string): string {
  if (!url) return '(native / GC / idle)';
  if (url.startsWith('node:')) return 'node:internal';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const workspace = /\/(services\/[^/]+|shared\/[^/]+|gateway|tests\/bench)\//.exec(url);
  return workspace ? workspace[1] : url;
}

function top(map: Map<string, number>, total: number, count: number): ProfileLine[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({ name, ms: us / 1000, share: total > 0 ? us / total : 0 }));
}

/** Self time per package and per function of one CPU profile. */
export function summariseProfile(file: string, count = 15): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    total += us;
    const pkg = frame.functionName === '(idle)' ? '(idle)' : packageOf(frame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    const where = frame.url ? `${path.basename(frame.url)}:${frame.lineNumber + 1}` : '';
    const name = `${frame.functionName || '(anonymous)'} ${where} [${pkg}]`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  });
  // Idle time is not work: shares are of the busy time.
  const busy = total - (byPackage.get('(idle)') ?? 0);
  byPackage.delete('(idle)');
  for (const key of [...byFunction.keys()]) if (key.startsWith('(idle)')) byFunction.delete(key);
  return { file, totalMs: busy / 1000, byPackage: top(byPackage, busy, count), byFunction: top(byFunction, busy, count) };
}

export function formatProfileSummary(summary: ProfileSummary): string {
  const line = (l: ProfileLine) => `  ${(l.share * 100).toFixed(1).padStart(5)}%  ${l.ms.toFixed(0).padStart(7)} ms  ${l.name}`;
  return [
    `${path.basename(summary.file)}: ${summary.totalMs.toFixed(0)} ms busy`,
    ' self time by package:',
    ...summary.byPackage.map(line),
    ' self time by function:',
    ...summary.byFunction.map(line),
  ].join('\n');
}

// `node tests/bench/dist/report/profile-summary.js <file.cpuprofile>…` prints the summary of each profile.
if (require.main === module) {
  for (const file of process.argv.slice(2)) process.stdout.write(`${formatProfileSummary(summariseProfile(file, 25))}\n\n`);
}
