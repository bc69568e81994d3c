// Structured logs: one JSON object per line on stderr, written whole under a lock so lines
// from different threads never interleave. Callers pass ids, route templates, codes and
// counts, never request values or subscriber ids.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdio>
#include <mutex>
#include <string_view>

namespace piguard::serve {

class JsonLog {
 public:
  explicit JsonLog(std::FILE* out = stderr) : out_(out) {}
  // Adds "ts" (RFC 3339 UTC), "level" and "event" to `fields` and writes the line.
  void Write(std::string_view level, std::string_view event, nlohmann::json fields = nlohmann::json::object());
  void set_access_log(bool on) { access_ = on; }
  bool access_log() const { return access_; }

 private:
  std::FILE* out_;
  std::mutex mu_;
  bool access_ = true;
};

}  // namespace piguard::serve
