// Rendering the public notice (Order No. 24 Art. 8, 9) from a policy: what is collected, why,
// how, for how long, who receives it and under which protection, the user's rights and
// channels, and the consequence of refusing. Stamped with the rules' version, effective date
// and SHA-256 of the canonical rules, so a published page can be tied to one exact policy.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "piguard/policy.h"

namespace piguard::policy {

enum class Lang { kZh, kEn };
enum class NoticeFormat { kHtml, kMarkdown };
std::optional<Lang> ParseLang(std::string_view s);                  // "zh", "en"
std::optional<NoticeFormat> ParseNoticeFormat(std::string_view s);  // "html", "md"

// The whole notice. HTML is one self-contained page (inline CSS, no scripts, no external
// resources; lang attribute, landmarks, heading hierarchy, table headers with scope, viewport
// for phones). Markdown is GitHub-flavoured. Every user-supplied string is escaped for the
// output format. Deterministic: the same policy gives the same bytes (no timestamps).
std::string RenderNotice(const Policy& policy, Lang lang, NoticeFormat format);

}  // namespace piguard::policy
