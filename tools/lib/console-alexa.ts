/**
 * The console's Alexa APIs: a loopback stand-in (alexa-api-server.ts) for the settings and
 * Reminders APIs, as a device's requests would reach Amazon's. It prints what Alexa would
 * schedule, and keeps the reminders and the user's consent in DATA_DIR between runs.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AlexaApiServer, type HeldReminder } from './alexa-api-server';

interface Saved {
  reminders: HeldReminder[];
  /** The reminders permission by user id. */
  permissions: Record<string, 'GRANTED' | 'DENIED'>;
}

const Scope = 'alexa::alerts:reminders:skill:readwrite';

/** "every day at 07:00 (Europe/Berlin), from 2026-12-04, says: ..." */
export function describeReminder(r: HeldReminder): string {
  const req = r.request as {
    trigger?: {
      timeZoneId?: string;
      recurrence?: { startDateTime?: string; recurrenceRules?: string[] };
    };
    alertInfo?: { spokenInfo?: { content?: { locale?: string; text?: string }[] } };
  };
  const rule = req.trigger?.recurrence?.recurrenceRules?.[0] ?? '';
  const hour = /BYHOUR=(\d+)/.exec(rule)?.[1]?.padStart(2, '0') ?? '??';
  const minute = /BYMINUTE=(\d+)/.exec(rule)?.[1]?.padStart(2, '0') ?? '??';
  const daily = rule.startsWith('FREQ=DAILY') ? 'every day' : rule;
  const start = req.trigger?.recurrence?.startDateTime?.slice(0, 10) ?? '?';
  const said = req.alertInfo?.spokenInfo?.content?.[0];
  return `${daily} at ${hour}:${minute} (${req.trigger?.timeZoneId}), from ${start}, says (${said?.locale}): "${said?.text}"`;
}

export async function startConsoleAlexa(o: {
  dataDir: string;
  timeZone: string;
  userId: string;
  out: (line: string) => void;
}) {
  const file = join(o.dataDir, 'console-alexa.json');
  const saved: Saved = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Saved)
    : { reminders: [], permissions: {} };
  const token = `console-${randomUUID()}`;
  const save = () => {
    mkdirSync(dirname(file), { recursive: true });
    saved.reminders = [...server.reminders.values()];
    writeFileSync(file, `${JSON.stringify(saved, null, 2)}\n`);
  };
  const server = new AlexaApiServer({
    token,
    timeZone: o.timeZone,
    reminders: saved.reminders,
    onChange: (change, reminder) => {
      o.out(
        `   Alexa reminders API: ${change} ${reminder.alertToken.slice(0, 8)}: ${describeReminder(reminder)}`,
      );
      save();
    },
  });
  await server.start();
  const status = saved.permissions[o.userId];
  return {
    server,
    /** What the console's envelopes carry: where the APIs are, the token, the grant so far. */
    conversation: {
      apiEndpoint: server.endpoint,
      apiAccessToken: token,
      ...(status ? { permissions: { [Scope]: status } } : {}),
    },
    onConsent: (granted: 'GRANTED' | 'DENIED') => {
      saved.permissions[o.userId] = granted;
      save();
    },
  };
}
