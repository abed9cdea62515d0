import { problem } from './shared.js';
const isOctet = (s) => /^[0-9]{1,3}$/.test(s) && Number(s) <= 255;
export const isIpv4 = (s) => {
    const parts = s.split('.');
    return parts.length === 4 && parts.every(isOctet);
};
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const isHostName = (s) => s.length <= 253 && s.split('.').every((l) => LABEL.test(l)) && !/^[0-9.]+$/.test(s);
export const checkIpv4 = (value) => isIpv4(value) ? undefined : problem('expected an IPv4 address such as 192.168.1.10');
/** Host name or IPv4 address with an optional `:port` (FQDN fields hold up to 63 characters). */
export function hostProblem(value) {
    const m = /^([^:]*)(?::([0-9]{1,5}))?$/.exec(value);
    const host = m?.[1] ?? '';
    if (!m || !(isIpv4(host) || isHostName(host)))
        return 'expected a host name or IPv4 address, with an optional :port';
    if (m[2] !== undefined && Number(m[2]) > 65535)
        return 'the port must be from 0 to 65535';
    return undefined;
}
export const checkHost = (value) => {
    if (value.length > 63)
        return problem('a host name here holds at most 63 characters');
    const message = hostProblem(value);
    return message === undefined ? undefined : problem(message);
};
export const checkUrl = (value, spec) => {
    const schemes = spec.schemes ?? ['http', 'https', 'tftp'];
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]+)(.*)$/.exec(value);
    if (!m)
        return problem(`expected a URL such as ${schemes[0] ?? 'http'}://host/path`);
    const scheme = (m[1] ?? '').toLowerCase();
    if (!schemes.includes(scheme))
        return problem(`the URL must use ${schemes.map((s) => `${s}://`).join(' or ')}`, 0, (m[1] ?? '').length);
    // A host built from macros ($SERVIP, $(DHCP_OPTION_150)) is only known on the phone.
    if ((m[2] ?? '').includes('$'))
        return undefined;
    const host = hostProblem(m[2] ?? '');
    return host === undefined ? undefined : problem(host, scheme.length + 3, (m[2] ?? '').length);
};
/** A dialled number (digits, `*`, `#`, `+`, `,` pauses) or a SIP URI `user@host`; up to 39 characters. */
export const checkPhone = (value) => {
    if (value.length > 39)
        return problem('a phone number holds at most 39 characters');
    if (/^\+?[0-9*#,]+$/.test(value) || /^[A-Za-z0-9._*#+-]+@[A-Za-z0-9.-]+(?::[0-9]+)?$/.test(value))
        return undefined;
    return problem('expected a phone number (digits, *, #, +) or a SIP URI such as 1234@sip.example.com');
};
