// The operator's rules for collecting and using personal information ("the policy"), as code.
//
// A policy file (YAML, schema in docs/policy.md and schema/policy.schema.json) states which
// categories of PI the operator holds, which services collect them for which purposes and on
// which legal basis, which entrusted agents (trustees) receive them under which
// de-identification, what staff roles may see, and the channels users have. This header is
// the model and the question-answering API that later components (the collection gate, the
// HTTP service, reports) call:
//
//   auto loaded = piguard::policy::LoadPolicy("rules.yaml");
//   if (!loaded.ok()) ... loaded.status().message() is "rules.yaml:12:5: what (how to fix)"
//   std::shared_ptr<const Policy> p = loaded.value();
//   p->MayCollect("mobile", "billing", "payment");      // allowed? necessary? basis?
//   p->RoleAccess("customer_service", "identity_document");  // plain / masked / none
//   p->MayDisclose("courier", "mobile", "sim_delivery", "contact", Date{2026, 3, 1});
//   p->CategoryOfPiType("PHONE_NUMBER");                 // -> "contact"
//   p->sha256();                                         // hash of the canonical rules
//
// Thread-safety: a Policy is immutable after loading; every method is const and touches no
// shared mutable state, so one instance may be queried from any number of threads.
// Lint (policy_lint.h), rendering (policy_render.h) and diff (policy_diff.h) take a Policy.
#pragma once

#include <compare>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "piguard/status.h"

namespace piguard::policy {

// A calendar date (proleptic Gregorian), as written "YYYY-MM-DD" in policy files.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  auto operator<=>(const Date&) const = default;
  std::string ToString() const;                                // "2026-03-01"
  static std::optional<Date> Parse(std::string_view text);    // nullopt unless a real date
  Date PlusDays(int days) const;
};

// Where an element was written in the policy file (1-based), for lint messages.
struct SourcePos {
  int line = 0;
  int column = 0;
};

// Text the public notice shows, in both languages the notice is rendered in.
struct LocalizedText {
  std::string zh;
  std::string en;
  bool empty() const { return zh.empty() && en.empty(); }
  bool operator==(const LocalizedText&) const = default;
};

// PI classes of the telecom industry classification (YD/T 2781 family).
enum class PiClass { kA1, kA2, kB, kC1, kC2 };
// Why the operator may process the data (Order No. 24 Art. 9; PIPL Art. 13).
enum class LegalBasis { kConsent, kContract, kLegalDuty };
// Where the data comes from.
enum class CollectionMethod { kUser, kNetwork, kDevice, kThirdParty };
// A purpose serves the basic function of a service (needed to provide it at all) or an
// extended one the user can refuse and still get the service (GB/T 35273).
enum class PurposeFunction { kBasic, kExtended };
// What a staff role sees of a category. Ordered: kNone < kMasked < kPlain.
enum class Visibility { kNone, kMasked, kPlain };
// Where a retention period starts.
enum class RetentionStart { kCollection, kServiceEnd };
// De-identification a trustee receives a PI type under: the operators of `piguard redact`
// (docs/redact.md), plus kPlain, which hands the value over unchanged and is linted.
enum class DeidOperator {
  kPlain,
  kRemove,
  kReplace,
  kMask,
  kPseudonym,       // keyed HMAC-SHA256 token
  kFpe,             // format-preserving encryption (FF1); reversible by the key holder
  kIpPrefix,        // prefix-preserving IP anonymization (Crypto-PAn)
  kDateGeneralize,
  kDateShift,
  kDrop,            // the field is not delivered at all
};

// Spellings used in policy files, JSON output and the canonical form.
std::string_view PiClassName(PiClass c);              // "A1", "A2", "B", "C1", "C2"
std::string_view LegalBasisName(LegalBasis b);        // "consent", "contract", "legal_duty"
std::string_view MethodName(CollectionMethod m);      // "user", "network", "device", "third_party"
std::string_view FunctionName(PurposeFunction f);     // "basic", "extended"
std::string_view VisibilityName(Visibility v);        // "none", "masked", "plain"
std::string_view RetentionStartName(RetentionStart s);  // "collection", "service_end"
std::string_view DeidOperatorName(DeidOperator op);   // "plain", "remove", ..., "drop"
std::optional<PiClass> ParsePiClass(std::string_view s);
std::optional<LegalBasis> ParseLegalBasis(std::string_view s);
std::optional<CollectionMethod> ParseMethod(std::string_view s);
std::optional<PurposeFunction> ParseFunction(std::string_view s);
std::optional<Visibility> ParseVisibility(std::string_view s);
std::optional<RetentionStart> ParseRetentionStart(std::string_view s);
std::optional<DeidOperator> ParseDeidOperator(std::string_view s);

