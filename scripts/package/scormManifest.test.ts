import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { lesson } from '../../content/self-attention/lesson';
import { schemaSource } from './buildPackage';
import { SCORM12_SCHEMAS, isPackagePath, scorm12Manifest } from './scormManifest';

const files = [
  'index.html',
  'theme-init.js',
  'assets/index-Abc_1.js',
  'models/brown-tiny/weights.bin',
];
const input = {
  identifier: 'self-attention-scorm12',
  version: '1.0',
  title: lesson.title,
  masteryScore: lesson.masteryScore,
  launch: 'index.html',
  files,
};

// xmllint takes one schema: this one brings in both namespaces a SCORM 1.2 manifest uses.
const BOTH_NAMESPACES = `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xsd:schema>`;

async function validate(manifest: string) {
  const { folder } = schemaSource();
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: manifest }],
    schema: [{ fileName: 'scorm12.xsd', contents: BOTH_NAMESPACES }],
    preload: SCORM12_SCHEMAS.map((name) => ({
      fileName: name,
      contents: readFileSync(join(folder, name), 'utf8'),
    })),
  });
  return result.errors.map((e) => e.message);
}

describe('the SCORM 1.2 manifest', () => {
  it('is valid against the SCORM 1.2 schemas', async () => {
    expect(await validate(scorm12Manifest(input))).toEqual([]);
  });

  it('fails the schemas when it is not a SCORM 1.2 manifest (the check can fail)', async () => {
    const broken = scorm12Manifest(input)
      .replace('<organizations ', '<organisations ')
      .replace('</organizations>', '</organisations>');
    expect((await validate(broken)).length).toBeGreaterThan(0);
  });

  it('lists every file of the SCO, and launches index.html', () => {
    const manifest = scorm12Manifest(input);
    for (const file of files) expect(manifest).toContain(`<file href="${file}"/>`);
    expect(manifest.match(/<file /g)).toHaveLength(files.length);
    expect(manifest).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(manifest.match(/adlcp:scormtype="sco"/g)).toHaveLength(1);
  });

  it('takes the pass mark from the lesson’s manifest, as SCORM 1.2’s 0 to 100', () => {
    expect(scorm12Manifest(input)).toContain(
      `<adlcp:masteryscore>${String(lesson.masteryScore * 100)}</adlcp:masteryscore>`,
    );
  });

  it('escapes the title and refuses paths that leave the package', () => {
    expect(scorm12Manifest({ ...input, title: 'Q & A <1>' })).toContain(
      '<title>Q &amp; A &lt;1&gt;</title>',
    );
    for (const bad of ['/index.html', '../x.js', 'https://example.org/x.js', 'a//b', 'a\\b']) {
      expect(isPackagePath(bad)).toBe(false);
      expect(() => scorm12Manifest({ ...input, files: [...files, bad] })).toThrow(/files/);
    }
  });
});
