// Certificate stage (inspection): what a PEM certificate or signing request says (subject, issuer,
// validity, key size, a phone's identity) and what a phone or provider should be warned of.
// Input: PEM text, its file name and the time now. Output: a description and diagnostics.
import { X509Certificate, createPublicKey } from 'node:crypto';
import forge from 'node-forge';
import { diagnostic, range } from '../diagnostics/diagnostic.js';
import { modelOfProduct, serverCnProblem } from './names.js';
const SOON_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;
export function inspectPem(text, file, now) {
    if (text.includes('-----BEGIN CERTIFICATE REQUEST-----'))
        return inspectRequest(text, file);
    if (!text.includes('-----BEGIN CERTIFICATE-----')) {
        const problem = text.includes('PRIVATE KEY')
            ? 'this is a private key; show the certificate or request instead'
            : 'not a PEM certificate or certificate signing request';
        return { ok: false, diagnostics: [diagnostic('SPAC8103', file, range(0), { file, problem })] };
    }
    let cert;
    try {
        cert = new X509Certificate(text);
    }
    catch {
        const problem = 'the certificate cannot be decoded';
        return { ok: false, diagnostics: [diagnostic('SPAC8103', file, range(0), { file, problem })] };
    }
    const facts = certificateFacts(cert);
    return { ok: true, facts, diagnostics: warnings(facts, file, now, cert) };
}
function certificateFacts(cert) {
    const subject = fields(cert.subject);
    const device = deviceOf(subject);
    return {
        kind: 'certificate',
        subject,
        issuer: fields(cert.issuer),
        serial: cert.serialNumber.toLowerCase(),
        notBefore: new Date(cert.validFrom).toISOString(),
        notAfter: new Date(cert.validTo).toISOString(),
        keyBits: cert.publicKey.asymmetricKeyDetails?.modulusLength,
        ca: cert.ca,
        altNames: (cert.subjectAltName ?? '')
            .split(', ')
            .filter((n) => n.startsWith('DNS:'))
            .map((n) => n.slice(4)),
        sha256: cert.fingerprint256,
        ...(device ? { device } : {}),
    };
}
/** `CN=a\nO=b` (node:crypto's form) as pairs; a value with a newline is not expected in these names. */
const fields = (text) => text
    .split('\n')
    .filter((l) => l.includes('='))
    .map((l) => ({ name: l.slice(0, l.indexOf('=')), value: l.slice(l.indexOf('=') + 1) }));
const field = (list, name) => list.find((f) => f.name === name)?.value;
/** A phone's client certificate: OU product name, L serial, ST MAC (12 hex digits, lower case). */
function deviceOf(subject) {
    const [ou, l, st] = [field(subject, 'OU'), field(subject, 'L'), field(subject, 'ST')];
    if (ou === 'cisco.com' && l === 'ciscogeneric' && st === 'ciscogeneric')
        return 'generic';
    if (ou === undefined || l === undefined || st === undefined || !/^[0-9a-f]{12}$/.test(st))
        return undefined;
    return { mac: st, model: modelOfProduct(ou), serial: l };
}
function warnings(facts, file, now, cert) {
    const at = range(0);
    const out = [];
    const from = new Date(cert.validFrom);
    const to = new Date(cert.validTo);
    const date = (d) => d.toISOString().slice(0, 10);
    if (to < now)
        out.push(diagnostic('SPAC8104', file, at, { date: date(to) }, { message: 'expired' }));
    else if (from > now)
        out.push(diagnostic('SPAC8104', file, at, { date: date(from) }, { message: 'not-yet' }));
    else if (to.getTime() - now.getTime() < SOON_DAYS * DAY) {
        const days = String(Math.ceil((to.getTime() - now.getTime()) / DAY));
        out.push(diagnostic('SPAC8104', file, at, { date: date(to), days }, { message: 'soon' }));
    }
    out.push(...keyWarnings(facts.keyBits, file), ...cnWarnings(facts, file));
    return out;
}
function keyWarnings(bits, file) {
    return bits !== undefined && bits < 2048
        ? [diagnostic('SPAC8102', file, range(0), { bits: String(bits) })]
        : [];
}
/** A server's certificate (not a CA's, not a phone's) must name its host as the phones expect. */
function cnWarnings(facts, file) {
    const cn = field(facts.subject, 'CN');
    if (facts.ca || facts.device !== undefined || cn === undefined)
        return [];
    const problem = serverCnProblem(cn);
    if (!problem)
        return [];
    return [
        diagnostic('SPAC8101', file, range(0), { host: problem.host }, { message: problem.id, severity: 'warning' }),
    ];
}
function inspectRequest(text, file) {
    let csr;
    try {
        csr = forge.pki.certificationRequestFromPem(text);
    }
    catch {
        const problem = 'the certificate signing request cannot be decoded';
        return { ok: false, diagnostics: [diagnostic('SPAC8103', file, range(0), { file, problem })] };
    }
    const subject = csr.subject.attributes.map((a) => ({
        name: String(a.shortName ?? a.name),
        value: String(a.value),
    }));
    const keyPem = csr.publicKey ? forge.pki.publicKeyToPem(csr.publicKey) : undefined;
    const keyBits = keyPem ? createPublicKey(keyPem).asymmetricKeyDetails?.modulusLength : undefined;
    const requested = csr.getAttribute({ name: 'extensionRequest' });
    const altNames = (requested?.extensions ?? [])
        .filter((e) => e.name === 'subjectAltName')
        .flatMap((e) => e.altNames ?? [])
        .filter((n) => n.type === 2)
        .map((n) => n.value);
    const facts = { kind: 'request', subject, keyBits, ca: false, altNames };
    if (!csr.verify()) {
        const problem = "the request's signature does not verify";
        return { ok: false, diagnostics: [diagnostic('SPAC8103', file, range(0), { file, problem })] };
    }
    return { ok: true, facts, diagnostics: [...keyWarnings(keyBits, file), ...cnWarnings(facts, file)] };
}
