#include "serve/server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <random>
#include <thread>

#include "serve/openapi.h"
#include "serve/requests.h"

namespace piguard::serve {
namespace {

using Json = nlohmann::json;
using Clock = std::chrono::steady_clock;

// What one worker thread knows about the request it is handling, from pre-routing to the
// access log. cpp-httplib runs a request start to finish on one thread.
struct RequestState {
  std::string request_id;
  Clock::time_point start{};
  std::string principal;
  std::string role;
};
thread_local RequestState tls;

std::string NewRequestId() {
  thread_local std::mt19937_64 rng{std::random_device{}() ^
                                   std::hash<std::thread::id>{}(std::this_thread::get_id())};
  static constexpr char kHex[] = "0123456789abcdef";
  uint64_t a = rng(), b = rng();
  std::string id(32, '0');
  for (int i = 0; i < 16; ++i) {
    id[i] = kHex[(a >> (i * 4)) & 15];
    id[16 + i] = kHex[(b >> (i * 4)) & 15];
  }
  return id;
}

bool ValidRequestId(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) return false;
  return true;
}

// Splits "/a/b/c" into segments.
std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> out;
  size_t p = 0;
  while (p < path.size()) {
    if (path[p] == '/') {
      ++p;
      continue;
    }
    size_t q = path.find('/', p);
    if (q == std::string_view::npos) q = path.size();
    out.push_back(path.substr(p, q - p));
    p = q;
  }
  return out;
}

bool PathMatches(std::string_view tmpl, std::string_view path) {
  if (path.empty() || path[0] != '/' || (path.size() > 1 && path.back() == '/')) return false;
  // An empty segment is never a parameter: "/v1/subscribers//consents" is not
  // "/v1/subscribers/{subscriber}" with the id "consents".
  if (path.find("//") != std::string_view::npos) return false;
  auto t = Segments(tmpl), p = Segments(path);
  if (t.size() != p.size()) return false;
  for (size_t i = 0; i < t.size(); ++i) {
    bool param = !t[i].empty() && t[i].front() == '{';
    if (!param && t[i] != p[i]) return false;
    if (param && p[i].empty()) return false;
  }
  return true;
}

// The httplib pattern for an OpenAPI template: "{x}" becomes one path segment.
std::string Pattern(const std::string& tmpl) {
  std::string out;
  for (size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '{') {
      out += "([^/]+)";
      i = tmpl.find('}', i);
    } else if (tmpl[i] == '.') {
      out += "\\.";
    } else {
      out += tmpl[i];
    }
  }
  return out;
}

class Listener : public httplib::Server {
 public:
  socket_t listening_socket() const { return svr_sock_; }
};

}  // namespace

const std::vector<RouteSpec>& Routes() {
  static const std::vector<RouteSpec> routes = {
      {"GET", "/livez", "livez", std::nullopt},
      {"GET", "/readyz", "readyz", Permission::kRulesRead},
      {"GET", "/metrics", "metrics", Permission::kMetricsRead},
      {"GET", "/openapi.json", "openapi", Permission::kRulesRead},
      {"GET", "/v1/rules", "rules.read", Permission::kRulesRead},
      {"POST", "/v1/gate/decisions", "gate.decide", Permission::kGateDecide},
      {"POST", "/v1/consents/grant", "consent.grant", Permission::kConsentWrite},
      {"POST", "/v1/consents/withdraw", "consent.withdraw", Permission::kConsentWrite},
      {"GET", "/v1/subscribers/{subscriber}/consents", "consent.history", Permission::kConsentRead},
      {"GET", "/v1/subscribers/{subscriber}", "subscriber.query", Permission::kRightsRead},
      {"POST", "/v1/subscribers/{subscriber}/terminate", "subscriber.terminate", Permission::kRightsWrite},
      {"POST", "/v1/subscribers/{subscriber}/corrections", "correction.request", Permission::kRightsWrite},
      {"POST", "/v1/corrections/{id}/status", "correction.status", Permission::kRightsWrite},
      {"POST", "/v1/access", "access.read", Permission::kAccessRead},
      {"POST", "/v1/access/bulk-requests", "access.bulk_request", Permission::kAccessRead},
      {"POST", "/v1/access/bulk-requests/{id}/approve", "access.bulk_approve", Permission::kBulkApprove},
      {"POST", "/v1/disclosures", "disclosure", Permission::kDisclose},
      {"GET", "/v1/trustees/{trustee}/report", "trustee.report", Permission::kTrusteeReport},
  };
  return routes;
}

