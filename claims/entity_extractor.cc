#include "claims/entity_extractor.h"

#include <algorithm>
#include <array>

#include "absl/algorithm/container.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "base/fold.h"

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

bool IsWordByte(char c) { return kWordBytes[static_cast<unsigned char>(c)]; }

// The tokens of text[r) in `*tokens` (cleared first).
void Tokenize(absl::string_view text, TextRange r, std::vector<Token>* out) {
  std::vector<Token>& tokens = *out;
  tokens.clear();
  tokens.reserve((r.end - r.begin) / 5 + 1);
  const char* data = text.data();
  size_t p = r.begin;
  size_t end = r.end;
  while (p < end) {
    if (!IsWordByte(data[p]) || data[p] == '\'' || data[p] == '-') {
      ++p;
      continue;
    }
    size_t b = p;
    while (p < end) {
      char c = data[p];
      if (IsWordByte(c)) {
        ++p;
      } else if (c == '.' && p + 1 < end && absl::ascii_isalpha(text[p + 1]) &&
                 p > b && absl::ascii_isupper(text[p - 1])) {
        ++p;  // U.S, U.N
      } else if (c == '.' && p > b &&
                 (text.substr(b, p - b).find('.') != absl::string_view::npos ||
                  (p - b == 1 && absl::ascii_isupper(text[b])))) {
        ++p;  // Final dot of U.S. or of an initial.
        break;
      } else {
        break;
      }
    }
    Token t{b, p, false};
    while (t.end > t.begin && (text[t.end - 1] == '-' )) --t.end;
    if (t.end - t.begin >= 3 && text[t.end - 2] == '\'' && text[t.end - 1] == 's') {
      t.end -= 2;
      t.possessive = true;
    } else if (t.end > t.begin && text[t.end - 1] == '\'') {
      t.end -= 1;
      t.possessive = true;
    }
    if (t.end > t.begin) tokens.push_back(t);
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
  return (!w.empty() && absl::ascii_isupper(w[0])) || HasNamePrefix(w);
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

std::string Fold(absl::string_view s) { return FoldForMatching(s); }

// "Kata'ib" and "Kataib" (straight or typographic apostrophe) are one word.
std::string WithoutApostrophes(absl::string_view w) {
  std::string out = absl::StrReplaceAll(w, {{"\u2019", ""}});
  out.erase(std::remove(out.begin(), out.end(), '\''), out.end());
  return out;
}

std::string SurnameKey(absl::string_view last) {
  std::string f = Fold(last);
  for (absl::string_view prefix : kArticlePrefixes) {
    if (absl::StartsWith(f, prefix)) return f.substr(prefix.size());
  }
  return f;
}

struct Raw {
  TextRange range;
  std::string title;
  std::vector<absl::string_view> words;   // Into the text.
  std::string acronym;
  std::string place_key;
  EntityType type = ENTITY_TYPE_UNSPECIFIED;
};

}  // namespace

const EntityMentionSpan* EntityResult::Overlapping(int64_t begin, int64_t end) const {
  auto it = std::lower_bound(
      mentions.begin(), mentions.end(), begin,
      [](const EntityMentionSpan& m, int64_t b) { return m.range.end <= b; });
  if (it != mentions.end() && it->range.begin < end) return &*it;
  return nullptr;
}

EntityExtractor::EntityExtractor(const rules::EntityLexicon* lexicon,
                                 const Gazetteer* gazetteer)
    : gazetteer_(gazetteer) {
  for (const std::string& w : lexicon->particles()) particles_.insert(w);
  for (const std::string& w : lexicon->stop_words()) stop_words_.insert(w);
  for (const std::string& w : lexicon->demonyms()) demonyms_.insert(w);
  for (const std::string& w : lexicon->org_heads()) org_heads_.insert(WithoutApostrophes(w));
  for (const std::string& t : lexicon->titles()) {
    // Tokens carry no final dot ("Gen."), so neither do title words.
    std::vector<std::string> words = absl::StrSplit(t, ' ', absl::SkipEmpty());
    for (std::string& w : words) {
      if (w.size() > 1 && w.back() == '.') {
        w.pop_back();
        dotted_titles_.insert(w);
      }
    }
    titles_.push_back(std::move(words));
  }
  std::sort(titles_.begin(), titles_.end(),
            [](const auto& a, const auto& b) { return a.size() > b.size(); });
  for (size_t i = 0; i < titles_.size(); ++i) {
    if (!titles_[i].empty()) titles_by_first_word_[titles_[i][0]].push_back(i);
  }
}

bool EntityExtractor::IsOrgHead(absl::string_view word) const {
  if (word.find('\'') == absl::string_view::npos &&
      word.find("\u2019") == absl::string_view::npos) {
    return org_heads_.contains(word);  // The common case: nothing to strip.
  }
  return org_heads_.contains(WithoutApostrophes(word));
}

std::string EntityExtractor::PlaceKey(absl::string_view name) const {
  if (gazetteer_ == nullptr) return "";
  const Place* place = gazetteer_->Find(name);
  return place == nullptr ? "" : place->key();
}

EntityResult EntityExtractor::Extract(absl::string_view text,
                                      const std::vector<TextRange>& sentences) const {
  std::vector<Raw> raws;
  std::vector<Token> tokens;
  for (const TextRange& sentence : sentences) {
    Tokenize(text, sentence, &tokens);
    auto word = [&](size_t k) {
      return text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
    };
    auto joined_by_space = [&](size_t k) {  // tokens k and k+1
      if (tokens[k].possessive) return false;
      size_t gap_b = tokens[k].end, gap_e = tokens[k + 1].begin;
      if (gap_e - gap_b == 2 && text[gap_b] == '.' && text[gap_b + 1] == ' ') {
        return dotted_titles_.contains(word(k));  // "Gen. Smith"
      }
      return gap_e - gap_b == 1 && text[gap_b] == ' ';
    };
    size_t i = 0;
    while (i < tokens.size()) {
      if (!Capitalised(word(i))) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j + 1 < tokens.size() && joined_by_space(j)) {
        absl::string_view next = word(j + 1);
        if (Capitalised(next)) {
          ++j;
        } else if ((particles_.contains(next) || next == "of" ||
                    next == "for") &&
                   j + 2 < tokens.size() && joined_by_space(j + 1) &&
                   Capitalised(word(j + 2))) {
          j += 2;
        } else {
          break;
        }
      }
      size_t k = i;
      std::string title;
      // Leading stop words, demonyms and titles are not part of the name.
      bool progress = true;
      while (progress && k <= j) {
        progress = false;
        absl::string_view w = word(k);
        if (stop_words_.contains(w) || demonyms_.contains(w)) {
          ++k;
          // "Members of the X Front": the name starts after "of".
          if (k < j && (word(k) == "of" || word(k) == "for")) ++k;
          progress = true;
          continue;
        }
        auto candidates = titles_by_first_word_.find(w);
        if (candidates == titles_by_first_word_.end()) continue;
        for (int ti : candidates->second) {
          const std::vector<std::string>& t = titles_[ti];
          if (k + t.size() - 1 > j) continue;
          bool match = true;
          for (size_t m = 0; m < t.size(); ++m) {
            if (word(k + m) != t[m]) {
              match = false;
              break;
            }
          }
          if (match) {
            size_t title_end = tokens[k + t.size() - 1].end;
            if (title_end < text.size() && text[title_end] == '.') ++title_end;
            title = std::string(text.substr(tokens[k].begin, title_end - tokens[k].begin));
            k += t.size();
            progress = true;
            break;
          }
        }
      }
      while (j >= k && j > i && (word(j) == "of" || word(j) == "for")) --j;
      if (k > j || !Capitalised(word(k)) || particles_.contains(word(k)) != false && k == j) {
        i = j + 1;
        continue;
      }
      Raw raw;
      raw.range = {static_cast<int64_t>(tokens[k].begin),
                   static_cast<int64_t>(tokens[j].end)};
      raw.title = std::move(title);
      for (size_t m = k; m <= j; ++m) raw.words.emplace_back(word(m));
      absl::string_view name =
          text.substr(raw.range.begin, raw.range.end - raw.range.begin);
      // "Full Name (ACR)".
      size_t after = tokens[j].end;
      if (!tokens[j].possessive && after + 2 < text.size() &&
          text.substr(after, 2) == " (") {
        size_t close = text.find(')', after + 2);
        if (close != absl::string_view::npos && close - after < 12) {
          absl::string_view acr = text.substr(after + 2, close - after - 2);
          if (IsAcronym(acr) && raw.words.size() >= 2) raw.acronym = std::string(acr);
        }
      }
      raw.place_key = PlaceKey(name);
      if (raw.place_key.empty() && raw.range.begin > 0) {
        // A direction word before the name: "western Iraq".
        size_t b = raw.range.begin - 1;
        while (b > 0 && absl::ascii_isalpha(text[b - 1])) --b;
        if (b + 1 < static_cast<size_t>(raw.range.begin)) {
          absl::string_view dir = text.substr(b, raw.range.begin - 1 - b);
          if (absl::EndsWith(dir, "ern") || dir == "central") {
            std::string key = PlaceKey(text.substr(b, raw.range.end - b));
            if (!key.empty()) {
              raw.place_key = key;
              raw.range.begin = b;
            }
          }
        }
      }
      if (raw.place_key.empty() && raw.words.size() > 1) {
        // A known place inside a longer span ("Baghdad International Airport
        // compound" aside): try the span without its first words.
        for (size_t m = 1; m < raw.words.size() && raw.place_key.empty(); ++m) {
          if (IsOrgHead(raw.words.back())) break;
          std::string key = PlaceKey(absl::StrJoin(raw.words.begin() + m, raw.words.end(), " "));
          if (!key.empty() && m + 1 == raw.words.size()) {
            // Only when the place is the head ("Shia southern Iraq" style).
            raw.place_key = key;
            raw.range.begin = tokens[k + m].begin;
            raw.words.erase(raw.words.begin(), raw.words.begin() + m);
          }
        }
      }
      if (!raw.place_key.empty()) {
        raw.type = LOCATION;
      } else {
        bool org = IsAcronym(name) && raw.words.size() == 1;
        for (absl::string_view w : raw.words) {
          if (IsOrgHead(w)) org = true;
        }
        if (!raw.acronym.empty()) org = org || raw.title.empty();
        if (org) {
          raw.type = ORGANIZATION;
        } else if (raw.words.size() >= 2 || !raw.title.empty()) {
          raw.type = PERSON;
        }
      }
      raws.push_back(std::move(raw));
      i = j + 1;
    }
  }

  EntityResult result;
  absl::flat_hash_map<std::string, int> by_place, by_name, by_acronym, by_surname;
  std::vector<int> cluster_of(raws.size(), -1);
  auto add_alias = [&](int c, absl::string_view surface) {
    EntityCluster& cl = result.clusters[c];
    std::string s(surface);
    if (std::find(cl.aliases.begin(), cl.aliases.end(), s) == cl.aliases.end()) {
      cl.aliases.push_back(s);
    }
    size_t words_new = std::count(s.begin(), s.end(), ' ');
    size_t words_old = std::count(cl.canonical.begin(), cl.canonical.end(), ' ');
    if (cl.canonical.empty() || words_new > words_old ||
        (words_new == words_old && s.size() > cl.canonical.size() &&
         cl.type != PERSON)) {
      cl.canonical = s;
    }
  };
  auto new_cluster = [&](EntityType type) {
    result.clusters.emplace_back();
    result.clusters.back().type = type;
    return static_cast<int>(result.clusters.size() - 1);
  };
  // Pass 1: places and multi-word names.
  for (size_t r = 0; r < raws.size(); ++r) {
    Raw& raw = raws[r];
    absl::string_view surface =
        text.substr(raw.range.begin, raw.range.end - raw.range.begin);
    int c = -1;
    if (raw.type == LOCATION) {
      auto it = by_place.find(raw.place_key);
      if (it == by_place.end()) {
        c = new_cluster(LOCATION);
        result.clusters[c].place_key = raw.place_key;
        by_place[raw.place_key] = c;
      } else {
        c = it->second;
      }
    } else if (raw.type == ORGANIZATION && (raw.words.size() >= 2 || !raw.acronym.empty())) {
      std::string key = Fold(surface);
      auto it = by_name.find(key);
      c = it != by_name.end() ? it->second : new_cluster(ORGANIZATION);
      by_name[key] = c;
    } else if (raw.type == PERSON && raw.words.size() >= 2) {
      std::string key = SurnameKey(raw.words.back());
      auto it = by_surname.find(key);
      c = it != by_surname.end() ? it->second : new_cluster(PERSON);
      by_surname[key] = c;
      by_name[Fold(surface)] = c;
    } else {
      continue;
    }
    if (!raw.acronym.empty()) {
      result.clusters[c].acronym = raw.acronym;
      by_acronym[raw.acronym] = c;
    }
    cluster_of[r] = c;
    add_alias(c, surface);
  }
  // Inner words of multi-word person names ("Jimenez" of "Manuel Jimenez
  // Gonzalez", a first surname used alone), spelled the same, when only one
  // person of the document has them. Not a word after a particle ("Mahdi"
  // of "Abu Mahdi al-Muhandis" is part of "Abu Mahdi").
  absl::flat_hash_map<std::string, int> by_inner;
  for (size_t r = 0; r < raws.size(); ++r) {
    const Raw& raw = raws[r];
    if (cluster_of[r] < 0 || raw.type != PERSON || raw.words.size() < 3) continue;
    for (size_t w = 1; w + 1 < raw.words.size(); ++w) {
      if (particles_.contains(raw.words[w]) || particles_.contains(raw.words[w - 1]) ||
          !Capitalised(raw.words[w])) {
        continue;
      }
      auto [it, added] = by_inner.emplace(Fold(raw.words[w]), cluster_of[r]);
      if (!added && it->second != cluster_of[r]) it->second = -1;
    }
  }
  // Pass 2: single words bind to acronyms and surnames.
  for (size_t r = 0; r < raws.size(); ++r) {
    if (cluster_of[r] >= 0) continue;
    Raw& raw = raws[r];
    absl::string_view surface =
        text.substr(raw.range.begin, raw.range.end - raw.range.begin);
    int c = -1;
    if (auto it = by_acronym.find(std::string(surface)); it != by_acronym.end()) {
      c = it->second;
    } else if (auto it2 = by_surname.find(SurnameKey(surface)); it2 != by_surname.end()) {
      c = it2->second;
    } else if (auto it3 = by_name.find(Fold(surface)); it3 != by_name.end()) {
      c = it3->second;
    } else if (auto it4 = by_inner.find(Fold(surface));
               raw.words.size() == 1 && it4 != by_inner.end() && it4->second >= 0) {
      c = it4->second;
    } else if (raw.type == PERSON || raw.type == ORGANIZATION) {
      c = new_cluster(raw.type);
      if (raw.type == PERSON) by_surname[SurnameKey(surface)] = c;
      by_name[Fold(surface)] = c;
    } else {
      continue;
    }
    cluster_of[r] = c;
    add_alias(c, surface);
  }
  for (size_t r = 0; r < raws.size(); ++r) {
    if (cluster_of[r] < 0) continue;
    EntityMentionSpan m;
    m.range = raws[r].range;
    m.title = std::move(raws[r].title);
    m.cluster = cluster_of[r];
    result.mentions.push_back(std::move(m));
  }
  std::sort(result.mentions.begin(), result.mentions.end(),
            [](const EntityMentionSpan& a, const EntityMentionSpan& b) {
              return a.range.begin < b.range.begin;
            });
  return result;
}

}  // namespace xref
