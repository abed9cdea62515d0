// Parser stage (chevrotain base): the embedded-actions parser every grammar of spac extends, with a
// grammar recording that costs less at start. Input: token types and a parser config. Output: the
// parser chevrotain builds from them.
import { EmbeddedActionsParser } from 'chevrotain';

/** What chevrotain's recording trait does to a parser object (not in its typings). */
interface Recording {
  RECORDING_PHASE: boolean;
  enableRecording(this: object): void;
}

const chevrotainRecording = EmbeddedActionsParser.prototype as unknown as Recording;

/** chevrotain records a grammar by putting about ninety recording methods on the parser object and
 * deleting them afterwards. By then the object is a prototype (chevrotain makes it one for fast
 * properties), and V8 lays a prototype out again after every delete: 4-7 ms of every start, per parser.
 * Here chevrotain's own `enableRecording` puts them on an object of their own, placed between the parser
 * and its class, and `disableRecording` takes that object out of the chain in one step; the grammar
 * recorded and the parser that results are the same (a test holds both). */
export class RecordingParser extends EmbeddedActionsParser {
  // Called by performSelfAnalysis only.
  enableRecording(): void {
    const layer: object = Object.create(Object.getPrototypeOf(this) as object) as object;
    chevrotainRecording.enableRecording.call(layer);
    Object.setPrototypeOf(this, layer);
    (this as unknown as Recording).RECORDING_PHASE = true;
  }

  disableRecording(): void {
    (this as unknown as Recording).RECORDING_PHASE = false;
    const layer = Object.getPrototypeOf(this) as object;
    Object.setPrototypeOf(this, Object.getPrototypeOf(layer) as object);
  }
}
