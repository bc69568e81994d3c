#include "serve/report.h"

#include <map>
#include <set>

#include "core/civil_date.h"
#include "policy/notice_writer.h"
#include "serve/service.h"

namespace piguard::serve {
namespace {

using Json = nlohmann::json;

using civil::DaysFromCivil;

// Text for an HTML page, escaped the way the published notice is.
std::string Escape(const std::string& s) { return policy::HtmlEscape(s); }

std::string Text(const Json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_null()) return "";
  if (j.is_array()) {
    std::string s;
    for (const Json& x : j) s += (s.empty() ? "" : ", ") + Text(x);
    return s;
  }
  return j.dump();
}

}  // namespace

std::pair<int64_t, int64_t> ChinaDaysToUtcMs(const policy::Date& from, const policy::Date& to) {
  constexpr int64_t kDay = 86400000, kCst = 8LL * 3600 * 1000;
  return {DaysFromCivil(from.year, from.month, from.day) * kDay - kCst,
          (DaysFromCivil(to.year, to.month, to.day) + 1) * kDay - kCst};
}

Json BuildTrusteeReport(const std::string& trustee, const policy::Date& from, const policy::Date& to,
                        const std::vector<RecordedEvent>& disclosures, const policy::Trustee* in_rules,
                        int64_t generated_at_ms) {
  std::map<std::string, int> statuses, provided_categories, refusal_reasons;
  std::map<std::string, std::set<std::string>> contracts;  // contract -> service.purpose
  Json rows = Json::array();
  for (const RecordedEvent& e : disclosures) {
    Json d = Json::parse(e.detail.empty() ? "{}" : e.detail, nullptr, false);
    if (!d.is_object()) d = Json::object();
    Json cats = d.value("categories", Json::array());
    Json refused = d.value("refused_categories", Json::array());
    ++statuses[e.status];
    contracts[e.contract].insert(e.service + "." + e.purpose);
    for (const Json& c : cats)
      if (c.is_string()) ++provided_categories[c.get<std::string>()];
    if (e.status == "refused" || e.status == "partial") ++refusal_reasons[d.value("refusal_reason", "unknown")];
    rows.push_back(Json{{"id", e.id},
                        {"at", FormatTime(e.at_unix_ms)},
                        {"date", d.value("date", "")},
                        {"subscriber", e.subscriber},
                        {"contract", e.contract},
                        {"service", e.service},
                        {"purpose", e.purpose},
                        {"status", e.status},
                        {"categories", cats},
                        {"refused_categories", refused},
                        {"refusal_reason", d.value("refusal_reason", "")},
                        {"recorded_by", e.principal}});
  }
  Json contract_list = Json::array();
  for (const auto& [id, purposes] : contracts) contract_list.push_back(Json{{"contract", id}, {"purposes", purposes}});
  Json out{{"report", "trustee-disclosures"},
           {"trustee", trustee},
           {"period", Json{{"from", from.ToString()}, {"to", to.ToString()}, {"time_zone", "UTC+08:00"}}},
           {"generated_at", FormatTime(generated_at_ms)},
           {"totals", Json{{"disclosures", disclosures.size()},
                           {"provided", statuses["provided"]},
                           {"partial", statuses["partial"]},
                           {"refused", statuses["refused"]},
                           {"dropped", statuses["dropped"]}}},
           {"contracts", contract_list},
           {"provided_categories", provided_categories},
           {"refusal_reasons", refusal_reasons},
           {"disclosures", rows}};
  if (in_rules)
    out["in_rules"] = Json{{"name", in_rules->name.en.empty() ? in_rules->name.zh : in_rules->name.en},
                           {"contract", in_rules->contract},
                           {"valid_from", in_rules->valid_from.ToString()},
                           {"valid_to", in_rules->valid_to.ToString()}};
  return out;
}

