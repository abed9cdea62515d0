import type { Host } from '../model/host.js';
import { type WorkspaceHost } from './host.js';
/** The roots for these inputs (absolute, normalised, their own links followed); `extra` widens them. */
export declare function importRoots(host: WorkspaceHost, files: readonly string[], extra?: readonly string[], config?: string): Promise<string[]>;
/** `host`, refusing to read an import outside every root (one reason, no content): by its path, and
 * by where its links lead when `workspace` can follow them. */
export declare function confined(host: Host, roots: readonly string[], workspace: WorkspaceHost): Host;
