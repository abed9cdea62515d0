import type * as Crypto from 'node:crypto';
import type * as Zlib from 'node:zlib';
export declare const nodeCrypto: () => typeof Crypto;
export declare const nodeZlib: () => typeof Zlib;
