// The Ledger implementation shared by both backends: validation, group commit, the hash chain,
// consent, rules versions, Verify and Export. Backend differences live behind Conn (db.h) and
// in a few SQL spellings chosen here (BEGIN IMMEDIATE vs BEGIN, FOR UPDATE).
//
// Group commit. Writers put a Pending request on a queue and wait. One committer thread takes
// everything queued (up to max_batch entries), runs ONE transaction for all of it — lock the
// chain head, assign seq and prev_hash, insert, move the head, COMMIT — and then wakes the
// writers. While that commit (and its fsync) is in flight, new writers queue up and form the
// next batch, so the number of fsyncs per second stays bounded while throughput grows with the
// number of concurrent writers. If a batch fails before COMMIT, each request is retried in its
// own transaction so that one bad request cannot fail the others.
#include <nlohmann/json.hpp>

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

#include "core/utf8.h"
#include "crypto/hmac.h"
#include "ledger/db.h"

namespace piguard::ledger {
namespace {

int64_t SystemNowMs() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

// Valid UTF-8 without NUL bytes (PostgreSQL text cannot hold NUL, and a NUL would silently cut
// a libpq text parameter short).
bool CleanText(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '\0') return false;
    int len = 1;
    uint32_t cp = utf8::Decode(s, i, &len);
    if (cp == 0xFFFD && len == 1) return false;
    i += len;
  }
  return true;
}

Status CheckField(std::string_view name, std::string_view value, size_t limit) {
  if (value.size() > limit)
    return InvalidArgument("audit entry field " + std::string(name) + " is " +
                           std::to_string(value.size()) + " bytes; the limit is " +
                           std::to_string(limit));
  if (!CleanText(value))
    return InvalidArgument("audit entry field " + std::string(name) +
                           " is not valid UTF-8 or contains a NUL byte");
  return Status::Ok();
}

Status ValidateEntry(const AuditEntry& e) {
  if (e.action.empty()) return InvalidArgument("audit entry has no action (e.g. \"gate.decide\")");
  const std::pair<const char*, const std::string*> fields[] = {
      {"principal", &e.principal},         {"role", &e.role},
      {"remote_addr", &e.remote_addr},     {"request_id", &e.request_id},
      {"action", &e.action},               {"subscriber_id", &e.subscriber_id},
      {"service", &e.service},             {"purpose", &e.purpose},
      {"decision", &e.decision},           {"reason", &e.reason},
      {"article", &e.article}};
  for (const auto& [name, value] : fields)
    if (Status s = CheckField(name, *value, kMaxFieldBytes); !s.ok()) return s;
  if (Status s = CheckField("detail_json", e.detail_json, kMaxDetailBytes); !s.ok()) return s;
  if (!e.detail_json.empty()) {
    auto j = nlohmann::json::parse(e.detail_json, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object())
      return InvalidArgument("audit entry detail_json must be empty or a JSON object");
  }
  return Status::Ok();
}

// The columns of audit_log in the order every query here selects them.
constexpr const char* kAuditColumns =
    "seq, time_ms, principal, role, remote_addr, request_id, action, subscriber_id, service, "
    "purpose, decision, reason, article, detail_json, prev_hash, hash";
constexpr int kAuditColumnCount = 16;

AuditEntry EntryFromRow(const Row& r) {
  AuditEntry e;
  e.seq = std::stoll(r[0]);
  e.time_ms = std::stoll(r[1]);
  e.principal = r[2];
  e.role = r[3];
  e.remote_addr = r[4];
  e.request_id = r[5];
  e.action = r[6];
  e.subscriber_id = r[7];
  e.service = r[8];
  e.purpose = r[9];
  e.decision = r[10];
  e.reason = r[11];
  e.article = r[12];
  e.detail_json = r[13];
  e.prev_hash = r[14];
  e.hash = r[15];
  return e;
}

constexpr const char* kConsentColumns =
    "id, subscriber_id, service_id, purpose_id, granted, rules_hash, time_ms, principal, "
    "audit_seq, optional_categories";
constexpr size_t kConsentColumnCount = 10;
constexpr size_t kMaxOptionalCategories = 256;

std::string EncodeCategories(const std::vector<std::string>& ids) {
  return nlohmann::json(ids).dump();
}

ConsentEvent ConsentFromRow(const Row& r) {
  ConsentEvent c;
  c.id = std::stoll(r[0]);
  c.subscriber_id = r[1];
  c.service_id = r[2];
  c.purpose_id = r[3];
  c.granted = r[4] == "1";
  c.rules_hash = r[5];
  c.time_ms = std::stoll(r[6]);
  c.principal = r[7];
  c.audit_seq = std::stoll(r[8]);
  c.optional_categories_recorded = !r[9].empty();
  if (c.optional_categories_recorded) {
    auto j = nlohmann::json::parse(r[9], nullptr, /*allow_exceptions=*/false);
    if (j.is_array())
      for (const auto& x : j)
        if (x.is_string()) c.optional_categories.push_back(x.get<std::string>());
  }
  return c;
}

constexpr const char* kEventColumns =
    "id, kind, subscriber_id, trustee_id, contract, service, purpose, status, ref, detail_json, "
    "time_ms, principal, audit_seq";

ProcessingEvent EventFromRow(const Row& r) {
  ProcessingEvent e;
  e.id = std::stoll(r[0]);
  e.kind = r[1];
  e.subscriber_id = r[2];
  e.trustee_id = r[3];
  e.contract = r[4];
  e.service = r[5];
  e.purpose = r[6];
  e.status = r[7];
  e.ref = std::stoll(r[8]);
  e.detail_json = r[9];
  e.time_ms = std::stoll(r[10]);
  e.principal = r[11];
  e.audit_seq = std::stoll(r[12]);
  return e;
}

