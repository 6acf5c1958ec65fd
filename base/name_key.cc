#include "base/name_key.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/container/inlined_vector.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "base/fold.h"

namespace xref {
namespace {

constexpr double kHard = 1000.0;

// kVowels.is[c] is true for the vowels of light forms: a, e, i, o, u, y.
struct VowelTable {
  bool is[256] = {};
  constexpr VowelTable() {
    for (char c : {'a', 'e', 'i', 'o', 'u', 'y'}) {
      is[static_cast<unsigned char>(c)] = true;
    }
  }
};
constexpr VowelTable kVowels;

bool IsVowel(char c) { return kVowels.is[static_cast<unsigned char>(c)]; }

bool IsAsciiLetter(char c) { return c >= 'a' && c <= 'z'; }

constexpr char ConsonantClass(char c) {
  switch (c) {
    case 'b': case 'p': return 'B';
    case 'f': case 'v': case 'w': return 'F';
    // h and x (written "kh") share k's class: "Mikhail" / "Mihail" and
    // "Khadimi" / "Kadhimi" must block together; the guard keeps h / k apart.
    case 'k': case 'q': case 'c': case 'g': case 'h': case 'x': return 'K';
    case 's': case 'z': case 't': case 'd': return 'T';
    case 'j': return 'J';
    case 'l': return 'L';
    case 'm': return 'M';
    case 'n': return 'N';
    case 'r': return 'R';
    default: return c;
  }
}

// kClasses.of[c] is ConsonantClass(c).
struct ClassTable {
  char of[256] = {};
  constexpr ClassTable() {
    for (int c = 0; c < 256; ++c) of[c] = ConsonantClass(static_cast<char>(c));
  }
};
constexpr ClassTable kClasses;

// kKeyBytes.of[c] is what byte c gives a skeleton key: -1 for a vowel, else
// ConsonantClass(c).
struct KeyByteTable {
  int16_t of[256] = {};
  constexpr KeyByteTable() {
    for (int c = 0; c < 256; ++c) {
      of[c] = kVowels.is[c] ? -1
                            : static_cast<unsigned char>(
                                  ConsonantClass(static_cast<char>(c)));
    }
  }
};
constexpr KeyByteTable kKeyBytes;

constexpr const char* kSoftPairs[] = {"sz", "dz", "dt", "kq", "ck", "cq",
                                      "gk", "gq", "cg", "fv", "vw", "fw",
                                      "bp", "jz", "xk", "xh"};

// kSoftBits[a - 'a'] has bit (b - 'a') set when {a, b} is a soft pair.
struct SoftTable {
  uint32_t bits[26] = {};
  constexpr SoftTable() {
    for (const char* p : kSoftPairs) {
      bits[p[0] - 'a'] |= 1u << (p[1] - 'a');
      bits[p[1] - 'a'] |= 1u << (p[0] - 'a');
    }
  }
};
constexpr SoftTable kSoftTable;

bool SoftPair(char a, char b) {
  if (!IsAsciiLetter(a) || !IsAsciiLetter(b)) return false;
  return (kSoftTable.bits[a - 'a'] >> (b - 'a')) & 1u;
}

double SubCost(char a, char b) {
  if (a == b) return 0;
  if (IsVowel(a) && IsVowel(b)) return 0.5;
  if (SoftPair(a, b)) return 0.5;
  return kHard;
}

double IndelCost(char c) { return IsVowel(c) ? 0.5 : kHard; }

// The digraph rewrite that starts at s[i] (the longest first: tsch, tch,
// sch, chh -> j, j, s, j; ch, ph, ck, kh, dh, th, gh, sh, zh, ts, tz, dz -> j, f, k,
// x, d, t, g, s, j, z, z, z; qh -> q; x -> ks, but x at a word's start
// before a, e or o, or anywhere with Spelling::kKurmanji -> x): writes its
// replacement at `out`
// and returns the number of letters it replaces and writes, or {0, 0} when
// none starts there. With Spelling::kSlavic, tsch, tch, ch and ts become c,
// zh becomes z and dj becomes d (the English spellings of č, ć, c, ž, đ),
// and the others are as above.
struct Rewritten {
  size_t replaced, written;
};
Rewritten RewriteDigraph(absl::string_view s, size_t i, char* out,
                         Spelling spelling) {
  auto at = [&](size_t k) { return i + k < s.size() ? s[i + k] : '\0'; };
  auto put = [&](char c, size_t replaced) {
    *out = c;
    return Rewritten{replaced, 1};
  };
  if (spelling == Spelling::kSlavic || spelling == Spelling::kEastSlavic) {
    switch (s[i]) {
      case 't':
        if (at(1) == 's' && at(2) == 'c' && at(3) == 'h') return put('c', 4);
        if (at(1) == 'c' && at(2) == 'h') return put('c', 3);
        if (at(1) == 's') return put('c', 2);
        break;
      case 'c':
        if (at(1) == 'h') return put('c', 2);
        break;
      case 'z':
        if (at(1) == 'h') return put('z', 2);
        break;
      case 'd':
        if (at(1) == 'j') return put('d', 2);
        break;
      default:
        break;
    }
  }
  switch (s[i]) {
    case 't':
      if (at(1) == 's' && at(2) == 'c' && at(3) == 'h') return put('j', 4);
      if (at(1) == 'c' && at(2) == 'h') return put('j', 3);
      if (at(1) == 'h') return put('t', 2);
      if (at(1) == 's' || at(1) == 'z') return put('z', 2);
      return {0, 0};
    case 's':
      if (at(1) == 'c' && at(2) == 'h') return put('s', 3);
      if (at(1) == 'h') return put('s', 2);
      return {0, 0};
    case 'c':
      // The chh of South Asian spellings is their ch ("Chhetri" / "Chetri").
      if (at(1) == 'h' && at(2) == 'h') return put('j', 3);
      if (at(1) == 'h') return put('j', 2);
      if (at(1) == 'k') return put('k', 2);
      // "Pacquing" / "Paquing", "Jacqueline" / "Jaqueline".
      if (at(1) == 'q') return put('q', 2);
      // French and Spanish c before e, i, y is s ("Youcef" / "Youssef",
      // "Yacine" / "Yassine"); Slavic c (ts) is kept (above).
      if (spelling == Spelling::kDefault && (at(1) == 'e' || at(1) == 'i' || at(1) == 'y')) {
        return put('s', 1);
      }
      return {0, 0};
    case 'p': return at(1) == 'h' ? put('f', 2) : Rewritten{0, 0};
    // Quechua's aspirated qh is q to other spellings ("Qhapiri" / "Capiri").
    case 'q': return at(1) == 'h' ? put('q', 2) : Rewritten{0, 0};
    case 'x':
      // Somali x is the h of English spellings ("Maxamed" / "Mohamed").
      if (spelling == Spelling::kSomali) return put('h', 1);
      // At the start of a word before a, e or o, the x of Kurdish, Uzbek
      // and Azeri Latin spellings, kh ("Xalid" / "Khalid", "Xelil"); not
      // before i or u, where Pinyin's x is no kh ("Xu" and "Hu" are two
      // surnames); elsewhere ks ("Maxim").
      if (spelling == Spelling::kKurmanji ||
          (i == 0 && (at(1) == 'a' || at(1) == 'e' || at(1) == 'o'))) {
        return put('x', 1);
      }
      out[0] = 'k';
      out[1] = 's';
      return {1, 2};
    case 'k': return at(1) == 'h' ? put('x', 2) : Rewritten{0, 0};
    case 'd':
      if (at(1) == 'h') return put('d', 2);
      if (at(1) == 'z') return put('z', 2);
      return {0, 0};
    case 'g': return at(1) == 'h' ? put('g', 2) : Rewritten{0, 0};
    case 'z': return at(1) == 'h' ? put('j', 2) : Rewritten{0, 0};
    default: return {0, 0};
  }
}

// kLightBytes.of[c] says what byte c is to `LightFormOfLowerTo`: a letter
// that may start a digraph rewrite, the letter w, a vowel that may start a
// vowel pair (o, e), another vowel, or none of these (0: a consonant kept as
// it is, or a byte of a multi-byte character).
enum LightByte : uint8_t {
  kDigraphStart = 1,
  kLetterW = 2,
  kPairStart = 3,
  kOtherVowel = 4
};
struct LightByteTable {
  uint8_t of[256] = {};
  constexpr LightByteTable() {
    for (char c : {'t', 's', 'c', 'p', 'x', 'k', 'd', 'g', 'z', 'q'}) {
      of[static_cast<unsigned char>(c)] = kDigraphStart;
    }
    of[static_cast<unsigned char>('w')] = kLetterW;
    of[static_cast<unsigned char>('o')] = kPairStart;
    of[static_cast<unsigned char>('e')] = kPairStart;
    for (char c : {'a', 'i', 'u', 'y'}) {
      of[static_cast<unsigned char>(c)] = kOtherVowel;
    }
  }
};
constexpr LightByteTable kLightBytes;

// A set of short words (one to three bytes) matched ignoring ASCII case, as
// one comparison of packed words each: a word and its length are packed into
// 32 bits (bytes lower-cased with absl::ascii_tolower, the length in the top
// byte), so that two words pack equal exactly when they are equal ignoring
// ASCII case. Words longer than three bytes are never members.
class ShortWordSet {
 public:
  template <size_t N>
  constexpr explicit ShortWordSet(const char* const (&words)[N]) {
    static_assert(N <= kMaxWords, "too many words");
    for (size_t i = 0; i < N; ++i) {
      size_t size = 0;
      while (words[i][size] != '\0') ++size;
      packed_[i] = PackLower(words[i], size);
    }
    size_ = N;
  }
  bool Contains(absl::string_view word) const {
    if (word.empty() || word.size() > 3) return false;
    const uint32_t packed = Pack(word);
    for (size_t i = 0; i < size_; ++i) {
      if (packed_[i] == packed) return true;
    }
    return false;
  }

