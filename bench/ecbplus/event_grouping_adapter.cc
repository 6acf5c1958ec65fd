#include "bench/ecbplus/event_grouping_adapter.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "matcher/event_grouper.h"

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

bool HasDigit(const std::string& token) {
  for (char c : token) {
    if (absl::ascii_isdigit(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

// A source-URL line (ecbplus files start with one): not article text.
bool LooksLikeUrl(const std::vector<std::string>& sentence) {
  for (const std::string& token : sentence) {
    if (absl::StartsWith(token, "http") || absl::StartsWith(token, "www")) {
      return true;
    }
  }
  return false;
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

namespace {

// Unit TF-IDF vectors of every document (IDF within its gold topic).
std::vector<SparseVector> DocumentVectors(const EcbSplit& split,
                                          const TriggerLexicon& lexicon,
                                          bool salient_only,
                                          int argument_weight) {
  const int n = static_cast<int>(split.documents.size());
  std::vector<SparseVector> vectors(n);
  absl::flat_hash_map<std::string, std::vector<const EcbEventMention*>>
      mentions_of;
  for (const EcbEventMention& m : split.mentions) {
    mentions_of[m.doc_id].push_back(&m);
  }
  TriggerStemmer stemmer(lexicon);
  std::map<int, std::vector<int>> by_topic;
  for (int i = 0; i < n; ++i) by_topic[split.documents[i].topic].push_back(i);
  for (const auto& [topic, docs] : by_topic) {
    std::vector<absl::flat_hash_map<std::string, int>> counts(docs.size());
    absl::flat_hash_map<std::string, int> df;
    for (size_t k = 0; k < docs.size(); ++k) {
      for (const auto& sentence : split.documents[docs[k]].sentences) {
        if (LooksLikeUrl(sentence)) continue;
        for (size_t t = 0; t < sentence.size(); ++t) {
          const std::string& token = sentence[t];
          if (!IsContentWord(token, stemmer)) {
            if (!HasDigit(token)) continue;
            ++counts[k][token];
            continue;
          }
          const bool capitalised =
              t > 0 && absl::ascii_isupper(static_cast<unsigned char>(token[0]));
          if (salient_only && !capitalised) continue;
          ++counts[k][stemmer.Stem(token)];
        }
      }
      // Argument mentions of the validated sentences, once per sentence.
      absl::flat_hash_set<int> seen_sentences;
      for (const EcbEventMention* m :
           mentions_of[split.documents[docs[k]].doc_id]) {
        if (argument_weight <= 0 || !seen_sentences.insert(m->sentence).second) {
          continue;
        }
        for (const EcbArgument& a : m->arguments) {
          for (const std::string& stem : a.stems) {
            counts[k][stem] += argument_weight;
          }
        }
      }
      for (const auto& [word, count] : counts[k]) ++df[word];
    }
    const double total = static_cast<double>(docs.size());
    for (size_t k = 0; k < docs.size(); ++k) {
      SparseVector& v = vectors[docs[k]];
      double norm = 0;
      for (const auto& [word, count] : counts[k]) {
        const double idf = std::log(total / df[word]);
        if (idf <= 0) continue;
        const double w = (1 + std::log(static_cast<double>(count))) * idf;
        v[word] = w;
        norm += w * w;
      }
      norm = std::sqrt(norm);
      if (norm > 0) {
        for (auto& [word, w] : v) w /= norm;
      }
    }
  }
  return vectors;
}

}  // namespace

std::vector<int> ClusterDocuments(const EcbSplit& split,
                                  const TriggerLexicon& lexicon,
                                  DocumentGrouping documents,
                                  double document_threshold,
                                  bool salient_only, int argument_weight) {
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
  const std::vector<SparseVector> all =
      DocumentVectors(split, lexicon, salient_only, argument_weight);
  std::map<int, std::vector<int>> by_topic;
  for (int i = 0; i < n; ++i) by_topic[split.documents[i].topic].push_back(i);
  int next_id = 0;
  for (const auto& [topic, docs] : by_topic) {
    std::vector<SparseVector> vectors;
    for (int d : docs) vectors.push_back(all[d]);
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
                                      double document_threshold,
                                      bool salient_only) {
  const std::vector<int> doc_cluster =
      ClusterDocuments(split, lexicon, documents, document_threshold,
                       salient_only, /*argument_weight=*/0);
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
  const std::vector<int> doc_cluster =
      ClusterDocuments(split, lexicon, options.documents,
                       options.document_threshold, options.salient_words_only,
                       options.argument_weight);
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
  // Union-find over mentions.
  const int n = static_cast<int>(split.mentions.size());
  std::vector<int> parent(n);
  for (int i = 0; i < n; ++i) parent[i] = i;
  std::function<int(int)> find = [&](int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  auto unite = [&](int a, int b) { parent[find(a)] = find(b); };
  std::vector<std::string> keys(n);
  std::vector<int> block(n), doc_of(n);
  absl::flat_hash_set<std::string> present;
  for (int i = 0; i < n; ++i) {
    const EcbEventMention& m = split.mentions[i];
    doc_of[i] = doc_index.at(m.doc_id);
    block[i] = doc_cluster[doc_of[i]];
    keys[i] = canon(m.stem);
    present.insert(absl::StrCat(block[i], "|", keys[i]));
  }
  if (options.match_heads) {
    // A multi-word key joins the one-word key equal to its last word
    // ("double murder" -> "murder", "scoring record" -> "record").
    for (int i = 0; i < n; ++i) {
      const size_t space = keys[i].rfind(' ');
      if (space == std::string::npos) continue;
      const std::string head = keys[i].substr(space + 1);
      const std::string first = keys[i].substr(0, keys[i].find(' '));
      if (present.contains(absl::StrCat(block[i], "|", head))) {
        keys[i] = head;
      } else if (options.match_first_words &&
                 present.contains(absl::StrCat(block[i], "|", first))) {
        keys[i] = first;
      }
    }
  }
  if (options.use_matcher_grouper) {
    // The matcher's grouper (matcher/event_grouper.h), one call per document
    // cluster; untyped records keyed by the canonical trigger key.
    absl::flat_hash_map<std::string, int> word_ids;
    auto intern = [&](const std::string& w) {
      return word_ids.try_emplace(w, static_cast<int>(word_ids.size()))
          .first->second;
    };
    std::map<int, std::vector<int>> members;
    for (int i = 0; i < n; ++i) members[block[i]].push_back(i);
    std::vector<int64_t> out(n);
    int64_t next = 0;
    for (const auto& [b, ids] : members) {
      EventRecords records;
      std::vector<int> participants, arguments;
      std::vector<absl::string_view> words;
      for (int i : ids) {
        const EcbEventMention& m = split.mentions[i];
        EventRecord r;
        r.lemma = keys[i];
        participants.clear();
        arguments.clear();
        words.clear();
        for (const EcbArgument& a : m.arguments) {
          for (const std::string& stem : a.stems) {
            if (a.kind == EcbArgumentKind::kHumanParticipant &&
                options.matcher_participants) {
              participants.push_back(intern(stem));
            } else {
              arguments.push_back(intern(stem));
            }
            words.push_back(stem);
          }
        }
        // A mention of more than EventRecords::kMaxList argument stems is out
        // of reach.
        records.Add(r, participants, arguments, words);
      }
      GroupingOptions grouping;
      grouping.require_evidence = options.matcher_require_evidence;
      const std::vector<int> groups = GroupEvents(records, grouping);
      int max_group = 0;
      for (size_t k = 0; k < ids.size(); ++k) {
        out[ids[k]] = next + groups[k];
        max_group = std::max(max_group, groups[k]);
      }
      next += max_group + 1;
    }
    return out;
  }
  absl::flat_hash_set<std::string> light;
  for (const std::string& w : lexicon.light_predicates()) {
    light.insert(canon(stemmer.Stem(w)));
  }
  // (block, key) -> document -> mentions.
  std::map<std::string, std::map<int, std::vector<int>>> groups;
  for (int i = 0; i < n; ++i) {
    groups[absl::StrCat(block[i], "|", keys[i])][doc_of[i]].push_back(i);
  }
  const std::vector<SparseVector> doc_vectors =
      (options.key_document_threshold > 0 ||
       options.light_document_threshold > 0)
          ? DocumentVectors(split, lexicon, options.salient_words_only,
                            options.argument_weight)
          : std::vector<SparseVector>();
  for (const auto& [blocked, by_doc] : groups) {
    for (const auto& [doc, members] : by_doc) {
      for (int i : members) unite(i, members.front());
    }
    const std::string key = blocked.substr(blocked.find('|') + 1);
    const double threshold = light.contains(key)
                                 ? options.light_document_threshold
                                 : options.key_document_threshold;
    std::vector<int> docs;
    std::vector<SparseVector> vectors;
    for (const auto& [doc, members] : by_doc) {
      docs.push_back(doc);
      if (threshold > 0) vectors.push_back(doc_vectors[doc]);
    }
    std::vector<int> label(docs.size(), 0);
    if (threshold > 0) label = Agglomerate(vectors, threshold);
    absl::flat_hash_map<int, int> first_of_label;
    for (size_t k = 0; k < docs.size(); ++k) {
      const int first = by_doc.at(docs[k]).front();
      auto [it, inserted] = first_of_label.try_emplace(label[k], first);
      if (!inserted) unite(first, it->second);
    }
  }
  std::vector<int64_t> out(n);
  for (int i = 0; i < n; ++i) out[i] = find(i);
  return out;
}

}  // namespace xref
