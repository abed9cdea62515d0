import { textNameToXml } from '../model/names.js';
import { macroInfo, macroNames } from '../rules/macros.js';
import { TIME_ZONES, typeText } from '../schema/describe.js';
import { isFamilyPattern, lineSpelling } from '../schema/line-names.js';
/** At most this many names at once: a client told the list is incomplete asks again as typing narrows it. */
export const COMPLETION_LIMIT = 500;
export function completions(ctx, index, format) {
    if (!index || ctx.kind === 'none' || ctx.kind === 'import')
        return [];
    if (ctx.kind === 'name')
        return names(ctx.prefix, ctx.range, index, format);
    const spec = index.find(textNameToXml(ctx.name))[0]?.spec;
    const dollar = ctx.prefix.lastIndexOf('$');
    if (spec?.type.kind === 'rule' && dollar >= 0 && /^\$\(?[A-Za-z_0-9]*$/.test(ctx.prefix.slice(dollar)))
        return macros(ctx.prefix.slice(dollar), { start: ctx.range.start + dollar, end: ctx.range.end });
    return spec ? options(spec, ctx.range) : [];
}
function names(prefix, range, index, format) {
    const scope = index.target ? [index.target.family] : index.schemas;
    const lower = prefix.toLowerCase();
    const lines = index.target?.model.lines ?? 1;
    const items = [];
    for (const spec of scope.flatMap((f) => f.parameters)) {
        for (const spelled of spellings(spec, format, lines)) {
            if (!spelled.toLowerCase().startsWith(lower))
                continue;
            items.push(parameterItem(spec, spelled, range));
            if (items.length >= COMPLETION_LIMIT)
                return items;
        }
    }
    return items;
}
/** Per-line parameters complete once per line of the target (line 1 without one). */
function spellings(spec, format, lines) {
    const base = format === 'xml' ? spec.xml : spec.name;
    if (!isFamilyPattern(base))
        return [base];
    return Array.from({ length: Math.max(1, lines) }, (_, i) => lineSpelling(base, i + 1));
}
function parameterItem(spec, label, range) {
    const detail = `${typeText(spec.type)}${spec.default === undefined ? '' : `, default "${spec.default}"`}`;
    return {
        label,
        kind: 'parameter',
        detail,
        ...(spec.description ? { documentation: spec.description } : {}),
        insert: label,
        range,
    };
}
function options(spec, range) {
    const type = spec.type;
    const list = type.kind === 'enum'
        ? type.options
        : type.kind === 'bool'
            ? ['Yes', 'No']
            : type.kind === 'timezone'
                ? TIME_ZONES
                : [];
    return list.map((o) => ({
        label: o,
        kind: 'option',
        ...(o === spec.default ? { detail: 'default' } : {}),
        insert: o,
        range,
    }));
}
function macros(written, range) {
    const braced = written.startsWith('$(');
    const prefix = written.slice(braced ? 2 : 1).toUpperCase();
    return macroNames
        .filter((n) => n.startsWith(prefix))
        .map((n) => {
        const info = macroInfo(n);
        return {
            label: `$${n}`,
            kind: 'macro',
            ...(info ? { detail: info.description } : {}),
            insert: braced ? `$(${n})` : `$${n}`,
            range,
        };
    });
}
