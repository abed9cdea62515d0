import type { PeerCertificate } from 'node:tls';
import type { Transport } from '../phone/phone.js';
export interface PhoneTls {
    readonly cert?: string;
    readonly key?: string;
    /** The CA the phone trusts for servers; the system's when absent. */
    readonly ca?: string;
}
/** The phones compare the certificate's CN (up to any '/') with the host they fetch from. */
export declare function phoneServerCheck(host: string, cert: PeerCertificate): Error | undefined;
export declare function nodeTransport(tls: PhoneTls, resolve: ReadonlyMap<string, string>): Transport;