std::string TrusteeReportHtml(const Json& r) {
  std::string h;
  const std::string trustee = Text(r.value("trustee", Json()));
  const Json period = r.value("period", Json::object());
  h += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Disclosures to " + Escape(trustee) +
       "</title>\n<style>body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#222}"
       "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #bbb;padding:.3em .6em;text-align:left}"
       "th{background:#eee}.refused{color:#a00}.partial{color:#a60}.provided{color:#060}</style></head><body>\n";
  h += "<h1>Disclosures to trustee " + Escape(trustee) + "</h1>\n";
  h += "<p>Period " + Escape(Text(period.value("from", Json()))) + " to " + Escape(Text(period.value("to", Json()))) +
       " (dates in UTC+08:00, both inclusive). Generated " + Escape(Text(r.value("generated_at", Json()))) +
       ". Order No. 24 Art. 10&ndash;11: PI is provided only to entrusted agents, under contract, supervised by "
       "the operator.</p>\n";
  if (r.contains("in_rules")) {
    const Json& c = r["in_rules"];
    h += "<p>In the rules in force: " + Escape(Text(c.value("name", Json()))) + ", contract " +
         Escape(Text(c.value("contract", Json()))) + ", valid " + Escape(Text(c.value("valid_from", Json()))) +
         " to " + Escape(Text(c.value("valid_to", Json()))) + ".</p>\n";
  }
  const Json totals = r.value("totals", Json::object());
  h += "<h2>Totals</h2>\n<table><tr>";
  for (const char* k : {"disclosures", "provided", "partial", "refused", "dropped"}) h += std::string("<th>") + k + "</th>";
  h += "</tr><tr>";
  for (const char* k : {"disclosures", "provided", "partial", "refused", "dropped"})
    h += "<td>" + Escape(Text(totals.value(k, Json(0)))) + "</td>";
  h += "</tr></table>\n<h2>Contracts used</h2>\n<table><tr><th>Contract</th><th>Purposes</th></tr>";
  const Json contracts = r.value("contracts", Json::array());
  const Json provided = r.value("provided_categories", Json::object());
  const Json refusals = r.value("refusal_reasons", Json::object());
  const Json disclosures = r.value("disclosures", Json::array());
  for (const Json& c : contracts)
    h += "<tr><td>" + Escape(Text(c.value("contract", Json()))) + "</td><td>" + Escape(Text(c.value("purposes", Json()))) +
         "</td></tr>";
  h += "</table>\n<h2>Categories provided</h2>\n<table><tr><th>Category</th><th>Disclosures</th></tr>";
  for (const auto& [k, v] : provided.items())
    h += "<tr><td>" + Escape(k) + "</td><td>" + Escape(Text(v)) + "</td></tr>";
  h += "</table>\n<h2>Refusals</h2>\n<table><tr><th>Reason</th><th>Disclosures</th></tr>";
  for (const auto& [k, v] : refusals.items())
    h += "<tr><td>" + Escape(k) + "</td><td>" + Escape(Text(v)) + "</td></tr>";
  h += "</table>\n<h2>Every disclosure</h2>\n<table><tr><th>#</th><th>Time (UTC)</th><th>Subscriber</th>"
       "<th>Contract</th><th>Purpose</th><th>Outcome</th><th>Provided</th><th>Refused</th><th>Reason</th>"
       "<th>Recorded by</th></tr>\n";
  for (const Json& d : disclosures) {
    std::string status = Text(d.value("status", Json()));
    h += "<tr><td>" + Escape(Text(d.value("id", Json()))) + "</td><td>" + Escape(Text(d.value("at", Json()))) +
         "</td><td>" + Escape(Text(d.value("subscriber", Json()))) + "</td><td>" +
         Escape(Text(d.value("contract", Json()))) + "</td><td>" + Escape(Text(d.value("service", Json()))) + "." +
         Escape(Text(d.value("purpose", Json()))) + "</td><td class=\"" + Escape(status) + "\">" + Escape(status) +
         "</td><td>" + Escape(Text(d.value("categories", Json()))) + "</td><td>" +
         Escape(Text(d.value("refused_categories", Json()))) + "</td><td>" +
         Escape(Text(d.value("refusal_reason", Json()))) + "</td><td>" + Escape(Text(d.value("recorded_by", Json()))) +
         "</td></tr>\n";
  }
  h += "</table>\n</body></html>\n";
  return h;
}

}  // namespace piguard::serve
