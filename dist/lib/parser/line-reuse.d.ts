import { type ParseResult } from './text-front.js';
export declare class TextLines {
    private readonly file;
    /** Parses by content, for lines that moved or came back. */
    private cache;
    private source;
    private lines;
    constructor(file: string);
    /** An edit changes the text between what the versions share at the start and at the end: the lines
     * before it are kept as they were, those after it kept or moved, and only those in between looked up
     * (or parsed). */
    parse(source: string): ParseResult;
    private place;
    /** Only this version's lines stay cached once the cache outgrows them: a session does not grow
     * without end. */
    private keepCacheSmall;
    private result;
}
