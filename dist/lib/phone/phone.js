// Phone stage: a simulated phone's provisioning path, as the chapter describes it: at each resync it runs
// Profile_Rule to Profile_Rule_D with its own macros (the evaluator behind `spac expand`), fetches what a
// rule names, opens it with the key the rule names, applies it (last wins, `<X/>` unchanged), and posts
// a report when it has a Report_Rule. No SIP. Input: its state, its identity, a transport.
// Output: what it did at each step, and its new state.
import { emitXml } from '../codegen/emit-xml.js';
import { encryptOpenssl } from '../encrypt/openssl.js';
import { unwrapProfile } from '../encrypt/unwrap.js';
import { xmlNameOf } from '../model/names.js';
import { entriesOf } from '../model/profile.js';
import { parseProfile } from '../parser/parse.js';
import { checkRuleValue } from '../rules/check-rule.js';
import { deviceValues } from '../rules/device.js';
import { evaluateRule } from '../rules/evaluate.js';
import { previewRules } from '../rules/preview.js';
const PROFILE_RULES = ['Profile_Rule', 'Profile_Rule_B', 'Profile_Rule_C', 'Profile_Rule_D'];
/** The state as profile entries (the preview and the report read it so). */
export function stateEntries(state) {
    const at = { start: 0, end: 0 };
    return [...state].map(([name, held]) => ({
        kind: 'entry',
        name,
        nameFormat: 'xml',
        path: [],
        access: held.access,
        value: held.value,
        file: '(phone)',
        range: at,
        nameRange: at,
    }));
}
/** Last wins; `<X/>` (no value) leaves the setting as it was; an access marker comes along, and a
 * setting without one keeps the access it had. */
export function applyProfile(state, entries) {
    let applied = 0;
    for (const entry of entries) {
        if (entry.value === undefined)
            continue;
        const tag = xmlNameOf(entry);
        const access = entry.access ?? state.get(tag)?.access;
        state.set(tag, { value: entry.value, ...(access === undefined ? {} : { access }) });
        applied++;
    }
    return applied;
}
/** One resync: every profile rule in order, then the report. */
export async function resync(phone, n, transport) {
    const steps = [];
    for (const name of PROFILE_RULES) {
        const facts = { mac: phone.mac, model: phone.model, set: {} };
        const [preview] = previewRules(stateEntries(phone.state), phone.index, facts, [name]).rules;
        const fetch = preview?.outcome.status === 'fetch' ? preview.outcome.fetch : undefined;
        for (const a of preview?.outcome.fetch?.assignments ?? [])
            phone.state.set(a.name, { value: a.value });
        if (!fetch)
            continue;
        steps.push(await fetchAndApply(phone, { resync: n, rule: name, url: fetch.url }, fetch.key?.value, transport));
    }
    const report = await sendReport(phone, n, transport);
    if (report)
        steps.push(report);
    return steps;
}
async function fetchAndApply(phone, step, key, transport) {
    const got = await transport.get(step.url);
    if (!got.ok)
        return { ...step, bytes: 0, encrypted: false, error: got.reason };
    const base = { ...step, status: got.status, bytes: got.bytes.length, encrypted: false };
    if (got.status !== 200)
        return { ...base, error: `the server answered ${String(got.status)}` };
    const opened = unwrapProfile(got.bytes, step.url, key === undefined ? {} : { key });
    if (!opened.ok)
        return { ...base, error: opened.message };
    const encrypted = opened.layers.includes('aes-256-cbc');
    const parsed = parseProfile(opened.text, step.url);
    if (parsed.diagnostics.some((d) => d.severity === 'error'))
        return { ...base, encrypted, error: 'the profile has syntax errors: not applied' };
    return { ...base, encrypted, applied: applyProfile(phone.state, entriesOf(parsed.profile.items)) };
}
/** With a Report_Rule, the phone posts its settings (encrypted when the rule names a key). */
async function sendReport(phone, n, transport) {
    const rule = phone.state.get('Report_Rule')?.value ?? '';
    if (rule.trim() === '')
        return undefined;
    const checked = checkRuleValue(rule, 'profile');
    const values = deviceValues({ mac: phone.mac, model: phone.model, set: {} }, registers(phone.state));
    const outcome = evaluateRule(checked.rule, (m) => values.get(m));
    const url = outcome.status === 'fetch' ? outcome.fetch?.url : undefined;
    if (url === undefined)
        return {
            resync: n,
            rule: 'Report_Rule',
            url: '',
            bytes: 0,
            encrypted: false,
            error: `no URL (${outcome.status})`,
        };
    const text = new TextEncoder().encode(emitXml(stateEntries(phone.state)).text);
    const key = outcome.fetch?.key?.value;
    const body = key === undefined ? text : encryptOpenssl(text, key);
    const sent = await transport.post(url, body);
    const step = { resync: n, rule: 'Report_Rule', url, bytes: body.length, encrypted: key !== undefined };
    if (!sent.ok)
        return { ...step, error: sent.reason };
    return sent.status < 300
        ? { ...step, status: sent.status }
        : { ...step, status: sent.status, error: `the server answered ${String(sent.status)}` };
}
/** GPP_A..P and GPP_SA..SD as macro names, for the report rule. */
function registers(state) {
    const out = new Map();
    for (const [tag, held] of state) {
        const letter = /^GPP_([A-P]|S[A-D])$/.exec(tag)?.[1];
        if (letter)
            out.set(letter, held.value);
    }
    return out;
}
