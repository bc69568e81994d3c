#include "serve/problem.h"

namespace piguard::serve {
namespace {

Problem Make(int status, std::string slug, std::string title, std::string detail,
             std::string pointer = {}) {
  Problem p;
  p.status = status;
  p.slug = std::move(slug);
  p.title = std::move(title);
  p.detail = std::move(detail);
  p.pointer = std::move(pointer);
  return p;
}

}  // namespace

Problem Unauthorized(std::string d) { return Make(401, "unauthorized", "Authentication required", std::move(d)); }
Problem Forbidden(std::string d) { return Make(403, "forbidden", "Not allowed for this role", std::move(d)); }
Problem NotFound(std::string d) { return Make(404, "not-found", "No such endpoint", std::move(d)); }
Problem MethodNotAllowed(std::string d) {
  return Make(405, "method-not-allowed", "Method not allowed", std::move(d));
}
Problem RequestTimeout(std::string d) {
  return Make(408, "request-timeout", "Request body not received in time", std::move(d));
}
Problem Conflict(std::string slug, std::string title, std::string d) {
  return Make(409, std::move(slug), std::move(title), std::move(d));
}
Problem PayloadTooLarge(std::string d) {
  return Make(413, "payload-too-large", "Request body too large", std::move(d));
}
Problem UnsupportedMediaType(std::string d) {
  return Make(415, "unsupported-media-type", "Unsupported media type", std::move(d));
}
Problem MalformedJson(std::string d) { return Make(400, "malformed-json", "Malformed JSON", std::move(d)); }
Problem BadRequest(std::string d) { return Make(400, "bad-request", "Bad request", std::move(d)); }
Problem InvalidBody(std::string pointer, std::string d) {
  return Make(422, "invalid-body", "Request body does not match the schema", std::move(d),
              std::move(pointer));
}
Problem UnknownEntity(std::string_view what, std::string pointer, std::string d) {
  std::string w(what);
  return Make(422, "unknown-" + w, "Unknown " + w + " in the rules", std::move(d), std::move(pointer));
}
Problem UnknownSubscriber(std::string d) {
  return Make(404, "unknown-subscriber", "Unknown subscriber", std::move(d));
}
Problem Unavailable(std::string d) {
  return Make(503, "ledger-unavailable", "Ledger unavailable; nothing was recorded", std::move(d));
}
Problem Internal(std::string d) { return Make(500, "internal", "Internal error", std::move(d)); }

nlohmann::json ProblemJson(const Problem& p, std::string_view request_id) {
  nlohmann::json j = p.extra.is_object() ? p.extra : nlohmann::json::object();
  j["type"] = std::string(kProblemTypePrefix) + p.slug;
  j["title"] = p.title;
  j["status"] = p.status;
  j["detail"] = p.detail;
  j["instance"] = "urn:piguard:request:" + std::string(request_id);
  j["request_id"] = std::string(request_id);
  if (!p.pointer.empty()) j["pointer"] = p.pointer;
  return j;
}

}  // namespace piguard::serve
