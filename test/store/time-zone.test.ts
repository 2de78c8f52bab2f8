/**
 * The time zone lookup through ask-sdk's real API client, against a local server standing in
 * for the Alexa settings API (the request envelope's apiEndpoint points at it).
 */
import { DefaultApiClient, SkillBuilders, type HandlerInput } from 'ask-sdk-core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getTimeZone } from '../../lambda/store/time-zone';
import { launchRequest, newConversation } from '../../tools/lib/envelopes';

type Reply = { status: number; body: string; delayMs?: number };
let reply: Reply;
let seen: { url?: string; auth?: string }[] = [];
let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url, auth: req.headers.authorization });
    setTimeout(() => {
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(reply.body);
    }, reply.delayMs ?? 0);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));
beforeEach(() => {
  seen = [];
});

async function lookUp(options: { token?: string; apiClient?: boolean; timeoutMs?: number } = {}) {
  let zone = '';
  const builder = SkillBuilders.custom().addRequestHandlers({
    canHandle: () => true,
    handle: async (input: HandlerInput) => {
      zone = await getTimeZone(input, options.timeoutMs);
      return input.responseBuilder.getResponse();
    },
  });
  if (options.apiClient !== false) builder.withApiClient(new DefaultApiClient());
  const conversation = newConversation({
    deviceId: 'device-kitchen',
    apiAccessToken: options.token ?? 'token-1',
  });
  const envelope = launchRequest(conversation);
  envelope.context.System.apiEndpoint = endpoint;
  await builder.create().invoke(envelope);
  return zone;
}

describe('getTimeZone', () => {
  it("asks the settings API for the device's zone", async () => {
    reply = { status: 200, body: '"Europe/Berlin"' };
    expect(await lookUp()).toBe('Europe/Berlin');
    expect(seen).toEqual([
      { url: '/v2/devices/device-kitchen/settings/System.timeZone', auth: 'Bearer token-1' },
    ]);
  });

  it.each<[string, Reply]>([
    ['the API refuses', { status: 403, body: '{"message":"denied"}' }],
    ['the API fails', { status: 500, body: '' }],
    ['the zone is not one the runtime knows', { status: 200, body: '"Mars/Olympus"' }],
    ['the API is too slow', { status: 200, body: '"Asia/Tokyo"', delayMs: 400 }],
  ])('counts in UTC when %s', async (_why, r) => {
    reply = r;
    const started = Date.now();
    expect(await lookUp({ timeoutMs: 150 })).toBe('UTC');
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('counts in UTC without asking when the skill has no API client', async () => {
    reply = { status: 200, body: '"Europe/Berlin"' };
    expect(await lookUp({ apiClient: false })).toBe('UTC');
    expect(seen).toEqual([]);
  });
});
