#include "eval/coref_metrics.h"

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

constexpr double kTol = 1e-9;

void ExpectPrf(const Prf& prf, double precision, double recall, double f1) {
  EXPECT_NEAR(prf.precision, precision, kTol);
  EXPECT_NEAR(prf.recall, recall, kTol);
  EXPECT_NEAR(prf.f1, f1, kTol);
}

TEST(ScoreCoreferenceTest, PerfectResponseScoresOneEverywhere) {
  // Clusters {0,1}, {2}, {3,4,5}; the response uses other label values.
  const std::vector<int64_t> key = {0, 0, 1, 2, 2, 2};
  const std::vector<int64_t> response = {7, 7, 3, 9, 9, 9};
  const CorefScores s = ScoreCoreference(key, response);
  ExpectPrf(s.muc, 1, 1, 1);
  ExpectPrf(s.b3, 1, 1, 1);
  ExpectPrf(s.ceafe, 1, 1, 1);
  ExpectPrf(s.lea, 1, 1, 1);
  EXPECT_NEAR(s.conll_f1, 1, kTol);
}

TEST(ScoreCoreferenceTest, AllSingletonsAgainstOneCluster) {
  // Key {a,b,c,d}; response {a},{b},{c},{d}.
  // MUC R = (4 - 4) / 3 = 0; P = 0/0 = 0 (response has no links).
  // B3  R = 4 x (1/4) / 4 = 1/4; P = 4 x (1/1) / 4 = 1; F = 2(.25)/1.25 = 0.4.
  // CEAF-e: phi4(K, {x}) = 2*1/(4+1) = 0.4, one key cluster so total 0.4;
  //     R = 0.4/1, P = 0.4/4 = 0.1, F = 2(.04)/.5 = 0.16.
  // LEA R = 4 * 0/6 / 4 = 0; P = singletons whose key cluster is not a
  //     singleton score 0 -> 0.
  // CoNLL = (0 + 0.4 + 0.16) / 3.
  const std::vector<int64_t> key = {1, 1, 1, 1};
  const std::vector<int64_t> response = {0, 1, 2, 3};
  const CorefScores s = ScoreCoreference(key, response);
  ExpectPrf(s.muc, 0, 0, 0);
  ExpectPrf(s.b3, 1, 0.25, 0.4);
  ExpectPrf(s.ceafe, 0.1, 0.4, 0.16);
  ExpectPrf(s.lea, 0, 0, 0);
  EXPECT_NEAR(s.conll_f1, 0.56 / 3, kTol);

  // Swapping key and response swaps precision and recall.
  const CorefScores t = ScoreCoreference(response, key);
  ExpectPrf(t.b3, 0.25, 1, 0.4);
  ExpectPrf(t.ceafe, 0.4, 0.1, 0.16);
}

TEST(ScoreCoreferenceTest, AllSingletonsBothSidesIsPerfectExceptMuc) {
  // No links anywhere: MUC is 0/0 = 0 by convention; the rest are 1.
  const std::vector<int64_t> key = {0, 1, 2};
  const std::vector<int64_t> response = {5, 6, 7};
  const CorefScores s = ScoreCoreference(key, response);
  ExpectPrf(s.muc, 0, 0, 0);
  ExpectPrf(s.b3, 1, 1, 1);
  ExpectPrf(s.ceafe, 1, 1, 1);
  ExpectPrf(s.lea, 1, 1, 1);
}