// Rows can hold anything after tampering; turn a parse failure into a Status, never a throw.
template <typename T, typename F>
Status ParseRows(const std::vector<Row>& rows, size_t columns, F&& parse, std::vector<T>* out,
                 const std::string& where) {
  try {
    for (const Row& r : rows) {
      if (r.size() != columns) return DataLoss(where + ": unexpected column count");
      out->push_back(parse(r));
    }
  } catch (const std::exception&) {
    return DataLoss(where + ": a stored number is not a number (the table was edited)");
  }
  return Status::Ok();
}

// A queued write: one or more audit entries, optionally with the consent event they record.
struct Pending {
  std::vector<AuditEntry> entries;
  std::optional<ConsentEvent> consent;
  std::optional<ProcessingEvent> event;
  // record_id: the consent_events or processing_events row id, when one was written.
  std::function<void(Status, std::vector<AuditReceipt>, int64_t record_id)> done;
};

// Connections for reads, created on demand up to a maximum; callers beyond it wait.
class ConnPool {
 public:
  using Factory = std::function<Result<std::unique_ptr<Conn>>()>;
  ConnPool(Factory factory, size_t max) : factory_(std::move(factory)), max_(max ? max : 1) {}

  class Lease {
   public:
    Lease(ConnPool* pool, std::unique_ptr<Conn> conn) : pool_(pool), conn_(std::move(conn)) {}
    Lease(Lease&& o) noexcept : pool_(o.pool_), conn_(std::move(o.conn_)) {}
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (conn_) pool_->Release(std::move(conn_));
    }
    Conn& operator*() { return *conn_; }

   private:
    ConnPool* pool_;
    std::unique_ptr<Conn> conn_;
  };

  Result<Lease> Acquire() {
    std::unique_lock lk(mu_);
    cv_.wait(lk, [&] { return !idle_.empty() || live_ < max_; });
    if (!idle_.empty()) {
      auto c = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(c));
    }
    ++live_;
    lk.unlock();
    auto c = factory_();
    if (!c.ok()) {
      lk.lock();
      --live_;
      cv_.notify_one();
      return c.status();
    }
    return Lease(this, std::move(c).value());
  }

 private:
  void Release(std::unique_ptr<Conn> c) {
    std::lock_guard lk(mu_);
    idle_.push_back(std::move(c));
    cv_.notify_one();
  }
  Factory factory_;
  size_t max_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Conn>> idle_;
  size_t live_ = 0;
};

class LedgerImpl final : public Ledger {
 public:
  LedgerImpl(ParsedUrl url, LedgerOptions options, std::unique_ptr<Conn> writer)
      : url_(std::move(url)),
        options_(std::move(options)),
        writer_(std::move(writer)),
        pool_([this] { return Connect(url_, options_); }, options_.read_connections) {
    if (options_.max_batch == 0) options_.max_batch = 1;
    pg_ = url_.backend == Backend::kPostgres;
    for (size_t i = 0; i < kChunkSizes.size(); ++i) insert_sql_[i] = InsertSql(kChunkSizes[i]);
    committer_ = std::thread([this] { CommitterLoop(); });
  }

  ~LedgerImpl() override {
    {
      std::lock_guard lk(mu_);
      stopping_ = true;
    }
    cv_.notify_all();
    committer_.join();  // the loop drains the queue first: queued writes are committed
  }

  std::string_view backend() const override { return pg_ ? "postgresql" : "sqlite"; }
  const std::string& display_url() const override { return url_.display; }

  Status Ping() override {
    return WithReadConn([](Conn& c) {
      std::vector<Row> rows;
      return c.Run("SELECT 1", {}, &rows);
    });
  }

  Result<AuditReceipt> Append(AuditEntry entry) override {
    std::vector<AuditEntry> v;
    v.push_back(std::move(entry));
    auto r = AppendBatch(std::move(v));
    if (!r.ok()) return r.status();
    return std::move(r.value()[0]);
  }

  Result<std::vector<AuditReceipt>> AppendBatch(std::vector<AuditEntry> entries) override {
    std::promise<Result<std::vector<AuditReceipt>>> promise;
    auto future = promise.get_future();
    AppendAsync(std::move(entries), [&promise](Result<std::vector<AuditReceipt>> r) {
      promise.set_value(std::move(r));
    });
    return future.get();
  }

  void AppendAsync(std::vector<AuditEntry> entries, AppendDone done) override {
    if (entries.empty()) return done(std::vector<AuditReceipt>{});
    if (entries.size() > kMaxBatchEntries)
      return done(InvalidArgument("AppendBatch: " + std::to_string(entries.size()) +
                                  " entries; at most " + std::to_string(kMaxBatchEntries) +
                                  " per call"));
    for (auto& e : entries) {
      if (Status s = ValidateEntry(e); !s.ok()) return done(s);
      if (e.time_ms == 0) e.time_ms = Now();
    }
    auto p = std::make_unique<Pending>();
    p->entries = std::move(entries);
    p->done = [done = std::move(done)](Status s, std::vector<AuditReceipt> receipts, int64_t) {
      if (s.ok())
        done(std::move(receipts));
      else
        done(std::move(s));
    };
    Enqueue(std::move(p));
  }

