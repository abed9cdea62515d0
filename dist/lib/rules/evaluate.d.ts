import { type ParsedRule } from './ast.js';
import { type MacroLookup } from './macro-scan.js';
import { type UrlParts } from './url.js';
export interface KeyUse {
    /** `GPP_SA` when the key is one register macro; `rule` when it is written into the rule. */
    readonly source: string;
    readonly value: string;
}
export interface Fetch {
    readonly url: string;
    readonly parts?: UrlParts;
    readonly key?: KeyUse;
    readonly post?: string;
    readonly alias?: string;
    readonly assignments: readonly {
        readonly name: string;
        readonly value: string;
    }[];
}
export interface Tried {
    readonly alternative: number;
    readonly result: boolean | 'unknown';
    readonly steps: readonly string[];
}
export interface Outcome {
    readonly status: 'fetch' | 'assign-only' | 'no-match' | 'undecided' | 'disabled' | 'empty' | 'bad-url' | 'invalid';
    /** 1-based number of the alternative that matched. */
    readonly alternative?: number;
    readonly fetch?: Fetch;
    readonly tried: readonly Tried[];
    readonly missing: readonly string[];
}
export declare function evaluateRule(rule: ParsedRule, lookup: MacroLookup): Outcome;
/** Assignments of a matched alternative change the registers later rules read, as on the phone. */
export declare function applyAssignments(values: Map<string, string>, outcome: Outcome): void;
