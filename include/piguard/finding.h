// The vocabulary of a scan: PI types, the likelihood ladder, and one finding.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace piguard {

// The built-in PI types. Their names (TypeName) are part of the output contract: they appear
// in findings, rules and reports exactly as spelled in the project's mission document.
// Custom types configured by the user get ids from kFirstCustomType upwards.
enum BuiltinType : uint16_t {
  kChinaResidentIdNumber = 0,
  kChinaPassport,
  kHkMacauTravelPermit,
  kPersonName,
  kDateOfBirth,
  kStreetAddress,
  kPhoneNumber,
  kEmailAddress,
  kBankCardNumber,
  kCredential,
  kImsiId,
  kImeiHardwareId,
  kMeid,
  kIccidNumber,
  kMacAddress,
  kIpAddress,
  kLocationCoordinates,
  kCellId,
  kChinaLicensePlate,
  kBuiltinTypeCount
};
using TypeId = uint16_t;
inline constexpr TypeId kFirstCustomType = kBuiltinTypeCount;

// Name of a built-in type ("PHONE_NUMBER"); empty for custom ids (ask the Scanner).
std::string_view BuiltinTypeName(TypeId type);
// Inverse of BuiltinTypeName; nullopt for an unknown name.
std::optional<TypeId> BuiltinTypeFromName(std::string_view name);

// How sure a detector is, in the spirit of Google Cloud DLP's likelihood ladder. Validation
// (check digits, dates, allocated ranges) sets the base; context (hotwords, column names, JSON
// keys, key=value keys) raises it; exclusions (order numbers, version strings) lower it.
enum class Likelihood : uint8_t {
  kVeryUnlikely = 1,
  kUnlikely = 2,
  kPossible = 3,
  kLikely = 4,
  kVeryLikely = 5,
};
std::string_view LikelihoodName(Likelihood l);  // "VERY_UNLIKELY" ... "VERY_LIKELY"
std::optional<Likelihood> ParseLikelihood(std::string_view name);  // accepts any case
inline Likelihood Raise(Likelihood l, int steps) {
  int v = static_cast<int>(l) + steps;
  if (v < 1) v = 1;
  if (v > 5) v = 5;
  return static_cast<Likelihood>(v);
}

// One piece of PI found in an input. Offsets are byte offsets into the ORIGINAL input (the
// file as stored, or the decompressed stream for gzip, zstd, xz or bzip2 input), even when
// the match was made on a normalized view (full-width digits, JSON escapes).
struct Finding {
  uint64_t start = 0;  // first byte of the match
  uint64_t end = 0;    // one past the last byte
  uint64_t line = 0;   // 1-based line of `start` (0 when not counted: Segment::count_lines)
  TypeId type = 0;
  Likelihood likelihood = Likelihood::kPossible;
  std::string_view detector;  // stable detector name, e.g. "cn_resident_id"
  // The column name (CSV/TSV), JSON path (JSONL) or key (key=value text) the value sat in;
  // empty when there was none. Valid only during the callback that delivers the finding.
  std::string_view field;
  // The raw matched bytes. Valid only during the callback. Printers must not show it unless
  // the user asked for values explicitly.
  std::string_view value;
};

}  // namespace piguard
