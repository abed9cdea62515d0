import type { Range } from '../diagnostics/diagnostic.js';
import type { SourceFormat } from '../model/profile.js';
import type { SchemaIndex } from '../schema/lookup.js';
import type { CursorContext } from './context.js';
export interface CompletionItem {
    readonly label: string;
    readonly kind: 'parameter' | 'option' | 'macro' | 'file';
    readonly detail?: string;
    readonly documentation?: string;
    /** Text replacing `range`. */
    readonly insert: string;
    readonly range: Range;
}
/** At most this many names at once: a client told the list is incomplete asks again as typing narrows it. */
export declare const COMPLETION_LIMIT = 500;
export declare function completions(ctx: CursorContext, index: SchemaIndex | undefined, format: SourceFormat): CompletionItem[];
