#include "claims/rule_set.h"

#include <algorithm>
#include <atomic>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/functional/function_ref.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "base/bounded_memo.h"
#include "base/file.h"
#include "base/fold.h"
#include "base/proto_io.h"
#include "base/re2_adapter.h"
#include "base/status_macros.h"
#include "claims/pattern_syntax.h"
#include "google/protobuf/text_format.h"

namespace xref {
namespace {

RE2::Options CaseInsensitive() {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  return o;
}

RE2::Options CaseSensitive() {
  RE2::Options o;
  o.set_log_errors(false);
  return o;
}

absl::StatusOr<std::unique_ptr<RE2>> Compile(const std::string& pattern,
                                             const RE2::Options& options,
                                             absl::string_view name,
                                             absl::string_view what) {
  auto re = std::make_unique<RE2>(pattern, options);
  if (!re->ok()) {
    return absl::InvalidArgumentError(absl::StrCat(
        name, ": ", what, ": bad pattern \"", pattern, "\": ", re->error()));
  }
  return re;
}

// The index of the named `group` of `re`; kInvalidArgument naming the
// pattern when it has none.
absl::StatusOr<int> RequireGroup(const RE2& re, const std::string& group,
                                 absl::string_view name, absl::string_view what) {
  auto it = re.NamedCapturingGroups().find(group);
  if (it == re.NamedCapturingGroups().end()) {
    return absl::InvalidArgumentError(absl::StrCat(
        name, ": ", what, ": pattern \"", re.pattern(), "\" has no (?P<",
        group, ">...) group"));
  }
  return it->second;
}

// The index of the named `group` of `re`, or -1 when it has none.
int OptionalGroup(const RE2& re, const std::string& group) {
  auto it = re.NamedCapturingGroups().find(group);
  return it == re.NamedCapturingGroups().end() ? -1 : it->second;
}

absl::StatusOr<std::unique_ptr<RE2::Set>> BuildSet(
    const std::vector<std::string>& patterns, const RE2::Options& options,
    absl::string_view name) {
  auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const std::string& p : patterns) {
    std::string error;
    if (set->Add(p, &error) < 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(name, ": bad pattern \"", p, "\": ", error));
    }
  }
  if (!patterns.empty() && !set->Compile()) {
    return absl::ResourceExhaustedError(
        absl::StrCat(name, ": the pattern set is too large to compile"));
  }
  return set;
}

// The string fields of rule messages that hold RE2 patterns: those checked
// on their own and those `{{name}}` word-list references expand in.
bool IsPatternField(const std::string& name) {
  return name == "pattern" || name == "patterns" || name == "reject" ||
         name == "count_noun" || name == "not_before" || name == "not_after" ||
         name == "followed_by" || name == "counted_name_list" ||
         name == "after_in_document" || name == "not_after_in_document";
}

// Calls `visit` on every pattern field of `message` and of its nested
// messages, with where it is written: "path:line" when `tree` is given,
// else `path`. A field `visit` changes is written back. Stops at the first
// error `visit` returns.
absl::Status ForEachPattern(
    google::protobuf::Message* message,
    const google::protobuf::TextFormat::ParseInfoTree* tree, absl::string_view path,
    absl::FunctionRef<absl::Status(std::string* pattern, const std::string& field,
                                   absl::string_view where)>
        visit) {
  using google::protobuf::FieldDescriptor;
  const google::protobuf::Reflection* reflection = message->GetReflection();
  std::vector<const FieldDescriptor*> fields;
  reflection->ListFields(*message, &fields);
  for (const FieldDescriptor* field : fields) {
    int count = field->is_repeated() ? reflection->FieldSize(*message, field) : 1;
    for (int i = 0; i < count; ++i) {
      int index = field->is_repeated() ? i : -1;
      if (field->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
        google::protobuf::Message* sub =
            field->is_repeated() ? reflection->MutableRepeatedMessage(message, field, i)
                                 : reflection->MutableMessage(message, field);
        RETURN_IF_ERROR(ForEachPattern(
            sub, tree == nullptr ? nullptr : tree->GetTreeForNested(field, index), path,
            visit));
        continue;
      }
      if (field->cpp_type() != FieldDescriptor::CPPTYPE_STRING ||
          !IsPatternField(field->name())) {
        continue;
      }
      std::string pattern = field->is_repeated()
                                ? reflection->GetRepeatedString(*message, field, i)
                                : reflection->GetString(*message, field);
      const std::string where =
          tree == nullptr ? std::string(path)
                          : absl::StrCat(path, ":", tree->GetLocation(field, index).line + 1);
      const std::string before = pattern;
      RETURN_IF_ERROR(visit(&pattern, field->name(), where));
      if (pattern == before) continue;
      if (field->is_repeated()) {
        reflection->SetRepeatedString(message, field, i, std::move(pattern));
      } else {
        reflection->SetString(message, field, std::move(pattern));
      }
    }
  }
  return absl::OkStatus();
}

// Compiles every pattern field of `file` on its own, so that a pattern RE2
// rejects is reported with the file and line where it is written.
absl::Status CheckPatterns(rules::RuleFile* file,
                           const google::protobuf::TextFormat::ParseInfoTree* tree,
                           absl::string_view path) {
  return ForEachPattern(
      file, tree, path,
      [](std::string* pattern, const std::string& field, absl::string_view where) {
        RE2 re(*pattern, CaseSensitive());
        if (re.ok()) return absl::OkStatus();
        return absl::InvalidArgumentError(absl::StrCat(
            where, ": ", field, ": bad pattern \"", *pattern, "\": ", re.error()));
      });
}

// Word lists by name, each as the alternation `{{name}}` stands for.
using WordLists = absl::flat_hash_map<std::string, std::string>;

// Adds the word lists of `file` to `lists`. kInvalidArgument naming `path`
// and the list for a bad name, a name given twice, no words, or a word RE2
// rejects.
absl::Status CollectWordLists(const rules::RuleFile& file, absl::string_view path,
                              WordLists* lists) {
  for (const rules::WordList& list : file.word_lists()) {
    const std::string& name = list.name();
    if (name.empty() || !std::all_of(name.begin(), name.end(), [](char c) {
          return absl::ascii_islower(c) || absl::ascii_isdigit(c) || c == '_';
        })) {
      return absl::InvalidArgumentError(absl::StrCat(
          path, ": word list \"", name,
          "\": a name is lower-case letters, digits and '_'"));
    }
    if (list.words().empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ": word list \"", name, "\" has no words"));
    }
    for (const std::string& word : list.words()) {
      RE2 re(word, CaseSensitive());
      if (word.empty() || !re.ok()) {
        return absl::InvalidArgumentError(absl::StrCat(
            path, ": word list \"", name, "\": bad word \"", word, "\"",
            word.empty() ? "" : absl::StrCat(": ", re.error())));
      }
    }
    if (!lists->emplace(name, absl::StrCat("(?:", absl::StrJoin(list.words(), "|"), ")"))
             .second) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ": word list \"", name, "\" is defined twice"));
    }
  }
  return absl::OkStatus();
}

