/**
 * The client's redactor is the process's one redactor (`src/redact.ts`): a secret the
 * client learns (an access token) is then masked in every channel, not only in the
 * client's own messages.
 */
export { Redactor, redact, registerSecret, secrets } from '../redact.js';
