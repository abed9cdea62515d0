// Parser stage (XML flat profile): tokens of an XML document and the grammar of a start tag.
// Input: source text. Output: its XML nodes (start tags, end tags, text, comments, ...), one at a time.
import { lexerFor } from './lexers.js';
import { Lexer, createToken, type CustomPatternMatcherFunc, type IOrAlt, type IToken } from 'chevrotain';
import { RecordingParser } from './recording.js';

/** XML 1.0's name characters (5th edition) in the Basic Multilingual Plane: a tag such as <Stätion> is a
 * name, which an unknown-parameter warning then speaks of, not broken markup. */
const NAME_START =
  'A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME_CHAR = `${NAME_START}0-9.:\\u00B7\\u0300-\\u036F\\u203F\\u2040-`;
export const NAME = `[${NAME_START}][${NAME_CHAR}]*`;

/** indexOf for a lexer that only moves forward: an answer is reused until the offset passes it, so a
 * hostile file full of openers without terminators costs one scan, not one scan per opener. */
function forwardSearch(needle: string): (text: string, offset: number) => number {
  let text: string | undefined;
  let from = 0;
  let found = -1;
  return (t, offset) => {
    if (t !== text || offset < from || (found >= 0 && offset > found)) {
      text = t;
      from = offset;
      found = t.indexOf(needle, offset);
    }
    return found;
  };
}

const match = (text: string, offset: number, end: number) => [text.slice(offset, end)] as RegExpExecArray;

function delimited(open: string, close: string) {
  const search = forwardSearch(close);
  const exec: CustomPatternMatcherFunc = (text, offset) => {
    if (!text.startsWith(open, offset)) return null;
    const end = search(text, offset + open.length);
    return end < 0 ? null : match(text, offset, end + close.length);
  };
  return { exec, ebnf: `${JSON.stringify(open)} { ? any character ? } ${JSON.stringify(close)}` };
}

/** `<!DOCTYPE ...>`, `<!ENTITY ...>` and the like, with an internal `[...]` subset: always an error, but
 * matched whole so that one diagnostic covers it. Without its terminator it runs to the end of the line. */
function declaration() {
  const [gt, open, close] = ['>', '[', ']'].map(forwardSearch) as [
    ReturnType<typeof forwardSearch>,
    ReturnType<typeof forwardSearch>,
    ReturnType<typeof forwardSearch>,
  ];
  const exec: CustomPatternMatcherFunc = (text, offset) => {
    if (!text.startsWith('<!', offset)) return null;
    const end = gt(text, offset);
    const bracket = open(text, offset);
    const subsetEnd = bracket >= 0 && (end < 0 || bracket < end) ? close(text, bracket) : -2;
    const last = subsetEnd === -2 ? end : subsetEnd < 0 ? -1 : gt(text, subsetEnd);
    if (last >= 0) return match(text, offset, last + 1);
    const eol = text.slice(offset).search(/[\r\n]/);
    return match(text, offset, eol < 0 ? text.length : offset + eol);
  };
  return { exec, ebnf: '"<!" { ? any character but ">" ? | "[" { ? any character ? } "]" } ">"' };
}

