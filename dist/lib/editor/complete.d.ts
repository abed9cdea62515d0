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
export declare function completions(ctx: CursorContext, index: SchemaIndex | undefined, format: SourceFormat): CompletionItem[];
