// Office Open XML files: Excel workbooks (.xlsx, .xlsm) and Word documents (.docx, .docm),
// where much of an operator's PI sits outside its databases (customer lists, real-name
// registration sheets, contracts, forms). They are ZIP archives of XML parts (libzip and
// expat, both Debian packages); each scannable part is rendered as text a reader already
// knows, streaming, and scanned as an input of its own:
//
//   - a worksheet as CSV: one line per row, so a finding's line is the Excel row number
//     (rows the sheet skips are empty lines, line breaks inside a cell become blanks), and one
//     field per column from A on (empty fields for columns the row skips), so the header row
//     gives each column its name as in a CSV export. Shared strings, inline strings and
//     formula results are the cells' text; numbers as stored (Excel keeps no more than 15
//     significant digits of a number: an 18-digit ID typed as a number is already damaged in
//     the file), except that a number in a date or time format (xl/styles.xml) is shown as
//     a date ("1985-03-12"), a date and time or a time, as Excel shows it;
//   - a document's body as text: one line per paragraph (tabs kept), deleted text of tracked
//     changes included (it is still in the file), text boxes once (not their mc:Fallback). A table is either a form or a list: a form
//     (登记表, 申请表) has field names in its first column and their values beside them
//     (`姓名 | 吴敏 | 性别 | 女`), and each row becomes "姓名：吴敏　性别：女"; a list has its
//     header in the first row and becomes a Markdown pipe table, whose header names the
//     columns. A table is a form when, in its first two rows, the first cell is a field name
//     and the second is not (`is_field_name`, the scanner's field classification). The
//     headers, footers, footnotes, endnotes and comments are rendered the same way, each a
//     part of its own after the body, labelled by its entry name ("header1", "comments").
//
// Offsets of findings in such an input refer to the rendered text, not to the ZIP file.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "formats/byte_source.h"
#include "piguard/scan_job.h"
#include "piguard/status.h"

namespace piguard::formats {

// kLegacyWorkbook: Excel 97-2003 (.xls) and WPS (.et) workbooks, BIFF records in an OLE2
// compound file, read with FreeXL (formats/xls.h).
// kPdf: a PDF document, its text extracted by pdftotext (formats/pdf.h).
// kOfd: an OFD document (GB/T 33190: e-invoices, official documents), laid out from its
// pages' XML (formats/ofd.h).
// kLegacyDocument: a Word 97-2003 document, its text from antiword (formats/doc.h).
// kPresentation: a PowerPoint deck (.pptx), each slide and its notes a part ("slide3",
// "notes3") rendered as a document's body is.
// kOpenDocument: an OpenDocument text, spreadsheet, presentation or drawing (.odt, .ods, .odp,
// .odg and their templates; formats/odf.h).
// kOutlookMessage: an Outlook message (.msg), as MIME from Email::Outlook::Message
// (formats/msg.h).
// kRtf: an RTF document (.rtf, or RTF under a .doc name), rendered by formats/rtf.h.
// kLegacyPresentation: a PowerPoint 97-2003 or WPS Presentation deck (.ppt, .pps, .pot, .dps,
// .dpt), each slide and its notes a part (formats/ppt.h).
// kImage: an image, its text read by OCR (formats/ocr.h; only with --ocr, chosen by content).
// kSqliteDatabase: an SQLite database, each table a part read as CSV (formats/sqlite_db.h;
// chosen by content: "SQLite format 3").
// kAvro: an Avro object container file, its records one part of JSON Lines (formats/avro.h;
// chosen by content: "Obj" 0x01).
// kPcap: a packet capture, its packets' identifier fields one part of TSV (formats/pcap.h;
// chosen by content: the pcap or pcapng magic).
enum class OfficeKind {
  kNone, kWorkbook, kDocument, kLegacyWorkbook, kPdf, kOfd, kLegacyDocument, kPresentation, kImage,
  kOpenDocument, kOutlookMessage, kRtf, kLegacyPresentation, kSqliteDatabase, kAvro, kPcap
};

// By the file name (.xlsx, .xlsm, .docx, .docm, .pptx, .pptm, .ppsx, .xls, .et, .pdf, .ofd,
// .doc, .dot, .wps, .rtf, .odt, .ott, .ods, .ots, .odp, .otp, .odg, .otg, .msg, .ppt, .pps,
// .pot, .dps, .dpt, any case): whether to try OpenOffice.
OfficeKind OfficeKindByName(std::string_view path);

struct OfficePart {
  OfficePart() = default;
  OfficePart(std::string l, InputFormat f, std::unique_ptr<ByteSource> s,
             std::function<bool(OfficePart*)> m = nullptr)
      : label(std::move(l)), format(f), source(std::move(s)), more(std::move(m)) {}