// Replaces every `{{name}}` in the pattern fields of `file` with its word
// list. kInvalidArgument naming where the pattern is written for a name no
// list has or a `{{` without its `}}`.
absl::Status ExpandWordLists(rules::RuleFile* file, const WordLists& lists,
                             const google::protobuf::TextFormat::ParseInfoTree* tree,
                             absl::string_view path) {
  return ForEachPattern(
      file, tree, path,
      [&lists](std::string* pattern, const std::string& field, absl::string_view where) {
        if (pattern->find("{{") == std::string::npos) return absl::OkStatus();
        std::string out;
        size_t at = 0;
        for (size_t open; (open = pattern->find("{{", at)) != std::string::npos;) {
          const size_t close = pattern->find("}}", open + 2);
          if (close == std::string::npos) {
            return absl::InvalidArgumentError(absl::StrCat(
                where, ": ", field, ": \"{{\" without \"}}\" in \"", *pattern, "\""));
          }
          const std::string name = pattern->substr(open + 2, close - open - 2);
          auto it = lists.find(name);
          if (it == lists.end()) {
            return absl::InvalidArgumentError(absl::StrCat(
                where, ": ", field, ": no word list is named \"", name, "\""));
          }
          absl::StrAppend(&out, absl::string_view(*pattern).substr(at, open - at),
                          it->second);
          at = close + 2;
        }
        absl::StrAppend(&out, absl::string_view(*pattern).substr(at));
        *pattern = std::move(out);
        return absl::OkStatus();
      });
}

// Fills (*categories)[i].broader for the category sources[i], looking broader
// keys up among all of the file's categories of the same role.
absl::Status ResolveBroader(const rules::RuleFile& file, absl::string_view name,
                            const std::vector<const rules::Category*>& sources,
                            std::vector<RuleSet::CompiledCategory>* categories) {
  absl::flat_hash_map<std::string, const rules::Category*> by_key;
  for (const rules::Category& c : file.categories()) {
    by_key[absl::StrCat(c.role(), "\t", c.key())] = &c;
  }
  for (size_t i = 0; i < sources.size(); ++i) {
    const rules::Category& start = *sources[i];
    std::vector<std::string>& out = (*categories)[i].broader;
    std::vector<const rules::Category*> pending = {&start};
    while (!pending.empty()) {
      const rules::Category* c = pending.back();
      pending.pop_back();
      for (const std::string& b : c->broader()) {
        auto it = by_key.find(absl::StrCat(c->role(), "\t", b));
        if (it == by_key.end()) {
          return absl::InvalidArgumentError(absl::StrCat(
              name, ": category \"", c->key(), "\" has broader \"", b,
              "\", which is no ", c->role(), " category"));
        }
        if (b == start.key()) {
          return absl::InvalidArgumentError(absl::StrCat(
              name, ": category \"", start.key(), "\" is broader than itself"));
        }
        if (std::find(out.begin(), out.end(), b) != out.end()) continue;
        out.push_back(b);
        pending.push_back(it->second);
      }
    }
  }
  return absl::OkStatus();
}

// True when `pattern` has ^, $, \A or \z outside a character class, or
// syntax that SkipEscape or SkipClass does not read (then it may have one).
bool HasTextAnchor(absl::string_view pattern) {
  for (size_t i = 0; i < pattern.size();) {
    const char c = pattern[i];
    if (c == '\\') {
      if (i + 1 < pattern.size() && (pattern[i + 1] == 'A' || pattern[i + 1] == 'z')) {
        return true;
      }
      i = SkipEscape(pattern, i);
    } else if (c == '[') {
      i = SkipClass(pattern, i);
    } else if (c == '^' || c == '$') {
      return true;
    } else {
      ++i;
    }
    if (i == kPatternEnd) return true;
  }
  return false;
}

std::vector<int> SetMatch(const RE2::Set* set, absl::string_view text) {
  std::vector<int> hits;
  if (set != nullptr) set->Match(ToPiece(text), &hits);
  std::sort(hits.begin(), hits.end());
  return hits;
}

// Patterns whose matches together are exactly `pattern`'s: the branches of
// its first alternation that is not repeated, each put in the alternation's
// place ("x(?:a|b)y" gives "x(?:a)y" and "x(?:b)y"). Empty when `pattern`
// has no such alternation, or syntax that pattern_syntax.h does not read
// (such as quoted text, \Q...\E, whose '(' or '|' may be literals).
std::vector<std::string> SplitFirstAlternation(const std::string& pattern) {
  const std::string p = absl::StrCat("(", pattern, ")");
  for (size_t i = 0; i < p.size();) {
    if (p[i] == '\\') {
      i = SkipEscape(p, i);
    } else if (p[i] == '[') {
      i = SkipClass(p, i);
    } else if (p[i] != '(') {
      ++i;
    } else {
      std::vector<size_t> bars;
      const size_t end = SkipGroup(p, i, &bars);
      if (end == kPatternEnd) return {};
      if (end < p.size() && absl::string_view("?*+{").find(p[end]) != absl::string_view::npos) {
        i = end;  // A branch of a repeated group cannot stand for it.
        continue;
      }
      if (bars.empty()) {
        ++i;  // Look inside it.
        continue;
      }
      // After the group's opener: "(", "(?:", "(?i:" or "(?P<name>".
      size_t body = i + 1;
      if (p[body] == '?') body = p.find(p[body + 1] == 'P' ? '>' : ':', body) + 1;
      const absl::string_view opened = absl::string_view(p).substr(0, body);
      const absl::string_view closed = absl::string_view(p).substr(end - 1);
      bars.push_back(end - 1);
      std::vector<std::string> branches;
      for (size_t bar : bars) {
        branches.push_back(
            absl::StrCat(opened, absl::string_view(p).substr(body, bar - body), closed));
        body = bar + 1;
      }
      return branches;
    }
    if (i == kPatternEnd) return {};
  }
  return {};
}

// Whether every match of `pattern` (compiled with `options`) contains one of
// a few words (re2::FilteredRE2 atoms, at least `min_length` bytes where the
// pattern allows); if so, `*words` gets them, in lower case (matching them
// needs case folding). `*more`, when not null, gets up to `max_more` other
// such sets (each also needed, and different), for a pattern that needs
// several words together ("police ... fired"): a match has a word of each.
bool NeededWordsOfWhole(const std::string& pattern, const RE2::Options& options,
                        int min_length, std::vector<std::string>* words,
                        std::vector<std::vector<std::string>>* more, int max_more) {
  if (more != nullptr) more->clear();
  re2::FilteredRE2 filter(min_length);
  int id;
  if (filter.Add(pattern, options, &id) != RE2::NoError) return false;
  std::vector<std::string> atoms;
  filter.Compile(&atoms);
  // The filter's condition is a monotone formula over the atoms; when it is
  // false with no atom present, every match needs one of them.
  std::vector<int> passed;
  filter.AllPotentials({}, &passed);
  if (!passed.empty() || atoms.empty() ||
      std::any_of(atoms.begin(), atoms.end(), [](const std::string& w) { return w.empty(); })) {
    return false;
  }
  for (std::string& w : atoms) absl::AsciiStrToLower(&w);
  // All the atoms are needed as a whole; drop, in `order`, each atom
  // without which the rest still are (a match needs one of "held" or
  // "custody", not of "was ", "were " or "is ").
  std::vector<int> order(atoms.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  // Function words first (nearly every sentence has "the " or " was "),
  // then the shortest.
  auto common = [](const std::string& w) {
    static const auto* const kFunctionWords = new absl::flat_hash_set<std::string>{
        "a", "an", "the", "its", "their", "his", "her", "of", "in", "on", "at", "to",
        "by", "for", "and", "or", "is", "was", "were", "are", "be", "been", "has",
        "have", "had", "it", "he", "she", "they", "s"};
    for (absl::string_view part : absl::StrSplit(w, ' ', absl::SkipEmpty())) {
      if (!kFunctionWords->contains(part)) return false;
    }
    return true;
  };
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    bool ca = common(atoms[a]), cb = common(atoms[b]);
    if (ca != cb) return ca;
    return atoms[a].size() < atoms[b].size();
  });
  auto needed = [&](const std::vector<int>& order) {
    std::vector<bool> kept(atoms.size(), true);
    std::vector<int> present;
    for (int drop : order) {
      kept[drop] = false;
      present.clear();
      for (size_t i = 0; i < kept.size(); ++i) {
        if (!kept[i]) present.push_back(i);
      }
      passed.clear();
      filter.AllPotentials(present, &passed);
      if (!passed.empty()) kept[drop] = true;  // Without it, a match could have none.
    }
    std::vector<std::string> out;
    for (size_t i = 0; i < kept.size(); ++i) {
      if (kept[i]) out.push_back(atoms[i]);
    }
    return out;
  };
  *words = needed(order);
  if (more == nullptr) return true;
  // Further sets: the words of the sets found so far are dropped first.
  absl::flat_hash_set<std::string> used(words->begin(), words->end());
  for (int k = 0; k < max_more; ++k) {
    std::vector<int> reordered;
    for (int i : order) {
      if (used.contains(atoms[i])) reordered.push_back(i);
    }
    for (int i : order) {
      if (!used.contains(atoms[i])) reordered.push_back(i);
    }
    std::vector<std::string> next = needed(reordered);
    if (next == *words || std::find(more->begin(), more->end(), next) != more->end()) break;
    used.insert(next.begin(), next.end());
    more->push_back(std::move(next));
  }
  return true;
}

