// Workspace (directive comments): what a profile says about how to check it, in its own comments.
// Input: the profile text. Output: the target model it names, if any. (Suppression comments:
// suppressions.ts.)
/** `# spac: target=SPA504G` (or `<!-- spac: target=SPA504G@7.5.5 -->`) names the model a document is
 * for, and its firmware when it names one. */
export function targetDirective(text) {
    return targetDirectiveAt(text)?.target;
}
/** The directive's target and where the model's name stands in the text. */
export function targetDirectiveAt(text) {
    const m = /((?:#|<!--)\s*spac:\s*target\s*=\s*)([A-Za-z0-9_-]+(?:@[A-Za-z0-9.()]+)?)/.exec(text);
    if (!m)
        return undefined;
    const target = m[2] ?? '';
    const start = m.index + (m[1] ?? '').length;
    return { target, start, end: start + target.length };
}
