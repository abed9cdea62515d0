import { xmlNameOf } from '../model/names.js';
import { describeParameter } from '../schema/describe.js';
const within = (r, offset) => r !== undefined && offset >= r.start && offset <= r.end;
export function hoverAt(entries, offset, index) {
    const entry = entries.find((e) => within(e.nameRange, offset) || within(e.valueRange, offset) || within(e.closeNameRange, offset));
    const found = entry && index?.find(xmlNameOf(entry))[0];
    if (!entry || !found)
        return undefined;
    const d = describeParameter(found, index.target?.model.name);
    const lines = [
        `**${d.name}** (\`${d.xml}\`)`,
        ...(d.description ? ['', d.description] : []),
        '',
        `- type: ${d.type}${d.rangeNote ? ` (${d.rangeNote})` : ''}`,
        ...(d.options
            ? [`- options: ${d.options.slice(0, 30).join(' | ')}${d.options.length > 30 ? ' | ...' : ''}`]
            : []),
        ...(d.default === undefined ? [] : [`- default: "${d.secret ? '(secret)' : d.default}"`]),
        `- default access: ${d.access}`,
        ...(d.lines ? [`- lines: ${d.lines}`] : []),
        `- models (${d.family}): ${d.models.join(', ')}`,
    ];
    return { markdown: lines.join('\n'), range: entry.nameRange };
}
/** Parameters under their schema section, in document order; unknown names go under 'Other'. */
export function outline(entries, index) {
    const sections = new Map();
    for (const e of entries) {
        const section = index?.find(xmlNameOf(e))[0]?.spec.section ?? 'Other';
        const s = sections.get(section) ?? { name: section, range: e.range, parameters: [] };
        s.range = { start: Math.min(s.range.start, e.range.start), end: Math.max(s.range.end, e.range.end) };
        s.parameters.push({
            name: e.name,
            range: e.range,
            selection: e.nameRange,
            ...(e.value === undefined ? {} : { detail: e.value }),
        });
        sections.set(section, s);
    }
    return [...sections.values()];
}
