/** The audience files: discovery, parsing with positions, validation and printing. */
export { discoverFiles, findAudienceFiles } from './discover.js';
export { formatProblem, formatSummary, hasErrors, sortProblems } from './format.js';
export { type AudienceSource, loadAudiences } from './load.js';
