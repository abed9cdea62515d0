export interface Position {
    /** 1-based line. */
    readonly line: number;
    /** 1-based column, counted in UTF-16 code units. */
    readonly column: number;
}
export interface LineIndex {
    readonly position: (offset: number) => Position;
    readonly lineText: (line: number) => string;
    /** Where a line starts, and where the next one starts (past this one's CR, LF or CRLF). */
    readonly bounds: (line: number) => {
        readonly start: number;
        readonly end: number;
    };
    readonly lineCount: number;
}
export declare function lineIndex(text: string): LineIndex;
