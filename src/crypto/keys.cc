#include "crypto/keys.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

#include <openssl/crypto.h>

#include "crypto/hmac.h"

namespace piguard::crypto {
namespace {

constexpr size_t kMaxKeyFileSize = 64 * 1024;
constexpr size_t kMaxIdLength = 64;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Parses 64 hex digits into key. The error text (prefixed by the caller with where) never
// quotes the input.
std::optional<std::string> ParseHexKey(std::string_view hex, SecretKey& key) {
  if (hex.size() != 2 * kKeySize) {
    return "key must be 64 hex digits (256 bits), found " + std::to_string(hex.size()) +
           " characters";
  }
  auto out = key.mutable_bytes();
  for (size_t i = 0; i < kKeySize; ++i) {
    const int hi = HexValue(hex[2 * i]);
    const int lo = HexValue(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) {
      OPENSSL_cleanse(out.data(), out.size());
      return "key must be 64 hex digits; character " + std::to_string(2 * i + (hi < 0 ? 1 : 2)) +
             " of the key is not a hex digit";
    }
    out[i] = static_cast<uint8_t>(hi << 4 | lo);
  }
  return std::nullopt;
}

std::optional<std::string> CheckId(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdLength) {
    return "key id must be 1..64 characters, found " + std::to_string(id.size());
  }
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == '-';
    if (!ok) return "key id may only contain letters, digits, '.', '_' and '-'";
  }
  return std::nullopt;
}

bool LooksLikeName(std::string_view s) {
  if (s.empty() || s.size() > 32) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-')) return false;
  }
  return true;
}

std::string ModeString(mode_t mode) {
  char buf[8];
  std::snprintf(buf, sizeof(buf), "%04o", static_cast<unsigned>(mode & 07777));
  return buf;
}

// Wipes a string's bytes before it is freed.
struct WipeOnExit {
  std::string& s;
  ~WipeOnExit() { OPENSSL_cleanse(s.data(), s.size()); }
};

}  // namespace

SecretKey::SecretKey() = default;

SecretKey::SecretKey(std::span<const uint8_t, kKeySize> bytes) {
  std::memcpy(bytes_.data(), bytes.data(), kKeySize);
}

SecretKey::SecretKey(SecretKey&& other) noexcept : bytes_(other.bytes_) {
  OPENSSL_cleanse(other.bytes_.data(), kKeySize);
}

SecretKey& SecretKey::operator=(SecretKey&& other) noexcept {
  if (this != &other) {
    bytes_ = other.bytes_;
    OPENSSL_cleanse(other.bytes_.data(), kKeySize);
  }
  return *this;
}

SecretKey::~SecretKey() { OPENSSL_cleanse(bytes_.data(), kKeySize); }

std::string DeriveKeyId(std::span<const uint8_t, kKeySize> key) {
  static constexpr std::string_view kLabel = "piguard key id";
  uint8_t buf[kLabel.size() + kKeySize];
  std::memcpy(buf, kLabel.data(), kLabel.size());
  std::memcpy(buf + kLabel.size(), key.data(), kKeySize);
  const Sha256Digest digest = Sha256(std::span<const uint8_t>(buf, sizeof(buf)));
  OPENSSL_cleanse(buf, sizeof(buf));
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id;
  for (size_t i = 0; i < 8; ++i) {
    id += kHex[digest[i] >> 4];
    id += kHex[digest[i] & 15];
  }
  return id;
}

