import { type Connection } from 'vscode-languageserver/node';
import type { ListingHost } from '../node/node-host.js';
export interface ServerOptions {
    readonly input: NodeJS.ReadableStream;
    readonly output: NodeJS.WritableStream;
    /** Files, configs and folder listings (import completion). */
    readonly host: ListingHost;
}
export declare function startServer({ input, output, host: io }: ServerOptions): Connection;
