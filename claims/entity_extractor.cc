#include "claims/entity_extractor.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "absl/algorithm/container.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "base/fold.h"
#include "base/name_key.h"
#include "base/re2_adapter.h"
#include "claims/date_parser.h"
#include "re2/re2.h"

namespace xref {
namespace {

struct Token {
  size_t begin;
  size_t end;        // Possessive "'s" excluded.
  bool possessive;   // Followed by "'s" or "'".
};

// Bytes that belong to a word: ASCII letters and digits, '-', '\'' and every
// byte of a multi-byte UTF-8 character.
constexpr std::array<bool, 256> kWordBytes = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
               (c >= 'A' && c <= 'Z') || c == '-' || c == '\'' || c >= 0x80;
  }
  return table;
}();

// Bytes that may start a token: word bytes other than '-' and '\''.
constexpr std::array<bool, 256> kTokenStartBytes = [] {
  std::array<bool, 256> table = kWordBytes;
  table['-'] = false;
  table['\''] = false;
  return table;
}();

// True when a capital letter starts at data[p] (StartsWithCapital of
// data[p, end)), testing only the byte at p unless it is a lead byte of
// Latin-1 or Latin Extended-A (0xC3..0xC5). The capitals of Latin
// Extended-B and Latin Extended Additional ("Ư", "Ạ") are not looked for:
// the text extracted from is NormalizeForMatching's, where they, like all
// Latin letters with diacritics, are already ASCII.
bool CapitalAt(const char* data, size_t p, size_t end) {
  const unsigned char c = static_cast<unsigned char>(data[p]);
  if (c < 0x80) return absl::ascii_isupper(c);
  return c >= 0xC3 && c <= 0xC5 && StartsWithCapital(absl::string_view(data + p, end - p));
}

// The first position in [from, end) where a capital letter starts
// (CapitalAt); `end` when none. Sixteen
// bytes a step where the CPU has SSE2.
size_t FindCapital(const char* data, size_t from, size_t end) {
  size_t p = from;
#if defined(__SSE2__)
  const __m128i before_a = _mm_set1_epi8('A' - 1), after_z = _mm_set1_epi8('Z' + 1);
  // The lead bytes 0xC3..0xC5, as signed chars -61..-59.
  const __m128i before_lead = _mm_set1_epi8(static_cast<char>(0xC2)),
                after_lead = _mm_set1_epi8(static_cast<char>(0xC6));
  for (; end - p >= 16; p += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + p));
    // Bytes >= 0x80 are negative as signed chars and fail the first test.
    const __m128i upper =
        _mm_and_si128(_mm_cmpgt_epi8(block, before_a), _mm_cmpgt_epi8(after_z, block));
    const __m128i lead =
        _mm_and_si128(_mm_cmpgt_epi8(block, before_lead), _mm_cmpgt_epi8(after_lead, block));
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(upper, lead)));
    while (mask != 0) {
      const size_t q = p + __builtin_ctz(mask);
      if (CapitalAt(data, q, end)) return q;
      mask &= mask - 1;
    }
  }
#endif
  while (p < end && !CapitalAt(data, p, end)) ++p;
  return p;
}

// The tokens of one sentence, appended on demand to a document's token list.
// Next() appends the token after the last one appended; SkipToCapital() moves
// past every token that holds no capital letter (no such token is
// Capitalised: a capital starts it or follows a name prefix such as "al-"),
// without appending them. The tokens appended are those a full pass would
// append, in order, minus the skipped ones.
class SentenceTokenizer {
 public:
  SentenceTokenizer(absl::string_view text, TextRange sentence, std::vector<Token>* out)
      : data_(text.data()), p_(sentence.begin), end_(sentence.end), out_(out) {}

  // Appends the next token; false when the sentence has none left.
  bool Next();

  // Skips to the token holding the next capital letter; false when none is
  // left. Only call between tokens (always true here: Next() stops at one).
  bool SkipToCapital() {
    const size_t q = FindCapital(data_, p_, end_);
    if (q >= end_) {
      p_ = end_;
      return false;
    }
    // A token runs over word bytes and dots only, so the one holding q starts
    // after the last other byte before q; tokens before that hold no capital.
    size_t r = q;
    while (r > p_ && (kWordBytes[static_cast<unsigned char>(data_[r - 1])] || data_[r - 1] == '.')) {
      --r;
    }
    p_ = r;
    return true;
  }

  // Whether token k of the list exists, appending tokens until it does.
  bool Has(size_t k) {
    while (out_->size() <= k) {
      if (!Next()) return false;
    }
    return true;
  }

 private:
  const char* const data_;
  size_t p_;  // Between tokens: where the next token is looked for.
  const size_t end_;
  std::vector<Token>* const out_;
};

bool SentenceTokenizer::Next() {
  const char* const data = data_;
  const char* const end = data + end_;
  const bool* const starts = kTokenStartBytes.data();
  const bool* const word_bytes = kWordBytes.data();
  auto byte = [](const char* p) { return static_cast<unsigned char>(*p); };
  const char* p = data + p_;
  while (true) {
    while (p < end && !starts[byte(p)]) ++p;
    if (p >= end) {
      p_ = end_;
      return false;
    }
    const char* const b = p;
    while (true) {
      // Four bytes a test while they are all word bytes, then one at a time.
      while (end - p >= 4 && (word_bytes[byte(p)] & word_bytes[byte(p + 1)] &
                              word_bytes[byte(p + 2)] & word_bytes[byte(p + 3)])) {
        p += 4;
      }
      while (p < end && word_bytes[byte(p)]) ++p;
      // A letter, a slash and a letter are one word: the patronyms "a/l"
      // and "s/o" ("Muthu a/l Raman").
      if (p - b == 1 && end - p >= 2 && *p == '/' && absl::ascii_islower(*b) &&
          absl::ascii_islower(p[1]) && (end - p == 2 || !word_bytes[byte(p + 2)])) {
        p += 2;
        break;
      }
      if (p >= end || *p != '.') break;
      if (p + 1 < end && absl::ascii_isalpha(p[1]) && absl::ascii_isupper(p[-1])) {
        ++p;  // U.S, U.N
        continue;
      }
      if (std::memchr(b, '.', p - b) != nullptr || (p - b == 1 && absl::ascii_isupper(*b))) {
        ++p;  // Final dot of U.S. or of an initial.
      }
      break;
    }
    const char* e = p;
    while (e > b && e[-1] == '-') --e;
    bool possessive = false;
    if (e - b >= 3 && e[-2] == '\'' && e[-1] == 's') {
      e -= 2;
      possessive = true;
    } else if (e > b && e[-1] == '\'') {
      e -= 1;
      possessive = true;
    }
    if (e > b) {
      out_->push_back({static_cast<size_t>(b - data), static_cast<size_t>(e - data), possessive});
      p_ = p - data;
      return true;
    }
  }
}

// The Arabic article as written in romanised names, assimilated or not:
// "al-Zasam", "as-Sadr", "Deir ez-Zor", "Tell es-Sultan".
constexpr absl::string_view kArticlePrefixes[] = {
    "al-", "el-", "ad-", "as-", "an-", "ar-", "at-", "az-",
    "ed-", "es-", "en-", "er-", "et-", "ez-"};

bool HasNamePrefix(absl::string_view w) {
  if (w.size() < 4 || w[2] != '-' || !absl::ascii_isupper(w[3])) return false;
  const char head[] = {absl::ascii_tolower(w[0]), w[1], '-'};
  absl::string_view prefix(head, 3);
  if (absl::ascii_isupper(w[0]) && prefix != "al-" && prefix != "el-") return false;
  return absl::c_linear_search(kArticlePrefixes, prefix);
}

bool Capitalised(absl::string_view w) {
  return StartsWithCapital(w) || HasNamePrefix(w);
}

bool IsAcronym(absl::string_view w) {
  int letters = 0;
  for (char c : w) {
    if (absl::ascii_isupper(c)) {
      ++letters;
    } else if (c != '.' && c != '-' && !absl::ascii_isdigit(c)) {
      return false;
    }
  }
  return letters >= 2 && letters <= 8;
}

// The capital letters of an acronym, in order ("PMF" of "P.M.F.").
std::string LettersOf(absl::string_view acronym) {
  std::string letters;
  for (char c : acronym) {
    if (absl::ascii_isupper(c)) letters.push_back(c);
  }
  return letters;
}

// Words an acronym passes over in a name written in sentence case, as
// French, Spanish and Portuguese write bodies' names ("Direction de la
// police judiciaire (DPJ)", "Réseau pour les droits humains (RDH)").
constexpr absl::string_view kAcronymSkippedWords[] = {
    "de", "du", "des", "la", "le", "les", "l", "d", "pour", "et", "en", "au", "aux", "sur",
    "del", "y", "e", "da", "do", "dos", "das", "para", "por", "of", "and", "for", "the"};

// Whether `w` is three to eight capital letters and nothing else ("RSUD",
// "NATO"; not "J.K.", "DJ").
bool IsLetterAcronym(absl::string_view w) {
  if (w.size() < 3 || w.size() > 8) return false;
  for (char c : w) {
    if (!absl::ascii_isupper(c)) return false;
  }
  return true;
}

// "Kata'ib" and "Kataib" (straight or typographic apostrophe) are one word.
std::string WithoutApostrophes(absl::string_view w) {
  std::string out = absl::StrReplaceAll(w, {{"\u2019", ""}});
  out.erase(std::remove(out.begin(), out.end(), '\''), out.end());
  return out;
}

// `folded` (a FoldForMatching result) without a leading article prefix:
// the key a surname is known by ("al-Amiri" and "Amiri" are one).
absl::string_view WithoutArticle(absl::string_view folded) {
  // Every article prefix is two letters and a hyphen.
  if (folded.size() >= 3 && folded[2] == '-' &&
      absl::c_linear_search(kArticlePrefixes, folded.substr(0, 3))) {
    folded.remove_prefix(3);
  }
  return folded;
}

// The nickname in quotes inside the name `surface` ("Ohm" of 'Kritsada
// "Ohm" Rungruangwong'), with the name without it
// in `*unquoted` ("Kritsada Rungruangwong"); empty when it has none.
absl::string_view WithoutNickname(absl::string_view surface, std::string* unquoted) {
  const size_t open = surface.find('"');
  if (open == absl::string_view::npos || open == 0) return {};
  const size_t from = open + 1;
  const size_t close = surface.find('"', from);
  if (close == absl::string_view::npos || close == from) return {};
  const absl::string_view before = absl::StripTrailingAsciiWhitespace(surface.substr(0, open));
  unquoted->assign(before.data(), before.size());
  const absl::string_view after = absl::StripLeadingAsciiWhitespace(surface.substr(close + 1));
  if (after.empty()) return {};
  absl::StrAppend(unquoted, " ", after);
  return surface.substr(from, close - from);
}

// Whether `text` has `name` as a whole word somewhere without `honorific`
// and a space right before it.
bool WrittenWithout(absl::string_view text, absl::string_view honorific,
                    absl::string_view name) {
  auto is_word_byte = [](char c) {
    return absl::ascii_isalnum(c) || c == '-' || static_cast<unsigned char>(c) >= 0x80;
  };
  for (size_t at = text.find(name); at != absl::string_view::npos;
       at = text.find(name, at + 1)) {
    const size_t end = at + name.size();
    if ((at > 0 && is_word_byte(text[at - 1])) || (end < text.size() && is_word_byte(text[end]))) {
      continue;
    }
    const size_t before = honorific.size() + 1;
    if (at < before || text.substr(at - before, honorific.size()) != honorific ||
        text[at - 1] != ' ') {
      return true;
    }
  }
  return false;
}

// Whether `folded` is the given name of a person other than `cluster` in
// `by_given` (given name -> its one person, or -1 for several).
bool GivenNameOfAnother(const absl::flat_hash_map<std::string, int>& by_given,
                        const std::string& folded, int cluster) {
  auto it = by_given.find(folded);
  return it != by_given.end() && it->second != cluster;
}

// True when two folded given names can be one person's in one document:
// equal, an initial of the other ("m." and "mamadou"), or spellings of one
// name as names are transliterated (SameName: "qaasim" and "qassim",
// "mohammed" and "muhammad"); not "adama" and "aisha", nor "naeem" and
// "nadeem", which differ by a consonant.
bool SameGivenName(absl::string_view a, absl::string_view b) {
  if (a == b) return true;
  auto initial = [](absl::string_view x, absl::string_view y) {
    return (x.size() == 1 || (x.size() == 2 && x[1] == '.')) && !y.empty() && y[0] == x[0];
  };
  if (initial(a, b) || initial(b, a)) return true;
  return SameName(MakeNameForm(a), MakeNameForm(b));
}

// True when the name beginning at `begin` follows "known as", "known to
// everyone on the hill as", "known in Kurdish as", "known locally as" or
// "nicknamed", a quote between or not, or is in quotes in brackets after a
// name ("Mina Rai (\"Sanu\")"): a name given to someone, a person's when it
// is one word ("X, 16, known as \"Galego\""). Whose name it is,
// MergeKnownAs (extractor.cc) tells from the name right before the cue, a
// place's too.
bool FollowsKnownAs(absl::string_view text, size_t begin) {
  static const RE2* const kCue = new RE2(
      "(?i)\\b(?:nicknamed|known\\s+(?:locally\\s+|(?:to|in)\\s+(?:[\\w'-]+\\s+){1,5}?)?as)"
      "\\s+[\"\\x{201C}]?$");
  // In quotes in brackets after a name: "Mina Rai (\"Sanu\")".
  static const RE2* const kQuotedInBrackets =
      new RE2("(?-i:\\p{Lu})[\\w'.-]*\\s+\\(\\s*[\"\\x{201C}]$");
  const size_t from = begin > 50 ? begin - 50 : 0;
  const absl::string_view before = text.substr(from, begin - from);
  if (absl::EndsWith(before, "(\"") || absl::EndsWith(before, "(\xE2\x80\x9C")) {
    return RE2::PartialMatch(ToPiece(before), *kQuotedInBrackets);
  }
  return RE2::PartialMatch(ToPiece(before), *kCue);
}

