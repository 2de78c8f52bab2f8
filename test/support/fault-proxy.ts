/**
 * A loopback HTTP proxy in front of dynalite that breaks DynamoDB the ways a real table breaks:
 * it answers a request with throttling, drops the connection, or accepts it and never answers.
 * Each request is decided on its own (the SDK reuses connections), by a function the test sets.
 * The real SDK client talks to it through its standard endpoint setting; nothing is mocked.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault = 'pass' | 'throttle' | 'refuse' | 'hang';

export interface FaultProxy {
  endpoint: string;
  /** Decides each request's fate; `pass` forwards it to dynalite. */
  decide: () => Fault;
  /** Requests seen, by what was done to them. */
  readonly counts: Record<Fault, number>;
  stop(): Promise<void>;
}

const ThrottleBody = JSON.stringify({
  __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
  message: 'The level of configured provisioned throughput for the table was exceeded.',
});

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const sockets = new Set<Socket>();
  const proxy: FaultProxy = {
    endpoint: '',
    decide: () => 'pass',
    counts: { pass: 0, throttle: 0, refuse: 0, hang: 0 },
    stop: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const out = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    req.pipe(out);
  };

  const server = createServer((req, res) => {
    const fault = proxy.decide();
    proxy.counts[fault]++;
    switch (fault) {
      case 'pass':
        return forward(req, res);
      case 'throttle':
        req.resume();
        res.writeHead(400, {
          'content-type': 'application/x-amz-json-1.0',
          'x-amzn-requestid': `throttle-${proxy.counts.throttle}`,
        });
        return res.end(ThrottleBody);
      case 'refuse':
        return req.socket.destroy();
      case 'hang':
        // Read the request, then never answer: only the client's own deadline ends this.
        req.resume();
        return;
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}