// NeededWordsOfWhole, and when FilteredRE2 finds no words for the whole
// pattern (RE2's parser factors "died|dead" into "d(?:ied|ead)", and "d" is
// too short), the union of the words of each branch of its first
// alternation, found the same way (then with no further sets); at most
// `*budget` patterns are tried.
bool NeededWords(const std::string& pattern, const RE2::Options& options, int min_length,
                 std::vector<std::string>* words, std::vector<std::vector<std::string>>* more,
                 int* budget) {
  if (--*budget < 0) return false;
  if (NeededWordsOfWhole(pattern, options, min_length, words, more, 3)) return true;
  if (more != nullptr) more->clear();
  const std::vector<std::string> branches = SplitFirstAlternation(pattern);
  if (branches.empty()) return false;
  std::vector<std::string> all, some;
  for (const std::string& branch : branches) {
    if (!NeededWords(branch, options, min_length, &some, nullptr, budget)) return false;
    all.insert(all.end(), some.begin(), some.end());
  }
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  *words = std::move(all);
  return true;
}

bool NeededWords(const std::string& pattern, const RE2::Options& options, int min_length,
                 std::vector<std::string>* words,
                 std::vector<std::vector<std::string>>* more = nullptr) {
  int budget = 64;
  return NeededWords(pattern, options, min_length, words, more, &budget);
}

// Whether MatchSentence's scanner looks for `word`: ASCII (the scanner folds
// ASCII case only) and of 3 bytes or more (shorter ones are in nearly every
// sentence). A word it does not look for counts as present.
bool IsScannedWord(const std::string& word) { return IsAscii(word) && word.size() >= 3; }

// The rules `filter` passes given the atom indices `atoms`, ascending.
std::vector<int> PotentialRules(const re2::FilteredRE2& filter, const std::vector<int>& atoms) {
  std::vector<int> rules;
  filter.AllPotentials(atoms, &rules);
  std::sort(rules.begin(), rules.end());
  return rules;
}

}  // namespace

LiteralGuard::LiteralGuard(const RE2& re) {
  std::vector<std::string> words;
  std::vector<std::vector<std::string>> more;
  if (!NeededWords(re.pattern(), re.options(), 2, &words, &more)) return;
  *this = OfWords(std::move(words));
  for (std::vector<std::string>& set : more) also_.push_back(OfWords(std::move(set)));
}

LiteralGuard LiteralGuard::OfWords(std::vector<std::string> words) {
  LiteralGuard g;
  std::sort(words.begin(), words.end());
  g.words_ = std::move(words);
  if (g.words_.size() > kMaxCompared) {
    g.scanner_ = LiteralScanner(g.words_);
    return g;
  }
  g.first_.assign(257, 0);
  for (const std::string& w : g.words_) {
    ++g.first_[static_cast<unsigned char>(w[0]) + 1];
    if (w.size() == 1) {
      for (int b = 0; b < 256; ++b) g.pairs_.set(PairBit(w[0], b));
    } else {
      g.pairs_.set(PairBit(w[0], w[1]));
    }
  }
  for (size_t c = 1; c < g.first_.size(); ++c) g.first_[c] += g.first_[c - 1];
  for (int b = 0x80; b < 256; ++b) g.stop_[b] = 1;
  for (const std::string& w : g.words_) {
    const unsigned char c = static_cast<unsigned char>(w[0]);
    g.stop_[c] = 1;
    g.stop_[static_cast<unsigned char>(absl::ascii_toupper(c))] = 1;
  }
  return g;
}

bool LiteralGuard::MayMatch(absl::string_view text) const {
  if (!HasAWord(text)) return false;
  return std::all_of(also_.begin(), also_.end(),
                     [&](const LiteralGuard& g) { return g.HasAWord(text); });
}

bool LiteralGuard::HasAWord(absl::string_view text) const {
  if (words_.empty()) return true;
  if (scanner_.size() > 0) return scanner_.FindFirst(text, 0) >= 0 || !IsAscii(text);
  const size_t n = text.size();
  const unsigned char* bytes = reinterpret_cast<const unsigned char*>(text.data());
  auto lower = [&](size_t i) {
    return static_cast<unsigned char>(absl::ascii_tolower(bytes[i]));
  };
  for (size_t i = 0; i < n; ++i) {
    if (stop_[bytes[i]] == 0) continue;
    if (bytes[i] >= 0x80) return true;
    const unsigned char c = lower(i);
    const unsigned char next = i + 1 < n ? lower(i + 1) : 0;
    if (!pairs_.test(PairBit(c, next))) continue;
    for (uint16_t k = first_[c]; k < first_[c + 1]; ++k) {
      const std::string& w = words_[k];
      if (w.size() > n - i) continue;
      size_t j = 1;
      while (j < w.size() && lower(i + j) == static_cast<unsigned char>(w[j])) ++j;
      if (j == w.size()) return true;
    }
  }
  return false;
}

