// Worker threads load compiled JavaScript: a module run from the TypeScript sources (the tests) finds
// its worker where the build put it, the same path under dist/ instead of src/.

/** The URL of `file` (relative, `./x-worker.js`) beside the module at `from` (its import.meta.url), compiled. */
export function compiledModule(file: string, from: string): URL {
  const url = new URL(file, from);
  if (!from.endsWith('.ts')) return url;
  // The project's own src/ is the last one in the path (the checkout may sit in another src/).
  const at = url.pathname.lastIndexOf('/src/');
  return new URL(`${url.pathname.slice(0, at)}/dist/${url.pathname.slice(at + '/src/'.length)}`, url);
}
