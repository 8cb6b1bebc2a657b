/**
 * Which hosts count as this machine, where `http://` is allowed (the emulator). Its own
 * module, so that the Action's input checks can use it without loading the client.
 */

/** Whether `hostname` (as `URL` spells it) is this machine: localhost, 127.0.0.0/8 or ::1. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '[::1]') return true;
  // `URL` writes an IPv4-mapped loopback address in hex: [::ffff:7f00:1].
  if (/^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host)) return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
