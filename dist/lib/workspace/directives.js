// Workspace (directive comments): what a profile says about how to check it, in its own comments.
// Input: the profile text. Output: the target model it names, if any. (Suppression comments:
// suppressions.ts.)
/** `# spac: target=SPA504G` (or `<!-- spac: target=SPA504G -->`) names the model a document is for. */
export function targetDirective(text) {
    return /(?:#|<!--)\s*spac:\s*target\s*=\s*([A-Za-z0-9_-]+)/.exec(text)?.[1];
}
