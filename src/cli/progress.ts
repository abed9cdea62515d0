// CLI shell (progress): a one-line progress bar on a terminal (done of total, rate, time left), redrawn
// at most ten times a second; nothing when stderr is not a terminal or CI is set.
// Input: counts. Output: a line on stderr, cleared when done.
import type { Io } from './io.js';

export interface Progress {
  readonly update: (done: number, total: number) => void;
  readonly done: () => void;
}

const WIDTH = 24;

export function progressBar(io: Io, now: () => number = Date.now): Progress {
  const shown = io.stderr.isTTY && (io.env['CI'] ?? '') === '' && io.env['TERM'] !== 'dumb';
  if (!shown) return { update: () => undefined, done: () => undefined };
  const started = now();
  let drawn = 0;
  let visible = false;
  const update = (done: number, total: number) => {
    const t = now();
    if (t - drawn < 100 && done < total) return;
    drawn = t;
    visible = true;
    const seconds = Math.max((t - started) / 1000, 0.001);
    const rate = done / seconds;
    const left = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    const filled = total > 0 ? Math.round((done / total) * WIDTH) : 0;
    const bar = `${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}`;
    io.stderr.write(
      `\r[${bar}] ${String(done)}/${String(total)} devices  ${Math.round(rate).toLocaleString('en')}/s  ${String(left)}s left \u001b[K`,
    );
  };
  const done = () => {
    if (visible) io.stderr.write('\r\u001b[K');
  };
  return { update, done };
}
