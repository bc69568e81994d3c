// Policy diff. Elements are matched by id (never by position), so reordering a list is not
// a change of substance; each difference is classified by what it means for the user:
// wider collection or disclosure needs renewed consent, narrower or reworded rules need an
// updated notice, staff-only settings are internal.
#include <algorithm>
#include <set>

#include "piguard/policy_diff.h"

namespace piguard::policy {
namespace {

std::string Words(const LocalizedText& t) { return t.empty() ? "" : t.zh + " / " + t.en; }

std::string MethodsText(const std::vector<CollectionMethod>& ms) {
  std::string s;
  for (auto m : ms) s += (s.empty() ? "" : ", ") + std::string(MethodName(m));
  return s;
}

std::string RetentionText(const std::optional<Retention>& r) {
  if (!r) return "none";
  return r->PeriodText() + " from " + std::string(RetentionStartName(r->start));
}

std::string DeidText(const Deidentification& d) {
  std::string s;
  for (const auto& [t, op] : d.by_pi_type) s += (s.empty() ? "" : ", ") + t + "=" + std::string(DeidOperatorName(op));
  return s + (s.empty() ? "" : ", ") + "other=" + std::string(DeidOperatorName(d.fallback));
}

template <typename T>
const T* ById(const std::vector<T>& v, const std::string& id) {
  for (const T& x : v)
    if (x.id == id) return &x;
  return nullptr;
}

class Differ {
 public:
  Differ(const Policy& a, const Policy& b) : a_(a), b_(b), ma_(a.model()), mb_(b.model()) {}

  PolicyDiff Run() {
    Meta();
    Categories();
    Services();
    Trustees();
    Roles();
    Channels();
    if (!d_.changes.empty() && ma_.version == mb_.version)
      d_.warnings.push_back("the rules changed but the version did not (" + mb_.version +
                            "); give the new rules a new version");
    if (ma_.version != mb_.version && mb_.supersedes != ma_.version)
      d_.warnings.push_back("the new rules (version " + mb_.version + ") say they supersede '" +
                            mb_.supersedes + "', not the old version " + ma_.version);
    return std::move(d_);
  }

 private:
  void Add(Impact i, std::string path, std::string kind, std::string what, std::string before = {},
           std::string after = {}) {
    d_.changes.push_back({i, std::move(path), std::move(kind), std::move(what), std::move(before),
                          std::move(after)});
  }
  void Text(const std::string& path, const char* field, const LocalizedText& a,
            const LocalizedText& b, Impact i = Impact::kNotice) {
    if (a == b) return;
    Add(i, path + "." + field, "changed", std::string(field) + " reworded", Words(a), Words(b));
  }
  void Str(const std::string& path, const char* field, const std::string& a, const std::string& b,
           Impact i) {
    if (a == b) return;
    Add(i, path + "." + field, a.empty() ? "added" : b.empty() ? "removed" : "changed",
        std::string(field) + " changed", a, b);
  }

  void Meta() {
    Str("", "version", ma_.version, mb_.version, Impact::kNotice);
    if (ma_.effective_date != mb_.effective_date)
      Add(Impact::kNotice, "effective_date", "changed", "effective date changed",
          ma_.effective_date.ToString(), mb_.effective_date.ToString());
    Str("", "supersedes", ma_.supersedes, mb_.supersedes, Impact::kNotice);
    Text("operator", "name", ma_.operator_name, mb_.operator_name);
    Str("operator", "website", ma_.operator_website, mb_.operator_website, Impact::kNotice);
    if (ma_.custom_pi_types != mb_.custom_pi_types)
      Add(Impact::kInternal, "custom_pi_types", "changed", "custom PI types changed");
    // Paths built with an empty prefix start with '.'; strip it.
    for (auto& c : d_.changes)
      if (!c.path.empty() && c.path[0] == '.') c.path.erase(0, 1);
  }

  bool CollectedAnywhere(const PolicyModel& m, const std::string& cat) {
    for (const Service& s : m.services)
      for (const Purpose& p : s.purposes)
        for (const Collection& c : p.collects)
          if (c.category == cat) return true;
    return false;
  }

