#include <gtest/gtest.h>

#include "piguard/scanner.h"

TEST(Smoke, ScannerBuildsWithDefaults) {
  auto s = piguard::Scanner::Create(piguard::ScanConfig{});
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s.value()->TypeName(piguard::kPhoneNumber), "PHONE_NUMBER");
}
