/** `# spac: target=SPA504G` (or `<!-- spac: target=SPA504G -->`) names the model a document is for. */
export declare function targetDirective(text: string): string | undefined;
