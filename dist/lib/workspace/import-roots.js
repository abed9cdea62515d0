// Workspace stage (import roots): where imports may read from. A profile that arrives in a pull request
// must not make spac read (and echo) the machine's files: an import resolves inside the folder of the
// outermost spac.config.json above its input, else the input's own folder, or a folder given with
// --import-root. Input: the inputs, a host. Output: the root folders, and a host that keeps to them.
import { posix } from 'node:path';
import { absolute } from './config-chain.js';
import { fileSettings } from './file-settings.js';
import { STDIN_NAME } from './host.js';
/** The roots for these inputs (absolute, normalised, their own links followed); `extra` widens them. */
export async function importRoots(host, files, extra = [], config) {
    const found = await fileSettings(host, files, config);
    const roots = new Set(extra.map((r) => absolute(host, r)));
    for (const file of files) {
        const from = found.ok ? found.settings.get(file)?.from : undefined;
        const outermost = from?.[from.length - 1];
        const base = file === STDIN_NAME ? host.cwd : posix.dirname(absolute(host, file));
        roots.add(outermost === undefined ? base : posix.dirname(absolute(host, outermost)));
    }
    // A root reached through a link is compared by where it really is, as the imports will be.
    const real = await Promise.all([...roots].map(async (r) => (await host.realPath?.(r)) ?? r));
    return [...new Set([...roots, ...real])];
}
const inside = (path, root) => path === root || path.startsWith(root.endsWith('/') ? root : `${root}/`);
/** `host`, refusing to read an import outside every root (one reason, no content): by its path, and
 * by where its links lead when `workspace` can follow them. */
export function confined(host, roots, workspace) {
    const within = (path) => roots.some((root) => inside(path, root));
    return {
        ...host,
        read: async (path) => {
            const at = posix.normalize(posix.isAbsolute(path) ? path : posix.join(workspace.cwd, path));
            const real = within(at) ? ((await workspace.realPath?.(at)) ?? at) : at;
            if (within(at) && within(real))
                return host.read(path);
            const shown = roots.length === 1 ? `'${roots[0] ?? ''}'` : `any of ${roots.map((r) => `'${r}'`).join(', ')}`;
            const how = real === at ? '' : ' through a symbolic link';
            return { ok: false, reason: `outside the import root ${shown}${how} (widen it with --import-root)` };
        },
    };
}