 private:
  static constexpr size_t kMaxWords = 16;
  // For the constant words, already lower case.
  static constexpr uint32_t PackLower(const char* w, size_t size) {
    uint32_t packed = static_cast<uint32_t>(size) << 24;
    for (size_t i = 0; i < size; ++i) {
      packed |= static_cast<uint32_t>(static_cast<unsigned char>(w[i])) << (8 * i);
    }
    return packed;
  }
  static uint32_t Pack(absl::string_view w) {
    uint32_t packed = static_cast<uint32_t>(w.size()) << 24;
    for (size_t i = 0; i < w.size(); ++i) {
      packed |= static_cast<uint32_t>(static_cast<unsigned char>(
                    absl::ascii_tolower(static_cast<unsigned char>(w[i]))))
                << (8 * i);
    }
    return packed;
  }
  uint32_t packed_[kMaxWords] = {};
  size_t size_ = 0;
};

constexpr const char* kParticleWords[] = {"al", "el"};
constexpr const char* kHyphenParticleWords[] = {
    "ad", "an", "ar", "as", "ash", "at", "az", "ath", "adh", "al", "el",
    // The article as Urdu and Persian names write it: "Zia-ul-Haq",
    // "Nizam-ud-Din", "Habib-ur-Rahman".
    "ul", "ud", "ur", "us", "uz"};
constexpr const char* kInitialStopwordList[] = {"of", "the", "and", "for", "al",
                                                "el", "de", "in", "on"};
constexpr ShortWordSet kParticles(kParticleWords);

// Words between a given name and a father's name that only say so, and that
// outlets write or leave out: Malay "binti" (daughter of) and the Tamil and
// English "a/l", "a/p", "s/o", "d/o" of Malaysian names ("Muthu a/l Raman"
// = "Muthu s/o Raman" = "Muthu Raman"). Not "bin", part of Arabic family
// names ("bin Laden").
bool IsPatronymMarker(absl::string_view word) {
  if (word.size() == 3 && word[1] == '/') {
    const char a = absl::ascii_tolower(word[0]), b = absl::ascii_tolower(word[2]);
    return (a == 'a' && (b == 'l' || b == 'p')) || ((a == 's' || a == 'd') && b == 'o');
  }
  return absl::EqualsIgnoreCase(word, "binti") || absl::EqualsIgnoreCase(word, "binte");
}
constexpr ShortWordSet kHyphenParticles(kHyphenParticleWords);
constexpr ShortWordSet kInitialStopwords(kInitialStopwordList);

// kNameBytes.of[c] says what byte c is to the word splitter of names: a
// byte on which FoldForMatching only lower-cases (ASCII letter, space,
// hyphen, apostrophe, dot), a word separator (space, hyphen), a byte a
// bare word drops (apostrophe, dot).
enum NameByte : uint8_t { kPlainByte = 1, kSeparatorByte = 2, kDroppedByte = 4 };
struct NameByteTable {
  uint8_t of[256] = {};
  constexpr NameByteTable() {
    for (int c = 'a'; c <= 'z'; ++c) of[c] = kPlainByte;
    for (int c = 'A'; c <= 'Z'; ++c) of[c] = kPlainByte;
    of[static_cast<unsigned char>(' ')] = kPlainByte | kSeparatorByte;
    of[static_cast<unsigned char>('-')] = kPlainByte | kSeparatorByte;
    of[static_cast<unsigned char>('\'')] = kPlainByte | kDroppedByte;
    of[static_cast<unsigned char>('.')] = kPlainByte | kDroppedByte;
  }
};
constexpr NameByteTable kNameBytes;


}  // namespace

namespace {

// kTokenBytes.of[c] is what the lower-casing step of a light form keeps of
// byte c: the lower-case letter of an ASCII letter, c itself for a byte of a
// multi-byte character, 0 (dropped) for other ASCII.
struct TokenByteTable {
  char of[256] = {};
  constexpr TokenByteTable() {
    for (int c = 'a'; c <= 'z'; ++c) of[c] = static_cast<char>(c);
    for (int c = 'A'; c <= 'Z'; ++c) of[c] = static_cast<char>(c - 'A' + 'a');
    for (int c = 0x80; c < 256; ++c) of[c] = static_cast<char>(c);
  }
};
constexpr TokenByteTable kTokenBytes;

// Tokens of up to this many bytes are lower-cased without touching the heap.
constexpr size_t kShortToken = 64;

size_t LightFormOfLowerTo(absl::string_view low, char* out, Spelling spelling);

// Writes the light form of `token` at `out`, which has room for
// 2 * token.size() bytes (x becomes ks), and returns its length.
size_t LightFormTo(absl::string_view token, char* out, Spelling spelling) {
  // A Latin letter has no more base letters than bytes (LatinBaseLettersAt):
  // the lower-case letters fit in token.size().
  char low_buffer[kShortToken];
  std::string low_long;
  char* low = low_buffer;
  if (token.size() > kShortToken) {
    low_long.resize(token.size());
    low = &low_long[0];
  }
  size_t low_size = 0;
  for (size_t i = 0; i < token.size(); ++i) {
    const unsigned char c = token[i];
    if (c < 0x80) {
      const char l = kTokenBytes.of[c];
      low[low_size] = l;
      low_size += l != 0;
      continue;
    }
    if (const size_t mark = CombiningMarkLength(token, i); mark > 0) {
      i += mark - 1;
      continue;
    }
    size_t len;
    const absl::string_view base = LatinBaseLettersAt(token, i, &len);
    if (!base.empty()) {
      for (char b : base) low[low_size++] = b;
      i += len - 1;
      continue;
    }
    low[low_size++] = static_cast<char>(c);
  }
  return LightFormOfLowerTo(absl::string_view(low, low_size), out, spelling);
}

// Whether `word` (folded to lower case) has a letter of Kurdish Latin that
// neither English nor Turkish writes: ê, î, û (ş, which Turkish writes too,
// tells nothing of x, which Turkish does not).
bool HasKurmanjiLetters(absl::string_view word) {
  for (size_t i = 0; i + 1 < word.size(); ++i) {
    if (word[i] == '\xC3' &&
        (word[i + 1] == '\xAA' || word[i + 1] == '\xAE' || word[i + 1] == '\xBB')) {
      return true;
    }
  }
  return false;
}

// Whether `low` (a lower-case token) is written in the Indonesian and Malay
// spelling of before 1972 (Van Ophuijsen's): it has "dj" or "tj", or "oe"
// before a consonant ("Soeharto", "Djoko", "Tjokro").
bool HasOldIndonesianSpelling(absl::string_view low) {
  for (size_t i = 1; i < low.size(); ++i) {
    const char c = low[i];
    if (c == 'j' && (low[i - 1] == 'd' || low[i - 1] == 't')) return true;
    if (c == 'e' && low[i - 1] == 'o' && i + 1 < low.size() && IsAsciiLetter(low[i + 1]) &&
        !IsVowel(low[i + 1])) {
      return true;
    }
  }
  return false;
}

// Writes `low`, in the old spelling, in today's at `out` (no longer than
// `low`) and returns its length: dj -> j, tj -> c, another j -> y, oe -> u
// ("Tjokrosuwirjo" -> "cokrosuwiryo", "Soedarmadji" -> "sudarmaji").
size_t ModernIndonesianSpelling(absl::string_view low, char* out) {
  size_t k = 0;
  for (size_t i = 0; i < low.size(); ++i) {
    const char c = low[i];
    const char next = i + 1 < low.size() ? low[i + 1] : '\0';
    if ((c == 'd' || c == 't') && next == 'j') {
      out[k++] = c == 'd' ? 'j' : 'c';
      ++i;
    } else if (c == 'o' && next == 'e') {
      out[k++] = 'u';
      ++i;
    } else {
      out[k++] = c == 'j' ? 'y' : c;
    }
  }
  return k;
}

// `LightFormTo` after its lower-casing step: writes the light form of `low`
// (lower case: no ASCII upper-case letter, nor other ASCII than letters) at
// `out`, which has room for 2 * low.size() bytes and does not overlap `low`,
// and returns its length.
//
// An old Indonesian spelling is first read as today's, into a copy. The
// other rules of the header (digraphs, then w -> u, then ou / oo -> u and
// ee -> i, then doubled letters collapsed, then a final h dropped) are
// applied in one pass over `low`: a digraph writes only consonants, so
// whether the letter after a w or after an o is a vowel can be read in `low`
// itself, and a vowel pair is two letters of `low` (o or e, then u, o, e or a
// w that becomes u).
size_t LightFormOfLowerTo(absl::string_view low, char* out, Spelling spelling) {
  // Today's spelling of an old Indonesian one, in `modern`.
  char modern_buffer[kShortToken];
  std::string modern_long;
  if (spelling == Spelling::kDefault && HasOldIndonesianSpelling(low)) {
    char* modern = modern_buffer;
    if (low.size() > kShortToken) {
      modern_long.resize(low.size());
      modern = &modern_long[0];
    }
    low = absl::string_view(modern, ModernIndonesianSpelling(low, modern));
  }
  const size_t n = low.size();
  size_t k = 0;
  const auto put = [&](char c) {
    if (k == 0 || out[k - 1] != c || (c & 0x80)) out[k++] = c;
  };
  // w becomes u after a vowel and before a consonant or the end.
  const auto w_is_u = [&](size_t j, bool after_vowel) {
    return after_vowel && (j + 1 == n || !IsVowel(low[j + 1]));
  };
  // Whether the last letter written (before collapsing) is a vowel.
  bool after_vowel = false;
  size_t j = 0;
  // A word-initial j before u or e is y, as German, Polish and Czech write
  // Cyrillic ю, е ("Julia" / "Yuliya", "Jelena" / "Yelena"); in words of five
  // letters or more, so that Chinese and Korean "Jun" / "Yun", "Jung" /
  // "Yung" stay apart (and "Jang" / "Yang", "Jin" / "Yin", before a or i).
  // So is a word-initial zh there, which Central Asian Latin (Uzbek,
  // Kazakh) and French write j: "Zhumabaev" / "Jumabaev", "Zhukov" / "Jukov";
  // not in South Slavic spelling, where zh is the English ž. Not before
  // "eo", Korean romanization's vowel ("Jeong" / "Jung" / "Chung").
  if (n >= 5 && low[0] == 'j' && (low[1] == 'u' || (low[1] == 'e' && low[2] != 'o'))) {
    put('y');
    after_vowel = true;
    j = 1;
  } else if (spelling == Spelling::kDefault && n >= 6 && low[0] == 'z' && low[1] == 'h' &&
             (low[2] == 'u' || low[2] == 'e')) {
    put('y');
    after_vowel = true;
    j = 2;
  } else if (n >= 6 && (low[0] == 'h' || low[0] == 'g') && low[1] == 'u' && low[2] == 'a') {
    // A word-initial hua or gua is wa, as Quechua and Mayan names are
    // written the Spanish way or their own ("Huamán" / "Guamán" / "Waman",
    // "Huacaya" / "Wakaya"); in words of six letters or more, so that
    // Chinese "Huang" and "Wang" stay apart.
    put('w');
    j = 2;
  } else if (spelling == Spelling::kSomali && n >= 2 && low[0] == 'c' && IsVowel(low[1])) {
    // Somali c is the ayn that English spellings leave out ("Cali" / "Ali",
    // "Ceel" / "El"), at a word's start and at its end ("Jaamac" / "Jama").
    j = 1;
  } else if (n >= 3 && low[0] == 'o' && low[1] == 'u' && IsVowel(low[2])) {
    // A word-initial ou before a vowel is w, as French writes it ("Oualid" /
    // "Walid", "Ouahbi" / "Wahbi").
    put('w');
    j = 2;
  }
  while (j < n) {
    const char c = low[j];
    switch (kLightBytes.of[static_cast<unsigned char>(c)]) {
      case kDigraphStart: {
        char rewritten[2];
        const Rewritten r = RewriteDigraph(low, j, rewritten, spelling);
        if (r.replaced == 0) {
          // Slavic g (not of a digraph) is h: the Cyrillic letter that
          // Russian says g and Ukrainian h ("Gnatyuk" / "Hnatiuk",
          // "Verkhograd" / "Verkhohrad"); h, not g, so that it stays apart
          // from k ("Holovko" / "Kolovko"), as h does.
          put(spelling == Spelling::kEastSlavic && c == 'g' ? 'h' : c);
          ++j;
        } else {
          for (size_t w = 0; w < r.written; ++w) put(rewritten[w]);
          j += r.replaced;
        }
        after_vowel = false;
        break;
      }
      case kLetterW: {
        const bool u = w_is_u(j, after_vowel);
        put(u ? 'u' : 'w');
        after_vowel = u;
        ++j;
        break;
      }
      case kPairStart: {
        char v = c;
        size_t used = 1;
        if (j + 1 < n) {
          const char next = low[j + 1];
          if (c == 'o' && (next == 'u' || next == 'o' ||
                           (next == 'w' && w_is_u(j + 1, true)))) {
            v = 'u';
            used = 2;
          } else if (c == 'e' && next == 'e') {
            v = 'i';
            used = 2;
          }
        }
        put(v);
        after_vowel = true;
        j += used;
        break;
      }
      case kOtherVowel:
        // Slavic y after the first letter is i: Ukrainian y and Russian i
        // write one Cyrillic letter's neighbours ("Kulyk" / "Kulik",
        // "Tatyana" / "Tetiana").
        put(spelling == Spelling::kEastSlavic && c == 'y' && j > 0 ? 'i' : c);
        after_vowel = true;
        ++j;
        break;
      default:
        put(c);
        after_vowel = false;
        ++j;
        break;
    }
  }
  if (spelling == Spelling::kSomali && k > 2 && out[k - 1] == 'c' && IsVowel(out[k - 2])) --k;
  if (k > 2 && out[k - 1] == 'h' && IsVowel(out[k - 2])) --k;
  return k;
}

// Writes the skeleton key of `light` at `out`, which has room for
// light.size() bytes, and returns its length. With `size` > 0, continues the
// key of letters before `light` already at out[0, size) (the key of their
// concatenation), and returns the length of the whole key. Adds the number
// of consonants (bytes not vowels) of `light` to `*consonants` when given.
size_t SkeletonKeyTo(absl::string_view light, char* out, size_t size = 0,
                     uint32_t* consonants = nullptr) {
  const bool start = size == 0;
  uint32_t count = 0;
  for (size_t i = 0; i < light.size(); ++i) {
    const int16_t k = kKeyBytes.of[static_cast<unsigned char>(light[i])];
    if (k < 0) {
      if (i == 0 && start) out[size++] = 'A';
      continue;
    }
    ++count;
    if (size == 0 || out[size - 1] != static_cast<char>(k)) {
      out[size++] = static_cast<char>(k);
    }
  }
  if (consonants != nullptr) *consonants += count;
  return size;
}

}  // namespace

std::string LightForm(absl::string_view token, Spelling spelling) {
  std::string out(2 * token.size(), '\0');
  out.resize(LightFormTo(token, &out[0], spelling));
  return out;
}

Spelling SlavicSpellingOf(absl::string_view word) {
  if (word.size() < 5) return Spelling::kDefault;
  const auto ends = [&](absl::string_view end) {
    return absl::EndsWithIgnoreCase(word, end);
  };
  const auto lower_at = [&](size_t from_end) {
    return absl::ascii_tolower(static_cast<unsigned char>(word[word.size() - 1 - from_end]));
  };
  // By the last letter, so that most words are answered at once.
  switch (lower_at(0)) {
    case 'k':  // -chuk, -iuk, -yuk, -yk, -hirsk, -gorsk.
      if (ends("chuk") || ends("iuk") || ends("yuk") || ends("yk") || ends("hirsk") ||
          ends("gorsk")) {
        return Spelling::kEastSlavic;
      }
      return Spelling::kDefault;
    case 'h':  // -ych; -ich, -itch.
      if (ends("ych")) return Spelling::kEastSlavic;
      return ends("ich") || ends("itch") ? Spelling::kSlavic : Spelling::kDefault;
    case 'c':  // -ic.
      return ends("ic") ? Spelling::kSlavic : Spelling::kDefault;
    case 'd':  // -hrad, -grad, -horod, -gorod.
      return ends("hrad") || ends("grad") || ends("horod") || ends("gorod") ? Spelling::kEastSlavic
                                                                            : Spelling::kDefault;
    case 'o':  // -enko; -ko after a consonant in words of six letters or more.
      if (lower_at(1) == 'k' && (ends("enko") || (word.size() >= 6 && !IsVowel(lower_at(2))))) {
        return Spelling::kEastSlavic;
      }
      break;
    case 'a':  // -ivna, -ovna, -evna.
      if (ends("ivna") || ends("ovna") || ends("evna")) return Spelling::kEastSlavic;
      break;
    case '\x86': case '\x87': case '\x8C': case '\x8D':  // ć, Ć, č, Č.
      return ends("i\xC4\x87") || ends("i\xC4\x86") || ends("i\xC4\x8D") ||
                     ends("i\xC4\x8C")
                 ? Spelling::kSlavic
                 : Spelling::kDefault;
    default:
      if (!IsVowel(lower_at(0))) return Spelling::kDefault;
      break;
  }
  // sk and one to three vowels: "-sky", "-skyi", "-skiy", "-skii", "-ski",
  // "-ska", "-skaya", "-skaia", "-skoi".
  size_t vowels = 0;
  while (vowels < 4 && vowels < word.size() && IsVowel(lower_at(vowels))) ++vowels;
  if (vowels >= 1 && vowels <= 3 && word.size() >= vowels + 3 && lower_at(vowels) == 'k' &&
      lower_at(vowels + 1) == 's') {
    return Spelling::kEastSlavic;
  }
  return Spelling::kDefault;
}

bool WritesSomaliSpelling(absl::string_view name) {
  // Every reading below needs an x, or a c at a word's start or end: most
  // names have neither, and are answered in one light pass.
  bool candidate = false;
  for (size_t i = 0; i < name.size() && !candidate; ++i) {
    const char l = name[i] | 0x20;
    candidate = l == 'x' || (l == 'c' && (i == 0 || i + 1 == name.size() || name[i - 1] == ' ' ||
                                          name[i + 1] == ' ' || name[i - 1] == '-' ||
                                          name[i + 1] == '-'));
  }
  if (!candidate) return false;
  // Of the whole name: a long vowel written double (aa, ii, uu), a letter
  // that Somali Latin writes where English spellings do not (an x, a c
  // opening a word before a vowel, a c ending one after a, o or u), an x
  // after a vowel, a word opening with c or x before a vowel; of one word:
  // an x and a doubled vowel.
  bool long_vowel = false, somali_letter = false, x_after_vowel = false, opens_with_c_or_x = false,
       x_with_double = false;
  size_t word_begin = 0;
  bool word_x = false, word_double = false;
  for (size_t i = 0; i <= name.size(); ++i) {
    const char c = i < name.size() ? absl::ascii_tolower(static_cast<unsigned char>(name[i])) : ' ';
    const char before =
        i > word_begin ? absl::ascii_tolower(static_cast<unsigned char>(name[i - 1])) : '\0';
    if (c == ' ' || c == '-') {
      x_with_double |= word_x && word_double;
      if (before == 'c' && i >= word_begin + 2) {
        const char vowel = absl::ascii_tolower(static_cast<unsigned char>(name[i - 2]));
        somali_letter |= vowel == 'a' || vowel == 'o' || vowel == 'u';
      }
      word_begin = i + 1;
      word_x = word_double = false;
      continue;
    }
    if (i == word_begin + 1 && (before == 'c' || before == 'x') && IsVowel(c)) {
      opens_with_c_or_x = somali_letter = true;
    }
    if (c == 'x') {
      word_x = somali_letter = true;
      if (before != '\0' && IsVowel(before)) x_after_vowel = true;
    }
    if (IsVowel(c) && c == before && c != 'y') {
      word_double = true;
      if (c == 'a' || c == 'i' || c == 'u') long_vowel = true;
    }
  }
  return (long_vowel && somali_letter) || x_with_double || (x_after_vowel && opens_with_c_or_x);
}

Spelling SpellingOfName(absl::string_view name, absl::string_view last_word) {
  const Spelling spelling = SlavicSpellingOf(last_word);
  if (spelling == Spelling::kDefault && WritesSomaliSpelling(name)) return Spelling::kSomali;
  return spelling;
}

std::string SkeletonKey(absl::string_view light) {
  std::string key(light.size(), '\0');
  key.resize(SkeletonKeyTo(light, &key[0]));
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

namespace {

// Soft edit costs in half units (one soft edit = 1).
int SubUnits(char a, char b, int hard) {
  if (a == b) return 0;
  if (IsVowel(a) && IsVowel(b)) return 1;
  if (SoftPair(a, b)) return 1;
  return hard;
}

// The edit distance between two runs of vowels in half units: every
// substitution, insertion or deletion of a vowel is one soft edit.
int VowelRunUnits(absl::string_view a, absl::string_view b) {
  if (a.size() == 1 && b.size() == 1) return a[0] == b[0] ? 0 : 1;
  if (a.empty() || b.empty()) return static_cast<int>(a.size() + b.size());
  if (a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin())) return 0;
  absl::InlinedVector<int, 8> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      const int up = row[j];
      row[j] = std::min({diagonal + (a[i - 1] == b[j - 1] ? 0 : 1), up + 1,
                         row[j - 1] + 1});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// SoftEditWithin for `a` and `b` stripped of their common prefix and suffix
// (the final-vowel and length checks done).
bool SoftEditWithinStripped(absl::string_view a, absl::string_view b,
                            int budget) {
  const size_t n = a.size(), m = b.size();
  int units = 0;
  size_t i = 0, j = 0;
  while (true) {
    size_t i_end = i, j_end = j;
    while (i_end < n && IsVowel(a[i_end])) ++i_end;
    while (j_end < m && IsVowel(b[j_end])) ++j_end;
    const size_t run_a = i_end - i, run_b = j_end - j;
    if (run_a <= 1 && run_b <= 1) {
      units += run_a != run_b || (run_a == 1 && a[i] != b[j]);
    } else {
      units += VowelRunUnits(absl::string_view(a.data() + i, run_a),
                             absl::string_view(b.data() + j, run_b));
    }
    if (units > budget) return false;
    if (i_end == n || j_end == m) return i_end == n && j_end == m;
    units += SubUnits(a[i_end], b[j_end], budget + 1);
    if (units > budget) return false;
    i = i_end + 1;
    j = j_end + 1;
  }
}

// True when SoftEditCost(a, b) <= budget / 2; the same answer, computed in
// integer half units. Consonants (any letter or byte not a vowel) are never
// inserted, deleted or turned into vowels by a soft edit, so within any
// budget the i-th consonant of `a` pairs with the i-th of `b` (equal, or a
// soft pair at one unit), and each run of vowels between two consonants
// pairs with the run at the same place in `b`, at its vowel edit distance.
bool SoftEditWithin(absl::string_view a, absl::string_view b, int budget) {
  if (!a.empty() && !b.empty() && IsVowel(a.back()) != IsVowel(b.back())) {
    return false;
  }
  const size_t n = a.size(), m = b.size();
  const size_t diff = n > m ? n - m : m - n;
  if (diff > 8 || diff > static_cast<size_t>(budget)) return false;
  // A prefix and a suffix the two share cost nothing: stripping them removes
  // as many consonants from each and the same letters from the ends of the
  // vowel runs they cut, which leaves every run's edit distance as it was.
  size_t prefix = 0;
  const size_t shorter = std::min(n, m);
  while (prefix < shorter && a[prefix] == b[prefix]) ++prefix;
  if (prefix == n && prefix == m) return true;
  size_t suffix = 0;
  while (suffix < shorter - prefix && a[n - 1 - suffix] == b[m - 1 - suffix]) {
    ++suffix;
  }
  a = absl::string_view(a.data() + prefix, n - prefix - suffix);
  b = absl::string_view(b.data() + prefix, m - prefix - suffix);
  return SoftEditWithinStripped(a, b, budget);
}

}  // namespace

NameForm MakeNameForm(absl::string_view name) {
  NameForm form;
  MakeNameFormInto(name, &form);
  return form;
}

namespace {

// True for "of", "the", "and", ... in any case: words that give no initial.
bool IsInitialStopword(absl::string_view word) {
  return kInitialStopwords.Contains(word);
}

// Writes the acronym letters of `name` ("PMF" of "P.M.F.": 2 to 6 upper-case
// ASCII letters, dots allowed, nothing else) at `out` (room for 6) and
// returns their number, 0 when `name` is no acronym.
size_t AcronymLettersTo(absl::string_view name, char* out) {
  size_t size = 0;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') {
      if (size == 6) return 0;
      out[size++] = c;
    } else if (c != '.') {
      return 0;
    }
  }
  return size < 2 ? 0 : size;
}

// A word of a name: whether a hyphen attached it to the next word, and
// whether it has apostrophes or dots (which its bare form drops).
struct Word {
  absl::string_view text;
  bool hyphen;
  bool dropped;
};

using Words = absl::InlinedVector<Word, 8>;

// The word that `word`, written short before another word of a name,
// stands for: a place's first word ("St" for "Saint", "Sto" for "Santo",
// "Sta" for "Santa", "Mt" for "Mount", "Ft" for "Fort") or a given name
// ("Mohd", "Muhd" and "Md" for "Muhammad", "Wm" for "William", "Chas" for
// "Charles", "Jas" for "James", "Thos" for "Thomas", "Geo" for "George",
// "Benj" for "Benjamin"); any case. Other words as they are.
absl::string_view Unabbreviated(absl::string_view word) {
  if (word.size() < 2 || word.size() > 4) return word;
  static constexpr std::pair<absl::string_view, absl::string_view> kShort[] = {
      {"st", "saint"},      {"sto", "santo"},      {"sta", "santa"},     {"mt", "mount"},
      {"ft", "fort"},       {"mohd", "muhammad"},  {"muhd", "muhammad"}, {"md", "muhammad"},
      {"wm", "william"},    {"chas", "charles"},   {"jas", "james"},     {"thos", "thomas"},
      {"geo", "george"},    {"benj", "benjamin"}};
  for (const auto& [short_form, full] : kShort) {
    if (absl::EqualsIgnoreCase(word, short_form)) return full;
  }
  return word;
}

// Whether `word` (any case, with or without a final dot) is a company's
// legal form: "Corporation", "Corp.", "Inc", "Ltd", "Limited", "LLC",
// "PLC".
bool IsLegalForm(absl::string_view word) {
  absl::ConsumeSuffix(&word, ".");
  for (absl::string_view form : {"corp", "corporation", "inc", "incorporated", "ltd", "limited",
                                 "llc", "plc"}) {
    if (absl::EqualsIgnoreCase(word, form)) return true;
  }
  return false;
}

// The non-empty words of `text` split at spaces and hyphens, into `*words`.
// Returns whether every byte of `text` is plain (`kPlainByte`). With
// kLowerCopy, also writes every byte of `text` with bit 5 set at `lower`
// (room for text.size()): a plain byte lower-cased (a letter) or kept (a
// space, hyphen, apostrophe or dot); the words are then viewed there, at the
// same offsets. Words split alike either way (at the bytes of `text`), and
// words in the copy start with the same letter ignoring case, and are the
// same stopword, as in `text` (setting bit 5 makes a letter of no other
// byte than that letter in either case).
// "Ministry of Foreign Affairs" as "Foreign Ministry", "the Department of
// Justice" as "the Justice Department": a ministry or department named by
// its head, "of" (and "the") and its field, with a final "Affairs" dropped,
// is put in the order of its other form, field first.
void PutFieldFirst(Words* words) {
  Words& w = *words;
  const size_t first = !w.empty() && absl::EqualsIgnoreCase(w[0].text, "the") ? 1 : 0;
  if (w.size() < first + 3 || !absl::EqualsIgnoreCase(w[first + 1].text, "of") ||
      !(absl::EqualsIgnoreCase(w[first].text, "ministry") ||
        absl::EqualsIgnoreCase(w[first].text, "department"))) {
    return;
  }
  size_t field = first + 2;
  if (field + 1 < w.size() && absl::EqualsIgnoreCase(w[field].text, "the")) ++field;
  size_t end = w.size();
  if (end - field >= 2 && absl::EqualsIgnoreCase(w[end - 1].text, "affairs")) --end;
  const Word head = w[first];
  Words out(w.begin(), w.begin() + first);
  out.insert(out.end(), w.begin() + field, w.begin() + end);
  out.push_back(head);
  w = std::move(out);
}

template <bool kLowerCopy>
bool SplitWords(absl::string_view text, char* lower, Words* words) {
  words->clear();
  uint8_t all = kPlainByte;
  bool dropped = false;
  const char* const data = text.data();
  const char* const view = kLowerCopy ? lower : data;
  const size_t size = text.size();
  size_t start = 0;
  for (size_t i = 0; i < size; ++i) {
    const char c = data[i];
    if (kLowerCopy) lower[i] = static_cast<char>(c | 0x20);
    const uint8_t kind = kNameBytes.of[static_cast<unsigned char>(c)];
    if (kind == kPlainByte) continue;  // A letter.
    all &= kind;
    if (kind & kSeparatorByte) {
      if (i > start) {
        words->push_back({absl::string_view(view + start, i - start), c == '-',
                          dropped});
      }
      start = i + 1;
      dropped = false;
    } else if (kind & kDroppedByte) {
      dropped = true;
    }
  }
  if (size > start) {
    words->push_back({absl::string_view(view + start, size - start), false, dropped});
  }
  return all != 0;
}

// Writes the upper-case initials of `words` (of the original name) that are
// not stopwords and start with an ASCII letter at `out` (room for
// words.size()) and returns their number; 0 for fewer than two words.
size_t InitialsTo(const Words& words, char* out) {
  if (words.size() < 2) return 0;
  size_t size = 0;
  for (const Word& word : words) {
    char c = word.text[0];
    if (c >= 'a' && c <= 'z') c = c - 'a' + 'A';
    if (c >= 'A' && c <= 'Z' && !IsInitialStopword(word.text)) out[size++] = c;
  }
  return size;
}

// kOneWordBytes.of[c] says what byte c is to `IsPlainOneWordName`, as bits
// OR-ed over the name: not allowed in a plain one-word name (a separator or
// any byte not plain), a letter, a byte that is neither an upper-case
// letter nor a dot (one such byte rules out an acronym).
enum OneWordByte : uint8_t { kNotOneWord = 1, kLetter = 2, kNotAcronym = 4 };
struct OneWordByteTable {
  uint8_t of[256] = {};
  constexpr OneWordByteTable() {
    for (int c = 0; c < 256; ++c) {
      const uint8_t kind = kNameBytes.of[c];
      if (kind != kPlainByte && kind != (kPlainByte | kDroppedByte)) {
        of[c] = kNotOneWord;
        continue;
      }
      if (kind == kPlainByte) of[c] |= kLetter;
      if (!(c >= 'A' && c <= 'Z') && c != '.') of[c] |= kNotAcronym;
    }
  }
};
constexpr OneWordByteTable kOneWordBytes;

}  // namespace