  void Categories() {
    for (const Category& nb : mb_.categories) {
      std::string path = "categories." + nb.id;
      const Category* na = ById(ma_.categories, nb.id);
      if (!na) {
        Add(Impact::kNotice, path, "added", "new category '" + nb.id + "'", "", Words(nb.name));
        continue;
      }
      Text(path, "name", na->name, nb.name);
      Text(path, "description", na->description, nb.description);
      if (na->pi_class != nb.pi_class)
        Add(Impact::kNotice, path + ".class", "changed", "class changed",
            std::string(PiClassName(na->pi_class)), std::string(PiClassName(nb.pi_class)));
      if (na->sensitive != nb.sensitive)
        Add(Impact::kNotice, path + ".sensitive", "changed",
            nb.sensitive ? "now marked sensitive" : "no longer marked sensitive",
            na->sensitive ? "true" : "false", nb.sensitive ? "true" : "false");
      if (na->level != nb.level)
        Add(Impact::kInternal, path + ".level", "changed", "sensitivity level changed",
            std::to_string(na->level), std::to_string(nb.level));
      bool collected = CollectedAnywhere(mb_, nb.id);
      for (const auto& t : nb.pi_types)
        if (std::find(na->pi_types.begin(), na->pi_types.end(), t) == na->pi_types.end())
          Add(collected ? Impact::kConsent : Impact::kNotice, path + ".pi_types." + t, "added",
              collected ? "category '" + nb.id + "' now also holds " + t +
                              ", so every purpose collecting it collects more"
                        : "category '" + nb.id + "' now also holds " + t);
      for (const auto& t : na->pi_types)
        if (std::find(nb.pi_types.begin(), nb.pi_types.end(), t) == nb.pi_types.end())
          Add(Impact::kNotice, path + ".pi_types." + t, "removed",
              "category '" + nb.id + "' no longer holds " + t);
    }
    for (const Category& na : ma_.categories)
      if (!ById(mb_.categories, na.id))
        Add(Impact::kNotice, "categories." + na.id, "removed", "category '" + na.id + "' removed",
            Words(na.name), "");
  }

  void Purposes(const Service* sa, const Service& sb) {
    for (const Purpose& pb : sb.purposes) {
      std::string path = "services." + sb.id + ".purposes." + pb.id;
      const Purpose* pa = sa ? ById(sa->purposes, pb.id) : nullptr;
      if (!pa) {
        std::string cats;
        for (const auto& c : pb.collects) cats += (cats.empty() ? "" : ", ") + c.category;
        Add(Impact::kConsent, path, "added",
            "new purpose '" + sb.id + "." + pb.id + "' collecting " + cats, "", Words(pb.name));
        continue;
      }
      Text(path, "name", pa->name, pb.name);
      Text(path, "description", pa->description, pb.description);
      Text(path, "refusal_consequence", pa->refusal_consequence, pb.refusal_consequence);
      Text(path, "legal_reference", pa->legal_reference, pb.legal_reference);
      if (pa->function != pb.function)
        Add(pb.function == PurposeFunction::kBasic ? Impact::kConsent : Impact::kNotice,
            path + ".function", "changed",
            pb.function == PurposeFunction::kBasic
                ? "now a basic function: users can no longer refuse it and keep the service"
                : "now an extended function users may refuse",
            std::string(FunctionName(pa->function)), std::string(FunctionName(pb.function)));
      if (pa->legal_basis != pb.legal_basis)
        Add(Impact::kConsent, path + ".legal_basis", "changed",
            "legal basis changed: what users agreed to no longer describes the processing",
            std::string(LegalBasisName(pa->legal_basis)), std::string(LegalBasisName(pb.legal_basis)));
      Retention(path, pa->retention, pb.retention);
      Collects(path, *pa, pb);
    }
    if (!sa) return;
    for (const Purpose& pa : sa->purposes)
      if (!ById(sb.purposes, pa.id))
        Add(Impact::kNotice, "services." + sb.id + ".purposes." + pa.id, "removed",
            "purpose '" + sb.id + "." + pa.id + "' removed", Words(pa.name), "");
  }

