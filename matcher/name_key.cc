#include "matcher/name_key.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "base/fold.h"

namespace xref {
namespace {

constexpr double kHard = 1000.0;

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool IsAsciiLetter(char c) { return c >= 'a' && c <= 'z'; }

char ConsonantClass(char c) {
  switch (c) {
    case 'b': case 'p': return 'B';
    case 'f': case 'v': case 'w': return 'F';
    case 'k': case 'q': case 'c': case 'g': return 'K';
    case 's': case 'z': case 't': case 'd': return 'T';
    case 'j': return 'J';
    case 'l': return 'L';
    case 'm': return 'M';
    case 'n': return 'N';
    case 'r': return 'R';
    case 'h': return 'H';
    default: return c;
  }
}

bool SoftPair(char a, char b) {
  if (a > b) std::swap(a, b);
  static constexpr const char* kPairs[] = {"sz", "dz", "dt", "kq", "ck", "cq",
                                           "gk", "gq", "cg", "fv", "vw", "fw",
                                           "bp", "jz"};
  for (const char* p : kPairs) {
    if (p[0] == a && p[1] == b) return true;
  }
  return false;
}

double SubCost(char a, char b) {
  if (a == b) return 0;
  if (IsVowel(a) && IsVowel(b)) return 0.5;
  if (SoftPair(a, b)) return 0.5;
  return kHard;
}

double IndelCost(char c) { return IsVowel(c) ? 0.5 : kHard; }

struct Rewrite {
  const char* from;
  const char* to;
};

// Longest first at each position.
constexpr Rewrite kDigraphs[] = {
    {"tsch", "j"}, {"tch", "j"}, {"sch", "s"}, {"ch", "j"}, {"ph", "f"},
    {"ck", "k"},   {"x", "ks"},  {"kh", "k"},  {"dh", "d"}, {"th", "t"},
    {"gh", "g"},   {"sh", "s"},  {"zh", "j"},  {"ts", "z"}, {"tz", "z"},
    {"dz", "z"},
};

std::string ApplyDigraphs(absl::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    bool matched = false;
    for (const Rewrite& r : kDigraphs) {
      absl::string_view from(r.from);
      if (s.substr(i, from.size()) == from) {
        out += r.to;
        i += from.size();
        matched = true;
        break;
      }
    }
    if (!matched) out += s[i++];
  }
  return out;
}

const absl::string_view kParticles[] = {"al", "el"};
const absl::string_view kHyphenParticles[] = {"ad", "an", "ar", "as", "ash",
                                              "at", "az", "ath", "adh", "al",
                                              "el"};
const absl::string_view kInitialStopwords[] = {"of", "the", "and", "for",
                                               "al", "el", "de", "in", "on"};

template <size_t N>
bool In(const absl::string_view (&list)[N], absl::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// The base letters of a Latin-1 or Latin Extended-A letter (U+00C0..U+017F),
// lower case ("á" -> "a", "ß" -> "ss"), or empty for other code points.
absl::string_view LatinBase(int cp) {
  static constexpr absl::string_view kLatin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};
  // Latin Extended-A: (first code point of a run, base letters).
  static constexpr std::pair<int, absl::string_view> kExtendedA[] = {
      {0x100, "a"}, {0x106, "c"}, {0x10E, "d"}, {0x112, "e"}, {0x11C, "g"},
      {0x124, "h"}, {0x128, "i"}, {0x132, "ij"}, {0x134, "j"}, {0x136, "k"},
      {0x139, "l"}, {0x143, "n"}, {0x14C, "o"}, {0x152, "oe"}, {0x154, "r"},
      {0x15A, "s"}, {0x162, "t"}, {0x168, "u"}, {0x174, "w"}, {0x176, "y"},
      {0x179, "z"}, {0x17F, "s"}, {0x180, ""}};
  if (cp >= 0xC0 && cp < 0x100) return kLatin1[cp - 0xC0];
  if (cp < 0x100 || cp >= 0x180) return "";
  absl::string_view base;
  for (const auto& [first, letters] : kExtendedA) {
    if (cp < first) break;
    base = letters;
  }
  return base;
}

}  // namespace

