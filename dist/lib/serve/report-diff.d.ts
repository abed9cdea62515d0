import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Loaded } from '../parser/load.js';
import { type SchemaIndex } from '../schema/lookup.js';
export interface ReportDiff {
    readonly diagnostics: Diagnostic[];
    /** Both files' texts with every secret value blanked (same length, so ranges stay right). */
    readonly sources: Map<string, string>;
}
export declare function diffReport(reported: Loaded, expected: Loaded, index: SchemaIndex): ReportDiff;
