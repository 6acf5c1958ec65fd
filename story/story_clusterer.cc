#include "story/story_clusterer.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "base/fold.h"
#include "base/thread_pool.h"
#include "base/name_key.h"

namespace xref {
namespace {

uint64_t Mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

uint64_t HashBytes(absl::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return Mix(h);
}

// HashBytes of each word (run of ASCII letters and digits and non-ASCII
// bytes) of the folded text.
std::vector<uint64_t> WordHashes(absl::string_view text) {
  std::string folded = FoldForMatching(text);
  std::vector<uint64_t> hashes;
  size_t start = 0;
  bool in_word = false;
  for (size_t i = 0; i <= folded.size(); ++i) {
    const unsigned char u = i < folded.size() ? static_cast<unsigned char>(folded[i]) : ' ';
    const bool word_byte = absl::ascii_isalnum(u) || u >= 0x80;
    if (word_byte && !in_word) {
      start = i;
      in_word = true;
    } else if (!word_byte && in_word) {
      hashes.push_back(HashBytes(absl::string_view(folded).substr(start, i - start)));
      in_word = false;
    }
  }
  return hashes;
}

template <typename T>
void SortUnique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

template <typename T>
size_t Intersection(const std::vector<T>& a, const std::vector<T>& b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}

class UnionFind {
 public:
  explicit UnionFind(int n) : parent_(n), lo_(n), hi_(n), size_(n, 1) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  int Find(int x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(int a, int b) {
    a = Find(a), b = Find(b);
    if (a == b) return;
    if (size_[a] < size_[b]) std::swap(a, b);
    parent_[b] = a;
    size_[a] += size_[b];
    lo_[a] = std::min(lo_[a], lo_[b]);
    hi_[a] = std::max(hi_[a], hi_[b]);
  }
  std::vector<int> parent_;
  std::vector<int64_t> lo_, hi_;  // Day span of the set (roots only).
  std::vector<int> size_;
};

// Latin letters with diacritics (U+00C0..U+00FF) to their base letter.
std::string DropAccents(absl::string_view text) {
  static constexpr char kBase[] =
      "AAAAAAACEEEEIIII"   // C0-CF
      "DNOOOOO*OUUUUYTs"   // D0-DF
      "aaaaaaaceeeeiiii"   // E0-EF
      "dnooooo/ouuuuyty";  // F0-FF
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xC3 && i + 1 < text.size()) {
      unsigned char next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0xBF) {
        out.push_back(kBase[next - 0x80 + 0x00]);
        ++i;
        continue;
      }
    }
    out.push_back(text[i]);
  }
  return out;
}

bool SoftMatch(const std::string& key, absl::string_view a, absl::string_view b) {
  double budget = key[0] == 'l' ? 1.0 : 1.5;
  return SoftEditCost(a, b) <= budget;
}

}  // namespace

StoryRecord MakeStoryRecord(const StoryArticle& article, int shingle_size) {
  StoryRecord r;
  r.id = article.id;
  if (!article.published.empty()) {
    absl::CivilDay day;
    if (absl::ParseCivilTime(article.published.substr(0, 10), &day)) {
      r.has_day = true;
      r.day = day - absl::CivilDay(1970, 1, 1);
    } else {
      r.bad_date = true;
    }
  }
  const std::vector<uint64_t> words = WordHashes(DropAccents(article.text));
  const size_t k = std::max(1, shingle_size);
  if (words.size() >= k) r.shingles.reserve(words.size() - k + 1);
  for (size_t i = 0; i + k <= words.size(); ++i) {
    uint64_t h = 0;
    for (size_t w = 0; w < k; ++w) h = Mix(h * 31 + words[i + w]);
    r.shingles.push_back(h);
  }
  SortUnique(r.shingles);
  for (const std::string& name : article.entities) {
    NameForm form = MakeNameForm(DropAccents(name));
    if (!form.key.empty()) {
      r.entity_forms.push_back({"f:" + form.key, form.joined});
    }
    if (!form.last_key.empty() && !form.tokens.empty()) {
      r.entity_forms.push_back({"l:" + form.last_key, form.tokens.back()});
    }
  }
  SortUnique(r.entity_forms);
  for (const auto& [key, light] : r.entity_forms) r.entity_keys.push_back(key);
  SortUnique(r.entity_keys);
  for (const std::string& place : article.places) {
    std::string folded = FoldForMatching(place);
    if (!folded.empty()) r.place_keys.push_back(folded);
  }
  SortUnique(r.place_keys);
  return r;
}

