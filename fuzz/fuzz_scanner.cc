// fuzz_scanner: Scanner::Scan of one Segment. The first byte chooses how the segment is
// presented; the rest is the segment's text. Checks that findings are sorted by start, do
// not overlap, are non-empty, lie within the input, carry the bytes at their offsets as
// value, and have the line of their start (line >= 1).
//
// Flag byte bits:
//   bit 0     whole_value (a CSV cell / JSON string rather than a line of text)
//   bits 1-3  field: 0 = none, else one of kFields (with its ClassifyField class)
//   bit 4     wide configuration instead of the default one
//   bit 5     large base offset (beyond 4 GiB)
//   bit 6     starts on line 1000 instead of line 1
//   bit 7     offset_map i -> 2*i (as if every byte came from a two-byte JSON escape)
#include "fuzz_common.h"

namespace {
constexpr std::string_view kFields[8] = {
    "",         "phone",    "name",     "id_card", "order_id",
    "email",    "$.customer.contacts[0].value",    "password"};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace piguard_fuzz;
  if (size < 1) return 0;
  static piguard::ScanScratch scratch;
  static std::vector<uint32_t> map;
  const uint8_t flags = data[0];
  const piguard::Scanner& scanner = (flags & 0x10) ? WideScanner() : DefaultScanner();
  // An exact-size copy, so ASan catches reads past the end of the segment.
  std::unique_ptr<char[]> text(new char[size - 1]);
  if (size > 1) std::memcpy(text.get(), data + 1, size - 1);

  piguard::Segment seg;
  seg.text = std::string_view(text.get(), size - 1);
  seg.whole_value = flags & 1;
  const std::string_view field = kFields[(flags >> 1) & 7];
  piguard::FieldClass fc;
  if (!field.empty()) {
    fc = scanner.ClassifyField(field);
    seg.field = field;
    seg.field_class = &fc;
  }
  seg.base_offset = (flags & 0x20) ? (uint64_t{5} << 32) + 11 : 0;
  seg.line = (flags & 0x40) ? 1000 : 1;
  uint64_t scale = 0;
  if (flags & 0x80) {
    map.resize(seg.text.size() + 1);
    for (size_t i = 0; i < map.size(); ++i) map[i] = static_cast<uint32_t>(2 * i);
    seg.offset_map = map.data();
    scale = 2;
  }

  CollectingSink sink;
  scanner.Scan(seg, scratch, sink);
  CheckSegmentFindings(scanner, seg, sink, scale);
  return 0;
}
