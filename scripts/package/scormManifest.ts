// imsmanifest.xml for SCORM 1.2, from the template beside this file: one SCO (the built lesson),
// every file of it listed with a relative path, and the pass mark from the lesson's manifest.
import { readFileSync } from 'node:fs';

export const SCORM12_TEMPLATE = new URL('./imsmanifest.scorm12.xml', import.meta.url);

/** The schema files SCORM 1.2 packages carry beside their manifest. */
export const SCORM12_SCHEMAS = [
  'imscp_rootv1p1p2.xsd',
  'adlcp_rootv1p2.xsd',
  'imsmd_rootv1p2p1.xsd',
  'ims_xml.xsd',
] as const;

export interface ScormManifestInput {
  /** An XML id: letters, digits, "-" and "_", starting with a letter. */
  readonly identifier: string;
  readonly version: string;
  readonly title: string;
  /** The manifest's masteryScore as a share (0.8); SCORM 1.2 wants 0 to 100. */
  readonly masteryScore: number;
  /** The page the LMS opens, relative to the package's root. */
  readonly launch: string;
  /** Every file of the SCO, relative, with "/" between folders. */
  readonly files: readonly string[];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A path the package can hold: relative, forward slashes, no way out of the package. */
export function isPackagePath(path: string): boolean {
  return (
    path.length > 0 &&
    !path.startsWith('/') &&
    !path.includes('\\') &&
    !/^[a-z][a-z0-9+.-]*:/i.test(path) &&
    path.split('/').every((part) => part !== '' && part !== '.' && part !== '..')
  );
}

export function scorm12Manifest(
  input: ScormManifestInput,
  template = readFileSync(SCORM12_TEMPLATE, 'utf8'),
): string {
  if (!/^[A-Za-z][\w-]*$/.test(input.identifier)) {
    throw new Error(`identifier: "${input.identifier}" is not an XML id`);
  }
  const bad = [input.launch, ...input.files].filter((file) => !isPackagePath(file));
  if (bad.length > 0) throw new Error(`files: not relative package paths: ${bad.join(', ')}`);
  if (!input.files.includes(input.launch)) {
    throw new Error(`launch: ${input.launch} is not among the files`);
  }
  // SCORM 1.2's masteryscore is a decimal from 0 to 100.
  const masteryScore = Math.round(input.masteryScore * 10_000) / 100;
  const files = [...input.files]
    .sort()
    .map((file) => `      <file href="${escapeXml(encodeURI(file))}"/>`)
    .join('\n');
  const values: Record<string, string> = {
    identifier: input.identifier,
    version: escapeXml(input.version),
    title: escapeXml(input.title),
    masteryScore: String(masteryScore),
    launch: escapeXml(encodeURI(input.launch)),
    files,
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`template: no value for {{${key}}}`);
    return value;
  });
}