// A candidate name before clustering. Words are tokens [first_word,
// end_word) of the document's token list.
struct Raw {
  TextRange range;
  TextRange title;     // Empty when the name has no title.
  TextRange honorific;  // Empty when the name has no form of respect after it.
  size_t first_word = 0;
  size_t end_word = 0;
  TextRange acronym;   // Empty when none.
  const std::string* place_key = nullptr;  // Into the gazetteer.
  EntityType type = ENTITY_TYPE_UNSPECIFIED;
  // What the text around a name the gazetteer does not know says of it
  // (see entity_extractor.h).
  enum PlaceCue : uint8_t {
    kNoCue,
    kPlaceNoun,       // "the town of X"
    kPlaceNounAfter,  // "the X district"
    kApposition,      // "X, a village of brick kilns"
    kPlaceHead,
    kDateline,
    kLocative
  };
  PlaceCue place_cue = kNoCue;
  bool local_place = false;  // A place the document names (LocalPlaceKey).
  bool named_as_group = false;  // IsNamedAsGroup.

  size_t word_count() const { return end_word - first_word; }
};

// Whether `c` is white space to FoldForMatching that NormalizeForMatching
// leaves in the text (it maps the Unicode spaces to ' ').
bool IsFoldSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// What FoldForMatching makes of each byte, for PlaceKeyOf's first word:
// ASCII lower-cased and '`' as '\'', kFoldSpace for its white space,
// kNotAscii for bytes >= 0x80.
constexpr unsigned char kFoldSpace = 0xFF, kNotAscii = 0x80;
constexpr std::array<unsigned char, 256> kFirstWordFold = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[c] = c >= 0x80 ? kNotAscii
               : c == '`' ? '\''
               : c >= 'A' && c <= 'Z' ? c - 'A' + 'a'
                                      : c;
  }
  for (char c : {' ', '\t', '\n', '\r', '\f', '\v'}) table[static_cast<unsigned char>(c)] = kFoldSpace;
  return table;
}();

// The word of ASCII letters that ends `end` spaces before `end` in `text`
// (one or more ' '), or an empty view when something else comes between.
absl::string_view WordBefore(absl::string_view text, size_t end) {
  size_t e = end;
  while (e > 0 && text[e - 1] == ' ') --e;
  if (e == end) return {};
  size_t b = e;
  while (b > 0 && absl::ascii_isalpha(text[b - 1])) --b;
  return text.substr(b, e - b);
}

// The word of lower-case ASCII letters after the one space at `end` in
// `text`, when it ends at a space or punctuation, not at a hyphen or a
// letter of another case ("X district" -> "district"; "X district-level",
// "X Districts" -> empty).
absl::string_view LowerWordAfter(absl::string_view text, size_t end) {
  if (end >= text.size() || text[end] != ' ') return {};
  size_t e = end + 1;
  while (e < text.size() && absl::ascii_islower(text[e])) ++e;
  if (e < text.size() && (absl::ascii_isalnum(text[e]) || text[e] == '-')) return {};
  return text.substr(end + 1, e - end - 1);
}

// Whether every letter of `name` is a capital, with at least three letters.
bool AllCapitals(absl::string_view name) {
  int letters = 0;
  for (char c : name) {
    if (absl::ascii_islower(c)) return false;
    letters += absl::ascii_isupper(c) ? 1 : 0;
  }
  return letters >= 3;
}

// Whether `range` is the credit of a dateline, "TAMSK, March 15 (Meridian) -":
// in the parentheses of a dateline. It names the outlet, not a party to the
// story.
bool IsDatelineCredit(absl::string_view text, TextRange range) {
  const size_t begin = range.begin;
  const size_t end = range.end;
  if (begin < 4 || text[begin - 1] != '(' || end >= text.size() || text[end] != ')') {
    return false;
  }
  size_t para = text.rfind('\n', begin - 1);
  para = para == absl::string_view::npos ? 0 : para + 1;
  return para + DatelineLength(text.substr(para)) > end;
}

bool IsLocativeWord(absl::string_view w) {
  for (absl::string_view l :
       {"in", "at", "near", "outside", "inside", "around", "through", "across", "towards", "down",
        "up", "along", "beyond", "onto", "atop", "below", "above", "off", "nearby",
        "neighbouring", "neighboring"}) {
    if (absl::EqualsIgnoreCase(w, l)) return true;
  }
  return false;
}

// True when `word` is parts joined by hyphens, each beginning with a
// capital: a compound given name ("Amir-Hossein"), not "Iranian-backed".
bool IsCompoundName(absl::string_view word) {
  if (word.find('-') == absl::string_view::npos) return false;
  for (absl::string_view part : absl::StrSplit(word, '-')) {
    if (part.empty() || !absl::ascii_isupper(static_cast<unsigned char>(part[0]))) return false;
  }
  return true;
}

// Marks the raws that name a place the gazetteer does not know (see
// entity_extractor.h): every raw spelled, after FoldAccentsForMatching, like
// one with a place cue. A cue "in X" counts only when X is no organisation
// and X's last word is not the surname of a person of the document, that is
// of a name of two or more words typed as a person and spelled like no raw
// with a cue.
void MarkLocalPlaces(absl::string_view text, std::vector<Raw>* raws, std::string* folded) {
  auto surface = [&](const Raw& raw) {
    return text.substr(raw.range.begin, raw.range.end - raw.range.begin);
  };
  auto surname = [&](const Raw& raw) {
    absl::string_view s = surface(raw);
    const size_t space = s.rfind(' ');
    FoldForMatchingInto(space == absl::string_view::npos ? s : s.substr(space + 1), folded);
    return std::string(WithoutArticle(*folded));
  };
  bool any_cue = false;
  for (const Raw& raw : *raws) any_cue = any_cue || raw.place_cue != Raw::kNoCue;
  if (!any_cue) return;
  // Each raw's spelling, folded once.
  std::vector<std::string> spelled;
  spelled.reserve(raws->size());
  for (const Raw& raw : *raws) spelled.push_back(FoldAccentsForMatching(surface(raw)));
  absl::flat_hash_set<absl::string_view> cued, names;
  absl::flat_hash_set<std::string> surnames;
  for (size_t r = 0; r < raws->size(); ++r) {
    const Raw& raw = (*raws)[r];
    if (raw.place_cue != Raw::kNoCue && raw.place_key == nullptr) cued.insert(spelled[r]);
  }
  for (size_t r = 0; r < raws->size(); ++r) {
    const Raw& raw = (*raws)[r];
    if (raw.type == PERSON && raw.word_count() >= 2 && !cued.contains(spelled[r])) {
      surnames.insert(surname(raw));
    }
  }
  for (size_t r = 0; r < raws->size(); ++r) {
    const Raw& raw = (*raws)[r];
    if (raw.place_cue == Raw::kNoCue || raw.place_key != nullptr) continue;
    if ((raw.place_cue == Raw::kLocative || raw.place_cue == Raw::kPlaceNounAfter) &&
        (raw.type == ORGANIZATION || surnames.contains(surname(raw)))) {
      continue;
    }
    names.insert(spelled[r]);
  }
  if (names.empty()) return;
  for (size_t r = 0; r < raws->size(); ++r) {
    Raw& raw = (*raws)[r];
    if (raw.place_key != nullptr || !names.contains(spelled[r])) continue;
    raw.type = LOCATION;
    raw.local_place = true;
    raw.acronym = TextRange();
  }
}

}  // namespace

const EntityMentionSpan* EntityResult::Overlapping(int64_t begin, int64_t end) const {
  auto it = std::lower_bound(
      mentions.begin(), mentions.end(), begin,
      [](const EntityMentionSpan& m, int64_t b) { return m.range.end <= b; });
  if (it != mentions.end() && it->range.begin < end) return &*it;
  return nullptr;
}

void EntityResult::MergeCluster(int into, int from) {
  EntityCluster& target = clusters[into];
  for (const std::string& alias : clusters[from].aliases) {
    if (std::find(target.aliases.begin(), target.aliases.end(), alias) == target.aliases.end()) {
      target.aliases.push_back(alias);
    }
  }
  for (EntityMentionSpan& m : mentions) {
    if (m.cluster == from) m.cluster = into;
  }
}

void EntityResult::RemoveClustersWithoutMentions() {
  std::vector<int> new_index(clusters.size(), -1);
  for (const EntityMentionSpan& m : mentions) new_index[m.cluster] = 0;
  int kept = 0;
  for (size_t c = 0; c < clusters.size(); ++c) {
    if (new_index[c] < 0) continue;
    new_index[c] = kept;
    if (static_cast<int>(c) != kept) clusters[kept] = std::move(clusters[c]);
    ++kept;
  }
  clusters.resize(kept);
  for (EntityMentionSpan& m : mentions) m.cluster = new_index[m.cluster];
}

EntityExtractor::EntityExtractor(const rules::EntityLexicon* lexicon,
                                 const Gazetteer* gazetteer)
    : gazetteer_(gazetteer) {
  if (!lexicon->counted_name_list().empty()) {
    // RuleSet has compiled it already (its pattern fields are checked).
    RE2::Options options;
    options.set_max_mem(64 << 20);  // Its bounded repeats make many DFA states.
    auto re = std::make_unique<const RE2>(lexicon->counted_name_list(), options);
    if (re->ok() && re->NumberOfCapturingGroups() >= 1) {
      counted_name_guard_ = LiteralGuard(*re);
      counted_name_list_ascii_ = AsciiGroupsProgram(*re);
      counted_name_list_ = std::move(re);
    }
  }
  for (const std::string& w : lexicon->particles()) {
    MutableInfo(w).kinds |= kParticle;
    if (!w.empty() && absl::ascii_islower(w[0])) {
      MutableInfo(w).kinds |= kSurnameParticle;
      std::string capitalised = w;
      capitalised[0] = absl::ascii_toupper(capitalised[0]);
      MutableInfo(capitalised).kinds |= kSurnameParticle;
    }
  }
  // Every word of a lexicon list gets the list's kinds.
  auto mark = [&](const google::protobuf::RepeatedPtrField<std::string>& words,
                  uint16_t kinds) {
    for (const std::string& w : words) MutableInfo(w).kinds |= kinds;
  };
  mark(lexicon->stop_words(), kStopWord);
  mark(lexicon->date_words(), kStopWord | kDateWord);
  mark(lexicon->demonyms(), kDemonym);
  for (const std::string& w : lexicon->org_heads()) {
    MutableInfo(WithoutApostrophes(w)).kinds |= kOrgHead;
  }
  mark(lexicon->place_heads(), kPlaceHead);
  mark(lexicon->law_heads(), kLawHead);
  mark(lexicon->honorifics_after(), kHonorificAfter);
  for (const std::string& h : lexicon->honorifics_after()) {
    if (absl::StartsWith(h, "-")) honorific_suffixes_.push_back(absl::AsciiStrToLower(h));
  }
  mark(lexicon->abbreviated_names(), kDottedName);
  mark(lexicon->place_modifiers(), kPlaceModifier);
  mark(lexicon->place_prefixes(), kPlacePrefix);
  mark(lexicon->place_openers(), kPlaceOpener);
  mark(lexicon->title_modifiers(), kTitleModifier);
  for (const std::string& t : lexicon->titles()) {
    // Tokens carry no final dot ("Gen."), so neither do title words.
    std::vector<std::string> words = absl::StrSplit(t, ' ', absl::SkipEmpty());
    for (std::string& w : words) {
      if (w.size() > 1 && w.back() == '.') {
        w.pop_back();
        MutableInfo(w).kinds |= kDottedTitle;
      }
    }
    titles_.push_back(std::move(words));
  }
  mark(lexicon->name_honorifics(), kNameHonorific);
  for (const std::string& w : lexicon->name_honorifics()) titles_.push_back({w});
  std::sort(titles_.begin(), titles_.end(),
            [](const auto& a, const auto& b) { return a.size() > b.size(); });
  for (size_t i = 0; i < titles_.size(); ++i) {
    if (!titles_[i].empty()) MutableInfo(titles_[i][0]).titles.push_back(i);
  }
  for (const std::string& w : lexicon->place_nouns()) place_nouns_.Add(w);
  for (const std::string& w : lexicon->place_suffixes()) place_suffixes_.Add(w);
  for (const std::string& w : lexicon->venue_nouns()) {
    venue_nouns_.Add(w);
    building_nouns_.Add(w);
  }
  for (const std::string& w : lexicon->building_nouns()) building_nouns_.Add(w);
  for (const std::string& w : lexicon->languages()) languages_.Add(w);
  for (const std::string& w : lexicon->group_nouns()) group_nouns_.Add(w);
  for (const std::string& w : lexicon->role_nouns()) role_nouns_.Add(w);
  for (const std::string& w : lexicon->workplace_words()) workplace_words_.Add(w);
  for (const std::string& w : lexicon->office_nouns()) office_nouns_.Add(w);
  for (const std::string& w : lexicon->kin_nouns()) kin_nouns_.Add(w);
  if (gazetteer_ != nullptr) {
    for (const auto& [spelling, place] : gazetteer_->spellings()) {
      place_first_words_.Add(absl::string_view(spelling).substr(0, spelling.find(' ')));
    }
  }
}

