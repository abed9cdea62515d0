// Schema stage (importer): a sample profile -> schema data (names, defaults, access, sections, options).
// Input: a parsed SPC `--sample-profile` text, an XML sample, or a phone's `spacfg.xml` export.
// Output: a SchemaFile whose types are inferred from options and defaults, and notes on what was guessed.
import { diagnostic } from '../diagnostics/diagnostic.js';
import { xmlNameOf } from '../model/names.js';
import { SCHEMA_VERSION, } from './schema-types.js';
import { familyPattern, splitLineName } from './line-names.js';
import { checkValue } from './types/index.js';
import { DECIMAL, HEX, INTEGER } from './types/shared.js';
/** XML tags whose text spelling has brackets or slashes the XML mapping erased (SPA3102 text profile). */
const TEXT_SPELLINGS = {
    Set_Local_Date__mm_dd_: 'Set_Local_Date_(mm/dd)',
    Set_Local_Time__HH_mm_: 'Set_Local_Time_(HH/mm)',
    Time_Offset__HH_mm_: 'Time_Offset_(HH/mm)',
    Resync_At__HHmm_: 'Resync_At_(HHmm)',
};
/** The family key and index of an entry: `Line_Enable_3_` and `Line_Enable[3]` are `Line_Enable` #3. */
export function familyOf(entry) {
    const split = splitLineName(entry.name, entry.nameFormat);
    if (split) {
        const { base } = split;
        const xmlBase = entry.nameFormat === 'text' ? xmlNameOf({ name: base, nameFormat: 'text' }) : base;
        return {
            text: familyPattern(entry.nameFormat === 'text' ? base : xmlBase, 'text'),
            xml: familyPattern(xmlBase, 'xml'),
            index: split.line,
        };
    }
    const xml = xmlNameOf(entry);
    return { text: entry.nameFormat === 'text' ? entry.name : (TEXT_SPELLINGS[xml] ?? xml), xml };
}
export function importSchema(profile, options) {
    const diagnostics = [];
    const byXml = new Map();
    let section;
    let lines = 1;
    for (const item of profile.items) {
        if (item.kind === 'comment')
            section = sectionName(item.text) ?? section;
        if (item.kind !== 'entry' || isStatusField(item))
            continue;
        const family = familyOf(item);
        lines = Math.max(lines, family.index ?? 1);
        const where = item.attributes?.['group'] !== undefined ? groupSection(item, family.index !== undefined) : section;
        const spec = parameterOf(item, family, where, diagnostics);
        const earlier = byXml.get(family.xml);
        if (family.index !== undefined && earlier)
            byXml.set(family.xml, withIndexDefault(earlier, family.index, item.value));
        else {
            // The last occurrence of a plain parameter wins, as on the phone.
            byXml.delete(family.xml);
            byXml.set(family.xml, family.index === undefined ? spec : withIndexDefault(spec, family.index, item.value));
        }
    }
    const schema = {
        schemaVersion: SCHEMA_VERSION,
        family: options.family,
        title: options.title ?? options.family,
        ...(options.source === undefined ? {} : { source: options.source }),
        // A sample or an export lists every line the device has.
        models: options.models ?? [{ name: options.family.toUpperCase(), lines }],
        parameters: [...byXml.values()].map(dropDefaultLines),
    };
    return { schema, diagnostics };
}
/** Per-line families keep their first place and section; defaults that differ by line are kept by line.
 * A line whose default does not fit the type guessed from an earlier line makes the type a plain string:
 * a guess must never reject what the device itself holds. */
function withIndexDefault(spec, index, value) {
    if (value === undefined)
        return spec;
    const fits = value === '' || checkValue(value, spec.type) === undefined;
    return {
        ...spec,
        ...(fits ? {} : { type: { kind: 'string' } }),
        indexDefaults: { ...spec.indexDefaults, [String(index)]: value },
    };
}
/** Only the lines whose default differs from the family's default are listed. */
function dropDefaultLines(spec) {
    const differing = Object.entries(spec.indexDefaults ?? {}).filter(([, v]) => v !== (spec.default ?? ''));
    if (differing.length === 0)
        return omitIndexDefaults(spec);
    return { ...spec, indexDefaults: Object.fromEntries(differing) };
}
/** Exports (`spacfg.xml`) carry read-only status fields under the `Info/` tab: not settable parameters. */
const isStatusField = (entry) => entry.attributes?.['group']?.startsWith('Info/') === true;
function sectionName(comment) {
    const text = comment.replace(/^\*+\s*/, '').trim();
    if (text === '' || /^options:/i.test(text) || text.length > 60 || /[.!:]$/.test(text))
        return undefined;
    return text;
}
/** `Ext_1/General` -> `Ext 1 / General`; a per-line parameter's tab loses its line: `Ext / General`. */
const groupSection = (entry, perLine) => entry.attributes?.['group']
    ?.replace(perLine ? /_[0-9]+(?=\/|$)/g : /$^/, '')
    .replace(/_/g, ' ')
    .replace(/\//g, ' / ');
function parameterOf(entry, family, section, out) {
    const options = optionsOf(entry, out);
    return {
        name: family.text,
        xml: family.xml,
        type: inferType(entry.value, options),
        ...(entry.value === undefined ? {} : { default: entry.value }),
        access: entry.access ?? 'na',
        ...(section === undefined ? {} : { section }),
    };
}
function inferType(value, options) {
    if (options)
        return { kind: 'enum', options };
    if (value === 'Yes' || value === 'No')
        return { kind: 'bool' };
    if (value !== undefined && (INTEGER.test(value) || HEX.test(value)))
        return { kind: 'int', ...(value.startsWith('-') ? {} : { min: 0 }) };
    if (value !== undefined && DECIMAL.test(value))
        return { kind: 'decimal' };
    return { kind: 'string' };
}
/** `# options: a/b/c`. Options are joined by `/` without escaping, so an option that holds a `/` makes
 * the list ambiguous; when the default shows the grouping (`month/day` in `month/day/day/month`) it is
 * applied, and the guess is reported either way. */
function optionsOf(entry, out) {
    const m = /^options:\s*(.*)$/i.exec(entry.comment ?? '');
    if (!m)
        return undefined;
    if ((m[1] ?? '').trim() === '')
        return undefined;
    const parts = (m[1] ?? '').split('/').map((p) => p.trim());
    const value = entry.value ?? '';
    const at = entry.valueRange ?? entry.nameRange;
    const width = value.split('/').length;
    // An empty default means "unset", which a choice also allows (see checks/value.ts).
    if (parts.includes(value) || value === '')
        return [...new Set(parts)];
    if (width === 1) {
        out.push(diagnostic('SPAC3008', entry.file, at, { name: entry.name, value }));
        return undefined;
    }
    const grouped = parts.length % width === 0 ? chunk(parts, width) : undefined;
    if (grouped?.includes(value) === true) {
        const read = grouped.map((g) => `'${g}'`).join(', ');
        const params = { name: entry.name, value, read };
        out.push(diagnostic('SPAC3008', entry.file, at, params, { message: 'grouped' }));
        return [...new Set(grouped)];
    }
    // No grouping fits the default: any guess could reject a value the phone takes, so keep it a string.
    out.push(diagnostic('SPAC3008', entry.file, at, { name: entry.name, value }, { message: 'ambiguous' }));
    return undefined;
}
const chunk = (parts, width) => Array.from({ length: parts.length / width }, (_, i) => parts.slice(i * width, (i + 1) * width).join('/'));
function omitIndexDefaults(spec) {
    const rest = { ...spec };
    delete rest.indexDefaults;
    return rest;
}