std::string LightForm(absl::string_view token) {
  std::string lower;
  lower.reserve(token.size());
  for (size_t i = 0; i < token.size(); ++i) {
    const unsigned char c = token[i];
    if (c >= 0xC3 && c <= 0xC5 && i + 1 < token.size() &&
        (static_cast<unsigned char>(token[i + 1]) & 0xC0) == 0x80) {
      absl::string_view base =
          LatinBase(((c & 0x1F) << 6) | (static_cast<unsigned char>(token[i + 1]) & 0x3F));
      if (!base.empty()) {
        lower.append(base.data(), base.size());
        ++i;
        continue;
      }
    }
    char l = absl::ascii_tolower(c);
    if (IsAsciiLetter(l) || (c & 0x80)) lower += l;
  }
  std::string s = ApplyDigraphs(lower);
  // w after a vowel and before a consonant (or at the end) is the vowel u.
  for (size_t i = 1; i < s.size(); ++i) {
    if (s[i] == 'w' && IsVowel(s[i - 1]) &&
        (i + 1 == s.size() || !IsVowel(s[i + 1]))) {
      s[i] = 'u';
    }
  }
  std::string t;
  t.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (i + 1 < s.size() &&
        ((s[i] == 'o' && (s[i + 1] == 'u' || s[i + 1] == 'o')))) {
      t += 'u';
      ++i;
    } else if (i + 1 < s.size() && s[i] == 'e' && s[i + 1] == 'e') {
      t += 'i';
      ++i;
    } else {
      t += s[i];
    }
  }
  std::string u;
  u.reserve(t.size());
  for (char c : t) {
    if (u.empty() || u.back() != c || (c & 0x80)) u += c;
  }
  if (u.size() > 2 && u.back() == 'h' && IsVowel(u[u.size() - 2])) u.pop_back();
  return u;
}

std::string SkeletonKey(absl::string_view light) {
  std::string key;
  for (size_t i = 0; i < light.size(); ++i) {
    char c = light[i];
    if (IsVowel(c)) {
      if (i == 0) key += 'A';
      continue;
    }
    char k = ConsonantClass(c);
    if (key.empty() || key.back() != k) key += k;
  }
  return key;
}

double SoftEditCost(absl::string_view a, absl::string_view b) {
  // A final vowel added to a consonant ending makes another name (Kazem,
  // Kazemi).
  if (!a.empty() && !b.empty() && IsVowel(a.back()) != IsVowel(b.back())) {
    return kHard;
  }
  const size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > 8) return kHard;
  constexpr size_t kMax = 64;
  double row0[kMax + 1], row1[kMax + 1];
  std::vector<double> heap0, heap1;
  double* prev = row0;
  double* cur = row1;
  if (m > kMax) {
    heap0.resize(m + 1);
    heap1.resize(m + 1);
    prev = heap0.data();
    cur = heap1.data();
  }
  prev[0] = 0;
  for (size_t j = 1; j <= m; ++j) prev[j] = prev[j - 1] + IndelCost(b[j - 1]);
  for (size_t i = 1; i <= n; ++i) {
    cur[0] = prev[0] + IndelCost(a[i - 1]);
    double best = cur[0];
    for (size_t j = 1; j <= m; ++j) {
      cur[j] = std::min({prev[j - 1] + SubCost(a[i - 1], b[j - 1]),
                         prev[j] + IndelCost(a[i - 1]),
                         cur[j - 1] + IndelCost(b[j - 1])});
      best = std::min(best, cur[j]);
    }
    if (best >= kHard) return kHard;
    std::swap(prev, cur);
  }
  return std::min(prev[m], kHard);
}

