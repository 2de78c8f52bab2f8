/**
 * The S3 audio store against s3rver, an S3-compatible server started in-process on loopback,
 * with the real AWS SDK v3 client pointed at it through the standard endpoint settings. The
 * presigned URL is fetched over HTTP, as a device would.
 */
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { S3AudioStore } from '../../lambda/audio/s3-store';

const Bucket = 'back-stretch-coach-audio';
let server: S3rver;
let client: S3Client;

beforeAll(async () => {
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: mkdtempSync(join(tmpdir(), 's3rver-')),
  });
  const address = (await server.run()) as AddressInfo;
  client = new S3Client({
    region: 'eu-west-1',
    endpoint: `http://127.0.0.1:${address.port}`,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  await client.send(new CreateBucketCommand({ Bucket }));
});

afterAll(async () => {
  client?.destroy();
  await server?.close();
});

describe('S3 audio store', () => {
  it('keeps a part under its prefix and serves it through a presigned URL', async () => {
    const store = new S3AudioStore(client, Bucket, 'audio/');
    const key = 'ab12cd34ef56ab12cd34ef56ab12cd34';
    expect(await store.has(key)).toBe(false);
    const mp3 = Buffer.from('ID3 fake mp3 bytes');
    await store.put(key, mp3, { seconds: 12.5, phrases: ['Hold.'] });
    expect(await store.has(key)).toBe(true);
    const url = await store.url(key);
    expect(url).toMatch(new RegExp(`/${Bucket}/audio/${key}\\.mp3\\?`));
    expect(url).toMatch(/X-Amz-Expires=43200/);
    const fetched = await fetch(url);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('content-type')).toBe('audio/mpeg');
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(mp3);
  });

  it('asks only for the life left in temporary credentials, since the URL dies with them', async () => {
    const expiring = new S3Client({
      region: 'eu-west-1',
      endpoint: client.config.endpoint ? await client.config.endpoint() : undefined,
      forcePathStyle: true,
      // As on Lambda: session credentials, here with two hours left.
      credentials: {
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
        sessionToken: 'token',
        expiration: new Date(Date.now() + 2 * 3600 * 1000),
      },
    });
    const store = new S3AudioStore(expiring, Bucket);
    const expires = Number(/X-Amz-Expires=(\d+)/.exec(await store.url('ab'))![1]);
    expect(expires).toBeGreaterThan(2 * 3600 - 60);
    expect(expires).toBeLessThanOrEqual(2 * 3600);
    expiring.destroy();
  });

  it('refuses a tampered URL', async () => {
    const store = new S3AudioStore(client, Bucket);
    const key = '00112233445566778899aabbccddeeff';
    await store.put(key, Buffer.from('x'), { seconds: 1, phrases: [] });
    const url = (await store.url(key)).replace(key, 'ffeeddccbbaa99887766554433221100');
    expect((await fetch(url)).status).toBeGreaterThanOrEqual(400);
  });
});