const RouteSpec* MatchRoute(std::string_view method, std::string_view path) {
  for (const RouteSpec& r : Routes())
    if (r.method == method && PathMatches(r.path, path)) return &r;
  return nullptr;
}

bool PathKnown(std::string_view path) {
  for (const RouteSpec& r : Routes())
    if (PathMatches(r.path, path)) return true;
  return false;
}

struct HttpServer::Impl {
  Service* service;
  const KeyRing* keys;
  Metrics* metrics;
  JsonLog* log;
  ServerOptions opt;
  Listener http;
  int port = 0;
  std::atomic<bool> stop_requested{false};
  std::atomic<int64_t> in_flight{0};

  Caller CallerOf(const httplib::Request& req) const {
    Caller c;
    c.request_id = tls.request_id.empty() ? NewRequestId() : tls.request_id;
    c.remote = req.remote_addr + ":" + std::to_string(req.remote_port);
    return c;
  }

  static void Send(httplib::Response& res, const Reply& r) {
    res.status = r.status;
    if (r.raw) {
      res.set_content(*r.raw, r.content_type);
      return;
    }
    res.set_content(r.body.dump(-1, ' ', false, Json::error_handler_t::replace),
                    r.is_problem ? std::string(kProblemContentType) : "application/json");
  }

  // Authentication and permission. Returns false after answering the refusal.
  bool Admit(const RouteSpec& route, const httplib::Request& req, httplib::Response& res, Caller& c) {
    if (!route.permission) return true;
    std::string why;
    auto who = keys->Authenticate(req.get_header_value("Authorization"), &why);
    if (!who) {
      Send(res, service->Refuse(c, route.action, Unauthorized(why)));
      res.set_header("WWW-Authenticate", "Bearer realm=\"piguard\"");
      return false;
    }
    c.principal = who->name;
    c.role = std::string(RoleName(who->role));
    tls.principal = c.principal;
    tls.role = c.role;
    if (!RoleAllows(who->role, *route.permission)) {
      Send(res, service->Refuse(c, route.action,
                                Forbidden("role '" + c.role + "' may not " + std::string(PermissionName(*route.permission)) +
                                          " (" + route.method + " " + route.path + "); see the roles table in docs/serve.md")));
      return false;
    }
    return true;
  }

  // Reads a JSON body within the limits. Returns false after answering the problem.
  bool ReadBody(const RouteSpec& route, const httplib::Request& req, httplib::Response& res,
                const httplib::ContentReader& reader, const Caller& c, std::string* body) {
    if (req.has_header("Content-Length")) {
      std::string len = req.get_header_value("Content-Length");
      char* end = nullptr;
      unsigned long long n = std::strtoull(len.c_str(), &end, 10);
      if (end == len.c_str() || *end != '\0' || n > opt.max_body_bytes) {
        Send(res, service->Refuse(c, route.action,
                                  PayloadTooLarge("the body may be at most " + std::to_string(opt.max_body_bytes) +
                                                  " bytes")));
        res.set_header("Connection", "close");
        return false;
      }
      body->reserve(static_cast<size_t>(n));
    }
    bool too_big = false;
    auto t0 = Clock::now();
    bool ok = reader([&](const char* data, size_t len) {
      if (body->size() + len > opt.max_body_bytes) {
        too_big = true;
        return false;
      }
      body->append(data, len);
      return true;
    });
    if (ok) {
      // The media type is checked after the body is read, so that the connection stays in
      // step for the next request on it.
      std::string ct = req.get_header_value("Content-Type");
      std::string media = ct.substr(0, ct.find(';'));
      while (!media.empty() && media.back() == ' ') media.pop_back();
      for (char& ch : media) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (media == "application/json") return true;
      Send(res, service->Refuse(c, route.action,
                                UnsupportedMediaType("send the body as Content-Type: application/json" +
                                                     std::string(ct.empty() ? " (none was given)" : ""))));
      return false;
    }
    double waited = std::chrono::duration<double>(Clock::now() - t0).count();
    Problem p = too_big ? PayloadTooLarge("the body may be at most " + std::to_string(opt.max_body_bytes) + " bytes")
                : waited >= opt.read_timeout_s - 0.25
                    ? RequestTimeout("the body did not arrive within " + std::to_string(opt.read_timeout_s) +
                                     " s; send it in one go")
                    : BadRequest("the body could not be read (connection closed or broken chunked encoding)");
    Send(res, service->Refuse(c, route.action, p));
    res.set_header("Connection", "close");
    return false;
  }

