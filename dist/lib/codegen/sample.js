// Schema stage -> codegen: a full sample profile of one model, like SPC's `--sample-profile`.
// Input: a schema, a model and an output format. Output: profile text with every parameter at its default,
// its default access, section comments and `# options:` comments, written by the ordinary emitters.
import { emitText } from './emit-text.js';
import { emitXml } from './emit-xml.js';
import { range } from '../diagnostics/diagnostic.js';
import { concreteParameters } from '../schema/model-view.js';
export function sampleProfile(schema, model, format, firmware) {
    const file = `${model.name}.sample`;
    const name = firmware ? `${model.name} firmware ${firmware.text}` : model.name;
    const title = `${name} sample profile (${schema.title}): every parameter at its default`;
    const items = [{ kind: 'comment', text: title, path: [], file, range: range(0) }];
    let section;
    for (const p of concreteParameters(schema, model, firmware)) {
        const heading = p.spec.section;
        if (heading !== undefined && heading !== section) {
            items.push({ kind: 'blank', path: [] });
            items.push({ kind: 'comment', text: heading, path: [], file, range: range(0) });
            section = heading;
        }
        items.push(entryOf(p, format, file));
    }
    // Sample entries are built from checked schema data, so the emitters have nothing to report.
    return (format === 'xml' ? emitXml(items.filter((i) => i.kind !== 'import')) : emitText(items)).text;
}
function entryOf(p, format, file) {
    const type = p.spec.type;
    const options = type.kind === 'enum' ? `options: ${type.options.join('/')}` : undefined;
    return {
        kind: 'entry',
        name: format === 'xml' ? p.xml : p.name,
        nameFormat: format,
        path: [],
        access: p.spec.access,
        value: p.default,
        ...(options === undefined ? {} : { comment: options }),
        file,
        range: range(0),
        nameRange: range(0),
    };
}
