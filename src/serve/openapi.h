// The OpenAPI 3.1 document of `piguard serve` (src/serve/openapi.json, embedded at build
// time and served at GET /openapi.json).
#pragma once

#include <string_view>

namespace piguard::serve {

std::string_view OpenApiJson();

}  // namespace piguard::serve
