import { type ParseResult } from './text-front.js';
export declare class TextLines {
    private readonly file;
    private last;
    constructor(file: string);
    parse(source: string): ParseResult;
    private parseLine;
}