  void Retention(const std::string& path, const std::optional<policy::Retention>& a,
                 const std::optional<policy::Retention>& b) {
    if (a == b) return;
    Impact i = Impact::kNotice;
    std::string what = "retention changed";
    if (!b) {
      i = Impact::kConsent;
      what = "retention period removed: data may now be kept without a stated limit";
    } else if (a) {
      bool later_start = a->start == RetentionStart::kCollection && b->start == RetentionStart::kServiceEnd;
      bool earlier_start = a->start == RetentionStart::kServiceEnd && b->start == RetentionStart::kCollection;
      if (later_start || (!earlier_start && b->ApproxDays() > a->ApproxDays())) {
        i = Impact::kConsent;
        what = "data is kept longer";
      } else if (earlier_start || b->ApproxDays() < a->ApproxDays()) {
        what = "data is kept for a shorter time";
      }
      // Same length, other spelling (12m -> 1y): a notice change only.
    } else {
      what = "retention period added";
    }
    Add(i, path + ".retention", a ? "changed" : "added", what, RetentionText(a), RetentionText(b));
  }

  void Collects(const std::string& path, const Purpose& pa, const Purpose& pb) {
    for (const Collection& cb : pb.collects) {
      std::string cpath = path + ".collects." + cb.category;
      const Collection* ca = nullptr;
      for (const Collection& x : pa.collects)
        if (x.category == cb.category) ca = &x;
      if (!ca) {
        Add(Impact::kConsent, cpath, "added",
            "purpose '" + pb.id + "' now collects category '" + cb.category + "'" +
                (cb.necessary ? " (necessary)" : " (optional)"));
        continue;
      }
      if (ca->necessary != cb.necessary)
        Add(cb.necessary ? Impact::kConsent : Impact::kNotice, cpath + ".necessary", "changed",
            cb.necessary ? "now necessary: users who declined it would lose the function"
                         : "now optional: users may decline it",
            ca->necessary ? "true" : "false", cb.necessary ? "true" : "false");
      bool widened = false;
      for (auto m : cb.methods)
        widened |= std::find(ca->methods.begin(), ca->methods.end(), m) == ca->methods.end();
      if (ca->methods != cb.methods)
        Add(widened ? Impact::kConsent : Impact::kNotice, cpath + ".method", "changed",
            widened ? "collected in a new way" : "collected in fewer ways", MethodsText(ca->methods),
            MethodsText(cb.methods));
      if (ca->justification != cb.justification)
        Add(Impact::kInternal, cpath + ".justification", "changed", "justification changed",
            ca->justification, cb.justification);
    }
    for (const Collection& ca : pa.collects) {
      bool kept = false;
      for (const Collection& x : pb.collects) kept |= x.category == ca.category;
      if (!kept)
        Add(Impact::kNotice, path + ".collects." + ca.category, "removed",
            "purpose '" + pb.id + "' no longer collects category '" + ca.category + "'");
    }
  }

  void Services() {
    for (const Service& sb : mb_.services) {
      const Service* sa = ById(ma_.services, sb.id);
      std::string path = "services." + sb.id;
      if (!sa) Add(Impact::kNotice, path, "added", "new service '" + sb.id + "'", "", Words(sb.name));
      else {
        Text(path, "name", sa->name, sb.name);
        Text(path, "description", sa->description, sb.description);
      }
      Purposes(sa, sb);
    }
    for (const Service& sa : ma_.services)
      if (!ById(mb_.services, sa.id))
        Add(Impact::kNotice, "services." + sa.id, "removed",
            "service '" + sa.id + "' removed with all its purposes", Words(sa.name), "");
  }

