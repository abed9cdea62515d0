import { entryTag } from '../schema/lookup.js';
import { optionOf } from './ast.js';
import { macroInfo } from './macros.js';
import { scanMacros } from './macro-scan.js';
import { ruleProblem } from './problem.js';
import { effectiveScheme } from './url.js';
/** `--key $SA` reads GPP_SA on the phone; if the set leaves it empty, the phone cannot decrypt. */
export function keyProblems(rules, value) {
    const out = [];
    for (const { entry, checked } of rules)
        for (const alt of checked.rule.alternatives) {
            const arg = optionOf(alt, 'key')?.arg;
            const pieces = arg ? scanMacros(arg.text) : [];
            const only = pieces.length === 1 && pieces[0]?.kind === 'macro' ? pieces[0] : undefined;
            const gpp = only ? macroInfo(only.name)?.gpp : undefined;
            if (!arg || !gpp)
                continue;
            const held = value(gpp);
            if (held !== undefined && held !== '')
                continue;
            const why = held === undefined
                ? `which no profile in this set sets: the phone decrypts with whatever '${gpp}' already holds`
                : 'which is empty here: the phone has no key to decrypt with';
            out.push({
                entry,
                problem: ruleProblem('SPAC4020', arg.span, `'--key ${arg.text}' reads '${gpp}', ${why}`),
            });
        }
    return out;
}
/** Secrets travel in the profile the rules fetch; over tftp or http without --key anyone can read them. */
/** The first entry of the layered set that holds a secret. */
export const firstSecret = (layered, index) => layered.find((e) => holdsSecret(e, index));
export const holdsSecret = (e, index) => e.value !== undefined && e.value !== '' && index.secret(entryTag(e));
/** `secretIn`: finds the first secret of `layered` (a fleet build knows faster ways than a scan). */
export function secretsInClear(rules, secretIn) {
    // Looked for only when some rule fetches in clear: most sets never need it.
    let secret;
    const secretOf = () => (secret ??= { entry: secretIn() }).entry;
    const out = [];
    for (const { entry, language, checked } of rules) {
        if (language !== 'profile')
            continue;
        for (const alt of checked.rule.alternatives) {
            const scheme = alt.url ? effectiveScheme(alt.url.text) : 'https';
            if (!alt.url || optionOf(alt, 'key') || (scheme !== 'tftp' && scheme !== 'http'))
                continue;
            const held = secretOf();
            if (!held)
                return [];
            const message = `fetches '${alt.url.text}' over ${scheme} without '--key', and this profile set holds secrets such as '${held.name}': anyone on the path can read them`;
            out.push({
                entry,
                problem: ruleProblem('SPAC4021', alt.url.span, message),
                related: { entry: held, message: `'${held.name}' is set here` },
            });
        }
    }
    return out;
}
