// Parser stage (SPC text front end): source text -> profile items, reporting every syntax error in one pass.
// Input: text and its file name. Output: a ProfileFile (entries, comments, blank lines, imports) and diagnostics.
// Recovery is per statement: a statement ends at `;` or at the end of its line, so one bad line never hides the next.
import { tokenEnd, tokenRange } from './token-range.js';
import type { IToken } from 'chevrotain';
import { diagnostic, quote, range, type Diagnostic } from '../diagnostics/diagnostic.js';
import {
  newEntry,
  type Access,
  type Entry,
  type ImportItem,
  type Item,
  type ProfileFile,
} from '../model/profile.js';
import {
  Bang,
  Comment,
  EXPECT_SEMI,
  ImportLine,
  Name,
  NewLine,
  Question,
  Semi,
  Star,
  Str,
  Unknown,
  type Statement,
  UnterminatedStr,
  parseStatement,
  textLexer,
} from './text-grammar.js';

export interface ParseResult {
  readonly profile: ProfileFile;
  readonly diagnostics: Diagnostic[];
}

interface Line {
  readonly code: IToken[];
  readonly comment: IToken | undefined;
}

export function parseText(source: string, file: string): ParseResult {
  return parseTextInBlocks(source, file, BLOCK_CHARS);
}

/** Lines are lexed a block at a time: a statement ends with its line, so a block of whole lines lexes
 * as it would inside the file, and a 14 MB profile never holds its million tokens at once. */
const BLOCK_CHARS = 1 << 16;

/** parseText with blocks of about `blockChars` characters (the tests vary it). */
export function parseTextInBlocks(source: string, file: string, blockChars: number): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const items: Item[] = [];
  for (let start = 0; start < source.length;) {
    const end = lineEndFrom(source, Math.min(start + blockChars, source.length));
    const tokens = textLexer().tokenize(source.slice(start, end)).tokens;
    if (start > 0) for (const token of tokens) shiftToken(token, start);
    for (const line of splitLines(tokens)) parseLine(line, file, diagnostics, items);
    start = end;
  }
  return { profile: { file, format: 'text', items }, diagnostics };
}

/** The first line end at or after `at` (a line start is its own): just past a `\n`, `\r\n` or lone `\r`,
 * or the end of the text. */
export function lineEndFrom(source: string, at: number): number {
  let end = Math.max(at, 1);
  while (end < source.length) {
    const c = source.charCodeAt(end - 1);
    if (c === 10 || (c === 13 && source.charCodeAt(end) !== 10)) break;
    end++;
  }
  return end;
}

/** Both offsets, so that the token stays what the lexer would have made (spac reads only the start). */
function shiftToken(token: IToken, by: number): void {
  token.startOffset += by;
  if (token.endOffset !== undefined) token.endOffset += by;
}

function splitLines(tokens: readonly IToken[]): Line[] {
  const lines: Line[] = [];
  let code: IToken[] = [];
  let comment: IToken | undefined;
  for (const token of tokens) {
    if (token.tokenType === NewLine) {
      lines.push({ code, comment });
      code = [];
      comment = undefined;
    } else if (token.tokenType === Comment) comment = token;
    else code.push(token);
  }
  if (code.length > 0 || comment) lines.push({ code, comment });
  return lines;
}

/** Adds the line's items to `out`: a blank or a comment line, or its statements (the last one with the
 * line's comment). */
function parseLine(line: Line, file: string, diagnostics: Diagnostic[], out: Item[]): void {
  const commentText = line.comment ? commentBody(line.comment.image) : undefined;
  if (line.code.length === 0) {
    if (!line.comment) out.push({ kind: 'blank', path: [] });
    else
      out.push({ kind: 'comment', text: commentText ?? '', path: [], file, range: tokenRange(line.comment) });
    return;
  }
  // Most lines hold one statement: the line's own tokens are its segment, with nothing copied.
  const segments = oneStatement(line.code) ? [line.code] : splitStatements(line.code);
  let last: Entry | ImportItem | undefined;
  for (let i = 0; i < segments.length; i++) {
    const item = parseSegment(segments[i] as IToken[], i === 0, file, diagnostics);
    if (item) out.push((last = item));
  }
  if (last && commentText !== undefined) out[out.length - 1] = { ...last, comment: commentText };
}

/** No `;` but, perhaps, the last token. */
function oneStatement(code: readonly IToken[]): boolean {
  for (let i = 0; i < code.length - 1; i++) if (code[i]?.tokenType === Semi) return false;
  return true;
}

/** `# options: a/b` -> `options: a/b`. One leading space is part of the `# ` convention, not the text. */
export const commentBody = (image: string): string => image.slice(1).replace(/^ /, '').trimEnd();

function splitStatements(code: readonly IToken[]): IToken[][] {
  const segments: IToken[][] = [];
  let current: IToken[] = [];
  for (const token of code) {
    current.push(token);
    if (token.tokenType === Semi) {
      segments.push(current);
      current = [];
    }
  }
  if (current.length > 0) segments.push(current);
  return segments;
}

function parseSegment(
  segment: IToken[],
  startsLine: boolean,
  file: string,
  out: Diagnostic[],
): Entry | ImportItem | undefined {
  if (reportLexicalErrors(segment, file, out)) return undefined;
  const first = segment[0];
  if (first?.tokenType === ImportLine && !startsLine) {
    out.push(diagnostic('SPAC1006', file, tokenRange(first)));
    return undefined;
  }
  const { statement, error } = parseStatement(segment);
  if (error) {
    out.push(syntaxDiagnostic(segment, error.key, error.token, file));
    return undefined;
  }
  if (!statement) return undefined;
  return statement.kind === 'import'
    ? buildImport(statement.token, file, out)
    : buildEntry(statement, file, out);
}

