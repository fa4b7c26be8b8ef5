// An esbuild plugin: the bundle carries only the REST endpoints Firebreak calls. @octokit/rest's
// endpoint plugin holds a table of every GitHub REST route (about 80 KiB minified) and walks it into a
// Map when it loads — on every run, for the few dozen routes Firebreak uses. The plugin's own code stays
// as it is; only its table (dist-src/generated/endpoints.js) is replaced with the routes that src/ names
// as `….rest.<scope>.<method>`, each copied unchanged from the full table. The build fails when src/ names
// a route the table does not have, or reaches `.rest` in any other way (the scan would miss it).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const TABLE = /@octokit[\\/]plugin-rest-endpoint-methods[\\/]dist-src[\\/]generated[\\/]endpoints\.js$/;
const CALL = /\.rest\.([A-Za-z]+)\.([A-Za-z]+)\b/g;
// An Octokit's `.rest` reached other than as `.rest.<scope>.<method>` (passed around, or indexed).
const OTHER = /\b\w*(?:client|octokit)(?:\(\))?\s*\.rest\b(?!\.[A-Za-z]+\.[A-Za-z]+\b)/i;

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The routes src/ calls, by scope and method name. */
export function usedRoutes(root) {
  const used = new Map();
  for (const file of sources(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const other = OTHER.exec(text);
    if (other) {
      const line = text.slice(0, other.index).split('\n').length;
      throw new Error(
        `${relative(root, file)}:${line}: reach REST routes as client.rest.<scope>.<method>(…) (scripts/rest-endpoints.mjs)`,
      );
    }
    for (const [, scope, method] of text.matchAll(CALL)) used.set(`${scope}.${method}`, [scope, method]);
  }
  return [...used.values()];
}

export async function restEndpointsPlugin(root) {
  const full = join(root, 'node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js');
  const { default: endpoints } = await import(pathToFileURL(full).href);
  const subset = {};
  // `.rest.<scope>.<method>` on something that is not an Octokit (no such scope) is not a route.
  for (const [scope, method] of usedRoutes(root).filter(([scope]) => Object.hasOwn(endpoints, scope))) {
    const endpoint = endpoints[scope][method];
    if (!endpoint)
      throw new Error(`src/ calls rest.${scope}.${method}, which @octokit/plugin-rest-endpoint-methods does not have`);
    (subset[scope] ??= {})[method] = endpoint;
  }
  return {
    name: 'firebreak-rest-endpoints',
    setup(esbuild) {
      esbuild.onLoad({ filter: TABLE }, () => ({
        contents: `// The REST routes Firebreak calls (scripts/rest-endpoints.mjs).\nconst ENDPOINTS = ${JSON.stringify(subset)};\nexport default ENDPOINTS;\n`,
        loader: 'js',
      }));
    },
  };
}