namespace {

// Has RE2 compile `re`'s reverse program now (when `re` is not null). RE2
// compiles it lazily, on the first unanchored match that needs the match's
// start, which would otherwise be paid inside the first documents
// extracted. The program is the same whenever it is built.
void BuildReverseProgram(const std::unique_ptr<RE2>& re) {
  if (re != nullptr) re->ReverseProgramSize();
}

// The bytes WordListPattern::Parse takes as literals: none of them is RE2
// syntax outside a character class.
bool IsListLiteral(char c) {
  return absl::ascii_isalnum(c) || c == ' ' || c == '_' || c == '-' || c == '\'' ||
         c == ',';
}

bool ParseListAlternation(absl::string_view x, size_t* i, int depth,
                          std::vector<std::string>* out);

// One branch of an alternation, from x[*i] to the next top-level | or ) or
// the end; appends its strings to *out in order of preference.
bool ParseListSequence(absl::string_view x, size_t* i, int depth,
                       std::vector<std::string>* out) {
  std::vector<std::string> seq = {""};
  while (*i < x.size() && x[*i] != '|' && x[*i] != ')') {
    std::vector<std::string> atom;
    if (IsListLiteral(x[*i])) {
      atom.emplace_back(1, x[*i]);
      ++*i;
    } else if (x.substr(*i, 3) == "(?:" && depth < 8) {
      *i += 3;
      if (!ParseListAlternation(x, i, depth + 1, &atom)) return false;
      if (*i >= x.size() || x[*i] != ')') return false;
      ++*i;
    } else {
      return false;
    }
    if (*i < x.size() && x[*i] == '?') {
      ++*i;
      if (*i < x.size() && (x[*i] == '?' || x[*i] == '+')) return false;
      atom.emplace_back();  // Greedy: the atom first, then nothing.
    }
    std::vector<std::string> next;
    for (const std::string& a : seq) {
      for (const std::string& b : atom) {
        if (next.size() >= WordListPattern::kMaxStrings) return false;
        next.push_back(a + b);
      }
    }
    seq = std::move(next);
  }
  if (out->size() + seq.size() > WordListPattern::kMaxStrings) return false;
  out->insert(out->end(), seq.begin(), seq.end());
  return true;
}

bool ParseListAlternation(absl::string_view x, size_t* i, int depth,
                          std::vector<std::string>* out) {
  while (true) {
    if (!ParseListSequence(x, i, depth, out)) return false;
    if (*i >= x.size() || x[*i] != '|') return true;
    ++*i;
  }
}

}  // namespace

std::unique_ptr<WordListPattern> WordListPattern::Parse(absl::string_view x) {
  std::vector<std::string> strings;
  size_t i = 0;
  if (!ParseListAlternation(x, &i, 0, &strings) || i != x.size()) return nullptr;
  auto list = std::unique_ptr<WordListPattern>(new WordListPattern());
  for (std::string& s : strings) {
    if (s.empty() || !WordStartFilter::IsWordByte(s.front()) ||
        !WordStartFilter::IsWordByte(s.back())) {
      return nullptr;
    }
    absl::AsciiStrToLower(&s);
    list->by_first_[static_cast<unsigned char>(s[0])].push_back(list->strings_.size());
    list->starts_.AddWord(s);
    list->strings_.push_back(std::move(s));
  }
  return list;
}

bool WordListPattern::FindNext(absl::string_view text, size_t from, size_t end,
                               size_t* begin, size_t* end_out) const {
  // A string that matches lies inside text[0, end) with a word end at its
  // end, so the filter sees its word (or first two bytes) there as in text.
  const absl::string_view head = text.substr(0, end);
  const unsigned char* t = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t p = starts_.Next(head, from); p < end; p = starts_.Next(head, p + 1)) {
    for (uint8_t k : by_first_[absl::ascii_tolower(t[p])]) {
      const std::string& s = strings_[k];
      if (s.size() > end - p) continue;
      if (!absl::EqualsIgnoreCase(text.substr(p, s.size()), s)) continue;
      const size_t q = p + s.size();
      if (q < text.size() && WordStartFilter::IsWordByte(t[q])) continue;
      *begin = p;
      *end_out = q;
      return true;
    }
  }
  return false;
}

namespace {

// Writes every string of `message`, and of the messages in it, with its
// Latin letters folded (FoldLatinLetters), as NormalizeForMatching writes
// the text the rules match: "Policía" in the lexicon, or "acusó" in a
// pattern, still match "Policía" and "acusó" in an article.
void FoldLatinLettersOfStrings(google::protobuf::Message* message) {
  const google::protobuf::Reflection* reflection = message->GetReflection();
  std::vector<const google::protobuf::FieldDescriptor*> fields;
  reflection->ListFields(*message, &fields);
  for (const google::protobuf::FieldDescriptor* field : fields) {
    const bool text = field->cpp_type() == google::protobuf::FieldDescriptor::CPPTYPE_STRING &&
                      field->type() == google::protobuf::FieldDescriptor::TYPE_STRING;
    const bool nested = field->cpp_type() == google::protobuf::FieldDescriptor::CPPTYPE_MESSAGE;
    if (!text && !nested) continue;
    if (!field->is_repeated()) {
      if (nested) {
        FoldLatinLettersOfStrings(reflection->MutableMessage(message, field));
      } else {
        reflection->SetString(message, field,
                              FoldLatinLetters(reflection->GetString(*message, field)));
      }
      continue;
    }
    for (int i = 0; i < reflection->FieldSize(*message, field); ++i) {
      if (nested) {
        FoldLatinLettersOfStrings(reflection->MutableRepeatedMessage(message, field, i));
      } else {
        reflection->SetRepeatedString(
            message, field, i,
            FoldLatinLetters(reflection->GetRepeatedString(*message, field, i)));
      }
    }
  }
}

}  // namespace

absl::StatusOr<std::unique_ptr<RuleSet>> RuleSet::Load(absl::string_view dir) {
  if (!IsDirectory(dir)) {
    return absl::NotFoundError(
        absl::StrCat("rules directory \"", dir, "\" does not exist"));
  }
  ASSIGN_OR_RETURN(std::vector<std::string> files, ListFilesRecursively(dir));
  // Word lists serve the patterns of every file, so all files are read
  // before any pattern is expanded and checked.
  struct Parsed {
    std::string path;
    rules::RuleFile file;
    google::protobuf::TextFormat::ParseInfoTree tree;
  };
  std::vector<std::unique_ptr<Parsed>> parsed;
  WordLists lists;
  for (const std::string& path : files) {
    if (!absl::EndsWith(path, ".textproto") ||
        absl::EndsWith(path, "gazetteer.textproto")) {
      continue;
    }
    ASSIGN_OR_RETURN(std::string text, ReadFile(path));
    auto p = std::make_unique<Parsed>();
    p->path = path;
    RETURN_IF_ERROR(ParseTextProto(text, path, &p->file, &p->tree));
    RETURN_IF_ERROR(CollectWordLists(p->file, path, &lists));
    parsed.push_back(std::move(p));
  }
  if (parsed.empty()) {
    return absl::NotFoundError(
        absl::StrCat("rules directory \"", dir, "\" has no rule files"));
  }
  rules::RuleFile merged;
  for (const std::unique_ptr<Parsed>& p : parsed) {
    RETURN_IF_ERROR(ExpandWordLists(&p->file, lists, &p->tree, p->path));
    RETURN_IF_ERROR(CheckPatterns(&p->file, &p->tree, p->path));
    merged.MergeFrom(p->file);
  }
  return FromProto(merged, dir);
}

