// The Action's entry point in the bundle: dist/index.js calls run(). The logic lives in
// src/action/, whose index.ts is the entry point that a test or the local runner imports.
//
// CommonJS on purpose: ncc then emits a CommonJS bundle, which Node starts about 3 ms
// faster than an ES module (no module loader to set up) and whose chunks load with a
// synchronous require. The bundle sits in dist/, its load worker in dist/load-worker/.
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { run } = require('./action/index.ts');

void run({ loadWorker: pathToFileURL(path.join(__dirname, 'load-worker', 'index.js')) });
