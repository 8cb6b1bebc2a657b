import type { Connection, ConnectionSettings } from '../engine.js';
import type { NeuroflashApi } from '../neuroflash/api.js';
import type { ClientOptions } from '../neuroflash/client.js';

/**
 * What a command sees of the world: where it writes, its environment, its working folder,
 * and whether a person is at a terminal. The entry point (`src/cli-entry.ts`) hands in
 * the real process; tests hand in a capture. Commands and the dispatcher both import
 * this module, and it imports neither.
 */

/** Where the CLI writes, and what it reads from its environment: injected for tests. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** stdout is a terminal: colour and redrawn progress lines are welcome. */
  isTTY: boolean;
  /**
   * Asks a person a yes/no question on the terminal and resolves with their answer
   * line; absent when stdin is not a terminal, so no one can answer.
   */
  ask?: (question: string) => Promise<string>;
}

/** What the network commands take besides their arguments: the connection seam. */
export interface CommandDeps {
  /** Opens a connection; the engine's `connect` unless a test supplies another. */
  connect?: Connect;
  /** Creates the neuroflash client for `doctor`; the real one unless a test supplies another. */
  createClient?: (options: ClientOptions) => NeuroflashApi;
}

/** Opens a connection (client plus resolved workspace). */
export type Connect = (settings: ConnectionSettings) => Promise<Connection>;