absl::StatusOr<std::unique_ptr<RuleSet>> RuleSet::FromProto(
    const rules::RuleFile& given, absl::string_view name) {
  rules::RuleFile file = given;
  WordLists lists;
  RETURN_IF_ERROR(CollectWordLists(file, name, &lists));
  RETURN_IF_ERROR(ExpandWordLists(&file, lists, nullptr, name));
  FoldLatinLettersOfStrings(&file);
  std::unique_ptr<RuleSet> rs(new RuleSet());
  std::vector<std::string> trigger_patterns;
  std::vector<std::string> role_patterns;
  // The one RE2 of a trigger's document pattern (after_in_document,
  // not_after_in_document), compiled the first time it is given.
  absl::flat_hash_map<std::string, const RE2*> document_patterns;
  auto document_pattern = [&](const std::string& pattern,
                              const std::string& what) -> absl::StatusOr<const RE2*> {
    auto [it, added] = document_patterns.try_emplace(pattern, nullptr);
    if (added) {
      std::unique_ptr<RE2> re;
      ASSIGN_OR_RETURN(re, Compile(pattern, CaseInsensitive(), name, what));
      it->second = re.get();
      rs->document_patterns_.push_back(std::move(re));
    }
    return it->second;
  };
  for (const rules::Frame& frame : file.frames()) {
    if (frame.type().empty()) {
      return absl::InvalidArgumentError(absl::StrCat(name, ": a frame has no type"));
    }
    if (frame.triggers().empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat(name, ": frame ", frame.type(), " has no triggers"));
    }
    CompiledFrame cf;
    cf.type = frame.type();
    for (const std::string& role : frame.roles()) cf.roles.insert(role);
    std::string what = absl::StrCat("frame ", frame.type());
    for (const rules::RolePattern& rp : frame.role_patterns()) {
      CompiledRole cr;
      cr.role = rp.role();
      cr.side = rp.side() == rules::RolePattern::SIDE_UNSPECIFIED
                    ? rules::RolePattern::SENTENCE
                    : rp.side();
      ASSIGN_OR_RETURN(cr.re, Compile(rp.pattern(), CaseSensitive(), name,
                                      absl::StrCat(what, " role ", rp.role())));
      ASSIGN_OR_RETURN(cr.value_group, RequireGroup(*cr.re, "value", name,
                                                    absl::StrCat(what, " role ", rp.role())));
      cr.ascii_groups = AsciiGroupsProgram(*cr.re);
      if (cr.ascii_groups != nullptr) cr.ascii_split = SplitCapture::Create(*cr.ascii_groups);
      if (!rp.reject().empty()) {
        ASSIGN_OR_RETURN(cr.reject, Compile(rp.reject(), CaseInsensitive(), name,
                                            absl::StrCat(what, " reject")));
      }
      for (const std::string& lemma : rp.lemmas()) {
        if (std::none_of(frame.triggers().begin(), frame.triggers().end(),
                         [&](const rules::Trigger& t) { return t.lemma() == lemma; })) {
          return absl::InvalidArgumentError(absl::StrCat(
              name, ": ", what, " role ", rp.role(), ": lemma \"", lemma,
              "\" is the lemma of none of the frame's triggers"));
        }
        cr.lemmas.push_back(lemma);
      }
      cr.another_value = rp.another_value();
      cr.organization_only = rp.organization_only();
      cf.roles.insert(rp.role());
      cr.index = role_patterns.size();
      role_patterns.push_back(rp.pattern());
      cf.role_patterns.push_back(std::move(cr));
    }
    if (!frame.count_noun().empty()) {
      ASSIGN_OR_RETURN(cf.count_noun,
                       Compile(absl::StrCat("^(?:", frame.count_noun(), ")$"),
                               CaseInsensitive(), name,
                               absl::StrCat(what, " count_noun")));
      static std::atomic<uint64_t> next_count_noun_id{1};
      cf.count_noun_id = next_count_noun_id.fetch_add(1);
      cf.count_noun_guard = LiteralGuard(*cf.count_noun);
    }
    for (const rules::CountedKind& ck : frame.counted_kinds()) {
      if (ck.kind().empty() || ck.count_noun().empty()) {
        return absl::InvalidArgumentError(
            absl::StrCat(name, ": ", what, " has a counted kind without ",
                         ck.kind().empty() ? "a kind" : "a count_noun"));
      }
      ASSIGN_OR_RETURN(std::unique_ptr<RE2> noun,
                       Compile(absl::StrCat("^(?:", ck.count_noun(), ")$"),
                               CaseInsensitive(), name,
                               absl::StrCat(what, " counted kind ", ck.kind())));
      cf.counted_kinds.emplace_back(ck.kind(), std::move(noun));
    }
    cf.has_time = cf.roles.contains("time");
    cf.has_place = cf.roles.contains("place");
    cf.has_count = cf.roles.contains("count");
    cf.has_person = cf.roles.contains("person");
    cf.has_instrument = cf.roles.contains("instrument");
    cf.refers_to.assign(frame.refers_to().begin(), frame.refers_to().end());
    cf.requires_referent = frame.requires_referent();
    cf.participant_after_preposition = frame.participant_after_preposition();
    if (cf.requires_referent && cf.refers_to.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat(name, ": frame ", frame.type(),
                       " requires a referent but refers to no type (refers_to)"));
    }
    if (!frame.participant_types().empty()) {
      cf.takes_person = cf.takes_organization = false;
      for (const std::string& type : frame.participant_types()) {
        if (type == "person") {
          cf.takes_person = true;
        } else if (type == "organization") {
          cf.takes_organization = true;
        } else {
          return absl::InvalidArgumentError(absl::StrCat(
              name, ": frame ", frame.type(), " has participant type \"", type,
              "\"; expected \"person\" or \"organization\""));
        }
      }
    }
    int index = rs->frames_.size();
    rs->frames_.push_back(std::move(cf));
    for (const rules::Trigger& t : frame.triggers()) {
      std::string pattern = absl::StrCat("\\b(?:", t.pattern(), ")\\b");
      CompiledTrigger ct;
      ct.frame = index;
      ct.lemma = t.lemma();
      ct.nominal = t.nominal();
      ct.continues = t.continues();
      ct.kind = t.kind();
      for (const std::string& role : t.only_roles()) {
        if (!rs->frames_[index].HasRole(role)) {
          return absl::InvalidArgumentError(
              absl::StrCat(name, ": ", what, " trigger \"", t.pattern(), "\" takes only role \"",
                           role, "\", which is no role of the frame"));
        }
        ct.only_roles.push_back(role);
      }
      ct.occasion_of.assign(t.occasion_of().begin(), t.occasion_of().end());
      ASSIGN_OR_RETURN(ct.re, Compile(pattern, CaseInsensitive(), name,
                                      absl::StrCat(what, " trigger")));
      ct.guard = LiteralGuard(*ct.re);
      ct.words = WordListPattern::Parse(t.pattern());
      if (!t.not_before().empty()) {
        ASSIGN_OR_RETURN(ct.not_before,
                         Compile(absl::StrCat("(?:", t.not_before(), ")"), CaseInsensitive(),
                                 name, absl::StrCat(what, " trigger not_before")));
      }
      if (!t.followed_by().empty()) {
        ASSIGN_OR_RETURN(ct.followed_by,
                         Compile(absl::StrCat("(?:", t.followed_by(), ")"), CaseInsensitive(),
                                 name, absl::StrCat(what, " trigger followed_by")));
      }
      if (!t.not_after().empty()) {
        ASSIGN_OR_RETURN(ct.not_after,
                         Compile(absl::StrCat("(?:", t.not_after(), ")$"), CaseInsensitive(),
                                 name, absl::StrCat(what, " trigger not_after")));
      }
      if (!t.after_in_document().empty()) {
        ASSIGN_OR_RETURN(ct.after_in_document,
                         document_pattern(t.after_in_document(),
                                          absl::StrCat(what, " trigger after_in_document")));
      }
      if (!t.not_after_in_document().empty()) {
        ASSIGN_OR_RETURN(ct.not_after_in_document,
                         document_pattern(t.not_after_in_document(),
                                          absl::StrCat(what, " trigger not_after_in_document")));
      }
      trigger_patterns.push_back(pattern);
      rs->triggers_.push_back(std::move(ct));
    }
  }
  // The frames' types, which refers_to and anchor nouns' day_from name.
  absl::flat_hash_set<std::string> frame_types;
  for (const CompiledFrame& frame : rs->frames_) frame_types.insert(frame.type);
  for (const CompiledFrame& frame : rs->frames_) {
    for (const std::string& type : frame.refers_to) {
      if (!frame_types.contains(type)) {
        return absl::InvalidArgumentError(absl::StrCat(
            name, ": frame ", frame.type, " refers to \"", type,
            "\", which is the type of no frame"));
      }
    }
  }
  for (const CompiledTrigger& t : rs->triggers_) {
    for (const std::string& type : t.occasion_of) {
      if (!frame_types.contains(type)) {
        return absl::InvalidArgumentError(absl::StrCat(
            name, ": a trigger of frame ", rs->frames_[t.frame].type,
            " names occasion_of \"", type, "\", which is the type of no frame"));
      }
    }
  }
  ASSIGN_OR_RETURN(rs->trigger_set_,
                   BuildSet(trigger_patterns, CaseInsensitive(), name));
  RETURN_IF_ERROR(rs->role_filter_.Build(role_patterns, name, "role"));

  // Roles that role patterns fill: their categories classify the phrases
  // those patterns find instead of being looked for in sentences.
  absl::flat_hash_set<std::string> pattern_roles;
  for (const rules::Frame& frame : file.frames()) {
    for (const rules::RolePattern& rp : frame.role_patterns()) pattern_roles.insert(rp.role());
  }
  std::vector<std::string> category_patterns;
  std::vector<const rules::Category*> sentence_sources, phrase_sources;
  for (const rules::Category& c : file.categories()) {
    if (c.key().empty() || c.role().empty() || c.patterns().empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          name, ": category \"", c.key(), "\" needs a key, a role and patterns"));
    }
    const bool phrase = pattern_roles.contains(c.role());
    std::vector<std::string> parts;
    for (const std::string& p : c.patterns()) parts.push_back(absl::StrCat("(?:", p, ")"));
    std::string alternation = absl::StrJoin(parts, "|");
    std::string pattern = phrase ? absl::StrCat("(?:^|\\b)(?:", alternation, ")$")
                                 : absl::StrCat("\\b(?:", alternation, ")\\b");
    CompiledCategory cc;
    if (!phrase) cc.words = WordListPattern::Parse(alternation);
    cc.key = c.key();
    cc.role = c.role();
    ASSIGN_OR_RETURN(cc.re, Compile(pattern, CaseInsensitive(), name,
                                    absl::StrCat("category ", c.key())));
    if (phrase) {
      phrase_sources.push_back(&c);
      rs->phrase_categories_.push_back(std::move(cc));
    } else {
      category_patterns.push_back(pattern);
      sentence_sources.push_back(&c);
      rs->categories_.push_back(std::move(cc));
    }
  }
  RETURN_IF_ERROR(ResolveBroader(file, name, sentence_sources, &rs->categories_));
  RETURN_IF_ERROR(ResolveBroader(file, name, phrase_sources, &rs->phrase_categories_));
  ASSIGN_OR_RETURN(rs->category_set_,
                   BuildSet(category_patterns, CaseInsensitive(), name));

  std::vector<std::string> attribution_patterns;
  for (const rules::AttributionRule& a : file.attributions()) {
    attribution_patterns.push_back(a.pattern());
    CompiledAttribution ca;
    ASSIGN_OR_RETURN(ca.re, Compile(a.pattern(), CaseSensitive(), name, "attribution"));
    ASSIGN_OR_RETURN(ca.source_group, RequireGroup(*ca.re, "source", name, "attribution"));
    ca.cue_group = OptionalGroup(*ca.re, "cue");
    ca.ascii_groups = AsciiGroupsProgram(*ca.re);
    if (ca.ascii_groups != nullptr) ca.ascii_split = SplitCapture::Create(*ca.ascii_groups);
    ca.cue = a.cue();
    ca.modality = a.modality() == 0 ? 2 : a.modality();
    ca.source_acts = a.source_acts();
    rs->attributions_.push_back(std::move(ca));
  }
  RETURN_IF_ERROR(rs->attribution_filter_.Build(attribution_patterns, name, "attribution"));
  for (const rules::CueRule& c : file.cues()) {
    if (c.cue().empty() || c.not_before().empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat(name, ": cue rule \"", c.cue(), "\" needs a cue and not_before"));
    }
    std::unique_ptr<RE2> re;
    ASSIGN_OR_RETURN(re, Compile(c.not_before(), CaseInsensitive(), name,
                                 absl::StrCat("cue ", c.cue(), " not_before")));
    rs->cue_rules_.emplace_back(absl::AsciiStrToLower(c.cue()), std::move(re));
  }
  for (const rules::ModalityRule& m : file.modalities()) {
    CompiledModality cm;
    ASSIGN_OR_RETURN(cm.re, Compile(m.pattern(), CaseInsensitive(), name, "modality"));
    if (m.window() > 0) cm.guard = LiteralGuard(*cm.re);
    cm.modality = m.modality();
    cm.window = m.window();
    rs->modalities_.push_back(std::move(cm));
  }
  std::vector<std::string> carry_patterns;
  std::vector<std::string> count_carry_patterns;  // Sentences they occur in are read.
  for (const rules::CarryRule& c : file.carries()) {
    CompiledCarry cc;
    ASSIGN_OR_RETURN(cc.re, Compile(c.pattern(), CaseSensitive(), name, "carry"));
    cc.guard = LiteralGuard(*cc.re);
    for (const std::string& r : c.roles()) cc.roles.insert(r);
    cc.max_sentences = c.max_sentences() > 0 ? c.max_sentences() : 6;
    if (!c.not_before().empty()) {
      ASSIGN_OR_RETURN(cc.not_before,
                       Compile(c.not_before(), CaseInsensitive(), name, "carry not_before"));
    }
    for (const std::string& type : c.types()) {
      if (!frame_types.contains(type)) {
        return absl::InvalidArgumentError(absl::StrCat(
            name, ": a carry names type \"", type, "\", which is the type of no frame"));
      }
      cc.types.insert(type);
    }
    if (cc.roles.contains("count")) {
      ASSIGN_OR_RETURN(cc.value_group, RequireGroup(*cc.re, "value", name, "carry of a count"));
      count_carry_patterns.push_back(absl::StrCat("(?:", c.pattern(), ")"));
    }
    rs->carries_.push_back(std::move(cc));
    carry_patterns.push_back(c.pattern());
  }
  RETURN_IF_ERROR(rs->carry_filter_.Build(carry_patterns, name, "carry"));
  std::vector<std::string> attribute_patterns;
  for (const rules::AttributeRule& a : file.attributes()) {
    CompiledAttribute ca;
    ca.attribute = a.attribute();
    std::string what = absl::StrCat("attribute ", a.attribute());
    ASSIGN_OR_RETURN(ca.re, Compile(a.pattern(), CaseSensitive(), name, what));
    ASSIGN_OR_RETURN(ca.value_group, RequireGroup(*ca.re, "value", name, what));
    ca.subject_group = OptionalGroup(*ca.re, "subject");
    ca.ascii_groups = AsciiGroupsProgram(*ca.re);
    if (ca.ascii_groups != nullptr) ca.ascii_split = SplitCapture::Create(*ca.ascii_groups);
    attribute_patterns.push_back(a.pattern());
    rs->attributes_.push_back(std::move(ca));
  }
  ASSIGN_OR_RETURN(rs->attribute_set_,
                   BuildSet(attribute_patterns, CaseSensitive(), name));

  // Triggers, categories and attributes behind word covers, so that what
  // runs on every sentence is a LiteralScanner (whose cost per byte does not
  // depend on how new the text is), not RE2 automata over the union of the
  // patterns.
  auto wrap = [](const std::vector<std::string>& patterns, absl::string_view flags) {
    std::vector<std::string> out;
    for (const std::string& p : patterns) out.push_back(absl::StrCat("(?", flags, ":", p, ")"));
    return out;
  };
  const std::vector<std::string> triggers_i = wrap(trigger_patterns, "i");
  const std::vector<std::string> categories_i = wrap(category_patterns, "i");
  rs->trigger_cover_.Build(triggers_i);
  rs->category_cover_.Build(categories_i);
  rs->attribute_cover_.Build(attribute_patterns);
  WordCover count_carry_cover;
  count_carry_cover.Build(count_carry_patterns);

  // The skip search: the words of the four covers, and the patterns that
  // are always candidates.
  std::vector<std::string> full = triggers_i;
  full.insert(full.end(), categories_i.begin(), categories_i.end());
  full.insert(full.end(), attribute_patterns.begin(), attribute_patterns.end());
  full.insert(full.end(), count_carry_patterns.begin(), count_carry_patterns.end());
  rs->skip_ = !full.empty() && std::none_of(full.begin(), full.end(), HasTextAnchor);
  if (rs->skip_) {
    std::vector<std::string> skip_words;
    std::vector<std::string> rest;
    absl::flat_hash_set<std::string> seen;
    auto add = [&](const WordCover& cover, const std::vector<std::string>& patterns) {
      for (size_t w = 0; w < cover.words.size(); ++w) {
        // A word of a further set alone makes no candidate.
        if (!cover.rules_of[w].empty() && seen.insert(cover.words[w]).second) {
          skip_words.push_back(cover.words[w]);
        }
      }
      for (int i : cover.always) rest.push_back(patterns[i]);
    };
    add(rs->trigger_cover_, triggers_i);
    add(rs->category_cover_, categories_i);
    add(rs->attribute_cover_, attribute_patterns);
    add(count_carry_cover, count_carry_patterns);
    rs->skip_words_ = LiteralScanner(skip_words);
    if (!rest.empty()) {
      RE2::Options o = CaseSensitive();
      o.set_never_capture(true);
      auto re = std::make_unique<RE2>(absl::StrJoin(rest, "|"), o);
      if (re->ok()) {
        rs->skip_rest_ = std::move(re);
      } else {
        rs->skip_ = false;
      }
    }
  }

  // MatchSentence's words: the covers', then the filters' (as
  // LiteralFilter::Match finds them, so that both give the same rules). The
  // sentence-wide modality patterns, case-insensitive, get a cover too.
  std::vector<std::string> modality_patterns;
  for (size_t i = 0; i < rs->modalities_.size(); ++i) {
    if (rs->modalities_[i].window > 0) continue;
    modality_patterns.push_back(absl::StrCat("(?i:", file.modalities(i).pattern(), ")"));
    rs->sentence_modality_rules_.push_back(i);
  }
  rs->sentence_modality_cover_.Build(modality_patterns);
  std::vector<std::string> words;
  for (const WordCover* c : {&rs->trigger_cover_, &rs->category_cover_, &rs->attribute_cover_,
                             &rs->sentence_modality_cover_}) {
    rs->sentence_groups_.push_back(words.size());
    words.insert(words.end(), c->words.begin(), c->words.end());
  }
  for (const LiteralFilter* f : {&rs->attribution_filter_, &rs->carry_filter_, &rs->role_filter_}) {
    rs->sentence_groups_.push_back(words.size());
    words.insert(words.end(), f->scanned.begin(), f->scanned.end());
  }
  rs->sentence_groups_.push_back(words.size());
  rs->sentence_words_ = LiteralScanner(words);
  rs->lexicon_ = file.lexicon();
  ASSIGN_OR_RETURN(rs->anchor_nouns_,
                   AnchorNouns::Create(file.anchor_nouns(), frame_types, name));
  BuildReverseProgram(rs->skip_rest_);  // For NextPossibleHit's match starts.
  for (const CompiledTrigger& t : rs->triggers_) BuildReverseProgram(t.re);
  for (const CompiledFrame& f : rs->frames_) {
    for (const CompiledRole& r : f.role_patterns) {
      BuildReverseProgram(r.re);
      BuildReverseProgram(r.ascii_groups);
      BuildReverseProgram(r.reject);
    }
    BuildReverseProgram(f.count_noun);
  }
  for (const CompiledCategory& c : rs->categories_) BuildReverseProgram(c.re);
  for (const CompiledAttribution& a : rs->attributions_) {
    BuildReverseProgram(a.re);
    BuildReverseProgram(a.ascii_groups);
  }
  for (const CompiledModality& m : rs->modalities_) BuildReverseProgram(m.re);
  for (const CompiledCarry& c : rs->carries_) BuildReverseProgram(c.re);
  for (const CompiledAttribute& a : rs->attributes_) {
    BuildReverseProgram(a.re);
    BuildReverseProgram(a.ascii_groups);
  }
  return rs;
}

