import type { Entry } from '../model/profile.js';
import type { SchemaFile, TypeSpec } from '../schema/schema-types.js';
import { ValueCode } from './format.js';
export declare function encodeBody(entries: readonly Entry[], family: SchemaFile): Uint8Array;
export declare function valueCode(value: string | undefined, type: TypeSpec | undefined): [ValueCode, number?];
export declare const zigzag: (n: number) => number;
export declare const unzigzag: (n: number) => number;
