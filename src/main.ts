import * as core from '@actions/core';

/** The Action's wiring. A placeholder until the engine lands. */
export async function run(): Promise<void> {
  core.info('audience-sync: not wired yet');
}
