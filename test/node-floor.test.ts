// CLI: the Node.js version check that runs before anything else loads.
import { describe, expect, it } from 'vitest';
import { NODE_FLOOR, tooOld } from '../src/cli/node-floor.js';

describe('tooOld', () => {
  it('compares versions part by part, as numbers', () => {
    expect(NODE_FLOOR).toBe('22.12.0');
    for (const v of ['18.20.4', '20.19.0', '22.11.9', '22.9.0', '21.99.99', 'x.1.2'])
      expect(tooOld(v), v).toBe(true);
    for (const v of ['22.12.0', '22.12.1', '22.23.5', '24.0.0', '100.0.0']) expect(tooOld(v), v).toBe(false);
  });
});
