// Model stage: parses inputs and everything they import, splicing each import in place.
// Input: input texts and a Host. Output: the spliced item sequence, every parsed source, and diagnostics.
// An import is resolved relative to the importing file; a cycle is reported with its chain, once.
import { diagnostic, range } from '../diagnostics/diagnostic.js';
import { parseProfile } from './parse.js';
import { findDuplicates } from '../model/duplicates.js';
import { isStatusField, withoutStatusFields } from '../model/status-fields.js';
import { append } from '../text/append.js';
export async function loadProfiles(inputs, host) {
    const repeating = new Set();
    const settings = new Map();
    const loader = {
        host,
        parsed: new Map(),
        settings,
        sources: new Map(),
        diagnostics: [],
        repeating,
    };
    const items = [];
    for (const input of inputs)
        append(items, await expand(loader, input, [input.file]));
    const files = [...settings.values()];
    // Duplicates across files are not looked for here: only a lone file is known to need no layering.
    const layered = inputs.length === 1 && files.length === 1 && repeating.size === 0;
    const result = { items, sources: loader.sources, diagnostics: loader.diagnostics, files };
    return layered ? { ...result, layered: true } : result;
}
/** Parses a file once, however often it is imported, so its diagnostics appear once. */
export function parseOnce(loader, input) {
    const cached = loader.parsed.get(input.file);
    if (cached)
        return cached;
    const result = input.parse ? input.parse(input.text) : parseProfile(input.text, input.file);
    // A device export's status page is no setting: said once here, left out where profiles are spliced
    // (fmt keeps the whole file).
    const settings = withoutStatusFields(result.profile);
    loader.parsed.set(input.file, result);
    loader.settings?.set(input.file, settings.profile);
    loader.sources.set(input.file, input.text);
    if (input.badByte)
        loader.diagnostics.push(notUtf8(input.file, input.badByte));
    append(loader.diagnostics, result.diagnostics);
    append(loader.diagnostics, settings.diagnostics);
    const duplicates = findDuplicates(settings.profile, input.text);
    if (duplicates.length > 0)
        loader.repeating?.add(input.file);
    append(loader.diagnostics, duplicates);
    return result;
}
const notUtf8 = (file, bad) => diagnostic('SPAC1010', file, range(bad.at, bad.at + 1), {
    byte: `0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')}`,
});
async function expand(loader, input, chain) {
    const { profile } = parseOnce(loader, input);
    const out = [];
    for (const item of profile.items) {
        if (item.kind === 'import')
            append(out, await expandImport(loader, item, chain));
        else if (!isStatusField(item))
            out.push(item);
    }
    return out;
}
async function expandImport(loader, item, chain) {
    const target = loader.host.resolve(item.file, item.target);
    if (chain.includes(target)) {
        const cycle = [...chain.slice(chain.indexOf(target)), target].join(' -> ');
        loader.diagnostics.push(diagnostic('SPAC1202', item.file, item.targetRange, { cycle }));
        return [];
    }
    const read = await loader.host.read(target);
    if (!read.ok) {
        loader.diagnostics.push(diagnostic('SPAC1201', item.file, item.targetRange, { file: target, reason: read.reason }));
        return [];
    }
    const input = { file: target, text: read.text, ...(read.badByte ? { badByte: read.badByte } : {}) };
    if (!looksLikeProfile(loader, input)) {
        const reason = 'not a profile: no line of it reads as a setting';
        loader.diagnostics.push(diagnostic('SPAC1201', item.file, item.targetRange, { file: target, reason }));
        return [];
    }
    return expand(loader, input, [...chain, target]);
}
/** An imported file with syntax errors and not one setting is no profile (a README, /etc/passwd): it
 * is named in one diagnostic, and neither its problems nor its lines are shown. */
function looksLikeProfile(loader, input) {
    const known = loader.parsed.get(input.file);
    if (known && !loader.sources.has(input.file))
        return false;
    const result = parseOnce(loader, input);
    const broken = result.diagnostics.some((d) => d.severity === 'error');
    if (!broken || result.profile.items.some((i) => i.kind === 'entry'))
        return true;
    loader.sources.delete(input.file);
    const kept = loader.diagnostics.filter((d) => d.file !== input.file);
    loader.diagnostics.splice(0, loader.diagnostics.length, ...kept);
    return false;
}
