// fuzz_policy: the input bytes are a policy file (YAML). piguard::policy::ParsePolicy must
// return a whole Policy or an error Status with a "<file>:..." message, never throw, crash
// or hand back part of a policy. A loaded policy must then survive everything later code
// does with it: lint, the queries, both notices in both formats (with no markup injected
// from the file), diff against itself (no changes), and a stable canonical hash.
#include <string>
#include <string_view>

#include "fuzz_common.h"
#include "piguard/policy.h"
#include "piguard/policy_diff.h"
#include "piguard/policy_lint.h"
#include "piguard/policy_render.h"

namespace {

constexpr std::string_view kSource = "fuzz.yaml";

size_t Count(const std::string& s, std::string_view needle) {
  size_t n = 0;
  for (size_t at = s.find(needle); at != std::string::npos; at = s.find(needle, at + 1)) ++n;
  return n;
}

// Occurrences of `needle` inside the page's tags (between '<' and '>'): an attribute there is
// markup, while the same words in the text ("the card you ordered style= online") are text.
size_t CountInTags(const std::string& html, std::string_view needle) {
  size_t n = 0;
  for (size_t lt = html.find('<'); lt != std::string::npos; lt = html.find('<', lt + 1)) {
    const size_t gt = html.find('>', lt);
    if (gt == std::string::npos) break;
    std::string_view tag(html.data() + lt, gt - lt);
    for (size_t at = tag.find(needle); at != std::string_view::npos; at = tag.find(needle, at + 1))
      ++n;
  }
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace piguard::policy;
  std::string_view yaml(reinterpret_cast<const char*>(data), size);
  auto loaded = ParsePolicy(yaml, kSource);
  if (!loaded.ok()) {
    const std::string& m = loaded.status().message();
    PIGUARD_FUZZ_CHECK(loaded.status().code() != piguard::StatusCode::kOk, "error with an OK status");
    PIGUARD_FUZZ_CHECK(m.rfind(std::string(kSource), 0) == 0, "error message without the file name: %s",
                       m.c_str());
    return 0;
  }
  const Policy& p = *loaded.value();
  const PolicyModel& m = p.model();
  PIGUARD_FUZZ_CHECK(!m.categories.empty() && !m.services.empty(), "loaded a policy without categories or services");
  PIGUARD_FUZZ_CHECK(p.sha256() == Sha256Hex(p.canonical_json()), "hash does not match the canonical form");

  // Loading is deterministic and the canonical form is stable.
  auto again = ParsePolicy(yaml, kSource);
  PIGUARD_FUZZ_CHECK(again.ok() && again.value()->sha256() == p.sha256(), "second load differs");

  LintOptions opt;
  opt.today = Date{2026, 6, 1};
  for (const LintFinding& f : Lint(p, opt)) {
    bool known = false;
    for (const LintRule& r : LintRules()) known |= r.id == f.rule;
    PIGUARD_FUZZ_CHECK(known, "finding with unknown rule %s", f.rule.c_str());
    PIGUARD_FUZZ_CHECK(f.pos.line >= 0, "negative line");
  }

  // Every query over every id answers without crashing, and agrees with the model.
  for (const Service& s : m.services)
    for (const Purpose& pu : s.purposes)
      for (const Collection& c : pu.collects)
        PIGUARD_FUZZ_CHECK(p.MayCollect(s.id, pu.id, c.category).allowed, "listed collection refused");
  for (const Category& c : m.categories)
    for (const std::string& t : c.pi_types)
      PIGUARD_FUZZ_CHECK(p.CategoryOfPiType(t) == &c, "PI type %s maps to another category", t.c_str());
  for (const Trustee& t : m.trustees)
    for (const Grant& g : t.receives)
      for (const std::string& c : g.categories) {
        auto d = p.MayDisclose(t.id, g.service, g.purpose, c, t.valid_from);
        PIGUARD_FUZZ_CHECK(d.allowed || d.reason == DisclosureDecision::Reason::kNotCollected,
                           "granted disclosure refused on the contract's first day");
      }
  for (const Role& r : m.roles)
    for (const auto& [cat, vis] : r.access)
      PIGUARD_FUZZ_CHECK(p.RoleAccess(r.id, cat) == vis, "role access differs from the model");

  // The notice never carries markup from the file: the page template has no script, iframe,
  // image or style attribute, so any occurrence came through unescaped.
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    std::string html = RenderNotice(p, lang, NoticeFormat::kHtml);
    PIGUARD_FUZZ_CHECK(html.rfind("<!DOCTYPE html>", 0) == 0, "HTML notice does not start with a doctype");
    PIGUARD_FUZZ_CHECK(html.ends_with("</html>\n"), "HTML notice is cut short");
    PIGUARD_FUZZ_CHECK(Count(html, "<script") + Count(html, "<iframe") + Count(html, "<img") +
                               CountInTags(html, " style=") + CountInTags(html, "javascript:") == 0,
                       "markup from the policy reached the HTML notice");
    PIGUARD_FUZZ_CHECK(Count(html, "<h1>") == 1, "HTML notice has %zu h1", Count(html, "<h1>"));
    std::string md = RenderNotice(p, lang, NoticeFormat::kMarkdown);
    PIGUARD_FUZZ_CHECK(md.rfind("# ", 0) == 0, "Markdown notice does not start with its title");
  }

  PolicyDiff self = DiffPolicies(p, p);
  PIGUARD_FUZZ_CHECK(self.changes.empty() && self.warnings.empty(), "a policy differs from itself");
  return 0;
}
