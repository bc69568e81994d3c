// Durable audit appends per second through the ledger's group commit, at 1, 8 and 64
// concurrent writer threads, on SQLite and on PostgreSQL. Each Append returns only after its
// batch transaction committed (SQLite synchronous=FULL; PostgreSQL synchronous_commit=on).
//
//   piguard_ledger_bench [--seconds S] [--threads 1,8,64] [--pg URL] [--dir DIR]
//
// --pg (or PIGUARD_TEST_PG_URL) names a PostgreSQL server to use, e.g. one started by
// `scripts/pg_test_server.sh start DIR`; each run gets a fresh schema that is dropped after.
// Without it only SQLite runs. --dir is where the SQLite file goes (default: the system temp
// directory; put it on the disk you want to measure).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "ledger/db.h"
#include "piguard/ledger.h"

using namespace piguard;
using namespace piguard::ledger;
using Clock = std::chrono::steady_clock;

namespace {

AuditEntry Decision(int t, int i) {
  AuditEntry e;
  e.principal = "crm-" + std::to_string(t);
  e.role = "collector";
  e.remote_addr = "10.0.0.1:5555";
  e.request_id = std::to_string(t) + "-" + std::to_string(i);
  e.action = "gate.decide";
  e.subscriber_id = "sub-" + std::to_string(i % 100000);
  e.service = "broadband";
  e.purpose = "billing";
  e.decision = "allowed";
  e.article = "Order 24 Art. 9";
  e.detail_json = R"({"fields":[{"name":"msisdn","category":"A1","allowed":true}]})";
  return e;
}

struct RunResult {
  double per_second = 0;
  double p50_ms = 0, p99_ms = 0;
  double avg_batch = 0;
  bool ok = true;
};

RunResult RunOne(const std::string& url, int threads, double seconds) {
  RunResult out;
  auto l = Open(url, {});
  if (!l.ok()) {
    std::fprintf(stderr, "ledger_bench: %s\n", l.status().message().c_str());
    out.ok = false;
    return out;
  }
  Ledger& ledger = *l.value();
  std::atomic<bool> stop{false};
  std::atomic<bool> failed{false};
  std::vector<std::vector<double>> lat(threads);
  std::vector<std::thread> ts;
  const auto start = Clock::now();
  for (int t = 0; t < threads; ++t)
    ts.emplace_back([&, t] {
      for (int i = 0; !stop.load(std::memory_order_relaxed); ++i) {
        auto t0 = Clock::now();
        auto r = ledger.Append(Decision(t, i));
        if (!r.ok()) {
          std::fprintf(stderr, "ledger_bench: %s\n", r.status().message().c_str());
          failed = true;
          return;
        }
        lat[t].push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
      }
    });
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
  stop = true;
  for (auto& t : ts) t.join();
  const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  std::vector<double> all;
  for (auto& v : lat) all.insert(all.end(), v.begin(), v.end());
  std::sort(all.begin(), all.end());
  LedgerStats st = ledger.Stats();
  out.ok = !failed;
  out.per_second = all.size() / elapsed;
  if (!all.empty()) {
    out.p50_ms = all[all.size() / 2];
    out.p99_ms = all[std::min(all.size() - 1, all.size() * 99 / 100)];
  }
  out.avg_batch = st.commits ? double(st.entries) / st.commits : 0;
  auto v = ledger.Verify();
  if (!v.ok() || !v.value().valid) {
    std::fprintf(stderr, "ledger_bench: chain does not verify after the run!\n");
    out.ok = false;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  double seconds = 3;
  std::vector<int> thread_counts = {1, 8, 64};
  std::string pg = std::getenv("PIGUARD_TEST_PG_URL") ? std::getenv("PIGUARD_TEST_PG_URL") : "";
  std::filesystem::path dir = std::filesystem::temp_directory_path();
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "ledger_bench: %s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--seconds") {
      seconds = std::atof(next().c_str());
    } else if (a == "--pg") {
      pg = next();
    } else if (a == "--dir") {
      dir = next();
    } else if (a == "--threads") {
      thread_counts.clear();
      std::stringstream ss(next());
      for (std::string x; std::getline(ss, x, ',');) thread_counts.push_back(std::atoi(x.c_str()));
    } else {
      std::fprintf(stderr,
                   "usage: piguard_ledger_bench [--seconds S] [--threads 1,8,64] [--pg URL] "
                   "[--dir DIR]\n");
      return 2;
    }
  }
  std::printf("%-11s %7s %14s %9s %9s %10s\n", "backend", "threads", "appends/s", "p50 ms",
              "p99 ms", "avg batch");
  bool ok = true;
  for (const std::string backend : {"sqlite", "postgresql"}) {
    if (backend == "postgresql" && pg.empty()) {
      std::printf("postgresql  (skipped: pass --pg URL or set PIGUARD_TEST_PG_URL)\n");
      continue;
    }
    for (int threads : thread_counts) {
      std::string url, cleanup_schema;
      std::filesystem::path file;
      if (backend == "sqlite") {
        file = dir / ("piguard-ledger-bench-" + std::to_string(getpid()) + ".db");
        url = "sqlite:" + file.string();
      } else {
        cleanup_schema = "bench_" + std::to_string(getpid()) + "_" + std::to_string(threads);
        if (Status s = ExecRawSql(pg, "CREATE SCHEMA " + cleanup_schema); !s.ok()) {
          std::fprintf(stderr, "ledger_bench: %s\n", s.message().c_str());
          return 2;
        }
        url = pg + (pg.find('?') == std::string::npos ? "?" : "&") +
              "options=-csearch_path%3D" + cleanup_schema;
      }
      RunResult r = RunOne(url, threads, seconds);
      ok = ok && r.ok;
      std::printf("%-11s %7d %14.0f %9.2f %9.2f %10.1f\n", backend.c_str(), threads,
                  r.per_second, r.p50_ms, r.p99_ms, r.avg_batch);
      std::fflush(stdout);
      if (!file.empty())
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(file.string() + suffix);
      if (!cleanup_schema.empty())
        (void)ExecRawSql(pg, "DROP SCHEMA " + cleanup_schema + " CASCADE");
    }
  }
  return ok ? 0 : 1;
}
