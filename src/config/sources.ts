/**
 * Loading from text in memory instead of files (the tests, the export's and bootstrap's
 * check of what they wrote): synchronous, with the full parser loaded up front.
 */
import type { LoadResult } from '../model.js';
import { checkFiles } from './check.js';
import { combineChecks } from './load.js';
import { locatorFor } from './parse.js';
import type { AudienceSource } from './quick-check.js';

/** The same as `loadAudiences`, on in-memory sources. */
export function loadFromSources(sources: AudienceSource[]): LoadResult {
  return combineChecks(sources, checkFiles(sources), locatorFor);
}
