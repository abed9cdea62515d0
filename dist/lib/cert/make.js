// Certificate stage (making): RSA keys (node:crypto), certificate signing requests and certificates
// (node-forge: node:crypto cannot build them) for a provisioning server, a lab CA and lab phones.
// Input: names, sizes and a CA. Output: PEM text (keys PKCS#8), or the reason a CA or CSR is unusable.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { hostOf, productName } from './names.js';
const refused = (culprit, problem) => ({ ok: false, problem, culprit });
const DAY = 24 * 60 * 60 * 1000;
function keyPair(bits) {
    const { privateKey } = generateKeyPairSync('rsa', {
        modulusLength: bits,
        publicExponent: 0x10001,
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
        publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const forgeKey = forge.pki.privateKeyFromPem(privateKey);
    return {
        pem: privateKey,
        privateKey: forgeKey,
        publicKey: forge.pki.rsa.setPublicKey(forgeKey.n, forgeKey.e),
    };
}
const attributes = (fields) => fields.map((f) => ({ shortName: f.name, value: f.value }));
/** A server's key and CSR, as the chapter's `openssl genrsa` and `openssl req` steps make them; the
 * request asks for the CN's host name as a subject alternative name too (clients other than the
 * phones look there). */
export function makeRequest(cn, bits, extra) {
    const pair = keyPair(bits);
    const csr = forge.pki.createCertificationRequest();
    csr.publicKey = pair.publicKey;
    csr.setSubject(attributes([{ name: 'CN', value: cn }, ...extra.filter((f) => f.name !== 'CN')]));
    csr.setAttributes([{ name: 'extensionRequest', extensions: [altNames(hostOf(cn))] }]);
    csr.sign(pair.privateKey, forge.md.sha256.create());
    return { key: pair.pem, pem: forge.pki.certificationRequestToPem(csr) };
}
const altNames = (host) => ({ name: 'subjectAltName', altNames: [{ type: 2, value: host }] });
/** A lab CA: self-signed, allowed to sign certificates and nothing below them. */
export function makeAuthority(cn, bits, days, extra) {
    const pair = keyPair(bits);
    const subject = attributes([{ name: 'CN', value: cn }, ...extra.filter((f) => f.name !== 'CN')]);
    const cert = newCertificate(pair.publicKey, subject, subject, days);
    cert.setExtensions([
        { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
        { name: 'subjectKeyIdentifier' },
    ]);
    cert.sign(pair.privateKey, forge.md.sha256.create());
    return { key: pair.pem, pem: forge.pki.certificateToPem(cert) };
}
/** A server certificate from a CSR: its subject and public key, the CSR's signature checked first. */
export function signRequest(authority, csrPem, days) {
    const ca = readAuthority(authority);
    if (!ca.ok)
        return ca;
    let csr;
    try {
        csr = forge.pki.certificationRequestFromPem(csrPem);
    }
    catch {
        return refused('request', 'not a PEM certificate signing request (BEGIN CERTIFICATE REQUEST)');
    }
    if (!csr.publicKey || !csr.verify())
        return refused('request', "the request's signature does not verify");
    const cn = csr.subject.getField('CN');
    const host = typeof cn?.value === 'string' ? hostOf(cn.value) : undefined;
    const cert = newCertificate(csr.publicKey, csr.subject.attributes, ca.value.cert.subject.attributes, days);
    cert.setExtensions([
        { name: 'basicConstraints', cA: false, critical: true },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
        { name: 'extKeyUsage', serverAuth: true },
        ...(host ? [altNames(host)] : []),
        { name: 'subjectKeyIdentifier' },
        authorityKeyId(ca.value.cert),
    ]);
    cert.sign(ca.value.key, forge.md.sha256.create());
    return { ok: true, value: forge.pki.certificateToPem(cert) };
}
/** A phone's client certificate with the documented subject: OU product name, L serial, ST (the
 * documentation's S) MAC; or the generic one (`cisco.com`, `ciscogeneric`, `ciscogeneric`). */
export function makeDevice(authority, device, bits, days) {
    const ca = readAuthority(authority);
    if (!ca.ok)
        return ca;
    const pair = keyPair(bits);
    const subject = device.generic
        ? [
            { name: 'OU', value: 'cisco.com' },
            { name: 'L', value: 'ciscogeneric' },
            { name: 'ST', value: 'ciscogeneric' },
        ]
        : [
            { name: 'OU', value: productName(device.model) },
            { name: 'L', value: device.serial ?? device.mac.toUpperCase() },
            { name: 'ST', value: device.mac },
        ];
    const cert = newCertificate(pair.publicKey, attributes(subject), ca.value.cert.subject.attributes, days);
    cert.setExtensions([
        { name: 'basicConstraints', cA: false, critical: true },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
        { name: 'extKeyUsage', clientAuth: true },
        { name: 'subjectKeyIdentifier' },
        authorityKeyId(ca.value.cert),
    ]);
    cert.sign(ca.value.key, forge.md.sha256.create());
    return { ok: true, value: { key: pair.pem, pem: forge.pki.certificateToPem(cert) } };
}
function newCertificate(publicKey, subject, issuer, days) {
    const cert = forge.pki.createCertificate();
    cert.publicKey = publicKey;
    // 16 random bytes, the top bit clear: a positive serial number, unique in practice.
    const serial = randomBytes(16);
    serial[0] = (serial[0] ?? 0) & 0x7f;
    cert.serialNumber = serial.toString('hex');
    // An hour back: a phone or server whose clock runs a little behind still accepts it.
    const now = Date.now();
    cert.validity.notBefore = new Date(now - 60 * 60 * 1000);
    cert.validity.notAfter = new Date(now + days * DAY);
    cert.setSubject(subject);
    cert.setIssuer(issuer);
    return cert;
}
function authorityKeyId(ca) {
    const ski = ca.getExtension('subjectKeyIdentifier');
    return ski?.subjectKeyIdentifier
        ? { name: 'authorityKeyIdentifier', keyIdentifier: forge.util.hexToBytes(ski.subjectKeyIdentifier) }
        : { name: 'authorityKeyIdentifier', keyIdentifier: true };
}
/** The CA's certificate and key, and that they belong together and may sign. */
function readAuthority(authority) {
    let cert;
    let key;
    try {
        cert = forge.pki.certificateFromPem(authority.cert);
    }
    catch {
        return refused('ca-cert', 'not a PEM RSA certificate');
    }
    try {
        key = forge.pki.privateKeyFromPem(authority.key);
    }
    catch {
        return refused('ca-key', 'not an unencrypted PEM RSA private key');
    }
    const pub = cert.publicKey;
    if (pub.n.compareTo(key.n) !== 0)
        return refused('ca-key', "this key does not belong to the CA's certificate");
    const basic = cert.getExtension('basicConstraints');
    if (basic?.cA !== true)
        return refused('ca-cert', 'not a CA certificate (basicConstraints CA:FALSE or absent)');
    return { ok: true, value: { cert, key } };
}
