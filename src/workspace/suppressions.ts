// Workspace (suppressions and severities): `spac-disable-next-line`, `spac-disable` and
// `spac-enable` comments in profiles, then the config's per-code severities.
// Input: diagnostics, the comments of each file with their lines, and the severities. Output: the
// diagnostics that remain, plus warnings for unknown codes and unused suppressions.
import { isDiagnosticCode } from '../diagnostics/catalog.js';
import { diagnostic, type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import { addTo } from '../text/append.js';
import { countAtMost } from '../text/sorted.js';

export interface FileComment {
  readonly file: string;
  readonly text: string;
  readonly range: Range;
  /** 0-based line of the comment. */
  readonly line: number;
}

interface Suppression {
  readonly comment: FileComment;
  /** Undefined: every code. */
  readonly codes?: readonly string[];
  readonly fromLine: number;
  toLine: number;
  used: boolean;
}

const DIRECTIVE = /^\s*spac-(disable-next-line|disable|enable)\b(.*)$/s;

/** The comment is a suppression directive (perhaps a broken one). */
export const isDirective = (text: string): boolean => DIRECTIVE.test(text);

/** Suppressions read once and applied to diagnostics as they come (a fleet build checks device after
 * device); `finish` gives the comments' own problems and the suppressions that silenced nothing. */
export interface SuppressionFilter {
  /** No suppression: `keep` keeps everything (most runs; the problems need not be gone through). */
  readonly none: boolean;
  readonly keep: (d: Diagnostic) => boolean;
  readonly finish: () => Diagnostic[];
}

/** `lineOf(file, offset)` gives the 0-based line of an offset. */
export function suppressionFilter(
  comments: readonly FileComment[],
  lineOf: (file: string, offset: number) => number,
): SuppressionFilter {
  const { suppressions, problems } = readDirectives(comments);
  const find = indexed(suppressions);
  const keep = (d: Diagnostic) => {
    // No suppression at all (most files): nothing to find, and no line to work out.
    if (suppressions.length === 0) return true;
    // Every suppression that covers the problem has done its job, not only the first found.
    const hits = find(d.file, lineOf(d.file, d.range.start), d.code);
    for (const hit of hits) hit.used = true;
    return hits.length === 0;
  };
  const finish = () => [
    ...problems,
    ...suppressions
      .filter((s) => !s.used)
      .map((s) =>
        diagnostic('SPAC7011', s.comment.file, s.comment.range, { codes: s.codes?.join(', ') ?? 'problem' }),
      ),
  ];
  return { none: suppressions.length === 0, keep, finish };
}

export function applySuppressions(
  diagnostics: readonly Diagnostic[],
  comments: readonly FileComment[],
  lineOf: (file: string, offset: number) => number,
): Diagnostic[] {
  const filter = suppressionFilter(comments, lineOf);
  const kept = filter.none ? diagnostics : diagnostics.filter(filter.keep);
  return [...kept, ...filter.finish()];
}

/** The suppressions covering a line of a file for a code, found without going over all of them: a
 * profile may hold thousands, and a run checks every problem against them. */
function indexed(suppressions: readonly Suppression[]) {
  const lines = new Map<string, Suppression[]>();
  const blocks = new Map<string, Suppression[]>();
  for (const s of suppressions) {
    const single = s.fromLine === s.toLine;
    const key = single
      ? `${s.comment.file}\u0000${String(s.fromLine)}`
      : blockKey(s.comment.file, s.codes?.[0]);
    addTo(single ? lines : blocks, key, s);
  }
  for (const list of blocks.values()) list.sort((a, b) => a.fromLine - b.fromLine);
  return (file: string, line: number, code: string): Suppression[] => {
    const onLine = (lines.get(`${file}\u0000${String(line)}`) ?? []).filter(
      (s) => s.codes?.includes(code) ?? true,
    );
    const inBlocks = [blockKey(file, code), blockKey(file, undefined)].flatMap((key) => {
      const block = covering(blocks.get(key) ?? [], line);
      return block ? [block] : [];
    });
    return [...onLine, ...inBlocks];
  };
}

/** Of blocks that do not overlap, sorted by start, the one holding `line`. */
function covering(blocks: readonly Suppression[], line: number): Suppression | undefined {
  const block = blocks[countAtMost(blocks.length, (i) => blocks[i]?.fromLine ?? 0, line) - 1];
  return block && line <= block.toLine ? block : undefined;
}

function readDirectives(comments: readonly FileComment[]) {
  const suppressions: Suppression[] = [];
  const problems: Diagnostic[] = [];
  const open = new Map<string, Suppression>();
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.text);
    if (!m) continue;
    const written = (m[2] ?? '').split(/[\s,]+/).filter((c) => c !== '' && c !== '--');
    const unknown = written.filter((c) => !isDiagnosticCode(c));
    for (const code of unknown) problems.push(diagnostic('SPAC7010', comment.file, comment.range, { code }));
    const codes = written.length === 0 ? undefined : written.filter(isDiagnosticCode);
    if (codes?.length === 0) continue;
    if (m[1] === 'disable-next-line')
      suppressions.push({
        comment,
        ...(codes ? { codes } : {}),
        fromLine: comment.line + 1,
        toLine: comment.line + 1,
        used: false,
      });
    else if (m[1] === 'disable') openBlock(open, suppressions, comment, codes);
    else closeBlock(open, comment, codes);
  }
  return { suppressions, problems };
}

const blockKey = (file: string, code: string | undefined) => `${file}\u0000${code ?? '*'}`;

function openBlock(
  open: Map<string, Suppression>,
  list: Suppression[],
  comment: FileComment,
  codes?: readonly string[],
) {
  for (const code of codes ?? [undefined]) {
    // A block opened again while open starts over there: blocks of one code never overlap.
    const already = open.get(blockKey(comment.file, code));
    if (already) already.toLine = comment.line - 1;
    const s: Suppression = {
      comment,
      ...(code ? { codes: [code] } : {}),
      fromLine: comment.line,
      toLine: Number.MAX_SAFE_INTEGER,
      used: false,
    };
    open.set(blockKey(comment.file, code), s);
    list.push(s);
  }
}

function closeBlock(open: Map<string, Suppression>, comment: FileComment, codes?: readonly string[]) {
  for (const code of codes ?? [undefined]) {
    const s = open.get(blockKey(comment.file, code));
    if (s) s.toLine = comment.line;
    open.delete(blockKey(comment.file, code));
  }
}

export type Severities = Readonly<Record<string, 'off' | 'warning' | 'error'>>;

/** `severitiesOf(file)`: the config's settings for that file. `off` drops a code. */
export function applySeverities(
  diagnostics: readonly Diagnostic[],
  severitiesOf: (file: string) => Severities,
): Diagnostic[] {
  // A loop, not flatMap: no list made per problem (a run may have 200,000).
  const out: Diagnostic[] = [];
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i] as Diagnostic;
    const setting = severitiesOf(d.file)[d.code];
    if (setting === undefined) out.push(d);
    else if (setting !== 'off') out.push({ ...d, severity: setting });
  }
  return out;
}
