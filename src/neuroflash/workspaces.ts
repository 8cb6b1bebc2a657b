/** Choosing the workspace to sync: pure, so every rule is testable without a server. */
import type { Workspace } from '../model.js';
import { WorkspaceError } from './api.js';

function listing(workspaces: Workspace[]): string {
  return workspaces.map((w) => `\n  - ${w.name} (id ${w.id})`).join('');
}

/**
 * Picks a workspace: `idOrName` as an exact id, else as an exact name, else as a name
 * compared trimmed and case-insensitively when that matches exactly one. With nothing
 * given, the only workspace. Anything else throws a `WorkspaceError` that lists each
 * workspace's name and id, so the user can copy the right one.
 */
export function chooseWorkspace(workspaces: Workspace[], idOrName?: string): Workspace {
  const wanted = idOrName?.trim() ?? '';
  if (wanted === '') {
    const [only] = workspaces;
    if (workspaces.length === 1 && only) return only;
    if (workspaces.length === 0) {
      throw new WorkspaceError('The account can reach no workspace.', workspaces);
    }
    throw new WorkspaceError(
      `The account can reach ${workspaces.length} workspaces; choose one by id or name:${listing(workspaces)}`,
      workspaces,
    );
  }

  const byId = workspaces.find((w) => w.id === idOrName || w.id === wanted);
  if (byId) return byId;

  const candidates = [
    workspaces.filter((w) => w.name === idOrName),
    workspaces.filter((w) => w.name.trim().toLowerCase() === wanted.toLowerCase()),
  ];
  for (const matches of candidates) {
    const [match] = matches;
    if (matches.length === 1 && match) return match;
    if (matches.length > 1) {
      throw new WorkspaceError(
        `${matches.length} workspaces are named "${wanted}"; choose one by id:${listing(matches)}`,
        matches,
      );
    }
  }

  const known =
    workspaces.length === 0
      ? ' The account can reach no workspace.'
      : ` It can reach:${listing(workspaces)}`;
  throw new WorkspaceError(`No workspace has the id or name "${wanted}".${known}`, workspaces);
}
