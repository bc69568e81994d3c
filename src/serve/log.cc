#include "serve/log.h"

#include <chrono>

#include "serve/service.h"

namespace piguard::serve {

void JsonLog::Write(std::string_view level, std::string_view event, nlohmann::json fields) {
  int64_t ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
                   .count();
  nlohmann::json line{{"ts", FormatTime(ms)}, {"level", level}, {"event", event}};
  if (fields.is_object())
    for (auto it = fields.begin(); it != fields.end(); ++it) line[it.key()] = it.value();
  std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  text += '\n';
  std::lock_guard lock(mu_);
  std::fwrite(text.data(), 1, text.size(), out_);
  std::fflush(out_);
}

}  // namespace piguard::serve