bool IsPlainOneWordName(absl::string_view name) {
  uint8_t bits = 0;
  for (char c : name) {
    bits |= kOneWordBytes.of[static_cast<unsigned char>(c)];
    if (bits & kNotOneWord) return false;  // Most names: at the first space.
  }
  // A word with a letter keeps a non-empty light form; "the" alone is
  // dropped; 2 to 6 upper-case letters and dots are an acronym.
  if ((bits & kNotOneWord) || !(bits & kLetter)) return false;
  if (name.size() == 3 && absl::EqualsIgnoreCase(name, "the")) return false;
  if (!(bits & kNotAcronym)) {
    char letters[6];
    if (AcronymLettersTo(name, letters) > 0) return false;
  }
  return true;
}

namespace {

// The first words of hyphenated given names that are no given name's
// syllable but an article or a kinship word ("Al-qaeda", "Abd-allah",
// "Ould-abdallah").
constexpr absl::string_view kNotASyllable[] = {"al",  "el",  "ad",  "an",   "ar",  "as",
                                               "ash", "at",  "az",  "abd",  "abu", "ibn",
                                               "bin", "ben", "bou", "ould", "ait", "bel"};

}  // namespace

bool IsHyphenatedGivenName(absl::string_view word) {
  const size_t hyphen = word.find('-');
  if (hyphen == absl::string_view::npos || hyphen < 2 || hyphen > 6 ||
      word.size() - hyphen - 1 < 2 || word.size() - hyphen - 1 > 5 ||
      !absl::ascii_isupper(word[0])) {
    return false;
  }
  for (size_t i = 1; i < word.size(); ++i) {
    if (i != hyphen && !absl::ascii_islower(word[i])) return false;
  }
  const absl::string_view first = word.substr(0, hyphen);
  return std::none_of(std::begin(kNotASyllable), std::end(kNotASyllable),
                      [&](absl::string_view w) { return absl::EqualsIgnoreCase(first, w); });
}

