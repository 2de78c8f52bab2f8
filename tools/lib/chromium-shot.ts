/**
 * A PNG of a local page in headless Chromium, taken once the page says it is ready: a small
 * DevTools-protocol client, because `--screenshot` fires at the load event, before an async
 * renderer (WebAssembly) has drawn anything. Chromium listens on a port it picks (port 0).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The parts of DevTools results read here. */
interface CdpResult {
  result?: { value?: unknown };
  data?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function screenshot(
  url: string,
  png: string,
  size: { width: number; height: number },
  ready: (title: string) => boolean,
  timeoutMs = 90_000,
): Promise<string> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'shot-'));
  const browser = spawn(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--allow-file-access-from-files',
      '--hide-scrollbars',
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      `--window-size=${size.width},${size.height}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  try {
    const portFile = path.join(profile, 'DevToolsActivePort');
    const deadline = Date.now() + timeoutMs;
    const port = async (): Promise<string> => {
      while (Date.now() < deadline) {
        // Chromium writes the file in two steps: wait for a port on its first line.
        const first = existsSync(portFile) ? readFileSync(portFile, 'utf8').split('\n')[0] : '';
        if (/^\d+$/.test(first)) return first;
        await sleep(100);
      }
      throw new Error('Chromium did not start');
    };
    const targets = (await (await fetch(`http://127.0.0.1:${await port()}/json`)).json()) as Array<{
      type: string;
      webSocketDebuggerUrl: string;
    }>;
    const ws = new WebSocket(targets.find((t) => t.type === 'page')!.webSocketDebuggerUrl);
    await new Promise((r) => ws.addEventListener('open', r, { once: true }));
    let id = 0;
    const call = (method: string, params: object = {}) =>
      new Promise<CdpResult>((resolve) => {
        const mine = ++id;
        const on = (e: MessageEvent) => {
          const msg = JSON.parse(String(e.data));
          if (msg.id !== mine) return;
          ws.removeEventListener('message', on);
          resolve(msg.result ?? {});
        };
        ws.addEventListener('message', on);
        ws.send(JSON.stringify({ id: mine, method, params }));
      });
    await call('Page.enable');
    await call('Emulation.setDeviceMetricsOverride', {
      ...size,
      deviceScaleFactor: 1,
      mobile: false,
    });
    await call('Page.navigate', { url });
    let title = '';
    while (Date.now() < deadline) {
      const r = await call('Runtime.evaluate', {
        expression: 'document.title',
        returnByValue: true,
      });
      title = String(r.result?.value ?? '');
      if (ready(title)) break;
      await sleep(250);
    }
    const shot = await call('Page.captureScreenshot', { format: 'png' });
    writeFileSync(png, Buffer.from(String(shot.data), 'base64'));
    ws.close();
    return title;
  } finally {
    browser.kill();
    await new Promise((r) => browser.once('exit', r));
    // Chromium's helper processes may still be writing the profile: cleaning up is best effort.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    } catch {
      /* left in the temp folder */
    }
  }
}
