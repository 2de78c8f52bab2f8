/**
 * The console's small HTTP server for rendered parts: DATA_DIR/audio on 127.0.0.1, on a free
 * port the system picks. Serves part files by name only (hex keys), nothing else.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface AudioServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

const Types: Record<string, string> = { mp3: 'audio/mpeg', json: 'application/json' };

export function startAudioServer(dir: string): Promise<AudioServer> {
  const server = createServer((req, res) => {
    const m = /^\/audio\/([0-9a-f]{8,64})\.(mp3|json)$/.exec(req.url ?? '');
    const file = m && join(dir, `${m[1]}.${m[2]}`);
    if (!m || !file || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': Types[m[2]] });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