  Result<ConsentReceipt> RecordConsent(ConsentEvent event, AuditEntry audit) override {
    if (event.subscriber_id.empty() || event.service_id.empty() || event.purpose_id.empty())
      return InvalidArgument("consent event needs subscriber_id, service_id and purpose_id");
    if (!IsSha256Hex(event.rules_hash))
      return InvalidArgument("consent event rules_hash must be 64 lower-case hex digits (the "
                             "SHA-256 of the canonical rules), got '" +
                             event.rules_hash.substr(0, 80) + "'");
    for (const auto& [name, value] :
         {std::pair<const char*, const std::string*>{"subscriber_id", &event.subscriber_id},
          {"service_id", &event.service_id},
          {"purpose_id", &event.purpose_id},
          {"principal", &event.principal}})
      if (Status s = CheckField(name, *value, kMaxFieldBytes); !s.ok()) return s;
    if (event.optional_categories.size() > kMaxOptionalCategories)
      return InvalidArgument("consent event lists " + std::to_string(event.optional_categories.size()) +
                             " optional categories; at most " +
                             std::to_string(kMaxOptionalCategories) + " are stored");
    if (!event.granted && !event.optional_categories.empty())
      return InvalidArgument("a withdrawal has no optional categories");
    for (const auto& cat : event.optional_categories)
      if (Status s = CheckField("optional category", cat, kMaxFieldBytes); !s.ok()) return s;
    if (event.time_ms == 0) event.time_ms = Now();
    if (event.principal.empty()) event.principal = audit.principal;
    // The audit entry repeats the event; fill what the caller left empty, refuse contradictions.
    auto fill = [](std::string& field, const std::string& value, const char* name) -> Status {
      if (field.empty()) field = value;
      if (field != value)
        return InvalidArgument(std::string("consent audit entry ") + name + " '" + field +
                               "' differs from the consent event's '" + value + "'");
      return Status::Ok();
    };
    for (Status s : {fill(audit.subscriber_id, event.subscriber_id, "subscriber_id"),
                     fill(audit.service, event.service_id, "service"),
                     fill(audit.purpose, event.purpose_id, "purpose"),
                     fill(audit.principal, event.principal, "principal"),
                     fill(audit.decision, event.granted ? "granted" : "withdrawn", "decision")})
      if (!s.ok()) return s;
    if (audit.action.empty()) audit.action = event.granted ? "consent.grant" : "consent.withdraw";
    if (audit.time_ms == 0) audit.time_ms = event.time_ms;
    if (Status s = ValidateEntry(audit); !s.ok()) return s;

    std::promise<Result<ConsentReceipt>> promise;
    auto future = promise.get_future();
    auto p = std::make_unique<Pending>();
    p->entries.push_back(std::move(audit));
    p->consent = std::move(event);
    p->done = [&promise](Status s, std::vector<AuditReceipt> receipts, int64_t consent_id) {
      if (!s.ok()) return promise.set_value(std::move(s));
      ConsentReceipt r;
      r.consent_id = consent_id;
      r.audit = std::move(receipts[0]);
      promise.set_value(std::move(r));
    };
    Enqueue(std::move(p));
    return future.get();
  }

  Result<std::optional<ConsentEvent>> LatestConsent(std::string_view subscriber_id,
                                                    std::string_view service_id,
                                                    std::string_view purpose_id) override {
    static const std::string sql = std::string("SELECT ") + kConsentColumns +
                                   " FROM consent_events WHERE subscriber_id = $1 AND "
                                   "service_id = $2 AND purpose_id = $3 "
                                   "ORDER BY audit_seq DESC LIMIT 1";
    std::vector<ConsentEvent> found;
    Status s = WithReadConn([&](Conn& c) {
      found.clear();
      std::vector<Row> rows;
      Param params[] = {subscriber_id, service_id, purpose_id};
      if (Status st = c.Run(sql, params, &rows); !st.ok()) return st;
      return ParseRows(rows, kConsentColumnCount, ConsentFromRow, &found, "ledger " + url_.display);
    });
    if (!s.ok()) return s;
    if (found.empty()) return std::optional<ConsentEvent>();
    return std::optional<ConsentEvent>(std::move(found[0]));
  }

  Result<std::vector<ConsentEvent>> ConsentHistory(std::string_view subscriber_id) override {
    static const std::string sql = std::string("SELECT ") + kConsentColumns +
                                   " FROM consent_events WHERE subscriber_id = $1 "
                                   "ORDER BY audit_seq";
    std::vector<ConsentEvent> found;
    Status s = WithReadConn([&](Conn& c) {
      found.clear();
      std::vector<Row> rows;
      Param params[] = {subscriber_id};
      if (Status st = c.Run(sql, params, &rows); !st.ok()) return st;
      return ParseRows(rows, kConsentColumnCount, ConsentFromRow, &found, "ledger " + url_.display);
    });
    if (!s.ok()) return s;
    return found;
  }

