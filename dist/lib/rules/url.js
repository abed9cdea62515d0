import { at, ruleProblem } from './problem.js';
const DEFAULT_PORTS = { tftp: 69, http: 80, https: 443 };
const SCHEMES = new Set(['tftp', 'http', 'https']);
function split(url) {
    // Whatever precedes the first '://' is meant as a scheme, even when it cannot be one.
    const m = /^([^/]*?):\/\//.exec(url);
    const rest = m ? url.slice(m[0].length) : url;
    const hostAt = m ? m[0].length : 0;
    const slash = rest.indexOf('/');
    const hostPort = slash < 0 ? rest : rest.slice(0, slash);
    return { ...(m ? { scheme: m[1] ?? '' } : {}), hostPort, hostAt, path: slash < 0 ? '' : rest.slice(slash) };
}
/** Parts of an expanded URL, or undefined when the phone could not use it. */
export function urlParts(url) {
    const s = split(url);
    const scheme = (s.scheme ?? 'tftp').toLowerCase();
    if (!SCHEMES.has(scheme) || !s.path.startsWith('/'))
        return undefined;
    const colon = s.hostPort.lastIndexOf(':');
    const written = colon < 0 ? undefined : s.hostPort.slice(colon + 1);
    if (written !== undefined && !validPort(written))
        return undefined;
    return {
        scheme: scheme,
        host: colon < 0 ? s.hostPort : s.hostPort.slice(0, colon),
        port: written === undefined ? DEFAULT_PORTS[scheme] : Number(written),
        path: s.path,
        schemeWritten: s.scheme !== undefined,
    };
}
export const effectiveScheme = (url) => (split(url).scheme ?? 'tftp').toLowerCase();
const validPort = (p) => /^[0-9]{1,5}$/.test(p) && Number(p) >= 1 && Number(p) <= 65535;
/** Checks a URL as written; parts made of macros are judged only where they cannot change the verdict. */
export function checkUrl(url) {
    const slashes = /^(tftp|https?):\/?(?!\/)/i.exec(url.text);
    if (slashes) {
        const fix = {
            description: `write '${slashes[1] ?? ''}://'`,
            span: at(url.at, slashes[0].length),
            text: `${slashes[1] ?? ''}://`,
        };
        return [ruleProblem('SPAC4004', at(url.at, slashes[0].length), `a scheme is followed by '://'`, fix)];
    }
    const s = split(url.text);
    const problems = [];
    if (s.scheme !== undefined && !schemeMayBeValid(s.scheme))
        problems.push(ruleProblem('SPAC4004', at(url.at, s.scheme.length), `unknown scheme '${s.scheme}': use tftp, http or https`));
    const colon = s.hostPort.lastIndexOf(':');
    const port = colon < 0 ? undefined : s.hostPort.slice(colon + 1);
    if (port !== undefined && !port.includes('$') && !validPort(port))
        problems.push(ruleProblem('SPAC4004', at(url.at + s.hostAt + colon + 1, port.length), `invalid port '${port}'`));
    if (s.path === '' && !(s.scheme === undefined ? url.text.startsWith('$') : s.hostPort.includes('$')))
        problems.push(pathProblem(url, s));
    return problems;
}
/** A scheme made of macros may expand to a good one; literal characters other than letters never do. */
function schemeMayBeValid(scheme) {
    if (SCHEMES.has(scheme.toLowerCase()))
        return true;
    const literal = scheme.replace(/\$\([^)]*\)|\$[A-Za-z_][A-Za-z0-9_]*/g, '');
    return literal !== scheme && /^[A-Za-z]*$/.test(literal);
}
function pathProblem(url, s) {
    if (s.scheme !== undefined)
        return ruleProblem('SPAC4004', at(url.at, url.text.length), "the URL has no path after the server: add '/' and a file");
    return ruleProblem('SPAC4004', at(url.at, url.text.length), `the path must be absolute: the phone reads '${url.text}' as a server name`, { description: "start the path with '/'", span: at(url.at, 0), text: '/' });
}