bool EntityExtractor::NamedAsKin(absl::string_view text, TextRange name,
                                 TextRange title) const {
  auto is_kin = [&](absl::string_view w) {
    if (absl::EndsWith(w, "'s")) w.remove_suffix(2);
    return kin_nouns_.Contains(w);
  };
  // The word before: "his cousin X", "Y's mother, X".
  size_t before = static_cast<size_t>(title.end > title.begin ? title.begin : name.begin);
  while (before > 0 && text[before - 1] == ' ') --before;
  if (before > 0 && text[before - 1] == ',') --before;
  size_t b = before;
  while (b > 0 && (absl::ascii_isalpha(text[b - 1]) || text[b - 1] == '-')) --b;
  if (b < before && is_kin(text.substr(b, before - b))) return true;
  // An apposition after: "X, the dead man's cousin," (up to six words).
  size_t at = static_cast<size_t>(name.end);
  if (at >= text.size() || text[at] != ',') return false;
  ++at;
  for (int words = 0; words < 6 && at < text.size(); ++words) {
    while (at < text.size() && text[at] == ' ') ++at;
    size_t e = at;
    while (e < text.size() &&
           (absl::ascii_isalnum(text[e]) || text[e] == '-' || text[e] == '\'')) {
      ++e;
    }
    if (e == at) return false;  // Punctuation ends the apposition.
    if (is_kin(text.substr(at, e - at))) return true;
    at = e;
  }
  return false;
}

int EntityExtractor::WordIndex::Add(absl::string_view word) {
  int found = Find(word);
  if (found >= 0) return found;
  const size_t slot = Slot(word);
  entries_.push_back({std::string(word), heads_[slot]});
  heads_[slot] = static_cast<int>(entries_.size() - 1);
  return heads_[slot];
}

EntityExtractor::WordInfo& EntityExtractor::MutableInfo(absl::string_view word) {
  const int i = words_.Add(word);
  if (static_cast<size_t>(i) >= word_infos_.size()) word_infos_.resize(i + 1);
  return word_infos_[i];
}

bool EntityExtractor::IsOrgHead(absl::string_view word) const {
  for (char c : word) {
    if (c == '\'' || c == '\xE2') {  // '\xE2' starts U+2019.
      return Is(WithoutApostrophes(word), kOrgHead);
    }
  }
  return Is(word, kOrgHead);  // The common case: nothing to strip.
}

absl::string_view EntityExtractor::WithoutPlaceSuffix(absl::string_view name) const {
  const size_t hyphen = name.rfind('-');
  if (hyphen == absl::string_view::npos || hyphen == 0 ||
      name.find(' ') != absl::string_view::npos ||
      !place_suffixes_.Contains(name.substr(hyphen + 1))) {
    return name;
  }
  return name.substr(0, hyphen);
}

std::string EntityExtractor::PlaceKey(absl::string_view name) const {
  if (gazetteer_ == nullptr) return "";
  const Place* place = gazetteer_->Find(name);
  return place == nullptr ? "" : place->key();
}

const std::string* EntityExtractor::PlaceKeyOf(absl::string_view name) const {
  if (gazetteer_ == nullptr) return nullptr;
  // The first word of FoldName(name) (FoldForMatching(name) without a leading "the "),
  // when it is ASCII; otherwise no shortcut.
  char first[24];
  size_t len = 0;
  size_t i = 0;
  bool decided = true;
  for (int word = 0; word < 2; ++word) {
    while (i < name.size() && IsFoldSpace(name[i])) ++i;
    len = 0;
    for (; i < name.size(); ++i) {
      const unsigned char folded = kFirstWordFold[static_cast<unsigned char>(name[i])];
      if (folded == kFoldSpace) break;
      if (folded == kNotAscii || len == sizeof(first)) {
        decided = false;
        break;
      }
      first[len++] = static_cast<char>(folded);
    }
    if (!decided) break;
    size_t rest = i;
    while (rest < name.size() && IsFoldSpace(name[rest])) ++rest;
    if (absl::string_view(first, len) != "the" || rest == name.size()) break;
  }
  if (decided && !place_first_words_.Contains(absl::string_view(first, len))) {
    return nullptr;
  }
  const Place* place = gazetteer_->Find(name);
  return place == nullptr ? nullptr : &place->key();
}

