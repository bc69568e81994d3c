// The report per trustee for a period (Order No. 24 Art. 11: the operator supervises the agents
// it entrusts with PI): what was provided, under which contract, and what was refused, built
// from the disclosure events of the ledger. Served by GET /v1/trustees/{trustee}/report and
// written by `piguard audit trustee-report`, as JSON or as one self-contained HTML page.
// Pure functions: no I/O. The report names subscribers by their opaque ids and data by
// category; it never holds a disclosed value.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "piguard/policy.h"
#include "serve/store.h"

namespace piguard::serve {

// [00:00 China Standard Time (UTC+8) on `from`, 24:00 CST on `to`) as UTC ms: the period a
// report covers, in the time zone contract dates are read in.
std::pair<int64_t, int64_t> ChinaDaysToUtcMs(const policy::Date& from, const policy::Date& to);

// `disclosures`: the trustee's "disclosure" events in the period, oldest first. `in_rules`: the
// trustee as the rules in force describe it (name, contract, validity), or nullptr.
nlohmann::json BuildTrusteeReport(const std::string& trustee, const policy::Date& from, const policy::Date& to,
                                  const std::vector<RecordedEvent>& disclosures, const policy::Trustee* in_rules,
                                  int64_t generated_at_ms);

// The report as one HTML page with its styles inline (no scripts, no external resources);
// every text is HTML-escaped.
std::string TrusteeReportHtml(const nlohmann::json& report);

}  // namespace piguard::serve