TEST(ScoreCoreferenceTest, OneMergeError) {
  // Key {a,b},{c,d}; response {a,b,c,d}.
  // MUC R = (1 + 1) / (1 + 1) = 1; P = (4 - 2) / 3 = 2/3; F = 0.8.
  // B3  R = 1; P = 4 x (2/4) / 4 = 1/2; F = 2/3.
  // CEAF-e: phi4(K1,R) = phi4(K2,R) = 2*2/(2+4) = 2/3; one response cluster,
  //     total 2/3; R = (2/3)/2 = 1/3, P = (2/3)/1 = 2/3, F = 4/9.
  // LEA R = (2*1/1 + 2*1/1) / 4 = 1; P = 4 * (2/6) / 4 = 1/3; F = 0.5.
  // CoNLL = (0.8 + 2/3 + 4/9) / 3.
  const std::vector<int64_t> key = {0, 0, 1, 1};
  const std::vector<int64_t> response = {0, 0, 0, 0};
  const CorefScores s = ScoreCoreference(key, response);
  ExpectPrf(s.muc, 2.0 / 3, 1, 0.8);
  ExpectPrf(s.b3, 0.5, 1, 2.0 / 3);
  ExpectPrf(s.ceafe, 2.0 / 3, 1.0 / 3, 4.0 / 9);
  ExpectPrf(s.lea, 1.0 / 3, 1, 0.5);
  EXPECT_NEAR(s.conll_f1, (0.8 + 2.0 / 3 + 4.0 / 9) / 3, kTol);
}

TEST(ScoreCoreferenceTest, OneSplitError) {
  // Key {a,b,c,d}; response {a,b},{c,d}: the merge case mirrored.
  // MUC R = (4 - 2) / 3 = 2/3, P = 1; B3 R = 1/2, P = 1;
  // CEAF-e R = (2/3)/1, P = (2/3)/2 = 1/3; LEA R = 1/3, P = 1.
  const std::vector<int64_t> key = {4, 4, 4, 4};
  const std::vector<int64_t> response = {1, 1, 2, 2};
  const CorefScores s = ScoreCoreference(key, response);
  ExpectPrf(s.muc, 1, 2.0 / 3, 0.8);
  ExpectPrf(s.b3, 1, 0.5, 2.0 / 3);
  ExpectPrf(s.ceafe, 1.0 / 3, 2.0 / 3, 4.0 / 9);
  ExpectPrf(s.lea, 1, 1.0 / 3, 0.5);
}

TEST(ScoreCoreferenceTest, PradhanEtAl2014ExampleWithTwinlessMentions) {
  // Pradhan et al. 2014 (ACL), the worked example of the reference scorer,
  // also used by Moosavi & Strube 2016 for LEA:
  //   key      {a,b,c} {d,e,f,g}
  //   response {a,b} {c,d} {f,g,h,i}
  // e is missing from the response, h and i from the key (label -1).
  // MUC R = ((3-2) + (4-3)) / (2+3) = 0.4 (e is its own part);
  //     P = ((2-1) + (2-2) + (4-3)) / (1+1+3) = 0.4.
  // B3  R = (2/3+2/3+1/3 + 1/4+0+2/4+2/4) / 7 = (35/12)/7 = 5/12;
  //     P = (1+1 + 1/2+1/2 + 2/4+2/4+0+0) / 8 = 4/8 = 1/2; F = 5/11.
  // CEAF-e: phi4 K1R1 = 4/5, K1R2 = 2/5, K2R2 = 2/6, K2R3 = 4/8; best
  //     K1R1 + K2R3 = 1.3; R = 1.3/2 = 0.65, P = 1.3/3, F = 0.52.
  // LEA R = (3 * 1/3 + 4 * 1/6) / 7 = 5/21;
  //     P = (2 * 1/1 + 2 * 0/1 + 4 * 1/6) / 8 = 1/3; F = 10/36.
  //        a  b  c  d  e   f  g  h   i
  const std::vector<int64_t> key = {0, 0, 0, 1, 1, 1, 1, -1, -1};
  const std::vector<int64_t> response = {0, 0, 1, 1, -1, 2, 2, 2, 2};
  const CorefScores s = ScoreCoreference(key, response);
  ExpectPrf(s.muc, 0.4, 0.4, 0.4);
  ExpectPrf(s.b3, 0.5, 5.0 / 12, 5.0 / 11);
  ExpectPrf(s.ceafe, 1.3 / 3, 0.65, 0.52);
  ExpectPrf(s.lea, 1.0 / 3, 5.0 / 21, 10.0 / 36);
  EXPECT_NEAR(s.conll_f1, (0.4 + 5.0 / 11 + 0.52) / 3, kTol);
}

