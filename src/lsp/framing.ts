// Language server (framing): the byte stream from the client -> messages framed exactly as their
// `Content-Length` says, or as their JSON says when the header lies. Input: raw stdin chunks. Output:
// well-framed messages. After one wrong Content-Length the JSON-RPC reader would stay out of step for
// good (every later message half swallowed); this finds the next header and carries on.
import { Transform, type TransformCallback } from 'node:stream';

const HEADER = Buffer.from('Content-Length:');
const HEADER_END = Buffer.from('\r\n\r\n');
/** A header block longer than this is no header: skip it rather than wait for ever. */
const MAX_HEADER = 8 * 1024;

const isJson = (body: Buffer): boolean => {
  try {
    JSON.parse(body.toString('utf8'));
    return true;
  } catch {
    return false;
  }
};

export class Reframer extends Transform {
  private buffer = Buffer.alloc(0);
  /** Chunks of a long body still arriving, gathered without copying the whole each time. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** The buffer length the message being read needs (0: not waiting for a body). */
  private need = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    // A 5 MB document arrives in dozens of chunks: look again only when the body is whole, or when a
    // chunk brings a header (a lying length's next message).
    if (this.buffer.length + this.pendingBytes < this.need && !chunk.includes(HEADER)) {
      done();
      return;
    }
    this.buffer = Buffer.concat([this.buffer, ...this.pending]);
    this.pending = [];
    this.pendingBytes = 0;
    this.need = 0;
    while (this.next());
    done();
  }

  /** Frames one message if the buffer holds one; false when it must wait for more bytes. */
  private next(): boolean {
    const header = this.header();
    if (typeof header === 'boolean') return header;
    const { start, length } = header;
    // The next header, if one is already here: where a lying length's message really ends.
    const following = this.buffer.indexOf(HEADER, start);
    if (this.buffer.length < start + length) {
      // Too long a length: the next message has begun; what lies before its header is this one.
      if (following >= 0 && isJson(this.buffer.subarray(start, following)))
        return this.frame(start, following);
      this.need = start + length;
      return false;
    }
    return this.body(start, length, following);
  }

  /** The next header's body start and length; true when garbage was skipped, false to wait. */
  private header(): { start: number; length: number } | boolean {
    const at = this.buffer.indexOf(HEADER);
    if (at < 0) {
      // Keep what could be the start of a header split across chunks.
      this.buffer = this.buffer.subarray(Math.max(0, this.buffer.length - HEADER.length));
      return false;
    }
    const headerEnd = this.buffer.indexOf(HEADER_END, at);
    if (headerEnd < 0) {
      if (this.buffer.length - at <= MAX_HEADER) return false;
      return this.skip(at + 1);
    }
    const line =
      this.buffer
        .subarray(at + HEADER.length, headerEnd)
        .toString('latin1')
        .split('\r\n')[0] ?? '';
    if (!/^\s*\d{1,10}\s*$/.test(line)) return this.skip(at + 1);
    return { start: headerEnd + HEADER_END.length, length: Number(line) };
  }

  /** A body that has all arrived: as framed, or up to the next header when its length lied. */
  private body(start: number, length: number, following: number): boolean {
    // The usual case, taken on trust (no second JSON parse of a 5 MB document): the body holds no
    // header and ends where the input does or where the next header begins.
    const end = start + length;
    const next = this.buffer.subarray(end, end + HEADER.length);
    const clean =
      (end === this.buffer.length || next.equals(HEADER)) &&
      !this.buffer.subarray(start, end).includes(HEADER);
    if (clean || isJson(this.buffer.subarray(start, end))) return this.frame(start, end);
    // Too long (the body swallowed the next header) or too short (it stops inside the JSON): the
    // message runs to the next header. Else the JSON-RPC reader reports the body as it was framed.
    if (following >= 0 && isJson(this.buffer.subarray(start, following))) return this.frame(start, following);
    if (following < 0) {
      // Too short, and the last message so far: all of it once its JSON is whole; until then, wait
      // (within bounds: past them, what was framed goes on as it was).
      if (isJson(this.buffer.subarray(start))) return this.frame(start, this.buffer.length);
      if (this.buffer.length - start < 2 * length + MAX_HEADER) return false;
    }
    return this.frame(start, end);
  }

  private frame(start: number, end: number): true {
    const body = this.buffer.subarray(start, end);
    this.push(Buffer.concat([Buffer.from(`Content-Length: ${String(body.length)}\r\n\r\n`), body]));
    this.buffer = this.buffer.subarray(end);
    return true;
  }

  private skip(to: number): true {
    this.buffer = this.buffer.subarray(to);
    return true;
  }
}
