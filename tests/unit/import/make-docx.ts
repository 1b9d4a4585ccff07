// Builds a minimal .docx in memory: a zip with the parts Word and mammoth need, plus a picture
// part when a paragraph holds one.
import { strToU8, zipSync, type Zippable } from 'fflate';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A cell: its text, or its text with a horizontal span, or the start/continuation of a vertical merge. */
export type DocxCell = string | { text: string; colSpan?: number; vMerge?: 'restart' | 'continue' };

/** A body block: a paragraph of text, a table of rows, or a paragraph holding a picture. */
export type DocxBlock = string | { table: DocxCell[][] } | { picture: string };

// A 1×1 transparent PNG.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

function cell(c: DocxCell): string {
  if (typeof c === 'string') return `<w:tc>${paragraph(c)}</w:tc>`;
  const props = [
    c.colSpan ? `<w:gridSpan w:val="${c.colSpan}"/>` : '',
    c.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.vMerge === 'continue' ? '<w:vMerge/>' : '',
  ].join('');
  return `<w:tc><w:tcPr>${props}</w:tcPr>${paragraph(c.text)}</w:tc>`;
}

const picture = (alt: string, id: number) =>
  '<w:p><w:r><w:drawing><wp:inline>' +
  `<wp:docPr id="${id}" name="Picture ${id}" descr="${escapeXml(alt)}"/>` +
  '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>' +
  '<pic:blipFill><a:blip r:embed="rIdPicture"/></pic:blipFill>' +
  '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';

/** The XML of word/document.xml for these blocks. */
export function documentXml(blocks: readonly DocxBlock[]): string {
  let pictures = 0;
  const body = blocks
    .map((block) => {
      if (typeof block === 'string') return paragraph(block);
      if ('table' in block)
        return `<w:tbl>${block.table.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
      return picture(block.picture, ++pictures);
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"' +
    ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"' +
    ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"' +
    ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"' +
    ' xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<w:body>${body}</w:body></w:document>`
  );
}

/** The parts of a .docx holding `blocks`, to be zipped (or tampered with first). */
export function docxParts(blocks: readonly DocxBlock[]): Zippable {
  return {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Default Extension="png" ContentType="image/png"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rIdPicture" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>' +
        '</Relationships>',
    ),
    'word/media/image1.png': PNG,
    'word/document.xml': strToU8(documentXml(blocks)),
  };
}

/** A .docx whose body holds one paragraph per string of `blocks`, and tables and pictures. */
export function makeDocx(blocks: readonly DocxBlock[]): Uint8Array {
  return zipSync(docxParts(blocks));
}
