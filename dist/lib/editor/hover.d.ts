import type { Range } from '../diagnostics/diagnostic.js';
import type { Entry } from '../model/profile.js';
import type { SchemaIndex } from '../schema/lookup.js';
export interface Hover {
    readonly markdown: string;
    readonly range: Range;
}
export declare function hoverAt(entries: readonly Entry[], offset: number, index: SchemaIndex | undefined): Hover | undefined;
export interface OutlineSection {
    readonly name: string;
    readonly range: Range;
    readonly parameters: readonly {
        readonly name: string;
        readonly range: Range;
        readonly selection: Range;
        readonly detail?: string;
    }[];
}
/** Parameters under their schema section, in document order; unknown names go under 'Other'. */
export declare function outline(entries: readonly Entry[], index: SchemaIndex | undefined): OutlineSection[];
