// Nouns that name an event no frame describes ("the fire", "the blaze"), as
// the anchor of a day relation: "arrested the day after the fire", "two days
// after the blaze, workers marched". The extractor dates such a relation from
// the noun's day in the document, which time claims give in sentences naming
// the noun (rules::AnchorNoun).
//
//   ASSIGN_OR_RETURN(AnchorNouns nouns, AnchorNouns::Create(file.anchor_nouns(),
//                                                           frame_types, "x.textproto"));
//   if (std::optional<AnchorNouns::Hit> hit = nouns.NamedAfter(text, end, limit)) ...
//
// Texts are normalised (ASCII apostrophes and hyphens). Words compare
// without regard to ASCII case; a word capitalised inside a sentence, or
// followed by a capitalised word, is part of a name ("the Fire Service",
// "Fire Department officials") and no anchor.
// Thread-safe: immutable after Create.

#ifndef XREF_CLAIMS_ANCHOR_NOUN_H_
#define XREF_CLAIMS_ANCHOR_NOUN_H_

#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "claims/text_normalizer.h"
#include "google/protobuf/repeated_field.h"
#include "proto/rules.pb.h"

namespace xref {

class AnchorNouns {
 public:
  // A mention of noun `noun` (an index into the rules) at `range`.
  struct Hit {
    int noun = -1;
    TextRange range;
  };

  AnchorNouns() = default;

  // Compiles `rules` of rule file `file`. Fails with kInvalidArgument naming
  // the file and the noun when a noun has no key or no words, when a word
  // belongs to two nouns, or when a `day_from` type is not in `frame_types`.
  static absl::StatusOr<AnchorNouns> Create(
      const google::protobuf::RepeatedPtrField<rules::AnchorNoun>& rules,
      const absl::flat_hash_set<std::string>& frame_types, absl::string_view file);

  int size() const { return static_cast<int>(nouns_.size()); }
  const std::string& key(int noun) const { return nouns_[noun].key; }
  // Whether time claims of events of `type` date noun `noun`.
  bool DayFrom(int noun, absl::string_view type) const {
    return nouns_[noun].day_from.contains(type);
  }

  // The noun the text right after `from` names, before `limit`: at most three
  // words ("the", "last week's", "Tuesday's deadly") and then one of a
  // noun's words, with nothing but spaces, apostrophes and hyphens between.
  // `sentence_begin` tells a word capitalised as a name from the first word.
  std::optional<Hit> NamedAfter(absl::string_view text, int64_t sentence_begin,
                                int64_t from, int64_t limit) const;

  // Every mention of any noun inside `sentence` of `text`, left to right.
  // Words that no noun's word could be (by first letter and length) are
  // skipped without a lookup: most sentences name none.
  std::vector<Hit> Mentions(absl::string_view text, TextRange sentence) const;

 private:
  struct Noun {
    std::string key;
    absl::flat_hash_set<std::string> day_from;
    absl::flat_hash_set<std::string> not_after;
  };
  // The noun whose word is text[word] (a word of `sentence`, which starts at
  // `sentence_begin`), unless the word is part of a name or follows one of
  // the noun's not_after words; -1 otherwise.
  int NounOf(absl::string_view text, int64_t sentence_begin, TextRange word) const;

  // Whether a word of `length` beginning with byte `first` may be a noun's.
  bool MayBeNounWord(unsigned char first, int64_t length) const {
    return first_bytes_[first] && length < 64 && (lengths_ >> length & 1) != 0;
  }

  std::vector<Noun> nouns_;
  absl::flat_hash_map<std::string, int> by_word_;  // Lower-case word -> noun.
  std::bitset<256> first_bytes_;  // First bytes of the words, both cases.
  uint64_t lengths_ = 0;          // Bit n: some word has n bytes.
};

}  // namespace xref

#endif  // XREF_CLAIMS_ANCHOR_NOUN_H_
