#include "bench/ecbplus/event_grouping_adapter.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace xref {
namespace {

using SparseVector = absl::flat_hash_map<std::string, double>;

double Dot(const SparseVector& a, const SparseVector& b) {
  const SparseVector& small = a.size() <= b.size() ? a : b;
  const SparseVector& large = a.size() <= b.size() ? b : a;
  double sum = 0;
  for (const auto& [word, weight] : small) {
    auto it = large.find(word);
    if (it != large.end()) sum += weight * it->second;
  }
  return sum;
}

bool IsContentWord(const std::string& token, const TriggerStemmer& stemmer) {
  if (token.size() < 3 || stemmer.IsFunctionWord(token)) return false;
  for (char c : token) {
    if (!absl::ascii_isalpha(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// Average-link agglomerative clustering of `vectors` (unit length) by cosine.
std::vector<int> Agglomerate(const std::vector<SparseVector>& vectors,
                             double threshold) {
  const int n = static_cast<int>(vectors.size());
  std::vector<std::vector<double>> sim(n, std::vector<double>(n, 0));
  for (int i = 0; i < n; ++i) {
    for (int j = i + 1; j < n; ++j) {
      sim[i][j] = sim[j][i] = Dot(vectors[i], vectors[j]);
    }
  }
  std::vector<std::vector<int>> clusters(n);
  for (int i = 0; i < n; ++i) clusters[i] = {i};
  while (true) {
    double best = -1;
    int bi = -1, bj = -1;
    for (size_t a = 0; a < clusters.size(); ++a) {
      for (size_t b = a + 1; b < clusters.size(); ++b) {
        double total = 0;
        for (int x : clusters[a]) {
          for (int y : clusters[b]) total += sim[x][y];
        }
        const double average =
            total / (clusters[a].size() * clusters[b].size());
        if (average > best) {
          best = average;
          bi = static_cast<int>(a);
          bj = static_cast<int>(b);
        }
      }
    }
    if (bi < 0 || best < threshold) break;
    clusters[bi].insert(clusters[bi].end(), clusters[bj].begin(),
                        clusters[bj].end());
    clusters.erase(clusters.begin() + bj);
  }
  std::vector<int> label(n, 0);
  for (size_t c = 0; c < clusters.size(); ++c) {
    for (int i : clusters[c]) label[i] = static_cast<int>(c);
  }
  return label;
}

}  // namespace

std::vector<int> ClusterDocuments(const EcbSplit& split,
                                  const TriggerLexicon& lexicon,
                                  DocumentGrouping documents,
                                  double document_threshold) {
  const int n = static_cast<int>(split.documents.size());
  std::vector<int> out(n, 0);
  if (documents != DocumentGrouping::kOwnClustering) {
    for (int i = 0; i < n; ++i) {
      const EcbDocument& d = split.documents[i];
      out[i] = documents == DocumentGrouping::kGoldSubTopics
                   ? 2 * d.topic + (d.ecbplus ? 1 : 0)
                   : d.topic;
    }
    return out;
  }
  TriggerStemmer stemmer(lexicon);
  std::map<int, std::vector<int>> by_topic;
  for (int i = 0; i < n; ++i) by_topic[split.documents[i].topic].push_back(i);
  int next_id = 0;
  for (const auto& [topic, docs] : by_topic) {
    std::vector<absl::flat_hash_map<std::string, int>> counts(docs.size());
    absl::flat_hash_map<std::string, int> df;
    for (size_t k = 0; k < docs.size(); ++k) {
      for (const auto& sentence : split.documents[docs[k]].sentences) {
        for (const std::string& token : sentence) {
          if (!IsContentWord(token, stemmer)) continue;
          ++counts[k][stemmer.Stem(token)];
        }
      }
      for (const auto& [word, count] : counts[k]) ++df[word];
    }
    std::vector<SparseVector> vectors(docs.size());
    const double total = static_cast<double>(docs.size());
    for (size_t k = 0; k < docs.size(); ++k) {
      double norm = 0;
      for (const auto& [word, count] : counts[k]) {
        const double idf = std::log(total / df[word]);
        if (idf <= 0) continue;
        const double w = (1 + std::log(static_cast<double>(count))) * idf;
        vectors[k][word] = w;
        norm += w * w;
      }
      norm = std::sqrt(norm);
      if (norm > 0) {
        for (auto& [word, w] : vectors[k]) w /= norm;
      }
    }
    const std::vector<int> label = Agglomerate(vectors, document_threshold);
    int max_label = 0;
    for (size_t k = 0; k < docs.size(); ++k) {
      out[docs[k]] = next_id + label[k];
      max_label = std::max(max_label, label[k]);
    }
    next_id += max_label + 1;
  }
  return out;
}

namespace {

absl::flat_hash_map<std::string, int> DocumentIndex(const EcbSplit& split) {
  absl::flat_hash_map<std::string, int> index;
  for (size_t i = 0; i < split.documents.size(); ++i) {
    index[split.documents[i].doc_id] = static_cast<int>(i);
  }
  return index;
}

}  // namespace

std::vector<int64_t> SameStemBaseline(const EcbSplit& split,
                                      const TriggerLexicon& lexicon,
                                      DocumentGrouping documents,
                                      double document_threshold) {
  const std::vector<int> doc_cluster =
      ClusterDocuments(split, lexicon, documents, document_threshold);
  const auto doc_index = DocumentIndex(split);
  absl::flat_hash_map<std::string, int64_t> ids;
  std::vector<int64_t> out;
  out.reserve(split.mentions.size());
  for (const EcbEventMention& m : split.mentions) {
    const std::string key =
        absl::StrCat(doc_cluster[doc_index.at(m.doc_id)], "|", m.stem);
    out.push_back(ids.try_emplace(key, ids.size()).first->second);
  }
  return out;
}

std::vector<int64_t> GroupEcbMentions(const EcbSplit& split,
                                      const TriggerLexicon& lexicon,
                                      const EventGroupingOptions& options) {
  const std::vector<int> doc_cluster = ClusterDocuments(
      split, lexicon, options.documents, options.document_threshold);
  const auto doc_index = DocumentIndex(split);
  TriggerStemmer stemmer(lexicon);
  // Stem -> canonical stem of its synonym set.
  absl::flat_hash_map<std::string, std::string> canonical;
  if (options.use_synonyms) {
    for (const TriggerLexicon::SynonymSet& set : lexicon.synonym_sets()) {
      if (set.words().empty()) continue;
      const std::string head = stemmer.Stem(set.words(0));
      for (const std::string& w : set.words()) {
        canonical.try_emplace(stemmer.Stem(w), head);
      }
    }
  }
  auto canon = [&](const std::string& key) {
    std::vector<std::string> parts = absl::StrSplit(key, ' ');
    for (std::string& p : parts) {
      auto it = canonical.find(p);
      if (it != canonical.end()) p = it->second;
    }
    return absl::StrJoin(parts, " ");
  };
  absl::flat_hash_map<std::string, int64_t> ids;
  std::vector<int64_t> out;
  out.reserve(split.mentions.size());
  for (const EcbEventMention& m : split.mentions) {
    const std::string key =
        absl::StrCat(doc_cluster[doc_index.at(m.doc_id)], "|", canon(m.stem));
    out.push_back(ids.try_emplace(key, ids.size()).first->second);
  }
  return out;
}

}  // namespace xref