  void Grants(const std::string& path, const Trustee* ta, const Trustee& tb) {
    for (const Grant& gb : tb.receives) {
      std::string ref = gb.service + "." + gb.purpose;
      std::string gpath = path + ".receives." + ref;
      const Grant* ga = nullptr;
      if (ta)
        for (const Grant& x : ta->receives)
          if (x.service == gb.service && x.purpose == gb.purpose) ga = &x;
      for (const auto& cat : gb.categories) {
        bool had = ga && std::find(ga->categories.begin(), ga->categories.end(), cat) != ga->categories.end();
        if (!had) {
          if (ta)
            Add(Impact::kConsent, gpath + "." + cat, "added",
                "trustee '" + tb.id + "' now receives category '" + cat + "' for " + ref, "",
                DeidText(gb.deidentify.at(cat)));
          continue;
        }
        const Deidentification& da = ga->deidentify.at(cat);
        const Deidentification& db = gb.deidentify.at(cat);
        if (da == db) continue;
        // Less protection, or a PI type the trustee did not receive before (the category
        // grew), widens the disclosure.
        bool weaker = DeidStrength(db.fallback) < DeidStrength(da.fallback);
        bool new_type = false;
        for (const auto& [t, op] : db.by_pi_type) {
          weaker |= DeidStrength(op) < DeidStrength(da.For(t));
          new_type |= !da.by_pi_type.count(t) && op != DeidOperator::kDrop && op != DeidOperator::kRemove;
        }
        Add(weaker || new_type ? Impact::kConsent : Impact::kNotice, gpath + "." + cat + ".deidentify",
            "changed",
            weaker     ? "trustee '" + tb.id + "' receives category '" + cat + "' less protected"
            : new_type ? "trustee '" + tb.id + "' receives new PI types of category '" + cat + "'"
                       : "de-identification for trustee '" + tb.id + "' changed",
            DeidText(da), DeidText(db));
      }
      if (ga) {
        for (const auto& cat : ga->categories)
          if (std::find(gb.categories.begin(), gb.categories.end(), cat) == gb.categories.end())
            Add(Impact::kNotice, gpath + "." + cat, "removed",
                "trustee '" + tb.id + "' no longer receives category '" + cat + "' for " + ref);
        if (ga->justification != gb.justification)
          Add(Impact::kInternal, gpath + ".justification", "changed", "justification changed",
              ga->justification, gb.justification);
      }
    }
    if (!ta) return;
    for (const Grant& ga : ta->receives) {
      bool kept = false;
      for (const Grant& x : tb.receives) kept |= x.service == ga.service && x.purpose == ga.purpose;
      if (!kept)
        Add(Impact::kNotice, path + ".receives." + ga.service + "." + ga.purpose, "removed",
            "trustee '" + tb.id + "' no longer receives data for " + ga.service + "." + ga.purpose);
    }
  }

  void Trustees() {
    for (const Trustee& tb : mb_.trustees) {
      std::string path = "trustees." + tb.id;
      const Trustee* ta = ById(ma_.trustees, tb.id);
      if (!ta) {
        std::string scope;
        for (const Grant& g : tb.receives) {
          std::string cats;
          for (const auto& c : g.categories) cats += (cats.empty() ? "" : "+") + c;
          scope += (scope.empty() ? "" : "; ") + g.service + "." + g.purpose + ": " + cats;
        }
        Add(Impact::kConsent, path, "added", "new trustee '" + tb.id + "' receives " + scope, "",
            Words(tb.name));
      } else {
        Text(path, "name", ta->name, tb.name);
        Text(path, "task", ta->task, tb.task);
        Str(path, "contract", ta->contract, tb.contract, Impact::kNotice);
        if (ta->valid_from != tb.valid_from || ta->valid_to != tb.valid_to)
          Add(Impact::kNotice, path + ".validity", "changed", "contract period changed",
              ta->valid_from.ToString() + " to " + ta->valid_to.ToString(),
              tb.valid_from.ToString() + " to " + tb.valid_to.ToString());
      }
      Grants(path, ta, tb);
    }
    for (const Trustee& ta : ma_.trustees)
      if (!ById(mb_.trustees, ta.id))
        Add(Impact::kNotice, "trustees." + ta.id, "removed", "trustee '" + ta.id + "' removed",
            Words(ta.name), "");
  }

