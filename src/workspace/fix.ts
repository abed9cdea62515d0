// Workspace (fixes): `spac check --fix`: the safe fixes the diagnostics carry, applied to the input files
// and checked again until none is left. Input: paths, a WorkspaceHost and the check's flags. Output: the
// last check (of the fixed texts) and each changed file's text before and after; nothing is written here.
import { posix } from 'node:path';
import { isFixable, type Diagnostic, type Fix, type TextEdit } from '../diagnostics/diagnostic.js';
import { unwrapProfile } from '../encrypt/unwrap.js';
import { checkFiles, type AnalyzeFlags, type WorkspaceCheck } from './analyze.js';
import type { WorkspaceHost } from './host.js';
import { addTo, append } from '../text/append.js';

/** ESLint's bound: a fix that makes another possible is applied on the next pass, up to this many. */
const PASSES = 10;
const BOM = '\uFEFF';

export interface FixedFile {
  readonly file: string;
  readonly before: string;
  readonly after: string;
  /** Both as reports show them: secrets blanked unless the flags say showSecrets (for a diff). */
  readonly shown: { readonly before: string; readonly after: string };
}

export type FixRun =
  | { readonly ok: true; readonly check: Extract<WorkspaceCheck, { ok: true }>; readonly fixed: FixedFile[] }
  | Extract<WorkspaceCheck, { ok: false }>;

/** A file's text as written on disk (with its byte-order mark), and as spac's offsets count it. */
interface Editable {
  readonly written: string;
  readonly bom: boolean;
}

export async function fixFiles(
  host: WorkspaceHost,
  paths: readonly string[],
  flags: AnalyzeFlags,
): Promise<FixRun> {
  const texts = new Map<string, Editable>();
  const before = new Map<string, string>();
  const view = overlay(host, texts);
  let checked = await checkFiles(view, paths, flags);
  const shownBefore = checked.ok ? checked.sources : new Map<string, string>();
  for (let pass = 0; pass < PASSES && checked.ok; pass++) {
    let changed = false;
    for (const [file, fixes] of safeFixesByFile(checked.diagnostics, checked.files)) {
      const text = texts.get(key(host, file)) ?? (await editable(host, file));
      if (text === undefined) continue;
      const body = text.bom ? text.written.slice(1) : text.written;
      if (!before.has(file)) before.set(file, text.written);
      const after = applyFixes(body, fixes);
      if (after === body) continue;
      texts.set(key(host, file), { written: (text.bom ? BOM : '') + after, bom: text.bom });
      changed = true;
    }
    if (!changed) break;
    checked = await checkFiles(view, paths, flags);
  }
  if (!checked.ok) return checked;
  const fixed = [...before].flatMap(([file, was]) => {
    const now = texts.get(key(host, file))?.written;
    if (now === undefined || now === was) return [];
    const shown = { before: shownBefore.get(file) ?? '', after: checked.sources.get(file) ?? '' };
    return [{ file, before: was, after: now, shown }];
  });
  return { ok: true, check: checked, fixed };
}

const key = (host: WorkspaceHost, file: string) => posix.resolve(host.cwd, file);

/** The host, with the files fixed so far read from memory. */
const overlay = (host: WorkspaceHost, texts: ReadonlyMap<string, Editable>): WorkspaceHost => ({
  ...host,
  readFile: async (path) => {
    const text = texts.get(key(host, path));
    return text === undefined
      ? host.readFile(path)
      : { ok: true, bytes: new TextEncoder().encode(text.written) };
  },
});

/** A plain UTF-8 file only: an encrypted or gzip'd one cannot be written back as it was, and a file that
 * is not UTF-8 would lose its bytes. */
async function editable(host: WorkspaceHost, file: string): Promise<Editable | undefined> {
  const read = await host.readFile(file);
  if (!read.ok) return undefined;
  const opened = unwrapProfile(read.bytes, file);
  if (!opened.ok || opened.layers.length > 0 || opened.badByte || opened.encoding) return undefined;
  const bom = read.bytes[0] === 0xef && read.bytes[1] === 0xbb && read.bytes[2] === 0xbf;
  return { written: (bom ? BOM : '') + opened.text, bom };
}

/** The safe fixes whose every edit is in the input file they fix (not in an import, not standard input). */
function safeFixesByFile(diagnostics: readonly Diagnostic[], files: readonly string[]): Map<string, Fix[]> {
  const inputs = new Set(files.filter((f) => f !== '-').map((f) => posix.normalize(f)));
  const byFile = new Map<string, Fix[]>();
  for (const d of diagnostics) {
    const fix = d.fix;
    if (!fix?.safe || !inputs.has(d.file) || !fix.edits.every((e) => e.file === d.file)) continue;
    addTo(byFile, d.file, fix);
  }
  return byFile;
}

/** Applies fixes that do not touch one another, in one pass over them in order (the first wins; the next
 * pass of fixFiles sees the rest again). */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const taken: TextEdit[] = [];
  let reach = -1;
  let insertedAt = -1;
  for (const fix of [...fixes].sort((a, b) => first(a) - first(b))) {
    const edits = [...fix.edits].sort((a, b) => a.range.start - b.range.start);
    const at = edits[0]?.range;
    // Two insertions at one place are left to the next pass: their order would be a guess.
    if (!at || at.start < reach || (at.start === reach && at.start === at.end && insertedAt === reach))
      continue;
    for (const e of edits) {
      reach = Math.max(reach, e.range.end);
      if (e.range.start === e.range.end) insertedAt = e.range.start;
    }
    append(taken, edits);
  }
  // From the end, so that earlier offsets still hold; at one place the replacement before the insertion.
  taken.sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  const parts: string[] = [];
  let end = text.length;
  for (const edit of taken) {
    parts.push(text.slice(edit.range.end, end), edit.newText);
    end = edit.range.start;
  }
  parts.push(text.slice(0, end));
  return parts.reverse().join('');
}

const first = (fix: Fix): number => Math.min(...fix.edits.map((e) => e.range.start));

/** How many diagnostics carry a fix that --fix would apply (for the report's summary). */
export const fixableCount = (diagnostics: readonly Diagnostic[]): number =>
  diagnostics.filter(isFixable).length;
