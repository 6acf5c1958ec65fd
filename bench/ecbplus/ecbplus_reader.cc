#include "bench/ecbplus/ecbplus_reader.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <libstemmer.h>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "base/file.h"
#include "base/proto_io.h"
#include "base/status_macros.h"
#include "bench/ecbplus/xml_lite.h"

namespace xref {

struct TriggerStemmer::Impl {
  sb_stemmer* stemmer = nullptr;
  absl::flat_hash_set<std::string> function_words;
  absl::flat_hash_map<std::string, std::string> lemmas;
};

TriggerStemmer::TriggerStemmer(const TriggerLexicon& lexicon)
    : impl_(new Impl) {
  impl_->stemmer = sb_stemmer_new("english", nullptr);
  for (const std::string& w : lexicon.function_words()) {
    impl_->function_words.insert(absl::AsciiStrToLower(w));
  }
  for (const TriggerLexicon::Lemma& l : lexicon.lemmas()) {
    impl_->lemmas[absl::AsciiStrToLower(l.form())] =
        absl::AsciiStrToLower(l.lemma());
  }
}

TriggerStemmer::~TriggerStemmer() {
  if (impl_->stemmer != nullptr) sb_stemmer_delete(impl_->stemmer);
  delete impl_;
}

std::string TriggerStemmer::Stem(absl::string_view token) const {
  std::string word = absl::AsciiStrToLower(token);
  auto it = impl_->lemmas.find(word);
  if (it != impl_->lemmas.end()) word = it->second;
  if (impl_->stemmer == nullptr) return word;
  const sb_symbol* out = sb_stemmer_stem(
      impl_->stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
      static_cast<int>(word.size()));
  if (out == nullptr) return word;
  return std::string(reinterpret_cast<const char*>(out),
                     sb_stemmer_length(impl_->stemmer));
}

bool TriggerStemmer::IsFunctionWord(absl::string_view token) const {
  return impl_->function_words.contains(absl::AsciiStrToLower(token));
}

std::string TriggerStemmer::Key(const std::vector<std::string>& tokens) const {
  std::vector<std::string> stems;
  for (const std::string& t : tokens) {
    if (!IsFunctionWord(t)) stems.push_back(Stem(t));
  }
  if (stems.empty()) {
    for (const std::string& t : tokens) stems.push_back(Stem(t));
  }
  return absl::StrJoin(stems, " ");
}

absl::StatusOr<TriggerLexicon> LoadTriggerLexicon(absl::string_view path) {
  TriggerLexicon lexicon;
  RETURN_IF_ERROR(ReadProto(path, &lexicon));
  return lexicon;
}

namespace {

struct DocName {
  int topic = 0;
  bool ecbplus = false;
};

absl::StatusOr<DocName> ParseDocName(absl::string_view file_name) {
  absl::string_view base = file_name;
  const size_t slash = base.rfind('/');
  if (slash != absl::string_view::npos) base.remove_prefix(slash + 1);
  absl::ConsumeSuffix(&base, ".xml");
  DocName name;
  if (absl::ConsumeSuffix(&base, "ecbplus")) {
    name.ecbplus = true;
  } else if (!absl::ConsumeSuffix(&base, "ecb")) {
    return absl::InvalidArgumentError(absl::StrCat(
        file_name, ": file name is not <topic>_<n>ecb[plus].xml"));
  }
  std::vector<absl::string_view> parts = absl::StrSplit(base, '_');
  int number = 0;
  if (parts.size() != 2 || !absl::SimpleAtoi(parts[0], &name.topic) ||
      !absl::SimpleAtoi(parts[1], &number)) {
    return absl::InvalidArgumentError(absl::StrCat(
        file_name, ": file name is not <topic>_<n>ecb[plus].xml"));
  }
  return name;
}

std::string DocIdOf(absl::string_view path) {
  absl::string_view base = path;
  const size_t slash = base.rfind('/');
  if (slash != absl::string_view::npos) base.remove_prefix(slash + 1);
  absl::ConsumeSuffix(&base, ".xml");
  return std::string(base);
}

absl::StatusOr<int> IntAttribute(const XmlElement& e, absl::string_view key,
                                 absl::string_view file_name) {
  const std::string* value = e.Attribute(key);
  int out = 0;
  if (value == nullptr ||
      !absl::SimpleAtoi(absl::StripAsciiWhitespace(*value), &out)) {
    return absl::InvalidArgumentError(
        absl::StrCat(file_name, ": <", e.name, "> has no integer ", key));
  }
  return out;
}

bool IsEventTag(absl::string_view tag) {
  return absl::StartsWith(tag, "ACTION_") || absl::StartsWith(tag, "NEG_");
}

bool ArgumentKindOf(absl::string_view tag, EcbArgumentKind* kind) {
  if (absl::StartsWith(tag, "HUMAN_PART")) {
    *kind = EcbArgumentKind::kHumanParticipant;
  } else if (absl::StartsWith(tag, "NON_HUMAN_PART")) {
    *kind = EcbArgumentKind::kNonHumanParticipant;
  } else if (absl::StartsWith(tag, "LOC_")) {
    *kind = EcbArgumentKind::kLocation;
  } else if (absl::StartsWith(tag, "TIME_")) {
    *kind = EcbArgumentKind::kTime;
  } else {
    return false;
  }
  return true;
}

struct Token {
  std::string text;
  int sentence = 0;
  int number = 0;
};

struct RawMention {
  int m_id = 0;
  std::string tag;
  std::vector<int> t_ids;
};

}  // namespace

absl::Status ReadEcbPlusDocument(absl::string_view file_name,
                                 absl::string_view xml,
                                 const std::vector<int>& validated,
                                 const TriggerLexicon& lexicon,
                                 EcbSplit* split) {
  ASSIGN_OR_RETURN(DocName name, ParseDocName(file_name));
  ASSIGN_OR_RETURN(XmlElement root, ParseXml(xml, file_name));
  const std::string doc_id = DocIdOf(file_name);
  TriggerStemmer stemmer(lexicon);

  absl::flat_hash_map<int, Token> tokens;
  std::vector<RawMention> mentions;
  // m_id -> cluster name; CROSS wins over INTRA, later CROSS wins.
  absl::flat_hash_map<int, std::string> cross_cluster, intra_cluster;
  EcbDocument document;
  document.doc_id = doc_id;
  document.topic = name.topic;
  document.ecbplus = name.ecbplus;
  document.validated_sentences = validated;
  std::sort(document.validated_sentences.begin(),
            document.validated_sentences.end());

  for (const XmlElement& child : root.children) {
    if (child.name == "token") {
      ASSIGN_OR_RETURN(int t_id, IntAttribute(child, "t_id", file_name));
      ASSIGN_OR_RETURN(int sentence, IntAttribute(child, "sentence", file_name));
      Token token;
      token.text = child.text;
      token.sentence = sentence;
      const std::string* number = child.Attribute("number");
      if (number != nullptr) (void)absl::SimpleAtoi(*number, &token.number);
      if (sentence < 0 || sentence > 100000) {
        return absl::InvalidArgumentError(absl::StrCat(
            file_name, ": token ", t_id, " has sentence ", sentence));
      }
      if (static_cast<int>(document.sentences.size()) <= sentence) {
        document.sentences.resize(sentence + 1);
      }
      document.sentences[sentence].push_back(token.text);
      tokens[t_id] = std::move(token);
    } else if (child.name == "Markables") {
      for (const XmlElement& m : child.children) {
        RawMention raw;
        raw.tag = m.name;
        for (const XmlElement& anchor : m.children) {
          if (anchor.name != "token_anchor") continue;
          ASSIGN_OR_RETURN(int t_id, IntAttribute(anchor, "t_id", file_name));
          raw.t_ids.push_back(t_id);
        }
        if (raw.t_ids.empty()) continue;  // instance or chain descriptor
        ASSIGN_OR_RETURN(raw.m_id, IntAttribute(m, "m_id", file_name));
        mentions.push_back(std::move(raw));
      }
    } else if (child.name == "Relations") {
      for (const XmlElement& r : child.children) {
        const bool cross = r.name == "CROSS_DOC_COREF";
        if (!cross && r.name != "INTRA_DOC_COREF") continue;
        std::string cluster;
        if (cross) {
          const std::string* note = r.Attribute("note");
          if (note == nullptr || note->empty()) {
            return absl::InvalidArgumentError(absl::StrCat(
                file_name, ": CROSS_DOC_COREF without a note"));
          }
          cluster = *note;
        } else {
          const std::string* r_id = r.Attribute("r_id");
          cluster = absl::StrCat("INTRA:", doc_id, ":",
                                 r_id == nullptr ? "" : *r_id);
        }
        for (const XmlElement& s : r.children) {
          if (s.name != "source") continue;
          ASSIGN_OR_RETURN(int m_id, IntAttribute(s, "m_id", file_name));
          (cross ? cross_cluster : intra_cluster)[m_id] = cluster;
        }
      }
    }
  }

  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const RawMention& a, const RawMention& b) {
                     return a.t_ids.front() < b.t_ids.front();
                   });
  const std::set<int> validated_set(validated.begin(), validated.end());
  // Argument mentions by sentence.
  std::map<int, std::vector<EcbArgument>> arguments;
  for (const RawMention& m : mentions) {
    EcbArgumentKind kind;
    if (!ArgumentKindOf(m.tag, &kind)) continue;
    EcbArgument argument;
    argument.kind = kind;
    argument.tag = m.tag;
    std::vector<std::string> words;
    int sentence = -1;
    for (int t_id : m.t_ids) {
      auto it = tokens.find(t_id);
      if (it == tokens.end()) {
        return absl::InvalidArgumentError(absl::StrCat(
            file_name, ": mention ", m.m_id, " anchors unknown token ", t_id));
      }
      if (sentence < 0) sentence = it->second.sentence;
      words.push_back(it->second.text);
      if (!stemmer.IsFunctionWord(it->second.text)) {
        argument.stems.push_back(stemmer.Stem(it->second.text));
      }
    }
    argument.text = absl::StrJoin(words, " ");
    arguments[sentence].push_back(std::move(argument));
  }

  for (const RawMention& m : mentions) {
    if (!IsEventTag(m.tag)) continue;
    EcbEventMention event;
    event.doc_id = doc_id;
    event.topic = name.topic;
    event.ecbplus = name.ecbplus;
    event.tag = m.tag;
    for (size_t i = 0; i < m.t_ids.size(); ++i) {
      auto it = tokens.find(m.t_ids[i]);
      if (it == tokens.end()) {
        return absl::InvalidArgumentError(
            absl::StrCat(file_name, ": mention ", m.m_id,
                         " anchors unknown token ", m.t_ids[i]));
      }
      if (i == 0) event.sentence = it->second.sentence;
      event.token_numbers.push_back(it->second.number);
      event.trigger_tokens.push_back(it->second.text);
    }
    if (!validated_set.count(event.sentence)) continue;
    event.stem = stemmer.Key(event.trigger_tokens);
    event.arguments = arguments[event.sentence];
    std::string cluster;
    if (auto it = cross_cluster.find(m.m_id); it != cross_cluster.end()) {
      cluster = it->second;
    } else if (auto jt = intra_cluster.find(m.m_id); jt != intra_cluster.end()) {
      cluster = jt->second;
    } else {
      cluster = absl::StrCat("SINGLETON:", doc_id, ":", m.m_id);
    }
    auto [label, inserted] = split->gold_cluster_index.try_emplace(
        cluster, static_cast<int64_t>(split->gold_cluster_names.size()));
    if (inserted) split->gold_cluster_names.push_back(cluster);
    split->mentions.push_back(std::move(event));
    split->gold_clusters.push_back(label->second);
  }
  split->validated_sentence_count += static_cast<int>(validated_set.size());
  split->documents.push_back(std::move(document));
  return absl::OkStatus();
}