bool RuleSet::CompiledFrame::RefersTo(const CompiledFrame& other) const {
  return other.refers_to.empty() &&
         std::find(refers_to.begin(), refers_to.end(), other.type) != refers_to.end();
}

bool RuleSet::CompiledCarry::CueBefore(absl::string_view after) const {
  return not_before == nullptr ||
         !not_before->Match(ToPiece(after), 0, after.size(), RE2::ANCHOR_START, nullptr, 0);
}

absl::string_view RuleSet::CompiledFrame::KindOfCounted(absl::string_view counted) const {
  if (counted.empty()) return {};
  for (const auto& [kind, noun] : counted_kinds) {
    if (RE2::FullMatch(ToPiece(counted), *noun)) return kind;
  }
  return {};
}

bool RuleSet::CompiledFrame::HasRole(absl::string_view role) const {
  if (role == "time") return has_time;
  if (role == "place") return has_place;
  if (role == "count") return has_count;
  if (role == "person") return has_person;
  if (role == "instrument") return has_instrument;
  return roles.contains(role);
}

std::vector<int> RuleSet::MatchTriggers(absl::string_view text) const {
  if (triggers_.empty()) return {};
  return SetMatch(trigger_set_.get(), text);
}

const RuleSet::CompiledCategory* RuleSet::PhraseCategory(absl::string_view role,
                                                         absl::string_view phrase,
                                                         bool whole) const {
  for (const CompiledCategory& c : phrase_categories_) {
    if (c.role != role) continue;
    if (whole ? RE2::FullMatch(ToPiece(phrase), *c.re)
              : RE2::PartialMatch(ToPiece(phrase), *c.re)) {
      return &c;
    }
  }
  return nullptr;
}

