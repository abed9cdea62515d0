import type { Entry, SplicedItem } from './profile.js';
/** A setting without a value (`Name ! ;`, `<X ua="rw"/>`) changes access only, so the value of an earlier
 * setting survives it; access always comes from the last setting. */
export declare function layer(items: readonly SplicedItem[]): SplicedItem[];
/** A layered set and where each parameter sits in it, to layer more on top without starting over. */
export interface Layered {
    readonly items: readonly SplicedItem[];
    readonly at: ReadonlyMap<string, number>;
}
export declare function layered(items: readonly SplicedItem[]): Layered;
/** `layer([...base, ...more])` for a base layered once (a fleet's shared layers) and a few entries more
 * (one device's row), without copying the base: the positions whose entry changed and the entries added
 * after it. A device costs what its row holds, not what the base holds. */
export interface Overlay {
    readonly base: Layered;
    /** Positions in the base whose entry `more` changed, in increasing order. */
    readonly changed: readonly number[];
    /** The entry now at each changed position. */
    readonly at: ReadonlyMap<number, Entry>;
    /** Entries of parameters the base does not set, in the order first set. */
    readonly added: readonly Entry[];
}
export declare function overlay(base: Layered, more: readonly Entry[]): Overlay;
/** The overlay's items, as `layer` would give them. */
export declare function itemsOf(over: Overlay): SplicedItem[];
