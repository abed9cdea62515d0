// Diagnostics stage (explanations, bands 6000-9000): encryption, binary profiles, configuration,
// suppressions and I/O. Input: none. Output: code -> explanation with a bad and a good example.
import { explain, type Explanation } from './types.js';

export const edgeExplanations: Readonly<Record<string, Explanation>> = {
  SPAC6001: explain(
    'The file is AES-256-CBC encrypted (it starts with Salted__); spac needs the key to read it.',
    'spac check site.cfg.enc',
    'spac check site.cfg.enc --key-env GPP_SA',
  ),
  SPAC6002: explain(
    'The key does not open the file, or the file was damaged: what came out is not a text, gzip or spac binary profile. Both digests (MD5, SHA-256) were tried unless --digest fixed one.',
    'spac check site.cfg.enc --key wrong',
    'spac check site.cfg.enc --key-file sa.key',
  ),
  SPAC6003: explain(
    'An encrypted file is a whole number of 16-byte blocks after its header; this one was cut short, often by an interrupted copy.',
    'head -c 100 site.cfg.enc > cut.enc; spac check cut.enc --key-env GPP_SA',
    'spac check site.cfg.enc --key-env GPP_SA',
  ),
  SPAC6004: explain(
    'spac decrypt takes off AES-256-CBC; this file is not encrypted (no Salted__ header).',
    'spac decrypt site.xml --key-env GPP_SA',
    'spac decrypt site.xml.enc --key-env GPP_SA',
  ),
  SPAC6005: explain(
    'The file starts like gzip but does not inflate: it is damaged or cut short.',
    'head -c 30 site.xml.gz > cut.gz; spac check cut.gz',
    'spac check site.xml.gz',
  ),
  SPAC6006: explain(
    'fmt --write would replace an encrypted or compressed file with plain text, publishing what it protected. Format the source and compile it again.',
    'spac fmt --write site.cfg.enc --key-env GPP_SA',
    'spac fmt --write site.cfg && spac compile site.cfg -o site.cfg.enc --key-env GPP_SA',
  ),
  SPAC6007: explain(
    'A spac binary profile is read with spac decompile, not as a text profile.',
    'spac check site.bin',
    'spac decompile site.bin --format text',
  ),
  SPAC6010: explain(
    'The file does not start with the binary magic; it is not a spac binary profile.',
    'spac decompile site.xml',
    'spac decompile site.bin',
  ),
  SPAC6011: explain(
    'The file was written in a binary format version this spac does not read; use the spac that wrote it or a newer one.',
    'spac decompile from-the-future.bin',
    'spac decompile site.bin',
  ),
  SPAC6012: explain(
    'The integrity check does not match, or the header is damaged: the file changed after spac wrote it.',
    'spac decompile damaged.bin',
    'spac decompile site.bin',
  ),
  SPAC6013: explain(
    'AES-256-GCM authentication failed: the key or the MAC is wrong, or the file was changed.',
    'spac decompile site.bin --key wrong --mac 000e08aabbcc',
    'spac decompile site.bin --key-env GPP_SA --mac 000e08aabbcc',
  ),
  SPAC6014: explain(
    'The binary is encrypted or bound to a device; give its key and, when bound, its MAC.',
    'spac decompile site.bin',
    'spac decompile site.bin --key-env GPP_SA --mac 000e08aabbcc',
  ),
  SPAC6015: explain(
    'The binary refers to parameters by their place in a schema family; decoding with another version of that schema would give wrong names, so it is refused.',
    'spac decompile site.bin',
    'spac decompile site.bin --schema the-schema-it-was-built-with.json',
  ),
  SPAC6016: explain(
    'The key derivation cost in the header is beyond what spac allows; a hostile file cannot make spac use unbounded memory.',
    'spac decompile hostile.bin --key x',
    'spac decompile site.bin --key x',
  ),
  SPAC6017: explain(
    'The file passed its check but its contents do not add up; it was not written by spac.',
    'spac decompile crafted.bin',
    'spac decompile site.bin',
  ),
  SPAC7001: explain(
    'spac.config.json is JSON (comments allowed) with target, schema, rules, overrides and extends; a wrong setting is shown at its place.',
    '{ "rules": { "SPAC3001": "ignore" } }',
    '{ "rules": { "SPAC3001": "off" } }',
  ),
  SPAC7002: explain(
    'A config file named by --config or extends must be readable, and extends must not loop.',
    '{ "extends": "./spac.config.json" }',
    '{ "extends": "../base.spac.json" }',
  ),
  SPAC7010: explain(
    'A suppression comment names codes from the catalog; an unknown one suppresses nothing.',
    '# spac-disable-next-line SPAC301',
    '# spac-disable-next-line SPAC3001',
  ),
  SPAC7011: explain(
    'A suppression that hides nothing is stale: the problem was fixed or the comment is in the wrong place. Remove it.',
    '# spac-disable-next-line SPAC3001\nLine_Enable[1] "Yes" ;',
    'Line_Enable[1] "Yes" ;',
  ),
  SPAC9001: explain(
    'The input could not be read: it does not exist, or it is not readable.',
    'spac check missing.cfg',
    'spac check site.cfg',
  ),
  SPAC9002: explain(
    'The output could not be written; nothing was left behind, as spac writes a temporary file and renames it.',
    'spac compile site.cfg -o /no/such/dir/site.xml',
    'spac compile site.cfg -o site.xml',
  ),
  SPAC9003: explain(
    'The input is not text spac can read: it holds NUL bytes (a binary file, or UTF-16, which is named), or its XML declaration names an encoding other than UTF-8, ISO-8859-1 or Windows-1252. Nothing is guessed: a wrong guess would turn every accented letter into U+FFFD.',
    'spac check firmware.bin',
    'spac check site.cfg',
  ),
  SPAC9004: explain(
    'A folder or a quoted glob on the command line named no profile to check: the pattern is misspelt, the folder holds no *.cfg, *.spc or *.xml file, or every match is left out by .spacignore or the config\'s "ignore". A warning, not a failure, so that a hook over an empty folder passes (use --max-warnings 0 to make it one).',
    "spac check 'profiles/**/*.cgf'",
    "spac check 'profiles/**/*.cfg'",
  ),
  SPAC9005: explain(
    "The output goes to standard output ('-o -'), and standard output is /dev/null: either it was sent there, or the process was started with it closed, which Node answers by putting /dev/null in its place. The profile is written, and lost. A warning, not a failure, since a redirect to /dev/null may be meant; to keep the output, name a file.",
    'spac compile site.cfg -o - >&-',
    'spac compile site.cfg -o site.xml',
  ),
};
