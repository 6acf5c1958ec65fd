#include "synth/corpus_generator.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "base/file.h"
#include "base/proto_io.h"
#include "base/status_macros.h"

namespace xref {
namespace {

// ---------------------------------------------------------------------------
// Portable randomness.

uint64_t SplitMix64(uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

class Rng {
 public:
  explicit Rng(uint64_t seed) : engine_(SplitMix64(seed)) {}

  // Uniform in [0, n); n > 0. Rejects the low 2^64 mod n values so every
  // residue is equally likely.
  uint64_t Below(uint64_t n) {
    uint64_t threshold = (0 - n) % n;
    uint64_t x;
    do {
      x = engine_();
    } while (x < threshold);
    return x % n;
  }
  int Range(int lo, int hi) { return lo + static_cast<int>(Below(hi - lo + 1)); }
  bool Chance(double p) {
    return static_cast<double>(engine_() >> 11) * (1.0 / 9007199254740992.0) < p;
  }
  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[Below(items.size())];
  }
  template <typename T>
  void Shuffle(std::vector<T>& items) {
    for (size_t i = items.size(); i > 1; --i) {
      std::swap(items[i - 1], items[Below(i)]);
    }
  }

 private:
  std::mt19937_64 engine_;
};

// ---------------------------------------------------------------------------
// Text helpers.

std::string Capitalize(std::string s) {
  for (char& c : s) {
    if (c == '"' || c == ' ') continue;
    c = absl::ascii_toupper(static_cast<unsigned char>(c));
    break;
  }
  return s;
}

bool IsVowel(char c) { return std::string("aeiouAEIOU").find(c) != std::string::npos; }

int CountWords(absl::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\n';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

std::string Slug(absl::string_view text) {
  std::string out;
  for (char c : text) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(c))) {
      out.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
    } else if (!out.empty() && out.back() != '_') {
      out.push_back('_');
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

bool ReplaceFirst(std::string& s, absl::string_view from, absl::string_view to,
                  size_t start = 0) {
  size_t at = s.find(std::string(from), start);
  if (at == std::string::npos) return false;
  s.replace(at, from.size(), std::string(to));
  return true;
}

// ---------------------------------------------------------------------------
// Dates.

constexpr const char* kMonthNames[] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr const char* kWeekdayNames[] = {"Monday", "Tuesday",  "Wednesday",
                                         "Thursday", "Friday", "Saturday",
                                         "Sunday"};

std::string IsoDay(absl::CivilDay d) {
  return absl::StrFormat("%04d-%02d-%02d", d.year(), d.month(), d.day());
}
std::string IsoMonth(absl::CivilDay d) {
  return absl::StrFormat("%04d-%02d", d.year(), d.month());
}
int WeekdayIndex(absl::CivilDay d) {
  return static_cast<int>(absl::GetWeekday(d));  // Monday = 0.
}

// ---------------------------------------------------------------------------
// Names.

enum class Style { kArabic, kPersian, kRussian, kChinese, kSpanish, kEnglish };

struct NameParts {
  std::string given;
  std::string family;
  std::string family2;  // Second surname (Spanish).
  bool al = false;      // "al-" particle before the family name.
};

std::string FullName(const NameParts& n, Style style) {
  if (style == Style::kChinese) return absl::StrCat(n.family, " ", n.given);
  std::string out = absl::StrCat(n.given, " ", n.al ? "al-" : "", n.family);
  if (!n.family2.empty()) absl::StrAppend(&out, " ", n.family2);
  return out;
}

std::string ShortName(const NameParts& n, Style style) {
  if (style == Style::kChinese || style == Style::kSpanish) return n.family;
  return absl::StrCat(n.al ? "al-" : "", n.family);
}

using Syllables = std::vector<std::string>;

const Syllables kArabicGiven1 = {"Qa", "Ha", "Sa", "Ma", "Na", "Fa", "Ra", "Ja",
                                 "Ta", "Ba", "Za", "Kha", "Sha", "Mu", "Hu",
                                 "Nou", "Wa", "Ab", "Ka", "Ya"};
const Syllables kArabicGiven2 = {"sim", "san", "lid", "med", "mud", "dir", "hir",
                                 "zim", "lil", "bir", "fiq", "shid", "dhim",
                                 "rim", "tib", "mil", "ran", "fer", "sef", "ri"};
const Syllables kArabicFamily1 = {"Ka", "Mus", "Ja", "Ra", "Sa", "Ha", "Ta",
                                  "Za", "Ma", "Ba", "Fay", "Wa", "Dul", "Qu",
                                  "Shu", "Ku", "Nu", "Ju", "Ghu", "Bou"};
const Syllables kArabicFamily2 = {"dhi", "le", "ba", "shi", "mi", "ri", "zi",
                                  "ya", "hi", "ti", "ra", "fa", "la", "sa"};
const Syllables kArabicFamily3 = {"mi", "h", "di", "ri", "ni", "b", "r", "m",
                                  "yeh", "ni", "wi", "ji"};

const Syllables kPersianGiven1 = {"Mah", "Far", "Dar", "Beh", "Kou", "Ja", "Ro",
                                  "Shah", "Sa", "Ar", "Mo", "Na", "Pa", "Ka"};
const Syllables kPersianGiven2 = {"zad", "rokh", "yush", "mand", "ham", "vid",
                                  "ran", "sha", "ras", "san", "shid", "sen"};
const Syllables kPersianFamily1 = {"Rah", "Ka", "Na", "Pour", "Ta", "Sa", "Moh",
                                   "Ja", "Ah", "Gol", "Sol", "Hos", "Ab", "Dou"};
const Syllables kPersianFamily2 = {"mani", "rimi", "seri", "ghavi", "vandi",
                                   "bari", "zadeh", "nejad", "pour", "dousti",
                                   "mousavi", "tehrani"};

const Syllables kRussianGiven = {"Dmitriy", "Aleksandr", "Sergei", "Vladimir",
                                 "Yuri", "Mikhail", "Nikolai", "Boris",
                                 "Anatoliy", "Konstantin", "Oleg", "Igor",
                                 "Aleksei", "Yevgeniy", "Maksim", "Arkadiy"};
const Syllables kRussianStemVowel = {"Alekse", "Sergue", "Andre", "Mikhe",
                                     "Nikola", "Gurie", "Timofe", "Dmitrie",
                                     "Vasilie", "Arsenie", "Zaitse", "Matve",
                                     "Kondratie", "Yakovle", "Soloe", "Gordee"};
const Syllables kRussianStemCons = {"Pet", "Ivan", "Kuz", "Smir", "Sok", "Lebed",
                                    "Kozl", "Nov", "Mor", "Volk", "Zakhar",
                                    "Grom", "Belk", "Orl", "Kras", "Dubk"};
const Syllables kRussianConsSuffix = {"ov", "in", "ovsky", "enko", "ikhin", "ukov"};

const Syllables kChineseFamily = {"Zhang", "Zhao", "Zhou", "Wang", "Li",  "Liu",
                                  "Chen",  "Yang", "Huang", "Wu",  "Xu",  "Sun",
                                  "Zhu",   "Hu",   "Guo",  "Lin",  "Gao", "Zheng",
                                  "Luo",   "Zhong"};
const Syllables kChineseGiven = {"Xiao", "Wei",  "Ming", "Hua", "Jian", "Zhi",
                                 "Yong", "Jun",  "Hong", "Qiang", "Lei", "Ping",
                                 "Yan",  "Hai",  "Zhen", "Dong", "Feng", "Bo"};

const Syllables kSpanishGiven = {"Alejandro", "Manuel", "Ramón",  "Fernando",
                                 "Guillermo", "José",   "Ricardo", "Eduardo",
                                 "Sergio",    "Rodrigo", "Pablo", "Sebastián",
                                 "Andrés",    "Joaquín", "Tomás", "Héctor"};
const Syllables kSpanishFamilyStem = {"Hernán", "Rodrí", "Gonzá", "Martí", "Sán",
                                      "Ló",     "Pé",    "Gó",    "Fernán", "Ramí",
                                      "Jimé",   "Vázqu", "Domín", "Álvar", "Beníte",
                                      "Valdé"};
const Syllables kSpanishFamilyEnd = {"dez", "guez", "lez", "nez", "chez", "pez",
                                     "rez", "mez", "ez", "quez"};

const Syllables kEnglishGiven = {"David",  "Robert", "Michael", "Stephen",
                                 "Katherine", "Philip", "James", "Thomas",
                                 "Edward", "Richard", "Martin", "Graham",
                                 "Catherine", "Sophia", "Margaret", "Christopher"};
const Syllables kEnglishFamily1 = {"Mc", "Har", "Whit", "Ash", "Brad", "Cole",
                                   "Fair", "Mac", "Ken", "Thorn", "Hol", "Mor",
                                   "Pen", "Stan", "Wick", "Rut"};
const Syllables kEnglishFamily2 = {"ley", "ford", "ton", "son", "well", "man",
                                   "field", "by", "wood", "dale", "kenson",
                                   "ridge"};

NameParts MakeParts(Style style, Rng& rng) {
  NameParts n;
  switch (style) {
    case Style::kArabic:
      n.given = rng.Pick(kArabicGiven1) + rng.Pick(kArabicGiven2);
      n.family = rng.Pick(kArabicFamily1) + rng.Pick(kArabicFamily2) +
                 rng.Pick(kArabicFamily3);
      n.al = rng.Chance(0.5);
      break;
    case Style::kPersian:
      n.given = rng.Pick(kPersianGiven1) + rng.Pick(kPersianGiven2);
      n.family = rng.Pick(kPersianFamily1) + rng.Pick(kPersianFamily2);
      break;
    case Style::kRussian:
      n.given = rng.Pick(kRussianGiven);
      n.family = rng.Chance(0.55) ? rng.Pick(kRussianStemVowel) + "ev"
                                  : rng.Pick(kRussianStemCons) +
                                        rng.Pick(kRussianConsSuffix);
      break;
    case Style::kChinese: {
      std::string a = rng.Pick(kChineseGiven);
      std::string b = rng.Pick(kChineseGiven);
      while (b == a) b = rng.Pick(kChineseGiven);
      n.given = a + absl::AsciiStrToLower(b);
      n.family = rng.Pick(kChineseFamily);
      break;
    }
    case Style::kSpanish:
      n.given = rng.Pick(kSpanishGiven);
      n.family = rng.Pick(kSpanishFamilyStem) + rng.Pick(kSpanishFamilyEnd);
      if (rng.Chance(0.4)) {
        n.family2 = rng.Pick(kSpanishFamilyStem) + rng.Pick(kSpanishFamilyEnd);
      }
      break;
    case Style::kEnglish:
      n.given = rng.Pick(kEnglishGiven);
      n.family = rng.Pick(kEnglishFamily1) + rng.Pick(kEnglishFamily2);
      break;
  }
  return n;
}

bool DoubleInnerConsonant(std::string& s) {
  for (size_t i = 1; i + 1 < s.size(); ++i) {
    char c = s[i];
    if (std::string("slmnrdt").find(c) != std::string::npos && IsVowel(s[i - 1]) &&
        IsVowel(s[i + 1])) {
      s.insert(i, 1, c);
      return true;
    }
  }
  return false;
}

bool UndoubleConsonant(std::string& s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] == s[i + 1] && !IsVowel(s[i])) {
      s.erase(i, 1);
      return true;
    }
  }
  return false;
}

