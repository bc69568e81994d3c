#include "formats/pdf.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string_view>

#include "formats/converter.h"
#include "formats/ocr.h"

namespace piguard::formats {
namespace {

// pdftotext's text; a PDF without any is an error, or, with --ocr, read by OCR instead.
const Converter& Pdftotext(bool ocr) {
  static const auto make = [](bool with_ocr) {
    return Converter{
        .program = "pdftotext",
        .args = {"-q", "-layout", "-enc", "UTF-8"},
        .args_after = {"-"},
        .package = "poppler-utils",
        .files = "PDF files",
        .exit_message = [](int status) -> std::string {
          return status == 3 ? "its permissions forbid extracting the text; not scanned" : "";
        },
        .no_text = "has no text to scan: its pages are images (a scan?); --ocr reads them",
        .fallback = with_ocr ? &PdfOcr() : nullptr};
  };
  static const Converter plain = make(false);
  static const Converter with_ocr = make(true);
  return ocr ? with_ocr : plain;
}

// Readers accept the header anywhere in the first 1024 bytes (ISO 32000-1, annex H).
bool HasPdfHeader(std::string_view head) {
  return head.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

}  // namespace

Result<std::unique_ptr<ByteSource>> OpenPdf(const std::string& path, bool ocr) {
  auto head = ReadFileHead(path, 1024);
  if (!head.ok()) return head.status();
  if (!HasPdfHeader(head.value())) return std::unique_ptr<ByteSource>();
  return RunConverter(Pdftotext(ocr), path);
}

Result<std::unique_ptr<ByteSource>> OpenPdfBytes(std::string_view bytes, const std::string& name,
                                                bool ocr) {
  if (!HasPdfHeader(bytes)) return std::unique_ptr<ByteSource>();
  return RunConverterOnBytes(Pdftotext(ocr), bytes, name);
}

}  // namespace piguard::formats