EntityResult EntityExtractor::Extract(absl::string_view text,
                                      const std::vector<TextRange>& sentences) const {
  // Scratch of this thread, cleared per call: its storage serves the next
  // document.
  thread_local std::vector<Raw> raws;
  thread_local std::vector<Token> tokens;
  raws.clear();
  tokens.clear();
  // Acronyms of laws ("the Prevention of Terrorism Act (PTA)"): like the
  // law, no mention wherever they stand.
  absl::flat_hash_set<absl::string_view> law_acronyms;
  {
    int64_t bytes = 0;
    for (const TextRange& sentence : sentences) bytes += sentence.end - sentence.begin;
    tokens.reserve(bytes / 16 + 1);  // Only tokens near capitals are kept.
  }
  auto word = [&](size_t k) {  // Tokens lie inside `text`: no bounds check.
    return absl::string_view(text.data() + tokens[k].begin, tokens[k].end - tokens[k].begin);
  };
  // A nickname in quotes between a given name and a family name ('Kritsada
  // "Ohm" Rungruangwong'; the text is normalised: curly quotes are
  // straight): a space and a quote before it, a quote and a space after it,
  // capitals on both sides.
  auto joined_by_space = [&](size_t k) {  // tokens k and k+1
    if (tokens[k].possessive) return false;
    const size_t end = tokens[k].end, next = tokens[k + 1].begin;
    if (next == end + 2 && Capitalised(word(k)) && Capitalised(word(k + 1))) {
      const size_t after = tokens[k + 1].end;
      // Before the nickname: 'Kritsada "Ohm'.
      if (text.substr(end, 2) == " \"" && text.substr(after, 2) == "\" " &&
          after + 2 < text.size() &&
          absl::ascii_isupper(static_cast<unsigned char>(text[after + 2]))) {
        return true;
      }
      // After it: 'Ohm" Rungruangwong'.
      const size_t b = tokens[k].begin;
      if (text.substr(end, 2) == "\" " && b >= 2 && text.substr(b - 2, 2) == " \"") return true;
    }
    size_t gap_b = tokens[k].end, gap_e = tokens[k + 1].begin;
    if (gap_e - gap_b == 2 && text[gap_b] == '.' && text[gap_b + 1] == ' ') {
      // "Gen. Smith", "Mohd. Idris", "A. Yu. Seleznyov".
      return Is(word(k), kDottedTitle) || Is(word(k), kDottedName) ||
             IsDigraphInitial(word(k));
    }
    return gap_e - gap_b == 1 && text[gap_b] == ' ';
  };
  // Where a name spelled by the acronym in brackets after it ends, when it
  // runs on past lower-case words between its capitals (the test of
  // Schwartz and Hearst for an abbreviation's definition):
  // "Directorate of Criminal Investigation and Intelligence (DCII)", "Chama
  // cha Mwamko wa Pwani (CMP)". The capitals i..j come first; the words
  // between are single words of at most four lower-case letters. `j` when
  // no such acronym spells the capitals after them too.
  // The acronym in brackets right after word m ("Full Name (ACR)"), or
  // empty.
  auto acronym_after_word = [&](size_t m) -> absl::string_view {
    const size_t after = tokens[m].end;
    if (tokens[m].possessive || after + 2 >= text.size() || text[after] != ' ' ||
        text[after + 1] != '(') {
      return {};
    }
    const size_t close = text.find(')', after + 2);
    if (close == absl::string_view::npos || close - after >= 12) return {};
    const absl::string_view acronym = text.substr(after + 2, close - after - 2);
    return IsAcronym(acronym) ? acronym : absl::string_view();
  };
  // The first letters of the capitalised words among words from..to.
  auto initials_of = [&](size_t from, size_t to) {
    std::string initials;
    for (size_t w = from; w <= to; ++w) {
      if (Capitalised(word(w))) initials.push_back(word(w)[0]);
    }
    return initials;
  };
  auto acronym_spans_to = [&](size_t i, size_t j, SentenceTokenizer& sentence_tokens) {
    // Most names have no bracket soon after them.
    if (text.substr(tokens[j].end, 120).find('(') == absl::string_view::npos) return j;
    std::string initials = initials_of(i, j);
    size_t capitals_after_j = 0;
    bool after_lower = false;
    for (size_t m = j; m < j + 10 && sentence_tokens.Has(m + 1) && joined_by_space(m);) {
      const absl::string_view w = word(++m);
      if (!Capitalised(w)) {
        if (after_lower || w.size() > 4 ||
            !std::all_of(w.begin(), w.end(), [](char c) { return absl::ascii_islower(c); })) {
          return j;
        }
        after_lower = true;
        continue;
      }
      if (!after_lower && capitals_after_j == 0) return j;  // Capitals i..j end at j.
      after_lower = false;
      initials.push_back(w[0]);
      ++capitals_after_j;
      if (tokens[m].possessive) return j;
      if (text.substr(tokens[m].end, 2) != " (") continue;
      const std::string letters = LettersOf(acronym_after_word(m));
      return !letters.empty() && absl::EndsWith(initials, letters) &&
                     letters.size() > capitals_after_j
                 ? m
                 : j;
    }
    return j;
  };
  // Where a name written in sentence case ends, when the acronym in
  // brackets after it spells its lower-case words too ("Direction de la
  // police judiciaire (DPJ)", "Conseil de transition républicaine (CTR)"):
  // the capitals i..j, then lower-case words up to the acronym, whose
  // letters are exactly the first letters of the capitalised words and of
  // the lower-case words other than kAcronymSkippedWords (a word before
  // them, "The", may stay out). `j` when there is no such acronym.
  auto sentence_case_spans_to = [&](size_t i, size_t j, SentenceTokenizer& sentence_tokens) {
    if (text.substr(tokens[j].end, 120).find('(') == absl::string_view::npos) return j;
    std::string initials = initials_of(i, j);
    size_t spelled_lower = 0;
    for (size_t m = j; m < j + 8 && sentence_tokens.Has(m + 1) && joined_by_space(m);) {
      const absl::string_view w = word(++m);  // Letters with diacritics are folded.
      if (!absl::ascii_islower(w[0]) || tokens[m].possessive) return j;
      if (absl::c_find(kAcronymSkippedWords, w) == std::end(kAcronymSkippedWords)) {
        initials.push_back(absl::ascii_toupper(w[0]));
        ++spelled_lower;
      }
      if (text.substr(tokens[m].end, 2) != " (") continue;
      const std::string letters = LettersOf(acronym_after_word(m));
      return spelled_lower > 0 && letters.size() > spelled_lower &&
                     absl::EndsWith(initials, letters)
                 ? m
                 : j;
    }
    return j;
  };
  // A name that runs on past a possessive: where it ends, or `k` when the
  // possessive ends it. It runs on when the possessor is a plural ("Mine
  // Workers' Union"), "People's", "Women's", "Children's", "Men's" or a
  // title ("Magistrate's Court"), and the capitals after it end in a word
  // that heads organisation names; not after a name ("Iraq's Popular
  // Mobilization Forces").
  auto institution_after = [&](size_t k, SentenceTokenizer& sentence_tokens) {
    if (!tokens[k].possessive) return k;
    const size_t mark = tokens[k].end;
    const bool plural = mark + 1 >= text.size() || text[mark + 1] != 's';
    const absl::string_view possessor = word(k);
    const WordInfo* info = Info(possessor);
    if (!plural && !(info != nullptr && !info->titles.empty()) && possessor != "People" &&
        possessor != "Women" && possessor != "Children" && possessor != "Men") {
      return k;
    }
    const size_t after = mark + (plural ? 1 : 2);
    if (!sentence_tokens.Has(k + 1) || tokens[k + 1].begin != after + 1 || text[after] != ' ') {
      return k;
    }
    size_t end = k;
    size_t m = k + 1;
    while (Capitalised(word(m))) {
      if (IsOrgHead(word(m))) end = m;
      if (!sentence_tokens.Has(m + 1) || !joined_by_space(m)) break;
      ++m;
    }
    return end;
  };
  // The end (one past its last word) of the longest title of the lexicon,
  // lengthened by the words before it that lengthen titles ("Police
  // Chief"), that starts at word m and ends at word `last` or before; 0
  // when none does.
  auto TitleEndAt = [&](size_t m, size_t last) -> size_t {
    size_t at = m;
    while (at < last && Is(word(at), kTitleModifier)) ++at;
    const WordInfo* info = Info(word(at));
    if (info == nullptr || info->titles.empty()) {
      // A modifier and a title of one word joined by a hyphen, the title
      // in either case ("Vice-chairman", "Deputy-Governor").
      const absl::string_view w = word(at);
      const size_t hyphen = w.find('-');
      if (hyphen == absl::string_view::npos || hyphen == 0 || hyphen + 1 >= w.size() ||
          !Is(w.substr(0, hyphen), kTitleModifier)) {
        return 0;
      }
      std::string head(w.substr(hyphen + 1));
      head[0] = absl::ascii_toupper(head[0]);
      const WordInfo* head_info = Info(head);
      if (head_info == nullptr) return 0;
      for (int ti : head_info->titles) {
        if (titles_[ti].size() == 1) return at + 1;
      }
      return 0;
    }
    for (int ti : info->titles) {  // Longest first.
      const std::vector<std::string>& t = titles_[ti];
      if (at + t.size() - 1 > last) continue;
      bool match = true;
      for (size_t w = 1; w < t.size() && match; ++w) match = word(at + w) == t[w];
      if (match) return at + t.size();
    }
    return 0;
  };
  // Whether a title of the lexicon begins with `w` ("Minister", "Commissioner").
  auto HeadsATitle = [&](absl::string_view w) {
    const WordInfo* info = Info(w);
    return info != nullptr && !info->titles.empty();
  };
  // Whether the capitals from word m on end in a possessive ("Sarah
  // Okafor's").
  auto NameEndsPossessive = [&](size_t m, SentenceTokenizer& sentence_tokens) {
    while (!tokens[m].possessive) {
      if (!sentence_tokens.Has(m + 1) || !joined_by_space(m) || !Capitalised(word(m + 1))) {
        return false;
      }
      ++m;
    }
    return true;
  };
  // The byte after a title whose words end before word `end`, its dot
  // included ("Gen.").
  auto TitleEndByte = [&](size_t end) -> int64_t {
    size_t title_end = tokens[end - 1].end;
    if (title_end < text.size() && text[title_end] == '.') ++title_end;
    return static_cast<int64_t>(title_end);
  };
  // Whether a title of the lexicon begins with words i..j and goes on
  // with `more`.
  auto TitleGoesOn = [&](size_t i, size_t j, std::initializer_list<absl::string_view> more) {
    const WordInfo* info = Info(word(i));
    if (info == nullptr) return false;
    for (int ti : info->titles) {
      const std::vector<std::string>& t = titles_[ti];
      if (t.size() < j - i + 1 + more.size()) continue;
      bool match = true;
      for (size_t m = 1; m <= j - i && match; ++m) match = word(i + m) == t[m];
      size_t m = j - i + 1;
      for (absl::string_view w : more) match = match && t[m++] == w;
      if (match) return true;
    }
    return false;
  };
  for (const TextRange& sentence : sentences) {
    SentenceTokenizer sentence_tokens(text, sentence, &tokens);
    size_t i = tokens.size();
    while (true) {
      if (i == tokens.size() && !(sentence_tokens.SkipToCapital() && sentence_tokens.Next())) {
        break;
      }
      if (!Capitalised(word(i))) {
        ++i;
        continue;
      }
      size_t j = i;
      bool numbered_place = false;
      bool sentence_case = false;  // A name run on by sentence_case_spans_to.
      while (true) {
        while (sentence_tokens.Has(j + 1) && joined_by_space(j)) {
          absl::string_view next = word(j + 1);
          // Capitals join, and "of", "for" or a particle between capitals,
          // unless a day or month follows it ("Pelno for Monday"), or a
          // kind of place that opens a name ("left Praça da Sé for Avenida
          // Paulista"), or "for" stands between a word that heads no
          // institution nor title and a name in the possessive ("marched in
          // Pelno for Sarah's funeral"; "the Office for Kosovo's Affairs"
          // joins).
          // "Ward No. 4": a number's abbreviation before its digits ends
          // the name.
          const bool number_sign =
              (next == "No" || next == "Nos") && tokens[j + 1].end + 2 < text.size() &&
              text[tokens[j + 1].end] == '.' &&
              absl::ascii_isdigit(text[tokens[j + 1].end + 1 +
                                       (text[tokens[j + 1].end + 1] == ' ' ? 1 : 0)]);
          if (Capitalised(next) && !number_sign) {
            ++j;
          } else if (number_sign) {
            // A kind of place numbered ("Ward No. 4") is no name.
            numbered_place =
                j == i && IsPlaceNoun(absl::AsciiStrToLower(word(i)));
            break;
          } else if ((next == "of" || next == "for" || Is(next, kParticle)) &&
                     sentence_tokens.Has(j + 2) && joined_by_space(j + 1) &&
                     Capitalised(word(j + 2)) && !Is(word(j + 2), kDateWord) &&
                     !Is(word(j + 2), kPlaceOpener) &&
                     !(next == "for" && NameEndsPossessive(j + 2, sentence_tokens) &&
                       !IsOrgHead(word(j)) && !HeadsATitle(word(j)))) {
            j += 2;
          } else if (Is(next, kParticle) && !Capitalised(next) && sentence_tokens.Has(j + 3) &&
                     joined_by_space(j + 1) && joined_by_space(j + 2) &&
                     Is(word(j + 2), kParticle) && !Capitalised(word(j + 2)) &&
                     Capitalised(word(j + 3)) && !Is(word(j + 3), kDateWord)) {
            // Two particles: "Hendrik van der Merwe", "Maria de la Cruz".
            j += 3;
          } else if (next == "of" && sentence_tokens.Has(j + 3) && joined_by_space(j + 1) &&
                     joined_by_space(j + 2) && word(j + 2) == "the" &&
                     Capitalised(word(j + 3)) && TitleGoesOn(i, j, {"of", "the"})) {
            // A title with "of the" in it ("Minister of the Interior").
            j += 3;
          } else if (const size_t spelled = acronym_spans_to(i, j, sentence_tokens);
                     spelled > j) {
            j = spelled;
          } else if (const size_t lower = sentence_case_spans_to(i, j, sentence_tokens);
                     lower > j) {
            j = lower;
            sentence_case = true;
          } else {
            break;
          }
        }
        const size_t institution_end = institution_after(j, sentence_tokens);
        if (institution_end == j) break;
        j = institution_end;
      }
      if (numbered_place) {
        i = j + 1;
        continue;
      }
      size_t k = i;
      TextRange title;
      size_t title_word = 0;  // The first word of the titles, when `title` is set.
      // After a place prefix ("Kabupaten X").
      bool place_prefixed = false;
      // Leading stop words, demonyms, place prefixes and titles are not part
      // of the name.
      // One word given as a name ("whom everyone calls \"Mwalimu\"", "known
      // as Doctor") is that name, even when it is a title.
      const WordInfo* only_word = i == j ? Info(word(i)) : nullptr;
      bool progress = !(only_word != nullptr && !only_word->titles.empty() &&
                        (FollowsNicknameCue(text, tokens[i].begin) ||
                         FollowsKnownAs(text, tokens[i].begin)));
      while (progress && k <= j) {
        progress = false;
        const WordInfo* info = Info(word(k));
        // A word of no list may still be a hyphenated title ("Vice-chairman").
        if (info == nullptr && word(k).find('-') == absl::string_view::npos) continue;
        const uint16_t kinds = info == nullptr ? 0 : info->kinds;
        // Not before an institution's name ("the Barangay Council").
        if ((kinds & kPlacePrefix) != 0 && k < j && title.end == title.begin &&
            !IsOrgHead(word(j))) {
          ++k;
          place_prefixed = true;
          progress = true;
          continue;
        }
        // A stop word that heads organisation names starts one that ends in
        // such a word ("Police Conduct Authority"; not "Police said"), and
        // so does one right before such a word ("Security Service of X",
        // "Security Council"; not a demonym, "Iraqi Army", nor the article).
        // So does any stop word after a lower-case "the" in a name that
        // ends in such a word ("the Security Affairs Department", "the
        // Government Media Office"). Nor does a month that begins a name
        // the text uses as one ("the May Hatsina bus station";
        // IsMonthOfAName). Nor one that heads organisation names and starts
        // a name in sentence case ("Police nationale lakouane (PNL)").
        if ((kinds & (kStopWord | kDemonym)) != 0 &&
            !(k < j && IsOrgHead(word(k)) && (IsOrgHead(word(j)) || sentence_case)) &&
            !(k < j && (kinds & (kDemonym | kDateWord)) == 0 && tokens[k].begin >= 4 &&
              text.substr(tokens[k].begin - 4, 4) == "the " && IsOrgHead(word(j))) &&
            !(k < j && (kinds & kDemonym) == 0 && IsOrgHead(word(k + 1)) &&
              !absl::EqualsIgnoreCase(word(k), "the")) &&
            !(k < j && (kinds & kDateWord) != 0 &&
              IsMonthOfAName(text, {static_cast<int64_t>(tokens[k].begin),
                                    static_cast<int64_t>(tokens[k].end)}))) {
          ++k;
          // "Members of the X Front": the name starts after "of".
          if (k < j && (word(k) == "of" || word(k) == "for")) ++k;
          progress = true;
          continue;
        }
        // "District Governor", "Chief Public Prosecutor": the words before a
        // title that lengthen it are part of it.
        const size_t end = TitleEndAt(k, j);
        if (end == 0) continue;
        // "Ma" of "Ma Thandar Htay", not of "Ma Ying-jeou"; before one word,
        // when the text also writes that word without it ("Ma Thandarhtay"
        // and "Thandarhtay").
        if (end == k + 1 && Is(word(k), kNameHonorific) &&
            (end > j || (end == j && !WrittenWithout(text, word(k), word(end))))) {
          continue;
        }
        if (title.end == title.begin) title_word = k;
        title = {static_cast<int64_t>(tokens[title_word].begin), TitleEndByte(end)};
        k = end;
        progress = true;
      }
      // A title inside the capitals, after words that say whose title it is
      // ("Mai Hatsina Mayor Ato Kahsay Weldu", "Kabul Police Chief X"):
      // those words and the title are the title, the name is what follows,
      // unless the capitals end as an institution's or a place's name does
      // ("Massachusetts General Hospital").
      if (title.end == title.begin && k + 1 < j && !IsOrgHead(word(j)) &&
          !Is(word(j), kPlaceHead)) {
        for (size_t m = k + 1; m < j; ++m) {
          size_t end = TitleEndAt(m, j - 1);
          if (end == 0 || word(m - 1) == "of" || word(m - 1) == "for") continue;
          // More titles after it: "Mayor Ato".
          for (size_t more; end < j && (more = TitleEndAt(end, j - 1)) != 0;) end = more;
          title_word = k;
          title = {static_cast<int64_t>(tokens[k].begin), TitleEndByte(end)};
          k = end;
          break;
        }
      }
      // "District Judge Ram Jha of the Kelmar District Court" without its
      // article: a person, named after a title, of an institution, whose
      // name is one of its own.
      if (title.end > title.begin && k < j && IsOrgHead(word(j))) {
        for (size_t m = k + 1; m + 1 < j; ++m) {
          if (word(m) == "of") {
            j = m - 1;
            break;
          }
        }
      }
      while (j >= k && j > i && (word(j) == "of" || word(j) == "for")) --j;
      // "Idrees Bhai": the form of respect after the name is no part of it.
      const size_t before_honorific = j;
      while (j > k && Is(word(j), kHonorificAfter)) --j;
      TextRange honorific;
      if (j < before_honorific) {
        honorific = {static_cast<int64_t>(tokens[j + 1].begin),
                     static_cast<int64_t>(tokens[before_honorific].end)};
      }
      if (k > j || !Capitalised(word(k)) || (k == j && Is(word(k), kParticle))) {
        i = j + 1;
        continue;
      }
      // The acronym in brackets right after the name ("Full Name (ACR)"),
      // or empty.
      const absl::string_view acronym_after = acronym_after_word(j);
      // Stop words before the name that its acronym spells too are part of
      // it ("the Security Affairs Unit (SAU)"); not an article.
      if (!acronym_after.empty() && title.end == title.begin && k > i) {
        const std::string letters = LettersOf(acronym_after);
        std::string initials = initials_of(k, j);
        for (size_t m = k; m-- > i;) {
          const absl::string_view w = word(m);
          if (!Capitalised(w) || w == "The" || w == "A" || w == "An") break;
          initials.insert(initials.begin(), w[0]);
          if (initials.size() > letters.size()) break;
          if (initials == letters) {
            k = m;
            break;
          }
        }
      }
      Raw raw;
      raw.range = {static_cast<int64_t>(tokens[k].begin),
                   static_cast<int64_t>(tokens[j].end)};
      raw.title = title;
      raw.honorific = honorific;
      // "Aandhi-ji": a form of respect joined to the last word.
      if (honorific.end == honorific.begin) {
        const absl::string_view last = word(j);
        for (const std::string& suffix : honorific_suffixes_) {
          if (last.size() > suffix.size() + 1 && absl::EndsWithIgnoreCase(last, suffix)) {
            raw.range.end -= static_cast<int64_t>(suffix.size());
            raw.honorific = {raw.range.end, raw.range.end + static_cast<int64_t>(suffix.size())};
            break;
          }
        }
      }
      raw.first_word = k;
      raw.end_word = j + 1;
      absl::string_view name =
          text.substr(raw.range.begin, raw.range.end - raw.range.begin);
      // "Full Name (ACR)".
      if (!acronym_after.empty() && raw.word_count() >= 2) {
        const int64_t at = acronym_after.data() - text.data();
        raw.acronym = {at, at + static_cast<int64_t>(acronym_after.size())};
      }
      raw.place_key = PlaceKeyOf(name);
      if (raw.place_key == nullptr && raw.range.begin > 0) {
        // A direction word before the name: "western Iraq".
        size_t b = raw.range.begin - 1;
        while (b > 0 && absl::ascii_isalpha(text[b - 1])) --b;
        if (b + 1 < static_cast<size_t>(raw.range.begin)) {
          absl::string_view dir = text.substr(b, raw.range.begin - 1 - b);
          if (absl::EndsWith(dir, "ern") || dir == "central") {
            const std::string* key = PlaceKeyOf(text.substr(b, raw.range.end - b));
            if (key != nullptr) {
              raw.place_key = key;
              raw.range.begin = b;
            }
          }
        }
      }
      // Whether the last word heads organisation names, looked up at most
      // once (the place test and the organisation test below both ask).
      int last_org_head = -1;  // -1: not looked up yet.
      auto last_is_org_head = [&] {
        if (last_org_head < 0) last_org_head = IsOrgHead(word(raw.end_word - 1));
        return last_org_head == 1;
      };
      if (raw.place_key == nullptr && raw.word_count() > 1 && !last_is_org_head() &&
          !Is(word(raw.end_word - 2), kSurnameParticle)) {
        // A known place after words that qualify places ("Greater Cairo",
        // "Downtown Beirut") or after a name that a prefix makes a modifier
        // ("post-Saddam Hussein Iraq", "pro-Assad Syria"): the place alone.
        // Not a person whose surname is a place's name ("Ana Lima", "Judge
        // Sofia Jordan"), nor one after a particle ("Youssef Ben Amara").
        // `after_prefix`: `at` follows a lower-case prefix's hyphen.
        auto after_prefix = [&](int64_t at) {
          return at >= 2 && text[at - 1] == '-' && absl::ascii_islower(text[at - 2]);
        };
        const int64_t b = raw.range.begin;
        const absl::string_view before = WordBefore(text, b);
        const bool prefixed =
            after_prefix(b) ||
            (!before.empty() && absl::ascii_isupper(before[0]) &&
             after_prefix(before.data() - text.data()));
        bool qualified = true;
        for (size_t w = raw.first_word; w + 1 < raw.end_word && qualified && !prefixed; ++w) {
          qualified = Is(word(w), kPlaceModifier);
        }
        const std::string* key = qualified ? PlaceKeyOf(word(raw.end_word - 1)) : nullptr;
        if (key != nullptr) {
          raw.place_key = key;
          raw.range.begin = tokens[raw.end_word - 1].begin;
          raw.first_word = raw.end_word - 1;
        }
      }
      if (raw.place_key == nullptr) {
        const absl::string_view before = WordBefore(text, raw.range.begin);
        const size_t after_name = raw.range.end;
        if (place_prefixed ||
            (before == "of" && place_nouns_.ContainsOrPluralOf(
                                   WordBefore(text, raw.range.begin - before.size() - 1))) ||
            IsAfterPlaceApposition(text, raw.range.begin, raw.range.end)) {
          raw.place_cue = Raw::kPlaceNoun;
        } else if (IsBeforePlaceNoun(text, after_name, text.size()) ||
                   (!tokens[j].possessive && title.end == title.begin &&
                    VenueAfter(text, after_name, text.size()) >= 0)) {
          // "the Essafa district", "Hay El Amal neighbourhood", "the X
          // police station", "a X magistrate's court".
          raw.place_cue = Raw::kPlaceNounAfter;
        } else if (IsBeforePlaceApposition(text, after_name)) {
          raw.place_cue = Raw::kApposition;
        } else if ((raw.word_count() > 1 && !last_is_org_head() &&
                    (Is(word(raw.end_word - 1), kPlaceHead) ||
                     Is(word(raw.first_word), kPlaceOpener))) ||
                   (raw.word_count() == 1 && WithoutPlaceSuffix(name).size() < name.size())) {
          raw.place_cue = Raw::kPlaceHead;
        } else if ((raw.range.begin == 0 || text[raw.range.begin - 1] == '\n') &&
                   AllCapitals(name) && after_name + 1 < text.size() &&
                   (text[after_name] == ',' ||
                    (text[after_name] == ' ' && text[after_name + 1] == '('))) {
          raw.place_cue = Raw::kDateline;
        } else if (IsLocativeWord(before) && title.end == title.begin &&
                   !tokens[j].possessive && !IsWorkplaceAt(text, raw.range.begin) &&
                   !(before == "in" && languages_.Contains(name)) &&
                   // Not a numbered part of something ("at Branch 1 of the
                   // court", "in Ward 7").
                   !(after_name + 1 < text.size() && text[after_name] == ' ' &&
                     absl::ascii_isdigit(static_cast<unsigned char>(text[after_name + 1])))) {
          raw.place_cue = Raw::kLocative;
        }
      }
      if (raw.place_key != nullptr) {
        raw.type = LOCATION;
      } else {
        bool org = IsAcronym(name) && raw.word_count() == 1;
        for (size_t w = raw.first_word; w < raw.end_word && !org; ++w) {
          org = w + 1 == raw.end_word ? last_is_org_head() : IsOrgHead(word(w));
        }
        const bool has_title = title.end > title.begin;
        if (org && has_title) {
          // An institution named after a titled person ("King Fahd
          // Hospital", "Father Flanagan Foundation"): the title is part of
          // its name.
          raw.range.begin = title.begin;
          raw.first_word = title_word;
          raw.title = TextRange();
        }
        if (raw.acronym.end > raw.acronym.begin) org = org || !has_title;
        // ", a militant group banned in 2019".
        org = org || (!has_title && IsBeforeGroupApposition(text, raw.range.end));
        // "the gang X", "X gunmen" (not "Iranian-backed militias").
        raw.named_as_group = !has_title && raw.word_count() >= 2 &&
                             IsNamedAsGroup(text, raw.range.begin, raw.range.end);
        org = org || raw.named_as_group;
        // An acronym before a name, in a name not all in capitals: a body
        // and where it is or what it serves ("RSUD Pamekar", "BBC Persian"),
        // no one's name.
        org = org || (raw.word_count() >= 2 && !has_title &&
                      IsLetterAcronym(word(raw.first_word)) && !AllCapitals(name));
        if (org) {
          raw.type = ORGANIZATION;
        } else if (raw.word_count() >= 2 || has_title || InCountedNameList(text, raw.range) ||
                   IsBeforePersonApposition(text, raw.range.end) ||
                   IsAfterPersonRole(text, raw.range.begin) ||
                   FollowsNicknameCue(text, raw.range.begin) ||
                   FollowsKnownAs(text, raw.range.begin)) {
          raw.type = PERSON;
        }
      }
      const bool law = raw.place_key == nullptr && raw.word_count() > 1 &&
                       Is(word(raw.end_word - 1), kLawHead);
      if (law && raw.acronym.end > raw.acronym.begin) {
        law_acronyms.insert(
            text.substr(raw.acronym.begin, raw.acronym.end - raw.acronym.begin));
      }
      const bool law_acronym =
          raw.word_count() == 1 &&
          law_acronyms.contains(text.substr(raw.range.begin, raw.range.end - raw.range.begin));
      if (!law && !law_acronym && !IsDatelineCredit(text, raw.range)) raws.push_back(raw);
      i = j + 1;
    }
  }

  // A name of two or more words the text calls an armed group once ("the
  // gang X", "X gunmen") is that group wherever it stands without a title.
  if (std::any_of(raws.begin(), raws.end(), [](const Raw& r) { return r.named_as_group; })) {
    absl::flat_hash_set<absl::string_view> groups;
    for (const Raw& raw : raws) {
      if (raw.named_as_group) {
        groups.insert(text.substr(raw.range.begin, raw.range.end - raw.range.begin));
      }
    }
    for (Raw& raw : raws) {
      if (raw.type == PERSON && raw.title.end == raw.title.begin &&
          groups.contains(text.substr(raw.range.begin, raw.range.end - raw.range.begin))) {
        raw.type = ORGANIZATION;
      }
    }
  }

  EntityResult result;
  result.clusters.reserve(raws.size());  // Each name found opens at most one.
  absl::flat_hash_map<absl::string_view, int> by_place, by_acronym;
  absl::flat_hash_map<std::string, int> by_name, by_local_place;
  // The person clusters of each surname, in order of creation, and the
  // folded given name of each cluster opened by a full name (pass 1): people
  // of one surname with different given names ("Adama Coulibaly", "Aisha
  // Coulibaly") are different people.
  absl::flat_hash_map<std::string, std::vector<int>> by_surname;
  std::vector<std::string> given_name_of(raws.size());  // By cluster.
  // Whether that given name, as written, is hyphenated parts that each
  // begin with a capital ("Amir-Hossein", "Ali-Asghar"), by cluster.
  std::vector<bool> given_is_compound_name(raws.size(), false);
  std::string given;  // Scratch for FoldForMatchingInto.
  std::string folded;  // Scratch for FoldForMatchingInto.
  std::string folded_name;  // A person's name folded, in pass 1.
  MarkLocalPlaces(text, &raws, &folded);
  std::vector<int> cluster_of(raws.size(), -1);
  // The person named in full with a title (pass 1) of each folded "title
  // word" for the words after the given name ("sergeant quispe" of
  // "Sergeant Edwin Quispe Ari"), -1 when several: "Sergeant Quispe" alone
  // is that person, though "Quispe" is another's surname.
  absl::flat_hash_map<std::string, int> by_titled_word;
  // The last two or more words of the full names of people (pass 1), after
  // at least one word ("ortega vidal" of "Luis Ortega Vidal"): their person,
  // -1 when several people's names end in them.
  absl::flat_hash_map<std::string, int> by_trailing_words;
  // The first two or more words of a person's name, ending in a capitalised
  // word, with a word after them: compound given names ("Fabio Henrique" of
  // "Fabio Henrique Nogueira Prates", "Maria das Dores" of "Maria das Dores
  // Conceicao"), -1 when two people have them.
  absl::flat_hash_map<std::string, int> by_leading_words;
  // Full-name mentions of each person cluster (pass 1), by cluster.
  std::vector<int> full_mentions(raws.size(), 0);
  // Person clusters named as someone's kin (NamedAsKin), by cluster.
  std::vector<bool> kin(raws.size(), false);
  auto add_alias = [&](int c, absl::string_view surface) {
    EntityCluster& cl = result.clusters[c];
    if (std::find_if(cl.aliases.begin(), cl.aliases.end(), [&](const std::string& a) {
          return a == surface;
        }) != cl.aliases.end()) {
      // Seen before: the canonical form only ever moved to forms that beat
      // it, so it beats this one too.
      return;
    }
    cl.aliases.emplace_back(surface);
    size_t words_new = std::count(surface.begin(), surface.end(), ' ');
    size_t words_old = std::count(cl.canonical.begin(), cl.canonical.end(), ' ');
    if (cl.canonical.empty() || words_new > words_old ||
        (words_new == words_old && surface.size() > cl.canonical.size() &&
         cl.type != PERSON) ||
        // A dateline's "TAMSK" gives way to "Tamsk".
        (cl.type == LOCATION && words_new == words_old && AllCapitals(cl.canonical) &&
         !AllCapitals(surface))) {
      cl.canonical.assign(surface.data(), surface.size());
    }
  };
  auto new_cluster = [&](EntityType type) {
    result.clusters.emplace_back();
    result.clusters.back().type = type;
    return static_cast<int>(result.clusters.size() - 1);
  };
  auto substr = [&](TextRange r) {  // Ranges of raws lie inside `text`.
    return absl::string_view(text.data() + r.begin, r.end - r.begin);
  };
  // The first word of a person name's surname: the last word and the
  // particles before it ("Ben Amara" of "Youssef Ben Amara"). A name that is
  // all surname ("Ben Amara") is no full name: it binds in pass 2 as a
  // surname does.
  auto surname_begin = [&](const Raw& raw) {
    size_t b = raw.end_word - 1;
    while (b > raw.first_word && Is(word(b - 1), kSurnameParticle)) --b;
    return b;
  };
  auto surname_only = [&](const Raw& raw) {
    return raw.word_count() >= 2 && Is(word(raw.first_word), kSurnameParticle) &&
           surname_begin(raw) == raw.first_word;
  };
  // Whether a person's name is an East Asian one in its own order, family
  // name first: two words, the second a hyphenated given name ("Kim
  // Bong-nam"; IsHyphenatedGivenName).
  auto family_name_first = [&](const Raw& raw) {
    return raw.word_count() == 2 && IsHyphenatedGivenName(word(raw.end_word - 1)) &&
           !IsHyphenatedGivenName(word(raw.first_word));
  };
  // Pass 1: places and multi-word names.
  std::string unquoted;  // A person's name without its nickname in quotes.
  for (size_t r = 0; r < raws.size(); ++r) {
    Raw& raw = raws[r];
    absl::string_view surface = substr(raw.range);
    const absl::string_view nickname =
        raw.type == PERSON ? WithoutNickname(surface, &unquoted) : absl::string_view();
    if (!nickname.empty()) surface = unquoted;
    const bool has_acronym = raw.acronym.end > raw.acronym.begin;
    int c = -1;
    if (raw.local_place) {
      auto [it, added] =
          by_local_place.try_emplace(LocalPlaceKey(WithoutPlaceSuffix(surface)), -1);
      if (added) {
        it->second = new_cluster(LOCATION);
        result.clusters[it->second].place_key = it->first;
      }
      c = it->second;
    } else if (raw.type == LOCATION) {
      auto [it, added] = by_place.emplace(*raw.place_key, 0);
      if (added) {
        c = new_cluster(LOCATION);
        result.clusters[c].place_key = *raw.place_key;
        it->second = c;
      } else {
        c = it->second;
      }
    } else if (raw.type == ORGANIZATION && (raw.word_count() >= 2 || has_acronym)) {
      FoldForMatchingInto(surface, &folded);
      auto [it, added] = by_name.try_emplace(folded, -1);
      if (added) it->second = new_cluster(ORGANIZATION);
      c = it->second;
    } else if (raw.type == PERSON && raw.word_count() >= 2 && !surname_only(raw)) {
      // The words after the given name of a person named before ("Ortega
      // Vidal" of "Luis Ortega Vidal") are that person.
      FoldForMatchingInto(surface, &folded_name);
      if (auto it = by_trailing_words.find(folded_name); it != by_trailing_words.end()) {
        c = it->second;
      }
      if (auto it = by_leading_words.find(folded_name); c < 0 && it != by_leading_words.end()) {
        c = it->second;
      }
      const bool family_first = family_name_first(raw);
      FoldForMatchingInto(word(family_first ? raw.first_word : raw.end_word - 1), &folded);
      FoldForMatchingInto(word(family_first ? raw.end_word - 1 : raw.first_word), &given);
      std::vector<int>& same_surname = by_surname[WithoutArticle(folded)];
      for (size_t k = 0; c < 0 && k < same_surname.size(); ++k) {
        if (SameGivenName(given_name_of[same_surname[k]], given)) c = same_surname[k];
      }
      if (c < 0) {
        c = new_cluster(PERSON);
        same_surname.push_back(c);
        given_name_of[c] = given;
        given_is_compound_name[c] = IsCompoundName(word(raw.first_word));
        // A surname with particles is known by them too ("Ben Amara").
        if (const size_t b = surname_begin(raw); b + 1 < raw.end_word) {
          FoldForMatchingInto(substr({static_cast<int64_t>(tokens[b].begin), raw.range.end}),
                              &folded);
          by_surname[folded].push_back(c);
        }
      }
      by_name[folded_name] = c;
      // Its last two or more words, when the name has a word before them.
      for (size_t w = raw.first_word + 1; w + 2 <= raw.end_word; ++w) {
        if (Is(word(w - 1), kSurnameParticle) || !Capitalised(word(w))) continue;
        FoldForMatchingInto(substr({static_cast<int64_t>(tokens[w].begin), raw.range.end}),
                            &folded);
        auto [it, added] = by_trailing_words.try_emplace(folded, c);
        if (!added && it->second != c) it->second = -1;
      }
      for (size_t w = raw.first_word + 2; w < raw.end_word; ++w) {
        if (Is(word(w - 1), kParticle) || !Capitalised(word(w - 1))) continue;
        FoldForMatchingInto(substr({raw.range.begin, static_cast<int64_t>(tokens[w - 1].end)}),
                            &folded);
        auto [it, added] = by_leading_words.try_emplace(folded, c);
        if (!added && it->second != c) it->second = -1;
      }
    } else {
      continue;
    }
    if (raw.type == PERSON) {
      ++full_mentions[c];
      if (!kin[c]) kin[c] = NamedAsKin(text, raw.range, raw.title);
      if (raw.title.end > raw.title.begin) {
        FoldForMatchingInto(substr(raw.title), &given);
        // The family name of a name written family name first is its first
        // word ("Mr Kim" of "Kim Bong-nam").
        for (size_t w = raw.first_word + (family_name_first(raw) ? 0 : 1); w < raw.end_word; ++w) {
          if (Is(word(w), kParticle) || !Capitalised(word(w))) continue;
          FoldForMatchingInto(word(w), &folded);
          auto [it, added] = by_titled_word.try_emplace(absl::StrCat(given, " ", folded), c);
          if (!added && it->second != c) it->second = -1;
        }
      }
    }
    if (has_acronym) {
      result.clusters[c].acronym = std::string(substr(raw.acronym));
      by_acronym[substr(raw.acronym)] = c;
    }
    cluster_of[r] = c;
    add_alias(c, surface);
    if (!nickname.empty()) {
      // "Ohm" alone, later, is Kritsada "Ohm" Rungruangwong.
      add_alias(c, nickname);
      FoldForMatchingInto(nickname, &folded);
      by_name.try_emplace(folded, c);
    }
  }
  // Inner words of multi-word person names ("Jimenez" of "Manuel Jimenez
  // Gonzalez", a first surname used alone), spelled the same, when only one
  // person of the document has them. Not a word after a particle ("Mahdi"
  // of "Abu Mahdi al-Muhandis" is part of "Abu Mahdi").
  absl::flat_hash_map<std::string, int> by_inner;
  for (size_t r = 0; r < raws.size(); ++r) {
    const Raw& raw = raws[r];
    if (cluster_of[r] < 0 || raw.type != PERSON || raw.word_count() < 3) continue;
    for (size_t w = raw.first_word + 1; w + 1 < raw.end_word; ++w) {
      if (Is(word(w), kParticle) || Is(word(w - 1), kParticle) || !Capitalised(word(w))) {
        continue;
      }
      FoldForMatchingInto(word(w), &folded);
      auto [it, added] = by_inner.try_emplace(folded, cluster_of[r]);
      if (!added && it->second != cluster_of[r]) it->second = -1;
    }
  }
  // Given names of the people named in full ("Youssef" of "Youssef Ben
  // Amara"), when only one person of the document has that given name and
  // no organisation or place of it begins with that word ("Shapla" of
  // "Shapla Knitwear" and "Shapla Group"): -1 otherwise; not initials.
  absl::flat_hash_map<std::string, int> by_given;
  for (size_t c = 0; c < result.clusters.size(); ++c) {
    const std::string& g = given_name_of[c];
    // Not a word with a hyphen ("Iranian-backed" of a misread phrase),
    // unless each of its parts is capitalised ("Amir-Hossein").
    if (result.clusters[c].type != PERSON || g.size() < 3 || g.back() == '.' ||
        (g.find('-') != std::string::npos && !given_is_compound_name[c])) {
      continue;
    }
    auto [it, added] = by_given.try_emplace(g, static_cast<int>(c));
    if (!added && it->second != static_cast<int>(c)) it->second = -1;
  }
  // The first words of groups and places named with two or more words.
  absl::flat_hash_set<std::string> given_of_non_person;
  for (size_t r = 0; r < raws.size() && !by_given.empty(); ++r) {
    if (cluster_of[r] < 0 || raws[r].word_count() < 2 ||
        result.clusters[cluster_of[r]].type == PERSON) {
      continue;
    }
    FoldForMatchingInto(word(raws[r].first_word), &given);
    if (auto it = by_given.find(given); it != by_given.end()) {
      it->second = -1;
      given_of_non_person.insert(given);
    }
  }
  // The person whose given name is `name`, named in full last before raw
  // `r`, of those never named with a title of office or rank (a writer
  // calls "Colonel Sergei Ryabov" by his given name alone no more than
  // "Sergei Moroz" by "Colonel"; "Mr Kyaw Zin Htet" may be "Kyaw"); -1 when
  // none is.
  auto PersonNamedLastBefore = [&](size_t r, const std::string& name) {
    auto courtesy = [&](size_t q) {
      absl::string_view title = substr(raws[q].title);
      absl::ConsumeSuffix(&title, ".");
      return title.empty() || title == "Mr" || title == "Mrs" || title == "Ms" ||
             title == "Miss";
    };
    absl::flat_hash_set<int> ranked;
    for (size_t q = 0; q < raws.size(); ++q) {
      if (cluster_of[q] >= 0 && !courtesy(q)) ranked.insert(cluster_of[q]);
    }
    // The last such mention, and the last of another such person: in one
    // sentence ("Karim Sassi and Karim Nasri left"), neither is the last.
    int found = -1;
    int64_t found_at = -1, other_at = -1;
    for (size_t q = 0; q < r; ++q) {
      const int k = cluster_of[q];
      if (k >= 0 && raws[q].word_count() >= 2 && result.clusters[k].type == PERSON &&
          given_name_of[k] == name && !ranked.contains(k)) {
        if (found >= 0 && k != found) other_at = found_at;
        found = k;
        found_at = raws[q].range.begin;
      }
    }
    if (found >= 0 && other_at >= 0 &&
        text.substr(other_at, found_at - other_at).find_first_of(".!?") ==
            absl::string_view::npos) {
      return -1;
    }
    return found;
  };
  // The person a given name alone names: the one person named in full with
  // it, else, when several are and no group or place begins with it, the
  // one named last before raw `r` (PersonNamedLastBefore); -1 when none.
  auto PersonOfGivenName = [&](size_t r, const std::string& name) {
    auto it = by_given.find(name);
    if (it == by_given.end()) return -1;
    if (it->second >= 0) return it->second;
    return given_of_non_person.contains(name) ? -1 : PersonNamedLastBefore(r, name);
  };
  // Pass 2: single words bind to acronyms, surnames and given names.
  for (size_t r = 0; r < raws.size(); ++r) {
    if (cluster_of[r] >= 0) continue;
    Raw& raw = raws[r];
    absl::string_view surface = substr(raw.range);
    int c = -1;
    if (auto it = by_acronym.find(surface); it != by_acronym.end()) {
      c = it->second;
      cluster_of[r] = c;
      add_alias(c, surface);
      continue;
    }
    if (raw.word_count() == 1 && raw.title.end > raw.title.begin && !by_titled_word.empty()) {
      FoldForMatchingInto(substr(raw.title), &given);
      FoldForMatchingInto(surface, &folded);
      if (auto it = by_titled_word.find(absl::StrCat(given, " ", folded));
          it != by_titled_word.end() && it->second >= 0) {
        cluster_of[r] = it->second;
        add_alias(it->second, surface);
        continue;
      }
    }
    FoldForMatchingInto(surface, &folded);
    const absl::string_view surname = WithoutArticle(folded);
    if (auto it2 = by_surname.find(surname); it2 != by_surname.end() && !it2->second.empty()) {
      // Of several people of this surname, those not named as another's
      // kin ("his cousin X": the surname alone is the story's own person);
      // of those, the ones the writer names in full least often: a full
      // name said again is said to tell that person apart from the one the
      // surname alone stands for. Of those, the one named last before it
      // ("Diallo, who denied the charges" after "Cheikh Ousmane Diallo"),
      // else the first named.
      const bool any_not_kin = absl::c_any_of(it2->second, [&](int k) { return !kin[k]; });
      auto candidate = [&](int k) { return !any_not_kin || !kin[k]; };
      int fewest = std::numeric_limits<int>::max();
      for (int k : it2->second) {
        if (candidate(k)) fewest = std::min(fewest, full_mentions[k]);
      }
      c = -1;
      for (int k : it2->second) {
        if (candidate(k) && full_mentions[k] == fewest) {
          c = k;
          break;
        }
      }
      int64_t last_before = -1;
      for (size_t q = 0; it2->second.size() > 1 && q < raws.size() &&
                         raws[q].range.begin < raw.range.begin;
           ++q) {
        if (cluster_of[q] >= 0 && raws[q].range.begin > last_before &&
            candidate(cluster_of[q]) && full_mentions[cluster_of[q]] == fewest &&
            absl::c_linear_search(it2->second, cluster_of[q])) {
          c = cluster_of[q];
          last_before = raws[q].range.begin;
        }
      }
      // The given name of another person named in full ("Tsegay
      // Gebremeskel" and his father "Gebremeskel Hadgu"): of the two, the
      // one named last in full before it.
      if (auto given_of = by_given.find(folded);
          c >= 0 && raw.word_count() == 1 && given_of != by_given.end() &&
          given_of->second >= 0 && given_of->second != c) {
        int64_t last_surname = -1, last_given = -1;
        for (size_t q = 0; q < raws.size() && raws[q].range.begin < raw.range.begin; ++q) {
          if (raws[q].word_count() < 2) continue;
          if (cluster_of[q] == c) last_surname = raws[q].range.begin;
          if (cluster_of[q] == given_of->second) last_given = raws[q].range.begin;
        }
        if (last_given > last_surname) c = given_of->second;
      }
    } else if (auto it3 = by_name.find(folded); it3 != by_name.end()) {
      c = it3->second;
    } else if (auto it4 = by_inner.find(folded);
               raw.word_count() == 1 && it4 != by_inner.end() && it4->second >= 0 &&
               !GivenNameOfAnother(by_given, folded, it4->second)) {
      // Not when another person named in full has it as a given name
      // ("Kyaw" beside "Aung Kyaw Oo" and "Kyaw Zin Htet"): whose it is,
      // the word alone does not tell.
      c = it4->second;
    } else if (const int person = raw.word_count() == 1 ? PersonOfGivenName(r, folded) : -1;
               person >= 0) {
      // "Youssef" alone, after "Youssef Ben Amara": how features name the
      // young and the family.
      c = person;
    } else if (raw.type == PERSON || raw.type == ORGANIZATION) {
      c = new_cluster(raw.type);
      if (raw.type == PERSON) by_surname[surname].push_back(c);
      if (raw.type == PERSON && raw.word_count() >= 2) {
        // "Ben Smith", "Ben Amara": a given name or a particle; "Smith" and
        // "Amara" alone name the same person.
        FoldForMatchingInto(word(raw.end_word - 1), &given);
        by_surname[WithoutArticle(given)].push_back(c);
      }
      by_name[folded] = c;
    } else {
      continue;
    }
    cluster_of[r] = c;
    add_alias(c, surface);
  }
  result.mentions.reserve(raws.size());
  for (size_t r = 0; r < raws.size(); ++r) {
    if (cluster_of[r] < 0) continue;
    EntityMentionSpan& m = result.mentions.emplace_back();
    m.range = raws[r].range;
    if (raws[r].title.end > raws[r].title.begin) m.title = std::string(substr(raws[r].title));
    if (raws[r].honorific.end > raws[r].honorific.begin) {
      m.honorific = std::string(substr(raws[r].honorific));
    }
    m.cluster = cluster_of[r];
  }
  // Raws come in text order, so the mentions usually are sorted already;
  // sorting them anyway would move every one (and its title) once.
  auto by_begin = [](const EntityMentionSpan& a, const EntityMentionSpan& b) {
    return a.range.begin < b.range.begin;
  };
  if (!std::is_sorted(result.mentions.begin(), result.mentions.end(), by_begin)) {
    std::sort(result.mentions.begin(), result.mentions.end(), by_begin);
  }
  JoinBracketedPlaceNames(text, &result);
  FindPlaceContainment(text, &result);
  return result;
}

