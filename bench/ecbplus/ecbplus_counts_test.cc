// Checks the reader against the dev-split counts published in
// ../shared/ecbplus/README.md. The data lives outside the repository: the
// directory is $ECBPLUS_DIR when set (pass it with --test_env), otherwise
// ../shared/ecbplus next to the source tree, found by resolving the runfile
// symlink of trigger_lexicon.textproto back to the workspace. Skips when
// absent.


#include <set>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "base/file.h"
#include "base/status_matchers.h"
#include "bench/ecbplus/ecbplus_test_data.h"
#include "bench/ecbplus/ecbplus_reader.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

constexpr char kLexicon[] = "bench/ecbplus/trigger_lexicon.textproto";

TEST(EcbPlusCountsTest, DevSplitMatchesReadme) {
  const std::string dir = EcbPlusTestDataDir();
  if (dir.empty() || !IsDirectory(JoinPath(dir, "dev"))) {
    GTEST_SKIP() << "ECB+ data not found at '" << dir
                 << "/dev'; set ECBPLUS_DIR (via --test_env) to run this test";
  }
  ASSERT_OK_AND_ASSIGN(TriggerLexicon lexicon, LoadTriggerLexicon(kLexicon));
  ASSERT_OK_AND_ASSIGN(
      EcbSplit dev,
      ReadEcbPlusSplit(JoinPath(dir, "dev"),
                       JoinPath(dir, "ECBplus_coreference_sentences.csv"),
                       lexicon));
  EXPECT_EQ(dev.documents.size(), 197u);
  int docs_with_validated = 0;
  std::set<int> topics;
  for (const EcbDocument& d : dev.documents) {
    if (!d.validated_sentences.empty()) ++docs_with_validated;
    topics.insert(d.topic);
  }
  EXPECT_EQ(docs_with_validated, 196);
  EXPECT_EQ(topics, (std::set<int>{2, 5, 12, 18, 21, 23, 34, 35}));
  EXPECT_EQ(dev.validated_sentence_count, 346);
  EXPECT_EQ(dev.mentions.size(), 1245u);

  absl::flat_hash_map<int64_t, int> sizes;
  for (int64_t label : dev.gold_clusters) ++sizes[label];
  int singletons = 0;
  for (const auto& [label, size] : sizes) singletons += size == 1;
  EXPECT_EQ(sizes.size(), 409u);
  EXPECT_EQ(singletons, 280);
}

}  // namespace
}  // namespace xref
