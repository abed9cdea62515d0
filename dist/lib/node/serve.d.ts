import { type HttpsListener, type ServeRules } from '../serve/policy.js';
export interface ServeOptions {
    readonly dir: string;
    readonly host: string;
    readonly http?: number;
    readonly https?: HttpsListener;
    /** The client certificate's subject field holding the MAC (the phones: ST, written S). */
    readonly macField: string;
    readonly rules: ServeRules;
    readonly reportsDir?: string;
    readonly reportLimit: number;
    readonly maxConnections: number;
    readonly log: (line: string) => void;
}
export interface Serving {
    readonly http?: number;
    readonly https?: number;
    /** Stops accepting, lets requests in flight finish, then resolves. */
    readonly close: () => Promise<void>;
}
export declare function startServing(options: ServeOptions): Promise<Serving>;
