/** `# spac: target=SPA504G` (or `<!-- spac: target=SPA504G@7.5.5 -->`) names the model a document is
 * for, and its firmware when it names one. */
export declare function targetDirective(text: string): string | undefined;
/** The directive's target and where the model's name stands in the text. */
export declare function targetDirectiveAt(text: string): {
    target: string;
    start: number;
    end: number;
} | undefined;
