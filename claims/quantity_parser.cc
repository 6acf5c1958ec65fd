#include "claims/quantity_parser.h"

#include <algorithm>
#include <cstdlib>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "base/re2_adapter.h"
#include "re2/re2.h"

namespace xref {
namespace {

const absl::flat_hash_map<absl::string_view, int64_t>& Words() {
  static const auto* const kMap = new absl::flat_hash_map<absl::string_view, int64_t>{
      {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
      {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10},
      {"eleven", 11}, {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14},
      {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
      {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40},
      {"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80},
      {"ninety", 90}, {"dozen", 12}, {"a dozen", 12}, {"hundred", 100},
      {"a hundred", 100}, {"thousand", 1000}, {"a thousand", 1000}};
  return *kMap;
}

const RE2& Pattern() {
  static const RE2* const kRe = new RE2(
      "(?i)\\b(at least|at most|more than|less than|fewer than|over|nearly|"
      "almost|about|around|some|up to|roughly|approximately|an estimated|"
      "as many as|no fewer than|no more than)?\\s*"
      "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+(?:million|thousand))?|"
      "tens of thousands|dozens|hundreds|thousands|scores|"
      "(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\\s+"
      "(?:hundred|thousand|million)|a dozen|half a dozen|"
      "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
      "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
      "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\\b");
  return *kRe;
}

const absl::flat_hash_set<absl::string_view>& NonCounted() {
  static const auto* const kSet = new absl::flat_hash_set<absl::string_view>{
      "percent", "per", "of", "the", "a", "an", "and", "or", "to", "in",
      "on", "at", "by", "for", "with", "was", "were", "is", "are", "had",
      "has", "have", "said", "who", "that", "which", "p.m", "a.m", "pm", "am",
      "o'clock", "times", "more", "than", "from", "after",
      "before", "into", "as", "its", "their", "his", "her", "them", "these",
      "those", "it", "he", "she", "they", "we", "you", "this", "not", "also",
      "but", "would", "will", "could", "be", "been", "did", "do"};
  return *kSet;
}

const absl::flat_hash_set<absl::string_view>& Months() {
  static const auto* const kSet = new absl::flat_hash_set<absl::string_view>{
      "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb",
      "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
  return *kSet;
}

bool LooksPlural(absl::string_view w) {
  return (absl::EndsWith(w, "s") && !absl::EndsWith(w, "ss") &&
          !absl::EndsWith(w, "'s")) ||
         absl::EndsWith(w, "men") || w == "people" || w == "police" ||
         w == "personnel" || w == "children" || w == "staff" ||
         w == "militia" || w == "crew";
}

// Previous word before `pos`, lower-cased.
std::string PrevWord(absl::string_view text, size_t pos) {
  size_t e = pos;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == ',')) --e;
  size_t b = e;
  while (b > 0 && (absl::ascii_isalnum(text[b - 1]) || text[b - 1] == '.')) --b;
  std::string w = absl::AsciiStrToLower(text.substr(b, e - b));
  while (!w.empty() && w.back() == '.') w.pop_back();
  return w;
}

}  // namespace

std::string QuantityKey(const NumberRange& value, absl::string_view vague) {
  if (!vague.empty()) return std::string(vague);
  if (value.unbounded()) return absl::StrCat(value.low(), "+");
  if (value.low() == value.high()) return absl::StrCat(value.low());
  return absl::StrCat(value.low(), "-", value.high());
}

std::vector<Quantity> FindQuantities(absl::string_view text) {
  std::vector<Quantity> out;
  re2::StringPiece input = ToPiece(text);
  re2::StringPiece whole, mod, num;
  const RE2& re = Pattern();
  size_t pos = 0;
  while (pos < text.size()) {
    re2::StringPiece groups[3];
    if (!re.Match(input, pos, input.size(), RE2::UNANCHORED, groups, 3)) break;
    whole = groups[0];
    mod = groups[1];
    num = groups[2];
    size_t begin = whole.data() - text.data();
    size_t end = begin + whole.size();
    pos = end > pos ? end : pos + 1;
    if (num.empty()) continue;
    size_t num_begin = num.data() - text.data();
    if (mod.empty()) begin = num_begin;
    std::string n = absl::AsciiStrToLower(ToView(num));
    if (num_begin > 0 && (text[num_begin - 1] == '$' || text[num_begin - 1] == '-' ||
                          text[num_begin - 1] == '.' || text[num_begin - 1] == ':')) {
      continue;
    }
    if (Months().contains(PrevWord(text, num_begin))) {
      // "June 9", "June, 2021": part of a date. After a comma only a year
      // is: "on 7 November, 33 people".
      size_t c = num_begin;
      while (c > 0 && text[c - 1] == ' ') --c;
      bool comma = c > 0 && text[c - 1] == ',';
      if (!comma || (num.size() == 4 && absl::ascii_isdigit(num[0]))) continue;
    }
    // Following words: skip "of", take up to three words, find the noun.
    size_t p = end;
    if (p < text.size() && (text[p] == '%' || text[p] == ':' ||
                            (text[p] == '.' && p + 1 < text.size() &&
                             absl::ascii_isdigit(text[p + 1])))) {
      continue;
    }
    std::vector<std::pair<size_t, size_t>> words;
    while (words.size() < 4 && p < text.size()) {
      while (p < text.size() && text[p] == ' ') ++p;
      size_t b = p;
      while (p < text.size() &&
             (absl::ascii_isalnum(text[p]) || text[p] == '-' || text[p] == '\'' ||
              static_cast<unsigned char>(text[p]) >= 0x80)) {
        ++p;
      }
      if (p == b) break;
      words.push_back({b, p});
      if (p < text.size() && text[p] != ' ') break;
    }
    size_t first = 0;
    bool vague = n == "dozens" || n == "hundreds" || n == "thousands" ||
                 n == "scores" || n == "tens of thousands";
    if (!words.empty()) {
      std::string w0 = absl::AsciiStrToLower(
          text.substr(words[0].first, words[0].second - words[0].first));
      if (w0 == "of") {
        if (!vague && n != "dozen" && n != "a dozen") {
          continue;  // "one of the", "two of them".
        }
        first = 1;
      }
    }
    int noun_index = -1;
    for (size_t k = first; k < words.size() && k < first + 3; ++k) {
      std::string w = absl::AsciiStrToLower(
          text.substr(words[k].first, words[k].second - words[k].first));
      if (NonCounted().contains(w) || Months().contains(w)) break;
      if (absl::ascii_isdigit(w[0])) break;
      if (LooksPlural(w)) {
        noun_index = k;
        break;
      }
    }
    // "the death toll rose to eight": the toll counts deaths.
    bool toll = false;
    if (noun_index < 0) {
      static const RE2* const kToll = new RE2(
          "(?i)\\b(?:death|casualty|fatality) tolls?\\s+(?:[a-z]+\\s+){0,3}?"
          "(?:to|at|of|reached|hit|passed|topped|exceeded)\\s+$");
      size_t from = begin > 60 ? begin - 60 : 0;
      toll = RE2::PartialMatch(ToPiece(text.substr(from, begin - from)), *kToll);
      if (!toll) continue;
    }
    NumberRange value;
    int64_t v = 0;
    std::string digits = absl::StrReplaceAll(n, {{",", ""}});
    if (vague) {
      if (n == "dozens") { value.set_low(24); value.set_high(99); }
      if (n == "scores") { value.set_low(40); value.set_high(99); }
      if (n == "hundreds") { value.set_low(200); value.set_high(999); }
      if (n == "thousands") { value.set_low(2000); value.set_high(9999); }
      if (n == "tens of thousands") { value.set_low(20000); value.set_high(99999); }
    } else if (absl::SimpleAtoi(digits, &v)) {
      if (v >= 1900 && v <= 2100 && !toll && noun_index != static_cast<int>(first)) continue;
      value.set_low(v);
      value.set_high(v);
    } else if (auto whole = Words().find(n); whole != Words().end()) {
      value.set_low(whole->second);
      value.set_high(whole->second);
    } else if (n == "half a dozen") {
      value.set_low(6);
      value.set_high(6);
    } else {
      std::vector<std::string> parts = absl::StrSplit(digits, absl::ByAnyChar(" -"));
      int64_t total = 0, current = 0;
      bool ok = true;
      double mantissa = 0;
      for (const std::string& part : parts) {
        if (part == "a" || part == "half") {
          current = current == 0 ? 1 : current;
          continue;
        }
        if (absl::SimpleAtod(part, &mantissa) && current == 0) {
          current = static_cast<int64_t>(mantissa);
          continue;
        }
        auto it = Words().find(part);
        if (it == Words().end()) {
          ok = false;
          break;
        }
        int64_t w = it->second;
        if (w == 100 || w == 1000) {
          current = (current == 0 ? 1 : current) * w;
        } else if (part == "million") {
          current = (current == 0 ? 1 : current) * 1000000;
        } else {
          current += w;
        }
      }
      if (!ok) continue;
      total += current;
      if (absl::StartsWith(n, "half")) total = 6;
      value.set_low(total);
      value.set_high(total);
    }
    std::string m = absl::AsciiStrToLower(ToView(mod));
    if (m == "at least" || m == "no fewer than") {
      value.set_unbounded(true);
    } else if (m == "more than" || m == "over") {
      value.set_low(value.low() + 1);
      value.set_unbounded(true);
    } else if (m == "at most" || m == "up to" || m == "no more than") {
      value.set_low(m == "up to" ? 1 : 0);
    } else if (m == "less than" || m == "fewer than") {
      value.set_high(value.low() - 1);
      value.set_low(0);
    } else if (!m.empty() && m != "some" && !vague) {
      // nearly, about, around, roughly: a 10% band.
      int64_t band = value.low() / 10;
      value.set_high(value.low() + band);
      value.set_low(value.low() - band);
    }
    Quantity q;
    if (toll) {
      q.range = {static_cast<int64_t>(begin), static_cast<int64_t>(end)};
      q.noun = q.range;
      value.set_counted("deaths");
    } else {
      q.range = {static_cast<int64_t>(begin),
                 static_cast<int64_t>(words[noun_index].second)};
      q.noun = {static_cast<int64_t>(words[noun_index].first),
                static_cast<int64_t>(words[noun_index].second)};
      value.set_counted(absl::AsciiStrToLower(
          text.substr(q.noun.begin, q.noun.end - q.noun.begin)));
    }
    q.key = QuantityKey(value, (vague && m.empty()) ? n : "");
    q.value = value;
    pos = std::max<size_t>(pos, q.range.end);
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace xref
