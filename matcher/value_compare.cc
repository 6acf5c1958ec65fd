#include "matcher/value_compare.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "base/calendar.h"
#include "base/fold.h"

namespace xref {
namespace {

// The value of the two decimal digits at s[0..1]; sets `*bad` when one is
// not a digit (without a branch: an ISO date is read every time an event is).
int TwoDigits(const char* s, bool* bad) {
  const unsigned a = static_cast<unsigned char>(s[0]) - static_cast<unsigned>('0');
  const unsigned b = static_cast<unsigned char>(s[1]) - static_cast<unsigned>('0');
  *bad |= (a > 9) | (b > 9);
  return static_cast<int>(a * 10 + b);
}

bool IsStopWord(absl::string_view w) {
  static constexpr absl::string_view kStop[] = {
      "a",    "an",   "the",  "of",   "in",  "on",    "to",    "for",
      "and",  "or",   "with", "by",   "at",  "from",  "into",  "against",
      "his",  "her",  "their", "its", "he",  "she",   "they",  "as",
      "that", "this", "was",  "were", "is",  "are",   "be",    "been",
      "had",  "has",  "have", "who",  "which", "any", "all",   "some",
      "over", "near", "about", "after", "before", "than", "other", "s"};
  return std::find(std::begin(kStop), std::end(kStop), w) != std::end(kStop);
}

std::string Stem(std::string w) {
  if (w.size() > 4 && absl::EndsWith(w, "ies")) {
    w.resize(w.size() - 3);
    w += 'y';
  } else if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') {
    w.pop_back();
  }
  if (w.size() > 5 && absl::EndsWith(w, "ing")) w.resize(w.size() - 3);
  if (w.size() > 5 && absl::EndsWith(w, "ed")) w.resize(w.size() - 2);
  return w;
}

bool WordMatch(absl::string_view a, absl::string_view b) {
  if (a == b) return true;
  if (a.size() > b.size()) std::swap(a, b);
  return a.size() >= 4 && absl::EndsWith(b, a);
}

}  // namespace

DateInterval ParseIsoInterval(absl::string_view iso) {
  DateInterval d;
  // "YYYY", "YYYY-MM" or "YYYY-MM-DD", all digits: nothing else parses.
  const size_t n = iso.size();
  if (n != 4 && n != 7 && n != 10) return d;
  const char* s = iso.data();
  bool bad = false;
  const int y = TwoDigits(s, &bad) * 100 + TwoDigits(s + 2, &bad);
  int m = 0, day = 0;
  if (n >= 7) {
    bad |= s[4] != '-';
    m = TwoDigits(s + 5, &bad);
    if (n == 10) {
      bad |= s[7] != '-';
      day = TwoDigits(s + 8, &bad);
    }
  }
  if (bad) return d;
  if (n >= 7 && (m < 1 || m > 12)) return d;
  if (n == 10 && (day < 1 || day > DaysInMonth(y, m))) return d;
  d.known = true;
  if (n == 4) {
    d.granularity = YEAR;
    d.first = y * 10000 + 101;
    d.last = y * 10000 + 1231;
  } else if (n == 7) {
    d.granularity = MONTH;
    d.first = y * 10000 + m * 100 + 1;
    d.last = y * 10000 + m * 100 + DaysInMonth(y, m);
  } else {
    d.granularity = DAY;
    d.first = d.last = y * 10000 + m * 100 + day;
  }
  return d;
}

DateInterval ToInterval(const DateValue& date) {
  DateInterval d = ParseIsoInterval(date.iso());
  if (d.known) return d;
  DateInterval a = ParseIsoInterval(date.first_day());
  DateInterval b = ParseIsoInterval(date.last_day());
  if (a.known && b.known && a.first <= b.last) {
    d.known = true;
    d.first = a.first;
    d.last = b.last;
    d.granularity = date.granularity();
  }
  return d;
}

DateInterval ValueInterval(const Value& value) {
  const DateInterval d = ToInterval(value.date());
  return d.known ? d : ParseIsoInterval(value.normalized());
}

std::vector<std::string> ContentWords(absl::string_view text) {
  std::string folded = FoldForMatching(text);
  std::vector<std::string> words;
  std::string cur;
  for (size_t i = 0; i <= folded.size(); ++i) {
    char c = i < folded.size() ? folded[i] : ' ';
    if (absl::ascii_isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) {
      cur += c;
    } else if (c == '.' && !cur.empty()) {
      continue;  // "U.S." -> "us"
    } else {
      if (!cur.empty() && !IsStopWord(cur)) {
        std::string w = Stem(cur);
        if (std::find(words.begin(), words.end(), w) == words.end()) {
          words.push_back(std::move(w));
        }
      }
      cur.clear();
    }
  }
  return words;
}

