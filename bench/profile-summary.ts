/**
 * Summarizes a V8 .cpuprofile (from `npm run bench -- --profile DIR`): self time by function and
 * by package, so that a profile can decide what to optimize; then, of the busy samples (neither idle
 * nor "(program)"), the share spent under each package and each function anywhere on the stack
 * (inclusive time: what a layer costs with everything it calls).
 *
 *   tsx bench/profile-summary.ts DIR/CPU.*.cpuprofile [rows]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const [file, rowsText] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx bench/profile-summary.ts FILE.cpuprofile [rows]');
const rows = Number(rowsText ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[] };
const total = profile.samples.length;

function packageOf(url: string): string {
  const match = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (match) return match[1]!;
  if (url.includes('/dist/')) return '(gateway)';
  if (url.startsWith('node:') || url === '') return url === '' ? '(native/gc/idle)' : 'node core';
  return url;
}

/** A frame as the tables name it: function, then file (below node_modules) and line. */
function frameName({ functionName, url, lineNumber }: ProfileNode['callFrame']): string {
  return `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '')}:${lineNumber + 1}`;
}

/** The `rows` largest entries of `map`, as percentages of `of` samples. */
function print(title: string, map: Map<string, number>, of: number): void {
  process.stdout.write(`\n${title}\n`);
  for (const [name, hits] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    process.stdout.write(`${((hits / of) * 100).toFixed(1).padStart(5)} %  ${name}\n`);
  }
}

const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const node of profile.nodes) {
  const hits = node.hitCount ?? 0;
  if (!hits) continue;
  const name = frameName(node.callFrame);
  const pkg = packageOf(node.callFrame.url);
  byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + hits);
}
print('self time by package', byPackage, total);
print('self time by function', byFunction, total);

// Inclusive time: a sample counts once for every package and function on its stack.
const parentOf = new Map<number, ProfileNode>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
const underPackage = new Map<string, number>();
const underFunction = new Map<string, number>();
let busy = 0;
for (const node of profile.nodes) {
  const hits = node.hitCount ?? 0;
  if (!hits || node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') continue;
  busy += hits;
  const packages = new Set<string>();
  const functions = new Set<string>();
  for (let frame: ProfileNode | undefined = node; frame && frame.callFrame.functionName !== '(root)'; frame = parentOf.get(frame.id)) {
    packages.add(packageOf(frame.callFrame.url));
    functions.add(frameName(frame.callFrame));
  }
  for (const name of packages) underPackage.set(name, (underPackage.get(name) ?? 0) + hits);
  for (const name of functions) underFunction.set(name, (underFunction.get(name) ?? 0) + hits);
}
print(`inclusive share of busy time by package (${busy} busy samples of ${total})`, underPackage, busy);
print(`inclusive share of busy time by function (${busy} busy samples of ${total})`, underFunction, busy);
