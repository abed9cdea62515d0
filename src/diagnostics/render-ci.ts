// Diagnostics stage (edge, CI): diagnostics -> SARIF 2.1.0 for code scanning, and GitHub workflow
// commands with a Markdown summary. Input: sorted diagnostics and their sources. Output: text.
import { posix } from 'node:path';
import { catalog, type DiagnosticCode } from './catalog.js';
import { type Diagnostic, shownMessage } from './diagnostic.js';
import { explanations, explainText } from './explanations/index.js';
import type { JsonDiagnostic } from './render.js';

type Region = Pick<JsonDiagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>;

const level = (severity: Diagnostic['severity']): string =>
  severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';

const region = (r: Region) => ({
  startLine: r.line,
  startColumn: r.column,
  endLine: r.endLine,
  endColumn: r.endColumn,
});

/** Where the run's paths are: relative ones are relative to `cwd`; `root` (the repository's top, or the
 * working directory) is SARIF's %SRCROOT%, which code scanning maps onto its checkout. Both absolute. */
export interface SarifPaths {
  readonly cwd: string;
  readonly root: string;
}

/** Each segment percent-encoded (a '#' or '?' in a name is no fragment or query). */
const encodePath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');
const fileUri = (absolute: string): string => `file://${encodePath(absolute)}`;

/** A file below the root is a URI relative to %SRCROOT%; one outside it (or any file, when the run's
 * folders are not known) an absolute file:// URI, never a '../' path. */
function artifactLocation(file: string, paths: SarifPaths | undefined) {
  const slashed = file.replace(/\\/g, '/');
  if (paths === undefined || file === '<stdin>') return { uri: encodePath(slashed) };
  const relative = rootRelative(slashed, paths);
  return relative === undefined
    ? { uri: fileUri(posix.resolve(paths.cwd, slashed)) }
    : { uri: encodePath(relative), uriBaseId: 'SRCROOT' };
}

/** The path of a file below the root, relative to it; undefined for a file outside. */
export function rootRelative(file: string, paths: SarifPaths): string | undefined {
  const relative = posix.relative(paths.root, posix.resolve(paths.cwd, file));
  return relative.startsWith('../') || relative === '..' || posix.isAbsolute(relative) ? undefined : relative;
}

const location = (file: string, r: Region, paths: SarifPaths | undefined) => ({
  physicalLocation: { artifactLocation: artifactLocation(file, paths), region: region(r) },
});

function rules() {
  return Object.entries(catalog).map(([id, entry]) => ({
    id,
    name: entry.title.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase()),
    shortDescription: { text: entry.title },
    fullDescription: { text: explanations[id]?.why ?? entry.title },
    help: { text: explainText(id as DiagnosticCode) },
    defaultConfiguration: { level: level(entry.severity) },
    messageStrings: Object.fromEntries(
      Object.entries(entry.messages as Readonly<Record<string, string>>).map(([key, template]) => [
        key,
        { text: sentence(positional(template).text) },
      ]),
    ),
  }));
}

/** SARIF message strings number their arguments ({0}, {1}, ...); spac's templates name them. The
 * arguments follow the names in their first order of appearance. */
function positional(template: string): { text: string; names: string[] } {
  const names: string[] = [];
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!names.includes(name)) names.push(name);
    return `{${String(names.indexOf(name))}}`;
  });
  return { text, names };
}

/** SARIF's guidance (Microsoft's validator, SARIF2001) wants plain-text messages as sentences: a rule's
 * message strings and a result's text, which its message string must still fill, end in a full stop
 * (or, for "did you mean 'X'?", the question mark that already ends the sentence). */
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/** The message as SARIF has it: its text, and the template id with the arguments that fill it. */
function sarifMessage(d: JsonDiagnostic) {
  const messages: Readonly<Record<string, string>> = catalog[d.code as DiagnosticCode].messages;
  const { names } = positional(messages[d.messageId] ?? '');
  return {
    text: sentence(shownMessage(d)),
    id: d.messageId,
    arguments: names.map((n) => String(d.params[n] ?? '')),
  };
}

export function renderSarif(
  json: readonly JsonDiagnostic[],
  tool: { name: string; version: string },
  paths?: SarifPaths,
): string {
  const ids = Object.keys(catalog);
  const results = json.map((d) => result(d, ids, paths));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            rules: rules(),
          },
        },
        ...(paths ? { originalUriBaseIds: { SRCROOT: { uri: `${fileUri(paths.root)}/` } } } : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function result(d: JsonDiagnostic, ids: readonly string[], paths: SarifPaths | undefined) {
  return {
    ruleId: d.code,
    ruleIndex: ids.indexOf(d.code),
    level: level(d.severity),
    message: sarifMessage(d),
    locations: [location(d.file, d, paths)],
    properties: { params: d.params, ...(d.device === undefined ? {} : { device: d.device }) },
    ...(d.related.length > 0
      ? {
          relatedLocations: d.related.map((r, i) => ({
            id: i,
            ...location(r.file, r, paths),
            message: { text: r.message },
          })),
        }
      : {}),
    ...(d.fix
      ? {
          fixes: [
            {
              description: { text: d.fix.description },
              artifactChanges: groupEdits(d.fix.edits).map(([file, edits]) => ({
                artifactLocation: artifactLocation(file, paths),
                replacements: edits.map((e) => ({
                  deletedRegion: region(e),
                  insertedContent: { text: e.newText },
                })),
              })),
            },
          ],
        }
      : {}),
  };
}

function groupEdits(edits: NonNullable<JsonDiagnostic['fix']>['edits']) {
  const byFile = new Map<string, (typeof edits)[number][]>();
  for (const e of edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  return [...byFile];
}

/** Workflow-command escaping: data loses %, CR and LF; properties also ':' and ','. */
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function renderGithub(json: readonly JsonDiagnostic[]): string {
  return json
    .map((d) => {
      const kind = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
      const props = [
        `file=${escapeProperty(d.file)}`,
        `line=${String(d.line)}`,
        `col=${String(d.column)}`,
        `endLine=${String(d.endLine)}`,
        `endColumn=${String(d.endColumn)}`,
        `title=${escapeProperty(`${d.code} ${d.title}`)}`,
      ];
      return `::${kind} ${props.join(',')}::${escapeData(shownMessage(d))}\n`;
    })
    .join('');
}

/** GitHub shows at most 10 annotations of each kind per step: the summary lists every problem. */
export function githubSummary(json: readonly JsonDiagnostic[], files: number): string {
  const head = `### spac check\n\n${checkedLine(json, files)}\n`;
  if (json.length === 0) return head;
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = json.map(
    (d) =>
      `| ${d.severity} | ${d.code} | ${cell(`${d.file}:${String(d.line)}:${String(d.column)}`)} | ${cell(shownMessage(d))} |`,
  );
  return `${head}\n| severity | code | where | message |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`;
}

/** 'N files checked: E errors, W warnings' (and ', I infos' when there are any): every format's summary. */
export function checkedLine(
  diagnostics: readonly { readonly severity: Diagnostic['severity'] }[],
  files: number,
): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  const count = (n: number, word: string) => `${String(n)} ${word}${n === 1 ? '' : 's'}`;
  const infos = counts.info === 0 ? '' : `, ${count(counts.info, 'info')}`;
  return `${count(files, 'file')} checked: ${count(counts.error, 'error')}, ${count(counts.warning, 'warning')}${infos}`;
}
