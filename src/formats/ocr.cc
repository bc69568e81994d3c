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
const Converter& Tesseract() {
  static const Converter c{
      .program = "tesseract",
      .args = {},
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

// Renders the pages ($1) into the work directory ($2) and reads them in order; page images
// are named page-1.png ... page-N.png, zero-padded to the page count's digits, so that their
// names sort in page order. Exit statuses: 127 a tool is missing, 10 pdftoppm failed,
// 11 no page rendered, 12 tesseract failed.
constexpr const char* kPdfOcrScript =
    "command -v pdftoppm >/dev/null 2>&1 && command -v tesseract >/dev/null 2>&1 || exit 127\n"
    "pdftoppm -r 300 -gray -png \"$1\" \"$2/page\" || exit 10\n"
    "ls \"$2\"/page*.png > \"$2/pages\" 2>/dev/null || exit 11\n"
    "exec tesseract \"$2/pages\" stdout -l chi_sim+eng || exit 12\n";

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
        switch (status) {
          case 10: return "pdftoppm cannot render its pages (damaged, or encrypted with a password)";
          case 11: return "pdftoppm rendered no page";
          default:
            return "tesseract cannot read its pages (is its Chinese model, "
                   "tesseract-ocr-chi-sim, installed?; exit status " + std::to_string(status) + ")";
        }
      },
      .no_text = "has no text to scan, not even by OCR: tesseract read nothing on its pages",
      .work_dir = true};
  return c;
}

Result<std::unique_ptr<ByteSource>> OpenImage(const std::string& path) {
  return RunConverter(Tesseract(), path);
}

Result<std::unique_ptr<ByteSource>> OpenImageBytes(std::string_view bytes, const std::string& name) {
  return RunConverterOnBytes(Tesseract(), bytes, name);
}

}  // namespace piguard::formats
