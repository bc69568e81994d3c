// Redactor: rules compiled for one scanner, key and context; the per-finding decision of
// which operator applies, and its application.
#include "redact/redactor_impl.h"

#include <fnmatch.h>

#include "crypto/keys.h"

namespace piguard {

namespace {

// "$.user.contacts[0].phone" -> {"user", "contacts", "phone"}: array indices do not matter
// to a rule, and the leading "$" is optional in patterns.
std::vector<std::string> PathSegments(std::string_view path) {
  if (path.substr(0, 1) == "$") path.remove_prefix(1);
  std::vector<std::string> segs;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) segs.push_back(cur);
    cur.clear();
  };
  for (size_t i = 0; i < path.size(); ++i) {
    char c = path[i];
    if (c == '.') {
      flush();
    } else if (c == '[') {
      size_t close = path.find(']', i);
      if (close == std::string_view::npos) break;
      i = close;
    } else {
      cur.push_back(c);
    }
  }
  flush();
  return segs;
}

bool MatchSegments(const std::vector<std::string>& pat, size_t pi,
                   const std::vector<std::string>& path, size_t si) {
  if (pi == pat.size()) return si == path.size();
  if (pat[pi] == "**") {
    for (size_t k = si; k <= path.size(); ++k)
      if (MatchSegments(pat, pi + 1, path, k)) return true;
    return false;
  }
  if (si == path.size()) return false;
  if (fnmatch(pat[pi].c_str(), path[si].c_str(), 0) != 0) return false;
  return MatchSegments(pat, pi + 1, path, si + 1);
}

}  // namespace

bool Redactor::Impl::FieldMatches(const CompiledField& f, std::string_view field) const {
  if (field.empty()) return false;
  if (field[0] == '$') return MatchSegments(f.segments, 0, PathSegments(field), 0);
  std::string name(field);
  return fnmatch(f.rule.field.c_str(), name.c_str(), 0) == 0;
}

const std::vector<int>& Redactor::Impl::RulesForField(std::string_view field,
                                                      FieldCache& cache) const {
  static const std::vector<int> kNone;
  if (fields.empty() || field.empty()) return kNone;
  auto it = cache.find(std::string(field));
  if (it != cache.end()) return it->second;
  if (cache.size() > 4096) cache.clear();
  std::vector<int> hits;
  for (size_t i = 0; i < fields.size(); ++i)
    if (FieldMatches(fields[i], field)) hits.push_back(static_cast<int>(i));
  return cache.emplace(std::string(field), std::move(hits)).first->second;
}

const OperatorSpec& Redactor::Impl::FieldSpecFor(TypeId type, std::string_view field,
                                                 FieldCache& cache) const {
  for (int i : RulesForField(field, cache)) {
    const CompiledField& f = fields[static_cast<size_t>(i)];
    if (f.rule.spec.op == RedactOp::kDrop) continue;  // drops act on fields, not findings
    if (!f.type || *f.type == type) return f.rule.spec;
  }
  return TypeSpec(type);
}

bool Redactor::Impl::ApplyTo(const OperatorSpec& spec, TypeId type, std::string_view value,
                             std::string_view subject, RedactStats& stats, std::string* out,
                             redact::PseudonymBatch* pseudonyms) const {
  std::string_view type_name = TypeName(type);
  auto put = [&](const std::optional<std::string>& r) {
    if (!r) return false;
    out->append(*r);
    return true;
  };
  if (mode == Mode::kReveal) {
    if (spec.op != RedactOp::kFpe && spec.op != RedactOp::kIpPrefix) return false;
    std::optional<std::string> r =
        spec.op == RedactOp::kFpe ? redact::Fpe(*fpe, &*pan, type, value, /*decrypt=*/true)
                                  : redact::IpPrefix(*pan, value, /*decrypt=*/true);
    if (r) ++stats.revealed;
    else ++stats.not_revealed;
    return put(r);
  }
  auto or_fallback = [&](const std::optional<std::string>& r) {
    if (r) {
      out->append(*r);
    } else {
      ++stats.fpe_fallbacks;
      out->append("<").append(type_name).append(">");
    }
    return true;
  };
  if (spec.op == RedactOp::kKeep) return false;
  ++stats.transformed;
  switch (spec.op) {
    case RedactOp::kKeep:
      return false;
    case RedactOp::kRemove:
    case RedactOp::kDrop:
      return true;
    case RedactOp::kReplace:
      if (type < by_type.size() && &spec == &by_type[type])
        out->append(type_replacements[type]);  // the type's own rule: formatted at Create
      else
        redact::ReplaceTo(spec, type_name, out);  // a field rule's
      return true;
    case RedactOp::kMask: {
      // "+86 138..." keeps its country prefix, so keep_first counts the number's own digits
      size_t prefix = type == kPhoneNumber ? redact::PhoneCountryPrefixLength(value) : 0;
      if (prefix) out->append(value.substr(0, prefix));
      redact::MaskTo(spec, value.substr(prefix), out);
      return true;
    }
    case RedactOp::kPseudonym:
      if (pseudonyms)
        pseudonyms->Append(*pseudonym, spec, type, type_name, value, out);
      else
        redact::PseudonymTo(*pseudonym, spec, type, type_name, value, out);
      return true;
    case RedactOp::kFpe:
      return or_fallback(redact::Fpe(*fpe, &*pan, type, value, /*decrypt=*/false));
    case RedactOp::kIpPrefix:
      return or_fallback(redact::IpPrefix(*pan, value, /*decrypt=*/false));
    case RedactOp::kDateGeneralize:
      return or_fallback(redact::DateGeneralize(spec, value));
    case RedactOp::kDateShift:
      return or_fallback(
          redact::DateShift(value, redact::DateShiftDays(*date_shift, spec.max_days, subject)));
  }
  return false;
}

