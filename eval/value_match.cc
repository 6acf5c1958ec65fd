#include "eval/value_match.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "base/fold.h"
#include "libstemmer.h"

namespace xref {
namespace eval {
namespace {

// Words that carry no content in a value or a source name.
constexpr absl::string_view kFunctionWords[] = {
    "a",    "an",      "the",  "some", "of",   "in",   "on",    "at",
    "to",   "for",     "with", "by",   "from", "and",  "or",    "as",
    "into", "against", "its",  "his",  "her",  "their", "s",    "over"};

bool IsFunctionWord(absl::string_view word) {
  return std::find(std::begin(kFunctionWords), std::end(kFunctionWords),
                   word) != std::end(kFunctionWords);
}

// One English Snowball stemmer per thread (a stemmer object is not
// re-entrant).
std::string Stem(const std::string& word) {
  struct Holder {
    sb_stemmer* stemmer = sb_stemmer_new("english", nullptr);
    ~Holder() {
      if (stemmer != nullptr) sb_stemmer_delete(stemmer);
    }
  };
  thread_local Holder holder;
  if (holder.stemmer == nullptr) return word;
  const sb_symbol* out = sb_stemmer_stem(
      holder.stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
      static_cast<int>(word.size()));
  if (out == nullptr) return word;
  return std::string(reinterpret_cast<const char*>(out),
                     sb_stemmer_length(holder.stemmer));
}

bool IsWordByte(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
         static_cast<unsigned char>(c) >= 0x80;
}

struct Overlap {
  size_t common = 0, gold = 0, predicted = 0;
  double jaccard() const {
    size_t uni = gold + predicted - common;
    return uni == 0 ? 0.0 : static_cast<double>(common) / uni;
  }
  bool contained(size_t min_size) const {
    size_t smaller = std::min(gold, predicted);
    return smaller >= min_size && common == smaller;
  }
};

Overlap WordOverlap(absl::string_view gold, absl::string_view predicted) {
  std::vector<std::string> g = ContentWords(gold);
  std::vector<std::string> p = ContentWords(predicted);
  std::vector<std::string> common;
  std::set_intersection(g.begin(), g.end(), p.begin(), p.end(),
                        std::back_inserter(common));
  return Overlap{common.size(), g.size(), p.size()};
}

bool IsDigits(absl::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return absl::ascii_isdigit(static_cast<unsigned char>(c));
  });
}

bool IsIsoDate(absl::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    bool dash = i == 4 || i == 7;
    if (dash ? s[i] != '-' : !absl::ascii_isdigit(static_cast<unsigned char>(s[i]))) {
      return false;
    }
  }
  return true;
}

struct Range {
  int64_t low = 0, high = 0;  // Inclusive; high = max when unbounded.
};

constexpr int64_t kUnbounded = std::numeric_limits<int64_t>::max();

// "14" -> [14, 14]; "200-999" -> [200, 999].
std::optional<Range> ParseRange(absl::string_view text) {
  std::vector<absl::string_view> parts = absl::StrSplit(text, '-');
  Range range;
  if (parts.size() == 1 && IsDigits(parts[0]) &&
      absl::SimpleAtoi(parts[0], &range.low)) {
    range.high = range.low;
    return range;
  }
  if (parts.size() == 2 && IsDigits(parts[0]) && IsDigits(parts[1]) &&
      absl::SimpleAtoi(parts[0], &range.low) &&
      absl::SimpleAtoi(parts[1], &range.high) && range.low <= range.high) {
    return range;
  }
  return std::nullopt;
}

// Order-of-magnitude words and the interval each covers.
struct Magnitude {
  absl::string_view words;
  Range range;
};
constexpr Magnitude kMagnitudes[] = {
    {"tens", {10, 99}},
    {"dozens", {24, 199}},
    {"scores", {40, 199}},
    {"hundreds", {100, 999}},
    {"thousands", {1000, 9999}},
    {"tens of thousands", {10000, 99999}},
    {"hundreds of thousands", {100000, 999999}},
    {"millions", {1000000, 999999999}},
};

std::optional<Range> GoldRange(absl::string_view folded_gold) {
  if (std::optional<Range> range = ParseRange(folded_gold)) return range;
  for (const Magnitude& magnitude : kMagnitudes) {
    if (folded_gold == magnitude.words) return magnitude.range;
  }
  return std::nullopt;
}

std::optional<Range> PredictedRange(const Value& value) {
  if (value.has_number()) {
    const NumberRange& n = value.number();
    return Range{n.low(), n.unbounded() ? kUnbounded : n.high()};
  }
  for (absl::string_view text : {value.normalized(), value.raw()}) {
    // As the extractor writes a range ("1350-1650", "31+"): folding would
    // take its hyphen or plus sign for a space.
    text = absl::StripAsciiWhitespace(text);
    if (absl::ConsumeSuffix(&text, "+")) {
      if (std::optional<Range> range = ParseRange(text); range && range->low == range->high) {
        return Range{range->low, kUnbounded};
      }
    } else if (std::optional<Range> range = ParseRange(text)) {
      return range;
    }
    std::string folded = FoldForMatching(text);
    if (std::optional<Range> range = ParseRange(folded)) return range;
  }
  return std::nullopt;
}

