// Workspace stage (import roots): where imports may read from. A profile that arrives in a pull request
// must not make spac read (and echo) the machine's files: an import resolves inside the folder of the
// outermost spac.config.json above its input, else the input's own folder, or a folder given with
// --import-root. Input: the inputs, a host. Output: the root folders, and a host that keeps to them.
import { posix } from 'node:path';
import type { Host } from '../model/host.js';
import { absolute } from './config-chain.js';
import { fileSettings } from './file-settings.js';
import { STDIN_NAME, type WorkspaceHost } from './host.js';

/** The roots for these inputs (absolute, normalised); `extra` widens them. */
export async function importRoots(
  host: WorkspaceHost,
  files: readonly string[],
  extra: readonly string[] = [],
  config?: string,
): Promise<string[]> {
  const found = await fileSettings(host, files, config);
  const roots = new Set(extra.map((r) => absolute(host, r)));
  for (const file of files) {
    const from = found.ok ? found.settings.get(file)?.from : undefined;
    const outermost = from?.[from.length - 1];
    const base = file === STDIN_NAME ? host.cwd : posix.dirname(absolute(host, file));
    roots.add(outermost === undefined ? base : posix.dirname(absolute(host, outermost)));
  }
  return [...roots];
}

const inside = (path: string, root: string): boolean =>
  path === root || path.startsWith(root.endsWith('/') ? root : `${root}/`);

/** `host`, refusing to read an import outside every root (one reason, no content). */
export function confined(host: Host, roots: readonly string[], cwd: string): Host {
  return {
    ...host,
    read: (path) => {
      const at = posix.normalize(posix.isAbsolute(path) ? path : posix.join(cwd, path));
      if (roots.some((root) => inside(at, root))) return host.read(path);
      const shown =
        roots.length === 1 ? `'${roots[0] ?? ''}'` : `any of ${roots.map((r) => `'${r}'`).join(', ')}`;
      return Promise.resolve({
        ok: false,
        reason: `outside the import root ${shown} (widen it with --import-root)`,
      });
    },
  };
}
