export type RuleLanguage = 'profile' | 'upgrade' | 'report' | 'trigger' | 'log';
/** Half-open offsets into the rule value (not the file: the rules stage maps them). */
export interface Span {
    readonly start: number;
    readonly end: number;
}
export interface Operand {
    /** `word`: a macro, number or version as written; `string`: the text between the quotes. */
    readonly kind: 'word' | 'string';
    readonly text: string;
    /** Where `text` starts in the value (after the opening quote of a string). */
    readonly at: number;
    readonly span: Span;
}
export type ComparisonOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
export interface Comparison {
    /** Missing in the legacy form `! 1.0.33`, where the left side is `$SWVER`. */
    readonly left?: Operand;
    readonly op: ComparisonOp;
    readonly opText: string;
    readonly opSpan: Span;
    readonly right: Operand;
    readonly span: Span;
}
export interface Condition {
    readonly comparisons: readonly Comparison[];
    readonly span: Span;
}
export interface Assignment {
    readonly name: string;
    readonly nameSpan: Span;
    readonly value: Operand;
}
export interface RuleOption {
    /** Without the dashes: `key`, `post`, ... */
    readonly name: string;
    readonly written: string;
    readonly nameSpan: Span;
    readonly arg?: Operand;
}
export interface Group {
    readonly kind: 'condition' | 'assignments' | 'unmarked';
    readonly span: Span;
    readonly condition?: Condition;
    readonly assignments?: readonly Assignment[];
}
export interface Alternative {
    readonly groups: readonly Group[];
    readonly options?: {
        readonly list: readonly RuleOption[];
        readonly span: Span;
    };
    readonly url?: Operand;
    readonly span: Span;
}
export interface ParsedRule {
    readonly language: RuleLanguage;
    /** A value starting with `#` is switched off; nothing in it is read. */
    readonly disabled: boolean;
    readonly alternatives: readonly Alternative[];
}
export declare const conditionOf: (alt: Alternative) => Condition | undefined;
export declare const assignmentsOf: (alt: Alternative) => readonly Assignment[];
export declare const optionOf: (alt: Alternative, name: string) => RuleOption | undefined;
