// Rules stage (macros): reads `$NAME`, `$(NAME)`, `$(NAME:p[:q])` and `$$` in a text, and expands them.
// Input: a text (a URL, an option argument, an operand, a log template). Output: pieces with offsets, or
// the expanded text. Expansion runs once over the text: a value that holds `$` is not expanded again.
import { createToken, Lexer, type IToken } from 'chevrotain';

const Dollars = createToken({ name: 'Dollars', pattern: /\$\$/ });
const Call = createToken({
  name: 'MacroCall',
  pattern: /\$\(([A-Za-z_][A-Za-z0-9_]*)(?::[0-9]+(?::[0-9]+)?)?\)/,
});
const BadCall = createToken({ name: 'BadMacroCall', pattern: /\$\([^)]*\)?/ });
// How far a bare `$NAME` reaches is not documented; it takes every name character, the reading under
// which `$(NAME)` is the only way to glue text on. Checks suggest `$(MA)xyz` when `$MAxyz` is unknown.
const Bare = createToken({ name: 'MacroName', pattern: /\$[A-Za-z_][A-Za-z0-9_]*/ });
const Lone = createToken({ name: 'LoneDollar', pattern: /\$/ });
const Text = createToken({ name: 'Text', pattern: /[^$]+/, line_breaks: true });

/** In the order the lexer tries them; scripts/grammar.ts lists them in grammar/spac.ebnf. */
export const macroTokens = [Dollars, Call, BadCall, Bare, Lone, Text];
let lexer: Lexer | undefined;
// Validated in the tests (test/rules.test.ts); a run skips it.
const macroLexer = (): Lexer =>
  (lexer ??= new Lexer(macroTokens, {
    positionTracking: 'onlyOffset',
    safeMode: true,
    skipValidations: true,
  }));

export type MacroPiece =
  | { readonly kind: 'text'; readonly text: string; readonly at: number }
  | { readonly kind: 'dollar'; readonly at: number; readonly length: 2 }
  | {
      readonly kind: 'macro';
      readonly name: string;
      readonly at: number;
      readonly length: number;
      /** `$(NAME)` form: nothing after it can be mistaken for part of the name. */
      readonly braced: boolean;
      readonly offset?: number;
      readonly count?: number;
    }
  | { readonly kind: 'malformed'; readonly text: string; readonly at: number };

/** Pieces of `text`, with offsets shifted by `base` (where the text starts in the value). */
export function scanMacros(text: string, base = 0): MacroPiece[] {
  if (!text.includes('$')) return text === '' ? [] : [{ kind: 'text', text, at: base }];
  return macroLexer()
    .tokenize(text)
    .tokens.map((t) => piece(t, base));
}

function piece(token: IToken, base: number): MacroPiece {
  const at = base + token.startOffset;
  switch (token.tokenType) {
    case Dollars:
      return { kind: 'dollar', at, length: 2 };
    case Call: {
      const [name = '', offset, count] = token.image.slice(2, -1).split(':');
      return {
        kind: 'macro',
        name,
        at,
        length: token.image.length,
        braced: true,
        ...(offset === undefined ? {} : { offset: Number(offset) }),
        ...(count === undefined ? {} : { count: Number(count) }),
      };
    }
    case Bare:
      return { kind: 'macro', name: token.image.slice(1), at, length: token.image.length, braced: false };
    case BadCall:
      return { kind: 'malformed', text: token.image, at };
    default:
      return { kind: 'text', text: token.image, at };
  }
}

/** A macro's value; undefined leaves it as written, as the phone does with names it does not know. */
export type MacroLookup = (name: string) => string | undefined;

export const expandMacros = (text: string, lookup: MacroLookup): string =>
  expandPieces(text, scanMacros(text), lookup);

/** `expandMacros` with the text's pieces already scanned (a template filled for many devices). */
export function expandPieces(text: string, pieces: readonly MacroPiece[], lookup: MacroLookup): string {
  let out = '';
  for (const p of pieces) {
    if (p.kind === 'text' || p.kind === 'malformed') out += p.text;
    else if (p.kind === 'dollar') out += '$';
    else out += substitute(p, lookup) ?? text.slice(p.at, p.at + p.length);
  }
  return out;
}

function substitute(p: Extract<MacroPiece, { kind: 'macro' }>, lookup: MacroLookup): string | undefined {
  const value = lookup(p.name);
  if (value === undefined || p.offset === undefined) return value;
  return p.count === undefined ? value.slice(p.offset) : value.slice(p.offset, p.offset + p.count);
}
