// Status and Result<T>: how piguard reports expected failures (bad input, unreadable files,
// bad configuration) across its public API. The library never prints, exits or aborts on user
// input; it returns one of these and the caller decides.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace piguard {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller passed something malformed (a flag, a config value)
  kNotFound,         // a named file or entity does not exist
  kIoError,          // reading or writing failed (permissions, disk, broken stream)
  kDataLoss,         // input is corrupt in a way that loses data (truncated gzip)
  kInternal,         // a bug in piguard: please report it
};

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return {}; }
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  // What is wrong, where (file:line:col when it is about an input) and what to do.
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
inline Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
inline Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
inline Status DataLoss(std::string m) { return {StatusCode::kDataLoss, std::move(m)}; }

// A value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}    // NOLINT: implicit by design

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T& value() const& { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace piguard
