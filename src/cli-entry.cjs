// The command line's entry point in the bundle: dist/cli/index.js runs main().
//
// CommonJS on purpose, as the Action's (src/index.cjs): Node starts a CommonJS bundle
// sooner than an ES module, and its chunks load with a synchronous require. The bundle
// sits in dist/cli/, its load worker in dist/load-worker/.
require('./v8-tuning.ts');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { main } = require('./cli-main.ts');

void main(pathToFileURL(path.join(__dirname, '..', 'load-worker', 'index.js')));