Result<KeyMaterial> ParseKeyText(std::string_view text, std::string_view source) {
  const std::string where(source);
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // UTF-8 byte order mark
  std::optional<std::string> id;
  size_t id_line = 0;
  SecretKey key;
  size_t key_line = 0;
  bool bare = false;  // the key came from a line holding only hex digits
  size_t line_no = 0;
  while (!text.empty()) {
    ++line_no;
    const size_t eol = text.find('\n');
    std::string_view line = Trim(text.substr(0, eol));
    text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
    if (line.empty() || line.front() == '#') continue;
    const std::string at = where + ":" + std::to_string(line_no) + ": ";
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos) {
      if (key_line != 0) {
        return InvalidArgument(at + (bare ? "a second key line (the key is on line "
                                          : "a bare key line, but key= was given on line ") +
                               std::to_string(key_line) + (bare ? ")" : ""));
      }
      if (auto err = ParseHexKey(line, key)) {
        return InvalidArgument(at + *err + " (or expected id=<id> / key=<64 hex digits>)");
      }
      key_line = line_no;
      bare = true;
      continue;
    }
    const std::string_view name = Trim(line.substr(0, eq));
    const std::string_view value = Trim(line.substr(eq + 1));
    if (name == "id") {
      if (id_line != 0) {
        return InvalidArgument(at + "id= given twice (first on line " + std::to_string(id_line) + ")");
      }
      if (auto err = CheckId(value)) return InvalidArgument(at + *err);
      id = std::string(value);
      id_line = line_no;
    } else if (name == "key") {
      if (key_line != 0) {
        return InvalidArgument(at + "key given twice (first on line " + std::to_string(key_line) +
                               ")");
      }
      if (auto err = ParseHexKey(value, key)) return InvalidArgument(at + *err);
      key_line = line_no;
    } else if (LooksLikeName(name)) {
      return InvalidArgument(at + "unknown setting '" + std::string(name) +
                             "' (expected id= or key=)");
    } else {
      return InvalidArgument(at + "unrecognised line (expected id=<id> or key=<64 hex digits>)");
    }
  }
  if (key_line == 0) {
    return InvalidArgument(where + ": no key found (expected a line key=<64 hex digits>)");
  }
  if (bare && id_line != 0) {
    return InvalidArgument(where + ":" + std::to_string(key_line) +
                           ": with id= the key must be given as key=<64 hex digits>");
  }
  std::string key_id = id ? *id : DeriveKeyId(key.bytes());
  return KeyMaterial(std::move(key_id), std::move(key));
}

Result<KeyMaterial> LoadKeyFile(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) {
    const int err = errno;
    if (err == ENOENT || err == ENOTDIR) return NotFound("key file " + path + " does not exist");
    return IoError("cannot open key file " + path + ": " + std::strerror(err));
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    return IoError("cannot stat key file " + path + ": " + std::strerror(errno));
  }
  if (!S_ISREG(st.st_mode)) return IoError("key file " + path + " is not a regular file");
  if ((st.st_mode & 077) != 0) {
    const char* what = (st.st_mode & 044) ? "readable" : (st.st_mode & 022) ? "writable" : "accessible";
    return IoError("key file " + path + " is " + what + " by others (mode " +
                   ModeString(st.st_mode) + "); run chmod 600 " + path);
  }
  if (static_cast<uint64_t>(st.st_size) > kMaxKeyFileSize) {
    return InvalidArgument("key file " + path + " is " + std::to_string(st.st_size) +
                           " bytes, too large to be a key file (at most 64 KiB)");
  }
  std::string content(static_cast<size_t>(st.st_size), '\0');
  WipeOnExit wipe{content};
  size_t done = 0;
  while (done < content.size()) {
    const ssize_t got = ::read(fd, content.data() + done, content.size() - done);
    if (got < 0) {
      if (errno == EINTR) continue;
      return IoError("cannot read key file " + path + ": " + std::strerror(errno));
    }
    if (got == 0) break;  // shrank while reading
    done += static_cast<size_t>(got);
  }
  return ParseKeyText(std::string_view(content.data(), done), path);
}

Result<KeyMaterial> LoadKeyFromEnv(const std::string& var_name) {
  const char* raw = std::getenv(var_name.c_str());
  if (raw == nullptr || *raw == '\0') {
    return NotFound("environment variable " + var_name + " is not set");
  }
  const std::string where = "environment variable " + var_name;
  std::string_view value = Trim(raw);
  std::optional<std::string> id;
  if (const size_t colon = value.find(':'); colon != std::string_view::npos) {
    const std::string_view id_part = Trim(value.substr(0, colon));
    if (auto err = CheckId(id_part)) {
      return InvalidArgument(where + ": " + *err + " (expected <id>:<64 hex digits> or <64 hex digits>)");
    }
    id = std::string(id_part);
    value = Trim(value.substr(colon + 1));
  }
  SecretKey key;
  if (auto err = ParseHexKey(value, key)) {
    return InvalidArgument(where + ": " + *err + " (expected <id>:<64 hex digits> or <64 hex digits>)");
  }
  std::string key_id = id ? *id : DeriveKeyId(key.bytes());
  return KeyMaterial(std::move(key_id), std::move(key));
}

Result<SecretKey> DeriveKey(const SecretKey& master, std::string_view label,
                            std::string_view context) {
  if (label.empty()) return InvalidArgument("DeriveKey: the label must not be empty");
  if (label.find('\0') != std::string_view::npos) {
    return InvalidArgument("DeriveKey: the label must not contain a NUL byte");
  }
  std::string info;
  info.reserve(label.size() + 1 + context.size());
  info.append(label);
  info.push_back('\0');
  info.append(context);
  SecretKey out;
  Status st = HkdfSha256(master.bytes(), {}, AsBytes(info), out.mutable_bytes());
  if (!st.ok()) return st;
  return out;
}

}  // namespace piguard::crypto
