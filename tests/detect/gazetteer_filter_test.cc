// Gazetteer::MatchPlace (prefix filter, then bucket walk) against the bucket walk alone, at
// every offset of generated texts made of place names, their pieces and other characters.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "detect/chinese.h"
#include "detect/tables.h"

namespace piguard::chinese {
namespace {

// Region names whole, cut after one, two or three characters (stems, short forms and
// non-names that share a prefix), with a county suffix, plus ordinary text and stray bytes.
std::vector<std::string> PlacePieces() {
  std::vector<std::string> pieces;
  for (size_t i = 0; i < tables::kRegionCount; i += 3) {
    const std::string name = tables::kRegions[i].name;
    if (name.empty()) continue;
    pieces.push_back(name);
    for (size_t chars = 1; chars <= 3 && 3 * chars < name.size(); ++chars)
      pieces.push_back(name.substr(0, 3 * chars));
    if (name.size() > 3) pieces.push_back(name.substr(0, name.size() - 3) + "区");
  }
  for (const char* extra : {"省", "市", "县", "旗", "路", "号", "的", "我", "在", "1", " ", "：",
                            "\xE6", "\x80", "\xE6\xB9"})
    pieces.push_back(extra);
  return pieces;
}

TEST(GazetteerFilterTest, MatchPlaceAgreesWithTheBucketWalk) {
  const Gazetteer& gaz = Gazetteer::Get();
  const std::vector<std::string> pieces = PlacePieces();
  std::mt19937_64 rng(2260);
  size_t matches = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 8);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    for (size_t pos = 0; pos <= text.size() + 1; ++pos) {
      const size_t want = gaz.MatchPlaceUnfiltered(text, pos);
      ASSERT_EQ(gaz.MatchPlace(text, pos), want) << "round " << round << " offset " << pos;
      matches += want != 0;
    }
  }
  EXPECT_GT(matches, 20000u);  // the texts do reach the bucket walk's matches
}

}  // namespace
}  // namespace piguard::chinese
