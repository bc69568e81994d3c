// PDF documents: contracts, signed service agreements (入网协议), invoices and forms that an
// operator keeps as files. Their text is extracted by pdftotext (Debian's poppler-utils),
// run as a child process whose output is read as it comes: poppler is a large C++ parser of a
// complex format, and a crafted file that crashes it ends only the child. `-layout` keeps a
// form's label and value on one line (姓名  张伟  电话  138...), as the page shows them.
// The text is one input; offsets and lines count the extracted text, not the PDF's bytes,
// and pages follow one another, each starting with a form feed.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "formats/byte_source.h"
#include "piguard/status.h"

namespace piguard::formats {

// The extracted text of the PDF at `path`, or nullptr when the file is no PDF (no "%PDF-" in
// its first 1024 bytes: it is then read as what it is). The source's Read fails, naming the
// file, when pdftotext is missing, cannot read the file (damaged, encrypted with a password)
// or stops on it, and when the PDF has no text at all (its pages are images, as in a scan:
// such a file is reported as not scanned rather than as clean). With `ocr`, a PDF without
// text is read by OCR instead (formats/ocr.h).
Result<std::unique_ptr<ByteSource>> OpenPdf(const std::string& path, bool ocr = false);

// The same for a PDF in memory (a member of an archive); `name` is used in messages. The bytes
// are written to a temporary file (mode 0600) whose name is removed at once: pdftotext reads
// it through an inherited descriptor, and nothing is left behind however the child ends.
Result<std::unique_ptr<ByteSource>> OpenPdfBytes(std::string_view bytes, const std::string& name,
                                                bool ocr = false);

}  // namespace piguard::formats