TEST(ScoreCoreferenceTest, CeafeUsesOptimalNotGreedyAlignment) {
  // Key K1 {1,2,3}, K2 {4}; response R1 {1,2,4}, R2 {3}.
  // phi4: K1R1 = 4/6, K1R2 = 2/4, K2R1 = 2/4, K2R2 = 0.
  // Greedy (best pair first) takes K1R1 = 0.667 and stops; the optimum is
  // K1R2 + K2R1 = 1.0, so R = P = 1/2.
  const std::vector<int64_t> key = {1, 1, 1, 2};
  const std::vector<int64_t> response = {1, 1, 2, 1};
  const CorefScores s = ScoreCoreference(key, response);
  ExpectPrf(s.ceafe, 0.5, 0.5, 0.5);
}

TEST(ScoreCoreferenceTest, EmptyInputScoresZero) {
  const CorefScores s = ScoreCoreference({}, {});
  ExpectPrf(s.muc, 0, 0, 0);
  ExpectPrf(s.b3, 0, 0, 0);
  ExpectPrf(s.ceafe, 0, 0, 0);
  EXPECT_EQ(s.conll_f1, 0);
}

// Brute-force CEAF-e similarity over all injective alignments.
double BruteForceCeafe(const std::vector<int64_t>& key,
                       const std::vector<int64_t>& response, int nk, int nr) {
  std::vector<std::vector<double>> phi(nk, std::vector<double>(nr, 0));
  std::vector<int> ksize(nk, 0), rsize(nr, 0);
  std::vector<std::vector<int>> common(nk, std::vector<int>(nr, 0));
  for (size_t i = 0; i < key.size(); ++i) {
    ++ksize[key[i]];
    ++rsize[response[i]];
    ++common[key[i]][response[i]];
  }
  for (int k = 0; k < nk; ++k) {
    for (int r = 0; r < nr; ++r) {
      phi[k][r] = 2.0 * common[k][r] / (ksize[k] + rsize[r]);
    }
  }
  // Pad to a square and try every permutation.
  const int n = std::max(nk, nr);
  std::vector<int> perm(n);
  for (int i = 0; i < n; ++i) perm[i] = i;
  double best = 0;
  do {
    double total = 0;
    for (int k = 0; k < nk; ++k) {
      if (perm[k] < nr) total += phi[k][perm[k]];
    }
    best = std::max(best, total);
  } while (std::next_permutation(perm.begin(), perm.end()));
  return best;
}

TEST(ScoreCoreferenceTest, CeafeMatchesBruteForceOnRandomPartitions) {
  std::mt19937 rng(12345);
  for (int trial = 0; trial < 300; ++trial) {
    const int n = 2 + static_cast<int>(rng() % 10);
    const int nk_max = 1 + static_cast<int>(rng() % 6);
    const int nr_max = 1 + static_cast<int>(rng() % 6);
    std::vector<int64_t> key(n), response(n);
    for (int i = 0; i < n; ++i) {
      key[i] = rng() % nk_max;
      response[i] = rng() % nr_max;
    }
    // Relabel densely so cluster counts are exact.
    auto densify = [](std::vector<int64_t>& labels) {
      std::vector<int64_t> seen;
      for (int64_t& l : labels) {
        auto it = std::find(seen.begin(), seen.end(), l);
        if (it == seen.end()) {
          seen.push_back(l);
          l = static_cast<int64_t>(seen.size()) - 1;
        } else {
          l = it - seen.begin();
        }
      }
      return static_cast<int>(seen.size());
    };
    const int nk = densify(key);
    const int nr = densify(response);
    const double best = BruteForceCeafe(key, response, nk, nr);
    const CorefScores s = ScoreCoreference(key, response);
    ASSERT_NEAR(s.ceafe.recall, best / nk, kTol) << "trial " << trial;
    ASSERT_NEAR(s.ceafe.precision, best / nr, kTol) << "trial " << trial;
  }
}

}  // namespace
}  // namespace xref
