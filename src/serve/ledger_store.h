// Store on piguard::ledger::Ledger (SQLite or PostgreSQL), the production store of
// `piguard serve`.
//
// The optional categories a subscriber agreed to are stored with the consent row (schema 5)
// and also in the detail JSON of its audit entry ({"optional_categories": [...]}), so an
// auditor sees them in the exported log. Rows written before schema 5 have them only in the
// audit entry; for those they are read back through Ledger::Export filtered by subscriber and
// "consent.*", cached by audit seq (audit entries never change).
#pragma once

#include <memory>

#include "piguard/ledger.h"
#include "serve/store.h"

namespace piguard::serve {

std::unique_ptr<Store> MakeLedgerStore(std::shared_ptr<ledger::Ledger> ledger);

}  // namespace piguard::serve