bool WritesGivenNameFirst(absl::string_view name, std::string* turned) {
  const size_t space = name.find(' ');
  if (space == absl::string_view::npos || name.find(' ', space + 1) != absl::string_view::npos) {
    return false;
  }
  const absl::string_view given = name.substr(0, space);
  const absl::string_view family = name.substr(space + 1);
  const auto lower = [](char c) { return absl::ascii_islower(c); };
  if (!IsHyphenatedGivenName(given) || family.size() < 2 || !absl::ascii_isupper(family[0]) ||
      !std::all_of(family.begin() + 1, family.end(), lower)) {
    return false;
  }
  turned->assign(family.data(), family.size());
  turned->push_back(' ');
  turned->append(given.data(), given.size());
  return true;
}

void ReduceName(absl::string_view name, std::string* buffer,
                ReducedName* out) {
  std::string turned;
  if (WritesGivenNameFirst(name, &turned)) name = turned;
  ReducedName& r = *out;
  r.token_ends.clear();
  r.begin = buffer->size();
  // The parts are written in a stack buffer (on the heap for long names) and
  // appended at the end. Room for every part: acronym letters (6), initials
  // (one per word, at most name.size()), the light forms (twice the name: x
  // becomes ks) and three keys (each at most as long as the light forms).
  const size_t room = 6 + name.size() + 8 * name.size();
  char stack_parts[512];
  std::string heap_parts;
  char* base = stack_parts;
  if (room > sizeof(stack_parts)) {
    heap_parts.resize(room);
    base = &heap_parts[0];
  }
  char* cursor = base;
  const auto end_part = [&](ReducedName::Part part) {
    r.ends[part] = static_cast<uint32_t>(cursor - base);
  };
  const size_t acronym_letters = AcronymLettersTo(name, cursor);
  r.acronym = acronym_letters > 0;
  cursor += acronym_letters;
  end_part(ReducedName::kAcronymLetters);
  // FoldForMatching only lower-cases a name of ASCII letters, spaces,
  // hyphens, apostrophes and dots (nearly every name): such a name is
  // lower-cased as it is split (SplitWords with a lower-case copy, whose
  // words give the initials of the name's), and its words compared with
  // particles ignoring case; another is split again once folded.
  std::string folded;
  char lower_stack[256];
  char* lower = lower_stack;
  if (name.size() > sizeof(lower_stack)) {
    folded.resize(name.size());
    lower = &folded[0];
  }
  Words words;
  const bool plain = SplitWords<true>(name, lower, &words);
  cursor += InitialsTo(words, cursor);
  end_part(ReducedName::kInitials);
  if (!plain) {
    folded = FoldForMatching(name);
    SplitWords<false>(folded, nullptr, &words);
  }
  PutFieldFirst(&words);
  const size_t first =
      !words.empty() && words.front().text.size() == 3 &&
              absl::EqualsIgnoreCase(words.front().text, "the")
          ? 1
          : 0;
  // A company's legal form after a name of two or more words ("Marahuyo
  // Nickel Corporation", "... Corp.", "... Ltd") is no part of the name it
  // is known by (its initials keep it: "MNC").
  const size_t last =
      words.size() >= first + 3 && IsLegalForm(words.back().text) ? words.size() - 1
                                                                   : words.size();
  const size_t num_words = last - first;
  // The words are lower case and their accents folded: "Ždralović" ends
  // like "Zdralovich".
  const Spelling spelling =
      SpellingOfName(name, last > 0 ? words[last - 1].text : absl::string_view());
  // Light forms of the words, end to end: the joined form.
  char* const joined = cursor;
  std::string bare_long;
  for (size_t i = first; i < last; ++i) {
    // The word without apostrophes and dots.
    absl::string_view bare = words[i].text;
    if (words[i].dropped) {
      bare_long.clear();
      for (char c : words[i].text) {
        if (c != '\'' && c != '.') bare_long.push_back(c);
      }
      bare = bare_long;
    }
    // Somali "Ceel" (a well, in place names) is the "El" of English
    // spellings ("Ceel Gaduud" = "El Gadud").
    const bool particle =
        (bare.size() >= 2 && bare.size() <= 3 &&
         (kParticles.Contains(bare) || (words[i].hyphen && kHyphenParticles.Contains(bare)))) ||
        (spelling == Spelling::kSomali && absl::EqualsIgnoreCase(bare, "ceel"));
    if (particle && num_words > 1) continue;
    if (i > first && i + 1 < last && IsPatronymMarker(words[i].text)) continue;
    // A word written short before another ("St. Petersburg", "Mohd. Idris").
    if (i + 1 < last) bare = Unabbreviated(bare);
    // A word with a Slavic surname's ending is read so wherever it stands: a
    // patronymic ("Gennadyevich") reads alike before a surname and last.
    const Spelling word_spelling =
        spelling == Spelling::kDefault && i + 1 < last ? SlavicSpellingOf(words[i].text)
                                                       : spelling;
    size_t size = plain ? LightFormOfLowerTo(bare, cursor, word_spelling)
                        : LightFormTo(bare, cursor,
                                      HasKurmanjiLetters(bare) ? Spelling::kKurmanji
                                                               : word_spelling);
    // Construct state: "Sarayat al-Nour", "Jabhat Fatah" are "Saraya",
    // "Jabha" followed by another word.
    if (i + 1 < last && size >= 5 && cursor[size - 2] == 'a' &&
        cursor[size - 1] == 't') {
      --size;
    }
    if (size == 0) continue;
    cursor += size;
    r.token_ends.push_back(static_cast<uint32_t>(cursor - joined));
  }
  end_part(ReducedName::kJoined);
  const absl::string_view joined_view(joined, cursor - joined);
  const size_t tokens = r.token_ends.size();
  // The keys in one pass over the joined form: the first token's key is the
  // start of the joined form's key (the same letters from the same start),
  // and the last token's key is what its letters add to it, after the
  // leading-vowel marker of a last token starting with a vowel and the class
  // of its first consonant when it repeats the class before it (collapsed
  // in the joined key).
  char* const key = cursor;
  uint32_t consonants = 0;
  size_t first_key_size = 0, key_size = 0, before_last = 0;
  if (tokens > 0) {
    first_key_size = SkeletonKeyTo(joined_view.substr(0, r.token_ends[0]), key,
                                   0, &consonants);
    key_size = first_key_size;
  }
  if (tokens > 1) {
    const size_t last_begin = r.token_ends[tokens - 2];
    if (last_begin > r.token_ends[0]) {  // Middle tokens (none of two).
      key_size = SkeletonKeyTo(
          joined_view.substr(r.token_ends[0], last_begin - r.token_ends[0]),
          key, key_size, &consonants);
    }
    before_last = key_size;
    key_size = SkeletonKeyTo(joined_view.substr(last_begin), key, key_size,
                             &consonants);
  }
  cursor += key_size;
  end_part(ReducedName::kKey);
  if (tokens == 1) {
    // One token: its key is the joined form's.
    std::memcpy(cursor, key, first_key_size);
    cursor += first_key_size;
  } else if (tokens > 1) {
    const absl::string_view last = joined_view.substr(r.token_ends[tokens - 2]);
    if (IsVowel(last[0])) *cursor++ = 'A';
    const auto consonant = std::find_if_not(last.begin(), last.end(), IsVowel);
    if (consonant != last.end() &&
        kClasses.of[static_cast<unsigned char>(*consonant)] == key[before_last - 1]) {
      *cursor++ = key[before_last - 1];
    }
    std::memcpy(cursor, key + before_last, key_size - before_last);
    cursor += key_size - before_last;
  }
  end_part(ReducedName::kLastKey);
  std::memcpy(cursor, key, first_key_size);
  cursor += first_key_size;
  end_part(ReducedName::kFirstKey);
  r.block.consonants = static_cast<int>(consonants);
  r.block.final_vowel = EndsInVowel(joined_view);
  buffer->append(base, cursor - base);
}

