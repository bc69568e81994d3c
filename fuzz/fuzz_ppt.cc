// fuzz_ppt: PowerPoint 97-2003 decks (formats/ppt.h), the compound-file reader under them
// (formats/cfb.h) and the OLE objects of embedded files (formats/ole_object.h). The first
// input byte chooses what the rest is:
//   0-127   a whole compound file: opened as a deck and read to the end of every part, each
//           stream under its root read (16 MiB at most), and opened as an OLE object;
//   128-255 the two streams themselves: a little-endian 16-bit length, that many bytes of the
//           "Current User" stream (none when the length is 0xFFFF), then the "PowerPoint
//           Document" stream, rendered directly; the rest is also parsed as an
//           "\x01Ole10Native" stream (a packaged file and its name).
// Checks: errors name the input; rendered text is valid UTF-8 without NUL bytes; the text of
// all parts together stays within the renderer's budget (twice the stream and 1 MiB), however
// often the records reuse one another; embedded objects (ExOleObjStg, inflated) stay within
// 256 MiB together and an object's error names it.
#include <cstring>
#include <memory>
#include <string>

#include "core/utf8.h"
#include "formats/cfb.h"
#include "formats/ole_object.h"
#include "formats/ppt.h"
#include "fuzz_common.h"

namespace {

bool IsFieldName(std::string_view s) { return s == "姓名" || s == "电话"; }

// A packaged file's name goes into shown paths: valid UTF-8, no control characters, no path.
void CheckName(std::string_view name) {
  PIGUARD_FUZZ_CHECK(piguard::utf8::FindInvalid(name) == std::string_view::npos,
                     "packaged file name is not valid UTF-8");
  for (const char c : name)
    PIGUARD_FUZZ_CHECK(static_cast<unsigned char>(c) >= 0x20 && c != 0x7F && c != '/' && c != '\\',
                       "packaged file name has a control character or a separator");
}

void CheckText(std::string_view text) {
  PIGUARD_FUZZ_CHECK(piguard::utf8::FindInvalid(text) == std::string_view::npos,
                     "rendered text is not valid UTF-8");
  PIGUARD_FUZZ_CHECK(text.find('\0') == std::string_view::npos, "NUL in a slide's text");
}

void ReadFile(std::string_view bytes) {
  auto parts = piguard::formats::OpenPptBytes(bytes, "fuzz.ppt", IsFieldName);
  if (!parts.ok()) {
    PIGUARD_FUZZ_CHECK(parts.status().message().rfind("fuzz.ppt", 0) == 0,
                       "error does not name the input: %s", parts.status().message().c_str());
  } else {
    for (piguard::formats::OfficePart& part : parts.value()) {
      if (part.embedded) {  // an embedded object's bytes (a compound file), not text
        PIGUARD_FUZZ_CHECK(part.label.rfind("object", 0) == 0, "embedded part label: %s",
                           part.label.c_str());
        continue;
      }
      std::string text;
      char buf[512];
      while (true) {
        auto r = part.source->Read(buf, sizeof buf);
        if (!r.ok()) {
          PIGUARD_FUZZ_CHECK(r.status().message().rfind("fuzz.ppt", 0) == 0,
                             "part error does not name the input: %s",
                             r.status().message().c_str());
          break;
        }
        if (r.value() == 0) break;
        text.append(buf, r.value());
      }
      CheckText(text);
    }
  }
  auto cf = piguard::formats::CompoundFile::Open(piguard::formats::RandomAccessMemory(bytes),
                                                 "fuzz.cfb");
  if (!cf.ok()) {
    PIGUARD_FUZZ_CHECK(cf.status().message().rfind("fuzz.cfb", 0) == 0,
                       "compound file error does not name the input");
    return;
  }
  for (const std::string& name : cf.value().RootNames()) {
    auto stream = cf.value().ReadStream(name, uint64_t{16} << 20);
    if (!stream.ok())
      PIGUARD_FUZZ_CHECK(stream.status().message().rfind("fuzz.cfb", 0) == 0,
                         "stream error does not name the input");
  }
  // Each storage under the root as the root of the same bytes (how Word's and Excel's objects
  // are read): opens, or fails with an error that names the input.
  for (const std::string& storage : cf.value().StorageNames("")) {
    const auto swap = cf.value().StorageAsRoot(storage);
    PIGUARD_FUZZ_CHECK(swap.has_value(), "a listed storage cannot be a root");
    if (swap->offset + 4 > bytes.size()) continue;
    std::string swapped(bytes);
    for (int i = 0; i < 4; ++i) swapped[swap->offset + i] = static_cast<char>(swap->child >> (8 * i));
    auto inner = piguard::formats::CompoundFile::Open(
        piguard::formats::RandomAccessMemory(swapped), "fuzz.cfb");
    if (inner.ok()) (void)inner.value().RootNames();
  }
  // A stream rewritten alone (what FreeXL is given) reads back the same, zeros after it.
  for (const std::string& name : cf.value().RootNames()) {
    auto stream = cf.value().ReadStream(name, uint64_t{1} << 20);
    if (!stream.ok() || !stream.value()) continue;
    std::string ascii;
    for (const char c : name) ascii += (c & 0x80) ? '_' : c;
    auto alone = piguard::formats::SingleStreamCompoundFile(ascii, *stream.value());
    PIGUARD_FUZZ_CHECK(alone.ok(), "a small stream could not be written alone");
    auto back = piguard::formats::CompoundFile::Open(
        piguard::formats::RandomAccessMemory(alone.value()), "alone.cfb");
    PIGUARD_FUZZ_CHECK(back.ok(), "the written file does not open: %s",
                       back.status().message().c_str());
    auto again = back.value().ReadStream(ascii.substr(0, 31), uint64_t{1} << 21);
    PIGUARD_FUZZ_CHECK(again.ok() && again.value() &&
                           again.value()->substr(0, stream.value()->size()) == *stream.value(),
                       "the stream written alone does not read back");
    break;  // one a file
  }
  auto object = piguard::formats::OleObjectFile(bytes, "fuzz.bin", uint64_t{16} << 20);
  if (!object.ok()) {
    PIGUARD_FUZZ_CHECK(object.status().message().rfind("fuzz.bin", 0) == 0,
                       "OLE object error does not name the input: %s",
                       object.status().message().c_str());
  } else if (object.value()) {
    PIGUARD_FUZZ_CHECK(object.value()->bytes.size() <= bytes.size(), "object file grew");
    CheckName(object.value()->name);
  }
}

void ParseNative(std::string_view bytes) {
  const auto file = piguard::formats::ParseOle10Native(bytes);
  if (!file) return;
  PIGUARD_FUZZ_CHECK(file->bytes.size() <= bytes.size(), "packaged file grew");
  CheckName(file->name);
}

void RenderStreams(std::string_view bytes) {
  if (bytes.size() < 2) return;
  const size_t cu_size = static_cast<unsigned char>(bytes[0]) |
                         (static_cast<size_t>(static_cast<unsigned char>(bytes[1])) << 8);
  bytes.remove_prefix(2);
  std::optional<std::string_view> cu;
  if (cu_size != 0xFFFF) {
    cu = bytes.substr(0, cu_size);
    bytes.remove_prefix(cu->size());
  }
  const piguard::formats::PptDeck deck =
      piguard::formats::RenderPptStreams(bytes, cu, "fuzz.ppt", IsFieldName);
  size_t total = 0;
  for (const auto& part : deck.parts) {
    CheckText(part.text);
    total += part.text.size();
  }
  PIGUARD_FUZZ_CHECK(total <= 2 * bytes.size() + (size_t{1} << 20), "text grew: %zu from %zu",
                     total, bytes.size());
  size_t object_bytes = 0;
  for (const auto& object : deck.objects) {
    object_bytes += object.bytes.size();
    if (!object.error.ok())
      PIGUARD_FUZZ_CHECK(object.error.message().rfind("fuzz.ppt!object", 0) == 0 &&
                             object.bytes.empty(),
                         "object error does not name the object: %s",
                         object.error.message().c_str());
  }
  PIGUARD_FUZZ_CHECK(object_bytes <= (size_t{256} << 20), "objects over their limit");
  if (!deck.error.ok())
    PIGUARD_FUZZ_CHECK(deck.error.message().rfind("fuzz.ppt", 0) == 0,
                       "deck error does not name the input: %s", deck.error.message().c_str());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] < 128) ReadFile(bytes);
  else {
    RenderStreams(bytes);
    ParseNative(bytes);
  }
  return 0;
}
