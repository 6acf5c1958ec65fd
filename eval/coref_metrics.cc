#include "eval/coref_metrics.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/types/span.h"

namespace xref {
namespace {

// Mentions of one side grouped by label; cluster ids are dense, -1 = absent.
struct Side {
  std::vector<int> cluster_of;             // per mention
  std::vector<std::vector<int>> clusters;  // mention indices per cluster
  int64_t mention_count = 0;
};

Side Group(absl::Span<const int64_t> labels, size_t n) {
  Side side;
  side.cluster_of.assign(n, -1);
  absl::flat_hash_map<int64_t, int> dense;
  for (size_t i = 0; i < n; ++i) {
    if (labels[i] < 0) continue;
    auto [it, inserted] =
        dense.try_emplace(labels[i], static_cast<int>(side.clusters.size()));
    if (inserted) side.clusters.emplace_back();
    side.clusters[it->second].push_back(static_cast<int>(i));
    side.cluster_of[i] = it->second;
    ++side.mention_count;
  }
  return side;
}

double Ratio(double num, double den) { return den == 0 ? 0.0 : num / den; }

Prf MakePrf(double precision, double recall) {
  Prf prf;
  prf.precision = precision;
  prf.recall = recall;
  prf.f1 = precision + recall == 0
               ? 0.0
               : 2 * precision * recall / (precision + recall);
  return prf;
}

// Overlap counts of each cluster of `a` with clusters of `b`.
std::vector<absl::flat_hash_map<int, int>> Overlaps(const Side& a,
                                                    const Side& b) {
  std::vector<absl::flat_hash_map<int, int>> out(a.clusters.size());
  for (size_t c = 0; c < a.clusters.size(); ++c) {
    for (int m : a.clusters[c]) {
      if (b.cluster_of[m] >= 0) ++out[c][b.cluster_of[m]];
    }
  }
  return out;
}

double MucRecall(const Side& key, const Side& response) {
  double num = 0, den = 0;
  for (const std::vector<int>& cluster : key.clusters) {
    absl::flat_hash_map<int, int> parts;
    int absent = 0;
    for (int m : cluster) {
      if (response.cluster_of[m] < 0) {
        ++absent;
      } else {
        parts[response.cluster_of[m]] = 1;
      }
    }
    const double size = static_cast<double>(cluster.size());
    num += size - static_cast<double>(parts.size() + absent);
    den += size - 1;
  }
  return Ratio(num, den);
}

double B3Recall(const Side& key, const Side& response,
                const std::vector<absl::flat_hash_map<int, int>>& overlap) {
  double num = 0;
  for (size_t c = 0; c < key.clusters.size(); ++c) {
    const double size = static_cast<double>(key.clusters[c].size());
    for (const auto& [r, count] : overlap[c]) {
      num += static_cast<double>(count) * count / size;
    }
  }
  return Ratio(num, static_cast<double>(key.mention_count));
}

double LeaRecall(const Side& key, const Side& response,
                 const std::vector<absl::flat_hash_map<int, int>>& overlap) {
  double num = 0, den = 0;
  for (size_t c = 0; c < key.clusters.size(); ++c) {
    const int64_t size = static_cast<int64_t>(key.clusters[c].size());
    double resolution = 0;
    if (size == 1) {
      const int r = response.cluster_of[key.clusters[c][0]];
      resolution = (r >= 0 && response.clusters[r].size() == 1) ? 1.0 : 0.0;
    } else {
      double common = 0;
      for (const auto& [r, count] : overlap[c]) {
        common += static_cast<double>(count) * (count - 1) / 2;
      }
      resolution = common / (static_cast<double>(size) * (size - 1) / 2);
    }
    num += static_cast<double>(size) * resolution;
    den += static_cast<double>(size);
  }
  return Ratio(num, den);
}

// Maximum-weight assignment on a rows x cols matrix (rows <= cols), exact
// Kuhn-Munkres with potentials, O(rows^2 * cols). Returns the total weight.
double MaxAssignment(const std::vector<std::vector<double>>& weight) {
  const int n = static_cast<int>(weight.size());
  if (n == 0) return 0;
  const int m = static_cast<int>(weight[0].size());
  const double kInf = std::numeric_limits<double>::infinity();
  // 1-based arrays; cost = -weight (minimisation).
  std::vector<double> u(n + 1, 0), v(m + 1, 0);
  std::vector<int> p(m + 1, 0), way(m + 1, 0);
  for (int i = 1; i <= n; ++i) {
    p[0] = i;
    int j0 = 0;
    std::vector<double> minv(m + 1, kInf);
    std::vector<char> used(m + 1, false);
    do {
      used[j0] = true;
      const int i0 = p[j0];
      double delta = kInf;
      int j1 = 0;
      for (int j = 1; j <= m; ++j) {
        if (used[j]) continue;
        const double cur = -weight[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (int j = 0; j <= m; ++j) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] != 0);
    do {
      const int j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 != 0);
  }
  double total = 0;
  for (int j = 1; j <= m; ++j) {
    if (p[j] != 0) total += weight[p[j] - 1][j - 1];
  }
  return total;
}

int Find(std::vector<int>& parent, int x) {
  while (parent[x] != x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

// Total phi4 similarity of the optimal key-response cluster alignment.
// Clusters that share no mention have similarity 0, so the alignment is solved
// exactly per connected component of the overlap graph.
double CeafeSimilarity(
    const Side& key, const Side& response,
    const std::vector<absl::flat_hash_map<int, int>>& overlap) {
  const int nk = static_cast<int>(key.clusters.size());
  const int nr = static_cast<int>(response.clusters.size());
  std::vector<int> parent(nk + nr);
  std::iota(parent.begin(), parent.end(), 0);
  for (int k = 0; k < nk; ++k) {
    for (const auto& [r, count] : overlap[k]) {
      const int a = Find(parent, k), b = Find(parent, nk + r);
      if (a != b) parent[a] = b;
    }
  }
  absl::flat_hash_map<int, std::pair<std::vector<int>, std::vector<int>>>
      components;
  for (int k = 0; k < nk; ++k) components[Find(parent, k)].first.push_back(k);
  for (int r = 0; r < nr; ++r) {
    components[Find(parent, nk + r)].second.push_back(r);
  }
  double total = 0;
  for (const auto& [root, members] : components) {
    const std::vector<int>& ks = members.first;
    const std::vector<int>& rs = members.second;
    if (ks.empty() || rs.empty()) continue;
    const bool transpose = ks.size() > rs.size();
    const std::vector<int>& rows = transpose ? rs : ks;
    const std::vector<int>& cols = transpose ? ks : rs;
    std::vector<std::vector<double>> weight(
        rows.size(), std::vector<double>(cols.size(), 0.0));
    for (size_t i = 0; i < rows.size(); ++i) {
      for (size_t j = 0; j < cols.size(); ++j) {
        const int k = transpose ? cols[j] : rows[i];
        const int r = transpose ? rows[i] : cols[j];
        auto it = overlap[k].find(r);
        if (it == overlap[k].end()) continue;
        weight[i][j] = 2.0 * it->second /
                       static_cast<double>(key.clusters[k].size() +
                                           response.clusters[r].size());
      }
    }
    total += MaxAssignment(weight);
  }
  return total;
}

}  // namespace

CorefScores ScoreCoreference(absl::Span<const int64_t> key,
                             absl::Span<const int64_t> response) {
  const size_t n = std::min(key.size(), response.size());
  const Side k = Group(key, n);
  const Side r = Group(response, n);
  const auto key_overlap = Overlaps(k, r);
  const auto response_overlap = Overlaps(r, k);

  CorefScores scores;
  scores.muc = MakePrf(MucRecall(r, k), MucRecall(k, r));
  scores.b3 = MakePrf(B3Recall(r, k, response_overlap),
                      B3Recall(k, r, key_overlap));
  const double similarity = CeafeSimilarity(k, r, key_overlap);
  scores.ceafe =
      MakePrf(Ratio(similarity, static_cast<double>(r.clusters.size())),
              Ratio(similarity, static_cast<double>(k.clusters.size())));
  scores.lea = MakePrf(LeaRecall(r, k, response_overlap),
                       LeaRecall(k, r, key_overlap));
  scores.conll_f1 = (scores.muc.f1 + scores.b3.f1 + scores.ceafe.f1) / 3;
  return scores;
}

}  // namespace xref
