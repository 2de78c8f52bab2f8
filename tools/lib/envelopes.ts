/**
 * Builders for real Alexa request envelopes: a realistic base plus small overrides.
 * Used by the console, the benchmarks and the tests, so all three send what Alexa sends.
 */
import type { RequestEnvelope, Slot, slu } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';

export const TestSkillId = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

export interface Conversation {
  userId: string;
  deviceId: string;
  locale: string;
  sessionId: string;
  /** Session attributes carried between turns, as Alexa does. */
  attributes: Record<string, unknown>;
  /** False after the first request of a session. */
  isNew: boolean;
  /** The device has a screen (APL). */
  screen: boolean;
  /** Fixed time for the requests (ISO); defaults to now. */
  timestamp?: string;
  apiAccessToken?: string;
  /** Where the Alexa APIs answer (default Amazon's); tests and the console use loopback. */
  apiEndpoint?: string;
  /** Permission scopes the user granted or denied, as `context.System.user.permissions`. */
  permissions?: Record<string, 'GRANTED' | 'DENIED'>;
}

export function newConversation(overrides: Partial<Conversation> = {}): Conversation {
  return {
    userId: `amzn1.ask.account.${randomUUID()}`,
    deviceId: `amzn1.ask.device.${randomUUID()}`,
    locale: 'en-US',
    sessionId: `amzn1.echo-api.session.${randomUUID()}`,
    attributes: {},
    isNew: true,
    screen: false,
    ...overrides,
  };
}

/** Starts a new session on the same user and device (the old one ended). */
export function nextSession(c: Conversation, overrides: Partial<Conversation> = {}): Conversation {
  return {
    ...c,
    sessionId: `amzn1.echo-api.session.${randomUUID()}`,
    attributes: {},
    isNew: true,
    ...overrides,
  };
}

function envelope(
  c: Conversation,
  request: RequestEnvelope['request'],
  inSession = true,
): RequestEnvelope {
  const supportedInterfaces = c.screen
    ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } }
    : {};
  const scopes = Object.entries(c.permissions ?? {});
  const permissions = scopes.length
    ? {
        permissions: {
          consentToken: c.apiAccessToken,
          scopes: Object.fromEntries(scopes.map(([scope, status]) => [scope, { status }])),
        },
      }
    : {};
  const system = {
    application: { applicationId: TestSkillId },
    user: { userId: c.userId, ...permissions },
    device: { deviceId: c.deviceId, supportedInterfaces },
    apiEndpoint: c.apiEndpoint ?? 'https://api.amazonalexa.com',
    ...(c.apiAccessToken ? { apiAccessToken: c.apiAccessToken } : {}),
  };
  return {
    version: '1.0',
    ...(inSession
      ? {
          session: {
            new: c.isNew,
            sessionId: c.sessionId,
            application: { applicationId: TestSkillId },
            user: { userId: c.userId },
            attributes: c.attributes,
          },
        }
      : {}),
    context: { System: system } as RequestEnvelope['context'],
    request,
  };
}

function base(c: Conversation) {
  return {
    requestId: `amzn1.echo-api.request.${randomUUID()}`,
    timestamp: c.timestamp ?? new Date().toISOString(),
    locale: c.locale,
  };
}

export function launchRequest(c: Conversation): RequestEnvelope {
  return envelope(c, { type: 'LaunchRequest', ...base(c) });
}

/** A slot as Alexa fills it: value as heard, plus entity resolution against a custom type. */
export interface SlotInput {
  value: string;
  /** Resolved slot value id and canonical name; undefined means ER_SUCCESS_NO_MATCH. */
  id?: string;
  name?: string;
  /** The custom slot type, for the resolution authority; omit for built-in types (AMAZON.NUMBER). */
  type?: string;
}

export function toSlot(name: string, input: SlotInput | string): Slot {
  const s: SlotInput = typeof input === 'string' ? { value: input } : input;
  const slot: Slot = { name, value: s.value, confirmationStatus: 'NONE' };
  if (s.type) {
    const authority = `amzn1.er-authority.echo-sdk.${TestSkillId}.${s.type}`;
    const resolution: slu.entityresolution.Resolution = s.id
      ? {
          authority,
          status: { code: 'ER_SUCCESS_MATCH' },
          values: [{ value: { id: s.id, name: s.name ?? s.value } }],
        }
      : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] };
    slot.resolutions = { resolutionsPerAuthority: [resolution] };
  }
  return slot;
}

export function intentRequest(
  c: Conversation,
  name: string,
  slots: Record<string, SlotInput | string> = {},
): RequestEnvelope {
  const built: Record<string, Slot> = {};
  for (const [slotName, input] of Object.entries(slots)) built[slotName] = toSlot(slotName, input);
  return envelope(c, {
    type: 'IntentRequest',
    ...base(c),
    dialogState: 'COMPLETED',
    intent: { name, confirmationStatus: 'NONE', slots: built },
  });
}

export type EndReason = 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS';

export function sessionEndedRequest(
  c: Conversation,
  reason: EndReason = 'USER_INITIATED',
): RequestEnvelope {
  return envelope(c, { type: 'SessionEndedRequest', ...base(c), reason });
}

/** Skill lifecycle events arrive outside any session. */
export function skillEventRequest(
  c: Conversation,
  type: 'AlexaSkillEvent.SkillDisabled' | 'AlexaSkillEvent.SkillEnabled',
): RequestEnvelope {
  const request = {
    type,
    ...base(c),
    eventCreationTime: base(c).timestamp,
    eventPublishingTime: base(c).timestamp,
    body: { userInformationPersistenceStatus: 'NOT_PERSISTED' },
  } as unknown as RequestEnvelope['request'];
  return envelope(c, request, false);
}

/** A touch on an Echo Show: the APL UserEvent a TouchWrapper's SendEvent sends. */
export function userEventRequest(
  c: Conversation,
  args: unknown[],
  token = 'coach-screen',
): RequestEnvelope {
  const request = {
    type: 'Alexa.Presentation.APL.UserEvent',
    ...base(c),
    token,
    arguments: args,
    source: { type: 'TouchWrapper', handler: 'Press', id: '' },
    components: {},
  } as unknown as RequestEnvelope['request'];
  return envelope(c, request);
}
/** What Alexa's consent question came to, in the Connections.Response it sends back. */
export interface ConnectionsAnswer {
  /** The connection's name (AskFor) and the token the skill sent with it. */
  name: string;
  token?: string;
  /** '200' when Alexa could ask; another code when the device can't ask by voice. */
  code: string;
  payload?: Record<string, unknown>;
}

/** The answer to a Connections.SendRequest, in the same session. */
export function connectionsResponse(c: Conversation, a: ConnectionsAnswer): RequestEnvelope {
  const request = {
    type: 'Connections.Response',
    ...base(c),
    name: a.name,
    status: { code: a.code, message: a.code === '200' ? 'OK' : 'Voice consent is not available' },
    ...(a.payload ? { payload: a.payload } : {}),
    ...(a.token !== undefined ? { token: a.token } : {}),
  } as unknown as RequestEnvelope['request'];
  return envelope(c, request);
}

/** A Reminders API event (ReminderDeleted...), outside any session. */
export function reminderEventRequest(
  c: Conversation,
  type: string,
  body: Record<string, unknown>,
): RequestEnvelope {
  const request = { type, ...base(c), body } as unknown as RequestEnvelope['request'];
  return envelope(c, request, false);
}