bool WordsOverlap(const std::vector<std::string>& a,
                  const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return false;
  const auto& small = a.size() <= b.size() ? a : b;
  const auto& large = a.size() <= b.size() ? b : a;
  size_t found = 0;
  for (const std::string& w : small) {
    for (const std::string& v : large) {
      if (WordMatch(w, v)) {
        ++found;
        break;
      }
    }
  }
  return 2 * found >= small.size();
}

void ResetComparable(ComparableValue* out) {
  ComparableValue& c = *out;
  c.kind = ComparableValue::Kind::kNone;
  c.date = DateInterval();
  c.number.Clear();
  c.key.clear();
  c.place.clear();
  c.entity = -1;
  c.words.clear();
  c.broader.clear();
}

ComparableValue MakeComparable(const Value& value, int entity) {
  ComparableValue c;
  MakeComparableInto(value, entity, &c);
  return c;
}

void MakeComparableInto(const Value& value, int entity, ComparableValue* out) {
  ComparableValue& c = *out;
  ResetComparable(&c);
  c.place = value.place_key();
  switch (value.kind_case()) {
    case Value::kDate:
      c.kind = ComparableValue::Kind::kDate;
      c.date = ValueInterval(value);
      break;
    case Value::kNumber:
      c.kind = ComparableValue::Kind::kNumber;
      c.number = value.number();
      break;
    case Value::kCategory:
      c.kind = ComparableValue::Kind::kCategory;
      c.key = FoldForMatching(value.category());
      for (const std::string& b : value.broader()) {
        c.broader.push_back(FoldForMatching(b));
      }
      break;
    case Value::kEntity:
      c.kind = ComparableValue::Kind::kEntity;
      c.entity = entity;
      break;
    case Value::kText:
      c.kind = ComparableValue::Kind::kText;
      break;
    case Value::KIND_NOT_SET:
      c.kind = value.normalized().empty() && value.raw().empty()
                   ? ComparableValue::Kind::kNone
                   : ComparableValue::Kind::kText;
      break;
  }
  const absl::string_view text = ComparedText(value);
  if (c.kind == ComparableValue::Kind::kDate ||
      c.kind == ComparableValue::Kind::kNumber) {
    return;
  }
  if (c.key.empty()) c.key = FoldForMatching(text);
  c.words = ContentWords(text);
}

bool Compatible(const ComparableValue& a, const ComparableValue& b,
                const Gazetteer* gazetteer) {
  using Kind = ComparableValue::Kind;
  if (a.kind == Kind::kNone || b.kind == Kind::kNone) return false;
  if (a.kind == Kind::kDate || b.kind == Kind::kDate) {
    return a.kind == b.kind && DatesCompatible(a.date, b.date);
  }
  if (a.kind == Kind::kNumber || b.kind == Kind::kNumber) {
    return a.kind == b.kind && NumbersCompatible(a.number, b.number);
  }
  // One corpus entity is one place, however each document keyed its
  // spelling ("local:dhoke elahi", "local:dhok ilahi").
  if (a.entity >= 0 && a.entity == b.entity) return true;
  if (!a.place.empty() && !b.place.empty()) {
    if (gazetteer != nullptr) return gazetteer->Compatible(a.place, b.place);
    return a.place == b.place;
  }
  if (a.kind == Kind::kEntity && b.kind == Kind::kEntity && a.entity >= 0 &&
      b.entity >= 0) {
    return a.entity == b.entity;
  }
  if (a.kind == Kind::kCategory && b.kind == Kind::kCategory) {
    return a.key == b.key ||
           std::find(a.broader.begin(), a.broader.end(), b.key) != a.broader.end() ||
           std::find(b.broader.begin(), b.broader.end(), a.key) != b.broader.end();
  }
  if (a.key == b.key) return true;
  return WordsOverlap(a.words, b.words);
}

bool MoreSpecific(const ComparableValue& a, const ComparableValue& b,
                  const Gazetteer* gazetteer) {
  using Kind = ComparableValue::Kind;
  if (a.kind == Kind::kDate && b.kind == Kind::kDate) {
    return DateMoreSpecific(a.date, b.date);
  }
  if (a.kind == Kind::kNumber && b.kind == Kind::kNumber) {
    return NumberMoreSpecific(SpanOfNumber(a.number), SpanOfNumber(b.number));
  }
  if (!a.place.empty() && !b.place.empty() && gazetteer != nullptr) {
    return gazetteer->Contains(b.place, a.place);
  }
  return false;
}

}  // namespace xref