function reportLexicalErrors(segment: readonly IToken[], file: string, out: Diagnostic[]): boolean {
  const before = out.length;
  for (let i = 0; i < segment.length; i++) {
    const token = segment[i];
    if (token?.tokenType === UnterminatedStr) {
      out.push(diagnostic('SPAC1002', file, tokenRange(token)));
    } else if (token?.tokenType === Unknown) {
      let end = i;
      while (
        segment[end + 1]?.tokenType === Unknown &&
        tokenEnd(segment[end]) === segment[end + 1]?.startOffset
      )
        end++;
      const text = segment
        .slice(i, end + 1)
        .map((t) => t.image)
        .join('');
      const what = text.length > 1 ? 'characters' : 'character';
      out.push(
        diagnostic('SPAC1001', file, range(token.startOffset, token.startOffset + text.length), {
          what,
          text: quote(text),
        }),
      );
      i = end;
    }
  }
  return out.length > before;
}

function syntaxDiagnostic(segment: readonly IToken[], key: string, token: IToken, file: string): Diagnostic {
  const index = segment.indexOf(token);
  const name = segment[0]?.tokenType === Name ? segment[0].image : undefined;
  if (name !== undefined && index < 0 && key === EXPECT_SEMI) return missingSemi(segment, name, file);
  if (index <= 0 || name === undefined) {
    const at = segment[Math.max(index, 0)] ?? token;
    const found = index < 0 ? 'the end of the line' : quote(token.image);
    return diagnostic('SPAC1004', file, tokenRange(at), { found });
  }
  if (key === EXPECT_SEMI && token.tokenType === Name) return unquotedValue(segment, index, name, file);
  return diagnostic('SPAC1009', file, tokenRange(token), { token: quote(token.image), name });
}

function missingSemi(segment: readonly IToken[], name: string, file: string): Diagnostic {
  const at = tokenEnd(segment.at(-1));
  return diagnostic(
    'SPAC1003',
    file,
    range(at),
    { name },
    {
      fix: { description: "insert ';'", edits: [{ file, range: range(at), newText: ' ;' }], safe: true },
    },
  );
}

function unquotedValue(segment: readonly IToken[], from: number, name: string, file: string): Diagnostic {
  const words = segment.slice(from).filter((t) => t.tokenType !== Semi);
  const start = words[0]?.startOffset ?? 0;
  const end = tokenEnd(words.at(-1));
  const quotable = words.every((t) => t.tokenType === Name);
  const text = words.map((t) => t.image).join(' ');
  return diagnostic(
    'SPAC1007',
    file,
    range(start, end),
    { name },
    {
      ...(quotable
        ? {
            fix: {
              description: 'put the value in double quotes',
              edits: [{ file, range: range(start, end), newText: `"${text}"` }],
              safe: true,
            },
          }
        : {}),
    },
  );
}

function buildImport(token: IToken, file: string, out: Diagnostic[]): ImportItem | undefined {
  const raw = token.image.slice('import'.length);
  const trimmed = raw.trim();
  const target = /^"[^"]*"$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
  if (target === '' || /\s/.test(target)) {
    const variant = target === '' ? 'no-file' : 'spaces';
    out.push(diagnostic('SPAC1006', file, tokenRange(token), {}, { message: variant }));
    return undefined;
  }
  const start = token.startOffset + 'import'.length + raw.indexOf(trimmed);
  return {
    kind: 'import',
    target,
    file,
    range: tokenRange(token),
    targetRange: range(start, start + trimmed.length),
  };
}

function buildEntry(
  statement: Extract<Statement, { kind: 'parameter' }>,
  file: string,
  out: Diagnostic[],
): Entry | undefined {
  const { name: nameToken, semi } = statement;
  if (!checkIndex(nameToken, file, out)) return undefined;
  const access = accessOf(statement.access, nameToken.image, file, out);
  if (access === null) return undefined;
  // An unterminated string was reported as a lexical error before the statement was parsed.
  const valueToken = statement.value?.tokenType === Str ? statement.value : undefined;
  const head = {
    name: nameToken.image,
    nameFormat: 'text',
    path: NO_PATH,
    access,
    file,
    range: range(nameToken.startOffset, tokenEnd(semi)),
    nameRange: tokenRange(nameToken),
  } as const;
  if (!valueToken) return newEntry(head);
  const at = range(valueToken.startOffset + 1, tokenEnd(valueToken) - 1);
  return newEntry(head, { text: valueToken.image.slice(1, -1), range: at });
}

/** Text entries sit in no XML group: one empty path for all of them. */
const NO_PATH: readonly string[] = Object.freeze([]);

function checkIndex(token: IToken, file: string, out: Diagnostic[]): boolean {
  const bracket = token.image.indexOf('[');
  if (bracket < 0 || /^\[[0-9]+\]$/.test(token.image.slice(bracket))) return true;
  const base = token.image.slice(0, bracket);
  const at = range(token.startOffset + bracket, tokenEnd(token));
  out.push(diagnostic('SPAC1005', file, at, { name: base }));
  return false;
}

/** `null` marks a reported error; `undefined` cannot occur in text, where no marker means no user access. */
function accessOf(token: IToken | undefined, name: string, file: string, out: Diagnostic[]): Access | null {
  if (!token) return 'na';
  if (token.tokenType === Bang) return 'rw';
  if (token.tokenType === Question) return 'ro';
  if (token.tokenType === Star) {
    out.push(diagnostic('SPAC1008', file, tokenRange(token), { marker: token.image, name }));
  }
  return null;
}
