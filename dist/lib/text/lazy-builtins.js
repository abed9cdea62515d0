// Shared helper (every stage may use it): Node's crypto and zlib modules, loaded the first time a stage
// asks for them. Input: nothing. Output: the modules.
// A check of a plain profile never decrypts, inflates or hashes, yet the modules that can are in its
// import graph (reading an input tells encrypted bytes from text): loading crypto and zlib up front cost
// every start about 15 ms. Synchronous, as the functions that need them are.
import { createRequire } from 'node:module';
const load = createRequire(import.meta.url);
let crypto;
let zlib;
export const nodeCrypto = () => (crypto ??= load('node:crypto'));
export const nodeZlib = () => (zlib ??= load('node:zlib'));
