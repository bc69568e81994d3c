// Redactor internals shared by the redactor (rules, keys, per-finding operators) and the
// chunk rewriter.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "crypto/cryptopan.h"
#include "crypto/hmac.h"
#include "piguard/redact.h"
#include "redact/type_ops.h"

namespace piguard {

struct Redactor::Impl {
  struct CompiledField {
    FieldRule rule;
    std::optional<TypeId> type;
    std::vector<std::string> segments;  // the pattern as JSON path segments
  };
  // field name -> indices of the field rules that match it (per thread)
  using FieldCache = std::unordered_map<std::string, std::vector<int>>;

  const Scanner* scanner = nullptr;
  Mode mode = Mode::kRedact;
  std::string context;
  std::string key_id;
  OperatorSpec default_spec;
  std::vector<OperatorSpec> by_type;  // indexed by TypeId
  // Per TypeId, fixed at Create so that the per-finding path does no lookups or formatting:
  // the scanner's type name, and what the type's own rule writes when it is replace (the
  // output of replace depends on the type only).
  std::vector<std::string_view> type_names;
  std::vector<std::string> type_replacements;
  std::vector<CompiledField> fields;
  bool has_structural = false;        // some field rule drops fields or rewrites whole values
  std::unique_ptr<redact::FpeKeys> fpe;
  std::optional<crypto::CryptoPan> pan;
  std::optional<crypto::HmacSha256> pseudonym;
  std::optional<crypto::HmacSha256> date_shift;

  bool FieldMatches(const CompiledField& f, std::string_view field) const;
  const std::vector<int>& RulesForField(std::string_view field, FieldCache& cache) const;
  // The operator for a finding of `type` in `field` (a field rule, else the type's rule).
  const OperatorSpec& SpecFor(TypeId type, std::string_view field, FieldCache& cache) const {
    if (fields.empty() || field.empty()) return TypeSpec(type);  // the common case, inline
    return FieldSpecFor(type, field, cache);
  }
  // The type's own rule (the default for a type the scanner does not know).
  const OperatorSpec& TypeSpec(TypeId type) const {
    return type < by_type.size() ? by_type[type] : default_spec;
  }
  const OperatorSpec& FieldSpecFor(TypeId type, std::string_view field, FieldCache& cache) const;
  std::string_view TypeName(TypeId type) const {
    return type < type_names.size() ? type_names[type] : scanner->TypeName(type);
  }
  // Appends the replacement of one value to *out; false (nothing appended) keeps the value.
  // `subject` keys date_shift. With `pseudonyms`, a pseudonym's digits are left to that batch
  // (see PseudonymBatch: *out must then not be read before its Flush); without, *out is final.
  bool ApplyTo(const OperatorSpec& spec, TypeId type, std::string_view value,
               std::string_view subject, RedactStats& stats, std::string* out,
               redact::PseudonymBatch* pseudonyms = nullptr) const;
  std::optional<std::string> Apply(const OperatorSpec& spec, TypeId type, std::string_view value,
                                   std::string_view subject, RedactStats& stats) const {
    std::string out;
    if (!ApplyTo(spec, type, value, subject, stats, &out)) return std::nullopt;
    return out;
  }
};

}  // namespace piguard