  Result<ProcessingReceipt> RecordEvent(ProcessingEvent event, AuditEntry audit,
                                        std::vector<AuditEntry> more) override {
    if (more.size() + 1 > kMaxBatchEntries)
      return InvalidArgument("RecordEvent: at most " + std::to_string(kMaxBatchEntries) + " audit entries");
    if (event.kind.empty())
      return InvalidArgument("processing event has no kind (e.g. \"subscriber.terminate\")");
    for (const auto& [name, value] :
         {std::pair<const char*, const std::string*>{"kind", &event.kind},
          {"subscriber_id", &event.subscriber_id},
          {"trustee_id", &event.trustee_id},
          {"contract", &event.contract},
          {"service", &event.service},
          {"purpose", &event.purpose},
          {"status", &event.status},
          {"principal", &event.principal}})
      if (Status s = CheckField(name, *value, kMaxFieldBytes); !s.ok()) return s;
    if (Status s = CheckField("detail_json", event.detail_json, kMaxDetailBytes); !s.ok())
      return s;
    if (!event.detail_json.empty()) {
      auto j = nlohmann::json::parse(event.detail_json, nullptr, false);
      if (j.is_discarded() || !j.is_object())
        return InvalidArgument("processing event detail_json must be empty or a JSON object");
    }
    if (event.time_ms == 0) event.time_ms = audit.time_ms ? audit.time_ms : Now();
    if (event.principal.empty()) event.principal = audit.principal;
    auto fill = [](std::string& field, const std::string& value, const char* name) -> Status {
      if (field.empty()) field = value;
      if (field != value)
        return InvalidArgument(std::string("processing event audit entry ") + name + " '" + field +
                               "' differs from the event's '" + value + "'");
      return Status::Ok();
    };
    for (Status s : {fill(audit.subscriber_id, event.subscriber_id, "subscriber_id"),
                     fill(audit.service, event.service, "service"),
                     fill(audit.purpose, event.purpose, "purpose"),
                     fill(audit.principal, event.principal, "principal")})
      if (!s.ok()) return s;
    if (audit.action.empty()) audit.action = event.kind;
    if (audit.time_ms == 0) audit.time_ms = event.time_ms;
    if (Status s = ValidateEntry(audit); !s.ok()) return s;
    for (AuditEntry& e : more) {
      if (e.time_ms == 0) e.time_ms = audit.time_ms;
      if (Status s = ValidateEntry(e); !s.ok()) return s;
    }

    std::promise<Result<ProcessingReceipt>> promise;
    auto future = promise.get_future();
    auto p = std::make_unique<Pending>();
    p->entries.push_back(std::move(audit));
    for (AuditEntry& e : more) p->entries.push_back(std::move(e));
    p->event = std::move(event);
    p->done = [&promise](Status s, std::vector<AuditReceipt> receipts, int64_t id) {
      if (!s.ok()) return promise.set_value(std::move(s));
      ProcessingReceipt r;
      r.event_id = id;
      r.audit = std::move(receipts[0]);
      promise.set_value(std::move(r));
    };
    Enqueue(std::move(p));
    return future.get();
  }

  Result<std::vector<ProcessingEvent>> ListEvents(const EventFilter& f) override {
    std::string sql = std::string("SELECT ") + kEventColumns + " FROM processing_events WHERE 1 = 1";
    std::vector<Param> params;
    auto add = [&](const std::string& cond, Param p) {
      params.push_back(p);
      sql += " AND " + cond + " $" + std::to_string(params.size());
    };
    if (!f.kind.empty()) {
      if (f.kind.back() == '*') {
        // substr(kind, 1, n) = prefix: a prefix match without LIKE's wildcard escaping (kinds
        // are ASCII, so bytes and characters agree).
        std::string_view prefix(f.kind.data(), f.kind.size() - 1);
        params.push_back(static_cast<int64_t>(prefix.size()));
        params.push_back(prefix);
        sql += " AND substr(kind, 1, $" + std::to_string(params.size() - 1) + ") = $" +
               std::to_string(params.size());
      } else {
        add("kind =", std::string_view(f.kind));
      }
    }
    if (!f.subscriber_id.empty()) add("subscriber_id =", std::string_view(f.subscriber_id));
    if (!f.trustee_id.empty()) add("trustee_id =", std::string_view(f.trustee_id));
    if (!f.principal.empty()) add("principal =", std::string_view(f.principal));
    if (f.ref != 0) add("ref =", f.ref);
    if (f.id != 0) add("id =", f.id);
    if (f.from_ms) add("time_ms >=", *f.from_ms);
    if (f.to_ms) add("time_ms <", *f.to_ms);
    sql += " ORDER BY audit_seq LIMIT " + std::to_string(f.limit ? f.limit : 1);
    std::vector<ProcessingEvent> found;
    Status s = WithReadConn([&](Conn& c) {
      found.clear();
      std::vector<Row> rows;
      if (Status st = c.Run(sql, params, &rows); !st.ok()) return st;
      return ParseRows(rows, 13, EventFromRow, &found, "ledger " + url_.display);
    });
    if (!s.ok()) return s;
    return found;
  }

  Status StoreRulesVersion(std::string_view hash, std::string_view canonical_json) override {
    crypto::Sha256Digest d = crypto::Sha256(canonical_json);
    if (!IsSha256Hex(hash) || HexEncode(d.data(), d.size()) != hash)
      return InvalidArgument("rules version hash '" + std::string(hash.substr(0, 80)) +
                             "' is not the SHA-256 (lower-case hex) of the canonical JSON given");
    if (!CleanText(canonical_json))
      return InvalidArgument("rules canonical JSON is not valid UTF-8 or contains a NUL byte");
    return WithReadConn([&](Conn& c) {
      Param params[] = {hash, canonical_json, Now()};
      return c.Run("INSERT INTO rules_versions (hash, canonical_json, stored_at_ms) "
                   "VALUES ($1, $2, $3) ON CONFLICT (hash) DO NOTHING",
                   params);
    });
  }

  Result<std::optional<std::string>> GetRulesVersion(std::string_view hash) override {
    std::vector<Row> rows;
    Status s = WithReadConn([&](Conn& c) {
      rows.clear();
      Param params[] = {hash};
      return c.Run("SELECT canonical_json FROM rules_versions WHERE hash = $1", params, &rows);
    });
    if (!s.ok()) return s;
    if (rows.empty()) return std::optional<std::string>();
    return std::optional<std::string>(std::move(rows[0][0]));
  }

  Result<VerifyReport> Verify() override;
  Status Export(const ExportFilter& filter,
                const std::function<Status(std::string_view line)>& sink) override;

  LedgerStats Stats() const override {
    LedgerStats s;
    s.commits = commits_.load();
    s.entries = entries_.load();
    s.failed_commits = failed_commits_.load();
    s.max_batch_seen = max_batch_seen_.load();
    return s;
  }

