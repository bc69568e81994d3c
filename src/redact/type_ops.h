// The value transforms behind the redact operators, one pure function each: given a value
// (the raw bytes of a finding, or a decoded JSON string) return its replacement. Keyed
// transforms take their (already derived) key objects; nothing here reads configuration.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "crypto/cryptopan.h"
#include "crypto/ff1.h"
#include "crypto/hmac.h"
#include "piguard/finding.h"
#include "piguard/redact.h"

namespace piguard::redact {

// Types fpe is defined for (identifiers with a fixed structure).
bool FpeSupports(TypeId type);

// replace: the template with "{type}" substituted.
void ReplaceTo(const OperatorSpec& spec, std::string_view type_name, std::string* out);
std::string Replace(const OperatorSpec& spec, std::string_view type_name);

// mask: letters, digits and other non-punctuation characters are masked except the first
// keep_first and last keep_last of them; ASCII punctuation and spaces stay, so the shape of
// the value ("138-****-8000", "z***@*****.***") is kept. Counts characters, not bytes.
void MaskTo(const OperatorSpec& spec, std::string_view value, std::string* out);
std::string Mask(const OperatorSpec& spec, std::string_view value);

// Bytes of a mainland country prefix ("+86 ", "0086-", "(+86)") before a number; 0 if none.
size_t PhoneCountryPrefixLength(std::string_view value);

// The form of a value that pseudonyms are computed over, so that one identifier written in
// different ways gets one token: ASCII (full-width forms folded), and per type: phone numbers
// without +86/0086 and separators, card/IMSI/IMEI digits only, upper-case ID check letters,
// lower-case e-mail addresses and MAC hex, canonical IP text; other types trimmed.
std::string Canonical(TypeId type, std::string_view value);
void CanonicalTo(TypeId type, std::string_view value, std::string* out);  // appends

// pseudonym: prefix + the first `length` hex digits of HMAC(key, type_name || 0 || canonical).
void PseudonymTo(const crypto::HmacSha256& key, const OperatorSpec& spec, TypeId type,
                 std::string_view type_name, std::string_view value, std::string* out);
std::string Pseudonym(const crypto::HmacSha256& key, const OperatorSpec& spec, TypeId type,
                      std::string_view type_name, std::string_view value);
// The default pseudonym prefix of a type ("PN_" for PHONE_NUMBER).
std::string_view DefaultPseudonymPrefix(TypeId type);

// PseudonymTo for a run of findings, many HMACs at a time (crypto::HmacBatch costs much
// less per MAC than MacLabelled): Append writes the prefix and a placeholder for the hex
// digits, and keeps the message; once kCapacity are pending, their digits are computed and
// put in together, and Flush puts in the digits of those still pending. The result is byte
// for byte what PseudonymTo writes. Until Flush, text that Append wrote to is not final: the
// owner of that text must call Flush before reading it (appending more in between is fine:
// the digits are found by offset) and must neither shrink nor destroy it while pending() is
// true. One batch per thread; the key must outlive the pending pseudonyms.
class PseudonymBatch {
 public:
  // Pseudonyms computed together: one run of the sixteen-lane kernel where the CPU has it.
  static constexpr size_t kCapacity = crypto::HmacBatch::kCapacity;

  PseudonymBatch() = default;
  PseudonymBatch(const PseudonymBatch&) = delete;
  PseudonymBatch& operator=(const PseudonymBatch&) = delete;
  // The pending messages are wiped by macs_ (their digits are then never written).

  void Append(const crypto::HmacSha256& key, const OperatorSpec& spec, TypeId type,
              std::string_view type_name, std::string_view value, std::string* out);
  // Writes the digits of the pseudonyms still pending, if any.
  void Flush();
  bool pending() const { return macs_.size() > 0; }

 private:
  // Where a pending pseudonym's placeholder digits are.
  struct Placeholder {
    std::string* out;
    size_t at, digits;
  };

  const crypto::HmacSha256* key_ = nullptr;  // the key of every pending pseudonym
  Placeholder placeholders_[kCapacity];      // of the messages in macs_, in the same order
  crypto::HmacBatch macs_;  // the pending messages (type name and canonical value)
};

// FF1 keys for fpe. Construct once per (key, context); immutable and shareable.
class FpeKeys {
 public:
  // subkey: 32 bytes derived for fpe in one context.
  static Result<std::unique_ptr<FpeKeys>> Create(std::span<const uint8_t> subkey);
  ~FpeKeys();
  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  explicit FpeKeys(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// fpe (decrypt=false) and its inverse. nullopt when the value does not have the structure
// the type's scheme needs (too short for FF1's minimum domain, an unusual form): the caller
// falls back to replace. The output keeps every byte that is not an encrypted character
// (separators, "+86", full-width forms) and is a valid value of the type (docs/redact.md
// lists what each type keeps). IP addresses go through Crypto-PAn (`pan`).
std::optional<std::string> Fpe(const FpeKeys& keys, const crypto::CryptoPan* pan, TypeId type,
                                std::string_view value, bool decrypt);

// The text inet_ntop writes for an address (RFC 5952 for IPv6: lower-case hex without
// leading zeros, the longest run of two or more zero groups as "::", ::a.b.c.d and
// ::ffff:a.b.c.d dotted), appended without inet_ntop's sprintf: tokens and canonical forms of
// every IP finding go through these.
void AppendIpv4Text(const std::array<uint8_t, 4>& address, std::string* out);
void AppendIpv6Text(const std::array<uint8_t, 16>& address, std::string* out);

// ip_prefix: Crypto-PAn of an IPv4 or IPv6 address; nullopt when the value does not parse.
std::optional<std::string> IpPrefix(const crypto::CryptoPan& pan, std::string_view value,
                                    bool decrypt);

// date_generalize: "1990-05-17" -> "1990" (or "1990-05" with spec.month); Chinese dates keep
// their characters ("1990年5月"). nullopt when the value is not a date we can read.
std::optional<std::string> DateGeneralize(const OperatorSpec& spec, std::string_view value);
// date_shift: the same date format moved by `days` (may be negative).
std::optional<std::string> DateShift(std::string_view value, int days);
// The keyed offset for a subject: 1..max_days days, either direction; never 0.
int DateShiftDays(const crypto::HmacSha256& key, int max_days, std::string_view subject);

}  // namespace piguard::redact
