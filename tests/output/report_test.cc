#include <gtest/gtest.h>

#include "piguard/report.h"

namespace piguard {
namespace {

TEST(MaskedPreview, KeepsTwoCharactersEachEndForLongValuesAndOneForShort) {
  EXPECT_EQ(MaskedPreview("13812345678"), "13*******78");
  EXPECT_EQ(MaskedPreview("11010519491231002X"), "11**************2X");
  EXPECT_EQ(MaskedPreview("陶晟睿"), "陶**");
  EXPECT_EQ(MaskedPreview("ab@c.cn"), "a******");
  EXPECT_EQ(MaskedPreview("x"), "x");
  EXPECT_EQ(MaskedPreview(""), "");
}

TEST(MaskedPreview, CapsTheMaskForLongValues) {
  std::string v(100, '7');
  std::string p = MaskedPreview(v);
  EXPECT_EQ(p, "77" + std::string(24, '*') + "77");
}

}  // namespace
}  // namespace piguard
