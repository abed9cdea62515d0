import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Entry, ProfileFile } from '../model/profile.js';
import { type ModelSpec, type SchemaFile } from './schema-types.js';
export interface ImportOptions {
    readonly family: string;
    readonly title?: string;
    readonly source?: string;
    readonly models?: readonly ModelSpec[];
}
export interface ImportResult {
    readonly schema: SchemaFile;
    readonly diagnostics: Diagnostic[];
}
/** The family key and index of an entry: `Line_Enable_3_` and `Line_Enable[3]` are `Line_Enable` #3. */
export declare function familyOf(entry: Entry): {
    text: string;
    xml: string;
    index?: number;
};
export declare function importSchema(profile: ProfileFile, options: ImportOptions): ImportResult;
