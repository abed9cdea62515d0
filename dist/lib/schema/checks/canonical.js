// Schema check (rule): a Yes/No written in another accepted spelling (`yes`, `enable`, `1`). The phone
// takes it, so this is information with a fix, for editors and `fmt`-minded teams.
// Input: an entry and the parameters it may be. Output: an info diagnostic with the canonical value.
import { diagnostic } from '../../diagnostics/diagnostic.js';
import { canonicalBool } from '../types/bool.js';
export function checkCanonical(entry, found) {
    const value = entry.value;
    if (value === undefined || !entry.valueRange || !found.every((f) => f.spec.type.kind === 'bool'))
        return undefined;
    const canonical = canonicalBool(value);
    if (canonical === undefined || canonical === value)
        return undefined;
    const fix = {
        description: `write '${canonical}'`,
        edits: [{ file: entry.file, range: entry.valueRange, newText: canonical }],
        safe: true,
    };
    return diagnostic('SPAC3009', entry.file, entry.valueRange, { value, canonical, name: entry.name }, { fix });
}
