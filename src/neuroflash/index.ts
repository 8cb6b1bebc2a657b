/** The neuroflash client's public surface. */
export type { AudienceApi, NeuroflashApi } from './api.js';
export { ApiError, AuthError, WorkspaceError } from './api.js';
export type { ClientOptions } from './client.js';
export { createNeuroflashClient } from './client.js';
export type { Logger, RetryEvent } from './http.js';