int64_t EntityExtractor::VenueAfter(absl::string_view text, int64_t end,
                                    int64_t limit) const {
  return NounAfter(text, end, limit, venue_nouns_);
}

int64_t EntityExtractor::BuildingAfter(absl::string_view text, int64_t end,
                                       int64_t limit) const {
  return NounAfter(text, end, limit, building_nouns_);
}

int64_t EntityExtractor::NounAfter(absl::string_view text, int64_t end, int64_t limit,
                                   const WordIndex& nouns) const {
  text = text.substr(0, limit);
  // The venue noun is a whole word: "X hospital-bed" is no hospital.
  auto venue_end = [&](absl::string_view w) -> int64_t {
    const int64_t after = (w.data() - text.data()) + w.size();
    return !w.empty() && (after >= limit || text[after] != '-') && nouns.Contains(w)
               ? after
               : -1;
  };
  if (end + 1 < limit && text[end] == '\'' && text[end + 1] == 's') {
    int64_t pos = end + 2;
    std::string lower;
    for (int words = 0; words < 3; ++words) {
      if (pos >= limit || text[pos] != ' ') return -1;
      const int64_t b = ++pos;
      while (pos < limit && absl::ascii_isalpha(text[pos])) ++pos;
      if (pos == b) return -1;
      lower = absl::AsciiStrToLower(text.substr(b, pos - b));
      if ((pos >= limit || text[pos] != '-') && nouns.Contains(lower)) return pos;
    }
    return -1;
  }
  const absl::string_view first = LowerWordAfter(text, end);
  if (first.empty()) return -1;
  if (const int64_t e = venue_end(first); e >= 0) return e;
  // A word that qualifies the venue, not one that opens a phrase ("Outside
  // the courthouse").
  static constexpr absl::string_view kPhraseOpeners[] = {"the", "a", "an", "its", "his", "her",
                                                         "their", "our", "this", "that"};
  if (absl::c_linear_search(kPhraseOpeners, first)) return -1;
  int64_t next = (first.data() - text.data()) + first.size();
  if (next + 1 < limit && text[next] == '\'' && text[next + 1] == 's') next += 2;
  return venue_end(LowerWordAfter(text, next));
}

