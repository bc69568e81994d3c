#include "formats/pdf.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string_view>

#include "formats/converter.h"

namespace piguard::formats {
namespace {

const Converter& Pdftotext() {
  static const Converter c = {
      "pdftotext",
      {"-q", "-layout", "-enc", "UTF-8"},
      {"-"},
      "poppler-utils",
      "PDF files",
      [](int status) -> std::string {
        return status == 3 ? "its permissions forbid extracting the text; not scanned" : "";
      },
      "has no text to scan: its pages are images (a scan?), and piguard does no OCR"};
  return c;
}

// Readers accept the header anywhere in the first 1024 bytes (ISO 32000-1, annex H).
bool HasPdfHeader(std::string_view head) {
  return head.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

}  // namespace

Result<std::unique_ptr<ByteSource>> OpenPdf(const std::string& path) {
  {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return IoError(path + ": cannot open: " + std::strerror(errno));
    char head[1024];
    const size_t got = std::fread(head, 1, sizeof head, f);
    std::fclose(f);
    if (!HasPdfHeader(std::string_view(head, got))) return std::unique_ptr<ByteSource>();
  }
  return RunConverter(Pdftotext(), path);
}

Result<std::unique_ptr<ByteSource>> OpenPdfBytes(std::string_view bytes, const std::string& name) {
  if (!HasPdfHeader(bytes)) return std::unique_ptr<ByteSource>();
  return RunConverterOnBytes(Pdftotext(), bytes, name);
}

}  // namespace piguard::formats