bool RuleSet::CueIsNoSpeech(absl::string_view cue, absl::string_view after) const {
  for (const auto& [word, not_before] : cue_rules_) {
    if (!absl::EqualsIgnoreCase(cue, word)) continue;
    re2::StringPiece rest = ToPiece(after);
    if (RE2::Consume(&rest, *not_before)) return true;
  }
  return false;
}

std::vector<int> RuleSet::MatchCategories(absl::string_view text) const {
  if (categories_.empty()) return {};
  return SetMatch(category_set_.get(), text);
}

std::vector<int> RuleSet::MatchAttributions(absl::string_view text) const {
  return attribution_filter_.Match(text);
}

std::vector<int> RuleSet::MatchCarries(absl::string_view text) const {
  return carry_filter_.Match(text);
}

std::vector<int> RuleSet::MatchRoles(absl::string_view text) const {
  return role_filter_.Match(text);
}

absl::Status RuleSet::LiteralFilter::Build(const std::vector<std::string>& patterns,
                                           absl::string_view name, absl::string_view what) {
  if (patterns.empty()) return absl::OkStatus();
  filter = std::make_unique<re2::FilteredRE2>(3);
  for (const std::string& p : patterns) {
    int index;
    if (filter->Add(p, CaseSensitive(), &index) != RE2::NoError) {
      return absl::InvalidArgumentError(
          absl::StrCat(name, ": ", what, ": bad pattern \"", p, "\""));
    }
  }
  filter->Compile(&atoms);
  for (const std::string& atom : atoms) {
    scanned.push_back(IsScannedWord(atom) ? atom : std::string());
  }
  scanner = LiteralScanner(scanned);
  static std::atomic<uint64_t> next_id{1};
  id = next_id.fetch_add(1);
  given_none = PotentialRules(*filter, {});
  for (size_t i = 0; i < atoms.size(); ++i) {
    given_one.push_back(PotentialRules(*filter, {static_cast<int>(i)}));
  }
  return absl::OkStatus();
}