bool EntityExtractor::IsPlaceNoun(absl::string_view word) const {
  return place_nouns_.ContainsOrPluralOf(word);
}

bool EntityExtractor::IsBeforePlaceNoun(absl::string_view text, size_t end,
                                        size_t limit) const {
  text = text.substr(0, limit);
  size_t pos = end;
  for (int words = 0; words < 2; ++words) {
    const absl::string_view w = LowerWordAfter(text, pos);
    if (!IsPlaceNoun(w)) {
      if (words == 0) return false;
      break;
    }
    if (w == "capital" || w == "state") return false;
    pos = static_cast<size_t>(w.data() - text.data()) + w.size();
  }
  return !absl::StartsWith(text.substr(pos), " of ");
}

bool EntityExtractor::InCountedNameList(absl::string_view text, TextRange name) const {
  if (counted_name_list_ == nullptr) return false;
  // The list's words come right before or after the name.
  const absl::string_view before = text.substr(0, name.begin);
  const absl::string_view after = text.substr(name.end);
  if (!absl::EndsWith(before, ", ") && !absl::EndsWith(before, " and ") &&
      !absl::StartsWith(after, ", ") && !absl::StartsWith(after, " and ")) {
    return false;
  }
  const int64_t from = std::max<int64_t>(0, name.begin - 160);
  const int64_t to = std::min<int64_t>(static_cast<int64_t>(text.size()), name.end + 80);
  const absl::string_view around = text.substr(from, to - from);
  // Most windows lack the list's words (the counted people): no search.
  if (!counted_name_guard_.MayMatch(around)) return false;
  re2::StringPiece window = ToPiece(around);
  // On ASCII text the Latin-1 program finds the same lists, with far fewer
  // automaton states (its classes are byte ranges, not UTF-8 sequences).
  const RE2& re = counted_name_list_ascii_ != nullptr && IsAscii(around)
                      ? *counted_name_list_ascii_
                      : *counted_name_list_;
  re2::StringPiece list;
  while (RE2::FindAndConsume(&window, re, &list)) {
    const int64_t b = list.data() - text.data();
    if (b <= name.begin && name.end <= b + static_cast<int64_t>(list.size())) return true;
  }
  return false;
}