  std::string label;    // a worksheet's name; empty for a document's body, "header1",
                        // "footer2", "footnotes", "endnotes" or "comments" for its other parts
  InputFormat format = InputFormat::kText;  // kCsv (worksheet) or kText (document)
  std::unique_ptr<ByteSource> source;  // the rendered text
  // Set on a listed part of a file whose parts are found as it is read, in one pass (an
  // OpenDocument spreadsheet's sheets and presentation's pages are all in one XML part):
  // called after this part was read, it stores the next part (with its own `more`) in *next
  // and returns true, or returns false after the last. ForEachPart follows it before it goes
  // on to the next listed part (the file's embedded objects).
  std::function<bool(OfficePart* next)> more;
  // The text is an e-mail message (an Outlook message as MIME): read as an .eml file is.
  bool mail = false;
  // The source is a file embedded in this one (an .xlsx in a .docx's word/embeddings/, an OLE
  // object such as oleObject1.bin), named by `label`: read as an archive's member of that name
  // is (formats/ole_object.h unwraps OLE objects), not as rendered text.
  bool embedded = false;
};

// Calls `f` on each part in order, the listed ones and those their `more` gives, until `f`
// returns false. A part is released before `more` is asked for the next one.
void ForEachPart(std::vector<OfficePart>& parts, const std::function<bool(OfficePart&)>& f);

// The parts of the Office file at `path`, in order (worksheets in the workbook's order,
// hidden ones included). An empty list with an OK status when the file is not a ZIP archive
// (for .xls and .et: not an OLE2 compound file) at all: a CSV export saved under a .xlsx
// name, or the HTML table many systems export as .xls, is scanned as what it is. An error names the
// file and what is wrong with it: not a workbook/document, a part missing, bad XML (reading a
// part may also fail later, after what came before the fault was returned).
// Whether a table cell's text names a field (姓名, 联系电话, 出生日期): ClassifyField's view.
using FieldNamePredicate = std::function<bool(std::string_view)>;
// `ocr`: a PDF without text is read by OCR (--ocr).
Result<std::vector<OfficePart>> OpenOffice(const std::string& path, OfficeKind kind,
                                           FieldNamePredicate is_field_name, bool ocr = false);

// What a ZIP archive is by its entries, whatever its name: a workbook (xl/workbook.xml), a
// document (word/document.xml), a presentation (ppt/presentation.xml), an OFD document
// (OFD.xml) or an OpenDocument file (content.xml with a mimetype or META-INF/manifest.xml); kNone for any other archive or what is no ZIP archive. For a .docx sent through
// a pipe or saved without its extension, which would otherwise be opened as an archive and
// its XML scanned as text.
OfficeKind OfficeKindOfZip(const std::string& path);
OfficeKind OfficeKindOfZipBytes(std::string_view bytes);

// What an OLE2 compound file is by its streams, whatever its name: a PowerPoint deck
// ("PowerPoint Document"), a Word document ("WordDocument"), an Excel workbook ("Workbook" or
// "Book") or an Outlook message ("__properties_version1.0"); kNone for anything else or what
// is no compound file. For such a file saved without its extension or under another one.
OfficeKind OfficeKindOfCompoundFile(const std::string& path);
OfficeKind OfficeKindOfCompoundBytes(std::string_view bytes);

// What a file is by its first bytes when piguard reads it whatever its name: an SQLite
// database, an Avro data file or a packet capture (kSqliteDatabase, kAvro, kPcap); kNone for
// anything else.
OfficeKind OfficeKindOfDataFile(std::string_view head);

// Appends `text` as one CSV field: quoted when it holds a delimiter or a quote; line breaks
// become blanks, so that a worksheet's lines stay its rows.
void AppendCsvField(std::string* out, std::string_view text);

// The same for a workbook or document already in memory (tests, fuzzing); `name` is used in
// messages. `bytes` must outlive the parts.
Result<std::vector<OfficePart>> OpenOfficeBytes(std::string_view bytes, OfficeKind kind,
                                                const std::string& name,
                                                FieldNamePredicate is_field_name, bool ocr = false);

}  // namespace piguard::formats
