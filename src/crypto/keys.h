// Key material: the 256-bit master key that pseudonymization and reveal run under, where it is
// loaded from, and the independent subkeys derived from it.
//
// Key file format (UTF-8 text, one item per line):
//
//   # comments and blank lines are ignored
//   id=ops-2024q3                 optional; 1..64 characters of [A-Za-z0-9._-]
//   key=<64 hex digits>           required, exactly once; upper or lower case
//
// Spaces around '=' and at line ends are ignored. A file may instead hold only the 64 hex
// digits (on one line, comments allowed). Without an id= line the id is derived from the key:
// the first 16 hex digits of SHA-256("piguard key id" || key), so the same key always has the
// same id and the id reveals nothing usable about the key.
//
// The file must be a regular file (symlinks are followed) that neither group nor others can
// read or write (mode 0600 or 0400), like an ssh private key; otherwise loading fails with
// "key file F is readable by others (mode 0644); run chmod 600 F". Errors name the file and
// line ("F:3: key= must be 64 hex digits (256 bits), found 63") and never contain key bytes.
//
// Environment variable value: "<id>:<64 hex digits>" or just "<64 hex digits>".
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "piguard/status.h"

namespace piguard::crypto {

inline constexpr size_t kKeySize = 32;

// 32 secret bytes, wiped (OPENSSL_cleanse) when destroyed or moved from. Move-only; Clone()
// makes the rare deliberate copy visible.
class SecretKey {
 public:
  SecretKey();  // all zero
  explicit SecretKey(std::span<const uint8_t, kKeySize> bytes);
  SecretKey(SecretKey&& other) noexcept;
  SecretKey& operator=(SecretKey&& other) noexcept;
  SecretKey(const SecretKey&) = delete;
  SecretKey& operator=(const SecretKey&) = delete;
  ~SecretKey();

  SecretKey Clone() const { return SecretKey(bytes()); }
  std::span<const uint8_t, kKeySize> bytes() const { return bytes_; }
  std::span<uint8_t, kKeySize> mutable_bytes() { return bytes_; }

 private:
  std::array<uint8_t, kKeySize> bytes_{};
};

// A named master key. The id is not secret: it is written next to pseudonyms and in audit
// records so that reveal knows which key to ask for.
class KeyMaterial {
 public:
  KeyMaterial(std::string id, SecretKey key) : id_(std::move(id)), key_(std::move(key)) {}
  KeyMaterial(KeyMaterial&&) noexcept = default;
  KeyMaterial& operator=(KeyMaterial&&) noexcept = default;

  KeyMaterial Clone() const { return KeyMaterial(id_, key_.Clone()); }
  const std::string& id() const { return id_; }
  const SecretKey& key() const { return key_; }
  std::span<const uint8_t, kKeySize> bytes() const { return key_.bytes(); }

 private:
  std::string id_;
  SecretKey key_;
};

// Reads a key file (format above), checking its type and permissions first.
// kNotFound: missing file; kIoError: unreadable, not a regular file, or too open;
// kInvalidArgument: a syntax error (with path:line).
Result<KeyMaterial> LoadKeyFile(const std::string& path);

// Parses key file text; `source` names it in errors ("F:2: ..."). No permission check.
Result<KeyMaterial> ParseKeyText(std::string_view text, std::string_view source);

// Reads the key from environment variable var_name: kNotFound when unset or empty,
// kInvalidArgument when malformed (the message names the variable, never its value).
Result<KeyMaterial> LoadKeyFromEnv(const std::string& var_name);

// The id given to a key without one: first 16 hex digits of SHA-256("piguard key id" || key).
std::string DeriveKeyId(std::span<const uint8_t, kKeySize> key);

// An independent 256-bit subkey for one purpose: HKDF-SHA256 with ikm = master, empty salt
// and info = label || 0x00 || context (RFC 5869). Different (label, context) pairs give
// unrelated keys, and knowing one subkey reveals neither the master nor the others. label
// names the use ("ff1/mobile", "hmac/pseudonym", "cryptopan") and must not be empty or contain
// a NUL byte (which would make the encoding ambiguous); context may be anything (an operator,
// a data set, a column).
Result<SecretKey> DeriveKey(const SecretKey& master, std::string_view label,
                            std::string_view context);

}  // namespace piguard::crypto