bool EntityExtractor::IsBeforePlaceApposition(absl::string_view text, size_t end) const {
  return IsBeforeApposition(text, end, [this](absl::string_view w) { return IsPlaceNoun(w); });
}

bool EntityExtractor::IsAfterPlaceApposition(absl::string_view text, size_t begin,
                                             size_t end) const {
  if (begin < 3 || text[begin - 1] != ' ' || text[begin - 2] != ',') return false;
  // Not a speaker: "near the top of the hill, Moura said".
  static const RE2* const kSpeechAfter =
      new RE2("\\s+(?:said|says|say|told|tells|added|wrote|recalled|explained)\\b");
  re2::StringPiece after = ToPiece(text.substr(std::min(end, text.size())));
  if (RE2::Consume(&after, *kSpeechAfter)) return false;
  static const RE2* const kAfterNoun = new RE2(
      "(?:^|[^\\w])(?:in|at|near|from|to|outside|into|across)\\s+the\\s+"
      "(?:[a-z-]+\\s+)?([a-z]+),\\s$");
  const size_t from = begin > 80 ? begin - 80 : 0;
  re2::StringPiece noun;
  return RE2::PartialMatch(ToPiece(text.substr(from, begin - from)), *kAfterNoun, &noun) &&
         IsPlaceNoun(ToView(noun));
}

bool EntityExtractor::IsBeforeGroupApposition(absl::string_view text, size_t end) const {
  return IsBeforeApposition(
      text, end, [this](absl::string_view w) { return group_nouns_.ContainsOrPluralOf(w); });
}

bool EntityExtractor::IsNamedAsGroup(absl::string_view text, size_t begin,
                                     size_t end) const {
  // Only armed groups: "the party X founded" is X's party.
  static const RE2* const kArmedGroup = new RE2("(?:gang|militia|cartel|faction)s?");
  const absl::string_view noun = WordBefore(text, begin);
  if (!noun.empty() && RE2::FullMatch(ToPiece(noun), *kArmedGroup) &&
      absl::EqualsIgnoreCase(WordBefore(text, noun.data() - text.data()), "the")) {
    return true;
  }
  // "a coalition known as X", "the gang called X": any group noun.
  static const RE2* const kGroupKnownAs = new RE2(
      "\\b([a-z]+)\\s+(?:(?:also|better|widely|locally)\\s+)?(?:known\\s+as|called|named|"
      "dubbed)\\s+(?:the\\s+)?[\"\\x{201C}\\x{AB}]?\\s*$");
  const size_t from = begin > 60 ? begin - 60 : 0;
  re2::StringPiece known_noun;
  if (RE2::PartialMatch(ToPiece(text.substr(from, begin - from)), *kGroupKnownAs, &known_noun) &&
      group_nouns_.ContainsOrPluralOf(ToView(known_noun))) {
    return true;
  }
  static const RE2* const kArmedMenAfter =
      new RE2("^ (?:gangs?|militias?|cartels?|gunm[ae]n|fighters|militiam[ae]n)\\b");
  return end < text.size() &&
         RE2::PartialMatch(ToPiece(text.substr(end, std::min<size_t>(16, text.size() - end))),
                           *kArmedMenAfter);
}

bool EntityExtractor::IsWorkplaceAt(absl::string_view text, size_t name_begin) const {
  absl::string_view word = WordBefore(text, name_begin);
  if (!absl::EqualsIgnoreCase(word, "at")) return false;
  for (int n = 0; n < 6; ++n) {
    word = WordBefore(text, word.data() - text.data());
    if (word.empty()) return false;
    if (workplace_words_.Contains(word)) return true;
  }
  return false;
}

bool EntityExtractor::FollowsNicknameCue(absl::string_view text, size_t begin) {
  static const RE2* const kCue = new RE2(
      "(?i)\\b(?:know|knew|call|calls|called|nicknamed)\\s+(?:him|her)\\s+(?:as\\s+)?$|"
      "\\bwhom\\s+(?:[\\w'-]+\\s+){1,5}?(?:know|knows|knew|call|calls|called)\\s+(?:as\\s+)?"
      "[\"\\x{201C}]?$|"
      // "is known by his nom de guerre, X", "writes under her pen name X".
      "\\b(?:by|under)\\s+(?:his|her)\\s+(?:nom\\s+de\\s+guerre|nom\\s+de\\s+plume|"
      "nickname|pseudonym|pen\\s+name|code\\s+name|war\\s+name|party\\s+name|alias),?\\s+"
      "[\"\\x{201C}]?$");
  const size_t from = begin > 60 ? begin - 60 : 0;
  return RE2::PartialMatch(ToPiece(text.substr(from, begin - from)), *kCue);
}

bool EntityExtractor::IsWorkerWord(absl::string_view w) const {
  return workplace_words_.Contains(w) && !absl::EndsWith(w, "ed") && !absl::EndsWith(w, "ing") &&
         !absl::EndsWith(w, "s") && w != "work" && w != "job" && w != "staff";
}

bool EntityExtractor::NamesAPerson(absl::string_view noun) const {
  return role_nouns_.Contains(noun) || kin_nouns_.Contains(noun) ||
         office_nouns_.Contains(noun) || IsWorkerWord(noun);
}

bool EntityExtractor::IsAfterPersonRole(absl::string_view text, size_t begin) const {
  const absl::string_view w = WordBefore(text, begin);
  if (w.empty()) return false;
  return role_nouns_.Contains(w) || office_nouns_.Contains(w) || IsWorkerWord(w);
}

bool EntityExtractor::IsBeforePersonApposition(absl::string_view text, size_t end) const {
  absl::string_view rest = text.substr(std::min(end, text.size()));
  // An aside in brackets may come first: "X (the spelling on his papers), a
  // student".
  if (absl::StartsWith(rest, " (")) {
    const size_t close = rest.find_first_of("()", 2);
    if (close == absl::string_view::npos || rest[close] != ')' || close > 160) return false;
    rest.remove_prefix(close + 1);
  }
  if (!absl::ConsumePrefix(&rest, ", ")) return false;
  // Takes the word (letters and apostrophes) that opens `rest`.
  auto take_word = [&rest] {
    size_t e = 0;
    while (e < rest.size() && (absl::ascii_isalpha(rest[e]) || rest[e] == '\'')) ++e;
    const absl::string_view word = rest.substr(0, e);
    rest.remove_prefix(e);
    return word;
  };
  // An age: ", 58,".
  size_t digits = 0;
  while (digits < rest.size() && digits < 4 && absl::ascii_isdigit(rest[digits])) ++digits;
  if (digits > 0 && digits <= 3 && digits < rest.size() && rest[digits] == ',') {
    int age = 0;
    for (size_t i = 0; i < digits; ++i) age = age * 10 + (rest[i] - '0');
    return age >= 1 && age < 120;
  }
  // An office, a role or work: ", the head of the union", ", a former
  // lecturer at X,", ", a 21-year-old civil engineering student".
  {
    absl::string_view r = rest;
    if (absl::ConsumePrefix(&r, "the ") || absl::ConsumePrefix(&r, "a ") ||
        absl::ConsumePrefix(&r, "an ")) {
      for (int words = 0; words < 4; ++words) {
        size_t e = 0;
        while (e < r.size() && e < 3 && absl::ascii_isdigit(r[e])) ++e;
        if (e > 0 && !absl::StartsWith(r.substr(e), "-year-old")) break;
        while (e < r.size() && (absl::ascii_islower(r[e]) || r[e] == '-')) ++e;
        if (e == 0) break;
        const absl::string_view noun = r.substr(0, e);
        const absl::string_view after = r.substr(e);
        if (NamesAPerson(noun)) {
          static constexpr absl::string_view kAfterNoun[] = {
              " of ", " at ", " for ", " from ", " in ", " with ", " who "};
          if (after.empty() || after[0] == ',' || after[0] == '.') return true;
          for (absl::string_view a : kAfterNoun) {
            if (absl::StartsWith(after, a)) return true;
          }
          // Else a noun before the head ("a veteran organiser", "a
          // student town").
        }
        r.remove_prefix(e);
        if (!absl::ConsumePrefix(&r, " ")) break;
      }
    }
  }
  // His, her, their, or a possessive ("the victim's", "Omar's").
  absl::string_view owner = take_word();
  if (owner == "the") {
    if (!absl::ConsumePrefix(&rest, " ")) return false;
    owner = take_word();
    if (!absl::EndsWith(owner, "'s")) return false;
  } else if (owner != "his" && owner != "her" && owner != "their" &&
             !absl::EndsWith(owner, "'s")) {
    return false;
  }
  if (!absl::ConsumePrefix(&rest, " ")) return false;
  const absl::string_view noun = take_word();
  if (!NamesAPerson(noun)) return false;
  // Not the role of the name after it: "... in X, his lawyer, Y, said".
  if (rest.size() > 2 && rest[0] == ',' && rest[1] == ' ' && absl::ascii_isupper(rest[2])) {
    return false;
  }
  return rest.empty() || rest[0] == ',' || rest[0] == '.' || absl::StartsWith(rest, " said") ||
         absl::StartsWith(rest, " says") || absl::StartsWith(rest, " told");
}

