/**
 * The connection to neuroflash, opened for the phases that read or write the workspace.
 * Every secret the client sees is masked before it can print.
 */
import * as core from '@actions/core';
import { Inputs } from '../constants.js';
import {
  type Connection,
  type ConnectionSettings,
  type EarlyReads,
  type RemoteState,
  startReads,
} from '../engine.js';
import { infoUntrusted } from '../github/log.js';
import type { ActionInputs, Credentials } from './inputs.js';
import type { RunDependencies, RunState } from './state.js';

/** Opens the connection in the log group "Read the remote"; the workspace goes to `state`. */
export async function openConnection(
  state: RunState,
  inputs: ActionInputs,
  credentials: Credentials,
  deps: RunDependencies,
): Promise<Connection> {
  const connection = await core.group('Read the remote', async () => {
    const connection = await deps.connect(connectionSettings(state, inputs, credentials));
    infoUntrusted(`Workspace: ${connection.workspace.name} (${connection.workspace.id})`);
    return connection;
  });
  state.workspace = connection.workspace;
  return connection;
}

/**
 * Starts the reads of a sync (token, workspace lookup, list) so that they overlap the
 * validation of the files; the caller discards them if a file is invalid.
 */
export function startRemoteReads(
  state: RunState,
  inputs: ActionInputs,
  credentials: Credentials,
  deps: RunDependencies,
): EarlyReads {
  return startReads(connectionSettings(state, inputs, credentials), deps.connect);
}

/**
 * The reads of `startRemoteReads`, awaited in the log group "Read the remote". The
 * workspace goes to `state` as soon as it is known, so that a failed list still names it.
 */
export async function awaitRemote(state: RunState, reads: EarlyReads): Promise<RemoteState> {
  return core.group('Read the remote', async () => {
    const { workspace } = await reads.connected;
    infoUntrusted(`Workspace: ${workspace.name} (${workspace.id})`);
    state.workspace = workspace;
    return reads.ready;
  });
}

/**
 * How to reach neuroflash, where the client logs, and when it stops: at the end of the
 * time budget (`timeout-minutes`, counted from the start of the run), or when a cancel
 * cuts the calls in flight.
 */
function connectionSettings(
  state: RunState,
  inputs: ActionInputs,
  credentials: Credentials,
): ConnectionSettings {
  return {
    apiUrl: inputs.apiUrl,
    tokenUrl: inputs.tokenUrl,
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    workspace: inputs.workspace,
    onSecret: (value) => core.setSecret(value),
    // The client's info lines can carry audience names (a create found after its response
    // was lost): fenced, so that a name cannot act as a workflow command. Debug lines and
    // warnings are commands whose message `@actions/core` escapes, so they cannot.
    log: {
      debug: (message) => core.debug(message),
      info: (message) => infoUntrusted(message),
      warning: (message) => core.warning(message),
    },
    deadline: state.startedAt + inputs.timeoutMinutes * 60_000,
    budgetLabel: `${inputs.timeoutMinutes} min (${Inputs.TimeoutMinutes})`,
    ...(state.cancel ? { signal: state.cancel.cut } : {}),
  };
}
