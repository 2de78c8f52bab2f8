/**
 * Alexa's Reminders API through ask-sdk's ReminderManagementServiceClient (the skill's
 * DefaultApiClient makes the HTTPS call to the request's apiEndpoint with its apiAccessToken).
 * Every failure becomes one of a few kinds the user can be told about in a sentence.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';

/**
 * permission: 401, or 403 other than the two below (the user turned the permission off);
 * device: 403 DEVICE_NOT_SUPPORTED; full: 403 MAX_REMINDERS_EXCEEDED; not-found: 404;
 * busy: 429; unavailable: 5xx, a network failure, or a skill without an API client.
 */
export type ReminderFailure =
  'permission' | 'device' | 'full' | 'not-found' | 'busy' | 'unavailable';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; failure: ReminderFailure };

interface ServiceError {
  name?: string;
  statusCode?: number;
  response?: { code?: string } | undefined;
}

export function classify(error: unknown): ReminderFailure {
  const e = error as ServiceError;
  if (e?.name !== 'ServiceError' || typeof e.statusCode !== 'number') return 'unavailable';
  const code = typeof e.response === 'object' ? e.response?.code : undefined;
  if (e.statusCode === 403 && code === 'DEVICE_NOT_SUPPORTED') return 'device';
  if (e.statusCode === 403 && code === 'MAX_REMINDERS_EXCEEDED') return 'full';
  if (e.statusCode === 401 || e.statusCode === 403) return 'permission';
  if (e.statusCode === 404) return 'not-found';
  if (e.statusCode === 429) return 'busy';
  return 'unavailable';
}

export interface RemindersApi {
  create(body: services.reminderManagement.ReminderRequest): Promise<ApiResult<string>>;
  update(
    token: string,
    body: services.reminderManagement.ReminderRequest,
  ): Promise<ApiResult<string>>;
  get(token: string): Promise<ApiResult<services.reminderManagement.GetReminderResponse>>;
  remove(token: string): Promise<ApiResult<void>>;
}

async function attempt<T>(call: () => Promise<T>): Promise<ApiResult<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, failure: classify(error) };
  }
}

export function remindersApi(input: HandlerInput): RemindersApi {
  const client = () => {
    if (!input.serviceClientFactory) throw new Error('The skill has no API client');
    return input.serviceClientFactory.getReminderManagementServiceClient();
  };
  const tokenOf = (r: services.reminderManagement.ReminderResponse) => {
    if (!r?.alertToken) throw new Error('The Reminders API answered without an alert token');
    return r.alertToken;
  };
  return {
    create: (body) => attempt(async () => tokenOf(await client().createReminder(body))),
    // An update answers with the reminder it changed; its token stays the same.
    update: (token, body) =>
      attempt(async () => (await client().updateReminder(token, body))?.alertToken ?? token),
    get: (token) => attempt(() => client().getReminder(token)),
    remove: (token) => attempt(() => client().deleteReminder(token)),
  };
}
