// Words that carry context: hotwords near a candidate, field names (CSV columns, JSON keys,
// key=value keys) and exclusion words. Kept apart from the matching code so they can be
// reviewed as data.
#pragma once

#include <string_view>
#include <vector>

#include "piguard/finding.h"
#include "piguard/scanner.h"

namespace piguard::lexicon {

// Hotwords that raise the likelihood of `type` when found shortly before a candidate.
// ASCII hotwords are lowercase and matched case-insensitively.
const std::vector<std::string_view>& Hotwords(TypeId type);
// Words that say a nearby number is not PI (order, ticket and transaction numbers, versions).
const std::vector<std::string_view>& ExclusionWords();

// Every hotword and exclusion word, indexed by its first (lowercased) byte, so the words in a
// context window are found in one pass over the window.
inline constexpr uint32_t kExclusionBit = 1u << 31;
struct HotwordIndex {
  struct Entry {
    std::string_view word;  // lowercase
    uint32_t mask;          // bit t for built-in type t, or kExclusionBit
    bool ascii;             // ASCII words need word boundaries
  };
  std::vector<Entry> by_first[256];
};
const HotwordIndex& Index();

// Classifies a field name ("id_number", "msisdn", "customer.idCard", "出生日期").
FieldClass ClassifyFieldName(std::string_view name);

// Credential keys ("password", "api_key", "token" ...) in key=value text and JSON.
bool IsCredentialKey(std::string_view key);
// Cheap pre-check on the bytes that END a key (the text up to the key's end): false means
// no credential key can end here. Looks at the last four bytes only.
bool MayEndCredentialKey(std::string_view text_before);

}  // namespace piguard::lexicon