absl::StatusOr<EcbSplit> ReadEcbPlusSplit(absl::string_view split_dir,
                                          absl::string_view sentences_csv,
                                          const TriggerLexicon& lexicon) {
  if (!IsDirectory(split_dir)) {
    return absl::NotFoundError(
        absl::StrCat("ECB+ split directory not found: ", split_dir));
  }
  ASSIGN_OR_RETURN(std::string csv, ReadFile(sentences_csv));
  // doc_id -> validated sentences.
  std::map<std::string, std::set<int>> validated;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(csv, '\n')) {
    ++line_number;
    line = absl::StripAsciiWhitespace(line);
    if (line.empty() || line_number == 1) continue;
    std::vector<absl::string_view> fields = absl::StrSplit(line, ',');
    int sentence = 0;
    if (fields.size() != 3 ||
        !absl::SimpleAtoi(absl::StripAsciiWhitespace(fields[2]), &sentence)) {
      return absl::InvalidArgumentError(absl::StrCat(
          sentences_csv, ":", line_number,
          ": expected Topic,File,Sentence Number"));
    }
    validated[absl::StrCat(absl::StripAsciiWhitespace(fields[0]), "_",
                           absl::StripAsciiWhitespace(fields[1]))]
        .insert(sentence);
  }
  ASSIGN_OR_RETURN(std::vector<std::string> files,
                   ListFilesRecursively(split_dir));
  std::sort(files.begin(), files.end(), [](const std::string& a,
                                           const std::string& b) {
    return DocIdOf(a) < DocIdOf(b);
  });
  EcbSplit split;
  for (const std::string& file : files) {
    if (!absl::EndsWith(file, ".xml")) continue;
    ASSIGN_OR_RETURN(std::string xml, ReadFile(file));
    const std::set<int>& sentences = validated[DocIdOf(file)];
    absl::Status status = ReadEcbPlusDocument(
        file, xml, std::vector<int>(sentences.begin(), sentences.end()),
        lexicon, &split);
    if (!status.ok()) return status;
  }
  return split;
}

}  // namespace xref
