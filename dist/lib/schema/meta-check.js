// Schema stage (meta-check): validates a schema before anything uses it, built-in or user-supplied.
// Input: unknown JSON data. Output: problems with the JSON path they concern (empty when valid).
import { TEXT_NAME_BODY, XML_NAME } from '../model/names.js';
import { SCHEMA_VERSION, } from './schema-types.js';
import { checkValue, typeKinds } from './types/index.js';
import { rangeProblem } from './firmware.js';
import { append } from '../text/append.js';
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const ACCESS = ['na', 'ro', 'rw'];
/** `checkers` check defaults of the types later stages own (rules); see ValueCheckers. */
export function metaCheck(data, checkers = {}) {
    const out = [];
    if (!isObj(data))
        return [{ path: '', message: 'a schema is a JSON object' }];
    if (data['schemaVersion'] !== SCHEMA_VERSION)
        out.push({ path: 'schemaVersion', message: `must be ${SCHEMA_VERSION}` });
    if (typeof data['family'] !== 'string' || data['family'] === '')
        out.push({ path: 'family', message: 'must be a non-empty string' });
    if (typeof data['title'] !== 'string')
        out.push({ path: 'title', message: 'must be a string' });
    const models = Array.isArray(data['models']) ? data['models'] : undefined;
    if (!models)
        out.push({ path: 'models', message: 'must be an array' });
    models?.forEach((m, i) => {
        if (!isObj(m) ||
            typeof m['name'] !== 'string' ||
            !Number.isInteger(m['lines']) ||
            m['lines'] < 1) {
            out.push({ path: `models[${i}]`, message: 'must be { "name": string, "lines": whole number >= 1 }' });
        }
        else
            append(out, firmwareLinesProblems(m['firmwareLines'], `models[${i}].firmwareLines`));
    });
    const parameters = Array.isArray(data['parameters']) ? data['parameters'] : undefined;
    if (!parameters)
        return [...out, { path: 'parameters', message: 'must be an array' }];
    const modelNames = new Set(models?.map((m) => (isObj(m) ? m['name'] : undefined)));
    const seen = new Set();
    const context = { models: modelNames, seen, checkers };
    parameters.forEach((p, i) => append(out, parameterProblems(p, `parameters[${i}]`, context)));
    return out;
}
function parameterProblems(p, path, context) {
    const { models, seen, checkers } = context;
    if (!isObj(p))
        return [{ path, message: 'must be an object' }];
    const out = [];
    const bad = (key, message) => out.push({ path: `${path}.${key}`, message });
    const name = typeof p['name'] === 'string' ? p['name'] : '';
    const xml = typeof p['xml'] === 'string' ? p['xml'] : '';
    if (!TEXT_NAME_BODY.test(name.replace('[n]', '[1]')))
        bad('name', 'must be a text parameter name, with [n] for a per-line family');
    if (!XML_NAME.test(xml.replace('{n}', '1')))
        bad('xml', 'must be an XML tag, with {n} for a per-line family');
    if (name.endsWith('[n]') !== xml.includes('{n}'))
        bad('xml', "a per-line family has both '[n]' in its name and '{n}' in its tag");
    if (seen.has(xml))
        bad('xml', `'${xml}' is described twice`);
    seen.add(xml);
    if (!ACCESS.includes(p['access']))
        bad('access', "must be 'na', 'ro' or 'rw'");
    const typeProblem = typeSpecProblem(p['type']);
    if (typeProblem)
        bad('type', typeProblem);
    else if (typeof p['default'] === 'string' && p['default'] !== '') {
        const problem = checkValue(p['default'], p['type'], checkers);
        if (problem)
            bad('default', `the default '${p['default']}' does not fit the type: ${problem.message}`);
    }
    for (const key of ['default', 'section', 'description', 'firmware', 'rangeNote', 'source']) {
        if (p[key] !== undefined && typeof p[key] !== 'string')
            bad(key, 'must be a string');
    }
    const range = typeof p['firmware'] === 'string' ? rangeProblem(p['firmware']) : undefined;
    if (range)
        bad('firmware', range);
    if (p['models'] !== undefined && (!Array.isArray(p['models']) || !p['models'].every((m) => models.has(m))))
        bad('models', 'must list models of this schema');
    return out;
}
const RULE_LANGUAGES = ['profile', 'upgrade', 'report', 'trigger', 'log'];
export function typeSpecProblem(type) {
    if (!isObj(type) || !typeKinds.includes(type['kind']))
        return `'kind' must be one of ${typeKinds.join(', ')}`;
    if (type['kind'] === 'enum') {
        const options = type['options'];
        if (!Array.isArray(options) || options.length === 0 || !options.every((o) => typeof o === 'string'))
            return 'an enum needs a non-empty list of string options';
        const limited = type['optionFirmware'];
        if (limited !== undefined)
            return optionFirmwareProblem(limited, options);
    }
    if (type['kind'] === 'rule' && !RULE_LANGUAGES.includes(type['language']))
        return `a rule needs a 'language': one of ${RULE_LANGUAGES.join(', ')}`;
    const schemes = type['schemes'];
    if (schemes !== undefined && !(Array.isArray(schemes) && schemes.every((x) => typeof x === 'string')))
        return '\'schemes\' must be a list of URL schemes such as "http"';
    for (const key of ['min', 'max', 'places', 'maxLength']) {
        if (type[key] !== undefined && typeof type[key] !== 'number')
            return `'${key}' must be a number`;
    }
    if (typeof type['min'] === 'number' && typeof type['max'] === 'number' && type['min'] > type['max'])
        return "'min' is above 'max'";
    return undefined;
}
function optionFirmwareProblem(limited, options) {
    if (!isObj(limited))
        return "'optionFirmware' maps options to firmware ranges";
    for (const [option, range] of Object.entries(limited)) {
        if (!options.includes(option))
            return `'optionFirmware' names '${option}', which is not an option`;
        const problem = typeof range === 'string' ? rangeProblem(range) : 'a range is a string';
        if (problem)
            return `'optionFirmware.${option}': ${problem}`;
    }
    return undefined;
}
function firmwareLinesProblems(list, path) {
    if (list === undefined)
        return [];
    const shape = 'must be a list of { "firmware": range, "lines": whole number >= 1 }';
    if (!Array.isArray(list))
        return [{ path, message: shape }];
    return list.flatMap((item, i) => {
        if (!isObj(item) || !Number.isInteger(item['lines']) || item['lines'] < 1)
            return [{ path: `${path}[${i}]`, message: shape }];
        const problem = typeof item['firmware'] === 'string' ? rangeProblem(item['firmware']) : shape;
        return problem ? [{ path: `${path}[${i}].firmware`, message: problem }] : [];
    });
}
/** The typed view of data that passed the meta-check. */
export const asSchema = (data) => data;
