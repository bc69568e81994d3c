// Words that carry context: hotwords near a candidate, field names (CSV columns, JSON keys,
// key=value keys) and exclusion words. Kept apart from the matching code so they can be
// reviewed as data.
#pragma once

#include <cstdint>
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

// The hotword and exclusion bits (as in HotwordIndex::Entry::mask) of every word that lies
// wholly inside t[from, to), compared case-insensitively. An ASCII word counts only when the
// byte before it (even before `from`) is not a letter and, for words of up to three bytes,
// the byte after it is `to` or not a letter. HotwordMaskReference walks Index() byte by byte;
// HotwordMask gives the same answer from an index of each word's first two bytes.
uint32_t HotwordMask(std::string_view t, size_t from, size_t to);
uint32_t HotwordMaskReference(std::string_view t, size_t from, size_t to);

// Classifies a field name ("id_number", "msisdn", "customer.idCard", "出生日期").
FieldClass ClassifyFieldName(std::string_view name);

// Whether a key ending in "name" names an organisation or a place, whose value is no
// person even where it starts like a name: officeName (成都分公司), physicalDeliveryOfficeName,
// companyName, branch_name, cityName, hospitalName. Keys of things that may hold a person's
// name all the same (displayName, target_name) are not among them.
bool NamesOrganisationOrPlace(std::string_view key);

// Credential keys ("password", "api_key", "token" ...) in key=value text and JSON.
bool IsCredentialKey(std::string_view key);
// Cheap pre-check on the bytes that END a key (the text up to the key's end): false means
// no credential key can end here. Looks at the last four bytes (eight after "tion").
bool MayEndCredentialKey(std::string_view text_before);

// The same answer, first filtered on the last two bytes with two table look-ups (every ASCII
// credential key ends in one of twenty byte pairs, or in "nd"); called for every '=' and ':'
// of a log.
namespace internal {
struct PairTables {
  uint16_t last[256];  // bit k: the byte may be the last of pair k
  uint16_t prev[256];  // bit k: the byte may come just before it
};
constexpr PairTables MakeCredentialPairTables() {
  // "ak": a map API's key in a URL query (?ak=...); "in": a card's pin; "sk": the secret of
  // an AK/SK pair (OSS_SK); "id": an eSIM's matching ID (matchingId); "nd": not a credential
  // key but sudo's COMMAND, whose command line may hold one. Bits 0-13, and 15 for the last
  // two (kRareKeyPairBit): segment_scan.h's AssignMayMatter uses bit 14 (and shares bit 13)
  // for its own tests.
  constexpr const char* kPairs[] = {"rd", "wd", "ss", "ls", "de", "et", "en", "on",
                                    "ey", "th", "al", "ak", "in", "sk", "id", "nd"};
  PairTables t{};
  for (int n = 0; n < 16; ++n) {
    const int k = n < 14 ? n : 15;
    for (int upper = 0; upper < 2; ++upper) {
      auto p = static_cast<unsigned char>(kPairs[n][0] - (upper ? 32 : 0));
      auto l = static_cast<unsigned char>(kPairs[n][1] - (upper ? 32 : 0));
      t.prev[p] = static_cast<uint16_t>(t.prev[p] | (1u << k));
      t.last[l] = static_cast<uint16_t>(t.last[l] | (1u << k));
    }
  }
  // "ty" shares the bit of "ey" (both end in 'y', so the pair stays exact): an SNMP
  // community (RDCOMMUNITY=, rocommunity), the agent's password.
  for (unsigned char c : {'t', 'T'}) t.prev[c] = static_cast<uint16_t>(t.prev[c] | (1u << 8));
  // A SIM's keys: "ki" shares the bit of "ak" and "pc" (opc) that of "th". Each adds a few
  // pairs no key of a log ends in often ("ai", "kk"; "tc", "ph"), which only cost a closer
  // look (MayEndCredentialKey).
  auto share = [&t](char prev, char last, int bit) {
    for (int upper = 0; upper < 2; ++upper) {
      auto p = static_cast<unsigned char>(prev - (upper ? 32 : 0));
      auto l = static_cast<unsigned char>(last - (upper ? 32 : 0));
      t.prev[p] = static_cast<uint16_t>(t.prev[p] | (1u << bit));
      t.last[l] = static_cast<uint16_t>(t.last[l] | (1u << bit));
    }
  };
  share('k', 'i', 11);
  share('p', 'c', 9);
  // The derived keys (kausf, kseaf, kamf) share the bit of "al": "sl" and "ml" (ssl=, xml=)
  // come with them.
  share('s', 'f', 10);
  share('a', 'f', 10);
  share('m', 'f', 10);
  return t;
}
inline constexpr PairTables kCredentialPairs = MakeCredentialPairTables();
// The bit of the pairs "id" and "nd": keys ending in them are many (order_id, request_id,
// kind, backend), the keys that matter among them few (matchingId, matching_id, COMMAND), so
// a fast filter may look further first.
inline constexpr uint16_t kRareKeyPairBit = 1u << 15;
}  // namespace internal

// Whether an e-mail address's local part names a role or a system rather than a person:
// noreply, mailer-daemon, postmaster, support, helpdesk, info, newsletter, a meeting
// room's (room-512), a list's owner or request address. Case does not matter.
bool IsRoleMailbox(std::string_view local);

inline bool MayEndCredentialKeyFast(std::string_view text_before) {
  size_t n = text_before.size();
  if (n < 2) return MayEndCredentialKey(text_before);
  auto last = static_cast<unsigned char>(text_before[n - 1]);
  if (last >= 0x80) return true;  // 密码, 口令 and other non-ASCII keys: check fully
  auto prev = static_cast<unsigned char>(text_before[n - 2]);
  if (!(internal::kCredentialPairs.last[last] & internal::kCredentialPairs.prev[prev])) return false;
  return MayEndCredentialKey(text_before);
}

}  // namespace piguard::lexicon
