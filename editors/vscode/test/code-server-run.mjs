// VS Code extension (recorded run): installs the packaged extension into code-server (VS Code built for
// the browser, the extension host a real one) and drives it with headless Chromium as a user would,
// checking what each step shows. Input: the .vsix, code-server, playwright-core and Chromium, none of
// them spac's dependencies (see docs/editor-run/README.md). Output: screenshots and run.log in OUT, and
// exit 1 at the first step that does not show what it should.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const need = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name} (see docs/editor-run/README.md)`);
  return value;
};
const codeServer = need('CODE_SERVER'); // code-server's out/node/entry.js
const vsix = resolve(need('VSIX'));
const { chromium } = await import(pathToFileURL(join(need('PLAYWRIGHT_CORE'), 'index.mjs')).href);
const out = resolve(process.env.OUT ?? 'editor-run');
const browserPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

mkdirSync(out, { recursive: true });
const lines = [];
const log = (...parts) => {
  const line = [new Date().toISOString().slice(11, 19), ...parts].join(' ');
  lines.push(line);
  console.log(line);
};
const expect = (ok, what) => {
  log(ok ? 'ok:' : 'FAILED:', what);
  if (!ok) throw new Error(what);
};

// A workspace as a provider's repository holds it: a config, a profile with two problems, another
// vendor's .cfg and a per-MAC XML profile.
const work = mkdtempSync(join(tmpdir(), 'spac-editor-run-'));
const ws = join(work, 'profiles');
const data = join(work, 'data');
mkdirSync(ws);
mkdirSync(join(data, 'User'), { recursive: true });
const files = {
  'spac.config.json': '{\n  "target": "SPA504G"\n}\n',
  'site.cfg':
    '# Front desk phone\nLine_Enable[1] ! "Yes" ;\nDisplay_Name[1] "Front Desk" ;\nLine_Enabel[2] "Yes" ;\n' +
    'Resync_Periodic "often" ;\nProxy[1] "sip.example.com" ;\n',
  'polycom.cfg': '[general]\nreg.1.address = 1001\n',
  '000e08aabbcc.xml': '<flat-profile>\n  <Line_Enable_1_ ua="na">Maybe</Line_Enable_1_>\n</flat-profile>\n',
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(ws, name), text);
// Quiet, and typing as written (no brackets closed for us).
writeFileSync(
  join(data, 'User', 'settings.json'),
  JSON.stringify({
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'editor.autoClosingBrackets': 'never',
    'editor.autoClosingQuotes': 'never',
    'chat.disableAIFeatures': true,
  }),
);
const dirs = ['--user-data-dir', data, '--extensions-dir', join(work, 'extensions')];
const installed = spawnSync(process.execPath, [codeServer, ...dirs, '--install-extension', vsix], {
  encoding: 'utf8',
});
expect(/successfully installed/.test(installed.stdout), `code-server installs ${vsix}`);

const port = await new Promise((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => done(free));
  });
});
const server = spawn(
  process.execPath,
  [codeServer, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, ...dirs, '--disable-telemetry'].concat([
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ws,
  ]),
  { stdio: 'ignore' },
);
const version = spawnSync(process.execPath, [codeServer, '--version'], { encoding: 'utf8' }).stdout.trim();
log('code-server', version.split('\n').at(-1));

const browser = await chromium.launch({
  executablePath: browserPath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-sync',
  ],
});
try {
  await run(await browser.newPage({ viewport: { width: 1400, height: 850 } }));
  log('every step showed what it should');
} finally {
  writeFileSync(join(out, 'run.log'), `${lines.join('\n')}\n`);
  await browser.close();
  server.kill();
  rmSync(work, { recursive: true, force: true });
}