bool SwapEI(std::string& s) {
  for (size_t i = s.size(); i-- > 1;) {
    if (s[i] == 'e' && i + 1 < s.size() && !IsVowel(s[i + 1]) && !IsVowel(s[i - 1])) {
      s[i] = 'i';
      return true;
    }
    if (s[i] == 'i' && i + 1 < s.size() && !IsVowel(s[i + 1]) && !IsVowel(s[i - 1])) {
      s[i] = 'e';
      return true;
    }
  }
  return false;
}

bool StripAccents(std::string& s) {
  std::string out = absl::StrReplaceAll(
      s, {{"á", "a"}, {"é", "e"}, {"í", "i"}, {"ó", "o"}, {"ú", "u"}, {"Á", "A"},
          {"É", "E"}, {"ñ", "n"}});
  if (out == s) return false;
  s = out;
  return true;
}

using Rule = bool (*)(NameParts&);

const std::vector<Rule>& RulesFor(Style style) {
  static const auto* kArabic = new std::vector<Rule>{
      [](NameParts& n) { return ReplaceFirst(n.given, "Q", "K") || ReplaceFirst(n.family, "Q", "K"); },
      [](NameParts& n) { return DoubleInnerConsonant(n.given); },
      [](NameParts& n) { return DoubleInnerConsonant(n.family); },
      [](NameParts& n) { return UndoubleConsonant(n.family) || UndoubleConsonant(n.given); },
      [](NameParts& n) { return ReplaceFirst(n.given, "ou", "u") || ReplaceFirst(n.family, "ou", "u"); },
      [](NameParts& n) { return ReplaceFirst(n.family, "u", "ou", 1); },
      [](NameParts& n) { return SwapEI(n.family); },
      [](NameParts& n) { return SwapEI(n.given); },
      [](NameParts& n) { bool had = n.al; n.al = false; return had; },
      [](NameParts& n) { return ReplaceFirst(n.family, "dh", "z"); },
  };
  static const auto* kPersian = new std::vector<Rule>{
      [](NameParts& n) { return ReplaceFirst(n.family, "ou", "u") || ReplaceFirst(n.given, "ou", "u"); },
      [](NameParts& n) { return ReplaceFirst(n.family, "zadeh", "zade"); },
      [](NameParts& n) { return ReplaceFirst(n.family, "nejad", "nezhad"); },
      [](NameParts& n) { return SwapEI(n.family); },
      [](NameParts& n) { return DoubleInnerConsonant(n.given); },
      [](NameParts& n) { return ReplaceFirst(n.family, "gh", "q"); },
  };
  static const auto* kRussian = new std::vector<Rule>{
      [](NameParts& n) {
        size_t len = n.family.size();
        if (len < 3 || n.family.compare(len - 2, 2, "ev") != 0 ||
            n.family[len - 3] == 'y') {
          return false;
        }
        n.family.insert(len - 2, "y");
        return true;
      },
      [](NameParts& n) { return ReplaceFirst(n.given, "ks", "x") || ReplaceFirst(n.family, "ks", "x"); },
      [](NameParts& n) {
        size_t len = n.given.size();
        if (len < 3 || n.given.compare(len - 2, 2, "iy") != 0) return false;
        n.given.erase(len - 2, 1);
        return true;
      },
      [](NameParts& n) { return ReplaceFirst(n.given, "Yu", "Iu") || ReplaceFirst(n.given, "Yev", "Ev"); },
      [](NameParts& n) { return ReplaceFirst(n.given, "kh", "h") || ReplaceFirst(n.family, "kh", "h"); },
      [](NameParts& n) { return ReplaceFirst(n.given, "ei", "ey") || ReplaceFirst(n.given, "ai", "ay"); },
      [](NameParts& n) { return ReplaceFirst(n.family, "sky", "ski"); },
  };
  static const auto* kChinese = new std::vector<Rule>{
      [](NameParts& n) { return ReplaceFirst(n.family, "Zh", "J"); },
      [](NameParts& n) {
        for (size_t i = 2; i + 1 < n.given.size(); ++i) {
          for (const std::string& syl : kChineseGiven) {
            std::string lower = absl::AsciiStrToLower(syl);
            if (n.given.compare(i, std::string::npos, lower) == 0) {
              n.given.insert(i, "-");
              return true;
            }
          }
        }
        return false;
      },
      [](NameParts& n) { return ReplaceFirst(n.given, "Zh", "J") || ReplaceFirst(n.given, "zh", "j"); },
      [](NameParts& n) { return ReplaceFirst(n.given, "Xi", "Hsi"); },
  };
  static const auto* kSpanish = new std::vector<Rule>{
      [](NameParts& n) -> bool { bool a = StripAccents(n.family); bool b = StripAccents(n.given); return a || b; },
      [](NameParts& n) { bool had = !n.family2.empty(); n.family2.clear(); return had; },
      [](NameParts& n) { return StripAccents(n.family); },
  };
  static const auto* kEnglish = new std::vector<Rule>{
      [](NameParts& n) { return ReplaceFirst(n.family, "son", "sen"); },
      [](NameParts& n) { return ReplaceFirst(n.family, "Mc", "Mac") || ReplaceFirst(n.family, "Mac", "Mc"); },
      [](NameParts& n) { return ReplaceFirst(n.given, "Ph", "F") || ReplaceFirst(n.given, "ph", "f"); },
      [](NameParts& n) { return ReplaceFirst(n.given, "Cath", "Kath") || ReplaceFirst(n.given, "Kath", "Cath"); },
      [](NameParts& n) {
        if (n.given.size() < 3) return false;
        n.given = n.given.substr(0, 1) + ".";
        return true;
      },
  };
  switch (style) {
    case Style::kArabic: return *kArabic;
    case Style::kPersian: return *kPersian;
    case Style::kRussian: return *kRussian;
    case Style::kChinese: return *kChinese;
    case Style::kSpanish: return *kSpanish;
    case Style::kEnglish: return *kEnglish;
  }
  return *kEnglish;
}

