// Store on piguard::ledger::Ledger (SQLite or PostgreSQL), the production store of
// `piguard serve`.
//
// The ledger's consent event has no member for the optional categories a subscriber agreed
// to. They are written into the detail JSON of the audit entry that RecordConsent commits
// in the same transaction ({"optional_categories": [...]}) and read back through
// Ledger::Export filtered by subscriber and "consent.*", cached by audit seq (audit entries
// never change). This costs one indexed export per subscriber the first time a process needs
// that subscriber's optional categories.
#pragma once

#include <memory>

#include "piguard/ledger.h"
#include "serve/store.h"

namespace piguard::serve {

std::unique_ptr<Store> MakeLedgerStore(std::shared_ptr<ledger::Ledger> ledger);

}  // namespace piguard::serve
