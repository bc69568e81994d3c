#include "formats/ocr.h"

namespace piguard::formats {
namespace {

enum class Image { kNone, kPng, kJpeg, kTiff, kBmp, kGif, kWebp };

Image KindOf(std::string_view h) {
  using namespace std::string_view_literals;
  auto starts = [&](std::string_view m) { return h.substr(0, m.size()) == m; };
  if (starts("\x89PNG\r\n\x1a\n"sv)) return Image::kPng;
  if (starts("\xFF\xD8\xFF"sv)) return Image::kJpeg;
  if (starts("II*\0"sv) || starts("MM\0*"sv)) return Image::kTiff;
  if (starts("GIF87a"sv) || starts("GIF89a"sv)) return Image::kGif;
  if (starts("RIFF"sv) && h.size() >= 12 && h.substr(8, 4) == "WEBP") return Image::kWebp;
  // "BM", the file size, then four reserved bytes that are zero: not text that starts "BM".
  if (starts("BM"sv) && h.size() >= 10 && h.substr(6, 4) == "\0\0\0\0"sv) return Image::kBmp;
  return Image::kNone;
}

// tesseract's text of an image, in simplified Chinese and English, one line per line read.
// On one thread: tesseract's OpenMP threads make it slower (twice as slow on two cores here),
// and the CPU time limit counts every thread's.
const Converter& Tesseract() {
  static const Converter c{
      .program = "env",
      .display = "tesseract",
      .args = {"OMP_THREAD_LIMIT=1", "tesseract"},
      .args_after = {"stdout", "-l", "chi_sim+eng"},
      .package = "tesseract-ocr and tesseract-ocr-chi-sim",
      .files = "images with --ocr",
      .exit_message = [](int status) -> std::string {
        return "tesseract cannot read it (an image it does not know or a damaged one, or "
               "its Chinese model is missing: install tesseract-ocr-chi-sim; exit status " +
               std::to_string(status) + ")";
      },
      .no_text = ""};  // a photo without text is no error
  return c;
}

// Reads the pages of the PDF $1 one at a time: pdftoppm renders a page at 300 dpi and pipes
// it to tesseract, so that no page image is ever written to disk. Exit statuses: 127 a tool
// is missing, 10 the pages cannot be counted (damaged, or encrypted with a password), 12 a
// page could not be read. Each process has its own CPU time limit.
constexpr const char* kPdfOcrScript =
    "for t in pdfinfo pdftoppm tesseract; do command -v $t >/dev/null 2>&1 || exit 127; done\n"
    "pages=$(pdfinfo \"$1\" 2>/dev/null | sed -n 's/^Pages: *//p')\n"
    "[ -n \"$pages\" ] || exit 10\n"
    "i=1\n"
    "while [ \"$i\" -le \"$pages\" ]; do\n"
    "  pdftoppm -f \"$i\" -l \"$i\" -r 300 -gray -png -singlefile \"$1\" |\n"
    "    OMP_THREAD_LIMIT=1 tesseract stdin stdout -l chi_sim+eng || exit 12\n"
    "  i=$((i + 1))\n"
    "done\n";

}  // namespace

bool LooksLikeImage(std::string_view head) { return KindOf(head) != Image::kNone; }

std::string_view ImageKindName(std::string_view head) {
  switch (KindOf(head)) {
    case Image::kPng: return "PNG image";
    case Image::kJpeg: return "JPEG image";
    case Image::kTiff: return "TIFF image";
    case Image::kBmp: return "BMP image";
    case Image::kGif: return "GIF image";
    case Image::kWebp: return "WebP image";
    case Image::kNone: break;
  }
  return "image";
}

const Converter& PdfOcr() {
  static const Converter c{
      .program = "sh",
      .display = "OCR (pdftoppm and tesseract)",
      .args = {"-c", kPdfOcrScript, "piguard-ocr"},
      .args_after = {},
      .package = "poppler-utils, tesseract-ocr and tesseract-ocr-chi-sim",
      .files = "scanned PDF files with --ocr",
      .exit_message = [](int status) -> std::string {
        if (status == 10) return "its pages cannot be counted (damaged, or encrypted with a password)";
        return "a page could not be read by OCR (pdftoppm or tesseract failed; is tesseract's "
               "Chinese model, tesseract-ocr-chi-sim, installed?; exit status " +
               std::to_string(status) + ")";
      },
      .no_text = "has no text to scan, not even by OCR: tesseract read nothing on its pages"};
  return c;
}

Result<std::unique_ptr<ByteSource>> OpenImage(const std::string& path) {
  return RunConverter(Tesseract(), path);
}

Result<std::unique_ptr<ByteSource>> OpenImageBytes(std::string_view bytes, const std::string& name) {
  return RunConverterOnBytes(Tesseract(), bytes, name);
}

}  // namespace piguard::formats
