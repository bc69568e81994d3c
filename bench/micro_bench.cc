// Micro-benchmarks per detector: each scans a buffer of lines dominated by one kind of
// identifier (plus the non-PI numbers real logs carry) and reports bytes/s and findings.
// They show where a detector's cost goes; end-to-end numbers come from compare_rg.sh.
#include <benchmark/benchmark.h>

#include <random>
#include <string>

#include "detect/validators.h"
#include "piguard/scanner.h"

namespace {

using piguard::Finding;
using piguard::FindingSink;
using piguard::Scanner;
using piguard::ScanScratch;
using piguard::Segment;

struct CountSink : FindingSink {
  size_t n = 0;
  void OnFinding(const Finding&) override { ++n; }
};

const Scanner& TheScanner() {
  static auto s = std::move(Scanner::Create(piguard::ScanConfig{})).value();
  return *s;
}

char CheckChar(const std::string& first17) { return piguard::validate::ResidentIdCheckChar(first17); }

std::string LuhnComplete(std::string body) {
  for (char d = '0'; d <= '9'; ++d)
    if (piguard::validate::Luhn(body + d)) return body + d;
  return body + '0';
}

std::string Digits(std::mt19937_64& rng, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s.push_back(static_cast<char>('0' + rng() % 10));
  return s;
}

// About 1 MiB of lines built by `make_line`.
template <typename F>
std::string Corpus(F make_line) {
  std::mt19937_64 rng(42);
  std::string out;
  while (out.size() < (1u << 20)) {
    out += "2026-11-15T07:12:19.682+08:00 INFO svc ";
    out += make_line(rng);
    out += " trace=9ed24a52cc9a205f ts=1734720546060\n";
  }
  return out;
}

void RunScan(benchmark::State& state, const std::string& text) {
  ScanScratch scratch;
  CountSink sink;
  Segment seg;
  seg.text = text;
  for (auto _ : state) {
    sink.n = 0;
    TheScanner().Scan(seg, scratch, sink);
    benchmark::DoNotOptimize(sink.n);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["findings"] = static_cast<double>(sink.n);
}

void BM_Phone(benchmark::State& state) {
  static const std::string text = Corpus([](std::mt19937_64& r) {
    return "user=13" + Digits(r, 9) + " order=" + Digits(r, 18);
  });
  RunScan(state, text);
}
void BM_ResidentId(benchmark::State& state) {
  static const std::string text = Corpus([](std::mt19937_64& r) {
    std::string body = "430725" + std::to_string(1950 + r() % 50) + "0" +
                       std::to_string(1 + r() % 9) + "1" + std::to_string(r() % 9) + Digits(r, 3);
    return "id_no=" + body + CheckChar(body) + " ref=" + Digits(r, 11);
  });
  RunScan(state, text);
}
void BM_ImsiImei(benchmark::State& state) {
  static const std::string text = Corpus([](std::mt19937_64& r) {
    return "imsi=46000" + Digits(r, 10) + " imei=" + LuhnComplete("86" + Digits(r, 12));
  });
  RunScan(state, text);
}
void BM_BankCard(benchmark::State& state) {
  static const std::string text = Corpus([](std::mt19937_64& r) {
    return "card=" + LuhnComplete("62" + Digits(r, 15)) + " amount=" + Digits(r, 5);
  });
  RunScan(state, text);
}
void BM_Network(benchmark::State& state) {
  static const std::string text = Corpus([](std::mt19937_64& r) {
    return "src=10." + std::to_string(r() % 256) + "." + std::to_string(r() % 256) + ".7 ip6=240e:3b4:" +
           std::to_string(1000 + r() % 9000) + "::1 mac=f3:7c:8f:27:d0:5a version=10.0.19041.1";
  });
  RunScan(state, text);
}
void BM_Email(benchmark::State& state) {
  static const std::string text = Corpus([](std::mt19937_64& r) {
    return "email=user" + Digits(r, 4) + "@example.com";
  });
  RunScan(state, text);
}
void BM_ChineseText(benchmark::State& state) {
  static const std::string text = Corpus([](std::mt19937_64& r) {
    return "客户：你好，我叫张伟，我的新地址是湖南省永州市道县新华路" + std::to_string(r() % 900) +
           "号，出生日期：1988年2月6日，谢谢。";
  });
  RunScan(state, text);
}
void BM_NoPi(benchmark::State& state) {
  static const std::string text = Corpus([](std::mt19937_64& r) {
    return "GET /api/v2/items status=200 bytes=" + Digits(r, 5) + " order=" + Digits(r, 18);
  });
  RunScan(state, text);
}
void BM_Luhn(benchmark::State& state) {
  std::string card = LuhnComplete("621700000000000");
  for (auto _ : state) benchmark::DoNotOptimize(piguard::validate::Luhn(card));
}
void BM_ResidentIdCheck(benchmark::State& state) {
  std::string id = "11010519491231002X";
  for (auto _ : state) benchmark::DoNotOptimize(piguard::validate::CheckResidentId18(id));
}

BENCHMARK(BM_Phone);
BENCHMARK(BM_ResidentId);
BENCHMARK(BM_ImsiImei);
BENCHMARK(BM_BankCard);
BENCHMARK(BM_Network);
BENCHMARK(BM_Email);
BENCHMARK(BM_ChineseText);
BENCHMARK(BM_NoPi);
BENCHMARK(BM_Luhn);
BENCHMARK(BM_ResidentIdCheck);

}  // namespace

BENCHMARK_MAIN();
