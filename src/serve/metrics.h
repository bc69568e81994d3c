// Prometheus text exposition (format 0.0.4) of the service's counters, written by hand: the
// format is a few lines of text and Debian has no C++ client library.
//
//   piguard_http_requests_total{route="/v1/gate/decisions",method="POST",status="200"} 12
//   piguard_http_request_duration_seconds_bucket{route="...",le="0.005"} 10   (cumulative)
//   piguard_gate_decisions_total{outcome="refused",reason="no_consent"} 3     (per field)
//   piguard_consent_events_total{event="grant"} 5
//
// Labels carry route templates, never paths (a path can hold a subscriber id). Thread-safe;
// one short mutex hold per observation.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace piguard::serve {

class Metrics {
 public:
  // Upper bounds of the latency histogram, in seconds (+Inf is implied).
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1.0,  2.5};

  void ObserveRequest(const std::string& route, const std::string& method, int status,
                      double seconds);
  void CountDecision(const std::string& outcome, const std::string& reason);
  void CountConsent(const std::string& event);
  void SetInFlight(int64_t n);
  std::string Render() const;

 private:
  struct Histogram {
    std::array<uint64_t, kBuckets.size()> counts{};  // non-cumulative per bucket
    uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mu_;
  std::map<std::tuple<std::string, std::string, int>, uint64_t> requests_;
  std::map<std::string, Histogram> latency_;
  std::map<std::pair<std::string, std::string>, uint64_t> decisions_;
  std::map<std::string, uint64_t> consents_;
  int64_t in_flight_ = 0;
};

// Escapes a label value: backslash, double quote and newline (the exposition format's rule).
std::string EscapeLabel(const std::string& v);

}  // namespace piguard::serve