 private:
  // Multi-row INSERTs in a few fixed sizes: few distinct statements to prepare, few round
  // trips to PostgreSQL per batch.
  static constexpr std::array<size_t, 4> kChunkSizes = {64, 16, 4, 1};

  static std::string InsertSql(size_t rows) {
    std::string sql = std::string("INSERT INTO audit_log (") + kAuditColumns + ") VALUES ";
    int n = 1;
    for (size_t r = 0; r < rows; ++r) {
      sql += r ? ", (" : "(";
      for (int c = 0; c < kAuditColumnCount; ++c) {
        if (c) sql += ", ";
        sql += '$';
        sql += std::to_string(n++);
      }
      sql += ")";
    }
    return sql;
  }

  int64_t Now() const { return options_.clock_ms ? options_.clock_ms() : SystemNowMs(); }

  template <typename F>
  Status WithReadConn(F&& f) {
    auto lease = pool_.Acquire();
    if (!lease.ok()) return lease.status();
    Conn& c = *lease.value();
    if (c.Broken())
      if (Status s = c.Reconnect(); !s.ok()) return s;
    Status s = f(c);
    // A read is safe to repeat: after a lost connection (server restart, failover) try once
    // more on a fresh one.
    if (!s.ok() && c.Broken() && c.Reconnect().ok()) s = f(c);
    return s;
  }

  void Enqueue(std::unique_ptr<Pending> p) {
    {
      std::lock_guard lk(mu_);
      if (!stopping_) {
        queued_entries_ += p->entries.size();
        queue_.push_back(std::move(p));
      }
    }
    if (p) return p->done(IoError("ledger " + url_.display + " is closing"), {}, 0);
    cv_.notify_one();
  }

