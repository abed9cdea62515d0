// Model stage: parses inputs and everything they import, splicing each import in place.
// Input: input texts and a Host. Output: the spliced item sequence, every parsed source, and diagnostics.
// An import is resolved relative to the importing file; a cycle is reported with its chain, once.
import { diagnostic, range, type Diagnostic } from '../diagnostics/diagnostic.js';
import { parseProfile, type ParseResult } from './parse.js';
import { findDuplicates } from '../model/duplicates.js';
import { isStatusField, withoutStatusFields } from '../model/status-fields.js';
import type { Host } from '../model/host.js';
import type { ImportItem, ProfileFile, SplicedItem } from '../model/profile.js';
import { append } from '../text/append.js';

export interface Input {
  readonly file: string;
  readonly text: string;
  /** The first byte of the file that was not UTF-8, where it sits in `text` (read as U+FFFD). */
  readonly badByte?: { readonly at: number; readonly byte: number };
  /** Parses `text` in place of parseProfile, to the same result: an editor's document reuses what its
   * previous version parsed (line-reuse.ts). */
  readonly parse?: (text: string) => ParseResult;
}

export interface Loaded {
  /** Every input in order with its imports spliced in place: what the phone would apply, in order. */
  readonly items: SplicedItem[];
  readonly sources: Map<string, string>;
  readonly diagnostics: Diagnostic[];
  /** Every file read, once each, in the order first read: what a linter checks. */
  readonly files: ProfileFile[];
  /** No parameter is set twice in `items` (one file, no duplicate in it): layering changes nothing. */
  readonly layered?: true;
}

interface Loader {
  readonly host: Host;
  readonly parsed: Map<string, ParseResult>;
  /** Each file parsed, without a device export's status fields: what is checked of it. */
  readonly settings?: Map<string, ProfileFile>;
  readonly sources: Map<string, string>;
  readonly diagnostics: Diagnostic[];
  /** Files in which a parameter is set twice. */
  readonly repeating?: Set<string>;
}

export async function loadProfiles(inputs: readonly Input[], host: Host): Promise<Loaded> {
  const repeating = new Set<string>();
  const settings = new Map<string, ProfileFile>();
  const loader: Loader = {
    host,
    parsed: new Map(),
    settings,
    sources: new Map(),
    diagnostics: [],
    repeating,
  };
  const items: SplicedItem[] = [];
  for (const input of inputs) append(items, await expand(loader, input, [input.file]));
  const files = [...settings.values()];
  // Duplicates across files are not looked for here: only a lone file is known to need no layering.
  const layered = inputs.length === 1 && files.length === 1 && repeating.size === 0;
  const result = { items, sources: loader.sources, diagnostics: loader.diagnostics, files };
  return layered ? { ...result, layered: true } : result;
}

/** Parses a file once, however often it is imported, so its diagnostics appear once. */
export function parseOnce(
  loader: Pick<Loader, 'parsed' | 'settings' | 'sources' | 'diagnostics' | 'repeating'>,
  input: Input,
): ParseResult {
  const cached = loader.parsed.get(input.file);
  if (cached) return cached;
  const result = input.parse ? input.parse(input.text) : parseProfile(input.text, input.file);
  // A device export's status page is no setting: said once here, left out where profiles are spliced
  // (fmt keeps the whole file).
  const settings = withoutStatusFields(result.profile);
  loader.parsed.set(input.file, result);
  loader.settings?.set(input.file, settings.profile);
  loader.sources.set(input.file, input.text);
  if (input.badByte) loader.diagnostics.push(notUtf8(input.file, input.badByte));
  append(loader.diagnostics, result.diagnostics);
  append(loader.diagnostics, settings.diagnostics);
  const duplicates = findDuplicates(settings.profile, input.text);
  if (duplicates.length > 0) loader.repeating?.add(input.file);
  append(loader.diagnostics, duplicates);
  return result;
}

const notUtf8 = (file: string, bad: NonNullable<Input['badByte']>): Diagnostic =>
  diagnostic('SPAC1010', file, range(bad.at, bad.at + 1), {
    byte: `0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')}`,
  });

async function expand(loader: Loader, input: Input, chain: readonly string[]): Promise<SplicedItem[]> {
  const { profile } = parseOnce(loader, input);
  const out: SplicedItem[] = [];
  for (const item of profile.items) {
    if (item.kind === 'import') append(out, await expandImport(loader, item, chain));
    else if (!isStatusField(item)) out.push(item);
  }
  return out;
}

async function expandImport(
  loader: Loader,
  item: ImportItem,
  chain: readonly string[],
): Promise<SplicedItem[]> {
  const target = loader.host.resolve(item.file, item.target);
  if (chain.includes(target)) {
    const cycle = [...chain.slice(chain.indexOf(target)), target].join(' -> ');
    loader.diagnostics.push(diagnostic('SPAC1202', item.file, item.targetRange, { cycle }));
    return [];
  }
  const read = await loader.host.read(target);
  if (!read.ok) {
    loader.diagnostics.push(
      diagnostic('SPAC1201', item.file, item.targetRange, { file: target, reason: read.reason }),
    );
    return [];
  }
  const input: Input = { file: target, text: read.text, ...(read.badByte ? { badByte: read.badByte } : {}) };
  if (!looksLikeProfile(loader, input)) {
    const reason = 'not a profile: no line of it reads as a setting';
    loader.diagnostics.push(diagnostic('SPAC1201', item.file, item.targetRange, { file: target, reason }));
    return [];
  }
  return expand(loader, input, [...chain, target]);
}

/** An imported file with syntax errors and not one setting is no profile (a README, /etc/passwd): it
 * is named in one diagnostic, and neither its problems nor its lines are shown. */
function looksLikeProfile(loader: Loader, input: Input): boolean {
  const known = loader.parsed.get(input.file);
  if (known && !loader.sources.has(input.file)) return false;
  const result = parseOnce(loader, input);
  const broken = result.diagnostics.some((d) => d.severity === 'error');
  if (!broken || result.profile.items.some((i) => i.kind === 'entry')) return true;
  loader.sources.delete(input.file);
  const kept = loader.diagnostics.filter((d) => d.file !== input.file);
  loader.diagnostics.splice(0, loader.diagnostics.length, ...kept);
  return false;
}
