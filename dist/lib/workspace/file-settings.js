// Workspace (per-file settings): the config settings of each file a run touches, from the nearest
// spac.config.json (or an explicit one) and what it extends. Input: file paths, a WorkspaceHost, the
// explicit config. Output: file -> settings, or the config's diagnostics (exit 2 in the CLI).
import { posix } from 'node:path';
import { settingsFor } from './settings.js';
import { absolute, configChain } from './config-chain.js';
import { STDIN_NAME } from './host.js';
export async function fileSettings(io, files, explicit) {
    const settings = new Map();
    // Files in one folder share their config: it is looked up once per folder.
    const chains = new Map();
    for (const file of new Set(files)) {
        // Standard input has no folder: its config is the one above the working directory.
        const from = file === STDIN_NAME ? 'stdin' : file;
        const dir = posix.dirname(absolute(io, from));
        const chain = chains.get(dir) ?? (await configChain(io, from, explicit));
        chains.set(dir, chain);
        if (!chain.ok)
            return chain;
        settings.set(file, settingsFor(chain.chain, absolute(io, from)));
    }
    return { ok: true, settings };
}