void MakeNameFormInto(absl::string_view name, NameForm* out) {
  NameForm& form = *out;
  std::string buffer;
  ReducedName r;
  ReduceName(name, &buffer, &r);
  const auto part = [&](ReducedName::Part p) {
    const uint32_t begin = p == 0 ? 0 : r.ends[p - 1];
    return absl::string_view(buffer.data() + begin, r.ends[p] - begin);
  };
  const auto copy_part = [&](ReducedName::Part p, std::string* out) {
    const absl::string_view v = part(p);
    out->assign(v.data(), v.size());
  };
  form.acronym = r.acronym;
  copy_part(ReducedName::kAcronymLetters, &form.acronym_letters);
  copy_part(ReducedName::kInitials, &form.initials);
  copy_part(ReducedName::kJoined, &form.joined);
  const absl::string_view joined = part(ReducedName::kJoined);
  form.tokens.resize(r.token_ends.size());
  for (size_t t = 0; t < r.token_ends.size(); ++t) {
    const uint32_t begin = t == 0 ? 0 : r.token_ends[t - 1];
    form.tokens[t].assign(joined.data() + begin, r.token_ends[t] - begin);
  }
  copy_part(ReducedName::kKey, &form.key);
  copy_part(ReducedName::kLastKey, &form.last_key);
  copy_part(ReducedName::kFirstKey, &form.first_key);
}