  void Handle(const RouteSpec& route, const httplib::Request& req, httplib::Response& res,
              const httplib::ContentReader* reader) {
    struct InFlight {
      std::atomic<int64_t>& n;
      explicit InFlight(std::atomic<int64_t>& x) : n(x) { ++n; }
      ~InFlight() { --n; }
    } guard(in_flight);
    Caller c = CallerOf(req);
    if (!Admit(route, req, res, c)) return;
    const std::string& a = route.action;
    std::string param = req.matches.size() > 1 ? req.matches[1].str() : std::string();
    if (a == "livez") {
      Send(res, {200, Json{{"status", "live"}}, false});
    } else if (a == "readyz") {
      Send(res, service->Ready(c));
    } else if (a == "metrics") {
      metrics->SetInFlight(in_flight.load());
      res.status = 200;
      res.set_content(metrics->Render(), "text/plain; version=0.0.4; charset=utf-8");
    } else if (a == "openapi") {
      res.status = 200;
      res.set_content(std::string(OpenApiJson()), "application/json");
    } else if (a == "rules.read") {
      Send(res, service->Rules(c));
    } else if (a == "consent.history") {
      Send(res, service->History(c, param));
    } else if (a == "trustee.report") {
      Send(res, service->TrusteeReport(c, param, req.get_param_value("from"), req.get_param_value("to"),
                                       req.has_param("format") ? req.get_param_value("format") : "json"));
    } else if (a == "subscriber.query") {
      Send(res, service->SubscriberRecord(c, param));
    } else {
      std::string body;
      if (!reader || !ReadBody(route, req, res, *reader, c, &body)) return;
      if (a == "gate.decide") Send(res, service->Decide(c, body));
      else if (a == "consent.grant") Send(res, service->Grant(c, body));
      else if (a == "consent.withdraw") Send(res, service->Withdraw(c, body));
      else if (a == "subscriber.terminate") Send(res, service->Terminate(c, param, body));
      else if (a == "correction.request") Send(res, service->RequestCorrection(c, param, body));
      else if (a == "correction.status") Send(res, service->UpdateCorrection(c, param, body));
      else if (a == "access.read") Send(res, service->Access(c, body));
      else if (a == "access.bulk_request") Send(res, service->BulkRequest(c, body));
      else if (a == "access.bulk_approve") Send(res, service->BulkApprove(c, param, body));
      else if (a == "disclosure") Send(res, service->Disclose(c, body));
    }
  }

  // Problems for answers cpp-httplib makes itself (no route, unparsable request line ...).
  httplib::Server::HandlerResponse OnError(const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;  // ours already
    Caller c = CallerOf(req);
    Problem p;
    if (res.status == 404 && PathKnown(req.path)) {
      res.status = 405;
      std::string allow;
      for (const RouteSpec& r : Routes())
        if (PathMatches(r.path, req.path)) allow += (allow.empty() ? "" : ", ") + r.method;
      res.set_header("Allow", allow);
      p = MethodNotAllowed(req.method + " is not allowed here; use " + allow);
    } else if (res.status == 404) {
      p = NotFound("no endpoint at this path; GET /openapi.json lists them");
    } else if (res.status == 413) {
      p = PayloadTooLarge("the body may be at most " + std::to_string(opt.max_body_bytes) + " bytes");
    } else if (res.status == 414) {
      p = BadRequest("the request target is too long");
    } else if (res.status == 400) {
      p = BadRequest("the request is not HTTP/1.1 this server can read");
    } else {
      p = Internal("the server could not handle the request");
      p.status = res.status;
    }
    res.status = p.status;
    res.set_content(ProblemJson(p, c.request_id).dump(), std::string(kProblemContentType));
    if (!res.has_header("X-Request-Id")) res.set_header("X-Request-Id", c.request_id);
    return httplib::Server::HandlerResponse::Handled;
  }