const hint = { line_breaks: true, start_chars_hint: ['<'] };
export const XmlComment = createToken({ name: 'Comment', pattern: delimited('<!--', '-->'), ...hint });
export const CData = createToken({ name: 'CData', pattern: delimited('<![CDATA[', ']]>'), ...hint });
export const ProcInstr = createToken({
  name: 'ProcessingInstruction',
  pattern: delimited('<?', '?>'),
  ...hint,
});
// An unterminated comment, CDATA section or instruction is taken to end with its line, so that the
// lines after it are still read and checked.
export const Unterminated = createToken({
  name: 'Unterminated',
  pattern: /(?:<!--|<!\[CDATA\[|<\?)[^\r\n]*/,
});
export const DocType = createToken({ name: 'DocType', pattern: declaration(), ...hint });
/* eslint-disable no-misleading-character-class -- XML 1.0's name characters include combining marks
   and the zero-width joiner: classes of them are what the specification lists. */
export const CloseTag = createToken({
  name: 'CloseTag',
  pattern: new RegExp(`</${NAME}\\s*>`),
  line_breaks: true,
});
export const BadCloseTag = createToken({
  name: 'BadCloseTag',
  pattern: /<\/\s*[^>\s]*\s*>?/,
  line_breaks: true,
});
export const OpenTag = createToken({ name: 'OpenTag', pattern: new RegExp(`<${NAME}`), push_mode: 'tag' });
export const EntityRef = createToken({ name: 'EntityRef', pattern: /&[^;\s<&]{0,32};/ });
export const Amp = createToken({ name: 'Amp', pattern: /&/ });
export const Lt = createToken({ name: 'Lt', pattern: /</ });
export const Text = createToken({ name: 'Text', pattern: /[^<&]+/, line_breaks: true });

export const TagSpace = createToken({
  name: 'TagSpace',
  pattern: /\s+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
export const AttrName = createToken({ name: 'AttrName', pattern: new RegExp(NAME) });
export const Equals = createToken({ name: 'Equals', pattern: /=/ });
export const AttrValue = createToken({ name: 'AttrValue', pattern: /"[^"]*"|'[^']*'/, line_breaks: true });
export const TagEnd = createToken({ name: 'TagEnd', pattern: />/, pop_mode: true });
export const SelfClose = createToken({ name: 'SelfClose', pattern: /\/>/, pop_mode: true });
export const TagJunk = createToken({ name: 'TagJunk', pattern: new RegExp(`[^\\s>/=${NAME_START}]+|/`) });
/* eslint-enable no-misleading-character-class */

/** The lexer takes the first pattern that matches (safe mode tries them in order), so the commonest come
 * first: text, then start and end tags. The order matches what the old one did: text starts with neither
 * '<' nor '&', which every other token starts with; a start tag's '<' is followed by a name, a comment's,
 * section's, instruction's or declaration's by '!' or '?', an end tag's by '/'; an end tag is tried
 * before a broken one and each '<!...' form before the unterminated one. */
const contentTokens = [
  Text,
  OpenTag,
  CloseTag,
  XmlComment,
  CData,
  ProcInstr,
  Unterminated,
  DocType,
  BadCloseTag,
  EntityRef,
  Amp,
  Lt,
];
const tagTokens = [TagSpace, SelfClose, TagEnd, AttrName, Equals, AttrValue, TagJunk];

export const xmlLexerDefinition = {
  modes: { content: contentTokens, tag: tagTokens },
  defaultMode: 'content',
};
/** Built on first use; `validate` for the tests (see lexers.ts). */
export const xmlLexer = (validate = false): Lexer => lexerFor(xmlLexerDefinition, validate);

const allTokens = [...contentTokens, ...tagTokens];

/** Embedded actions, not a CST: a start tag's attributes come back as their three tokens each, with no
 * tree built per tag (a profile has one start tag per parameter). */
export class XmlNodeParser extends RecordingParser {
  constructor(validate = false) {
    super(allTokens, { recoveryEnabled: false, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  // Made once, not per tag (see text-grammar.ts).
  private readonly tagEnds: IOrAlt<IToken>[] = [
    { ALT: () => this.CONSUME(TagEnd) },
    { ALT: () => this.CONSUME(SelfClose) },
  ];

  public startTag = this.RULE('startTag', (): IToken[][] => {
    const attributes: IToken[][] = [];
    this.CONSUME(OpenTag);
    this.MANY(() => {
      attributes.push(this.SUBRULE(this.attribute));
    });
    this.OR(this.tagEnds);
    return attributes;
  });

  public attribute = this.RULE('attribute', (): IToken[] => [
    this.CONSUME(AttrName),
    this.CONSUME(Equals),
    this.CONSUME(AttrValue),
  ]);
}

let shared: XmlNodeParser | undefined;
export const xmlParser = (): XmlNodeParser => (shared ??= new XmlNodeParser());

/** What the tree builder is handed, node by node: a start tag as a run of the token list (`tokens[from]`
 * its `<name`, `tokens[to - 1]` its `>` or `/>`) with where each attribute's name, `=` and value start
 * (offsets from `from`); any other token as it is. Nothing is copied or wrapped per node: a profile has a
 * node per tag and per text between tags, and a first parse runs in V8's interpreter, where each such
 * object is work and garbage. */
export interface NodeVisitor {
  start(tokens: readonly IToken[], from: number, to: number, attributes: readonly number[]): void;
  token(token: IToken): void;
}

/** Content tokens are nodes on their own; only start tags have inner structure for the parser. Nesting is
 * built by xml-tree.ts with a tag stack, so a stray or missing tag costs one diagnostic instead of
 * derailing the rest of the file. No DTD is ever read and no entity is ever defined.
 * Parses the token stream one node at a time, so a broken tag is reported, not fatal. Each node goes to
 * `visit` as it is parsed, not into a list: a list of a large file's nodes would live as long as the
 * tree built from it, and the young-generation collector copies what lives. Returns the offending token
 * of the first grammar error in each malformed start tag. */
export function parseNodes(tokens: IToken[], visit: NodeVisitor): IToken[] {
  const tagErrors: IToken[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as IToken;
    if (token.tokenType !== OpenTag) {
      visit.token(token);
      i++;
      continue;
    }
    const end = tagExtent(tokens, i);
    const error = parseStartTag(tokens, i, end, visit);
    if (error) tagErrors.push(error);
    i = end;
  }
  return tagErrors;
}

function tagExtent(tokens: readonly IToken[], from: number): number {
  let i = from + 1;
  while (i < tokens.length && tokens[i]?.tokenType !== TagEnd && tokens[i]?.tokenType !== SelfClose) {
    if (tokens[i]?.tokenType === OpenTag) return i;
    i++;
  }
  return Math.min(i + 1, tokens.length);
}

/** A start tag's parse depends only on the types of its tokens (lookahead reads types, and the embedded
 * actions only collect tokens), so the grammar parses each sequence of types once and the next tag of
 * that shape replays it: where each attribute's three tokens start. A profile has a handful of shapes
 * (`<X ua="na">`, `<X>`, `<X/>`) and one start tag per parameter: chevrotain's rule machinery, run once
 * per tag, was most of a first parse. Only tags that parse, of a few tokens, are kept: a bounded table
 * (a tag that parses is `<name`, attributes of three tokens, then `>` or `/>`). A shape is found by a
 * hash of its types and compared type by type, so looking one up makes nothing. */
interface Shape {
  readonly types: readonly number[];
  readonly attributes: readonly number[];
}
const shapes = new Map<number, Shape[]>();
const MAX_SHAPE_TOKENS = 16;
let replaying = true;

/** Runs `work` with every start tag parsed by the grammar, none replayed (the tests compare the two). */
export function grammarOnly<T>(work: () => T): T {
  replaying = false;
  try {
    return work();
  } finally {
    replaying = true;
  }
}

function typeAt(tokens: readonly IToken[], i: number): number {
  return (tokens[i] as IToken).tokenTypeIdx;
}

function shapeHash(tokens: readonly IToken[], from: number, to: number): number {
  let hash = to - from;
  for (let i = from; i < to; i++) hash = (Math.imul(hash, 31) + typeAt(tokens, i)) | 0;
  return hash;
}

function knownShape(tokens: readonly IToken[], from: number, to: number): Shape | undefined {
  const candidates = shapes.get(shapeHash(tokens, from, to));
  if (candidates === undefined) return undefined;
  for (let c = 0; c < candidates.length; c++) {
    const shape = candidates[c] as Shape;
    if (shape.types.length !== to - from) continue;
    let same = true;
    for (let i = from; same && i < to; i++) same = shape.types[i - from] === typeAt(tokens, i);
    if (same) return shape;
  }
  return undefined;
}

function remember(tokens: readonly IToken[], from: number, to: number, attributes: readonly number[]): void {
  const hash = shapeHash(tokens, from, to);
  const types = Array.from({ length: to - from }, (_, i) => typeAt(tokens, from + i));
  shapes.set(hash, [...(shapes.get(hash) ?? []), { types, attributes }]);
}

const NO_ATTRIBUTES: readonly number[] = [];

/** A tag with a grammar error still opens its element when `>` or `/>` closes it (without its
 * attributes), so that one typo inside a tag does not also unbalance the rest of the document. Returns
 * the token of the tag's first grammar error, if it has one. */
function parseStartTag(tokens: IToken[], from: number, to: number, visit: NodeVisitor): IToken | undefined {
  const kept = replaying && to - from <= MAX_SHAPE_TOKENS;
  const known = kept ? knownShape(tokens, from, to) : undefined;
  if (known) {
    visit.start(tokens, from, to, known.attributes);
    return undefined;
  }
  const tag = tokens.slice(from, to);
  const last = tokens[to - 1] as IToken;
  const parser = xmlParser();
  parser.input = tag;
  const parsed = parser.startTag();
  const error = parser.errors[0];
  if (error) {
    if (last.tokenType === TagEnd || last.tokenType === SelfClose)
      visit.start(tokens, from, to, NO_ATTRIBUTES);
    return error.token.tokenType.name === 'EOF' ? last : error.token;
  }
  const attributes = parsed.map((attribute) => tag.indexOf(attribute[0] as IToken));
  if (kept) remember(tokens, from, to, attributes);
  visit.start(tokens, from, to, attributes);
  return undefined;
}
