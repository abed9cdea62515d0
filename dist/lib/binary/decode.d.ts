import { type CodedFailure } from '../diagnostics/diagnostic.js';
import type { Entry } from '../model/profile.js';
import type { SchemaFile } from '../schema/schema-types.js';
export type BodyResult = {
    readonly ok: true;
    readonly family: SchemaFile;
    readonly entries: Entry[];
} | CodedFailure<'SPAC6015' | 'SPAC6017'>;
export declare function decodeBody(body: Uint8Array, schemas: readonly SchemaFile[], file: string): BodyResult;
