/**
 * The two parts of undici the client uses, its connection pool (`Agent`) and `request`,
 * loaded on their own. undici's main module also loads fetch, WebSocket, cookies and the
 * mocks, and through them Node's own copy of undici: about 40 ms more before the first
 * request of every run that talks to neuroflash.
 */
import type { Dispatcher } from 'undici';
import apiRequest from 'undici/lib/api/api-request.js';
import AgentClass from 'undici/lib/dispatcher/agent.js';

export const Agent = AgentClass;
export type Agent = InstanceType<typeof AgentClass>;

/** undici's `request(url, options)` on the given dispatcher. */
export function request(
  url: string,
  options: Omit<Dispatcher.RequestOptions, 'origin' | 'path'> & { dispatcher: Dispatcher },
): Promise<Dispatcher.ResponseData> {
  const { dispatcher, ...rest } = options;
  const parsed = new URL(url);
  return apiRequest.call(dispatcher, {
    ...rest,
    origin: parsed.origin,
    path: `${parsed.pathname}${parsed.search}`,
  });
}
