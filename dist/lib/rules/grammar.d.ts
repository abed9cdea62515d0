import { type IToken } from 'chevrotain';
import { RecordingParser } from '../parser/recording.js';
import type { Assignment, Comparison, Condition, Operand, RuleOption, Span } from './ast.js';
export declare const spanOf: (first: IToken, last?: IToken) => Span;
export declare function operandOf(token: IToken): Operand;
/** What a parsed group holds before its contents are parsed by the condition or assignment rule. */
export interface RawGroup {
    readonly open: IToken;
    readonly inner: IToken[];
    readonly close: IToken;
}
export interface RawAlternative {
    readonly groups: RawGroup[];
    readonly options?: {
        readonly list: RuleOption[];
        readonly open: IToken;
        readonly close: IToken;
    };
    readonly url?: IToken;
}
export declare class RuleGrammar extends RecordingParser {
    /** Grammar validation costs start-up time on every run; tests build the grammar with it on. */
    constructor(validate?: boolean);
    alternative: import("chevrotain").ParserMethod<[], RawAlternative>;
    group: import("chevrotain").ParserMethod<[], RawGroup>;
    optionList: import("chevrotain").ParserMethod<[], {
        list: RuleOption[];
        open: IToken;
        close: IToken;
    }>;
    optionEntry: import("chevrotain").ParserMethod<[], RuleOption>;
    /** A condition: comparisons joined by `and`. Resync triggers are this rule alone, without `( )?`. */
    expression: import("chevrotain").ParserMethod<[], Condition>;
    comparison: import("chevrotain").ParserMethod<[], Comparison>;
    operand: import("chevrotain").ParserMethod<[], Operand>;
    /** `( Name = "value" ; ... )!`; the letters a to p stand for GPP_A to GPP_P. */
    assignments: import("chevrotain").ParserMethod<[], Assignment[]>;
    assignment: import("chevrotain").ParserMethod<[], Assignment>;
}
/** One parser, built on first use and reused: chevrotain parsers are stateful but cheap to reset. */
export declare const ruleGrammar: () => RuleGrammar;