std::string PredictedIso(const Value& value) {
  if (value.has_date()) return value.date().iso();
  if (IsIsoDate(value.normalized())) return value.normalized();
  return "";
}

// Every string the prediction offers for its value.
std::vector<std::string> Candidates(const Value& value) {
  std::vector<std::string> out;
  for (const std::string* s :
       {&value.normalized(), &value.category(), &value.text(),
        &value.entity().surface(), &value.raw()}) {
    if (!s->empty()) out.push_back(*s);
  }
  return out;
}

// True when `needle` occurs in `hay` delimited by non-word bytes.
bool ContainsWords(absl::string_view hay, absl::string_view needle) {
  if (needle.empty()) return false;
  for (size_t at = hay.find(needle); at != absl::string_view::npos;
       at = hay.find(needle, at + 1)) {
    size_t end = at + needle.size();
    if ((at == 0 || !IsWordByte(hay[at - 1])) &&
        (end == hay.size() || !IsWordByte(hay[end]))) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::string> ContentWords(absl::string_view text) {
  std::string folded = FoldForMatching(text);
  std::string cleaned;
  cleaned.reserve(folded.size());
  for (size_t i = 0; i < folded.size(); ++i) {
    char c = folded[i];
    if (c == '.' && i > 0 && IsWordByte(folded[i - 1])) continue;
    cleaned.push_back(IsWordByte(c) ? c : ' ');
  }
  std::vector<std::string> words;
  for (absl::string_view word :
       absl::StrSplit(cleaned, ' ', absl::SkipEmpty())) {
    if (IsFunctionWord(word)) continue;
    words.push_back(Stem(std::string(word)));
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

bool TextsMatch(absl::string_view gold, absl::string_view predicted) {
  std::string g = FoldForMatching(gold);
  if (g.empty()) return false;
  if (g == FoldForMatching(predicted)) return true;
  Overlap overlap = WordOverlap(gold, predicted);
  return overlap.jaccard() >= 0.5 || overlap.contained(2);
}

bool SourcesMatch(absl::string_view gold, absl::string_view predicted) {
  std::string p = FoldForMatching(predicted);
  if (p.empty()) return false;
  if (FoldForMatching(gold) == p) return true;
  Overlap overlap = WordOverlap(gold, predicted);
  return overlap.jaccard() >= 0.5 || overlap.contained(1);
}

bool ValueMatches(absl::string_view gold, const Value& predicted,
                  absl::Span<const std::string> gold_entity_aliases) {
  std::string folded_gold = FoldForMatching(gold);
  // Four digits are a year, unless the prediction is a count ("1500"
  // people): then they are a number, below.
  if (IsIsoDate(folded_gold) && !(predicted.has_number() && !predicted.has_date())) {
    std::string iso = PredictedIso(predicted);
    return iso.size() >= folded_gold.size() &&
           absl::string_view(iso).substr(0, folded_gold.size()) == folded_gold;
  }
  if (std::optional<Range> gold_range = GoldRange(folded_gold)) {
    std::optional<Range> range = PredictedRange(predicted);
    if (range.has_value()) {
      bool is_point = gold_range->low == gold_range->high;
      if (is_point ? (range->low <= gold_range->low &&
                      gold_range->low <= range->high)
                   : (gold_range->low <= range->low &&
                      range->high <= gold_range->high)) {
        return true;
      }
    }
    if (IsDigits(folded_gold)) return false;
  }
  std::vector<std::string> candidates = Candidates(predicted);
  if (!gold_entity_aliases.empty()) {
    for (const std::string& candidate : candidates) {
      std::string c = FoldForMatching(candidate);
      for (const std::string& alias : gold_entity_aliases) {
        std::string a = FoldForMatching(alias);
        if (c == a || ContainsWords(c, a)) return true;
      }
    }
  }
  for (const std::string& candidate : candidates) {
    if (TextsMatch(gold, candidate)) return true;
  }
  return false;
}

std::string ValueText(const Value& value) {
  if (!value.normalized().empty()) return value.normalized();
  switch (value.kind_case()) {
    case Value::kDate:
      return value.date().iso().empty() ? value.date().relative()
                                        : value.date().iso();
    case Value::kNumber: {
      const NumberRange& n = value.number();
      if (n.unbounded()) return absl::StrCat(n.low(), "+");
      if (n.low() == n.high()) return absl::StrCat(n.low());
      return absl::StrCat(n.low(), "-", n.high());
    }
    case Value::kCategory:
      return value.category();
    case Value::kText:
      return value.text();
    case Value::kEntity:
      return value.entity().surface();
    default:
      return value.raw();
  }
}

}  // namespace eval
}  // namespace xref
