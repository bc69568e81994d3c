#include "serve/metrics.h"

#include <cstdio>

namespace piguard::serve {

std::string EscapeLabel(const std::string& v) {
  std::string out;
  out.reserve(v.size());
  for (char c : v) {
    if (c == '\\') out += "\\\\";
    else if (c == '"') out += "\\\"";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

void Metrics::ObserveRequest(const std::string& route, const std::string& method, int status,
                             double seconds) {
  std::lock_guard lock(mu_);
  ++requests_[{route, method, status}];
  Histogram& h = latency_[route];
  size_t i = 0;
  while (i < kBuckets.size() && seconds > kBuckets[i]) ++i;
  if (i < kBuckets.size()) ++h.counts[i];
  ++h.count;
  h.sum += seconds;
}

void Metrics::CountDecision(const std::string& outcome, const std::string& reason) {
  std::lock_guard lock(mu_);
  ++decisions_[{outcome, reason}];
}

void Metrics::CountConsent(const std::string& event) {
  std::lock_guard lock(mu_);
  ++consents_[event];
}

void Metrics::SetInFlight(int64_t n) {
  std::lock_guard lock(mu_);
  in_flight_ = n;
}

namespace {
std::string Num(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  return buf;
}
}  // namespace

std::string Metrics::Render() const {
  std::lock_guard lock(mu_);
  std::string o;
  o += "# HELP piguard_http_requests_total HTTP requests answered, by route template, method and status.\n";
  o += "# TYPE piguard_http_requests_total counter\n";
  for (const auto& [k, n] : requests_) {
    const auto& [route, method, status] = k;
    o += "piguard_http_requests_total{route=\"" + EscapeLabel(route) + "\",method=\"" +
         EscapeLabel(method) + "\",status=\"" + std::to_string(status) + "\"} " + std::to_string(n) + "\n";
  }
  o += "# HELP piguard_http_request_duration_seconds Time from request read to response ready, by route.\n";
  o += "# TYPE piguard_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    std::string r = EscapeLabel(route);
    uint64_t cumulative = 0;
    for (size_t i = 0; i < kBuckets.size(); ++i) {
      cumulative += h.counts[i];
      o += "piguard_http_request_duration_seconds_bucket{route=\"" + r + "\",le=\"" + Num(kBuckets[i]) +
           "\"} " + std::to_string(cumulative) + "\n";
    }
    o += "piguard_http_request_duration_seconds_bucket{route=\"" + r + "\",le=\"+Inf\"} " +
         std::to_string(h.count) + "\n";
    o += "piguard_http_request_duration_seconds_sum{route=\"" + r + "\"} " + Num(h.sum) + "\n";
    o += "piguard_http_request_duration_seconds_count{route=\"" + r + "\"} " + std::to_string(h.count) + "\n";
  }
  o += "# HELP piguard_gate_decisions_total Collection-gate decisions per field, by outcome and reason.\n";
  o += "# TYPE piguard_gate_decisions_total counter\n";
  for (const auto& [k, n] : decisions_)
    o += "piguard_gate_decisions_total{outcome=\"" + EscapeLabel(k.first) + "\",reason=\"" +
         EscapeLabel(k.second) + "\"} " + std::to_string(n) + "\n";
  o += "# HELP piguard_consent_events_total Consent events recorded, by kind.\n";
  o += "# TYPE piguard_consent_events_total counter\n";
  for (const auto& [k, n] : consents_)
    o += "piguard_consent_events_total{event=\"" + EscapeLabel(k) + "\"} " + std::to_string(n) + "\n";
  o += "# HELP piguard_http_requests_in_flight Requests being handled now.\n";
  o += "# TYPE piguard_http_requests_in_flight gauge\n";
  o += "piguard_http_requests_in_flight " + std::to_string(in_flight_) + "\n";
  return o;
}

}  // namespace piguard::serve