  void Roles() {
    for (const Role& rb : mb_.roles) {
      const Role* ra = ById(ma_.roles, rb.id);
      std::string path = "roles." + rb.id;
      if (!ra) {
        Add(Impact::kInternal, path, "added", "new role '" + rb.id + "'");
        continue;
      }
      std::set<std::string> cats;
      for (const auto& [c, v] : ra->access) cats.insert(c);
      for (const auto& [c, v] : rb.access) cats.insert(c);
      for (const auto& c : cats) {
        Visibility va = a_.RoleAccess(rb.id, c), vb = b_.RoleAccess(rb.id, c);
        if (va != vb)
          Add(Impact::kInternal, path + ".access." + c, "changed",
              "role '" + rb.id + "' sees category '" + c + "' " + std::string(VisibilityName(vb)),
              std::string(VisibilityName(va)), std::string(VisibilityName(vb)));
      }
      if (ra->purposes != rb.purposes)
        Add(Impact::kInternal, path + ".purposes", "changed", "role purposes changed");
      Str(path, "name", ra->name, rb.name, Impact::kInternal);
    }
    for (const Role& ra : ma_.roles)
      if (!ById(mb_.roles, ra.id))
        Add(Impact::kInternal, "roles." + ra.id, "removed", "role '" + ra.id + "' removed");
  }

  static std::string ChannelsText(const std::vector<Channel>& list) {
    std::string s;
    for (const Channel& c : list) s += (s.empty() ? "" : "; ") + c.kind + " " + c.value;
    return s;
  }

  void Channels() {
    const auto& a = ma_.channels;
    const auto& b = mb_.channels;
    auto list = [&](const char* name, const std::vector<Channel>& x, const std::vector<Channel>& y) {
      bool same = x.size() == y.size();
      for (size_t i = 0; same && i < x.size(); ++i)
        same = x[i].kind == y[i].kind && x[i].value == y[i].value && x[i].note == y[i].note;
      if (!same)
        Add(Impact::kNotice, std::string("channels.") + name, "changed",
            std::string(name) + " channels changed", ChannelsText(x), ChannelsText(y));
    };
    list("query", a.query, b.query);
    list("correction", a.correction, b.correction);
    list("cancellation", a.cancellation, b.cancellation);
    list("complaint", a.complaint, b.complaint);
    if (a.complaint_reply_days != b.complaint_reply_days)
      Add(Impact::kNotice, "channels.complaint_reply_days", "changed", "complaint reply deadline changed",
          a.complaint_reply_days ? std::to_string(*a.complaint_reply_days) : "none",
          b.complaint_reply_days ? std::to_string(*b.complaint_reply_days) : "none");
  }

  const Policy& a_;
  const Policy& b_;
  const PolicyModel& ma_;
  const PolicyModel& mb_;
  PolicyDiff d_;
};

}  // namespace

std::string_view ImpactName(Impact i) {
  switch (i) {
    case Impact::kConsent: return "consent";
    case Impact::kNotice: return "notice";
    case Impact::kInternal: return "internal";
  }
  return "notice";
}

int DeidStrength(DeidOperator op) {
  switch (op) {
    case DeidOperator::kPlain: return 0;
    case DeidOperator::kFpe: return 1;
    case DeidOperator::kMask:
    case DeidOperator::kIpPrefix:
    case DeidOperator::kDateGeneralize:
    case DeidOperator::kDateShift: return 2;
    case DeidOperator::kPseudonym: return 3;
    case DeidOperator::kReplace: return 4;
    case DeidOperator::kRemove:
    case DeidOperator::kDrop: return 5;
  }
  return 0;
}

bool PolicyDiff::NeedsConsent() const { return Count(Impact::kConsent) > 0; }

size_t PolicyDiff::Count(Impact i) const {
  return std::count_if(changes.begin(), changes.end(), [&](const PolicyChange& c) { return c.impact == i; });
}

PolicyDiff DiffPolicies(const Policy& before, const Policy& after) {
  return Differ(before, after).Run();
}

}  // namespace piguard::policy
