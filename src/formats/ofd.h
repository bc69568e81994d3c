// OFD documents (GB/T 33190-2016, 版式文档): China's fixed-layout format, in which the tax
// administration's fully digital e-invoices (数电票) and much government and bank paperwork are
// issued. An operator's finance and service shares keep them by the thousand, each with a
// buyer's name, taxpayer number (an individual's is the resident ID number), address, phone
// and bank account.
//
// An OFD file is a ZIP archive of XML parts: OFD.xml names each document's Document.xml, which
// lists its pages and templates; a page's Content.xml places text objects (TextObject with a
// Boundary, a font size and an optional CTM) whose TextCode elements hold the characters at
// positions in millimetres, y growing downwards. piguard lays each page out the way
// `pdftotext -layout` does a PDF's: text codes (the page's and its templates', where an
// invoice keeps its printed labels) are sorted into lines by their baselines and along each
// line by x, with one blank for a narrow gap and two for a wide one, so a form's label stays
// on the line of its value ("购买方信息  名称：张伟"). Pages follow one another, each ending with
// a form feed; the text is one input per document, and offsets and lines count that text.
#pragma once

#include <memory>
#include <vector>

#include "formats/office.h"

namespace piguard::formats {

namespace zipxml {
struct Archive;  // formats/zip_xml.h
}

// The documents of the OFD archive `a` (usually one), in OFD.xml's order: the first has an
// empty label, the others are labelled by their directory ("Doc_1"). An error when the archive
// has no OFD.xml or names no document; a page that cannot be read (missing, bad XML) is an
// error of the document's source after the pages before it, and a document without any text
// (pages of images only) is an error too, as for PDF (OCR reads images and PDF, not OFD).
Result<std::vector<OfficePart>> OfdParts(std::shared_ptr<zipxml::Archive> a);

}  // namespace piguard::formats
