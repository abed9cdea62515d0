import type { Range } from '../diagnostics/diagnostic.js';
import type { SourceFormat } from '../model/profile.js';
export type CursorContext = {
    readonly kind: 'name';
    readonly prefix: string;
    readonly range: Range;
} | {
    readonly kind: 'value';
    readonly name: string;
    readonly prefix: string;
    readonly range: Range;
} | {
    readonly kind: 'import';
    readonly prefix: string;
    readonly range: Range;
} | {
    readonly kind: 'none';
};
export declare function cursorContext(text: string, offset: number, format: SourceFormat): CursorContext;