NameFormView ViewOf(const NameForm& form) {
  NameFormView v;
  v.joined = form.joined;
  v.key = form.key;
  v.acronym_letters = form.acronym_letters;
  v.tokens = form.tokens.size();
  v.acronym = form.acronym;
  return v;
}

namespace {

// In half units.
int Budget(size_t tokens, size_t length) {
  if (length <= 4) return 1;
  return 2 + static_cast<int>(tokens > 1 ? tokens - 1 : 0);
}

}  // namespace

bool EndsInVowel(absl::string_view light) {
  return !light.empty() && IsVowel(light.back());
}

NameBlock NameBlockOf(absl::string_view joined) {
  NameBlock block;
  for (char c : joined) block.consonants += !IsVowel(c);
  block.final_vowel = EndsInVowel(joined);
  return block;
}

std::string NameBlockKey(const NameForm& form) {
  const NameBlock block = NameBlockOf(form.joined);
  std::string out = form.key;
  out += block.final_vowel ? '|' : '/';
  out += std::to_string(block.consonants);
  return out;
}

bool SameName(const NameFormView& a, const NameFormView& b) {
  if (a.acronym || b.acronym) {
    return a.acronym && b.acronym && a.acronym_letters == b.acronym_letters;
  }
  if (a.key.empty() || a.key != b.key) return false;
  size_t tokens = std::max(a.tokens, b.tokens);
  size_t length = std::min(a.joined.size(), b.joined.size());
  return SoftEditWithin(a.joined, b.joined, Budget(tokens, length));
}

