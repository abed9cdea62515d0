// Certificate stage (names): the subject fields a provisioning certificate carries, and the host name
// rules the phones apply to a server's CN. Input: text from flags. Output: attributes, or a problem.
const SHORT_NAMES = {
    CN: 'CN',
    O: 'O',
    OU: 'OU',
    L: 'L',
    ST: 'ST',
    // The phones' documentation writes the state field as S (S=000e08abcdef).
    S: 'ST',
    C: 'C',
};
/** `O=Example Ltd,C=GB` or openssl's `/O=Example Ltd/C=GB`; a `\,` or `\/` keeps its character. */
export function parseSubject(text) {
    const slashed = text.startsWith('/');
    const parts = (slashed ? text.slice(1) : text).split(slashed ? /(?<!\\)\// : /(?<!\\),/);
    const fields = [];
    for (const part of parts) {
        if (part.trim() === '')
            continue;
        const eq = part.indexOf('=');
        const key = part.slice(0, Math.max(eq, 0)).trim();
        const name = SHORT_NAMES[key.toUpperCase()];
        if (eq < 0 || name === undefined)
            return {
                ok: false,
                problem: `'${part.trim()}' is not NAME=value with NAME one of CN, O, OU, L, ST, C`,
            };
        const value = part
            .slice(eq + 1)
            .trim()
            .replace(/\\([,/])/g, '$1');
        if (value === '')
            return { ok: false, problem: `'${key}' has no value` };
        if (name === 'C' && !/^[A-Za-z]{2}$/.test(value))
            return { ok: false, problem: `the country 'C' is two letters (ISO 3166), not '${value}'` };
        fields.push({ name, value: name === 'C' ? value.toUpperCase() : value });
    }
    return { ok: true, value: fields };
}
/** What a phone accepts as a provisioning server's CN: a fully qualified host name, optionally followed
 * by `/` and any text (`pv.telco.net/mailto:admin@telco.net`); never a wild card. Returns the problem. */
export function serverCnProblem(cn) {
    const host = hostOf(cn);
    if (host.includes('*'))
        return { id: 'wildcard', host };
    return isFqdn(host) ? undefined : { id: 'not-fqdn', host };
}
/** The host name part of a CN (before any `/`). */
export const hostOf = (cn) => cn.split('/')[0] ?? '';
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
function isFqdn(host) {
    const name = host.endsWith('.') ? host.slice(0, -1) : host;
    const labels = name.split('.');
    return (name.length <= 253 &&
        labels.length >= 2 &&
        labels.every((l) => LABEL.test(l)) &&
        // A top-level label of digits only would make this an IP address, not a name.
        !/^\d+$/.test(labels[labels.length - 1] ?? ''));
}
/** The product name a device certificate's OU carries: the documentation shows `SPA-962` for the
 * SPA962 and `CP-8841-3PCC` for the 8841, so an SPA model gets its hyphen after `SPA`. */
export const productName = (model) => model.replace(/^SPA(?=[0-9])/i, 'SPA-');
/** The model back from a product name (`SPA-504G` -> `SPA504G`). */
export const modelOfProduct = (product) => product.replace(/^SPA-(?=[0-9])/i, 'SPA');
