/** The audience files: discovery, parsing with positions, validation and printing. */
export { discoverFiles, findAudienceFiles } from './discover.js';
export { formatProblem, formatSummary, sortProblems } from './format.js';
export { type AudienceSource, loadAudiences, loadFromSources } from './load.js';