// A retention period "<n>d", "<n>m" or "<n>y" counted from collection or from the end of
// the service. Compare lengths with ApproxDays (months 30.4375 days, years 365.25 days, so
// 12m == 1y).
struct Retention {
  int amount = 0;
  char unit = 'd';  // 'd', 'm' or 'y'
  RetentionStart start = RetentionStart::kCollection;
  std::string PeriodText() const;  // "3y"
  double ApproxDays() const;
  bool operator==(const Retention&) const = default;
};

struct Category {
  std::string id;                   // [a-z][a-z0-9_]*, unique
  PiClass pi_class = PiClass::kA1;
  LocalizedText name;
  LocalizedText description;        // optional: what it contains, in words
  bool sensitive = false;           // sensitive PI (GB/T 35273, PIPL Art. 28)
  int level = 1;                    // sensitivity level 1 (low) .. 5 (high)
  std::vector<std::string> pi_types;  // scanner type names, each in at most one category
  SourcePos pos;
};

// One category a purpose collects.
struct Collection {
  std::string category;
  bool necessary = false;           // needed for the purpose, or optional for the user
  std::vector<CollectionMethod> methods;  // in enum order, no duplicates, at least one
  std::string justification;        // why necessary/optional; empty when none was given
  SourcePos pos;
};

struct Purpose {
  std::string id;                   // unique within its service
  LocalizedText name;
  LocalizedText description;        // why the data is collected
  PurposeFunction function = PurposeFunction::kBasic;
  LegalBasis legal_basis = LegalBasis::kConsent;
  LocalizedText legal_reference;    // the law, for legal_duty (optional)
  std::optional<Retention> retention;          // absent: linted (P010)
  LocalizedText refusal_consequence;           // empty: linted (P009)
  std::vector<Collection> collects;
  SourcePos pos;
  SourcePos retention_pos;
};

struct Service {
  std::string id;
  LocalizedText name;
  LocalizedText description;
  std::vector<Purpose> purposes;
  SourcePos pos;
};

// How each PI type of the granted categories is de-identified, keyed by PI type name, with a
// fallback for types the policy does not name (custom data, categories without types).
struct Deidentification {
  DeidOperator fallback = DeidOperator::kPlain;
  std::map<std::string, DeidOperator> by_pi_type;
  DeidOperator For(std::string_view pi_type) const;
  bool operator==(const Deidentification&) const = default;
};

// What a trustee may receive for one purpose.
struct Grant {
  std::string service;
  std::string purpose;
  std::vector<std::string> categories;
  // Per category id: the de-identification of each of its PI types.
  std::map<std::string, Deidentification> deidentify;
  std::string justification;        // why plain data is needed, when it is
  SourcePos pos;
  SourcePos deidentify_pos;
};

struct Trustee {
  std::string id;
  LocalizedText name;
  LocalizedText task;               // what the trustee does for the operator
  std::string contract;             // contract id
  Date valid_from;
  Date valid_to;                    // inclusive
  std::vector<Grant> receives;
  SourcePos pos;
  SourcePos valid_to_pos;
};

struct Role {
  std::string id;
  std::string name;
  std::vector<std::pair<std::string, std::string>> purposes;  // (service, purpose) it works for
  std::map<std::string, Visibility> access;  // category -> visibility; absent means kNone
  SourcePos pos;
  std::map<std::string, SourcePos> access_pos;
};

struct Channel {
  std::string kind;                 // phone, email, web, app, counter, postal
  std::string value;                // "10099", "https://...", shown as written
  LocalizedText note;               // optional: hours, menu path
};

struct Channels {
  std::vector<Channel> query;
  std::vector<Channel> correction;
  std::vector<Channel> cancellation;
  std::vector<Channel> complaint;
  std::optional<int> complaint_reply_days;
  SourcePos pos;
};

