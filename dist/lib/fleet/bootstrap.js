// Fleet stage (secure first-time provisioning): the plain bootstrap profile a device fetches over HTTPS,
// setting its key register and a Profile_Rule `[--key $SA] <its encrypted profile>`, and the proof, by
// the rule evaluator behind `spac expand`, that the rule fetches exactly that file with exactly that key.
// Input: a device, its key and names, the bootstrap rule. Output: bootstrap entries, or a diagnostic.
import { diagnostic } from '../diagnostics/diagnostic.js';
import { previewRules } from '../rules/preview.js';
/** GPP_SA..GPP_SD are not available on the SPA500 series (8831 reference, domain notes section 4.1):
 * there the key goes in GPP_A, which `[--key $A]` reads as well (SIP05 p.35). */
export const keyRegisterFor = (family) => (family === 'spa5xx' ? 'A' : 'SA');
/** `[--key $SA] <rule>`, the key option merged into options the rule already has. */
export function bootstrapRule(rule, register) {
    const trimmed = rule.trim();
    return trimmed.startsWith('[')
        ? `[--key $${register} ${trimmed.slice(1).trimStart()}`
        : `[--key $${register}] ${trimmed}`;
}
/** A setting the build makes itself (no user access: it is a key or the rule that reads it). */
export const madeEntry = (name, value, file, at) => ({
    kind: 'entry',
    name,
    nameFormat: 'xml',
    path: [],
    access: 'na',
    value,
    file,
    range: at,
    nameRange: at,
});
/** The bootstrap entries, once the rule is shown to fetch `profileName` and decrypt with the key. Its
 * entries carry no user access: the key must not be readable on the phone's web page. */
export function bootstrapEntries(input, index) {
    const rule = bootstrapRule(input.rule, input.register);
    const entries = [
        madeEntry(`GPP_${input.register}`, input.key, input.file, input.at),
        madeEntry('Profile_Rule', rule, input.file, input.at),
    ];
    const facts = { mac: input.mac, ...(input.model === undefined ? {} : { model: input.model }), set: {} };
    const outcome = previewRules(entries, index, facts, ['Profile_Rule']).rules[0]?.outcome;
    const fail = (params, message = 'default') => ({
        ok: false,
        diagnostic: diagnostic('SPAC8008', input.file, input.at, { mac: input.mac, ...params }, { message }),
    });
    const fetch = outcome?.status === 'fetch' ? outcome.fetch : undefined;
    if (!fetch?.parts)
        return fail({ status: outcome?.status ?? 'invalid' }, 'no-fetch');
    const path = fetch.parts.path;
    if (path !== `/${input.profileName}` && !path.endsWith(`/${input.profileName}`))
        return fail({ path, name: input.profileName });
    const register = `GPP_${input.register}`;
    if (fetch.key?.source !== register || fetch.key.value !== input.key)
        return fail({ source: fetch.key?.source ?? 'no key', register }, 'key');
    return { ok: true, entries };
}
