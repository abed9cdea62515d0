import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Loaded } from '../parser/load.js';
import { type SchemaIndex } from '../schema/lookup.js';
export interface Hidden {
    readonly sources: Map<string, string>;
    readonly diagnostics: Diagnostic[];
}
export declare function hideSecrets(loaded: {
    readonly files: Loaded['files'];
    readonly sources: ReadonlyMap<string, string>;
}, index: SchemaIndex | undefined, diagnostics: readonly Diagnostic[]): Hidden;
