import type { ParameterSpec, TypeSpec } from '../schema-types.js';
import { modelCurations } from './curated-fidelity.js';
export interface Curation {
    /** Matched against the XML tag (`Line_Enable_{n}_` for per-line families). */
    readonly match: RegExp;
    readonly type?: TypeSpec;
    readonly description?: string;
    readonly secret?: boolean;
    readonly rangeNote?: string;
    /** The SPC text spelling, where the sample gave only the XML form: the web page's label with its
     * punctuation kept, which the XML tag cannot hold (domain.md 1.2). */
    readonly name?: string;
    readonly firmware?: string;
    readonly source?: string;
}
/** Applied in order: a later match overrides the fields an earlier one set. */
export declare const curations: readonly Curation[];
/** Added to a family only where its generated schema lacks the parameter. */
export declare const additions: Readonly<Record<string, readonly ParameterSpec[]>>;
export { modelCurations };