NameForm MakeNameForm(absl::string_view name) {
  NameForm form;
  std::string folded = FoldForMatching(name);
  // Acronym: upper-case ASCII letters (dots allowed), no spaces.
  {
    std::string letters;
    bool ok = !name.empty();
    for (char c : name) {
      if (c >= 'A' && c <= 'Z') {
        letters += c;
      } else if (c != '.') {
        ok = false;
        break;
      }
    }
    if (ok && letters.size() >= 2 && letters.size() <= 6) {
      form.acronym = true;
      form.acronym_letters = letters;
    }
  }
  // Words, remembering which were hyphen-attached to the next word.
  std::vector<std::pair<std::string, bool>> words;
  {
    std::string cur;
    for (size_t i = 0; i <= folded.size(); ++i) {
      char c = i < folded.size() ? folded[i] : ' ';
      if (c == ' ' || c == '-') {
        if (!cur.empty()) words.push_back({cur, c == '-'});
        cur.clear();
      } else {
        cur += c;
      }
    }
  }
  if (!words.empty() && words.front().first == "the") words.erase(words.begin());
  // Initials of the original words.
  {
    std::vector<absl::string_view> orig =
        absl::StrSplit(name, absl::ByAnyChar(" -"), absl::SkipEmpty());
    if (orig.size() >= 2) {
      for (absl::string_view w : orig) {
        std::string lw = absl::AsciiStrToLower(w);
        if (In(kInitialStopwords, lw)) continue;
        char c = w[0];
        if (c >= 'a' && c <= 'z') c = c - 'a' + 'A';
        if (c >= 'A' && c <= 'Z') form.initials += c;
      }
    }
  }
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i].first;
    std::string bare;
    for (char c : w) {
      if (c != '\'' && c != '.') bare += c;
    }
    bool particle = In(kParticles, bare) ||
                    (words[i].second && In(kHyphenParticles, bare));
    if (particle && words.size() > 1) continue;
    std::string light = LightForm(bare);
    // Construct state: "Sarayat al-Nour", "Jabhat Fatah" are "Saraya",
    // "Jabha" followed by another word.
    if (i + 1 < words.size() && light.size() >= 5 && absl::EndsWith(light, "at")) {
      light.pop_back();
    }
    if (!light.empty()) form.tokens.push_back(std::move(light));
  }
  for (const std::string& t : form.tokens) form.joined += t;
  form.key = SkeletonKey(form.joined);
  if (!form.tokens.empty()) form.last_key = SkeletonKey(form.tokens.back());
  return form;
}

namespace {

double Budget(size_t tokens, size_t length) {
  if (length <= 4) return 0.5;
  return 1.0 + 0.5 * (tokens > 1 ? tokens - 1 : 0);
}

}  // namespace

std::string NameBlockKey(const NameForm& form) {
  int consonants = 0;
  for (char c : form.joined) consonants += !IsVowel(c);
  const bool final_vowel = !form.joined.empty() && IsVowel(form.joined.back());
  std::string out = form.key;
  out += final_vowel ? '|' : '/';
  out += std::to_string(consonants);
  return out;
}

bool SameName(const NameForm& a, const NameForm& b) {
  if (a.acronym || b.acronym) {
    return a.acronym && b.acronym && a.acronym_letters == b.acronym_letters;
  }
  if (a.key.empty() || a.key != b.key) return false;
  size_t tokens = std::max(a.tokens.size(), b.tokens.size());
  size_t length = std::min(a.joined.size(), b.joined.size());
  double budget = Budget(tokens, length);
  size_t diff = std::max(a.joined.size(), b.joined.size()) - length;
  if (0.5 * diff > budget) return false;  // Each indel costs at least 0.5.
  return SoftEditCost(a.joined, b.joined) <= budget;
}

bool SameToken(absl::string_view token, absl::string_view other) {
  if (SkeletonKey(token) != SkeletonKey(other)) return false;
  return SoftEditCost(token, other) <=
         Budget(1, std::min(token.size(), other.size()));
}

}  // namespace xref