// The whole file, as loaded. Plain data; Policy wraps it with indexes.
struct PolicyModel {
  int format = 1;                   // piguard_policy: schema version of the file format
  std::string version;              // the rules' own version, e.g. "2026.1"
  Date effective_date;
  std::string supersedes;           // empty for a first version
  LocalizedText operator_name;
  std::string operator_website;
  std::vector<std::string> custom_pi_types;
  std::vector<Category> categories;
  std::vector<Service> services;
  std::vector<Trustee> trustees;
  std::vector<Role> roles;
  Channels channels;
  std::string source;               // file name used in messages
  SourcePos channels_pos;
};

// Answer to "may service S collect category C for purpose P?".
struct CollectionDecision {
  enum class Reason { kAllowed, kUnknownService, kUnknownPurpose, kUnknownCategory, kNotListed };
  bool allowed = false;
  Reason reason = Reason::kNotListed;
  bool necessary = false;           // meaningful when allowed
  LegalBasis legal_basis = LegalBasis::kConsent;
  std::vector<CollectionMethod> methods;
  std::optional<Retention> retention;
};

// Answer to "may trustee T receive category C for purpose P on date D?".
struct DisclosureDecision {
  enum class Reason {
    kAllowed,
    kUnknownTrustee,
    kUnknownCategory,
    kContractNotInForce,  // D is outside [valid_from, valid_to]
    kNotGranted,          // the contract does not cover this category for this purpose
    kNotCollected,        // granted, but the purpose does not collect the category
  };
  bool allowed = false;
  Reason reason = Reason::kNotGranted;
  std::string contract;
  Deidentification deidentification;  // meaningful when allowed
};

class Policy {
 public:
  // Validates the model's cross-references and builds the indexes; used by the loader.
  // Fails with the first broken reference ("file:line:col: ...").
  static Result<std::shared_ptr<const Policy>> FromModel(PolicyModel model);

  const PolicyModel& model() const { return model_; }
  // Canonical JSON of the rules (docs/policy.md, "Canonical form") and its SHA-256 in
  // lower-case hex. Formatting, comments, key order and equivalent spellings in the YAML do
  // not change them.
  const std::string& canonical_json() const { return canonical_; }
  const std::string& sha256() const { return sha256_; }

  const Category* FindCategory(std::string_view id) const;
  const Service* FindService(std::string_view id) const;
  const Purpose* FindPurpose(std::string_view service, std::string_view purpose) const;
  const Trustee* FindTrustee(std::string_view id) const;
  const Role* FindRole(std::string_view id) const;
  // The category a scanner PI type ("PHONE_NUMBER", or a declared custom type) belongs to;
  // nullptr when no category lists it.
  const Category* CategoryOfPiType(std::string_view pi_type) const;

  CollectionDecision MayCollect(std::string_view service, std::string_view purpose,
                                std::string_view category) const;
  // What role R sees of category C. An unknown role or category, or a category the role
  // does not list, is kNone: access is denied unless granted.
  Visibility RoleAccess(std::string_view role, std::string_view category) const;
  DisclosureDecision MayDisclose(std::string_view trustee, std::string_view service,
                                 std::string_view purpose, std::string_view category,
                                 Date on) const;

 private:
  explicit Policy(PolicyModel model) : model_(std::move(model)) {}
  PolicyModel model_;
  std::string canonical_;
  std::string sha256_;
  std::map<std::string, size_t, std::less<>> category_index_;
  std::map<std::string, size_t, std::less<>> service_index_;
  std::map<std::string, size_t, std::less<>> trustee_index_;
  std::map<std::string, size_t, std::less<>> role_index_;
  std::map<std::string, size_t, std::less<>> pi_type_index_;  // -> category index
};

// Parses a policy file's text. `source_name` prefixes every message:
// "<source_name>:<line>:<col>: <what is wrong> (<how to fix>)". Unknown and duplicate keys
// are errors. Never throws.
Result<std::shared_ptr<const Policy>> ParsePolicy(std::string_view yaml_text,
                                                  std::string_view source_name);
// Reads and parses a policy file (kNotFound when it cannot be opened).
Result<std::shared_ptr<const Policy>> LoadPolicy(const std::string& path);

// Canonical JSON of a model (no source positions) and SHA-256 helpers, exposed for tests.
std::string CanonicalJson(const PolicyModel& model);
std::string Sha256Hex(std::string_view data);

}  // namespace piguard::policy
