#include "crypto/keys.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "crypto/crypto_test_util.h"

namespace piguard::crypto {
namespace {

using testing::ToHex;

// The key 00 01 02 ... 1f.
constexpr const char* kHexKey = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
// Its derived id: the first 16 hex digits of SHA-256("piguard key id" || key). A golden
// value: changing it changes the id of every existing key without an explicit id.
constexpr const char* kDerivedId = "2854a2527d45d98b";

class KeyFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (std::filesystem::temp_directory_path() / "piguard-keys-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content, mode_t mode = 0600) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << content;
    EXPECT_EQ(chmod(path.c_str(), mode), 0);
    return path;
  }

  std::filesystem::path dir_;
};

TEST_F(KeyFileTest, LoadsIdAndKey) {
  const std::string path =
      Write("k", std::string("# ops key\n\nid = ops-2024q3\nkey=") + kHexKey + "\n");
  auto km = LoadKeyFile(path);
  ASSERT_TRUE(km.ok()) << km.status().message();
  EXPECT_EQ(km.value().id(), "ops-2024q3");
  EXPECT_EQ(ToHex(km.value().bytes()), kHexKey);
}

TEST_F(KeyFileTest, BareHexFileGetsDerivedId) {
  std::string upper = kHexKey;
  for (char& c : upper) c = static_cast<char>(toupper(c));
  auto km = LoadKeyFile(Write("k", upper + "\r\n"));
  ASSERT_TRUE(km.ok()) << km.status().message();
  EXPECT_EQ(km.value().id(), kDerivedId);
  EXPECT_EQ(ToHex(km.value().bytes()), kHexKey);
  // key= without id= derives the same id.
  auto km2 = LoadKeyFile(Write("k2", std::string("key=") + kHexKey));
  ASSERT_TRUE(km2.ok());
  EXPECT_EQ(km2.value().id(), kDerivedId);
  EXPECT_EQ(DeriveKeyId(km.value().bytes()), kDerivedId);
  EXPECT_TRUE(LoadKeyFile(Write("k3", std::string(kHexKey), 0400)).ok());
}

TEST_F(KeyFileTest, RefusesFilesOthersCanRead) {
  const std::string path = Write("k", std::string("key=") + kHexKey, 0644);
  auto km = LoadKeyFile(path);
  ASSERT_FALSE(km.ok());
  EXPECT_EQ(km.status().code(), StatusCode::kIoError);
  EXPECT_EQ(km.status().message(), "key file " + path +
                                       " is readable by others (mode 0644); run chmod 600 " + path);
  auto group_write = LoadKeyFile(Write("g", std::string("key=") + kHexKey, 0620));
  ASSERT_FALSE(group_write.ok());
  EXPECT_NE(group_write.status().message().find("writable by others (mode 0620)"),
            std::string::npos);
}

TEST_F(KeyFileTest, RefusesMissingFilesAndDirectories) {
  auto missing = LoadKeyFile((dir_ / "nope").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("does not exist"), std::string::npos);

  chmod(dir_.c_str(), 0700);
  auto dir = LoadKeyFile(dir_.string());
  ASSERT_FALSE(dir.ok());
  EXPECT_NE(dir.status().message().find("not a regular file"), std::string::npos);
}

TEST_F(KeyFileTest, SyntaxErrorsNameFileAndLineButNotTheKey) {
  struct Case {
    std::string content;
    std::string expected;  // the message after "path:"
  };
  const std::string key = kHexKey;
  const Case cases[] = {
      {"id=a\nkey=" + key.substr(0, 63) + "\n",
       "2: key must be 64 hex digits (256 bits), found 63 characters"},
      {"key=" + key + "0\n", "1: key must be 64 hex digits (256 bits), found 65 characters"},
      {"\n\nkey=" + key.substr(0, 10) + "g" + key.substr(11) + "\n",
       "3: key must be 64 hex digits; character 11 of the key is not a hex digit"},
      {"id=x\n", " no key found (expected a line key=<64 hex digits>)"},
      {"key=" + key + "\nkey=" + key + "\n", "2: key given twice (first on line 1)"},
      {"id=a\nid=b\nkey=" + key, "2: id= given twice (first on line 1)"},
      {"id=has space\nkey=" + key, "1: key id may only contain letters, digits, '.', '_' and '-'"},
      {"mode=fast\nkey=" + key, "1: unknown setting 'mode' (expected id= or key=)"},
      {"id=a\n" + key + "\n", "2: with id= the key must be given as key=<64 hex digits>"},
      {"# only a comment\n", " no key found (expected a line key=<64 hex digits>)"},
  };
  int i = 0;
  for (const auto& c : cases) {
    const std::string path = Write("bad" + std::to_string(i++), c.content);
    auto km = LoadKeyFile(path);
    ASSERT_FALSE(km.ok()) << c.content;
    EXPECT_EQ(km.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(km.status().message(), path + ":" + c.expected);
    EXPECT_EQ(km.status().message().find(key.substr(0, 16)), std::string::npos);
  }
}

TEST(KeyEnvTest, LoadsFromEnvironment) {
  const char* var = "PIGUARD_TEST_KEY_ENV";
  unsetenv(var);
  auto missing = LoadKeyFromEnv(var);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(missing.status().message(), "environment variable PIGUARD_TEST_KEY_ENV is not set");

  setenv(var, (std::string("ops-1:") + kHexKey).c_str(), 1);
  auto with_id = LoadKeyFromEnv(var);
  ASSERT_TRUE(with_id.ok()) << with_id.status().message();
  EXPECT_EQ(with_id.value().id(), "ops-1");
  EXPECT_EQ(ToHex(with_id.value().bytes()), kHexKey);

  setenv(var, kHexKey, 1);
  auto bare = LoadKeyFromEnv(var);
  ASSERT_TRUE(bare.ok());
  EXPECT_EQ(bare.value().id(), kDerivedId);

  setenv(var, "ops-1:abcd", 1);
  auto bad = LoadKeyFromEnv(var);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(bad.status().message().find("environment variable PIGUARD_TEST_KEY_ENV: key must be "
                                        "64 hex digits (256 bits), found 4 characters"),
            std::string::npos);
  EXPECT_EQ(bad.status().message().find("abcd"), std::string::npos);
  unsetenv(var);
}

TEST(KeyDeriveTest, HkdfSubkeysAreStableAndIndependent) {
  auto master = ParseKeyText(kHexKey, "test");
  ASSERT_TRUE(master.ok());
  const SecretKey& m = master.value().key();
  // Golden values: HKDF-SHA256(ikm = master, salt = empty, info = label || 0x00 || context).
  auto a = DeriveKey(m, "ff1/mobile", "operator-a");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(ToHex(a.value().bytes()),
            "7770a795d341bca30a304d0c0bf661eab308862382f9bfdbad0ff74658ca8662");
  auto empty_context = DeriveKey(m, "ff1/mobile", "");
  ASSERT_TRUE(empty_context.ok());
  EXPECT_EQ(ToHex(empty_context.value().bytes()),
            "9734b04e796ff6f404ce173d5c66836f629c76bc24e8219022dbe283fdad7a36");
  EXPECT_NE(ToHex(DeriveKey(m, "ff1/mobile", "operator-b").value().bytes()),
            ToHex(a.value().bytes()));
  EXPECT_NE(ToHex(DeriveKey(m, "ff1/imsi", "operator-a").value().bytes()),
            ToHex(a.value().bytes()));

  EXPECT_EQ(DeriveKey(m, "", "x").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(DeriveKey(m, std::string_view("a\0b", 3), "x").status().code(),
            StatusCode::kInvalidArgument);
}

TEST(KeyMaterialTest, MovesWipeTheSource) {
  auto km = ParseKeyText(kHexKey, "test");
  ASSERT_TRUE(km.ok());
  SecretKey original = km.value().key().Clone();
  SecretKey moved = std::move(original);
  EXPECT_EQ(ToHex(moved.bytes()), kHexKey);
  EXPECT_EQ(ToHex(original.bytes()), std::string(64, '0'));  // NOLINT: checking moved-from state
  KeyMaterial copy = km.value().Clone();
  EXPECT_EQ(copy.id(), km.value().id());
  EXPECT_EQ(ToHex(copy.bytes()), kHexKey);
}

}  // namespace
}  // namespace piguard::crypto
