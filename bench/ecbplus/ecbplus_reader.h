// Reader for the ECB+ corpus (Cybulska & Vossen 2014) in its CAT/CROMER XML
// export, applying the benchmark's reading rules (see
// ../shared/ecbplus/README.md): event mentions are the mentions whose tag
// starts with ACTION_ or NEG_, kept when their first token lies in a validated
// sentence of ECBplus_coreference_sentences.csv; a mention's gold cluster is the
// note of the (last) CROSS_DOC_COREF it is a source of, else its
// INTRA_DOC_COREF chain (local to the document), else a singleton.
//
// The output keeps gold coreference apart from the matcher's input:
// `EcbSplit::mentions` carries only what a system may see (text, tokens,
// stems, argument mentions, gold topic and file-name sub-topic);
// `EcbSplit::gold_clusters` is for scoring only.
//
//   ASSIGN_OR_RETURN(EcbSplit dev, ReadEcbPlusSplit("../shared/ecbplus/dev",
//       "../shared/ecbplus/ECBplus_coreference_sentences.csv", lexicon));
//
// Thread-safety: pure functions (each call creates its own stemmer).

#ifndef XREF_BENCH_ECBPLUS_ECBPLUS_READER_H_
#define XREF_BENCH_ECBPLUS_ECBPLUS_READER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "bench/ecbplus/trigger_lexicon.pb.h"

namespace xref {

enum class EcbArgumentKind { kHumanParticipant, kNonHumanParticipant, kLocation, kTime };

// A non-event mention of the same sentence as an event mention.
struct EcbArgument {
  EcbArgumentKind kind = EcbArgumentKind::kHumanParticipant;
  std::string tag;                // e.g. "HUMAN_PART_PER"
  std::string text;               // its tokens joined by spaces
  std::vector<std::string> stems;  // stems of its content tokens, lower case
};

// One event mention as seen by a system (no gold coreference).
struct EcbEventMention {
  std::string doc_id;   // file name without ".xml", e.g. "2_1ecb"
  int topic = 0;        // gold topic, from the file name
  bool ecbplus = false;  // gold sub-topic from the file name ("ecbplus" files)
  int sentence = 0;     // XML `sentence` attribute of the first token
  std::string tag;      // e.g. "ACTION_OCCURRENCE"
  std::vector<int> token_numbers;       // positions within the sentence
  std::vector<std::string> trigger_tokens;  // as in the XML
  // Stems (Snowball English, after the lexicon's irregular lemmas) of the
  // trigger's content tokens (function words dropped; all tokens if none
  // remain), joined by spaces: "checked into" -> "check".
  std::string stem;
  std::vector<EcbArgument> arguments;  // other mentions of the sentence
};

struct EcbDocument {
  std::string doc_id;
  int topic = 0;
  bool ecbplus = false;
  // Tokens of every sentence of the document (all sentences, not only the
  // validated ones), indexed by the XML `sentence` attribute.
  std::vector<std::vector<std::string>> sentences;
  std::vector<int> validated_sentences;  // sorted
};

struct EcbSplit {
  std::vector<EcbDocument> documents;     // every XML file, sorted by doc_id
  std::vector<EcbEventMention> mentions;  // document order, then token order
  // Gold cluster label of mentions[i]; for scoring only.
  std::vector<int64_t> gold_clusters;
  // Gold cluster names (CROSS_DOC_COREF note, "INTRA:<doc>:<r_id>" or
  // "SINGLETON:<doc>:<m_id>") by label, and the reverse index.
  std::vector<std::string> gold_cluster_names;
  absl::flat_hash_map<std::string, int64_t> gold_cluster_index;
  int validated_sentence_count = 0;  // distinct (document, sentence) pairs
};

// Reads the XML files below `split_dir` (`<topic>/<topic>_<n>ecb[plus].xml`)
// with the validated-sentence list `sentences_csv`. Fails with kNotFound when
// a path is missing, kInvalidArgument naming the file (and line) when a file
// is malformed: bad XML, a file name not of the form <topic>_<n>ecb[plus].xml,
// a token without t_id/sentence, an anchor naming an unknown token, a CSV row
// without three fields.
absl::StatusOr<EcbSplit> ReadEcbPlusSplit(absl::string_view split_dir,
                                          absl::string_view sentences_csv,
                                          const TriggerLexicon& lexicon);

// Parses one document (the XML text of `file_name`) the same way; exposed for
// tests. `validated` lists the document's validated sentences; the mentions
// and gold labels are appended to `split` (gold labels are dense across calls).
absl::Status ReadEcbPlusDocument(absl::string_view file_name,
                                 absl::string_view xml,
                                 const std::vector<int>& validated,
                                 const TriggerLexicon& lexicon,
                                 EcbSplit* split);

// Loads a TriggerLexicon text proto. Fails with kNotFound / kInvalidArgument
// naming the file.
absl::StatusOr<TriggerLexicon> LoadTriggerLexicon(absl::string_view path);

// Lower-cases `token`, applies the lexicon's irregular lemmas, then the
// Snowball English stemmer. Thread-compatible, not thread-safe: the Snowball
// stemmer has mutable state, so use one instance per thread.
class TriggerStemmer {
 public:
  explicit TriggerStemmer(const TriggerLexicon& lexicon);
  ~TriggerStemmer();
  TriggerStemmer(const TriggerStemmer&) = delete;
  TriggerStemmer& operator=(const TriggerStemmer&) = delete;

  std::string Stem(absl::string_view token) const;
  bool IsFunctionWord(absl::string_view token) const;
  // The `EcbEventMention::stem` key of a token sequence.
  std::string Key(const std::vector<std::string>& tokens) const;

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace xref

#endif  // XREF_BENCH_ECBPLUS_ECBPLUS_READER_H_
