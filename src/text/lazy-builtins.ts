// Shared helper (every stage may use it): Node's crypto and zlib modules, loaded the first time a stage
// asks for them. Input: nothing. Output: the modules.
// A check of a plain profile never decrypts, inflates or hashes, yet the modules that can are in its
// import graph (reading an input tells encrypted bytes from text): loading crypto and zlib up front cost
// every start about 15 ms. Synchronous, as the functions that need them are.
import { createRequire } from 'node:module';
import type * as Crypto from 'node:crypto';
import type * as Zlib from 'node:zlib';

const load = createRequire(import.meta.url);
let crypto: typeof Crypto | undefined;
let zlib: typeof Zlib | undefined;

export const nodeCrypto = (): typeof Crypto => (crypto ??= load('node:crypto') as typeof Crypto);
export const nodeZlib = (): typeof Zlib => (zlib ??= load('node:zlib') as typeof Zlib);