bool SameName(const NameForm& a, const NameForm& b) {
  return SameName(ViewOf(a), ViewOf(b));
}

bool SameToken(absl::string_view token, absl::string_view other) {
  if (token == other) return true;  // Equal keys, no edit.
  return SkeletonKey(token) == SkeletonKey(other) &&
         SameTokenOfEqualKeys(token, other);
}

bool SameTokenOfEqualKeys(absl::string_view token, absl::string_view other) {
  return SoftEditWithin(token, other,
                        Budget(1, std::min(token.size(), other.size())));
}

absl::InlinedVector<absl::string_view, 2> YorubaShortForms(absl::string_view given) {
  absl::InlinedVector<absl::string_view, 2> forms;
  if (!absl::StartsWith(given, "olu")) return forms;
  for (const size_t cut : {size_t{3}, size_t{5}}) {
    if (cut == 5 && !absl::StartsWith(given, "oluwa")) continue;
    const absl::string_view rest = given.substr(cut);
    if (rest.size() >= 4 && rest.size() <= 8) forms.push_back(rest);
  }
  return forms;
}

bool IsShortFormOf(absl::string_view short_form, absl::string_view given) {
  const size_t n = short_form.size();
  if (absl::c_linear_search(YorubaShortForms(given), short_form)) return true;
  if (n < 4 || n > 6 || !IsVowel(short_form.back())) return false;
  if (given.size() >= n + 2 &&
      (absl::EndsWith(given, short_form) || absl::StartsWith(given, short_form))) {
    return true;
  }
  absl::string_view stem = short_form;
  if (absl::EndsWith(stem, "ie")) {
    stem.remove_suffix(2);
  } else if (stem.back() == 'i' || stem.back() == 'y') {
    stem.remove_suffix(1);
  } else {
    return false;
  }
  if (stem.size() >= 4 && stem[stem.size() - 1] == stem[stem.size() - 2] &&
      !IsVowel(stem.back())) {
    stem.remove_suffix(1);
  }
  return stem.size() >= 3 && given.size() >= stem.size() + 2 &&
         absl::StartsWith(given, stem);
}

bool IsDigraphInitial(absl::string_view letters) {
  if (letters.size() != 2) return false;
  switch (letters[0]) {
    case 'C': case 'G': case 'K': case 'P': case 'S': case 'Z': return letters[1] == 'h';
    case 'D': return letters[1] == 'j';
    case 'T': return letters[1] == 'h' || letters[1] == 's';
    case 'Y':
      return letters[1] == 'a' || letters[1] == 'e' || letters[1] == 'o' || letters[1] == 'u';
    default: return false;
  }
}

}  // namespace xref