Redactor::Redactor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Redactor::~Redactor() = default;
const Scanner& Redactor::scanner() const { return *impl_->scanner; }
Redactor::Mode Redactor::mode() const { return impl_->mode; }

Result<std::unique_ptr<Redactor>> Redactor::Create(const Scanner& scanner, const RedactRules& rules,
                                                   const RedactKey* key, std::string context,
                                                   Mode mode) {
  auto impl = std::make_unique<Impl>();
  impl->scanner = &scanner;
  impl->mode = mode;
  impl->context = context.empty() ? rules.context : std::move(context);
  impl->default_spec = rules.default_spec;
  impl->by_type.assign(scanner.TypeCount(), rules.default_spec);
  for (const auto& [name, spec] : rules.types) {
    bool found = false;
    for (TypeId t = 0; t < scanner.TypeCount(); ++t) {
      if (scanner.TypeName(t) == name) {
        impl->by_type[t] = spec;
        found = true;
      }
    }
    if (!found)
      return InvalidArgument(spec.where + ": type '" + name +
                             "' is not a built-in type nor a custom type of the scan "
                             "configuration (give the configuration that defines it with "
                             "--config)");
  }
  for (TypeId t = 0; t < scanner.TypeCount(); ++t) {
    impl->type_names.push_back(scanner.TypeName(t));
    impl->type_replacements.push_back(impl->by_type[t].op == RedactOp::kReplace
                                          ? redact::Replace(impl->by_type[t], scanner.TypeName(t))
                                          : std::string());
  }
  for (const FieldRule& f : rules.fields) {
    Impl::CompiledField c{f, std::nullopt, PathSegments(f.field)};
    if (f.type) c.type = BuiltinTypeFromName(*f.type);
    impl->has_structural |= f.whole_value || f.spec.op == RedactOp::kDrop;
    impl->fields.push_back(std::move(c));
  }
  std::string keyed = rules.FirstKeyedUse();
  if (mode == Mode::kReveal) {
    bool reversible = false;
    for (const auto& s : impl->by_type)
      reversible |= s.op == RedactOp::kFpe || s.op == RedactOp::kIpPrefix;
    for (const auto& f : rules.fields)
      reversible |= f.spec.op == RedactOp::kFpe || f.spec.op == RedactOp::kIpPrefix;
    if (!reversible)
      return InvalidArgument(rules.source +
                             ": these rules use no reversible operator (fpe or ip_prefix), so "
                             "there is nothing to reveal; pseudonyms, masks and replacements "
                             "are one-way by design");
    if (!key)
      return InvalidArgument("reveal needs the key the data was redacted with: give "
                             "--key-file FILE or --key-env VAR");
  }
  if (!keyed.empty() && !key)
    return InvalidArgument(keyed + " needs a key: give --key-file FILE or --key-env VAR (keys "
                           "are never taken from the command line)");
  if (key) {
    impl->key_id = key->id;
    crypto::SecretKey master(std::span<const uint8_t, 32>(key->bytes));
    auto derive = [&](std::string_view label) -> Result<crypto::SecretKey> {
      return crypto::DeriveKey(master, label, impl->context);
    };
    auto fpe_key = derive("piguard/redact/ff1");
    auto pan_key = derive("piguard/redact/cryptopan");
    auto hmac_key = derive("piguard/redact/pseudonym");
    auto shift_key = derive("piguard/redact/date-shift");
    for (auto* r : {&fpe_key, &pan_key, &hmac_key, &shift_key})
      if (!r->ok()) return r->status();
    auto fpe = redact::FpeKeys::Create(fpe_key.value().bytes());
    if (!fpe.ok()) return fpe.status();
    impl->fpe = std::move(fpe).value();
    auto pan = crypto::CryptoPan::Create(pan_key.value().bytes());
    if (!pan.ok()) return pan.status();
    impl->pan.emplace(std::move(pan).value());
    impl->pseudonym.emplace(hmac_key.value().bytes());
    impl->date_shift.emplace(shift_key.value().bytes());
  }
  return std::unique_ptr<Redactor>(new Redactor(std::move(impl)));
}

std::optional<std::string> Redactor::RedactValue(TypeId type, std::string_view value,
                                                 std::string_view field) const {
  Impl::FieldCache cache;
  RedactStats stats;
  return impl_->Apply(impl_->SpecFor(type, field, cache), type, value, {}, stats);
}

Result<std::string> Redactor::RevealValue(TypeId type, std::string_view token) const {
  if (impl_->mode != Mode::kReveal)
    return InvalidArgument("this redactor was not created for reveal");
  Impl::FieldCache cache;
  RedactStats stats;
  const OperatorSpec& spec = impl_->SpecFor(type, {}, cache);
  if (spec.op != RedactOp::kFpe && spec.op != RedactOp::kIpPrefix)
    return InvalidArgument(std::string(impl_->scanner->TypeName(type)) +
                           " is not redacted with fpe or ip_prefix under these rules, so its "
                           "tokens cannot be revealed");
  auto r = impl_->Apply(spec, type, token, {}, stats);
  if (!r)
    return InvalidArgument("the value is not a valid " +
                           std::string(impl_->scanner->TypeName(type)) +
                           " token (it does not have the structure fpe produces)");
  return *r;
}

}  // namespace piguard
