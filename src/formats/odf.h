// OpenDocument files (ISO/IEC 26300): what LibreOffice writes by default, and what WPS Office
// and Microsoft Office write when a document is saved as .odt, .ods or .odp — the format
// public bodies that avoid proprietary formats require. A ZIP archive whose content.xml holds
// the body and styles.xml the page styles (with a text document's headers and footers).
//
// piguard renders them as it renders the Office Open XML files (formats/office.h):
//   - a text document (.odt, .ott) as paragraphs, one line each; tables as forms
//     ("姓名：吴敏　性别：女") or Markdown lists (formats/table_text.h); footnotes, endnotes
//     and comments on lines of their own after the paragraph they are anchored in; deleted
//     text of tracked changes included (it is still in the file); the headers and footers of
//     the page styles as a part of their own ("headers");
//   - a spreadsheet (.ods, .ots) as CSV, one part per sheet labelled by its name: one line
//     per row, so a finding's line is the row number, one field per column from A on, so the
//     header row names the columns. Repeated rows and cells (table:number-rows-repeated,
//     table:number-columns-repeated) are expanded, except the empty ones at the end of a row
//     or sheet, which every writer adds up to the sheet's last column and row. A number is
//     shown as stored (office:value), a date as "1985-03-12" (or "1985-03-12 08:30:00"), a
//     time as "08:30:00", text as written. Comments in cells are not read;
//   - a presentation or drawing (.odp, .otp, .odg, .otg) as one part per page ("slide3") and
//     one per page's speaker notes when they have text ("notes3"), rendered as documents are;
//   - a chart (.odc, or a chart embedded in any of these) as a text document: its title,
//     legend and data table.
//
// A spreadsheet's sheets and a presentation's pages are all in content.xml, which is read
// once, as a stream: the first part is returned, and each part's OfficePart::more finds the
// next as the XML goes on (a part's text waits in memory only while the XML that holds it is
// parsed).
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "formats/office.h"

namespace piguard::formats {

namespace zipxml {
struct Archive;  // formats/zip_xml.h
}

// Whether `head` (a file's first bytes, a few KiB) is a flat OpenDocument file (.fodt, .fods,
// .fodp, .fodg: the whole document as one XML file, root element office:document) or an
// OpenDocument file's content.xml on its own (office:document-content, as an embedded
// document's is read). Such a file is opened as an Archive whose content.xml and styles.xml are
// both the file (zipxml::Archive::flat) and rendered as the archive would be.
bool LooksLikeFlatOpenDocument(std::string_view head);
// Whether `head` ends before LooksLikeFlatOpenDocument can tell: in the XML prolog, or in the
// root element's name. A stream's first read may be this short.
bool FlatOpenDocumentUndecided(std::string_view head);

// The parts of the OpenDocument archive `a`: a text document's body (then its headers), or a
// spreadsheet's first sheet or a presentation's first page, the others through `more`. An
// error when it has no content.xml, is password-protected, or its XML fails before the first
// part; no part (an OK, empty list) for a body piguard does not render (a formula, a
// database), which is then read as the ZIP archive (or XML) it is. XML that fails later is an
// error of the part it cuts (after that part's text before the fault), or between two parts a
// part of its own with an empty label; no part follows it. The objects embedded in the file
// follow its own parts as OfficePart::embedded parts: OLE objects ("Object 2": a Word or Excel
// file, a packaged file) and documents ("Object 1": their content.xml, read as a flat document),
// as the manifest lists them (without one: LibreOffice's "Object N" entries).
Result<std::vector<OfficePart>> OdfParts(std::shared_ptr<zipxml::Archive> a,
                                         FieldNamePredicate is_field_name);

}  // namespace piguard::formats
