/** In the order the lexer tries them; scripts/grammar.ts lists them in grammar/spac.ebnf. */
export declare const macroTokens: import("chevrotain").TokenType[];
export type MacroPiece = {
    readonly kind: 'text';
    readonly text: string;
    readonly at: number;
} | {
    readonly kind: 'dollar';
    readonly at: number;
    readonly length: 2;
} | {
    readonly kind: 'macro';
    readonly name: string;
    readonly at: number;
    readonly length: number;
    /** `$(NAME)` form: nothing after it can be mistaken for part of the name. */
    readonly braced: boolean;
    readonly offset?: number;
    readonly count?: number;
} | {
    readonly kind: 'malformed';
    readonly text: string;
    readonly at: number;
};
/** Pieces of `text`, with offsets shifted by `base` (where the text starts in the value). */
export declare function scanMacros(text: string, base?: number): MacroPiece[];
/** A macro's value; undefined leaves it as written, as the phone does with names it does not know. */
export type MacroLookup = (name: string) => string | undefined;
export declare const expandMacros: (text: string, lookup: MacroLookup) => string;
/** `expandMacros` with the text's pieces already scanned (a template filled for many devices). */
export declare function expandPieces(text: string, pieces: readonly MacroPiece[], lookup: MacroLookup): string;
