/**
 * `imsmanifest.xml` for a SCORM 1.2 or SCORM 2004 (4th edition) package: one organisation, one item per
 * worksheet, each item a SCO with its own launch page, and one shared asset resource (the loader and its
 * folder, the language files, and the launch page's script and styles). Plain text building with every value escaped.
 */
import type { ScormVersion } from '../scorm/api.js';

export interface ManifestItem {
  /** Letters, digits, `-`, `_`, `.`: becomes part of the XML ids. */
  name: string;
  title: string;
  /** The launch page, relative to the package root. */
  href: string;
  /** Files this SCO alone uses (its page and document). */
  files: string[];
}

export interface ManifestOptions {
  version: ScormVersion;
  /** Unique id of the package (an XML NCName). */
  identifier: string;
  title: string;
  items: ManifestItem[];
  /** Files every SCO uses. */
  sharedFiles: string[];
}

/** Text for XML content or a double-quoted attribute. Characters XML 1.0 forbids are dropped. */
export const escapeXml = (text: string): string =>
  text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** A file path as a URI reference in the manifest (spaces and other unsafe characters percent-encoded). */
const href = (path: string): string => escapeXml(path.split('/').map(encodeURIComponent).join('/'));

const NAMESPACES: Record<ScormVersion, string> = {
  '1.2': [
    'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
  ].join('\n  '),
  '2004': [
    'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
    'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
    'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
    'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
  ].join('\n  '),
};

export function scormManifest(options: ManifestOptions): string {
  const { version } = options;
  // SCORM 1.2 spells the attribute `scormtype`, SCORM 2004 `scormType`.
  const scormType = version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType';
  const items = options.items
    .map(
      (item, i) => `      <item identifier="item-${i + 1}-${escapeXml(item.name)}" identifierref="sco-${i + 1}-${escapeXml(item.name)}" isvisible="true">
        <title>${escapeXml(item.title)}</title>
      </item>`,
    )
    .join('\n');
  const resources = options.items
    .map(
      (item, i) => `    <resource identifier="sco-${i + 1}-${escapeXml(item.name)}" type="webcontent" ${scormType}="sco" href="${href(item.href)}">
${item.files.map((f) => `      <file href="${href(f)}"/>`).join('\n')}
      <dependency identifierref="shared"/>
    </resource>`,
    )
    .join('\n');
  // SCORM 2004: learners may choose any worksheet in the LMS's menu, and also step through them in order.
  const sequencing = version === '2004' ? '\n      <imsss:sequencing>\n        <imsss:controlMode choice="true" flow="true"/>\n      </imsss:sequencing>' : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(options.identifier)}" version="1"
  ${NAMESPACES[version]}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${version === '1.2' ? '1.2' : '2004 4th Edition'}</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${escapeXml(options.title)}</title>
${items}${sequencing}
    </organization>
  </organizations>
  <resources>
${resources}
    <resource identifier="shared" type="webcontent" ${scormType}="asset">
${options.sharedFiles.map((f) => `      <file href="${href(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}
