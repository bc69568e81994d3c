#include "detect/traditional.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace piguard::traditional {
namespace {

TEST(TraditionalTest, FoldsToSimplifiedKeepingTheLength) {
  EXPECT_EQ(ToSimplified("聯絡電話"), "联络电话");
  EXPECT_EQ(ToSimplified("證件號碼"), "证件号码");
  EXPECT_EQ(ToSimplified("關係"), "关系");
  const std::string account = ToSimplified("帳戶");  // 帐户 and 账户 are both simplified
  EXPECT_TRUE(account == "账户" || account == "帐户") << account;
  // Characters outside the table, ASCII and bytes that are no UTF-8 stay as they are.
  EXPECT_EQ(ToSimplified("name 姓名"), "name 姓名");
  const std::string broken = "號\xFF碼\xE8";
  const std::string folded = ToSimplified(broken);
  EXPECT_EQ(folded, "号\xFF码\xE8");
  EXPECT_EQ(folded.size(), broken.size());
}

TEST(TraditionalTest, VariantsOfASimplifiedWord) {
  auto has = [](const std::vector<std::string>& v, const std::string& w) {
    return std::find(v.begin(), v.end(), w) != v.end();
  };
  const auto contact = TraditionalVariants("联系人");
  EXPECT_TRUE(has(contact, "聯繫人") || has(contact, "聯係人"));
  EXPECT_FALSE(has(contact, "联系人"));  // not the word itself
  EXPECT_TRUE(has(TraditionalVariants("手机"), "手機"));
  EXPECT_TRUE(has(TraditionalVariants("账户"), "帳戶"));
  EXPECT_TRUE(TraditionalVariants("姓名").empty());  // the same in both
  // 台 is written so in Hong Kong and Taiwan as well as 臺: both spellings of 台湾.
  const auto taiwan = TraditionalVariants("台湾");
  EXPECT_TRUE(has(taiwan, "台灣"));
  EXPECT_TRUE(has(taiwan, "臺灣"));
  EXPECT_TRUE(TraditionalVariants("name").empty());
}

TEST(TraditionalTest, FindsTraditionalCharactersAhead) {
  EXPECT_TRUE(AnyTraditionalAt("香港九龍", 0, 8));
  EXPECT_FALSE(AnyTraditionalAt("香港九龙", 0, 8));
  EXPECT_FALSE(AnyTraditionalAt("ab\n九龍", 0, 8));  // not past a line break
  EXPECT_TRUE(AnyTraditionalAt("141號", 0, 2));  // past a number to its suffix
  EXPECT_FALSE(AnyTraditionalAt("abcdefghijklm九龍", 0, 8));  // more than twelve ASCII bytes
  EXPECT_FALSE(AnyTraditionalAt("旺角彌敦道", 0, 2));  // beyond the first two characters
}

}  // namespace
}  // namespace piguard::traditional
