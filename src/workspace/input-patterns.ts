// Workspace (command-line inputs): folders, quoted globs and ignore rules -> the profile paths to read.
// Input: the paths as given, a WorkspaceHost that lists folders, the run's config. Output: paths (each once,
// in the order given, a folder's and a glob's sorted), and SPAC9004 for a folder or glob naming none.
import { posix } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { diagnostic, range, type Diagnostic } from '../diagnostics/diagnostic.js';
import { configChain } from './config-chain.js';
import type { WorkspaceHost } from './host.js';

/** What a folder on the command line is walked for. */
const PROFILE_FILE = /\.(cfg|spc|xml)$/i;
/** Never walked into: version control and installed packages. */
const NEVER_WALKED = new Set(['.git', '.hg', '.svn', 'node_modules']);
const IGNORE_FILE = '.spacignore';

export interface ExpandedInputs {
  readonly files: string[];
  readonly diagnostics: Diagnostic[];
}

/** Ignore rules and the folder their patterns are relative to. */
interface Rules {
  readonly dir: string;
  readonly rules: Ignore;
}

/** `-` and plain file paths pass through (a missing one is reported when read); a folder becomes its
 * profiles, a glob its matches, both without what .spacignore or the config's `ignore` leaves out. */
export async function expandInputs(
  host: WorkspaceHost,
  paths: readonly string[],
  config?: string,
): Promise<ExpandedInputs> {
  if (!host.listDir) return { files: [...paths], diagnostics: [] };
  const rules = await ignoreRules(host, config);
  const ignored = (path: string, folder = false) => rules.some((r) => isIgnored(host, r, path, folder));
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) files.push(file);
    seen.add(file);
  };
  for (const path of paths) {
    const found = await expandOne(host, path, ignored);
    if (found === undefined) {
      if (path === '-' || !ignored(path)) add(path);
    } else if (found.files.length === 0) {
      const variant = found.folder ? { message: 'folder' } : {};
      diagnostics.push(diagnostic('SPAC9004', path, range(0), { pattern: path }, variant));
    } else found.files.forEach(add);
  }
  return { files, diagnostics };
}

type IsIgnored = (path: string, folder?: boolean) => boolean;

async function expandOne(host: WorkspaceHost, path: string, ignored: IsIgnored) {
  if (path === '-') return undefined;
  const entries = await host.listDir?.(path);
  if (entries !== undefined)
    return {
      folder: true,
      files: await walk(host, posix.normalize(path), ignored, (f) => PROFILE_FILE.test(f)),
    };
  const pattern = path.startsWith('./') ? path.slice(2) : path;
  const scan = picomatch.scan(pattern);
  if (!scan.isGlob) return undefined;
  const matches = picomatch(pattern);
  return { folder: false, files: await walk(host, scan.base === '' ? '.' : scan.base, ignored, matches) };
}

/** Every file below `dir` that `wanted` takes, sorted; a symlink to a folder is not followed (no
 * loops). */
async function walk(
  host: WorkspaceHost,
  dir: string,
  ignored: IsIgnored,
  wanted: (file: string) => boolean,
): Promise<string[]> {
  const found: string[] = [];
  const stack = [dir];
  for (let folder = stack.pop(); folder !== undefined; folder = stack.pop()) {
    const entries = (await host.listDir?.(folder)) ?? [];
    for (const entry of entries) {
      const path = folder === '.' ? entry.name : posix.join(folder, entry.name);
      if (entry.directory) {
        if (!NEVER_WALKED.has(entry.name) && !ignored(path, true)) stack.push(path);
      } else if (wanted(path) && !ignored(path)) found.push(path);
    }
  }
  return found.sort();
}

/** .spacignore in the working directory, and `ignore` in the run's config and what it extends. */
async function ignoreRules(host: WorkspaceHost, config: string | undefined): Promise<Rules[]> {
  const rules: Rules[] = [];
  const read = await host.readFile(posix.join(host.cwd, IGNORE_FILE));
  if (read.ok) rules.push({ dir: host.cwd, rules: ignore().add(new TextDecoder().decode(read.bytes)) });
  // A broken config is reported by the check itself, with its line and column.
  const chain = await configChain(host, posix.join(host.cwd, IGNORE_FILE), config);
  if (chain.ok)
    for (const loaded of chain.chain)
      if (loaded.config.ignore)
        rules.push({ dir: loaded.dir, rules: ignore().add([...loaded.config.ignore]) });
  return rules;
}

function isIgnored(host: WorkspaceHost, rules: Rules, path: string, folder: boolean): boolean {
  const relative = posix.relative(rules.dir, posix.resolve(host.cwd, path));
  // Rules speak only of what lies below their folder.
  if (relative === '' || relative.startsWith('../') || relative === '..' || posix.isAbsolute(relative))
    return false;
  return rules.rules.ignores(folder ? `${relative}/` : relative);
}
