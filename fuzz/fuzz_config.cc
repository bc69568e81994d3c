// fuzz_config: the input bytes are a YAML configuration. piguard::ParseScanConfig must
// return a value or an error Status, never throw or crash; on success Scanner::Create must
// do the same, and a created scanner must scan a fixed sample (and the input itself) with
// findings that pass the usual invariants.
//
// dictionary_file: relative paths resolve against the configuration's directory, which is
// a private temp directory holding one small dictionary ("terms.txt"). Inputs naming
// /dev/, /proc/ or /sys/ are skipped, so the fuzzer cannot make the parser read an endless
// or blocking special file (/dev/zero, /dev/stdin) and report that as a hang.
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

#include "fuzz_common.h"

namespace {

std::string g_dir;          // "/tmp/piguard-fuzz-config-XXXXXX/"
std::string g_source_name;  // g_dir + "fuzz.yaml"

void RemoveDir() {
  if (g_dir.empty()) return;
  std::remove((g_dir + "terms.txt").c_str());
  rmdir(g_dir.c_str());
}

constexpr std::string_view kSample =
    "2026-11-15T00:00:00 INFO user=13812345678 id_card=110101199003071234 ip=10.1.2.3 "
    "mac=4C-6D-15-A2-7D-27 email=zhao@example.com EMP-123456 employee EMP-654321 boss\n"
    "{\"customer\":{\"name\":\"张三\",\"phone\":\"+86 138 0013 8000\",\"card\":\"6222021234567890123\"}}\n"
    "工号：A12345 Phoenix 凤凰计划 400-820-8820 192.168.1.1 440103199510180257 京A12345\n";

void ScanAndCheck(const piguard::Scanner& scanner, std::string_view text) {
  using namespace piguard_fuzz;
  static piguard::ScanScratch scratch;
  std::unique_ptr<char[]> copy(new char[text.size()]);  // exact size for ASan
  std::memcpy(copy.get(), text.data(), text.size());
  piguard::Segment seg;
  seg.text = std::string_view(copy.get(), text.size());
  CollectingSink sink;
  scanner.Scan(seg, scratch, sink);
  CheckSegmentFindings(scanner, seg, sink);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  const char* tmp = std::getenv("TMPDIR");
  std::string tmpl = std::string(tmp && *tmp ? tmp : "/tmp") + "/piguard-fuzz-config-XXXXXX";
  if (!mkdtemp(tmpl.data())) {
    std::perror("fuzz_config: mkdtemp");
    std::abort();
  }
  g_dir = tmpl + "/";
  g_source_name = g_dir + "fuzz.yaml";
  std::ofstream(g_dir + "terms.txt", std::ios::binary)
      << "# project code names\nPhoenix\r\nBlue Whale\n\n凤凰计划\nx\n";
  std::atexit(RemoveDir);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace piguard_fuzz;
  std::string_view yaml(reinterpret_cast<const char*>(data), size);
  for (std::string_view special : {"/dev/", "/proc/", "/sys/"})
    if (yaml.find(special) != std::string_view::npos) return 0;

  auto config = piguard::ParseScanConfig(yaml, g_source_name);
  if (!config.ok()) {
    PIGUARD_FUZZ_CHECK(config.status().code() != piguard::StatusCode::kOk,
                       "ParseScanConfig failed with an OK status");
    PIGUARD_FUZZ_CHECK(!config.status().message().empty(), "config error without a message");
    return 0;
  }
  const piguard::ScanConfig& c = config.value();
  PIGUARD_FUZZ_CHECK(c.hotword_window >= 0 && c.hotword_window <= 200,
                     "accepted hotword_window %d", c.hotword_window);
  for (const auto& t : c.custom_types) {
    PIGUARD_FUZZ_CHECK(!t.name.empty(), "accepted a custom type without a name");
    PIGUARD_FUZZ_CHECK(t.regex.empty() != t.dictionary.empty(),
                       "custom type '%s' accepted with both/neither regex and dictionary",
                       t.name.c_str());
  }

  auto scanner = piguard::Scanner::Create(c);
  if (!scanner.ok()) {
    PIGUARD_FUZZ_CHECK(!scanner.status().message().empty(), "Create error without a message");
    return 0;
  }
  const piguard::Scanner& s = *scanner.value();
  PIGUARD_FUZZ_CHECK(s.TypeCount() == piguard::kBuiltinTypeCount + c.custom_types.size(),
                     "TypeCount %zu with %zu custom types", s.TypeCount(), c.custom_types.size());
  ScanAndCheck(s, kSample);
  ScanAndCheck(s, yaml);
  return 0;
}
