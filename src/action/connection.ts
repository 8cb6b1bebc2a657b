/**
 * The connection to neuroflash, opened for the phases that read or write the workspace.
 * Every secret the client sees is masked before it can print.
 */
import * as core from '@actions/core';
import type { Connection, ConnectionSettings } from '../engine.js';
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
    const connection = await deps.connect(connectionSettings(inputs, credentials));
    infoUntrusted(`Workspace: ${connection.workspace.name} (${connection.workspace.id})`);
    return connection;
  });
  state.workspace = connection.workspace;
  return connection;
}

/** How to reach neuroflash, and where the client logs. */
function connectionSettings(inputs: ActionInputs, credentials: Credentials): ConnectionSettings {
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
  };
}