// Canonical spelling first, then up to three distinct variants.
std::vector<NameParts> MakeVariants(const NameParts& canonical, Style style,
                                    Rng& rng) {
  std::vector<NameParts> out = {canonical};
  std::set<std::string> seen = {FullName(canonical, style)};
  const std::vector<Rule>& rules = RulesFor(style);
  int wanted = rng.Range(1, 3);
  for (int attempt = 0; attempt < 12 && static_cast<int>(out.size()) <= wanted;
       ++attempt) {
    NameParts v = canonical;
    int edits = rng.Range(1, 2);
    bool changed = false;
    for (int e = 0; e < edits; ++e) changed |= rng.Pick(rules)(v);
    if (!changed) continue;
    if (seen.insert(FullName(v, style)).second) out.push_back(v);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Participants.

struct Participant {
  std::string id;
  bool person = true;
  std::vector<std::string> full;   // [0] canonical.
  std::vector<std::string> brief;  // Later mentions (persons), parallel to full.
  std::string description;         // "a militia commander".
};

const std::vector<std::string> kPersonRoles = {
    "a militia commander",   "an opposition activist", "a businessman",
    "a former minister",     "a journalist",           "a senior cleric",
    "a trade union leader",  "a local councillor",     "a retired general",
    "a human rights lawyer", "a tribal elder",         "a blogger"};
const std::vector<std::string> kGroupRoles = {
    "an armed faction", "an opposition movement", "a militant network",
    "a paramilitary group", "a protest movement"};

Participant MakePerson(Style style, Rng& rng) {
  Participant p;
  NameParts parts = MakeParts(style, rng);
  for (const NameParts& v : MakeVariants(parts, style, rng)) {
    p.full.push_back(FullName(v, style));
    p.brief.push_back(ShortName(v, style));
  }
  p.description = rng.Pick(kPersonRoles);
  return p;
}

Participant MakeGroup(Style style, Rng& rng) {
  Participant p;
  p.person = false;
  NameParts core = MakeParts(style, rng);
  std::vector<NameParts> cores = MakeVariants(core, style, rng);
  struct Pattern {
    std::string a, b;   // Two spellings of the fixed word.
    bool before;        // Fixed word before the core.
  };
  static const auto* kPatterns = new std::map<Style, std::vector<Pattern>>{
      {Style::kArabic,
       {{"Kataib", "Kata'ib", true}, {"Saraya", "Sarayat", true},
        {"Liwa", "Liwaa", true}, {"Asaib", "Asa'ib", true}}},
      {Style::kPersian, {{"Sepah-e", "Sepah", true}, {"Jebhe-ye", "Jebhe", true}}},
      {Style::kRussian, {{"Battalion", "Battalion", false}, {"Legion", "Legion", false}}},
      {Style::kChinese, {{"Brotherhood", "Brotherhood", false}, {"Society", "Society", false}}},
      {Style::kSpanish, {{"Frente", "Frente", true}, {"Movimiento", "Movimiento", true}}},
      {Style::kEnglish, {{"Front", "Front", false}, {"Brigade", "Brigades", false}}},
  };
  const Pattern& pattern = rng.Pick(kPatterns->at(style));
  std::set<std::string> seen;
  for (size_t i = 0; i < cores.size(); ++i) {
    std::string c = cores[i].family;
    if (style == Style::kChinese) c += absl::AsciiStrToLower(cores[i].given.substr(0, 3));
    if (style == Style::kArabic && cores[i].al) c = "al-" + c;
    const std::string& fixed = (i > 0 && rng.Chance(0.5)) ? pattern.b : pattern.a;
    std::string name = pattern.before ? fixed + " " + c : c + " " + fixed;
    if (seen.insert(name).second) {
      p.full.push_back(name);
      p.brief.push_back("");
    }
  }
  p.description = rng.Pick(kGroupRoles);
  return p;
}

// ---------------------------------------------------------------------------
// Places.

struct City {
  std::string key, name;
  std::vector<std::string> aliases;  // Other spellings of the city.
  std::string parent_key, parent_name;
  std::string country;               // Display name of the country, may be empty.
};

std::vector<City> UsableCities(const GazetteerFile& gazetteer) {
  absl::flat_hash_map<std::string, const Place*> by_key;
  for (const Place& p : gazetteer.places()) by_key[p.key()] = &p;
  std::vector<City> out;
  for (const Place& p : gazetteer.places()) {
    if (p.kind() != "city" || p.within_size() == 0) continue;
    auto parent = by_key.find(p.within(0));
    if (parent == by_key.end()) continue;
    if (p.name().find(',') != std::string::npos ||
        parent->second->name().find(',') != std::string::npos) {
      continue;
    }
    City c;
    c.key = p.key();
    c.name = p.name();
    for (const std::string& a : p.aliases()) {
      if (a.find(',') == std::string::npos && a.find('.') == std::string::npos) {
        c.aliases.push_back(a);
      }
    }
    c.parent_key = parent->second->key();
    c.parent_name = parent->second->name();
    const Place* up = parent->second;
    for (int depth = 0; up != nullptr && depth < 6; ++depth) {
      if (up->kind() == "country") {
        c.country = up->name();
        break;
      }
      if (up->within_size() == 0) break;
      auto next = by_key.find(up->within(0));
      up = next == by_key.end() ? nullptr : next->second;
    }
    out.push_back(std::move(c));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Categories for multi-valued roles: the normalised value and surface phrases.

struct Category {
  std::string value;
  std::vector<std::string> phrases;
};
using Categories = std::vector<Category>;

const Categories kCrimes = {
    {"terrorism", {"terrorism", "terrorism-related offences", "belonging to a terrorist cell", "financing terrorism"}},
    {"corruption", {"corruption", "embezzling public funds", "graft", "taking bribes"}},
    {"espionage", {"espionage", "spying for a foreign power", "passing state secrets abroad"}},
    {"murder", {"murder", "the killing of a local official", "homicide"}},
    {"drug trafficking", {"drug trafficking", "smuggling narcotics", "running a drug ring"}},
    {"weapons smuggling", {"arms smuggling", "smuggling weapons", "illegal possession of weapons"}},
    {"inciting unrest", {"inciting unrest", "incitement against the state", "organising illegal gatherings"}},
    {"fraud", {"fraud", "forging official documents", "money laundering"}},
    {"kidnapping", {"kidnapping", "abducting a businessman", "hostage-taking"}},
};
const Categories kReleaseReasons = {
    {"insufficient evidence", {"for lack of evidence", "after prosecutors failed to produce sufficient evidence"}},
    {"bail", {"on bail", "after posting bail"}},
    {"amnesty", {"under a general amnesty", "as part of an amnesty"}},
    {"health", {"on medical grounds", "because of poor health"}},
    {"prisoner exchange", {"in a prisoner swap", "as part of an exchange of detainees"}},
    {"political deal", {"following a deal between political factions", "after talks between party leaders"}},
};
const Categories kProtestReasons = {
    {"fuel prices", {"over rising fuel prices", "against a hike in petrol prices"}},
    {"election fraud", {"over alleged vote rigging", "to denounce the disputed election results"}},
    {"power cuts", {"over chronic power outages", "over electricity shortages"}},
    {"unemployment", {"over joblessness", "demanding jobs"}},
    {"detention of leaders", {"demanding the release of detained leaders", "against the jailing of their leaders"}},
    {"corruption", {"against government corruption", "over graft allegations"}},
};
const Categories kArrestAgents = {
    {"police", {"police", "officers"}},
    {"security forces", {"security forces", "security personnel"}},
    {"counter-terrorism unit", {"a counter-terrorism unit", "counter-terrorism forces"}},
    {"intelligence service", {"intelligence agents", "the intelligence service"}},
    {"army", {"soldiers", "the army"}},
};
const Categories kCourtAgents = {
    {"court", {"a court", "judges"}},
    {"prosecutors", {"prosecutors", "the public prosecutor"}},
    {"investigating judge", {"an investigating judge", "the examining magistrate"}},
};
const Categories kKillers = {
    {"gunmen", {"gunmen", "armed men", "unidentified assailants"}},
    {"militants", {"militants", "insurgents"}},
    {"security forces", {"security forces", "soldiers"}},
};
const Categories kInstruments = {
    {"car bomb", {"a car bomb", "an explosives-laden vehicle"}},
    {"rockets", {"rockets", "a rocket barrage"}},
    {"roadside bomb", {"a roadside bomb", "an improvised explosive device"}},
    {"drone", {"a drone", "an armed drone"}},
    {"gunfire", {"gunfire", "automatic weapons"}},
};

// ---------------------------------------------------------------------------
// Events, roles and templates.

enum class Kind { kArrest, kRelease, kCharge, kConvict, kKill, kAttack, kInjure, kProtest };
enum Role { kTime, kPlace, kCount, kAgent, kCrime, kReason, kInstrument, kNumRoles };
constexpr const char* kRoleNames[] = {"time", "place", "count", "agent",
                                      "crime", "reason", "instrument"};
bool IsMulti(Role r) { return r == kAgent || r == kCrime || r == kReason || r == kInstrument; }
const char* kPlaceholders[] = {"{TIME}", "{PLACE}", "{COUNT}", "{AGENT}",
                               "{CRIME}", "{REASON}", "{INSTR}"};

struct KindInfo {
  std::string ace;
  std::vector<Role> roles;
  const Categories* agents = nullptr;
  const Categories* reasons = nullptr;
  std::vector<std::string> active, passive, noun, title;
  std::vector<std::string> leads;
  std::map<Role, std::vector<std::string>> follow;
};

// Templates: lower-case start where the first word is common (capitalised
// when placed). {P} is the participant (full name first, later a short form);
// {BE} agrees with it. {SRC} marks a quote with built-in attribution.
const KindInfo& Info(Kind kind) {
  static const auto* kInfo = new std::map<Kind, KindInfo>{
      {Kind::kArrest,
       {"Justice:Arrest-Jail",
        {kTime, kPlace, kCount, kAgent, kCrime},
        &kArrestAgents, nullptr,
        {"arrested", "detained", "seized"},
        {"arrested", "detained", "taken into custody", "picked up"},
        {"arrest", "detention"},
        {"detained", "arrested", "held by authorities"},
        {"{AGENT} {ACT} {P} {PLACE} {TIME}",
         "{P} {BE} {PASS} by {AGENT} {TIME} {PLACE}",
         "{TIME}, {AGENT} {ACT} {P} {PLACE}",
         "{P} {BE} {PASS} {PLACE} {TIME} on suspicion of {CRIME}",
         "{TIME}, {P} {BE} {PASS} {PLACE}",
         "{P}, {DESC}, {BE} {PASS} {TIME}",
         "\"We have {ACT} {P} {TIME},\" {SRC} told reporters",
         "in a raid {PLACE} {TIME}, {AGENT} {ACT} {P}",
         "{P} {BE} {PASS}, the latest in a series of detentions"},
        {{kTime, {"the {NOUN} took place {TIME}", "{P} {BE} {PASS} {TIME}",
                  "{TIME}, {P} {BE} led away in handcuffs"}},
         {kPlace, {"the {NOUN} happened {PLACE}", "{P} {BE} {PASS} at a checkpoint {PLACE}"}},
         {kAgent, {"the operation was carried out by {AGENT}", "{AGENT} made the {NOUN}",
                   "it was {AGENT} who {ACT} {P}"}},
         {kCrime, {"{P} {BE} accused of {CRIME}", "the {NOUN} is linked to allegations of {CRIME}",
                   "{P} now {FACE} accusations of {CRIME}",
                   "investigators suspect {P} of {CRIME}"}},
         {kCount, {"in all, {COUNT} people {BEP} {PASS} in the sweep",
                   "{COUNT} suspects {BEP} rounded up"}}}}},
      {Kind::kRelease,
       {"Justice:Release-Parole",
        {kTime, kCount, kAgent, kReason},
        &kCourtAgents, &kReleaseReasons,
        {"released", "freed"},
        {"released", "freed", "set free"},
        {"release"},
        {"freed", "released"},
        {"{P} {BE} {PASS} {TIME} {REASON}",
         "{AGENT} ordered the {NOUN} of {P} {TIME}",
         "{TIME}, {AGENT} {ACT} {P} {REASON}",
         "{P} walked out of detention {TIME}",
         "{TIME}, {P} {BE} {PASS}",
         "{P} {BE} {PASS} from custody"},
        {{kTime, {"the {NOUN} came {TIME}", "{P} left custody {TIME}"}},
         {kReason, {"{P} {BE} let go {REASON}", "the {NOUN} was granted {REASON}"}},
         {kAgent, {"the decision to free {P} was taken by {AGENT}", "{AGENT} signed off on the {NOUN}"}},
         {kCount, {"{COUNT} detainees {BEP} {PASS} in total"}}}}},
      {Kind::kCharge,
       {"Justice:Charge-Indict",
        {kTime, kAgent, kCrime},
        &kCourtAgents, nullptr,
        {"charged", "indicted"},
        {"charged", "formally charged", "indicted"},
        {"indictment", "charge sheet"},
        {"charged", "indicted"},
        {"{AGENT} {ACT} {P} with {CRIME} {TIME}",
         "{P} {BE} {PASS} {TIME} with {CRIME}",
         "{TIME}, {AGENT} {ACT} {P} on counts of {CRIME}",
         "{P} {BE} {PASS} {TIME}",
         "{P} {BE} {PASS} in a case that has drawn wide attention"},
        {{kTime, {"the {NOUN} was filed {TIME}", "{P} {BE} {PASS} {TIME}"}},
         {kCrime, {"the {NOUN} lists {CRIME}", "{P} {FACE} counts of {CRIME}"}},
         {kAgent, {"the case was brought by {AGENT}", "{AGENT} filed the {NOUN}"}}}}},
      {Kind::kConvict,
       {"Justice:Convict",
        {kTime, kPlace, kCrime},
        nullptr, nullptr,
        {"convicted", "found guilty"},
        {"convicted", "found guilty"},
        {"verdict", "conviction"},
        {"convicted", "found guilty"},
        {"{P} {BE} {PASS} of {CRIME} by a court {PLACE} {TIME}",
         "a court {PLACE} found {P} guilty of {CRIME} {TIME}",
         "{TIME}, judges convicted {P} of {CRIME}",
         "{P} {BE} {PASS} {TIME}",
         "{P} {BE} {PASS} in a closely watched trial"},
        {{kTime, {"the {NOUN} was handed down {TIME}", "{P} {BE} {PASS} {TIME}"}},
         {kPlace, {"the trial was held {PLACE}", "the court that heard the case sits {PLACE}"}},
         {kCrime, {"{P} {BE} {PASS} of {CRIME}", "the {NOUN} concerned {CRIME}"}}}}},
      {Kind::kKill,
       {"Life:Die",
        {kTime, kPlace, kAgent, kInstrument},
        &kKillers, nullptr,
        {"killed", "shot dead"},
        {"killed", "shot dead", "assassinated"},
        {"killing", "assassination"},
        {"killed", "shot dead"},
        {"{P} {BE} {PASS} {PLACE} {TIME}",
         "{AGENT} {ACT} {P} {PLACE} {TIME}",
         "{TIME}, {P}, {DESC}, {BE} {PASS} by {AGENT}",
         "{P} {BE} killed by {INSTR} {TIME}",
         "{P} died after being attacked {PLACE} {TIME}",
         "{P}, {DESC}, {BE} {PASS}"},
        {{kTime, {"the {NOUN} happened {TIME}", "{P} {BE} {PASS} {TIME}"}},
         {kPlace, {"the {NOUN} took place {PLACE}", "{P} {BE} {PASS} near his home {PLACE}"}},
         {kAgent, {"the {NOUN} was carried out by {AGENT}", "{AGENT} opened fire on {P}"}},
         {kInstrument, {"the attackers used {INSTR}", "{P} {BE} killed by {INSTR}"}}}}},
      {Kind::kAttack,
       {"Conflict:Attack",
        {kTime, kPlace, kCount, kInstrument},
        nullptr, nullptr,
        {"attacked", "struck"},
        {"blamed", "held responsible"},
        {"attack", "bombing", "assault"},
        {"blamed for deadly attack", "linked to attack"},
        {"an attack blamed on {P} killed {COUNT} people {PLACE} {TIME}",
         "{TIME}, {COUNT} people were killed {PLACE} in an attack claimed by {P}",
         "{P} {BE} {PASS} for an assault with {INSTR} {PLACE} {TIME}",
         "{INSTR} hit a crowded market {PLACE} {TIME}, killing {COUNT} people; {P} claimed responsibility",
         "{P} {BE} {PASS} for an attack {TIME}",
         "{P} {BE} {PASS} for a deadly attack"},
        {{kTime, {"the {NOUN} happened {TIME}", "the assault took place {TIME}"}},
         {kPlace, {"the {NOUN} struck {PLACE}", "the target was a checkpoint {PLACE}"}},
         {kCount, {"the death toll rose to {COUNT}", "{COUNT} people died in the {NOUN}"}},
         {kInstrument, {"the attackers used {INSTR}", "the {NOUN} was carried out with {INSTR}"}}}}},
      {Kind::kInjure,
       {"Life:Injure",
        {kCount},
        nullptr, nullptr,
        {"wounded", "injured"},
        {"wounded", "injured", "hurt"},
        {"injuries"},
        {"wounded"},
        {"{COUNT} others {BEP} {PASS}", "the blast left {COUNT} people {PASS}",
         "several people {BEP} also {PASS}"},
        {{kCount, {"{COUNT} people {BEP} {PASS}", "hospitals treated {COUNT} people for injuries"}}}}},
      {Kind::kProtest,
       {"Conflict:Demonstrate",
        {kTime, kPlace, kCount, kReason},
        nullptr, &kProtestReasons,
        {"rallied", "marched"},
        {"mobilised"},
        {"protest", "demonstration", "rally"},
        {"supporters take to the streets", "protest draws crowds"},
        {"{COUNT} supporters of {P} rallied {PLACE} {TIME} {REASON}",
         "{TIME}, {COUNT} people took to the streets {PLACE} {REASON}, answering a call by {P}",
         "{P} led a {NOUN} {PLACE} {TIME}",
         "{TIME}, protesters marched {PLACE} at the urging of {P}",
         "{P} called its supporters onto the streets"},
        {{kTime, {"the {NOUN} was held {TIME}", "the march took place {TIME}"}},
         {kPlace, {"the {NOUN} took place {PLACE}", "crowds gathered {PLACE}"}},
         {kCount, {"{COUNT} people joined the {NOUN}", "organisers said {COUNT} demonstrators turned out"}},
         {kReason, {"the demonstrators were protesting {REASON}", "the {NOUN} was called {REASON}"}}}}},
  };
  return kInfo->at(kind);
}

// ---------------------------------------------------------------------------
// Numbers.

std::string NumberWord(int n) {
  static const char* kOnes[] = {"zero", "one", "two", "three", "four", "five", "six",
                                "seven", "eight", "nine", "ten", "eleven", "twelve",
                                "thirteen", "fourteen", "fifteen", "sixteen",
                                "seventeen", "eighteen", "nineteen"};
  static const char* kTens[] = {"", "", "twenty", "thirty", "forty", "fifty",
                                "sixty", "seventy", "eighty", "ninety"};
  if (n < 20) return kOnes[n];
  if (n < 100) {
    std::string out = kTens[n / 10];
    if (n % 10 != 0) absl::StrAppend(&out, "-", kOnes[n % 10]);
    return out;
  }
  return absl::StrCat(n);
}

std::string Digits(int n) {
  if (n < 1000) return absl::StrCat(n);
  return absl::StrFormat("%d,%03d", n / 1000, n % 1000);
}

struct Rendered {
  std::string phrase;
  std::string value;  // Gold value.
};

constexpr char kOpenTop[] = "9223372036854775807";

// A count phrase placed before a plural noun. `exact` forbids vague forms.
Rendered RenderCount(int n, bool exact, bool words_pref, Rng& rng) {
  std::vector<Rendered> options;
  options.push_back({Digits(n), absl::StrCat(n)});
  if (n < 100) options.push_back({NumberWord(n), absl::StrCat(n)});
  if (words_pref && n < 100) options.push_back({NumberWord(n), absl::StrCat(n)});
  if (!exact) {
    if (n == 12) options.push_back({"a dozen", "12"});
    int step = n >= 1000 ? 500 : n >= 100 ? 50 : n >= 30 ? 10 : 5;
    int floor = (n - 1) / step * step;
    if (floor >= 5) {
      options.push_back({"more than " + Digits(floor),
                         absl::StrCat(floor + 1, "-", kOpenTop)});
    }
    if (n >= 24 && n <= 199) options.push_back({"dozens of", "dozens"});
    if (n >= 100 && n <= 999) options.push_back({"hundreds of", "hundreds"});
    if (n >= 1000 && n <= 9999) options.push_back({"thousands of", "thousands"});
  }
  return rng.Pick(options);
}

// ---------------------------------------------------------------------------
// Outlets.

struct Outlet {
  std::string name, domain;
  bool day_month = false;   // "3 March" rather than "March 3".
  bool words = false;       // Prefers numbers in words.
  double relative = 0.5;    // Share of relative date forms.
  double attribution = 0.4; // Share of attributed sentences.
  double province = 0.2;    // Share of province/country place mentions.
};

std::vector<Outlet> MakeOutlets(int count, Rng& rng) {
  static const std::vector<std::string> kFirst = {
      "Daily", "Evening", "Morning", "Global", "National", "Northern",
      "Coastal", "Independent", "Capital", "Continental", "Frontier", "Metro",
      "Eastern", "Western", "Sunday", "Weekly", "Free", "Open", "Central", "Valley"};
  static const std::vector<std::string> kSecond = {
      "Ledger", "Courier", "Dispatch", "Observer", "Herald", "Monitor",
      "Bulletin", "Chronicle", "Gazette", "Tribune", "Post", "Wire",
      "Review", "Sentinel", "Record", "Beacon", "Examiner", "Journal",
      "Standard", "Telegraph", "Register", "Times", "Star", "Mail", "Press"};
  static const std::vector<std::string> kTld = {".com", ".net", ".org", ".news", ".co.uk"};
  std::vector<std::pair<int, int>> combos;
  for (int i = 0; i < static_cast<int>(kFirst.size()); ++i) {
    for (int j = 0; j < static_cast<int>(kSecond.size()); ++j) combos.push_back({i, j});
  }
  rng.Shuffle(combos);
  std::vector<Outlet> out;
  for (int k = 0; k < count; ++k) {
    Outlet o;
    const auto& c = combos[k % combos.size()];
    o.name = absl::StrCat("The ", kFirst[c.first], " ", kSecond[c.second]);
    if (k >= static_cast<int>(combos.size())) absl::StrAppend(&o.name, " ", k / combos.size() + 1);
    o.domain = absl::StrCat(absl::AsciiStrToLower(kFirst[c.first]),
                            absl::AsciiStrToLower(kSecond[c.second]),
                            k >= static_cast<int>(combos.size()) ? absl::StrCat(k / combos.size() + 1) : "",
                            rng.Pick(kTld));
    o.day_month = rng.Chance(0.35);
    o.words = rng.Chance(0.4);
    o.relative = 0.2 + 0.6 * rng.Range(0, 10) / 10.0;
    o.attribution = 0.15 + 0.5 * rng.Range(0, 10) / 10.0;
    o.province = 0.1 + 0.3 * rng.Range(0, 10) / 10.0;
    out.push_back(std::move(o));
  }
  return out;
}

struct Source {
  std::string phrase;   // As written.
  std::string value;    // attributed_to.
};
const std::vector<Source> kSources = {
    {"police", "police"},
    {"the interior ministry", "the interior ministry"},
    {"a ministry spokesman", "a ministry spokesman"},
    {"officials", "officials"},
    {"state media", "state media"},
    {"a security source", "a security source"},
    {"witnesses", "witnesses"},
    {"the prosecutor's office", "the prosecutor's office"},
    {"local media", "local media"},
    {"a lawyer for the family", "a lawyer for the family"},
};

// ---------------------------------------------------------------------------
// Story truth and per-outlet values.

struct Event {
  Kind kind;
  absl::CivilDay day;
  int city = 0;
  int count = 0;
  std::vector<int> agent, crime, reason, instrument;
  bool members = false;  // Participant is "N members of" a group.
  std::string id;
};

// What one outlet says for one role of one event.
struct SlotValue {
  bool reports = false;
  bool deviant = false;
  bool exact = false;    // Day-precision date, exact count, the city itself.
  absl::CivilDay day;
  int city = 0;
  int count = 0;
  std::vector<int> set;
};

const Categories* CategoriesFor(Kind kind, Role role) {
  const KindInfo& info = Info(kind);
  switch (role) {
    case kAgent: return info.agents;
    case kCrime: return &kCrimes;
    case kReason: return info.reasons;
    case kInstrument: return &kInstruments;
    default: return nullptr;
  }
}

std::vector<int>* TrueSet(Event& e, Role role) {
  switch (role) {
    case kAgent: return &e.agent;
    case kCrime: return &e.crime;
    case kReason: return &e.reason;
    case kInstrument: return &e.instrument;
    default: return nullptr;
  }
}

std::vector<int> DrawSet(int size, Rng& rng) {
  std::vector<int> set = {static_cast<int>(rng.Below(size))};
  if (size > 2 && rng.Chance(0.3)) {
    int second = static_cast<int>(rng.Below(size));
    if (second != set[0]) set.push_back(second);
  }
  std::sort(set.begin(), set.end());
  return set;
}

double ReportRate(Role r) {
  switch (r) {
    case kTime: return 0.9;
    case kPlace: return 0.75;
    case kCount: return 0.85;
    case kAgent: return 0.55;
    case kCrime: return 0.75;
    case kReason: return 0.6;
    case kInstrument: return 0.6;
    default: return 0.5;
  }
}

double DeviateRate(Role r) {
  switch (r) {
    case kTime: return 0.3;
    case kCount: return 0.35;
    case kPlace: return 0.1;
    case kAgent: return 0.2;
    case kCrime: return 0.35;
    case kReason: return 0.3;
    case kInstrument: return 0.25;
    default: return 0.0;
  }
}

// ---------------------------------------------------------------------------
// Verdicts from values, with shared/README.md semantics.

struct KeyValue {
  int doc = 0;                 // Index of the article within the story.
  std::string value;
  std::string evidence;
  std::string attributed_to;
  // For compatibility checks.
  std::string iso;             // time
  int64_t lo = 0, hi = 0;      // count
  std::string place_key, place_parent;  // place
  std::vector<int> set;        // multi (per document)
};

bool Compatible(Role role, const KeyValue& a, const KeyValue& b) {
  switch (role) {
    case kTime: {
      size_t n = std::min(a.iso.size(), b.iso.size());
      return a.iso.compare(0, n, b.iso, 0, n) == 0;
    }
    case kCount:
      return a.lo <= b.hi && b.lo <= a.hi;
    case kPlace:
      return a.place_key == b.place_key || a.place_parent == b.place_key ||
             b.place_parent == a.place_key;
    default:
      return a.value == b.value;
  }
}

std::string Verdict(Role role, const std::vector<KeyValue>& values) {
  std::set<int> docs;
  for (const KeyValue& v : values) docs.insert(v.doc);
  if (docs.size() <= 1) return "single_source";
  if (IsMulti(role)) {
    std::map<int, std::set<std::string>> sets;
    for (const KeyValue& v : values) sets[v.doc].insert(v.value);
    for (const auto& [doc, set] : sets) {
      if (set != sets.begin()->second) return "divergent";
    }
    return "agree";
  }
  for (size_t i = 0; i < values.size(); ++i) {
    for (size_t j = i + 1; j < values.size(); ++j) {
      if (!Compatible(role, values[i], values[j])) return "conflict";
    }
  }
  return "agree";
}

// ---------------------------------------------------------------------------
// Article rendering.

struct Sentence {
  std::string text;
  // (event index, role, values) carried by this sentence.
  struct Carried {
    int event;
    Role role;
    std::vector<KeyValue> values;
  };
  std::vector<Carried> carried;
  std::string attributed_to;
};

class StoryWriter {
 public:
  StoryWriter(const std::vector<City>& cities, const Participant& participant,
              const std::vector<Event>& events, Rng& rng)
      : cities_(cities), participant_(participant), events_(events), rng_(rng) {}

  struct Article {
    std::string title, text;
    std::vector<Sentence::Carried> carried;   // With evidence filled in.
    std::vector<std::string> participant_forms;
    std::vector<std::pair<std::string, std::string>> place_forms;  // key, surface
  };

  // `slots[e][r]` is what this outlet says for role r of event e; events whose
  // time slot is not reported are still covered when `covers[e]`.
  Article Write(const Outlet& outlet, int spelling, absl::CivilDay published,
                const std::vector<bool>& covers,
                const std::vector<std::vector<SlotValue>>& slots) {
    outlet_ = &outlet;
    spelling_ = spelling;
    published_ = published;
    mentioned_ = false;
    filler_order_.clear();
    article_ = Article();
    std::vector<std::vector<Sentence>> paragraphs;
    for (size_t e = 0; e < events_.size(); ++e) {
      if (!covers[e]) continue;
      std::vector<Sentence> sentences = EventSentences(static_cast<int>(e), slots[e]);
      // Lead paragraph alone, follow-ups in pairs with filler between.
      paragraphs.push_back({sentences[0]});
      std::vector<Sentence> para;
      for (size_t i = 1; i < sentences.size(); ++i) {
        para.push_back(sentences[i]);
        if (para.size() == 2 || rng_.Chance(0.3)) {
          if (rng_.Chance(0.5)) para.push_back(Filler());
          paragraphs.push_back(std::move(para));
          para.clear();
        }
      }
      if (!para.empty()) paragraphs.push_back(std::move(para));
    }
    int target = rng_.Range(160, 520);
    int words = 0;
    for (const auto& p : paragraphs) {
      for (const Sentence& s : p) words += CountWords(s.text);
    }
    while (words < target) {
      std::vector<Sentence> para;
      int n = rng_.Range(1, 3);
      for (int i = 0; i < n && words < target; ++i) {
        para.push_back(Filler());
        words += CountWords(para.back().text);
      }
      // Background goes after the news, sometimes between its paragraphs.
      size_t at = paragraphs.size() > 2 && rng_.Chance(0.3)
                      ? 1 + rng_.Below(paragraphs.size() - 1)
                      : paragraphs.size();
      paragraphs.insert(paragraphs.begin() + at, std::move(para));
    }
    std::vector<std::string> texts;
    for (auto& p : paragraphs) {
      std::vector<std::string> parts;
      for (Sentence& s : p) {
        parts.push_back(s.text);
        for (Sentence::Carried& c : s.carried) {
          for (KeyValue& v : c.values) {
            v.evidence = s.text;
            v.attributed_to = s.attributed_to;
          }
          article_.carried.push_back(std::move(c));
        }
      }
      texts.push_back(absl::StrJoin(parts, " "));
    }
    article_.text = absl::StrJoin(texts, "\n\n");
    // Forms starting with a particle ("al-Kadhimi") are capitalised at the
    // start of a sentence; that spelling is an alias too.
    std::vector<std::string> forms = article_.participant_forms;
    for (const std::string& f : forms) {
      std::string upper = Capitalize(f);
      if (upper != f && absl::StrContains(article_.text, upper)) Use(upper, true);
    }
    article_.title = Title();
    return std::move(article_);
  }

 private:
  std::vector<Sentence> EventSentences(int e, const std::vector<SlotValue>& slots) {
    const Event& event = events_[e];
    const KindInfo& info = Info(event.kind);
    std::set<Role> pending;
    for (Role r : info.roles) {
      if (slots[r].reports) pending.insert(r);
    }
    std::vector<Sentence> out;
    // Lead: a template whose roles are all reported (every kind has one with
    // none), most often one covering the most roles.
    std::vector<const std::string*> fitting, best;
    size_t best_cover = 0;
    for (const std::string& t : info.leads) {
      std::set<Role> need = RolesIn(t);
      bool ok = true;
      for (Role r : need) ok &= pending.count(r) > 0;
      if (!ok) continue;
      fitting.push_back(&t);
      if (need.size() > best_cover) best.clear();
      if (need.size() >= best_cover) {
        best_cover = need.size();
        best.push_back(&t);
      }
    }
    const std::string* lead = rng_.Chance(0.6) ? rng_.Pick(best) : rng_.Pick(fitting);
    out.push_back(Fill(*lead, e, slots, pending));
    std::vector<Role> rest(pending.begin(), pending.end());
    rng_.Shuffle(rest);
    for (Role r : rest) {
      if (!pending.count(r)) continue;
      auto it = info.follow.find(r);
      if (it == info.follow.end()) {
        pending.erase(r);
        continue;
      }
      out.push_back(Fill(rng_.Pick(it->second), e, slots, pending));
      pending.erase(r);
    }
    return out;
  }

  static std::set<Role> RolesIn(absl::string_view t) {
    std::set<Role> roles;
    for (int r = 0; r < kNumRoles; ++r) {
      if (t.find(kPlaceholders[r]) != absl::string_view::npos) roles.insert(static_cast<Role>(r));
    }
    return roles;
  }

  std::string ParticipantMention(const Event& event, bool* plural) {
    *plural = event.members;
    const std::string& full = participant_.full[spelling_];
    if (!participant_.person) {
      if (event.members) {
        std::string g = mentioned_ ? (rng_.Chance(0.5) ? "the group" : full) : full;
        Use(full, g == full);
        mentioned_ = true;
        return rng_.Chance(0.5) ? "members of " + g : "suspected members of " + g;
      }
      std::string out = mentioned_ && rng_.Chance(0.6) ? "the group" : full;
      Use(full, out == full);
      mentioned_ = true;
      return out;
    }
    if (!mentioned_ || rng_.Chance(0.15)) {
      mentioned_ = true;
      Use(full, true);
      return full;
    }
    const std::string& brief = participant_.brief[spelling_];
    Use(brief, true);
    return brief;
  }

  void Use(const std::string& form, bool used) {
    if (!used) return;
    if (std::find(article_.participant_forms.begin(), article_.participant_forms.end(),
                  form) == article_.participant_forms.end()) {
      article_.participant_forms.push_back(form);
    }
  }

  Rendered RenderTime(absl::CivilDay day, bool exact) {
    std::vector<Rendered> options;
    const Outlet& o = *outlet_;
    std::string month = kMonthNames[day.month() - 1];
    std::string absolute = o.day_month ? absl::StrCat(day.day(), " ", month)
                                       : absl::StrCat(month, " ", day.day());
    std::string with_year = o.day_month ? absl::StrCat(absolute, " ", day.year())
                                        : absl::StrCat(absolute, ", ", day.year());
    options.push_back({"on " + absolute, IsoDay(day)});
    options.push_back({"on " + with_year, IsoDay(day)});
    int64_t ago = published_ - day;
    if (rng_.Chance(o.relative)) {
      std::vector<Rendered> relative;
      if (ago == 1) relative.push_back({"yesterday", IsoDay(day)});
      if (ago >= 1 && ago <= 6) {
        relative.push_back({absl::StrCat("on ", kWeekdayNames[WeekdayIndex(day)]), IsoDay(day)});
      }
      if (ago >= 2 && ago <= 6) {
        relative.push_back({absl::StrCat("last ", kWeekdayNames[WeekdayIndex(day)]), IsoDay(day)});
      }
      if (!exact) {
        absl::CivilDay week_start = published_ - WeekdayIndex(published_) - 7;
        absl::CivilDay week_end = week_start + 6;
        if (day >= week_start && day <= week_end && week_start.month() == week_end.month()) {
          relative.push_back({"last week", IsoMonth(day)});
        }
        if (day.month() == published_.month() && day.year() == published_.year() && ago >= 3) {
          relative.push_back({"earlier this month", IsoMonth(day)});
        }
        absl::CivilMonth prev = absl::CivilMonth(published_) - 1;
        if (absl::CivilMonth(day) == prev) relative.push_back({"last month", IsoMonth(day)});
      }
      if (!relative.empty()) return rng_.Pick(relative);
    }
    return rng_.Pick(options);
  }

  Rendered RenderPlace(int city_index, bool exact, KeyValue* kv) {
    const City& city = cities_[city_index];
    kv->place_parent = city.parent_key;
    if (!exact && rng_.Chance(outlet_->province)) {
      kv->place_key = city.parent_key;
      kv->place_parent.clear();
      article_.place_forms.push_back({city.parent_key, city.parent_name});
      return {"in " + city.parent_name, city.parent_name};
    }
    kv->place_key = city.key;
    std::string surface = city.name;
    if (!city.aliases.empty() && rng_.Chance(0.3)) surface = rng_.Pick(city.aliases);
    article_.place_forms.push_back({city.key, surface});
    std::string phrase = rng_.Chance(0.3) ? "in the city of " + surface : "in " + surface;
    return {phrase, city.name};
  }

  std::string RenderSet(const Categories& table, const std::vector<int>& set, Role role,
                        Sentence* sentence, std::vector<KeyValue>* values) {
    std::vector<std::string> phrases;
    for (int c : set) {
      phrases.push_back(rng_.Pick(table[c].phrases));
      KeyValue kv;
      kv.value = table[c].value;
      values->push_back(kv);
    }
    return absl::StrJoin(phrases, " and ");
  }

  Sentence Fill(const std::string& tmpl, int e, const std::vector<SlotValue>& slots,
                std::set<Role>& pending) {
    const Event& event = events_[e];
    const KindInfo& info = Info(event.kind);
    Sentence s;
    std::string text = tmpl;
    // Participant first so that "first mention" follows reading order.
    bool plural = false;
    bool has_source = text.find("{SRC}") != std::string::npos;
    // A members event with the count still pending carries the count in the
    // participant phrase when the template has no {COUNT} of its own.
    while (text.find("{P}") != std::string::npos) {
      std::string p = ParticipantMention(event, &plural);
      if (event.members && pending.count(kCount) && text.find("{COUNT}") == std::string::npos &&
          absl::StartsWith(p, "members of")) {
        KeyValue kv;
        Rendered count = CountValue(slots[kCount], &kv);
        p = count.phrase + " " + p;
        s.carried.push_back({e, kCount, {kv}});
        pending.erase(kCount);
      }
      ReplaceFirst(text, "{P}", p);
    }
    for (int r = 0; r < kNumRoles; ++r) {
      Role role = static_cast<Role>(r);
      if (text.find(kPlaceholders[r]) == std::string::npos) continue;
      const SlotValue& v = slots[r];
      std::vector<KeyValue> values;
      std::string phrase;
      if (role == kTime) {
        Rendered t = RenderTime(v.day, v.exact);
        KeyValue kv;
        kv.value = t.value;
        kv.iso = t.value;
        values.push_back(kv);
        phrase = t.phrase;
      } else if (role == kPlace) {
        KeyValue kv;
        Rendered p = RenderPlace(v.city, v.exact, &kv);
        kv.value = p.value;
        values.push_back(kv);
        phrase = p.phrase;
      } else if (role == kCount) {
        KeyValue kv;
        phrase = CountValue(v, &kv).phrase;
        values.push_back(kv);
      } else {
        phrase = RenderSet(*CategoriesFor(event.kind, role), v.set, role, &s, &values);
      }
      ReplaceFirst(text, kPlaceholders[r], phrase);
      s.carried.push_back({e, role, std::move(values)});
      pending.erase(role);
    }
    absl::StrReplaceAll({{"{BE}", plural ? "were" : "was"},
                         {"{BEP}", "were"},
                         {"{FACE}", plural ? "face" : "faces"},
                         {"{ACT}", rng_.Pick(Verbs(info.active, event, slots))},
                         {"{PASS}", rng_.Pick(Verbs(info.passive, event, slots))},
                         {"{NOUN}", rng_.Pick(info.noun)},
                         {"{DESC}", participant_.description}},
                        &text);
    // Double spaces from empty phrases never occur; trim a trailing space.
    while (!text.empty() && text.back() == ' ') text.pop_back();
    if (has_source) {
      const Source& src = rng_.Pick(kSources);
      ReplaceFirst(text, "{SRC}", src.phrase);
      s.attributed_to = src.value;
      s.text = Capitalize(text) + ".";
      return s;
    }
    if (rng_.Chance(outlet_->attribution)) {
      const Source& src = rng_.Pick(kSources);
      s.attributed_to = src.value;
      switch (rng_.Below(4)) {
        case 0: text = absl::StrCat(text, ", ", src.phrase, " said"); break;
        case 1: text = absl::StrCat(text, ", according to ", src.phrase); break;
        case 2: text = absl::StrCat("according to ", src.phrase, ", ", text); break;
        default: text = absl::StrCat(src.phrase, " said ", text); break;
      }
    }
    s.text = Capitalize(text) + ".";
    return s;
  }

  // Verbs that name a means ("shot dead": a firearm) are used only when the
  // instrument this outlet gives (else the true one) is that means; otherwise
  // the text would state an instrument the key does not record.
  static std::vector<std::string> Verbs(const std::vector<std::string>& verbs,
                                        const Event& event,
                                        const std::vector<SlotValue>& slots) {
    const Categories* table = CategoriesFor(event.kind, kInstrument);
    if (table == nullptr) return verbs;
    const std::vector<int>& set =
        slots[kInstrument].reports ? slots[kInstrument].set : event.instrument;
    bool gunfire = false;
    for (int c : set) gunfire |= (*table)[c].value == "gunfire";
    std::vector<std::string> out;
    for (const std::string& v : verbs) {
      if (gunfire || !absl::StrContains(v, "shot")) out.push_back(v);
    }
    return out.empty() ? verbs : out;
  }

  Rendered CountValue(const SlotValue& v, KeyValue* kv) {
    Rendered r = RenderCount(v.count, v.exact, outlet_->words, rng_);
    kv->value = r.value;
    if (r.value == "dozens") {
      kv->lo = 24, kv->hi = 199;
    } else if (r.value == "hundreds") {
      kv->lo = 100, kv->hi = 999;
    } else if (r.value == "thousands") {
      kv->lo = 1000, kv->hi = 9999;
    } else if (r.value.find('-') != std::string::npos) {
      kv->lo = std::stoll(r.value.substr(0, r.value.find('-')));
      kv->hi = std::numeric_limits<int64_t>::max();
    } else {
      kv->lo = kv->hi = std::stoll(r.value);
    }
    return r;
  }

  Sentence Filler() {
    const City& city = cities_[events_[0].city];
    std::string country = city.country.empty() ? "the country" : city.country;
    static const std::vector<std::string> kFiller = {
        "rights groups have long criticised conditions in the country's detention centres",
        "the government has promised reforms, but critics say little has changed on the ground",
        "officials did not respond to requests for comment",
        "{COUNTRY} has been gripped by political tension for much of the past year",
        "this is a developing story and will be updated",
        "residents described a heavy security presence in the area for several hours",
        "analysts said the case could test the authority of the central government",
        "the episode is likely to deepen mistrust between rival political camps",
        "diplomats in {CITY} said they were following the case closely",
        "in an unrelated development, the central bank said it would keep interest rates unchanged",
        "separately, heavy rain caused flooding in several districts",
        "the family has denied any wrongdoing",
        "supporters gathered outside a government building to demand answers",
        "it was not immediately clear whether a lawyer had been appointed",
        "the case has drawn attention from foreign governments and aid organisations",
        "{CITY} has seen a string of similar incidents in recent months",
        "opposition figures accused the authorities of using the courts to settle scores",
        "traffic in central {CITY} was disrupted for much of the day",
        "a spokesman for the ruling coalition declined to comment on the matter",
        "{BRIEF} is known locally as {DESC}",
        "the region's economy has struggled since the collapse of oil prices",
        "schools and shops in the neighbourhood reopened the following morning",
        "observers say the judiciary in {COUNTRY} remains under heavy political pressure",
        "the United Nations has called for restraint and a transparent investigation",
        "{BRIEF} rose to prominence in {CITY} several years ago",
        "people close to {BRIEF} described the accusations as politically motivated",
        "{BRIEF} has not commented publicly",
        "a relative of {BRIEF} said the family had been given no information",
        "the authorities in {CITY} have stepped up patrols since the start of the year",
        "{CITY} lies at the heart of a region where rival factions compete for influence",
        "neighbours said they had heard gunfire late into the night",
        "the ministry promised to publish the findings of its inquiry",
        "critics questioned why the case had taken so long to come to light",
        "the embassy of a neighbouring country issued a travel warning for {COUNTRY}",
        "lawmakers in {COUNTRY} called for a parliamentary hearing",
        "the news was widely shared on social media within hours",
        "a curfew imposed in parts of {CITY} was lifted at dawn",
        "the opposition said it would challenge the decision",
        "journalists were kept away from the scene",
        "prices for basic goods in {COUNTRY} have risen sharply this year",
        "a separate inquiry into the conduct of local officials is still under way",
        "the case is the latest in a series that have unsettled {CITY}",
    };
    if (filler_order_.empty()) {
      for (size_t i = 0; i < kFiller.size(); ++i) filler_order_.push_back(i);
      rng_.Shuffle(filler_order_);
    }
    std::string text = kFiller[filler_order_.back()];
    filler_order_.pop_back();
    std::string brief = participant_.person ? participant_.brief[spelling_]
                                            : participant_.full[spelling_];
    if (text.find("{BRIEF}") != std::string::npos) {
      if (!mentioned_) brief = participant_.full[spelling_];
      Use(brief, true);
      mentioned_ = true;
    }
    if (text.find("{CITY}") != std::string::npos) {
      article_.place_forms.push_back({city.key, city.name});
    }
    absl::StrReplaceAll({{"{COUNTRY}", country},
                         {"{CITY}", city.name},
                         {"{BRIEF}", brief},
                         {"{DESC}", participant_.description}},
                        &text);
    Sentence s;
    s.text = Capitalize(text) + ".";
    return s;
  }

  std::string Title() {
    const Event& event = events_.back();
    const KindInfo& info = Info(events_[0].kind);
    (void)event;
    const std::string& name = participant_.full[spelling_];
    std::string title = absl::StrCat(name, " ", rng_.Pick(info.title));
    if (rng_.Chance(0.4)) {
      absl::StrAppend(&title, " in ", cities_[events_[0].city].name);
    }
    return Capitalize(title);
  }

 private:
  const std::vector<City>& cities_;
  const Participant& participant_;
  const std::vector<Event>& events_;
  Rng& rng_;
  const Outlet* outlet_ = nullptr;
  int spelling_ = 0;
  absl::CivilDay published_;
  bool mentioned_ = false;
  std::vector<size_t> filler_order_;  // Not yet used in this article.
  Article article_;
};

// ---------------------------------------------------------------------------
// Story planning.

struct StoryPlan {
  Participant participant;
  std::vector<Event> events;
};

Kind PickMainKind(Rng& rng) {
  static const std::vector<Kind> kKinds = {Kind::kArrest, Kind::kArrest, Kind::kRelease,
                                           Kind::kCharge, Kind::kConvict, Kind::kKill,
                                           Kind::kAttack, Kind::kProtest};
  return rng.Pick(kKinds);
}

Style PickStyle(Rng& rng) {
  static const std::vector<Style> kStyles = {Style::kArabic, Style::kArabic, Style::kPersian,
                                             Style::kRussian, Style::kChinese, Style::kSpanish,
                                             Style::kEnglish};
  return rng.Pick(kStyles);
}

struct JsonArticle {
  SyntheticArticle article;
  absl::CivilDay published;
  int story = 0;
  int outlet = 0;
  std::string temp_id;
};

std::string JsonEscape(absl::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += absl::StrFormat("\\u%04x", c);
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  return out;
}

}  // namespace

std::string ArticleJsonLine(const SyntheticArticle& a) {
  return absl::StrCat("{\"url\": \"", JsonEscape(a.url), "\", \"source_domain\": \"",
                      JsonEscape(a.source_domain), "\", \"date_publish\": \"",
                      JsonEscape(a.date_publish), "\", \"title\": \"", JsonEscape(a.title),
                      "\", \"maintext\": \"", JsonEscape(a.maintext), "\", \"id\": \"",
                      JsonEscape(a.id), "\"}");
}

absl::StatusOr<SyntheticCorpus> GenerateCorpus(const GeneratorOptions& options,
                                               const GazetteerFile& gazetteer) {
  if (options.stories < 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("generate: --stories must be at least 1, got ", options.stories));
  }
  if (options.outlets < 2 || options.outlets > 500) {
    return absl::InvalidArgumentError(absl::StrCat(
        "generate: --outlets must be between 2 and 500, got ", options.outlets));
  }
  if (options.span_days < 1) {
    return absl::InvalidArgumentError(absl::StrCat(
        "generate: span_days must be at least 1, got ", options.span_days));
  }
  absl::CivilDay first_day;
  if (!absl::ParseCivilTime(options.first_day, &first_day)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "generate: first_day is not a YYYY-MM-DD date: \"", options.first_day, "\""));
  }
  std::vector<City> cities = UsableCities(gazetteer);
  if (cities.size() < 5) {
    return absl::InvalidArgumentError(absl::StrCat(
        "generate: the gazetteer has ", cities.size(),
        " usable cities (kind \"city\" with a known parent); at least 5 are needed"));
  }

  Rng corpus_rng(options.seed);
  std::vector<Outlet> outlets = MakeOutlets(options.outlets, corpus_rng);

  SyntheticCorpus corpus;
  corpus.key.set_corpus(absl::StrCat("synthetic-seed-", options.seed));
  std::vector<JsonArticle> articles;
  std::set<std::string> used_names;
  // Places: entity per place key, aliases in order of first use.
  std::vector<std::string> place_order;
  std::map<std::string, std::vector<std::string>> place_aliases;
  std::map<std::string, std::string> place_names;
  for (const City& c : cities) {
    place_names[c.key] = c.name;
    place_names[c.parent_key] = c.parent_name;
  }
  std::vector<std::vector<gold::GoldEvent>> story_events;
  int temp_counter = 0;

  for (int si = 0; si < options.stories; ++si) {
    Rng rng(SplitMix64(options.seed) ^ SplitMix64(0x5157ULL + si));
    std::string story_id = absl::StrFormat("story-%04d", si + 1);
    Kind main = PickMainKind(rng);
    bool group = main == Kind::kAttack || main == Kind::kProtest ||
                 (main == Kind::kArrest && rng.Chance(0.35)) ||
                 (main == Kind::kRelease && rng.Chance(0.3));
    Style style = PickStyle(rng);
    Participant participant;
    for (int attempt = 0; attempt < 50; ++attempt) {
      participant = group ? MakeGroup(style, rng) : MakePerson(style, rng);
      if (used_names.insert(participant.full[0]).second) break;
    }
    participant.id = Slug(participant.full[0]);

    std::vector<Event> events;
    Event first;
    first.kind = main;
    first.day = first_day + static_cast<int64_t>(rng.Below(options.span_days));
    first.city = static_cast<int>(rng.Below(cities.size()));
    first.members = group && (main == Kind::kArrest || main == Kind::kRelease);
    if (first.members) first.count = rng.Range(3, 60);
    if (main == Kind::kAttack) first.count = rng.Range(2, 80);
    if (main == Kind::kProtest) first.count = rng.Chance(0.5) ? rng.Range(150, 900) : rng.Range(1000, 8000);
    events.push_back(first);
    // A related second event.
    Kind second;
    bool has_second = false;
    switch (main) {
      case Kind::kArrest:
        has_second = rng.Chance(0.6);
        second = rng.Chance(0.6) ? Kind::kRelease : Kind::kCharge;
        break;
      case Kind::kCharge:
        has_second = rng.Chance(0.4);
        second = Kind::kConvict;
        break;
      case Kind::kAttack:
        has_second = rng.Chance(0.6);
        second = Kind::kInjure;
        break;
      case Kind::kProtest:
        has_second = rng.Chance(0.4);
        second = Kind::kArrest;
        break;
      default:
        break;
    }
    if (has_second) {
      Event e;
      e.kind = second;
      e.day = second == Kind::kInjure ? first.day : first.day + rng.Range(2, 15);
      e.city = first.city;
      e.members = first.members || (main == Kind::kProtest);
      if (second == Kind::kInjure) e.count = rng.Range(3, 120);
      if (e.members) e.count = main == Kind::kProtest ? rng.Range(5, 90) : first.count;
      events.push_back(e);
    }
    for (size_t e = 0; e < events.size(); ++e) {
      events[e].id = absl::StrCat(story_id, "-", Slug(Info(events[e].kind).ace));
      for (Role r : Info(events[e].kind).roles) {
        const Categories* table = CategoriesFor(events[e].kind, r);
        if (table != nullptr && IsMulti(r)) *TrueSet(events[e], r) = DrawSet(table->size(), rng);
      }
    }

    // Which outlets write, and which also cover the second event.
    std::vector<int> writers;
    bool small = rng.Chance(0.2);
    if (small) {
      std::vector<int> all(options.outlets);
      for (int i = 0; i < options.outlets; ++i) all[i] = i;
      rng.Shuffle(all);
      int size = rng.Range(2, options.outlets);
      writers.assign(all.begin(), all.begin() + size);
      std::sort(writers.begin(), writers.end());
    } else {
      for (int i = 0; i < options.outlets; ++i) {
        if (!rng.Chance(0.06)) writers.push_back(i);
      }
      while (writers.size() < 2) {
        int extra = static_cast<int>(rng.Below(options.outlets));
        if (std::find(writers.begin(), writers.end(), extra) == writers.end()) {
          writers.push_back(extra);
          std::sort(writers.begin(), writers.end());
        }
      }
    }
    int k = static_cast<int>(writers.size());
    std::vector<std::vector<bool>> covers(k, std::vector<bool>(events.size(), false));
    for (int w = 0; w < k; ++w) {
      covers[w][0] = true;
      if (events.size() > 1) {
        covers[w][1] = events[1].kind == Kind::kInjure || w == 0 || rng.Chance(0.6);
      }
    }
    // Values per writer, event, role.
    std::vector<std::vector<std::vector<SlotValue>>> values(
        k, std::vector<std::vector<SlotValue>>(events.size(), std::vector<SlotValue>(kNumRoles)));
    for (size_t e = 0; e < events.size(); ++e) {
      Event& ev = events[e];
      for (Role r : Info(ev.kind).roles) {
        if (r == kCount && ev.count == 0) continue;
        if (IsMulti(r) && CategoriesFor(ev.kind, r) == nullptr) continue;
        std::vector<int> reporters;
        for (int w = 0; w < k; ++w) {
          if (covers[w][e] && rng.Chance(ReportRate(r))) reporters.push_back(w);
        }
        if (r == kTime && reporters.empty()) {
          for (int w = 0; w < k; ++w) if (covers[w][e]) { reporters.push_back(w); break; }
        }
        if (reporters.size() > 1 && rng.Chance(0.1)) reporters.resize(1);
        std::vector<int> deviants;
        if (reporters.size() >= 2 && rng.Chance(DeviateRate(r))) {
          int n = reporters.size() >= 6 && rng.Chance(0.3) ? 2 : 1;
          std::vector<int> pool(reporters.begin() + 1, reporters.end());
          rng.Shuffle(pool);
          deviants.assign(pool.begin(), pool.begin() + n);
          if (IsMulti(r)) ++corpus.planted.divergences; else ++corpus.planted.conflicts;
        }
        const Categories* table = CategoriesFor(ev.kind, r);
        // One wrong value per slot, shared by its deviating outlets.
        SlotValue wrong;
        wrong.day = ev.day - rng.Range(1, 4);
        int delta = std::max(2, ev.count / 3);
        wrong.count = ev.count > delta + 1 && rng.Chance(0.5) ? ev.count - delta : ev.count + delta;
        do {
          wrong.city = static_cast<int>(rng.Below(cities.size()));
        } while (cities[wrong.city].parent_key == cities[ev.city].parent_key ||
                 cities[wrong.city].key == cities[ev.city].parent_key);
        if (table != nullptr) {
          const std::vector<int>& truth = *TrueSet(ev, r);
          int other;
          do {
            other = static_cast<int>(rng.Below(table->size()));
          } while (std::find(truth.begin(), truth.end(), other) != truth.end());
          if (rng.Chance(0.5)) {
            wrong.set = {other};
          } else {
            wrong.set = truth;
            wrong.set.push_back(other);
            std::sort(wrong.set.begin(), wrong.set.end());
          }
        }
        for (int w : reporters) {
          SlotValue v;
          v.reports = true;
          v.deviant = std::find(deviants.begin(), deviants.end(), w) != deviants.end();
          v.exact = !deviants.empty() || v.deviant;
          if (v.deviant) {
            v.day = wrong.day;
            v.city = wrong.city;
            v.count = wrong.count;
            v.set = wrong.set;
          } else {
            v.day = ev.day;
            v.city = ev.city;
            v.count = ev.count;
            if (table != nullptr) v.set = *TrueSet(ev, r);
          }
          values[w][e][r] = v;
        }
      }
    }

    // Spellings: the first writer uses the canonical spelling.
    std::vector<int> spelling(k);
    for (int w = 0; w < k; ++w) {
      spelling[w] = w == 0 || rng.Chance(0.45)
                        ? 0
                        : static_cast<int>(rng.Below(participant.full.size()));
    }

    // Write.
    std::vector<std::vector<std::vector<KeyValue>>> key_values(
        events.size(), std::vector<std::vector<KeyValue>>(kNumRoles));
    std::vector<std::string> participant_forms;
    for (int w = 0; w < k; ++w) {
      const Outlet& outlet = outlets[writers[w]];
      absl::CivilDay latest = events[0].day;
      for (size_t e = 0; e < events.size(); ++e) {
        if (covers[w][e]) latest = std::max(latest, events[e].day);
      }
      int64_t slack = 4;
      if (events.size() > 1 && !covers[w][1]) slack = std::min<int64_t>(slack, events[1].day - latest);
      absl::CivilDay published = latest + (slack > 0 ? static_cast<int64_t>(rng.Below(slack)) : 0);
      StoryWriter writer(cities, participant, events, rng);
      StoryWriter::Article a = writer.Write(outlet, spelling[w], published, covers[w], values[w]);
      JsonArticle ja;
      ja.story = si;
      ja.outlet = writers[w];
      ja.published = published;
      ja.temp_id = absl::StrCat(temp_counter++);
      ja.article.story = story_id;
      ja.article.outlet = outlet.name;
      ja.article.source_domain = outlet.domain;
      ja.article.date_publish = absl::StrFormat("%s %02d:%02d:00", IsoDay(published),
                                                rng.Range(5, 22), rng.Range(0, 59));
      ja.article.title = a.title;
      ja.article.maintext = a.text;
      ja.article.url = absl::StrCat("https://www.", outlet.domain, "/",
                                    absl::StrFormat("%04d/%02d/%02d/", published.year(),
                                                    published.month(), published.day()),
                                    absl::StrReplaceAll(Slug(a.title), {{"_", "-"}}));
      for (Sentence::Carried& c : a.carried) {
        for (KeyValue& v : c.values) {
          v.doc = static_cast<int>(articles.size());
          key_values[c.event][c.role].push_back(v);
        }
      }
      for (const std::string& f : a.participant_forms) {
        if (std::find(participant_forms.begin(), participant_forms.end(), f) ==
            participant_forms.end()) {
          participant_forms.push_back(f);
        }
      }
      for (const auto& [key, surface] : a.place_forms) {
        auto& aliases = place_aliases[key];
        if (aliases.empty()) place_order.push_back(key);
        if (std::find(aliases.begin(), aliases.end(), surface) == aliases.end()) {
          aliases.push_back(surface);
        }
      }
      articles.push_back(std::move(ja));
    }

    gold::GoldEntity* entity = corpus.key.add_entities();
    entity->set_id(participant.id);
    entity->set_type(participant.person ? "PERSON" : "ORGANIZATION");
    entity->set_canonical(participant.full[0]);
    for (const std::string& f : participant_forms) entity->add_aliases(f);

    std::vector<gold::GoldEvent> gold_events;
    for (size_t e = 0; e < events.size(); ++e) {
      gold::GoldEvent ge;
      ge.set_id(events[e].id);
      ge.set_type(Info(events[e].kind).ace);
      ge.set_participant(events[e].kind == Kind::kInjure ? "" : participant.id);
      ge.set_date(IsoDay(events[e].day));
      ge.set_story(story_id);
      for (Role r : Info(events[e].kind).roles) {
        std::vector<KeyValue>& kvs = key_values[e][r];
        if (kvs.empty()) continue;
        std::stable_sort(kvs.begin(), kvs.end(),
                         [](const KeyValue& a, const KeyValue& b) { return a.doc < b.doc; });
        gold::GoldSlot* slot = ge.add_slots();
        slot->set_role(kRoleNames[r]);
        slot->set_kind(IsMulti(r) ? "multi" : "single");
        slot->set_verdict(Verdict(r, kvs));
        for (const KeyValue& kv : kvs) {
          gold::GoldValue* gv = slot->add_values();
          gv->set_doc(articles[kv.doc].temp_id);
          gv->set_value(kv.value);
          gv->set_evidence(kv.evidence);
          gv->set_attributed_to(kv.attributed_to);
        }
      }
      gold_events.push_back(std::move(ge));
    }
    story_events.push_back(std::move(gold_events));
  }

  for (const std::string& key : place_order) {
    gold::GoldEntity* entity = corpus.key.add_entities();
    entity->set_id(key);
    entity->set_type("LOCATION");
    entity->set_canonical(place_names[key]);
    for (const std::string& a : place_aliases[key]) entity->add_aliases(a);
  }

  // Final ids in publication order.
  std::vector<int> order(articles.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    const SyntheticArticle& x = articles[a].article;
    const SyntheticArticle& y = articles[b].article;
    if (x.date_publish != y.date_publish) return x.date_publish < y.date_publish;
    return a < b;
  });
  absl::flat_hash_map<std::string, std::string> final_id;
  int width = articles.size() < 100000 ? 6 : 8;
  for (size_t rank = 0; rank < order.size(); ++rank) {
    JsonArticle& ja = articles[order[rank]];
    ja.article.id = absl::StrFormat("art-%0*d", width, static_cast<int>(rank + 1));
    final_id[ja.temp_id] = ja.article.id;
  }
  for (int i : order) {
    const JsonArticle& ja = articles[i];
    gold::GoldDocument* doc = corpus.key.add_documents();
    doc->set_id(ja.article.id);
    doc->set_file("articles.jsonl");
    doc->set_outlet(ja.article.outlet);
    doc->set_published(IsoDay(ja.published));
    doc->set_url(ja.article.url);
    doc->set_story(ja.article.story);
    corpus.articles.push_back(ja.article);
  }
  for (auto& events : story_events) {
    for (gold::GoldEvent& ge : events) {
      for (gold::GoldSlot& slot : *ge.mutable_slots()) {
        for (gold::GoldValue& v : *slot.mutable_values()) v.set_doc(final_id[v.doc()]);
      }
      *corpus.key.add_events() = std::move(ge);
    }
  }
  return corpus;
}

absl::Status WriteCorpus(const SyntheticCorpus& corpus, absl::string_view out_dir) {
  RETURN_IF_ERROR(MakeDirectories(out_dir));
  std::string jsonl;
  for (const SyntheticArticle& a : corpus.articles) {
    absl::StrAppend(&jsonl, ArticleJsonLine(a), "\n");
  }
  RETURN_IF_ERROR(WriteFileAtomically(JoinPath(out_dir, "articles.jsonl"), jsonl));
  return WriteFileAtomically(JoinPath(out_dir, "gold.json"), ToJson(corpus.key, true) + "\n");
}

absl::Status GenerateToDirectory(const GeneratorOptions& options,
                                 absl::string_view gazetteer_path,
                                 absl::string_view out_dir) {
  GazetteerFile gazetteer;
  RETURN_IF_ERROR(ReadProto(gazetteer_path, &gazetteer));
  ASSIGN_OR_RETURN(SyntheticCorpus corpus, GenerateCorpus(options, gazetteer));
  return WriteCorpus(corpus, out_dir);
}

}  // namespace xref