async function run(page) {
  const shot = (name) => page.screenshot({ path: join(out, `${name}.png`) });
  const problems = () =>
    page.$$eval('.markers-panel .monaco-list-row', (rows) => rows.map((r) => r.textContent ?? ''));
  const settle = () => page.waitForTimeout(3000);
  /** What `read` shows once `ok` holds of it, or after 30 seconds whatever it shows. */
  const shown = async (read, ok) => {
    let value = await read();
    for (let i = 0; i < 60 && !ok(value); i++) {
      await page.waitForTimeout(500);
      value = await read();
    }
    return value;
  };
  const open = async (name) => {
    await page.keyboard.press('Escape');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().dblclick();
    await page.waitForSelector(`.tab[aria-label^="${name}"]`, { timeout: 15000 });
    await settle();
  };
  const command = async (name) => {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(name, { delay: 20 });
    await page.waitForTimeout(800);
    await page.keyboard.press('Enter');
    await settle();
  };
  // The editor draws spaces as no-break spaces.
  const editorLines = async () =>
    (await page.$$eval('.view-line', (r) => r.map((x) => x.textContent ?? ''))).map((l) =>
      l.replace(/\u00a0/g, ' '),
    );

  for (let tries = 0; tries < 3; tries++) {
    await page.goto(`http://127.0.0.1:${port}/`).catch(() => page.waitForTimeout(2000));
    if (await page.waitForSelector('.monaco-workbench', { timeout: 60000 }).catch(() => false)) break;
  }
  await settle();

  await open('site.cfg');
  await page.keyboard.press('Control+Shift+M');
  await settle();
  const found = await shown(problems, (p) => p.length >= 3);
  log('problems:', JSON.stringify(found));
  expect(
    found.some((p) => p.includes("did you mean 'Line_Enable[2]'") && p.includes('SPAC3001')),
    'the misspelt name is a problem',
  );
  expect(
    found.some((p) => p.includes("invalid value 'often'") && p.includes('SPAC3002')),
    'the bad value is a problem',
  );
  const status = await page.$$eval('.statusbar-item', (r) => r.map((x) => x.textContent?.trim() ?? ''));
  expect(status.includes('SPA profile (SPC text)'), 'site.cfg is an SPA profile by its content');
  await shot('1-problems');

  const name = page.locator('.view-line span', { hasText: 'Display_Name' }).first();
  const box = await name.boundingBox();
  await page.mouse.move((box?.x ?? 0) + 10, (box?.y ?? 0) + (box?.height ?? 0) / 2);
  await page.waitForTimeout(2500);
  const hover = await page.$eval('.monaco-hover', (e) => e.textContent ?? '').catch(() => '');
  log('hover:', JSON.stringify(hover));
  expect(hover.includes('Display_Name[1]') && hover.includes('type: string'), 'hover explains the parameter');
  await shot('2-hover');
  await page.mouse.move(5, 5);

  await page.locator('.view-line').last().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Resync_P', { delay: 50 });
  await page.keyboard.press('Control+Space');
  await page.waitForTimeout(2500);
  const offered = await page.$$eval('.suggest-widget .monaco-list-row', (r) =>
    r.map((x) => x.getAttribute('aria-label') ?? ''),
  );
  log('completion:', JSON.stringify(offered));
  expect(
    offered.some((o) => o.startsWith('Resync_Periodic')),
    'completion offers Resync_Periodic',
  );
  await shot('3-completion');
  await page.keyboard.press('Escape');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Z');

  await page.locator('.view-line span', { hasText: 'Line_Enabel' }).first().click();
  await page.waitForTimeout(1000);
  await page.keyboard.press('Control+.');
  await page.waitForTimeout(2000);
  const fixes = await page.$$eval('.action-widget .monaco-list-row', (r) =>
    r.map((x) => x.textContent ?? ''),
  );
  log('quick fixes:', JSON.stringify(fixes));
  expect(fixes.includes("rename to 'Line_Enable[2]'"), 'the did-you-mean is a quick fix');
  await shot('4-quick-fix');
  await page.keyboard.press('Enter');
  await settle();
  expect((await editorLines())[3] === 'Line_Enable[2] "Yes" ;', 'the quick fix renames the parameter');
  expect(!(await problems()).some((p) => p.includes('SPAC3001')), 'and its problem goes');

  await open('polycom.cfg');
  const polycom = await page.$$eval('.statusbar-item', (r) => r.map((x) => x.textContent?.trim() ?? ''));
  expect(!polycom.includes('SPA profile (SPC text)'), "another vendor's .cfg is left alone");
  expect(!(await problems()).some((p) => p.startsWith('polycom.cfg')), 'and gets no problems');

  await open('000e08aabbcc.xml');
  const xml = await shown(problems, (p) => p.some((x) => x.startsWith('000e08aabbcc.xml')));
  log('problems:', JSON.stringify(xml));
  expect(
    xml.some((p) => p.includes("invalid value 'Maybe' for 'Line_Enable_1_'")),
    'a per-MAC XML profile is checked',
  );
  await shot('5-xml');

  await open('site.cfg');
  await page.locator('.view-line').first().click();
  await command('Format Document');
  const formatted = await editorLines();
  log('formatted:', JSON.stringify(formatted));
  expect(
    /^Display_Name\[1\] {2,}"Front Desk" ;$/.test(formatted[2] ?? ''),
    'Format Document aligns the values',
  );
  await shot('6-formatted');

  // The config changes on disk (a pull, a checkout); the editor shows it open beside the profiles.
  const config = async (text, ok) => {
    writeFileSync(join(ws, 'spac.config.json'), `${text}\n`);
    await open('spac.config.json');
    return shown(problems, ok);
  };
  const brokenSaid = (p) => p.startsWith("not checked: unknown setting 'unknownSetting'");
  const schemaSaid = (p) => p.includes('Property unknownSetting is not allowed');
  const broken = await config(
    '{ "target": "SPA504G", "unknownSetting": 1 }',
    (all) => all.some(brokenSaid) && all.some(schemaSaid),
  );
  log('problems:', JSON.stringify(broken));
  expect(broken.some(brokenSaid), 'a broken config is said at the profiles');
  expect(broken.some(schemaSaid), "the config's JSON Schema flags it too");
  await shot('7-broken-config');
  const targetSaid = (p) => p.startsWith("not checked: unknown target model 'SPA999'");
  const target = await config('{ "target": "SPA999" }', (all) => all.some(targetSaid));
  expect(target.some(targetSaid), 'so is an unknown target');
  await shot('8-unknown-target');
  const checked = (all) =>
    all.some((p) => p.includes("invalid value 'often'")) && !all.some((p) => p.startsWith('not checked'));
  const mended = await config('{ "target": "SPA112" }', checked);
  log('problems:', JSON.stringify(mended));
  expect(checked(mended), 'a mended config checks the profiles again');
  await shot('9-mended-config');
}
