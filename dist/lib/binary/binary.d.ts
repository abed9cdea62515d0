import type { Entry } from '../model/profile.js';
import type { SchemaIndex } from '../schema/lookup.js';
import type { SchemaFile } from '../schema/schema-types.js';
import { type OpenFailure, type OpenOptions, type SealOptions } from './container.js';
import { type BodyResult } from './decode.js';
export declare const toBinary: (entries: readonly Entry[], family: SchemaFile, options?: SealOptions) => Uint8Array;
export type FromBinaryResult = {
    readonly ok: true;
    readonly entries: Entry[];
    readonly family: SchemaFile;
    readonly encrypted: boolean;
} | OpenFailure | Extract<BodyResult, {
    ok: false;
}>;
export declare function fromBinary(bytes: Uint8Array, name: string, schemas: readonly SchemaFile[], options?: OpenOptions): FromBinaryResult;
/** Without a schema every name goes to the name list: the file is larger but needs no schema to read. */
export declare const NO_SCHEMA: SchemaFile;
/** The target's family, else the family whose table holds the most of the entries (the first on a tie);
 * when no family knows any of them, none: the file then reads without a schema. */
export declare function familyFor(entries: readonly Entry[], index: SchemaIndex | undefined): SchemaFile;
