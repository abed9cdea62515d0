// Parser stage (XML flat profile): tokens of an XML document and the grammar of a start tag.
// Input: source text. Output: a flat list of XML nodes (start tags, end tags, text, comments, ...).
// Content tokens are nodes on their own; only start tags have inner structure for the parser. Nesting is
// built by xml-tree.ts with a tag stack, so a stray or missing tag costs one diagnostic instead of
// derailing the rest of the file. No DTD is ever read and no entity is ever defined.
import { CstParser, Lexer, createToken, type CstNode, type IToken } from 'chevrotain';

const NAME = '[A-Za-z_][A-Za-z0-9_.:-]*';

export const XmlComment = createToken({ name: 'Comment', pattern: /<!--[^]*?-->/, line_breaks: true });
export const CData = createToken({ name: 'CData', pattern: /<!\[CDATA\[[^]*?\]\]>/, line_breaks: true });
// An unterminated comment, CDATA section or instruction is taken to end with its line, so that the
// lines after it are still read and checked.
export const Unterminated = createToken({
  name: 'Unterminated',
  pattern: /(?:<!--|<!\[CDATA\[|<\?)[^\r\n]*/,
});
export const DocType = createToken({
  name: 'DocType',
  pattern: /<!(?:[^[>"']|"[^"]*"|'[^']*'|\[[^]*?\])*>?/,
  line_breaks: true,
});
export const ProcInstr = createToken({
  name: 'ProcessingInstruction',
  pattern: /<\?[^]*?\?>/,
  line_breaks: true,
});
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
export const TagJunk = createToken({ name: 'TagJunk', pattern: /[^\s>/=A-Za-z_]+|\// });

const contentTokens = [
  XmlComment,
  CData,
  ProcInstr,
  Unterminated,
  DocType,
  CloseTag,
  BadCloseTag,
  OpenTag,
  EntityRef,
  Amp,
  Lt,
  Text,
];
const tagTokens = [TagSpace, SelfClose, TagEnd, AttrName, Equals, AttrValue, TagJunk];

export const xmlLexer = new Lexer(
  { modes: { content: contentTokens, tag: tagTokens }, defaultMode: 'content' },
  { positionTracking: 'onlyOffset', ensureOptimizations: false },
);

const allTokens = [...contentTokens, ...tagTokens];

export class XmlNodeParser extends CstParser {
  constructor() {
    super(allTokens, { recoveryEnabled: false });
    this.performSelfAnalysis();
  }

  public startTag = this.RULE('startTag', () => {
    this.CONSUME(OpenTag);
    this.MANY(() => this.SUBRULE(this.attribute));
    this.OR([{ ALT: () => this.CONSUME(TagEnd) }, { ALT: () => this.CONSUME(SelfClose) }]);
  });

  public attribute = this.RULE('attribute', () => {
    this.CONSUME(AttrName);
    this.CONSUME(Equals);
    this.CONSUME(AttrValue);
  });
}

let shared: XmlNodeParser | undefined;
export const xmlParser = (): XmlNodeParser => (shared ??= new XmlNodeParser());

/** One XML node as the tree builder sees it: the tokens of a start tag, or a single token. */
export type XmlNode =
  | {
      readonly kind: 'start';
      readonly open: IToken;
      readonly attributes: readonly IToken[][];
      readonly end: IToken;
    }
  | { readonly kind: 'token'; readonly token: IToken };

export interface NodeParse {
  readonly nodes: XmlNode[];
  /** Offending token of the first grammar error in each malformed start tag. */
  readonly tagErrors: IToken[];
}

/** Parses the token stream one node at a time, so a broken tag is reported, not fatal. */
export function parseNodes(tokens: IToken[]): NodeParse {
  const nodes: XmlNode[] = [];
  const tagErrors: IToken[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as IToken;
    if (token.tokenType !== OpenTag) {
      nodes.push({ kind: 'token', token });
      i++;
      continue;
    }
    const end = tagExtent(tokens, i);
    const parsed = parseStartTag(tokens.slice(i, end));
    if (parsed.error) tagErrors.push(parsed.error);
    if (parsed.node) nodes.push(parsed.node);
    i = end;
  }
  return { nodes, tagErrors };
}

function tagExtent(tokens: readonly IToken[], from: number): number {
  let i = from + 1;
  while (i < tokens.length && tokens[i]?.tokenType !== TagEnd && tokens[i]?.tokenType !== SelfClose) {
    if (tokens[i]?.tokenType === OpenTag) return i;
    i++;
  }
  return Math.min(i + 1, tokens.length);
}

/** A tag with a grammar error still opens its element when `>` or `/>` closes it (without its
 * attributes), so that one typo inside a tag does not also unbalance the rest of the document. */
function parseStartTag(tokens: IToken[]): { node?: XmlNode; error?: IToken } {
  const parser = xmlParser();
  parser.input = tokens;
  const cst = parser.startTag();
  const open = tokens[0] as IToken;
  const last = tokens.at(-1) as IToken;
  const error = parser.errors[0];
  if (error) {
    const at = error.token.tokenType.name === 'EOF' ? last : error.token;
    const closed = last.tokenType === TagEnd || last.tokenType === SelfClose;
    return closed ? { error: at, node: { kind: 'start', open, attributes: [], end: last } } : { error: at };
  }
  const attributes = ((cst.children['attribute'] ?? []) as CstNode[]).map((a) =>
    [a.children['AttrName'], a.children['Equals'], a.children['AttrValue']].map((t) => t?.[0] as IToken),
  );
  return { node: { kind: 'start', open, attributes, end: last } };
}