const std::vector<int>& RuleSet::LiteralFilter::Given(const std::vector<int>& found) const {
  if (found.empty()) return given_none;
  if (found.size() == 1) return given_one[found[0]];
  thread_local BoundedMemo<std::pair<uint64_t, std::vector<int>>, std::vector<int>>
      remembered(4096);
  thread_local std::pair<uint64_t, std::vector<int>> key;
  key.first = id;
  key.second.assign(found.begin(), found.end());
  return remembered.Get(key, [&] { return PotentialRules(*filter, found); });
}

std::vector<int> RuleSet::LiteralFilter::Match(absl::string_view text) const {
  std::vector<int> found;
  scanner.FindAll(text, &found);
  return Given(found);
}

void RuleSet::WordCover::Build(const std::vector<std::string>& patterns) {
  absl::flat_hash_map<std::string, int> index;
  auto id_of = [&](const std::string& w) {
    auto [it, added] = index.try_emplace(w, words.size());
    if (added) {
      words.push_back(w);
      rules_of.emplace_back();
    }
    return it->second;
  };
  also_needed.resize(patterns.size());
  for (size_t r = 0; r < patterns.size(); ++r) {
    std::vector<std::string> needed;
    std::vector<std::vector<std::string>> more;
    if (!NeededWords(patterns[r], CaseSensitive(), 3, &needed, &more) ||
        !std::all_of(needed.begin(), needed.end(), IsScannedWord)) {
      always.push_back(r);
      continue;
    }
    for (const std::string& w : needed) rules_of[id_of(w)].push_back(r);
    // A set with a word the scanner does not look for is always met.
    for (const std::vector<std::string>& set : more) {
      if (!std::all_of(set.begin(), set.end(), IsScannedWord)) continue;
      std::vector<int> ids;
      for (const std::string& w : set) ids.push_back(id_of(w));
      also_needed[r].push_back(std::move(ids));
    }
  }
}

void RuleSet::WordCover::Candidates(const std::vector<int>& found,
                                    std::vector<int>* out) const {
  out->assign(always.begin(), always.end());
  if (found.empty()) return;
  for (int w : found) out->insert(out->end(), rules_of[w].begin(), rules_of[w].end());
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
  thread_local std::vector<bool> present;
  present.assign(words.size(), false);
  for (int w : found) present[w] = true;
  auto met = [&](const std::vector<int>& set) {
    return std::any_of(set.begin(), set.end(), [&](int w) { return present[w]; });
  };
  out->erase(std::remove_if(out->begin(), out->end(),
                            [&](int r) {
                              const std::vector<std::vector<int>>& sets = also_needed[r];
                              return !std::all_of(sets.begin(), sets.end(), met);
                            }),
             out->end());
}

RuleSet::SentenceHits RuleSet::MatchSentence(absl::string_view text) const {
  SentenceHits hits;
  MatchSentence(text, &hits);
  return hits;
}

void RuleSet::MatchSentence(absl::string_view text, SentenceHits* hits) const {
  thread_local std::vector<int> found;
  sentence_words_.FindAll(text, &found);
  // `found` is ascending, so each group's words are the next run of it.
  thread_local std::vector<int> atoms[kWordGroups];
  auto next = found.cbegin();
  for (int g = 0; g < kWordGroups; ++g) {
    atoms[g].clear();
    for (; next != found.cend() && *next < sentence_groups_[g + 1]; ++next) {
      atoms[g].push_back(*next - sentence_groups_[g]);
    }
  }
  // The candidates whose pattern occurs: on ASCII text, a pattern that is a
  // word list is looked for as one.
  thread_local std::vector<int> candidates;
  const bool ascii = IsAscii(text);
  auto occurring = [&](const WordCover& cover, const std::vector<int>& found, auto re_of,
                       auto words_of, std::vector<int>* out) {
    out->clear();
    cover.Candidates(found, &candidates);
    for (int i : candidates) {
      const WordListPattern* words = words_of(i);
      size_t b, e;
      if (ascii && words != nullptr ? words->FindNext(text, 0, text.size(), &b, &e)
                                    : RE2::PartialMatch(ToPiece(text), *re_of(i))) {
        out->push_back(i);
      }
    }
  };
  occurring(
      trigger_cover_, atoms[0], [&](int i) { return triggers_[i].re.get(); },
      [&](int i) { return triggers_[i].words.get(); }, &hits->triggers);
  occurring(
      category_cover_, atoms[1], [&](int i) { return categories_[i].re.get(); },
      [&](int i) { return categories_[i].words.get(); }, &hits->categories);
  occurring(
      attribute_cover_, atoms[2], [&](int i) { return attributes_[i].re.get(); },
      [](int) -> const WordListPattern* { return nullptr; }, &hits->attributes);
  occurring(
      sentence_modality_cover_, atoms[3],
      [&](int i) { return modalities_[sentence_modality_rules_[i]].re.get(); },
      [](int) -> const WordListPattern* { return nullptr; }, &hits->sentence_modalities);
  for (int& i : hits->sentence_modalities) i = sentence_modality_rules_[i];
  auto passed = [](const LiteralFilter& f, const std::vector<int>& found,
                   std::vector<int>* out) {
    const std::vector<int>& given = f.Given(found);
    out->assign(given.begin(), given.end());
  };
  passed(attribution_filter_, atoms[4], &hits->attributions);
  passed(carry_filter_, atoms[5], &hits->carries);
  hits->count_carry = HasCountCarry(text, hits->carries);
  passed(role_filter_, atoms[6], &hits->roles);
}

bool RuleSet::HasCountCarry(absl::string_view text, const std::vector<int>& carries) const {
  return std::any_of(carries.begin(), carries.end(), [&](int c) {
    return carries_[c].value_group >= 0 && RE2::PartialMatch(ToPiece(text), *carries_[c].re);
  });
}

int64_t RuleSet::NextPossibleHit(absl::string_view text, int64_t from) const {
  if (!skip_) return from;
  const int64_t none = static_cast<int64_t>(text.size()) + 1;
  int64_t next = skip_words_.FindFirst(text, from);
  if (next < 0) next = none;
  re2::StringPiece match;
  if (skip_rest_ != nullptr &&
      skip_rest_->Match(ToPiece(text), from, next == none ? text.size() : next,
                        RE2::UNANCHORED, &match, 1)) {
    next = std::min<int64_t>(next, match.data() - text.data());
  }
  return next;
}

std::vector<int> RuleSet::MatchAttributes(absl::string_view text) const {
  if (attributes_.empty()) return {};
  return SetMatch(attribute_set_.get(), text);
}

}  // namespace xref