bool EntityExtractor::IsBeforeApposition(
    absl::string_view text, size_t end,
    absl::FunctionRef<bool(absl::string_view)> is_head) const {
  // Words that may follow the place noun of such an apposition: what
  // places it or tells of it, not a second noun ("a city councillor").
  static const auto* const kAfterNoun = new absl::flat_hash_set<absl::string_view>{
      "of", "in", "on", "near", "outside", "beyond", "across", "along", "at", "by", "from",
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
      "about", "some", "just", "close", "where", "that", "which", "whose", "with", "for",
      "known", "home", "long", "set", "built", "located", "situated", "famous", "and", "best",
      "above", "below", "overlooking", "beside", "behind"};
  absl::string_view rest = text.substr(std::min(end, text.size()));
  // An acronym in brackets may come first: "X (XYZ), a militant group".
  if (absl::StartsWith(rest, " (")) {
    const size_t close = rest.find(')');
    if (close == absl::string_view::npos || close > 12) return false;
    rest.remove_prefix(close + 1);
  }
  if (!absl::ConsumePrefix(&rest, ", a ") && !absl::ConsumePrefix(&rest, ", an ")) return false;
  for (int words = 0; words < 4; ++words) {
    size_t e = 0;
    while (e < rest.size() && (absl::ascii_islower(rest[e]) || rest[e] == '-')) ++e;
    if (e == 0 || (e < rest.size() && absl::ascii_isalnum(rest[e]))) return false;
    const absl::string_view word = rest.substr(0, e);
    rest.remove_prefix(e);
    if (!is_head(word)) {
      // A word that closes the noun phrase: the place noun after it is
      // not the apposition's head ("X, a mechanic from the capital").
      if (kAfterNoun->contains(word) || word == "the" || word == "to" || word == "who" ||
          !absl::ConsumePrefix(&rest, " ")) {
        return false;
      }
      continue;
    }
    if (rest.empty() || rest[0] == ',' || rest[0] == '.' || rest[0] == ';' || rest[0] == ')') {
      return true;
    }
    if (!absl::ConsumePrefix(&rest, " ")) return false;
    if (!rest.empty() && absl::ascii_isdigit(rest[0])) return true;  // "a town 80 km north"
    size_t n = 0;
    while (n < rest.size() && absl::ascii_islower(rest[n])) ++n;
    // What places or tells of it, or a participle ("a group banned in 2019").
    const absl::string_view next = rest.substr(0, n);
    return kAfterNoun->contains(next) || (next.size() > 4 && absl::EndsWith(next, "ed"));
  }
  return false;
}

void EntityExtractor::FindPlaceContainment(absl::string_view text,
                                           EntityResult* result) const {
  // " <noun> of " or " <noun> of the ": the noun, else empty.
  auto noun_of = [](absl::string_view gap) {
    if (!absl::ConsumePrefix(&gap, " ")) return absl::string_view();
    size_t e = 0;
    while (e < gap.size() && absl::ascii_islower(gap[e])) ++e;
    const absl::string_view rest = gap.substr(e);
    return rest == " of " || rest == " of the " ? gap.substr(0, e) : absl::string_view();
  };
  // Puts `inner` in the place of key `outer`, once.
  auto place_in = [](EntityCluster* inner, const std::string& outer) {
    if (std::find(inner->within.begin(), inner->within.end(), outer) == inner->within.end()) {
      inner->within.push_back(outer);
    }
  };
  const std::vector<EntityMentionSpan>& ms = result->mentions;
  for (size_t i = 0; i + 1 < ms.size(); ++i) {
    const EntityMentionSpan& a = ms[i];
    const EntityMentionSpan& b = ms[i + 1];
    if (a.cluster == b.cluster || b.range.begin - a.range.end > 30) continue;
    EntityCluster& ca = result->clusters[a.cluster];
    EntityCluster& cb = result->clusters[b.cluster];
    if (ca.type != LOCATION || cb.type != LOCATION || ca.place_key.empty() ||
        cb.place_key.empty() || ca.place_key == cb.place_key) {
      continue;
    }
    const absl::string_view gap = text.substr(a.range.end, b.range.begin - a.range.end);
    EntityCluster* inner = nullptr;
    const EntityCluster* outer = nullptr;
    if (gap == "'s " && IsPlaceNoun(LowerWordAfter(text, b.range.end))) {
      inner = &cb;
      outer = &ca;
    } else if (const absl::string_view noun = noun_of(gap); !noun.empty() && IsPlaceNoun(noun) &&
               IsLocalPlaceKey(ca.place_key) != IsLocalPlaceKey(cb.place_key)) {
      // "the Baghdad district of X" and "the X district of Baghdad" both
      // put X in Baghdad: which is inside the other is told only by the
      // gazetteer knowing one and not the other.
      inner = IsLocalPlaceKey(ca.place_key) ? &ca : &cb;
      outer = inner == &ca ? &cb : &ca;
    } else if (gap == " in ") {
      // "Tumbuizo Ward in Mtangawanda".
      inner = &ca;
      outer = &cb;
    }
    if (inner == nullptr || !IsLocalPlaceKey(inner->place_key)) continue;
    place_in(inner, outer->place_key);
  }
  // The key of the place `name` names: the gazetteer's, else that of a place
  // of the document so named (their folded names indexed on first use).
  absl::flat_hash_map<std::string, const std::string*> key_of_name;
  bool key_of_name_built = false;
  auto place_key_named = [&](absl::string_view name) -> const std::string* {
    if (const std::string* key = PlaceKeyOf(name); key != nullptr) return key;
    if (!key_of_name_built) {
      for (const EntityCluster& place : result->clusters) {
        if (place.type != LOCATION || place.place_key.empty()) continue;
        for (const std::string& alias : place.aliases) {
          key_of_name[FoldForMatching(alias)] = &place.place_key;
        }
      }
      key_of_name_built = true;
    }
    auto it = key_of_name.find(FoldForMatching(name));
    return it == key_of_name.end() ? nullptr : it->second;
  };
  // A place named after a place it holds, with a place noun last
  // ("Tumbuizo Ward", "Karaithurai District"): the place so named (the
  // document's, not the gazetteer's, which knows where its places lie) is
  // in it.
  for (const EntityCluster& around : result->clusters) {
    if (around.type != LOCATION || !IsLocalPlaceKey(around.place_key)) continue;
    const size_t space = around.canonical.rfind(' ');
    if (space == std::string::npos ||
        !IsPlaceNoun(absl::AsciiStrToLower(around.canonical.substr(space + 1)))) {
      continue;
    }
    const std::string* key = place_key_named(around.canonical.substr(0, space));
    if (key == nullptr || !IsLocalPlaceKey(*key) || *key == around.place_key) continue;
    for (EntityCluster& inside : result->clusters) {
      if (inside.type == LOCATION && inside.place_key == *key) place_in(&inside, around.place_key);
    }
  }
  // A place named after the town it is in, with a place head last
  // ("Velmar Central Prison", "Kessa Jetty Market"): in the town, when the
  // gazetteer knows it or the document names it as a place.
  for (EntityCluster& c : result->clusters) {
    if (c.type != LOCATION || !IsLocalPlaceKey(c.place_key) || !c.within.empty()) continue;
    const std::vector<absl::string_view> words =
        absl::StrSplit(c.canonical, ' ', absl::SkipEmpty());
    if (words.size() < 2 || !Is(words.back(), kPlaceHead)) continue;
    for (size_t n = words.size() - 1; n >= 1; --n) {
      const absl::string_view prefix(words[0].data(),
                                     words[n - 1].data() + words[n - 1].size() - words[0].data());
      const std::string* key = place_key_named(prefix);
      if (key != nullptr && *key != c.place_key) {
        c.within.push_back(*key);
        break;
      }
    }
  }
}

void EntityExtractor::JoinBracketedPlaceNames(absl::string_view text,
                                              EntityResult* result) const {
  static const RE2* const kBracketedName =
      new RE2("\\((\\p{Lu}[\\p{L}\\p{M}'-]*(?: \\p{Lu}[\\p{L}\\p{M}'-]*){0,3})\\)");
  static const RE2* const kCapitalisedWord = new RE2("\\p{Lu}[\\p{L}\\p{M}'-]*");
  std::vector<EntityMentionSpan>& ms = result->mentions;
  // The mention at exactly [begin, end), or nullptr.
  auto mention_at = [&](int64_t begin, int64_t end) -> EntityMentionSpan* {
    const EntityMentionSpan* m = result->Overlapping(begin, end);
    return m != nullptr && m->range.begin == begin && m->range.end == end
               ? &ms[m - ms.data()]
               : nullptr;
  };
  auto add_mention = [&](TextRange range, int cluster) {
    EntityMentionSpan m;
    m.range = range;
    m.cluster = cluster;
    auto at = std::lower_bound(ms.begin(), ms.end(), range.begin,
                               [](const EntityMentionSpan& x, int64_t b) {
                                 return x.range.begin < b;
                               });
    ms.insert(at, std::move(m));
    const std::string surface(text.substr(range.begin, range.end - range.begin));
    std::vector<std::string>& aliases = result->clusters[cluster].aliases;
    if (!absl::c_linear_search(aliases, surface)) aliases.push_back(surface);
  };
  bool merged = false;
  for (size_t open = text.find(" ("); open != absl::string_view::npos;
       open = text.find(" (", open + 2)) {
    re2::StringPiece rest = ToPiece(text.substr(open + 1));
    re2::StringPiece inner;
    if (!RE2::Consume(&rest, *kBracketedName, &inner)) continue;
    const absl::string_view other = ToView(inner);
    const size_t close = rest.data() - text.data();
    const absl::string_view after = text.substr(close);
    if (IsAcronym(other) || absl::StartsWith(after, " -") || absl::StartsWith(after, " \u2013") ||
        absl::StartsWith(after, " \u2014") || PlaceKeyOf(other) != nullptr) {
      continue;
    }
    const absl::string_view last = other.substr(other.rfind(' ') + 1);
    if (Is(last, kPlaceHead) || IsPlaceNoun(absl::AsciiStrToLower(last))) continue;
    const int64_t other_begin = other.data() - text.data();
    const TextRange other_range = {other_begin, other_begin + static_cast<int64_t>(other.size())};
    const EntityMentionSpan* before =
        open > 0 ? result->Overlapping(static_cast<int64_t>(open) - 1, open) : nullptr;
    int place = -1;
    if (before != nullptr) {
      if (before->range.end != static_cast<int64_t>(open) ||
          result->clusters[before->cluster].type != LOCATION ||
          before->range.begin == 0 || text[before->range.begin - 1] == '\n') {
        continue;
      }
      place = before->cluster;
    } else {
      // No name found before: one when a place noun follows the brackets.
      if (!IsBeforePlaceNoun(text, close, text.size())) continue;
      size_t begin = open;  // Of the name's first word; each word ends at a space.
      for (int words = 0; words < 3; ++words) {
        const size_t end = words == 0 ? open : begin - 1;
        if (end == 0 || text[end] != ' ') break;
        const size_t space = text.rfind(' ', end - 1);
        const size_t b = space == absl::string_view::npos ? 0 : space + 1;
        const absl::string_view w = text.substr(b, end - b);
        if (!RE2::FullMatch(ToPiece(w), *kCapitalisedWord) || Is(w, kStopWord)) break;
        begin = b;
      }
      if (begin == open) continue;
      const absl::string_view name = text.substr(begin, open - begin);
      const std::string key = LocalPlaceKey(WithoutPlaceSuffix(name));
      for (size_t c = 0; c < result->clusters.size() && place < 0; ++c) {
        if (result->clusters[c].type == LOCATION && result->clusters[c].place_key == key) {
          place = static_cast<int>(c);
        }
      }
      if (place < 0) {
        EntityCluster& cluster = result->clusters.emplace_back();
        cluster.type = LOCATION;
        cluster.canonical = std::string(name);
        cluster.place_key = key;
        place = static_cast<int>(result->clusters.size() - 1);
      }
      add_mention({static_cast<int64_t>(begin), static_cast<int64_t>(open)}, place);
    }
    if (EntityMentionSpan* found = mention_at(other_range.begin, other_range.end);
        found != nullptr) {
      if (found->cluster != place) {
        result->MergeCluster(place, found->cluster);
        merged = true;
      }
    } else if (result->Overlapping(other_range.begin, other_range.end) == nullptr) {
      add_mention(other_range, place);
    }
    // The other name's mentions elsewhere in the document.
    const std::string other_key = LocalPlaceKey(WithoutPlaceSuffix(other));
    for (size_t c = 0; c < result->clusters.size(); ++c) {
      if (static_cast<int>(c) != place && result->clusters[c].type == LOCATION &&
          result->clusters[c].place_key == other_key) {
        result->MergeCluster(place, static_cast<int>(c));
        merged = true;
      }
    }
  }
  if (merged) result->RemoveClustersWithoutMentions();
}

}  // namespace xref
