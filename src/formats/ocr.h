// Optical character recognition, with `--ocr`: the text of images (a photo or scan of an ID
// card, a signed form saved as JPEG) and of PDF files whose pages are only images (a scanned
// contract). Read with tesseract (Debian's tesseract-ocr, with its simplified Chinese and
// English models), run as a child process through formats/converter.h; a scanned PDF's pages
// are rendered one at a time at 300 dpi by pdftoppm (poppler-utils) and piped to tesseract, so
// no page image is written to disk. OCR is slow (seconds a page) and its text is what
// tesseract read, errors included, so it is asked for, not done by default.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "formats/byte_source.h"
#include "formats/converter.h"
#include "piguard/status.h"

namespace piguard::formats {

// Whether `head` starts like an image tesseract reads: PNG, JPEG, TIFF, BMP, GIF or WebP.
bool LooksLikeImage(std::string_view head);
// "PNG image", "JPEG image", ... for messages ("image" when unknown).
std::string_view ImageKindName(std::string_view head);

// The OCR text of the image at `path` (an image without text gives none, and no error).
Result<std::unique_ptr<ByteSource>> OpenImage(const std::string& path);
Result<std::unique_ptr<ByteSource>> OpenImageBytes(std::string_view bytes, const std::string& name);

// The converter that renders a PDF's pages and reads them with tesseract: pdftotext's
// fallback for a PDF without text when --ocr is given (formats/pdf.cc).
const Converter& PdfOcr();

}  // namespace piguard::formats
