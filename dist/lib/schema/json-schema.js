// Schema stage -> export: a JSON Schema (draft 2020-12) of one model or of every family, for other tools.
// Input: schemas and an optional target model. Output: a JSON Schema object describing a profile as an
// object from XML tag to string value.
import { emptyAllowed } from './checks/value.js';
import { concreteParameters } from './model-view.js';
import { typeText } from './describe.js';
import { TIME_ZONES } from './types/time.js';
const BOOL_SPELLINGS = ['Yes', 'yes', 'Enable', 'enable', '1', 'No', 'no', 'Disable', 'disable', '0'];
/** Value shapes a JSON Schema can say exactly; the rest (rules, scripts, ranges) stay spac's job. As in
 * checks/value.ts, an empty value ("unset") is allowed except for a choice whose default is not empty. */
function valueSchema(type, empty) {
    const choice = (options) => ({ enum: empty ? [...new Set([...options, ''])] : options });
    const pattern = (body) => ({ type: 'string', pattern: `^(?:${body})?$` });
    switch (type.kind) {
        case 'bool':
            return choice(BOOL_SPELLINGS);
        case 'enum':
            return choice(type.options);
        case 'timezone':
            return choice(TIME_ZONES);
        case 'int':
            return pattern('-?[0-9]+|0[xX][0-9a-fA-F]+');
        case 'decimal':
            return pattern('-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)');
        case 'hhmm':
            return pattern('(?:[01][0-9]|2[0-3])[0-5][0-9]');
        case 'port':
            return pattern('[0-9]{1,5}');
        case 'string':
        case 'password':
            return { type: 'string', ...(type.maxLength === undefined ? {} : { maxLength: type.maxLength }) };
        default:
            return { type: 'string' };
    }
}
function property(spec, value) {
    const description = [
        spec.description,
        `Type: ${typeText(spec.type)}.`,
        `User access by default: ${spec.access}.`,
    ]
        .filter((s) => s !== undefined)
        .join(' ');
    return {
        ...valueSchema(spec.type, emptyAllowed(spec)),
        description,
        ...(value === undefined ? {} : { default: value }),
        ...(spec.secret === true ? { writeOnly: true } : {}),
    };
}
/** With a target, per-line families are listed line by line; without one, as patterns over any line. */
export function toJsonSchema(schemas, target) {
    const properties = {};
    const patternProperties = {};
    if (target) {
        for (const p of concreteParameters(target.family, target.model))
            properties[p.xml] = property(p.spec, p.default);
    }
    else {
        for (const spec of schemas.flatMap((s) => s.parameters)) {
            if (spec.xml.includes('{n}'))
                patternProperties[linePattern(spec.xml)] ??= property(spec, spec.default);
            else
                properties[spec.xml] ??= property(spec, spec.default);
        }
    }
    const title = target ? `${target.model.name} provisioning profile` : 'SPA provisioning profile';
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title,
        description: 'Parameters by XML tag. Unknown parameters are allowed: spac reports them as warnings, since the phone ignores them.',
        type: 'object',
        properties,
        ...(target ? {} : { patternProperties }),
    };
}
/** XML tags hold only letters, digits and `_ . : -`, so `.` is the one character to escape. */
const linePattern = (xml) => `^${xml.replace(/\./g, '\\.').replace('{n}', '[1-9][0-9]*')}$`;
