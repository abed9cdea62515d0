import type { Access, Entry } from '../model/profile.js';
import type { SchemaIndex } from '../schema/lookup.js';
/** A setting as the phone holds it. */
export interface Held {
    readonly value: string;
    readonly access?: Access;
}
/** XML tag -> setting. */
export type PhoneState = Map<string, Held>;
export interface Phone {
    readonly mac: string;
    readonly model: string;
    readonly index: SchemaIndex | undefined;
    readonly state: PhoneState;
}
export type Response = {
    readonly ok: true;
    readonly status: number;
    readonly bytes: Uint8Array;
} | {
    readonly ok: false;
    readonly reason: string;
};
export interface Transport {
    readonly get: (url: string) => Promise<Response>;
    readonly post: (url: string, body: Uint8Array) => Promise<Response>;
}
export interface Step {
    readonly resync: number;
    readonly rule: string;
    readonly url: string;
    /** HTTP status, or absent when the fetch itself failed (see `error`). */
    readonly status?: number;
    readonly bytes: number;
    readonly encrypted: boolean;
    /** Settings applied (for a fetch), or absent. */
    readonly applied?: number;
    readonly error?: string;
}
/** The state as profile entries (the preview and the report read it so). */
export declare function stateEntries(state: PhoneState): Entry[];
/** Last wins; `<X/>` (no value) leaves the setting as it was; an access marker comes along, and a
 * setting without one keeps the access it had. */
export declare function applyProfile(state: PhoneState, entries: readonly Entry[]): number;
/** One resync: every profile rule in order, then the report. */
export declare function resync(phone: Phone, n: number, transport: Transport): Promise<Step[]>;
