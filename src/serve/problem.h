// RFC 9457 problem details: every error answer of `piguard serve` is one of these, sent as
// application/problem+json. The `type` is a URN naming the problem class
// ("urn:piguard:problem:<slug>", listed in docs/serve.md), stable for clients to branch on;
// `detail` says what is wrong and what to do, and never contains a submitted value.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace piguard::serve {

struct Problem {
  int status = 500;
  std::string slug;      // "malformed-json"; the type is "urn:piguard:problem:" + slug
  std::string title;     // short, the same for every instance of the slug
  std::string detail;    // this instance: what and where (a JSON pointer when it is about the body)
  std::string pointer;   // JSON pointer into the request body, when the problem is there
  nlohmann::json extra = nlohmann::json::object();  // extension members
};

inline constexpr std::string_view kProblemTypePrefix = "urn:piguard:problem:";
inline constexpr std::string_view kProblemContentType = "application/problem+json";

// The problem classes. Each builder fixes status, slug and title.
Problem Unauthorized(std::string detail);          // 401: no or unknown API key
Problem Forbidden(std::string detail);             // 403: the role may not do this
Problem NotFound(std::string detail);              // 404: no such route
Problem MethodNotAllowed(std::string detail);      // 405
Problem RequestTimeout(std::string detail);        // 408: the body did not arrive in time
Problem Conflict(std::string slug, std::string title, std::string detail);  // 409
Problem PayloadTooLarge(std::string detail);       // 413
Problem UnsupportedMediaType(std::string detail);  // 415
Problem MalformedJson(std::string detail);         // 400
Problem BadRequest(std::string detail);            // 400: not HTTP we can serve
Problem InvalidBody(std::string pointer, std::string detail);  // 422: wrong type, missing or unknown member
Problem UnknownEntity(std::string_view what, std::string pointer, std::string detail);  // 422: service/purpose/category
Problem UnknownSubscriber(std::string detail);     // 404
Problem Unavailable(std::string detail);           // 503: the ledger cannot record; nothing was written
Problem Internal(std::string detail);              // 500

// The JSON body; `instance` is "urn:piguard:request:<request id>" so a report can be matched
// to the server's log and audit record.
nlohmann::json ProblemJson(const Problem& p, std::string_view request_id);

}  // namespace piguard::serve
