#include "claims/sentence_splitter.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "base/name_key.h"
#include "claims/byte_set.h"

namespace xref {
namespace {

// text[i] without the bounds test of Debian's hardened string_view: every
// caller below reads inside [begin, end) of a paragraph clamped to `text`.
char At(absl::string_view text, size_t i) { return text.data()[i]; }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }

bool IsCloser(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

// `word` (at most 8 bytes, no NUL) packed into an integer key, so that the
// set below hashes one integer instead of a string.
uint64_t PackedWord(absl::string_view word) {
  uint64_t key = 0;
  std::memcpy(&key, word.data(), word.size());
  return key;
}

// Lower-case words that a dot after them does not end a sentence with.
constexpr absl::string_view kAbbreviations[] = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt",
    "cpt", "sgt", "cpl", "adm", "cmdr", "gov", "sen", "rep", "rev", "fr",
    "st", "sto", "sta", "mt", "ft", "jr", "sr", "no", "nos", "vol", "vs", "v", "inc",
    "corp", "co", "ltd", "dept", "univ", "est", "approx", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "pres", "sec", "gens", "brig", "supt", "insp", "amb", "atty", "hon",
    "e.g", "i.e", "cf", "al", "fig", "pp", "p",
    // Abbreviated given names ("Mohd. Idrees", "Wm. Barr").
    "mohd", "muhd", "md", "wm", "chas", "jas", "thos", "geo", "benj"};

// The longest of kAbbreviations, in bytes (PackedWord holds eight).
constexpr size_t kMaxAbbreviation = [] {
  size_t longest = 0;
  for (absl::string_view a : kAbbreviations) longest = std::max(longest, a.size());
  return longest;
}();
static_assert(kMaxAbbreviation <= sizeof(uint64_t), "PackedWord holds eight bytes");

// Whether `word`, lower-cased, is one of kAbbreviations.
bool IsAbbreviation(absl::string_view word) {
  static const auto* const kPacked = [] {
    auto* set = new absl::flat_hash_set<uint64_t>();
    for (absl::string_view a : kAbbreviations) set->insert(PackedWord(a));
    return set;
  }();
  if (word.size() > kMaxAbbreviation) return false;
  char lower[kMaxAbbreviation];
  for (size_t i = 0; i < word.size(); ++i) lower[i] = absl::ascii_tolower(word[i]);
  return kPacked->contains(PackedWord(absl::string_view(lower, word.size())));
}

const absl::flat_hash_set<absl::string_view>& SentenceOpeners() {
  static const auto* const kSet = new absl::flat_hash_set<absl::string_view>{
      "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And",
      "In", "On", "This", "That", "These", "Those", "There", "His", "Her",
      "Their", "Its", "After", "Before", "When", "While", "However", "Some",
      "Many", "Officials", "Meanwhile", "Still", "Yet", "If", "As", "At",
      "For", "By", "Since", "Both", "Last", "Earlier", "Later"};
  return *kSet;
}

// The word ending just before `dot` (letters, digits and internal dots).
absl::string_view WordBefore(absl::string_view text, size_t begin, size_t dot) {
  size_t s = dot;
  while (s > begin) {
    char c = At(text, s - 1);
    if (absl::ascii_isalnum(c) || c == '.' || c == '-' ||
        static_cast<unsigned char>(c) >= 0x80) {
      --s;
    } else {
      break;
    }
  }
  return absl::string_view(text.data() + s, dot - s);
}

absl::string_view WordAt(absl::string_view text, size_t pos, size_t end) {
  size_t e = pos;
  while (e < end && (absl::ascii_isalpha(At(text, e)) || At(text, e) == '\'')) ++e;
  return absl::string_view(text.data() + pos, e - pos);
}

// Whether a one-letter initial and a space ("A. ") end just before `at`.
bool IsOneLetterInitialBefore(absl::string_view text, size_t begin, size_t at) {
  return at >= begin + 3 && At(text, at - 1) == ' ' && At(text, at - 2) == '.' &&
         absl::ascii_isupper(At(text, at - 3)) &&
         (at == begin + 3 || !absl::ascii_isalpha(At(text, at - 4)));
}

// Whether a one-letter initial ("K. ") starts at `at`.
bool IsOneLetterInitialAt(absl::string_view text, size_t at, size_t end) {
  return at + 2 < end && absl::ascii_isupper(At(text, at)) && At(text, at + 1) == '.' &&
         At(text, at + 2) == ' ';
}

bool IsEnd(absl::string_view text, size_t begin, size_t end, size_t p,
           size_t* after) {
  char c = At(text, p);
  size_t q = p + 1;
  while (q < end && (At(text, q) == '.' || At(text, q) == '!' || At(text, q) == '?')) ++q;
  while (q < end && IsCloser(At(text, q))) ++q;
  if (q >= end) {
    *after = end;
    return true;
  }
  if (!IsSpace(At(text, q))) return false;
  size_t r = q;
  while (r < end && IsSpace(At(text, r))) ++r;
  if (r >= end) {
    *after = end;
    return true;
  }
  char next = At(text, r);
  bool plausible = absl::ascii_isupper(next) || absl::ascii_isdigit(next) ||
                   next == '"' || next == '\'' || next == '(' ||
                   static_cast<unsigned char>(next) >= 0x80;
  if (!plausible) return false;
  if (c == '.') {
    absl::string_view word = WordBefore(text, begin, p);
    if (word.size() == 1 && absl::ascii_isupper(word[0])) return false;
    // A two-letter initial next to a one-letter one ("A. Yu. Seleznyov",
    // "Zh. K. Abenova"), unless a sentence opener follows.
    if (IsDigraphInitial(word) &&
        (IsOneLetterInitialBefore(text, begin, p - word.size()) ||
         IsOneLetterInitialAt(text, r, end)) &&
        !SentenceOpeners().contains(WordAt(text, r, end))) {
      return false;
    }
    if (IsAbbreviation(word)) {
      // "Jan. 3" never ends; "Gen. Smith" never ends.
      return false;
    }
    if (std::memchr(word.data(), '.', word.size()) != nullptr) {
      // Dotted acronym: ends only before a typical sentence opener.
      if (!SentenceOpeners().contains(WordAt(text, r, end))) return false;
    }
  }
  *after = q;
  return true;
}

void Push(absl::string_view text, size_t b, size_t e, std::vector<TextRange>* out) {
  while (b < e && IsSpace(At(text, b))) ++b;
  while (e > b && IsSpace(At(text, e - 1))) --e;
  if (e > b) out->push_back({static_cast<int64_t>(b), static_cast<int64_t>(e)});
}

}  // namespace

