/**
 * A stand-in for the parts of the Alexa APIs the skill calls, on loopback: the settings API's
 * time zone and the Reminders API (create, get, update, delete), with its bearer token check
 * and its status codes. Request envelopes point `apiEndpoint` at it, so ask-sdk's real service
 * clients make real HTTP calls. Tests read what it received; the console prints it.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the server received. */
export interface ApiCall {
  method: string;
  path: string;
  /** The Authorization header as sent. */
  authorization?: string;
  body?: unknown;
}

/** A reminder the server holds, as the skill sent it. */
export interface HeldReminder {
  alertToken: string;
  request: Record<string, unknown>;
}

/** An answer to force on the next Reminders call: status, and Alexa's error code if any. */
export interface Fault {
  status: number;
  code?: string;
}

export interface AlexaApiServerOptions {
  /** The token every call must carry as `Bearer <token>`. */
  token: string;
  /** What the settings API says the device's time zone is. */
  timeZone: string;
  /** Told after each change to the reminders (the console prints and keeps them). */
  onChange?: (change: 'created' | 'updated' | 'deleted', reminder: HeldReminder) => void;
  /** Reminders already set (the console's, from an earlier run). */
  reminders?: readonly HeldReminder[];
}

const RemindersPath = /^\/v1\/alerts\/reminders(?:\/([^/]+))?$/;
const TimeZonePath = /^\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/;

export class AlexaApiServer {
  readonly calls: ApiCall[] = [];
  readonly reminders = new Map<string, HeldReminder>();
  private readonly faults: Fault[] = [];
  private server?: Server;
  endpoint = '';

  constructor(private readonly o: AlexaApiServerOptions) {
    for (const r of o.reminders ?? []) this.reminders.set(r.alertToken, r);
  }

  /** Listens on 127.0.0.1 on a free port. */
  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.endpoint = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  /** The next Reminders call answers with this status instead. */
  failNext(fault: Fault): void {
    this.faults.push(fault);
  }

  /** The calls to the Reminders API only (not the time zone lookups). */
  get reminderCalls(): ApiCall[] {
    return this.calls.filter((c) => RemindersPath.test(c.path));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const path = (req.url ?? '').split('?')[0];
    const call: ApiCall = {
      method: req.method ?? 'GET',
      path,
      authorization: req.headers.authorization,
      ...(text ? { body: JSON.parse(text) as unknown } : {}),
    };
    this.calls.push(call);
    const send = (status: number, body?: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${this.o.token}`)
      return send(401, { code: 'UNAUTHORIZED', message: 'Bad or missing bearer token' });
    if (TimeZonePath.test(path)) return send(200, this.o.timeZone);
    const m = RemindersPath.exec(path);
    if (!m) return send(404, { code: 'NOT_FOUND', message: `No API at ${path}` });
    const fault = this.faults.shift();
    if (fault) return send(fault.status, { code: fault.code ?? 'ERROR', message: 'Injected' });
    this.answerReminders(call, m[1], send);
  }

  private answerReminders(
    call: ApiCall,
    token: string | undefined,
    send: (s: number, b?: unknown) => void,
  ) {
    const now = new Date().toISOString();
    const held = token ? this.reminders.get(token) : undefined;
    const summary = (r: HeldReminder) => ({
      alertToken: r.alertToken,
      createdTime: now,
      updatedTime: now,
      status: 'ON',
      version: '1',
      href: `/v1/alerts/reminders/${r.alertToken}`,
    });
    if (call.method === 'POST' && !token) {
      const reminder = { alertToken: randomUUID(), request: call.body as Record<string, unknown> };
      this.reminders.set(reminder.alertToken, reminder);
      this.o.onChange?.('created', reminder);
      return send(200, summary(reminder));
    }
    if (!held) return send(404, { code: 'ALERT_NOT_FOUND', message: 'No such reminder' });
    if (call.method === 'GET') return send(200, { ...summary(held), ...held.request });
    if (call.method === 'PUT') {
      held.request = call.body as Record<string, unknown>;
      this.o.onChange?.('updated', held);
      return send(200, summary(held));
    }
    if (call.method === 'DELETE') {
      this.reminders.delete(held.alertToken);
      this.o.onChange?.('deleted', held);
      return send(200);
    }
    return send(405, { code: 'METHOD_NOT_ALLOWED', message: call.method });
  }
}
