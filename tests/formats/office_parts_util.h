// The rendered text of an Office, OpenDocument or OFD file's parts, for the tests of their
// readers: each part as "label\ntext", its text read in pieces of `piece` bytes (small pieces
// try every boundary), followed by "ERROR <message>" when the part ends with an error; the
// file's own error message instead of any part when it cannot be opened.
#pragma once

#include <string>
#include <vector>

#include "formats/office.h"

namespace piguard::testutil {

template <size_t piece>
std::vector<std::string> RenderParts(Result<std::vector<formats::OfficePart>> parts) {
  if (!parts.ok()) return {parts.status().message()};
  std::vector<std::string> out;
  formats::ForEachPart(parts.value(), [&](formats::OfficePart& p) {
    std::string text = p.label + "\n";
    char buf[piece];
    while (true) {
      auto r = p.source->Read(buf, sizeof buf);
      if (!r.ok()) {
        text += "ERROR " + r.status().message();
        break;
      }
      if (r.value() == 0) break;
      text.append(buf, r.value());
    }
    out.push_back(text);
    return true;
  });
  return out;
}

}  // namespace piguard::testutil
