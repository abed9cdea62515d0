#!/usr/bin/env node
// CLI entry: runs main with the real process, streams and file system, and sets the exit code.
// Input: process.argv. Output: the process exit code (output is flushed before exit).
import { main } from './main.js';
import { nodeIo } from './node-io.js';

process.exitCode = await main(process.argv.slice(2), nodeIo());
