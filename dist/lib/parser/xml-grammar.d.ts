import { Lexer, type IToken } from 'chevrotain';
import { RecordingParser } from './recording.js';
export declare const NAME = "[A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD][A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD0-9.:\\u00B7\\u0300-\\u036F\\u203F\\u2040-]*";
export declare const XmlComment: import("chevrotain").TokenType;
export declare const CData: import("chevrotain").TokenType;
export declare const ProcInstr: import("chevrotain").TokenType;
export declare const Unterminated: import("chevrotain").TokenType;
export declare const DocType: import("chevrotain").TokenType;
export declare const CloseTag: import("chevrotain").TokenType;
export declare const BadCloseTag: import("chevrotain").TokenType;
export declare const OpenTag: import("chevrotain").TokenType;
export declare const EntityRef: import("chevrotain").TokenType;
export declare const Amp: import("chevrotain").TokenType;
export declare const Lt: import("chevrotain").TokenType;
export declare const Text: import("chevrotain").TokenType;
export declare const TagSpace: import("chevrotain").TokenType;
export declare const AttrName: import("chevrotain").TokenType;
export declare const Equals: import("chevrotain").TokenType;
export declare const AttrValue: import("chevrotain").TokenType;
export declare const TagEnd: import("chevrotain").TokenType;
export declare const SelfClose: import("chevrotain").TokenType;
export declare const TagJunk: import("chevrotain").TokenType;
export declare const xmlLexerDefinition: {
    modes: {
        content: import("chevrotain").TokenType[];
        tag: import("chevrotain").TokenType[];
    };
    defaultMode: string;
};
/** Built on first use; `validate` for the tests (see lexers.ts). */
export declare const xmlLexer: (validate?: boolean) => Lexer;
/** Embedded actions, not a CST: a start tag's attributes come back as their three tokens each, with no
 * tree built per tag (a profile has one start tag per parameter). */
export declare class XmlNodeParser extends RecordingParser {
    constructor(validate?: boolean);
    private readonly tagEnds;
    startTag: import("chevrotain").ParserMethod<[], IToken[][]>;
    attribute: import("chevrotain").ParserMethod<[], IToken[]>;
}
export declare const xmlParser: () => XmlNodeParser;
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
export declare function parseNodes(tokens: IToken[], visit: NodeVisitor): IToken[];
/** Runs `work` with every start tag parsed by the grammar, none replayed (the tests compare the two). */
export declare function grammarOnly<T>(work: () => T): T;
