import type { DiagnosticCode } from '../diagnostics/catalog.js';
import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Entry } from '../model/profile.js';
import { type SchemaIndex } from './lookup.js';
export interface SchemaCheckOptions {
    /** Secrets in a profile that will be encrypted are fine; in plain text they are readable by anyone. */
    readonly encrypted?: boolean;
    /** Entries a syntax error ran through: their values are the parser's recovery, not the author's. */
    readonly damaged?: (entry: Entry) => boolean;
    /** False: a diagnostic of this code in this file would be dropped unseen (an errors-only check), so
     * the check may skip making it (an unknown name's did-you-mean search, at scale). */
    readonly wanted?: (code: DiagnosticCode, file: string) => boolean;
}
export declare function checkEntries(entries: readonly Entry[], index: SchemaIndex, options?: SchemaCheckOptions): Diagnostic[];
