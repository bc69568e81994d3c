// The HTTP side of `piguard serve` on cpp-httplib: the route table, authentication and
// permission checks, body limits and timeouts, problem+json for every error, access logs and
// metrics, and a graceful stop.
//
// Threading: cpp-httplib gives each connection one worker thread of a fixed pool for the
// connection's whole life (keep-alive included), so `threads` bounds the number of
// connections served at once; further connections wait in the accept queue.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "piguard/status.h"
#include "serve/auth.h"
#include "serve/log.h"
#include "serve/metrics.h"
#include "serve/service.h"

namespace piguard::serve {

struct ServerOptions {
  std::string host = "127.0.0.1";   // listen address; loopback unless told otherwise
  int port = 8080;                  // 0: any free port (see HttpServer::port())
  int threads = 128;                // worker threads = connections served at once
  size_t max_body_bytes = 1 << 20;  // larger bodies get 413
  int read_timeout_s = 10;          // a client silent this long mid-request gets 408 / is dropped
  int write_timeout_s = 10;
  int keep_alive_timeout_s = 5;     // idle keep-alive connections close after this; also bounds
                                    // how long a graceful stop waits for idle connections
  size_t keep_alive_max_requests = 100000;
  int listen_backlog = 1024;
};

// One entry of the route table; the OpenAPI document must list exactly these.
struct RouteSpec {
  std::string method;        // "GET", "POST"
  std::string path;          // OpenAPI template: "/v1/subscribers/{subscriber}/consents"
  std::string action;        // audit action / log name: "gate.decide"
  std::optional<Permission> permission;  // nullopt: no authentication (/livez only)
};
const std::vector<RouteSpec>& Routes();
// The route template a concrete path matches for `method`, or nullptr.
const RouteSpec* MatchRoute(std::string_view method, std::string_view path);
// True when some route has this path under any method (for 405 vs 404).
bool PathKnown(std::string_view path);

class HttpServer {
 public:
  HttpServer(Service* service, const KeyRing* keys, Metrics* metrics, JsonLog* log, ServerOptions options);
  ~HttpServer();
  // Binds the listening socket (so port() is known before Run). Errors name the address.
  Status Bind();
  int port() const;
  // Serves until Stop(); returns after every in-flight request has been answered.
  Status Run();
  // Stops accepting; safe from any thread, idempotent.
  void Stop();

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace piguard::serve
