// Certificate stage (making): RSA keys (node:crypto), certificate signing requests and certificates
// (node-forge: node:crypto cannot build them) for a provisioning server, a lab CA and lab phones.
// Input: names, sizes and a CA. Output: PEM text (keys PKCS#8), or the reason a CA or CSR is unusable.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { hostOf, productName, type SubjectField } from './names.js';

export interface Pem {
  /** The private key, PKCS#8 PEM: written with mode 0600, never printed. */
  readonly key: string;
  readonly pem: string;
}

export interface Authority {
  readonly cert: string;
  readonly key: string;
}

/** A refusal names what it is about: the CA's certificate, its key, or the request. */
export type Culprit = 'ca-cert' | 'ca-key' | 'request';

type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: string; readonly culprit: Culprit };

const refused = (culprit: Culprit, problem: string) => ({ ok: false as const, problem, culprit });

const DAY = 24 * 60 * 60 * 1000;

function keyPair(bits: number) {
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

const attributes = (fields: readonly SubjectField[]): forge.pki.CertificateField[] =>
  fields.map((f) => ({ shortName: f.name, value: f.value }));

/** A server's key and CSR, as the chapter's `openssl genrsa` and `openssl req` steps make them; the
 * request asks for the CN's host name as a subject alternative name too (clients other than the
 * phones look there). */
export function makeRequest(cn: string, bits: number, extra: readonly SubjectField[]): Pem {
  const pair = keyPair(bits);
  const csr = forge.pki.createCertificationRequest();
  csr.publicKey = pair.publicKey;
  csr.setSubject(attributes([{ name: 'CN', value: cn }, ...extra.filter((f) => f.name !== 'CN')]));
  csr.setAttributes([{ name: 'extensionRequest', extensions: [altNames(hostOf(cn))] }]);
  csr.sign(pair.privateKey, forge.md.sha256.create());
  return { key: pair.pem, pem: forge.pki.certificationRequestToPem(csr) };
}

const altNames = (host: string) => ({ name: 'subjectAltName', altNames: [{ type: 2, value: host }] });

/** A lab CA: self-signed, allowed to sign certificates and nothing below them. */
export function makeAuthority(cn: string, bits: number, days: number, extra: readonly SubjectField[]): Pem {
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
export function signRequest(authority: Authority, csrPem: string, days: number): Result<string> {
  const ca = readAuthority(authority);
  if (!ca.ok) return ca;
  let csr: forge.pki.CertificateSigningRequest;
  try {
    csr = forge.pki.certificationRequestFromPem(csrPem);
  } catch {
    return refused('request', 'not a PEM certificate signing request (BEGIN CERTIFICATE REQUEST)');
  }
  if (!csr.publicKey || !csr.verify()) return refused('request', "the request's signature does not verify");
  const cn = csr.subject.getField('CN') as { value?: unknown } | null;
  const host = typeof cn?.value === 'string' ? hostOf(cn.value) : undefined;
  const cert = newCertificate(
    csr.publicKey as forge.pki.rsa.PublicKey,
    csr.subject.attributes,
    ca.value.cert.subject.attributes,
    days,
  );
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

export interface DeviceIdentity {
  /** Lower-case hex, 12 digits. */
  readonly mac: string;
  readonly model: string;
  readonly serial?: string;
  /** The generic certificate of units made before firmware 2.0: no identity. */
  readonly generic?: boolean;
}

/** A phone's client certificate with the documented subject: OU product name, L serial, ST (the
 * documentation's S) MAC; or the generic one (`cisco.com`, `ciscogeneric`, `ciscogeneric`). */
export function makeDevice(
  authority: Authority,
  device: DeviceIdentity,
  bits: number,
  days: number,
): Result<Pem> {
  const ca = readAuthority(authority);
  if (!ca.ok) return ca;
  const pair = keyPair(bits);
  const subject: SubjectField[] = device.generic
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

function newCertificate(
  publicKey: forge.pki.rsa.PublicKey,
  subject: forge.pki.CertificateField[],
  issuer: forge.pki.CertificateField[],
  days: number,
): forge.pki.Certificate {
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

function authorityKeyId(ca: forge.pki.Certificate) {
  const ski = ca.getExtension('subjectKeyIdentifier') as { subjectKeyIdentifier?: string } | null;
  return ski?.subjectKeyIdentifier
    ? { name: 'authorityKeyIdentifier', keyIdentifier: forge.util.hexToBytes(ski.subjectKeyIdentifier) }
    : { name: 'authorityKeyIdentifier', keyIdentifier: true };
}

/** The CA's certificate and key, and that they belong together and may sign. */
function readAuthority(
  authority: Authority,
): Result<{ cert: forge.pki.Certificate; key: forge.pki.rsa.PrivateKey }> {
  let cert: forge.pki.Certificate;
  let key: forge.pki.rsa.PrivateKey;
  try {
    cert = forge.pki.certificateFromPem(authority.cert);
  } catch {
    return refused('ca-cert', 'not a PEM RSA certificate');
  }
  try {
    key = forge.pki.privateKeyFromPem(authority.key);
  } catch {
    return refused('ca-key', 'not an unencrypted PEM RSA private key');
  }
  const pub = cert.publicKey as forge.pki.rsa.PublicKey;
  if (pub.n.compareTo(key.n) !== 0)
    return refused('ca-key', "this key does not belong to the CA's certificate");
  const basic = cert.getExtension('basicConstraints') as { cA?: boolean } | null;
  if (basic?.cA !== true)
    return refused('ca-cert', 'not a CA certificate (basicConstraints CA:FALSE or absent)');
  return { ok: true, value: { cert, key } };
}
