// Every grammar of spac records itself through RecordingParser (recording methods on an object of their
// own, not put on the parser and deleted). The result must be the parser chevrotain builds by itself:
// the same recorded grammar, the same own properties, the class as its prototype, and the same parses.
import {
  EmbeddedActionsParser,
  Lexer,
  createToken,
  type EmbeddedActionsParser as Parser,
  type IToken,
} from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { RecordingParser } from '../src/parser/recording.js';
import { TextStatementParser } from '../src/parser/text-grammar.js';
import { XmlNodeParser, xmlLexer } from '../src/parser/xml-grammar.js';
import { RuleGrammar } from '../src/rules/grammar.js';

type Made = new (validate?: boolean) => Parser;

// The same grammars, recorded the way chevrotain does it by itself.
class OwnXml extends XmlNodeParser {}
class OwnText extends TextStatementParser {}
class OwnRules extends RuleGrammar {}
const chevrotains = EmbeddedActionsParser.prototype as unknown as Record<string, unknown>;
for (const own of [OwnXml, OwnText, OwnRules])
  Object.assign(own.prototype, {
    enableRecording: chevrotains['enableRecording'],
    disableRecording: chevrotains['disableRecording'],
  });

const grammars: [string, Made, Made][] = [
  ['XML start tags', XmlNodeParser, OwnXml],
  ['SPC statements', TextStatementParser, OwnText],
  ['rules', RuleGrammar, OwnRules],
];

describe.each(grammars)('%s: recorded through RecordingParser', (_, made, own) => {
  for (const validate of [false, true]) {
    it(`is the parser chevrotain builds (validate: ${String(validate)})`, () => {
      const ours = new made(validate);
      const theirs = new own(validate);
      expect(ours).toBeInstanceOf(RecordingParser);
      expect(Object.getPrototypeOf(ours)).toBe(made.prototype);
      expect(ours.getSerializedGastProductions()).toEqual(theirs.getSerializedGastProductions());
      expect(Object.getOwnPropertyNames(ours).sort()).toEqual(Object.getOwnPropertyNames(theirs).sort());
      expect((ours as unknown as { RECORDING_PHASE: boolean }).RECORDING_PHASE).toBe(false);
    });
  }
});

describe('a parser recorded through RecordingParser parses as chevrotain`s own', () => {
  it('gives the same start tags, in order, over tags good and broken', () => {
    const tags = ['<a>', '<a b="1">', '<a b="1" c=\'2\'/>', '<a b=>', '<a "x">', '<a b="1" b>', '<a/>'];
    const parse = (parser: XmlNodeParser): unknown[] =>
      tags.map((tag) => {
        const tokens = xmlLexer().tokenize(tag).tokens;
        parser.input = tokens;
        // A tag the grammar rejects gives no result (recovery is off): its error says so.
        const attributes = parser.startTag() as IToken[][] | undefined;
        const images = attributes?.map((a) => a.map((t) => t.image));
        return { images, errors: parser.errors.map((e) => e.message) };
      });
    const theirs = new OwnXml();
    expect(parse(new XmlNodeParser())).toEqual(parse(theirs));
  });
});

describe('RECORDING_PHASE', () => {
  it('is true while a grammar is recorded and false when it parses, as chevrotain sets it', () => {
    const Word = createToken({ name: 'Word', pattern: /\w+/ });
    const seen: boolean[] = [];
    class Probe extends RecordingParser {
      constructor() {
        super([Word]);
        this.performSelfAnalysis();
      }
      public word = this.RULE('word', () => {
        seen.push(this.RECORDING_PHASE);
        return this.CONSUME(Word).image;
      });
    }
    const probe = new Probe();
    probe.input = new Lexer([Word]).tokenize('hello').tokens;
    expect(probe.word()).toBe('hello');
    expect(seen).toEqual([true, false]);
  });
});
