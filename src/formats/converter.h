// Text from a converter program run in a child process: pdftotext for PDF (formats/pdf.cc),
// antiword for Word 97-2003 (formats/doc.cc), tesseract for images and scanned PDFs
// (formats/ocr.cc). Such programs are large parsers of hostile binary formats that we did not
// write; a file that crashes one ends only the child, and how the child ended becomes the
// input's error, after the text it gave was scanned.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "formats/byte_source.h"
#include "piguard/status.h"

namespace piguard::formats {

struct Converter {
  std::string program = {};       // run by name from PATH: "pdftotext"
  std::string display = {};       // its name in messages, when not `program`
  std::vector<std::string> args = {};  // before the file: {"-q", "-layout", "-enc", "UTF-8"}
  std::vector<std::string> args_after = {};  // after the file: {"-"}
  std::string package = {};       // the Debian package(s) that have it: "poppler-utils"
  std::string files = {};         // what it reads, for messages: "PDF files"
  // The error for an exit status other than 0 and 127 ("" for the generic one, which says
  // the file is damaged or encrypted).
  std::string (*exit_message)(int status) = nullptr;
  // The error when the output has no visible character (a scan without text); "" when that
  // is no error.
  std::string no_text = {};
  // When the output has no visible character: this converter is run on the same file instead
  // and its text read (the OCR of a scanned PDF); null for none.
  const Converter* fallback = nullptr;
  // The error when the program wrote to its standard error, whatever its exit status ("" for
  // none: standard error is ignored). For a program that reports a read error there and
  // still exits 0 (avrocat): without it, a file cut short would look read to its end. What
  // the program wrote is not shown (it may quote the file).
  std::string error_output = {};
};

// The converter's output for the file at `path` (the name in messages). Its Read fails,
// naming the file, when the program is missing (exit status 127), is killed, runs out of
// CPU time (ten minutes), exits with another status, or gives no text at all. NUL bytes in
// the output (damaged font maps) are read as blanks.
Result<std::unique_ptr<ByteSource>> RunConverter(const Converter& c, const std::string& path);

// The same for a file in memory (a member of an archive): the bytes go to a temporary file
// (mode 0600) whose name is removed at once; the child reads it through a descriptor it
// inherits, so nothing is left behind however it ends.
Result<std::unique_ptr<ByteSource>> RunConverterOnBytes(const Converter& c, std::string_view bytes,
                                                        const std::string& name);

}  // namespace piguard::formats