  void OnLogged(const httplib::Request& req, const httplib::Response& res) {
    const RouteSpec* r = MatchRoute(req.method, req.path);
    std::string route = r ? r->path : "unmatched";
    double secs = tls.start == Clock::time_point{} ? 0.0
                                                   : std::chrono::duration<double>(Clock::now() - tls.start).count();
    std::string method = req.method.empty() ? "INVALID" : req.method.size() <= 8 ? req.method : "OTHER";
    metrics->ObserveRequest(route, method, res.status, secs);
    if (log->access_log()) {
      Json f{{"request_id", res.get_header_value("X-Request-Id")},
             {"method", method},
             {"route", route},
             {"status", res.status},
             {"duration_ms", secs * 1000.0},
             {"remote", req.remote_addr}};
      if (!tls.principal.empty()) {
        f["principal"] = tls.principal;
        f["role"] = tls.role;
      }
      log->Write(res.status >= 500 ? "error" : "info", "http_request", std::move(f));
    }
    tls = RequestState{};
  }
};

HttpServer::HttpServer(Service* service, const KeyRing* keys, Metrics* metrics, JsonLog* log,
                       ServerOptions options)
    : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  m.service = service;
  m.keys = keys;
  m.metrics = metrics;
  m.log = log;
  m.opt = std::move(options);
  httplib::Server& s = m.http;
  size_t threads = static_cast<size_t>(std::max(1, m.opt.threads));
  s.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  s.set_tcp_nodelay(true);
  s.set_payload_max_length(m.opt.max_body_bytes);
  s.set_read_timeout(m.opt.read_timeout_s, 0);
  s.set_write_timeout(m.opt.write_timeout_s, 0);
  s.set_keep_alive_timeout(m.opt.keep_alive_timeout_s);
  s.set_keep_alive_max_count(m.opt.keep_alive_max_requests);
  s.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    tls = RequestState{};
    tls.start = Clock::now();
    std::string given = req.get_header_value("X-Request-Id");
    tls.request_id = ValidRequestId(given) ? given : NewRequestId();
    res.set_header("X-Request-Id", tls.request_id);
    res.set_header("Cache-Control", "no-store");
    return httplib::Server::HandlerResponse::Unhandled;
  });
  s.set_error_handler(httplib::Server::HandlerWithResponse(
      [&m](const httplib::Request& req, httplib::Response& res) { return m.OnError(req, res); }));
  s.set_exception_handler([&m](const httplib::Request& req, httplib::Response& res, std::exception_ptr) {
    Caller c = m.CallerOf(req);
    Impl::Send(res, Reply::Of(Internal("the request failed inside the server; it was not recorded"), c));
  });
  s.set_logger([&m](const httplib::Request& req, const httplib::Response& res) { m.OnLogged(req, res); });
  for (const RouteSpec& r : Routes()) {
    std::string pattern = Pattern(r.path);
    const RouteSpec* rp = &r;
    if (r.method == "GET") {
      s.Get(pattern, [&m, rp](const httplib::Request& req, httplib::Response& res) { m.Handle(*rp, req, res, nullptr); });
    } else {
      s.Post(pattern, [&m, rp](const httplib::Request& req, httplib::Response& res,
                               const httplib::ContentReader& reader) { m.Handle(*rp, req, res, &reader); });
    }
  }
}

HttpServer::~HttpServer() = default;

Status HttpServer::Bind() {
  Impl& m = *impl_;
  if (m.opt.port == 0) {
    int p = m.http.bind_to_any_port(m.opt.host);
    if (p <= 0) return IoError("cannot listen on " + m.opt.host + ":0 (is the address local?)");
    m.port = p;
  } else {
    if (!m.http.bind_to_port(m.opt.host, m.opt.port))
      return IoError("cannot listen on " + m.opt.host + ":" + std::to_string(m.opt.port) +
                     " (in use, or not an address of this machine)");
    m.port = m.opt.port;
  }
  // cpp-httplib listens with a backlog of 5, which drops connection attempts when many
  // clients connect at once; listen() again on the same socket raises it.
  ::listen(m.http.listening_socket(), m.opt.listen_backlog);
  return Status::Ok();
}

int HttpServer::port() const { return impl_->port; }

Status HttpServer::Run() {
  if (impl_->stop_requested) return Status::Ok();
  if (!impl_->http.listen_after_bind() && !impl_->stop_requested)
    return IoError("the listening socket failed");
  return Status::Ok();
}

void HttpServer::Stop() {
  impl_->stop_requested = true;
  impl_->http.stop();
}

}  // namespace piguard::serve
