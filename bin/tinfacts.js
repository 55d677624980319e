#!/usr/bin/env node
// Runs the compiled command line; `npm install` builds it (the `prepare` script).
try {
  await import('../dist/cli/main.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli/main.js')) {
    console.error('tinfacts is not built yet: run `npm run build` (npm install does it) and try again.');
    process.exit(1);
  }
  throw error;
}
