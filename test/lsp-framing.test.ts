// Language server framing: messages come out framed by their JSON when a Content-Length lies, split
// across chunks or not.
import { describe, expect, it } from 'vitest';
import { Reframer } from '../src/lsp/framing.js';

const frame = (body: string, length = Buffer.byteLength(body)) =>
  `Content-Length: ${String(length)}\r\n\r\n${body}`;

async function bodies(chunks: string[]): Promise<string[]> {
  const r = new Reframer();
  const out: Buffer[] = [];
  r.on('data', (b: Buffer) => out.push(b));
  for (const c of chunks) r.write(Buffer.from(c));
  r.end();
  await new Promise((resolve) => r.on('end', resolve));
  return Buffer.concat(out)
    .toString('utf8')
    .split(/Content-Length: \d+\r\n\r\n/)
    .filter((b) => b !== '');
}

describe('Reframer', () => {
  const a = '{"id":1}';
  const b = '{"id":2,"x":"é"}';

  it('passes well-framed messages through, whatever the chunks', async () => {
    const stream = frame(a) + frame(b);
    expect(await bodies([stream])).toEqual([a, b]);
    expect(await bodies(stream.split(''))).toEqual([a, b]);
  });

  it('ends a message whose length is too long where the next header begins', async () => {
    expect(await bodies([frame(a, a.length + 15) + frame(b)])).toEqual([a, b]);
  });

  it('takes the rest of a message whose length is too short, up to the next header', async () => {
    expect(await bodies([frame(a, 3) + frame(b)])).toEqual([a, b]);
  });

  it('hands on a body that is not JSON as it was framed (the JSON-RPC layer reports it)', async () => {
    expect(await bodies([frame('{"id":', 6) + frame(a)])).toEqual(['{"id":', a]);
  });

  it('skips a header whose length is no number, and garbage between messages', async () => {
    expect(await bodies(['Content-Length: x\r\n\r\n', 'noise', frame(a)])).toEqual([a]);
  });
});

describe('Reframer, the last message', () => {
  it('waits for the rest of a too-short last message, then takes all of it', async () => {
    const a = '{"id":1,"method":"x"}';
    expect(await bodies([frame(a, 5).slice(0, -4), a.slice(-4)])).toEqual([a]);
  });
});
