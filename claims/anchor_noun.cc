#include "claims/anchor_noun.h"

#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace xref {
namespace {

bool IsWordByte(char c) { return absl::ascii_isalnum(static_cast<unsigned char>(c)); }

// The word at `pos` of `text` (letters and digits, with inner apostrophes
// and hyphens: "week's", "so-called"), ending before `limit`.
TextRange WordAt(absl::string_view text, int64_t pos, int64_t limit) {
  int64_t end = pos;
  while (end < limit) {
    if (IsWordByte(text[end])) {
      ++end;
    } else if ((text[end] == '\'' || text[end] == '-') && end > pos && end + 1 < limit &&
               IsWordByte(text[end + 1])) {
      end += 2;
    } else {
      break;
    }
  }
  return {pos, end};
}

// The word that ends right before `pos` with only spaces between, at or
// after `begin`; an empty range when there is none.
TextRange WordBefore(absl::string_view text, int64_t begin, int64_t pos) {
  int64_t end = pos;
  while (end > begin && text[end - 1] == ' ') --end;
  int64_t start = end;
  while (start > begin &&
         (IsWordByte(text[start - 1]) ||
          ((text[start - 1] == '\'' || text[start - 1] == '-') && start - 1 > begin &&
           IsWordByte(text[start - 2])))) {
    --start;
  }
  return {start, start < end ? end : start};
}

bool Capitalised(absl::string_view text, TextRange word) {
  return word.end > word.begin && absl::ascii_isupper(static_cast<unsigned char>(text[word.begin]));
}

}  // namespace

absl::StatusOr<AnchorNouns> AnchorNouns::Create(
    const google::protobuf::RepeatedPtrField<rules::AnchorNoun>& rules,
    const absl::flat_hash_set<std::string>& frame_types, absl::string_view file) {
  AnchorNouns out;
  for (const rules::AnchorNoun& rule : rules) {
    if (rule.key().empty() || rule.words().empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          file, ": anchor noun \"", rule.key(), "\" needs a key and words"));
    }
    Noun noun;
    noun.key = rule.key();
    for (const std::string& type : rule.day_from()) {
      if (!frame_types.contains(type)) {
        return absl::InvalidArgumentError(absl::StrCat(
            file, ": anchor noun ", rule.key(), " takes its day from \"", type,
            "\", which is the type of no frame"));
      }
      noun.day_from.insert(type);
    }
    for (const std::string& w : rule.not_after()) noun.not_after.insert(absl::AsciiStrToLower(w));
    const int index = static_cast<int>(out.nouns_.size());
    for (const std::string& w : rule.words()) {
      if (w.empty() || w.size() >= 64) {
        return absl::InvalidArgumentError(absl::StrCat(
            file, ": anchor noun ", rule.key(), " has a word of ", w.size(),
            " bytes (1 to 63)"));
      }
      const unsigned char first = w[0];
      out.first_bytes_.set(absl::ascii_tolower(first));
      out.first_bytes_.set(absl::ascii_toupper(first));
      out.lengths_ |= uint64_t{1} << w.size();
      auto [it, added] = out.by_word_.emplace(absl::AsciiStrToLower(w), index);
      if (!added && it->second != index) {
        return absl::InvalidArgumentError(absl::StrCat(
            file, ": anchor noun word \"", w, "\" belongs to both ",
            out.nouns_[it->second].key, " and ", rule.key()));
      }
    }
    out.nouns_.push_back(std::move(noun));
  }
  return out;
}

int AnchorNouns::NounOf(absl::string_view text, int64_t sentence_begin, TextRange word) const {
  if (word.end <= word.begin ||
      !MayBeNounWord(static_cast<unsigned char>(text[word.begin]), word.end - word.begin)) {
    return -1;
  }
  auto it = by_word_.find(absl::AsciiStrToLower(text.substr(word.begin, word.end - word.begin)));
  if (it == by_word_.end()) return -1;
  const TextRange before = WordBefore(text, sentence_begin, word.begin);
  if (Capitalised(text, word)) {
    // Inside the sentence, a name ("the Fire Service"); first, a name when
    // the next word is one ("Fire Department officials said").
    if (before.end > before.begin) return -1;
    int64_t next = word.end;
    while (next < static_cast<int64_t>(text.size()) && text[next] == ' ') ++next;
    if (next < static_cast<int64_t>(text.size()) &&
        absl::ascii_isupper(static_cast<unsigned char>(text[next]))) {
      return -1;
    }
  }
  const Noun& noun = nouns_[it->second];
  if (before.end > before.begin &&
      noun.not_after.contains(
          absl::AsciiStrToLower(text.substr(before.begin, before.end - before.begin)))) {
    return -1;
  }
  return it->second;
}

std::optional<AnchorNouns::Hit> AnchorNouns::NamedAfter(absl::string_view text,
                                                        int64_t sentence_begin, int64_t from,
                                                        int64_t limit) const {
  constexpr int kMaxWordsBefore = 3;
  if (limit > static_cast<int64_t>(text.size())) limit = text.size();
  int64_t pos = from;
  for (int words = 0; words <= kMaxWordsBefore; ++words) {
    while (pos < limit && text[pos] == ' ') ++pos;
    if (pos >= limit || !IsWordByte(text[pos])) return std::nullopt;
    const TextRange word = WordAt(text, pos, limit);
    if (word.end >= limit && limit < static_cast<int64_t>(text.size()) &&
        IsWordByte(text[limit])) {
      return std::nullopt;  // The word goes on past the limit.
    }
    const int noun = NounOf(text, sentence_begin, word);
    if (noun >= 0) return Hit{noun, word};
    pos = word.end;
  }
  return std::nullopt;
}

std::vector<AnchorNouns::Hit> AnchorNouns::Mentions(absl::string_view text,
                                                    TextRange sentence) const {
  std::vector<Hit> out;
  int64_t pos = sentence.begin;
  while (pos < sentence.end) {
    if (!IsWordByte(text[pos])) {
      ++pos;
      continue;
    }
    const TextRange word = WordAt(text, pos, sentence.end);
    const int noun = NounOf(text, sentence.begin, word);
    if (noun >= 0) out.push_back({noun, word});
    pos = word.end;
  }
  return out;
}

}  // namespace xref
