// Architecture check: the folders of src/ are pipeline stages, and a module may import only from its own
// folder or from a folder earlier in STAGE_ORDER. Input: module paths and texts. Output: the offending
// imports (cycles between folders always show up as at least one backward edge).
import { posix } from 'node:path';

/** Lowest first. Root files of src/ (the library entry) sit where '(root)' stands. */
export const STAGE_ORDER = [
  'text',
  'diagnostics',
  'model',
  'parser',
  'schema',
  'rules',
  'codegen',
  'binary',
  'encrypt',
  'cert',
  'workspace',
  'fleet',
  'serve',
  'phone',
  'node',
  'editor',
  'lsp',
  '(root)',
  'cli',
] as const;

export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  readonly fromStage: string;
  readonly toStage: string;
  readonly typeOnly: boolean;
}

export interface OrderProblem extends ImportEdge {
  readonly reason: string;
}

// Static imports and re-exports, `import type` included, and dynamic import() of a literal path.
const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?[^;'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The stage of a path relative to src/: its first folder, or '(root)' for a file directly in src/. */
export const stageOf = (file: string): string => {
  const parts = file.split('/');
  return parts.length > 1 ? (parts[0] ?? '(root)') : '(root)';
};

export function importEdges(files: ReadonlyMap<string, string>): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const [from, text] of files) {
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[3] ?? m[4] ?? '';
      if (!spec.startsWith('.')) continue;
      const to = posix.normalize(posix.join(posix.dirname(from), spec)).replace(/\.js$/, '.ts');
      if (to.startsWith('../')) continue; // package.json and the like, outside src/
      edges.push({ from, to, fromStage: stageOf(from), toStage: stageOf(to), typeOnly: m[2] !== undefined });
    }
  }
  return edges;
}

export function orderProblems(
  files: ReadonlyMap<string, string>,
  order: readonly string[] = STAGE_ORDER,
): OrderProblem[] {
  const rank = new Map(order.map((stage, i) => [stage, i]));
  const problems: OrderProblem[] = [];
  for (const edge of importEdges(files)) {
    if (edge.fromStage === edge.toStage) continue;
    const from = rank.get(edge.fromStage);
    const to = rank.get(edge.toStage);
    if (from === undefined || to === undefined) {
      const stage = from === undefined ? edge.fromStage : edge.toStage;
      problems.push({ ...edge, reason: `folder '${stage}' is not in the stage order` });
    } else if (to > from) {
      problems.push({
        ...edge,
        reason: `'${edge.fromStage}' may not import the later stage '${edge.toStage}'`,
      });
    }
  }
  return problems;
}

/** Folder-level cycles, each as the list of folders around it (for a readable failure). */
export function folderCycles(files: ReadonlyMap<string, string>): string[][] {
  const next = new Map<string, Set<string>>();
  for (const e of importEdges(files)) {
    if (e.fromStage === e.toStage) continue;
    const set = next.get(e.fromStage) ?? new Set<string>();
    set.add(e.toStage);
    next.set(e.fromStage, set);
  }
  const cycles: string[][] = [];
  const seen = new Set<string>();
  for (const start of [...next.keys()].sort()) {
    for (const via of next.get(start) ?? []) {
      const path = reach(next, via, start);
      if (!path) continue;
      const cycle = [start, ...path];
      const key = [...new Set(cycle)].sort().join(' ');
      if (!seen.has(key)) cycles.push(cycle);
      seen.add(key);
    }
  }
  return cycles;
}

/** A path of folders from `from` to `to`, breadth first, or undefined. */
function reach(next: ReadonlyMap<string, Set<string>>, from: string, to: string): string[] | undefined {
  const back = new Map<string, string>([[from, '']]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i] ?? '';
    if (at === to) {
      const path = [at];
      for (let p = back.get(at) ?? ''; p !== ''; p = back.get(p) ?? '') path.unshift(p);
      return path;
    }
    for (const n of next.get(at) ?? []) {
      if (back.has(n)) continue;
      back.set(n, at);
      queue.push(n);
    }
  }
  return undefined;
}
