// `npm run audit:deps`: the packages a production install brings (from package-lock.json, so it
// needs no network) and their licences, checked against the licences this MIT project can ship.
// Security advisories need the registry's advisory service: see the README ("Dependencies").
import { readFileSync } from 'node:fs';

/** Licences whose terms an MIT-licensed static page can meet by keeping their notices. */
export const ALLOWED_LICENCES = [
  'MIT',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
];

/**
 * @typedef {{ name: string; version: string; licence: string; allowed: boolean }} Dependency
 * @param {string} lockText the text of package-lock.json (lockfile version 2 or 3)
 * @returns {Dependency[]}
 */
export function productionDependencies(lockText) {
  /** @typedef {{ version?: string; license?: string; dev?: boolean; devOptional?: boolean }} Entry */
  /** @type {unknown} */
  const parsed = JSON.parse(lockText);
  const lock = /** @type {{ packages?: Record<string, Entry> }} */ (parsed);
  if (!lock.packages)
    throw new Error('package-lock.json has no "packages": lockfile version 2 or 3 is needed.');
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.devOptional)
    .map(([path, entry]) => {
      const licence = entry.license ?? 'UNKNOWN';
      return {
        name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length),
        version: entry.version ?? '?',
        licence,
        allowed: ALLOWED_LICENCES.includes(licence),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const dependencies = productionDependencies(
    readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'),
  );
  console.log(`${dependencies.length} production dependencies (from package-lock.json):`);
  for (const d of dependencies) {
    console.log(
      `  ${d.name}@${d.version}  ${d.licence}${d.allowed ? '' : '  <- not in the allowed list'}`,
    );
  }
  const refused = dependencies.filter((d) => !d.allowed);
  if (refused.length > 0) {
    console.error(`${refused.length} licence(s) outside ${ALLOWED_LICENCES.join(', ')}.`);
    process.exit(1);
  }
}