std::vector<TextRange> SplitSentences(absl::string_view text,
                                      TextRange paragraph) {
  std::vector<TextRange> out;
  AppendSentences(text, paragraph, &out);
  return out;
}

void AppendSentences(absl::string_view text, TextRange paragraph,
                     std::vector<TextRange>* out) {
  size_t begin = std::max<int64_t>(0, paragraph.begin);
  size_t end = std::min<int64_t>(text.size(), paragraph.end);
  size_t start = begin;
  int depth = 0;
  size_t open = 0;
  // The bytes the splitter acts on; every other byte is skipped.
  static const ByteSet kSpecial({'\n', '(', ')', '.', '!', '?'});
  for (size_t p = begin; p < end; ++p) {
    p = kSpecial.FindFirst(text, p, end);
    if (p >= end) break;
    // What the check below would have done at the bytes skipped.
    if (depth > 0 && p - 1 - open > 160) depth = 0;
    char c = At(text, p);
    if (c == '\n' && p + 1 < end && At(text, p + 1) == '\n') {
      Push(text, start, p, out);
      start = p + 1;
      depth = 0;
      continue;
    }
    if (c == '(') {
      if (depth == 0) open = p;
      ++depth;
    }
    // An unclosed parenthesis stops hiding sentence ends after a while.
    if (depth > 0 && p - open > 160) depth = 0;
    if (c == ')' && depth > 0) --depth;
    if ((c == '.' || c == '!' || c == '?') && depth == 0) {
      size_t after;
      if (IsEnd(text, begin, end, p, &after)) {
        Push(text, start, after, out);
        start = after;
        p = after - 1;
      }
    }
  }
  Push(text, start, end, out);
}

std::vector<TextRange> SplitSentences(absl::string_view text) {
  return SplitSentences(text, TextRange{0, static_cast<int64_t>(text.size())});
}

}  // namespace xref
