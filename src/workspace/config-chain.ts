// Workspace (config discovery and inheritance): finds `spac.config.json` upward from a profile (or uses
// an explicit one) and reads it with what it extends. Input: a path and a WorkspaceHost. Output: the
// config chain, nearest first, or SPAC7001/7002 diagnostics.
import { posix } from 'node:path';
import { CONFIG_FILE, parseConfig } from './config.js';
import type { LoadedConfig } from './settings.js';
import { diagnostic, range, type Diagnostic, type MessageParams } from '../diagnostics/diagnostic.js';
import type { WorkspaceHost } from './host.js';

export type ChainResult =
  | { readonly ok: true; readonly chain: readonly LoadedConfig[] }
  | { readonly ok: false; readonly diagnostics: Diagnostic[]; readonly sources: Map<string, string> };

export const absolute = (io: WorkspaceHost, path: string): string => posix.resolve(io.cwd, path);
/** Config files are found by absolute path but named relative to the working directory. */
const shown = (io: WorkspaceHost, path: string): string => {
  const relative = posix.relative(io.cwd, path);
  return relative === '' || relative.startsWith('../../') ? path : relative;
};

/** The nearest config above `from` (a profile path), unless `explicit` names one. */
export async function configChain(io: WorkspaceHost, from: string, explicit?: string): Promise<ChainResult> {
  const first =
    explicit === undefined ? await nearest(io, posix.dirname(absolute(io, from))) : absolute(io, explicit);
  const chain: LoadedConfig[] = [];
  const sources = new Map<string, string>();
  let next: Link | undefined = first === undefined ? undefined : { file: first };
  while (next) {
    const step = await load(io, next, chain, sources);
    if (!step.ok) return step;
    chain.push(step.loaded);
    next = step.next;
  }
  return { ok: true, chain };
}

/** A config to read, and where the file that extends it says so. */
interface Link {
  readonly file: string;
  readonly by?: Diagnostic['range'];
}

type Step =
  | { readonly ok: true; readonly loaded: LoadedConfig; readonly next?: Link }
  | Extract<ChainResult, { ok: false }>;

async function load(
  io: WorkspaceHost,
  link: Link,
  chain: readonly LoadedConfig[],
  sources: Map<string, string>,
): Promise<Step> {
  const { file } = link;
  const fail = (params: MessageParams, message = 'default'): Step => {
    const at = chain.at(-1)?.file ?? file;
    return {
      ok: false,
      diagnostics: [diagnostic('SPAC7002', shown(io, at), link.by ?? range(0), params, { message })],
      sources,
    };
  };
  if (chain.some((c) => c.file === file)) {
    const through = chain.map((c) => shown(io, c.file)).join(' -> ');
    return fail({ file: shown(io, file), chain: through }, 'cycle');
  }
  const read = await io.readFile(file);
  if (!read.ok) return fail({ file: shown(io, file), reason: read.reason });
  const text = new TextDecoder().decode(read.bytes);
  sources.set(shown(io, file), text);
  const parsed = parseConfig(text, shown(io, file));
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics, sources };
  const extended = parsed.config.extends;
  const loaded = {
    file,
    dir: posix.dirname(file),
    config: parsed.config,
    source: { file: shown(io, file), text, at: parsed.at },
  };
  if (extended === undefined) return { ok: true, loaded };
  return {
    ok: true,
    loaded,
    next: { file: posix.join(posix.dirname(file), extended), by: extendsRange(text) },
  };
}

async function nearest(io: WorkspaceHost, dir: string): Promise<string | undefined> {
  for (let at = dir; ; at = posix.dirname(at)) {
    const file = posix.join(at, CONFIG_FILE);
    if ((await io.readFile(file)).ok) return file;
    if (at === posix.dirname(at)) return undefined;
  }
}

const extendsRange = (text: string): Diagnostic['range'] => {
  const at = text.indexOf('"extends"');
  return at < 0 ? range(0) : range(at, at + '"extends"'.length);
};
