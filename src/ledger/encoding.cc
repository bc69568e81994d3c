// The canonical encoding of an audit entry (what its hash covers) and its JSON form. The
// encoding is length-prefixed binary, not JSON, so that it has exactly one byte form per entry:
// no escaping, number formatting or key-order choices for an independent verifier to get
// wrong. docs/ledger.md ("Hash chain") is the specification; change neither without the other
// and a new domain tag.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <ctime>
#include <string>

#include "crypto/hmac.h"
#include "piguard/ledger.h"

namespace piguard::ledger {
namespace {

constexpr char kDomainTag[] = "piguard.audit.v1";  // 16 bytes

void PutU64(std::string& out, uint64_t v) {
  for (int i = 7; i >= 0; --i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void PutU32(std::string& out, uint32_t v) {
  for (int i = 3; i >= 0; --i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void PutString(std::string& out, const std::string& s) {
  PutU32(out, static_cast<uint32_t>(s.size()));
  out += s;
}
int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string HexEncode(const uint8_t* data, size_t n) {
  static const char kHex[] = "0123456789abcdef";
  std::string out(2 * n, '0');
  for (size_t i = 0; i < n; ++i) {
    out[2 * i] = kHex[data[i] >> 4];
    out[2 * i + 1] = kHex[data[i] & 15];
  }
  return out;
}

bool IsSha256Hex(std::string_view s) {
  if (s.size() != 64) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

std::string CanonicalEncoding(const AuditEntry& e) {
  std::string out;
  out.reserve(16 + 8 + 32 + 8 + 12 * 4 + e.principal.size() + e.role.size() +
              e.remote_addr.size() + e.request_id.size() + e.action.size() +
              e.subscriber_id.size() + e.service.size() + e.purpose.size() +
              e.decision.size() + e.reason.size() + e.article.size() + e.detail_json.size());
  out.append(kDomainTag, 16);
  PutU64(out, static_cast<uint64_t>(e.seq));
  std::string prev(32, '\0');
  if (e.prev_hash.size() == 64) {
    for (size_t i = 0; i < 32; ++i) {
      int hi = HexValue(e.prev_hash[2 * i]), lo = HexValue(e.prev_hash[2 * i + 1]);
      if (hi < 0 || lo < 0) {
        prev.assign(32, '\0');
        break;
      }
      prev[i] = static_cast<char>(hi * 16 + lo);
    }
  }
  out += prev;
  PutU64(out, static_cast<uint64_t>(e.time_ms));  // two's complement of the signed value
  for (const std::string* f :
       {&e.principal, &e.role, &e.remote_addr, &e.request_id, &e.action, &e.subscriber_id,
        &e.service, &e.purpose, &e.decision, &e.reason, &e.article, &e.detail_json})
    PutString(out, *f);
  return out;
}

std::string ComputeHash(const AuditEntry& e) {
  crypto::Sha256Digest d = crypto::Sha256(CanonicalEncoding(e));
  return HexEncode(d.data(), d.size());
}

const std::string& GenesisHash() {
  static const std::string kGenesis(64, '0');
  return kGenesis;
}

std::string FormatTimeMs(int64_t time_ms) {
  int64_t secs = time_ms / 1000, ms = time_ms % 1000;
  if (ms < 0) {
    ms += 1000;
    secs -= 1;
  }
  std::time_t t = static_cast<std::time_t>(secs);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
  return buf;
}

std::string AuditEntryToJson(const AuditEntry& e) {
  using nlohmann::ordered_json;
  ordered_json j;
  j["seq"] = e.seq;
  j["time"] = FormatTimeMs(e.time_ms);
  j["time_ms"] = e.time_ms;
  j["principal"] = e.principal;
  j["role"] = e.role;
  j["remote_addr"] = e.remote_addr;
  j["request_id"] = e.request_id;
  j["action"] = e.action;
  j["subscriber_id"] = e.subscriber_id;
  j["service"] = e.service;
  j["purpose"] = e.purpose;
  j["decision"] = e.decision;
  j["reason"] = e.reason;
  j["article"] = e.article;
  if (e.detail_json.empty()) {
    j["detail"] = ordered_json::object();
  } else {
    // Validated as a JSON object when appended; a row edited in the database may not be, and
    // the export must still be valid JSON Lines, so it then goes out as a string.
    ordered_json d = ordered_json::parse(e.detail_json, nullptr, /*allow_exceptions=*/false);
    if (d.is_discarded())
      j["detail"] = e.detail_json;
    else
      j["detail"] = std::move(d);
  }
  // The exact string the hash covers (re-serialising `detail` could change spacing or
  // numbers), so that an exported chain can be re-verified from the export alone.
  j["detail_json"] = e.detail_json;
  j["prev_hash"] = e.prev_hash;
  j["hash"] = e.hash;
  // Invalid UTF-8 (only possible in a row edited in the database) is replaced, not thrown on.
  return j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace piguard::ledger