StoryClusterer::StoryClusterer(StoryOptions options) : options_(options) {}

absl::Status StoryClusterer::Add(StoryRecord record) {
  if (record.id.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("story clustering: article #", records_.size() + 1, " has no id"));
  }
  if (record.bad_date) {
    return absl::InvalidArgumentError(absl::StrCat(
        "story clustering: article \"", record.id, "\" has an unparseable publication date"));
  }
  if (!ids_seen_.insert(record.id).second) {
    return absl::InvalidArgumentError(
        absl::StrCat("story clustering: duplicate article id \"", record.id, "\""));
  }
  records_.push_back(std::move(record));
  return absl::OkStatus();
}

StoryClustering StoryClusterer::Finish() {
  const int n = static_cast<int>(records_.size());
  StoryClustering out;

  // Boilerplate shingles.
  absl::flat_hash_map<uint64_t, int> shingle_df;
  for (const StoryRecord& r : records_) {
    for (uint64_t s : r.shingles) ++shingle_df[s];
  }
  const int boiler = std::max<int>(options_.boilerplate_df_min,
                                   static_cast<int>(options_.boilerplate_df_fraction * n));
  for (StoryRecord& r : records_) {
    r.shingles.erase(std::remove_if(r.shingles.begin(), r.shingles.end(),
                                    [&](uint64_t s) { return shingle_df[s] > boiler; }),
                     r.shingles.end());
  }
  shingle_df.clear();

  auto close_in_time = [&](int a, int b) {
    const StoryRecord& x = records_[a];
    const StoryRecord& y = records_[b];
    if (!x.has_day || !y.has_day) return true;
    return std::abs(x.day - y.day) <= options_.max_days_apart;
  };

  absl::flat_hash_set<uint64_t> candidates;
  auto add_group = [&](std::vector<int>& members) {
    std::sort(members.begin(), members.end(), [&](int a, int b) {
      int64_t da = records_[a].has_day ? records_[a].day : 0;
      int64_t db = records_[b].has_day ? records_[b].day : 0;
      return da != db ? da < db : a < b;
    });
    for (size_t i = 0; i < members.size(); ++i) {
      for (size_t j = i + 1; j < members.size(); ++j) {
        int a = members[i], b = members[j];
        if (records_[a].has_day && records_[b].has_day &&
            records_[b].day - records_[a].day > options_.max_days_apart) {
          break;
        }
        if (!close_in_time(a, b)) continue;
        candidates.insert(static_cast<uint64_t>(std::min(a, b)) << 32 |
                          static_cast<uint64_t>(std::max(a, b)));
      }
    }
  };

  // (a) MinHash LSH.
  const int rows = std::max(1, options_.rows_per_band);
  const int bands = std::max(1, options_.num_hashes / rows);
  std::vector<uint64_t> seeds(bands * rows);
  for (size_t k = 0; k < seeds.size(); ++k) seeds[k] = Mix(0x9E3779B97F4A7C15ULL * (k + 1));
  std::vector<std::vector<uint64_t>> band_keys(n);
  auto sign = [&](int d) {
    const StoryRecord& r = records_[d];
    if (r.shingles.empty()) return;
    std::vector<uint64_t> sig(seeds.size(), std::numeric_limits<uint64_t>::max());
    for (uint64_t s : r.shingles) {
      for (size_t k = 0; k < seeds.size(); ++k) sig[k] = std::min(sig[k], Mix(s ^ seeds[k]));
    }
    for (int b = 0; b < bands; ++b) {
      uint64_t h = Mix(b + 1);
      for (int i = 0; i < rows; ++i) h = Mix(h ^ sig[b * rows + i]);
      band_keys[d].push_back(h);
    }
  };
  {
    // Each article's signature is independent: chunks on the pool, each
    // writing only its own band_keys entries.
    ThreadPool pool(options_.threads);
    const int chunk = std::max(1, n / (8 * pool.size()));
    for (int begin = 0; begin < n; begin += chunk) {
      const int end = std::min(n, begin + chunk);
      pool.Schedule([&sign, begin, end] {
        for (int d = begin; d < end; ++d) sign(d);
      });
    }
    pool.Wait();
  }
  for (int b = 0; b < bands; ++b) {
    absl::flat_hash_map<uint64_t, std::vector<int>> buckets;
    for (int d = 0; d < n; ++d) {
      if (!band_keys[d].empty()) buckets[band_keys[d][b]].push_back(d);
    }
    std::vector<std::pair<uint64_t, std::vector<int>>> sorted(buckets.begin(), buckets.end());
    std::sort(sorted.begin(), sorted.end());
    for (auto& [key, members] : sorted) {
      if (members.size() < 2 || static_cast<int>(members.size()) > options_.lsh_bucket_cap) {
        continue;
      }
      add_group(members);
    }
  }
  band_keys.clear();

  // (b) Inverted entity index with a frequency cap.
  absl::flat_hash_map<std::string, std::vector<int>> postings;
  for (int d = 0; d < n; ++d) {
    for (const std::string& k : records_[d].entity_keys) postings[k].push_back(d);
  }
  absl::flat_hash_map<std::string, double> idf;
  for (auto& [key, docs] : postings) {
    idf[key] = std::log(1.0 + static_cast<double>(n) / docs.size());
  }
  {
    std::vector<std::string> keys;
    for (const auto& [key, docs] : postings) keys.push_back(key);
    std::sort(keys.begin(), keys.end());
    for (const std::string& key : keys) {
      std::vector<int>& docs = postings[key];
      if (docs.size() < 2 || static_cast<int>(docs.size()) > options_.entity_df_cap) continue;
      add_group(docs);
    }
  }
  postings.clear();

  // Scores.
  auto forms_of = [](const StoryRecord& r, const std::string& key) {
    auto lo = std::lower_bound(r.entity_forms.begin(), r.entity_forms.end(),
                               std::make_pair(key, std::string()));
    auto hi = lo;
    while (hi != r.entity_forms.end() && hi->first == key) ++hi;
    return std::make_pair(lo, hi);
  };
  auto Verified = [&](const StoryRecord& x, const StoryRecord& y, const std::string& key) {
    auto [xa, xb] = forms_of(x, key);
    auto [ya, yb] = forms_of(y, key);
    for (auto i = xa; i != xb; ++i) {
      for (auto j = ya; j != yb; ++j) {
        if (SoftMatch(key, i->second, j->second)) return true;
      }
    }
    return false;
  };
  auto weight_of = [&](const std::vector<std::string>& keys) {
    double w = 0;
    for (const std::string& k : keys) w += idf[k];
    return w;
  };
  std::vector<double> entity_weight(n);
  for (int d = 0; d < n; ++d) entity_weight[d] = weight_of(records_[d].entity_keys);

  struct Edge {
    double score;
    int a, b;
  };
  std::vector<Edge> edges;
  std::vector<uint64_t> pairs(candidates.begin(), candidates.end());
  candidates.clear();
  std::sort(pairs.begin(), pairs.end());
  out.candidate_pairs = static_cast<int64_t>(pairs.size());
  for (uint64_t p : pairs) {
    int a = static_cast<int>(p >> 32), b = static_cast<int>(p & 0xffffffffULL);
    const StoryRecord& x = records_[a];
    const StoryRecord& y = records_[b];
    double entity = 0;
    if (!x.entity_keys.empty() && !y.entity_keys.empty()) {
      double shared = 0;
      bool x_full = false, y_full = false, full_shared = false;
      for (const std::string& k : x.entity_keys) x_full |= k[0] == 'f';
      for (const std::string& k : y.entity_keys) y_full |= k[0] == 'f';
      size_t i = 0, j = 0;
      while (i < x.entity_keys.size() && j < y.entity_keys.size()) {
        int c = x.entity_keys[i].compare(y.entity_keys[j]);
        if (c < 0) {
          ++i;
        } else if (c > 0) {
          ++j;
        } else {
          const std::string& key = x.entity_keys[i];
          if (Verified(x, y, key)) {
            shared += idf[key];
            full_shared |= key[0] == 'f';
          }
          ++i, ++j;
        }
      }
      double uni = entity_weight[a] + entity_weight[b] - shared;
      entity = uni > 0 ? shared / uni : 0;
      // Same surname, different full names on both sides: weak evidence.
      if (x_full && y_full && !full_shared) entity *= options_.surname_only_factor;
    }
    double text = 0;
    if (!x.shingles.empty() && !y.shingles.empty()) {
      size_t common = Intersection(x.shingles, y.shingles);
      text = static_cast<double>(common) /
             static_cast<double>(x.shingles.size() + y.shingles.size() - common);
    }
    double place = 0;
    if (!x.place_keys.empty() && !y.place_keys.empty()) {
      place = Intersection(x.place_keys, y.place_keys) > 0 ? options_.place_bonus
                                                           : -options_.place_penalty;
    }
    double score = entity + place + options_.text_weight * text;
    if (score >= options_.min_edge_score) edges.push_back({score, a, b});
  }
  out.edges = static_cast<int64_t>(edges.size());
  std::sort(edges.begin(), edges.end(), [](const Edge& l, const Edge& r) {
    if (l.score != r.score) return l.score > r.score;
    return l.a != r.a ? l.a < r.a : l.b < r.b;
  });

  UnionFind uf(n);
  for (int d = 0; d < n; ++d) {
    uf.lo_[d] = records_[d].has_day ? records_[d].day : std::numeric_limits<int64_t>::max();
    uf.hi_[d] = records_[d].has_day ? records_[d].day : std::numeric_limits<int64_t>::min();
  }
  for (const Edge& e : edges) {
    int ra = uf.Find(e.a), rb = uf.Find(e.b);
    if (ra == rb) continue;
    int64_t lo = std::min(uf.lo_[ra], uf.lo_[rb]);
    int64_t hi = std::max(uf.hi_[ra], uf.hi_[rb]);
    if (lo <= hi && hi - lo > options_.max_story_span_days) {
      ++out.refused_merges;
      continue;
    }
    uf.Union(ra, rb);
  }

  out.story_of.resize(n);
  absl::flat_hash_map<int, int> story_index;
  for (int d = 0; d < n; ++d) {
    int root = uf.Find(d);
    auto [it, inserted] = story_index.emplace(root, static_cast<int>(out.stories.size()));
    if (inserted) out.stories.emplace_back();
    out.stories[it->second].push_back(d);
    out.story_of[d] = absl::StrFormat("story-%06d", it->second + 1);
  }
  for (const auto& s : out.stories) out.singletons += s.size() == 1;
  records_.clear();
  return out;
}

PairwiseScores ScorePairwise(const std::vector<std::string>& predicted,
                             const std::vector<std::string>& truth) {
  auto pairs = [](int64_t c) { return c * (c - 1) / 2; };
  absl::flat_hash_map<std::string, int64_t> p_count, t_count;
  absl::flat_hash_map<std::pair<std::string, std::string>, int64_t> joint;
  size_t n = std::min(predicted.size(), truth.size());
  for (size_t i = 0; i < n; ++i) {
    ++p_count[predicted[i]];
    ++t_count[truth[i]];
    ++joint[{predicted[i], truth[i]}];
  }
  PairwiseScores s;
  for (const auto& [k, c] : p_count) s.predicted_pairs += pairs(c);
  for (const auto& [k, c] : t_count) s.true_pairs += pairs(c);
  for (const auto& [k, c] : joint) s.correct_pairs += pairs(c);
  s.precision = s.predicted_pairs ? static_cast<double>(s.correct_pairs) / s.predicted_pairs : 1.0;
  s.recall = s.true_pairs ? static_cast<double>(s.correct_pairs) / s.true_pairs : 1.0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

}  // namespace xref
