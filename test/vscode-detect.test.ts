// VS Code extension: which documents it hands to spac, by content, since *.cfg and *.xml are shared with
// other vendors' phones and other tools (editors/vscode/detect.js, loaded as the extension loads it).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { isProfile } = require('../editors/vscode/detect.js') as {
  isProfile: (kind: 'xml' | 'text', text: string) => boolean;
};

describe('the extension claims profiles by content', () => {
  it('takes SPC text, with or without comments, imports and spac directives', () => {
    expect(isProfile('text', '# site profile\nLine_Enable[1] ! "Yes" ;\nProxy[1] "sip.example.com";\n')).toBe(
      true,
    );
    expect(isProfile('text', 'import common.cfg\n')).toBe(true);
    expect(isProfile('text', '# spac: target=SPA504G\n')).toBe(true);
    expect(isProfile('text', 'Admin_Passwd ! ;\n')).toBe(true);
  });

  it("leaves Yealink's, Polycom's and Python's *.cfg alone, and empty or comment-only files", () => {
    expect(isProfile('text', '#!version:1.0.0.1\naccount.1.enable = 1\naccount.1.label = "101"\n')).toBe(
      false,
    );
    expect(
      isProfile('text', '<?xml version="1.0"?>\n<polycomConfig><reg reg.1.address="101"/></polycomConfig>\n'),
    ).toBe(false);
    expect(isProfile('text', '[metadata]\nname = spac\nversion = 1.0\n')).toBe(false);
    expect(isProfile('text', '')).toBe(false);
    expect(isProfile('text', '# nothing here\n')).toBe(false);
  });

  it('takes XML with a <flat-profile> (per-MAC names, device exports), and no other XML', () => {
    expect(
      isProfile('xml', '<flat-profile>\n  <Resync_Periodic>3600</Resync_Periodic>\n</flat-profile>\n'),
    ).toBe(true);
    expect(isProfile('xml', '<?xml version="1.0"?>\n<device><flat-profile/></device>')).toBe(true);
    expect(isProfile('xml', '<project><modelVersion>4.0.0</modelVersion></project>')).toBe(false);
    expect(isProfile('xml', '<flat-profiles></flat-profiles>')).toBe(false);
  });
});