  void CommitterLoop() {
    std::unique_lock lk(mu_);
    for (;;) {
      cv_.wait(lk, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and everything queued is committed
      if (options_.max_wait_us > 0 && queued_entries_ < options_.max_batch && !stopping_) {
        auto deadline =
            std::chrono::steady_clock::now() + std::chrono::microseconds(options_.max_wait_us);
        cv_.wait_until(lk, deadline,
                       [&] { return stopping_ || queued_entries_ >= options_.max_batch; });
      }
      std::vector<std::unique_ptr<Pending>> batch;
      size_t n = 0;
      while (!queue_.empty() &&
             (batch.empty() || n + queue_.front()->entries.size() <= options_.max_batch)) {
        n += queue_.front()->entries.size();
        batch.push_back(std::move(queue_.front()));
        queue_.pop_front();
      }
      queued_entries_ -= n;
      lk.unlock();
      Process(batch);
      lk.lock();
    }
  }

  void Process(std::vector<std::unique_ptr<Pending>>& batch) {
    std::vector<Pending*> all;
    for (auto& p : batch) all.push_back(p.get());
    bool commit_sent = false;
    Status s = CommitBatch(all, &commit_sent);
    if (s.ok() || all.size() == 1 || commit_sent) {
      Finish(all, s);
      return;
    }
    // The batch failed before COMMIT, so nothing of it was written: retry each request alone,
    // so that the failure reaches only the request that causes it.
    for (Pending* p : all) {
      std::vector<Pending*> one = {p};
      bool sent = false;
      Finish(one, CommitBatch(one, &sent));
    }
  }

  void Finish(const std::vector<Pending*>& batch, const Status& s) {
    for (Pending* p : batch) {
      if (!s.ok()) {
        p->done(s, {}, 0);
        continue;
      }
      std::vector<AuditReceipt> receipts;
      receipts.reserve(p->entries.size());
      for (const AuditEntry& e : p->entries) receipts.push_back({e.seq, e.time_ms, e.hash});
      p->done(Status::Ok(), std::move(receipts),
              p->consent ? p->consent->id : p->event ? p->event->id : 0);
    }
  }

  // One transaction for the whole batch. *commit_sent tells the caller whether COMMIT was
  // issued: if it then failed, the outcome is unknown and retrying could write twice.
  Status CommitBatch(const std::vector<Pending*>& batch, bool* commit_sent) {
    Conn& c = *writer_;
    if (c.Broken())
      if (Status s = c.Reconnect(); !s.ok()) return Failed(s);
    Status begun = c.Exec(pg_ ? "BEGIN" : "BEGIN IMMEDIATE");
    if (!begun.ok() && c.Broken() && c.Reconnect().ok()) {
      // The connection died while idle (server restart, failover, idle timeout). Nothing was
      // sent for this batch yet, so starting over on a new connection is safe.
      begun = c.Exec(pg_ ? "BEGIN" : "BEGIN IMMEDIATE");
    }
    if (!begun.ok()) {
      (void)c.Exec("ROLLBACK");
      return Failed(begun);
    }
    Status s = WriteBatch(c, batch);
    if (s.ok()) {
      *commit_sent = true;
      s = c.Exec("COMMIT");
      if (!s.ok() && !c.Broken()) {
        // The server refused the COMMIT (it rolled back): nothing was written.
        *commit_sent = false;
      }
    }
    if (!s.ok()) {
      (void)c.Exec("ROLLBACK");
      return Failed(s);
    }
    size_t n = 0;
    for (Pending* p : batch) n += p->entries.size();
    commits_.fetch_add(1);
    entries_.fetch_add(n);
    uint64_t prev = max_batch_seen_.load();
    while (n > prev && !max_batch_seen_.compare_exchange_weak(prev, n)) {
    }
    return Status::Ok();
  }

  Status Failed(Status s) {
    failed_commits_.fetch_add(1);
    return s;
  }

  // Inside the batch transaction: lock the chain head, chain the entries, insert, move head.
  Status WriteBatch(Conn& c, const std::vector<Pending*>& batch) {
    std::vector<Row> rows;
    // FOR UPDATE: another process committing to the same PostgreSQL waits here until our
    // COMMIT, so seq and prev_hash are always assigned from the latest committed head. (SQLite:
    // BEGIN IMMEDIATE already holds the database's single write lock.)
    if (Status s = c.Run(pg_ ? "SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE"
                             : "SELECT seq, hash FROM audit_head WHERE id = 1",
                         {}, &rows);
        !s.ok())
      return s;
    if (rows.empty() || rows[0].size() != 2)
      return DataLoss("ledger " + url_.display +
                      ": the chain head row (audit_head id 1) is missing; the database was "
                      "edited. Run `piguard audit verify` and restore from a backup");
    int64_t seq = 0;
    try {
      seq = std::stoll(rows[0][0]);
    } catch (const std::exception&) {
      return DataLoss("ledger " + url_.display + ": the chain head seq is not a number");
    }
    std::string prev = rows[0][1];
    std::vector<AuditEntry*> entries;
    for (Pending* p : batch)
      for (AuditEntry& e : p->entries) {
        e.seq = ++seq;
        e.prev_hash = prev;
        e.hash = ComputeHash(e);
        prev = e.hash;
        entries.push_back(&e);
      }
    std::vector<Param> params;
    params.reserve(kChunkSizes[0] * kAuditColumnCount);
    for (size_t done = 0; done < entries.size();) {
      size_t k = 0;
      while (kChunkSizes[k] > entries.size() - done) ++k;
      params.clear();
      for (size_t i = 0; i < kChunkSizes[k]; ++i) {
        const AuditEntry& e = *entries[done + i];
        params.insert(params.end(),
                      {e.seq, e.time_ms, e.principal, e.role, e.remote_addr, e.request_id,
                       e.action, e.subscriber_id, e.service, e.purpose, e.decision, e.reason,
                       e.article, e.detail_json, e.prev_hash, e.hash});
      }
      if (Status s = c.Run(insert_sql_[k], params); !s.ok()) return s;
      done += kChunkSizes[k];
    }
    for (Pending* p : batch) {
      if (!p->consent) continue;
      ConsentEvent& ev = *p->consent;
      ev.audit_seq = p->entries[0].seq;
      std::string categories = EncodeCategories(ev.optional_categories);
      Param cp[] = {ev.subscriber_id, ev.service_id, ev.purpose_id,
                    int64_t{ev.granted ? 1 : 0}, ev.rules_hash, ev.time_ms,
                    ev.principal, ev.audit_seq, categories};
      rows.clear();
      if (Status s = c.Run("INSERT INTO consent_events (subscriber_id, service_id, purpose_id, "
                           "granted, rules_hash, time_ms, principal, audit_seq, "
                           "optional_categories) "
                           "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                           cp, &rows);
          !s.ok())
        return s;
      ev.id = rows.empty() ? 0 : std::stoll(rows[0][0]);
    }
    for (Pending* p : batch) {
      if (!p->event) continue;
      ProcessingEvent& ev = *p->event;
      ev.audit_seq = p->entries[0].seq;
      Param ep[] = {ev.kind,   ev.subscriber_id, ev.trustee_id,  ev.contract, ev.service,
                    ev.purpose, ev.status,       ev.ref,         ev.detail_json, ev.time_ms,
                    ev.principal, ev.audit_seq};
      rows.clear();
      if (Status s = c.Run("INSERT INTO processing_events (kind, subscriber_id, trustee_id, "
                           "contract, service, purpose, status, ref, detail_json, time_ms, "
                           "principal, audit_seq) "
                           "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                           ep, &rows);
          !s.ok())
        return s;
      ev.id = rows.empty() ? 0 : std::stoll(rows[0][0]);
    }
    Param hp[] = {seq, prev};
    return c.Run("UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1", hp);
  }

  ParsedUrl url_;
  LedgerOptions options_;
  bool pg_ = false;
  std::unique_ptr<Conn> writer_;  // used only by the committer thread
  ConnPool pool_;
  std::array<std::string, kChunkSizes.size()> insert_sql_;

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::unique_ptr<Pending>> queue_;
  size_t queued_entries_ = 0;
  bool stopping_ = false;
  std::thread committer_;

  std::atomic<uint64_t> commits_{0}, entries_{0}, failed_commits_{0}, max_batch_seen_{0};
};

// --- Verify ------------------------------------------------------------------------------

constexpr int64_t kPage = 1000;
constexpr int64_t kReorderWindow = 1024;

Result<VerifyReport> LedgerImpl::Verify() {
  auto conn_or = Connect(url_, options_);
  if (!conn_or.ok()) return conn_or.status();
  Conn& c = *conn_or.value();
  // One snapshot for the whole walk: the head and the rows agree even while nodes append.
  if (Status s = c.Exec(pg_ ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN");
      !s.ok())
    return s;
  struct Rollback {
    Conn& c;
    ~Rollback() { (void)c.Exec("ROLLBACK"); }
  } rollback{c};

  VerifyReport rep;
  auto bad = [&](int64_t seq, std::string problem, std::string expected, std::string found,
                 std::string message) {
    rep.valid = false;
    rep.first_bad_seq = seq;
    rep.problem = std::move(problem);
    rep.expected = std::move(expected);
    rep.found = std::move(found);
    rep.message = std::move(message);
    return rep;
  };

  std::vector<Row> head_rows;
  if (Status s = c.Run("SELECT seq, hash FROM audit_head WHERE id = 1", {}, &head_rows); !s.ok())
    return s;
  if (head_rows.empty())
    return bad(0, "modified", "a chain head row", "none",
               "the chain head row (audit_head id 1) is missing");
  int64_t head_seq = 0;
  try {
    head_seq = std::stoll(head_rows[0][0]);
  } catch (const std::exception&) {
    return bad(0, "modified", "a number", head_rows[0][0], "the chain head seq is not a number");
  }
  const std::string head_hash = head_rows[0][1];

  static const std::string page_sql = std::string("SELECT ") + kAuditColumns +
                                      " FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2";
  int64_t expected_seq = 1;
  std::string prev = GenesisHash();
  for (int64_t last = 0;;) {
    std::vector<Row> rows;
    Param params[] = {last, kPage};
    if (Status s = c.Run(page_sql, params, &rows); !s.ok()) return s;
    std::vector<AuditEntry> page;
    if (Status s = ParseRows(rows, kAuditColumnCount, EntryFromRow, &page,
                             "ledger " + url_.display + ": audit_log");
        !s.ok())
      return s;
    for (AuditEntry& e : page) {
      const std::string seq_s = std::to_string(e.seq);
      if (e.seq > head_seq)
        return bad(e.seq, "inserted", "no record after the chain head (seq " +
                                          std::to_string(head_seq) + ")",
                   "seq " + seq_s,
                   "seq " + seq_s + " was inserted: the chain head is seq " +
                       std::to_string(head_seq) + ", so no record may follow it");
      if (e.seq != expected_seq)
        return bad(expected_seq, "deleted", "seq " + std::to_string(expected_seq),
                   "seq " + seq_s,
                   "seq " + std::to_string(expected_seq) +
                       " was deleted: the log jumps from seq " +
                       std::to_string(expected_seq - 1) + " to seq " + seq_s);
      const std::string recomputed = ComputeHash(e);
      if (recomputed != e.hash) {
        // A record that hashes correctly under another nearby seq was moved there.
        AuditEntry probe = e;
        for (int64_t s = std::max<int64_t>(1, e.seq - kReorderWindow);
             s <= e.seq + kReorderWindow; ++s) {
          if (s == e.seq) continue;
          probe.seq = s;
          if (ComputeHash(probe) != e.hash) continue;
          const std::string where = "seq " + seq_s + " holds the record written as seq " +
                                    std::to_string(s);
          if (s < e.seq)
            return bad(e.seq, "inserted", "the record written as seq " + seq_s,
                       "the record written as seq " + std::to_string(s),
                       where + ": " + std::to_string(e.seq - s) +
                           " record(s) were inserted before it");
          return bad(e.seq, "reordered", "the record written as seq " + seq_s,
                     "the record written as seq " + std::to_string(s),
                     where + ": records were reordered (or deleted and renumbered)");
        }
        return bad(e.seq, "modified", e.hash, recomputed,
                   "seq " + seq_s + " was modified: it was written with hash " + e.hash +
                       " but its fields now hash to " + recomputed);
      }
      if (e.prev_hash != prev)
        return bad(e.seq, "inserted", prev, e.prev_hash,
                   "seq " + seq_s + " does not follow seq " + std::to_string(e.seq - 1) +
                       ": its prev_hash is " + e.prev_hash + ", expected " + prev +
                       " (a record was inserted, or rewritten with a recomputed hash)");
      prev = e.hash;
      ++expected_seq;
      ++rep.entries;
      last = e.seq;
    }
    if (static_cast<int64_t>(page.size()) < kPage) break;
  }
  if (rep.entries < head_seq)
    return bad(expected_seq, "truncated", "records up to seq " + std::to_string(head_seq),
               "the log ends at seq " + std::to_string(rep.entries),
               "seq " + std::to_string(expected_seq) + " to " + std::to_string(head_seq) +
                   " were deleted: the chain head is seq " + std::to_string(head_seq) +
                   " but the log ends at seq " + std::to_string(rep.entries));
  if (prev != head_hash)
    return bad(head_seq, "modified", head_hash, prev,
               "seq " + std::to_string(head_seq) + " was replaced: the chain head records hash " +
                   head_hash + " but the last record's hash is " + prev);
  rep.valid = true;
  rep.head_hash = prev;
  rep.message = "audit chain valid: " + std::to_string(rep.entries) + " records, head " + prev;
  return rep;
}

// --- Export ------------------------------------------------------------------------------

Status LedgerImpl::Export(const ExportFilter& filter,
                          const std::function<Status(std::string_view line)>& sink) {
  auto conn_or = Connect(url_, options_);
  if (!conn_or.ok()) return conn_or.status();
  Conn& c = *conn_or.value();

  // The filter becomes a WHERE clause with numbered parameters; $1 is the page cursor.
  std::string where = "seq > $1";
  std::vector<std::string> texts;  // owned copies of text parameters
  std::vector<int64_t> ints;
  std::vector<std::pair<bool, size_t>> order;  // (is_int, index) for parameters $2..
  auto add_int = [&](const std::string& cond, int64_t v) {
    ints.push_back(v);
    order.push_back({true, ints.size() - 1});
    where += " AND " + cond + " $" + std::to_string(order.size() + 1);
  };
  auto add_text = [&](const std::string& cond, const std::string& v) {
    texts.push_back(v);
    order.push_back({false, texts.size() - 1});
    where += " AND " + cond + " $" + std::to_string(order.size() + 1);
  };
  if (filter.from_ms) add_int("time_ms >=", *filter.from_ms);
  if (filter.to_ms) add_int("time_ms <", *filter.to_ms);
  if (!filter.subscriber_id.empty()) add_text("subscriber_id =", filter.subscriber_id);
  if (!filter.principal.empty()) add_text("principal =", filter.principal);
  if (!filter.action.empty()) {
    if (filter.action.back() == '*') {
      std::string prefix = filter.action.substr(0, filter.action.size() - 1);
      int64_t chars = 0;
      for (size_t i = 0; i < prefix.size();) {
        int len = 1;
        utf8::Decode(prefix, i, &len);
        i += len;
        ++chars;
      }
      // substr(action, 1, n) = prefix: a prefix match without LIKE's wildcard escaping.
      ints.push_back(chars);
      order.push_back({true, ints.size() - 1});
      std::string n = "$" + std::to_string(order.size() + 1);
      add_text("substr(action, 1, " + n + ") =", prefix);
    } else {
      add_text("action =", filter.action);
    }
  }
  const std::string sql = std::string("SELECT ") + kAuditColumns + " FROM audit_log WHERE " +
                          where + " ORDER BY seq LIMIT " + std::to_string(kPage);
  for (int64_t last = 0;;) {
    std::vector<Param> params;
    params.push_back(last);
    for (auto [is_int, i] : order) {
      if (is_int)
        params.push_back(ints[i]);
      else
        params.push_back(std::string_view(texts[i]));
    }
    std::vector<Row> rows;
    if (Status s = c.Run(sql, params, &rows); !s.ok()) return s;
    std::vector<AuditEntry> page;
    if (Status s = ParseRows(rows, kAuditColumnCount, EntryFromRow, &page,
                             "ledger " + url_.display + ": audit_log");
        !s.ok())
      return s;
    for (const AuditEntry& e : page) {
      std::string line = AuditEntryToJson(e);
      line += '\n';
      if (Status s = sink(line); !s.ok()) return s;
      last = e.seq;
    }
    if (static_cast<int64_t>(page.size()) < kPage) break;
  }
  return Status::Ok();
}

}  // namespace

Result<ParsedUrl> ParseLedgerUrl(const std::string& url) {
  auto starts = [&](std::string_view p) { return url.compare(0, p.size(), p) == 0; };
  // Replaces password values in a libpq URI (user:password@) or conninfo (password=...).
  auto mask = [](std::string s) {
    size_t scheme = s.find("://");
    if (scheme != std::string::npos) {
      size_t at = s.find('@', scheme + 3);
      size_t colon = s.find(':', scheme + 3);
      if (at != std::string::npos && colon != std::string::npos && colon < at)
        s.replace(colon + 1, at - colon - 1, "***");
    }
    for (size_t pos = 0; (pos = s.find("password=", pos)) != std::string::npos;) {
      size_t start = pos + 9;
      size_t end = s.find_first_of(" &", start);
      if (end == std::string::npos) end = s.size();
      s.replace(start, end - start, "***");
      pos = start + 3;
    }
    return s;
  };
  ParsedUrl out;
  if (url.empty())
    return InvalidArgument("empty ledger URL (use sqlite:PATH or postgresql://...)");
  if (starts("postgresql://") || starts("postgres://")) {
    out.backend = Backend::kPostgres;
    out.target = url;
  } else if (starts("postgresql:")) {
    out.backend = Backend::kPostgres;
    out.target = url.substr(11);
  } else if (starts("sqlite://")) {
    out.target = url.substr(9);
  } else if (starts("sqlite:")) {
    out.target = url.substr(7);
  } else if (url.find("://") != std::string::npos) {
    return InvalidArgument("ledger URL '" + mask(url) +
                           "': unknown scheme (use sqlite:PATH or postgresql://...)");
  } else {
    out.target = url;
  }
  out.display = mask(url);
  if (out.backend == Backend::kSqlite && (out.target.empty() || out.target == ":memory:" ||
                                          out.target.rfind("file:", 0) == 0))
    return InvalidArgument("ledger URL '" + url +
                           "': give a SQLite database file path (in-memory databases are not "
                           "durable and cannot be shared between connections)");
  if (out.backend == Backend::kPostgres && out.target.empty())
    return InvalidArgument("ledger URL '" + url + "': empty PostgreSQL connection string");
  return out;
}

Result<std::unique_ptr<Conn>> Connect(const ParsedUrl& url, const LedgerOptions& options) {
  return url.backend == Backend::kPostgres ? ConnectPostgres(url, options)
                                           : ConnectSqlite(url, options);
}

Result<std::unique_ptr<Ledger>> Open(const std::string& url, const LedgerOptions& options) {
  auto parsed = ParseLedgerUrl(url);
  if (!parsed.ok()) return parsed.status();
  auto writer = Connect(parsed.value(), options);
  if (!writer.ok()) return writer.status();
  if (Status s = Migrate(*writer.value(), parsed.value().display, options.migrate); !s.ok())
    return s;
  return std::unique_ptr<Ledger>(
      new LedgerImpl(std::move(parsed).value(), options, std::move(writer).value()));
}

Status ExecRawSql(const std::string& url, std::string_view sql) {
  auto parsed = ParseLedgerUrl(url);
  if (!parsed.ok()) return parsed.status();
  auto conn = Connect(parsed.value(), LedgerOptions{});
  if (!conn.ok()) return conn.status();
  return conn.value()->Exec(sql);
}

Result<std::vector<Row>> QueryRawSql(const std::string& url, const std::string& sql) {
  auto parsed = ParseLedgerUrl(url);
  if (!parsed.ok()) return parsed.status();
  auto conn = Connect(parsed.value(), LedgerOptions{});
  if (!conn.ok()) return conn.status();
  std::vector<Row> rows;
  if (Status s = conn.value()->Run(sql, {}, &rows); !s.ok()) return s;
  return rows;
}

}  // namespace piguard::ledger
