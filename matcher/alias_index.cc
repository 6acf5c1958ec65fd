#include "matcher/alias_index.h"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <tuple>
#include <utility>

#include "absl/algorithm/container.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "base/fold.h"
#include "base/name_key.h"
#include "matcher/read_ahead.h"

namespace xref {
namespace {

// Whether one of two light forms of words is one letter, the initial of the
// other word ("b" and "bahadur").
bool OneIsTheInitialOfTheOther(absl::string_view a, absl::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  return a.size() == 1 && b.size() > 1 && b[0] == a[0];
}

// Whether every word of `name` before its last is an initial with its dot,
// of one letter ("J. R. Smith") or of two (IsDigraphInitial: "A. Yu.
// Seleznyov"), and there are two words or more.
bool InitialsBeforeLastWord(absl::string_view name) {
  const std::vector<absl::string_view> words = absl::StrSplit(name, ' ', absl::SkipEmpty());
  if (words.size() < 2) return false;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    absl::string_view w = words[i];
    if (!absl::ConsumeSuffix(&w, ".")) return false;
    if (!(w.size() == 1 && absl::ascii_isupper(w[0])) && !IsDigraphInitial(w)) return false;
  }
  return true;
}

// Whether the word before the last of `name` makes the last a father's name
// ("Sudarmaji bin Parjiman", "Siti binti Hamzah", "Ahmad ibn Hanbal",
// "Muthu a/l Raman").
bool LastWordIsPatronym(absl::string_view name) {
  const size_t last = name.rfind(' ');
  if (last == absl::string_view::npos) return false;
  const absl::string_view rest = name.substr(0, last);
  const size_t before = rest.rfind(' ');
  const absl::string_view word =
      before == absl::string_view::npos ? rest : rest.substr(before + 1);
  for (absl::string_view p : {"bin", "binti", "binte", "bint", "ibn", "a/l", "a/p", "s/o", "d/o"}) {
    if (absl::EqualsIgnoreCase(word, p)) return true;
  }
  return false;
}

// A document entity as the passes of Build read it: most passes walk every
// node, so a node keeps only what they read, in 20 bytes; the entity and its
// gazetteer key, read by few, are its NodeSource, kept apart.
struct Node {
  int doc;
  // Of the entity, read once: its type and whether it declares an acronym.
  EntityType type;
  // Distinct form ids: node_forms[form_begin..form_end) of Build.
  int form_begin;
  int form_end;
  bool has_acronym;
  bool has_place;  // Its NodeSource has a gazetteer key.
};

struct NodeSource {
  const Entity* entity;
  // Gazetteer key (of the entity or of the gazetteer), may be empty.
  absl::string_view place;
};

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  int Find(int x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  void Union(int a, int b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[b] = a;
  }

 private:
  std::vector<int> parent_;
};

// For each entity, the one other entity a step found to fit it: -1 for
// none, -2 for two or more. Entities that are each other's only fit are
// then one.
class OnlyFits {
 public:
  explicit OnlyFits(int n) : fit_(n, -1) {}
  // Records that `a` and `b` fit each other.
  void Add(int a, int b) {
    Note(a, b);
    Note(b, a);
  }
  // Unions every pair that are each other's only fit.
  void UnionMutual(UnionFind& uf) const {
    for (int r = 0; r < static_cast<int>(fit_.size()); ++r) {
      if (fit_[r] > r && fit_[fit_[r]] == r) uf.Union(r, fit_[r]);
    }
  }

 private:
  void Note(int from, int to) {
    int& m = fit_[from];
    m = m == -1 || m == to ? to : -2;
  }
  std::vector<int> fit_;
};

bool TypesCompatible(EntityType a, EntityType b) {
  return a == ENTITY_TYPE_UNSPECIFIED || b == ENTITY_TYPE_UNSPECIFIED || a == b;
}

// A person and an organisation, or a person and a place, of the same name of
// two or more words: one outlet's extraction took a group's or a place's
// name for a person's, which it does by default ("Liwaa Kufami" where the
// others write "Liwa Kufami", "Santo Niño" where the others place "Santo
// Nino"), so the same spelling after light folding is one entity.
bool OneNameTwoTypes(EntityType a, EntityType b, const NameFormView& x,
                     const NameFormView& y) {
  const EntityType other = a == PERSON ? b : b == PERSON ? a : PERSON;
  return (other == ORGANIZATION || other == LOCATION) && !x.acronym && !y.acronym &&
         x.tokens >= 2 && y.tokens >= 2 && x.joined == y.joined;
}

bool MaybePerson(EntityType t) {
  return t == PERSON || t == ENTITY_TYPE_UNSPECIFIED;
}

// The first eight bytes of `id`, zero padded, as one number.
uint64_t IdPrefix(absl::string_view id) {
  uint64_t prefix = 0;
  if (!id.empty()) {
    std::memcpy(&prefix, id.data(), std::min(id.size(), sizeof(prefix)));
  }
  return prefix;
}

template <typename T>
void Release(T& x) {
  T().swap(x);
}

// The name forms of distinct spellings, packed: every form's parts in one
// buffer (`ReduceName`), so that a corpus's hundreds of thousands of
// spellings cost no allocation each. A form's shape (whether an acronym,
// how many tokens, whether abbreviated, whether its first and last tokens
// end in a vowel, whether its key is empty), which most passes of Build
// read to pick forms, is worked out once when the form is added and kept
// apart from its entry in 4 bytes, so that those passes stream 4 bytes a
// form rather than read its entry and its parts.
//
// A plain one-word spelling (`IsPlainOneWordName`: one token, no acronym,
// no initials) is added unreduced: most are the surnames of people named
// in full, which no step compares. Its shape says one token and no
// acronym; its parts (and the shape's other flags) are read only after
// `Reduce` of it (or `ReduceAll`), which reduces it once.
class FormTable {
 public:
  // Appends `text`, which must outlive the table, reduced (MakeNameForm)
  // unless it is a plain one-word name; returns its index.
  int Add(absl::string_view text) {
    texts_.push_back(text);
    const int f = static_cast<int>(entries_.size());
    entries_.emplace_back();
    if (IsPlainOneWordName(text)) {
      shapes_.push_back(1u << kTokensShift | kUnreduced);
      ++unreduced_;
    } else {
      shapes_.emplace_back();
      ReduceInto(f);
    }
    return f;
  }

  // Reduces form `f` if it is not yet (which moves the parts of every form:
  // views of parts taken before are invalid).
  void Reduce(int f) {
    if ((shapes_[f] & kUnreduced) == 0) return;
    ReduceInto(f);
    --unreduced_;
  }
  // Reduces every form not yet reduced.
  void ReduceAll() {
    for (int f = 0; unreduced_ > 0 && f < static_cast<int>(size()); ++f) {
      Reduce(f);
    }
  }
  // The spelling of form `f`.
  absl::string_view text(int f) const { return texts_[f]; }

  // Parts of form `f` (see NameForm), as views valid until the next `Add`
  // or `Reduce`; form `f` must be reduced (empty views otherwise).
  absl::string_view joined(int f) const { return Part(f, ReducedName::kJoined); }
  absl::string_view key(int f) const { return Part(f, ReducedName::kKey); }
  absl::string_view last_key(int f) const {
    return Part(f, ReducedName::kLastKey);
  }
  absl::string_view first_key(int f) const {
    return Part(f, ReducedName::kFirstKey);
  }
  // last_key(f) then first_key(f), as one view (ReduceName writes them end
  // to end, in that order): with the length of last_key(f), both keys.
  absl::string_view last_and_first_keys(int f) const {
    static_assert(ReducedName::kFirstKey == ReducedName::kLastKey + 1,
                  "the first-token key follows the last-token key");
    const Entry& e = entries_[f];
    const uint32_t begin = e.ends[ReducedName::kLastKey - 1];
    return absl::string_view(pool_.data() + e.begin + begin,
                             e.ends[ReducedName::kFirstKey] - begin);
  }
  absl::string_view acronym_letters(int f) const {
    return Part(f, ReducedName::kAcronymLetters);
  }
  absl::string_view initials(int f) const {
    return Part(f, ReducedName::kInitials);
  }
  absl::string_view first_token(int f) const {
    return joined(f).substr(0, entries_[f].first_token_end);
  }
  absl::string_view last_token(int f) const {
    return joined(f).substr(entries_[f].last_token_begin);
  }
  // The token before the last, for forms of three or more tokens (empty
  // otherwise).
  absl::string_view penultimate_token(int f) const {
    const Entry& e = entries_[f];
    return joined(f).substr(e.penultimate_token_begin,
                            e.last_token_begin - e.penultimate_token_begin);
  }
  bool acronym(int f) const { return (shapes_[f] & kAcronym) != 0; }
  // True when form `f` is initials and a surname ("M. Whitley", "J. R.
  // Smith"): no acronym, two or more tokens, all but the last one letter
  // long.
  bool abbreviated(int f) const { return (shapes_[f] & kAbbreviated) != 0; }
  // EndsInVowel(first_token(f)), EndsInVowel(last_token(f)).
  bool first_token_ends_in_vowel(int f) const {
    return (shapes_[f] & kFirstEndsInVowel) != 0;
  }
  bool last_token_ends_in_vowel(int f) const {
    return (shapes_[f] & kLastEndsInVowel) != 0;
  }
  // key(f).empty().
  bool key_empty(int f) const { return (shapes_[f] & kKeyEmpty) != 0; }
  // NameBlockOf(joined(f)).
  const NameBlock& block(int f) const { return entries_[f].block; }
  size_t tokens(int f) const { return shapes_[f] >> kTokensShift; }
  NameFormView view(int f) const {
    NameFormView v;
    v.joined = joined(f);
    v.key = key(f);
    v.acronym_letters = acronym_letters(f);
    v.tokens = tokens(f);
    v.acronym = acronym(f);
    return v;
  }

  size_t size() const { return entries_.size(); }

  // Makes room for `forms` forms without reallocation (about: the pool
  // needs more for long names).
  void Reserve(size_t forms) {
    texts_.reserve(forms);
    entries_.reserve(forms);
    shapes_.reserve(forms);
    pool_.reserve(forms * kBytesPerForm);
  }

 private:
  // A two-word name's parts take about this many bytes.
  static constexpr size_t kBytesPerForm = 64;
  struct Entry {
    size_t begin;
    uint32_t ends[ReducedName::kNumParts];
    uint32_t first_token_end;   // In joined.
    uint32_t last_token_begin;  // In joined.
    uint32_t penultimate_token_begin;  // In joined; last_token_begin if none.
    NameBlock block;
  };
  // Reduces text(f) into the pool, and its entry and shape.
  void ReduceInto(int f) {
    ReduceName(texts_[f], &pool_, &scratch_);
    Entry& e = entries_[f];
    e.begin = scratch_.begin;
    std::copy(std::begin(scratch_.ends), std::end(scratch_.ends), e.ends);
    const size_t tokens = scratch_.token_ends.size();
    e.first_token_end = tokens == 0 ? 0 : scratch_.token_ends[0];
    e.last_token_begin = tokens < 2 ? 0 : scratch_.token_ends[tokens - 2];
    e.penultimate_token_begin =
        tokens < 3 ? e.last_token_begin : scratch_.token_ends[tokens - 3];
    e.block = scratch_.block;
    uint32_t shape = static_cast<uint32_t>(tokens) << kTokensShift;
    if (scratch_.acronym) {
      shape |= kAcronym;
    } else if (tokens >= 2 &&
               (e.last_token_begin == tokens - 1 || InitialsBeforeLastWord(texts_[f]))) {
      // The tokens before the last are one letter each, or initials.
      shape |= kAbbreviated;
    }
    // The joined form starts where the initials end.
    const char* joined = pool_.data() + e.begin + e.ends[ReducedName::kInitials];
    if (EndsInVowel(absl::string_view(joined, e.first_token_end))) {
      shape |= kFirstEndsInVowel;
    }
    // The last token ends where the joined form does.
    if (e.block.final_vowel) shape |= kLastEndsInVowel;
    if (e.ends[ReducedName::kKey] == e.ends[ReducedName::kJoined]) {
      shape |= kKeyEmpty;
    }
    shapes_[f] = shape;
  }
  absl::string_view Part(int f, ReducedName::Part part) const {
    const Entry& e = entries_[f];
    const uint32_t first = part == 0 ? 0 : e.ends[part - 1];
    return absl::string_view(pool_.data() + e.begin + first, e.ends[part] - first);
  }
  ReducedName scratch_;
  std::vector<absl::string_view> texts_;
  std::string pool_;
  std::vector<Entry> entries_;
  size_t unreduced_ = 0;
  // Per form: number of tokens << kTokensShift, and the flags below.
  static constexpr uint32_t kAcronym = 1;
  static constexpr uint32_t kAbbreviated = 2;
  static constexpr uint32_t kFirstEndsInVowel = 4;
  static constexpr uint32_t kLastEndsInVowel = 8;
  static constexpr uint32_t kKeyEmpty = 16;
  static constexpr uint32_t kUnreduced = 32;
  static constexpr int kTokensShift = 6;
  std::vector<uint32_t> shapes_;
};

// True when `node` may be a person and names it with two or more words: its
// one-word forms ("Musleh" beside "Qasim Musleh") are partial names, which
// step 2 does not compare (two people of different full names may share
// one) and step 5 indexes instead.
bool FullNamedPerson(const Node& node, absl::Span<const int> forms,
                     const FormTable& form_name) {
  if (!MaybePerson(node.type) || node.has_place) return false;
  for (int f : forms) {
    if (!form_name.acronym(f) && form_name.tokens(f) >= 2) return true;
  }
  return false;
}

// True when the reduced form `f` of a person's `forms` is the end of a
// longer one of them: a surname of two or more words beside the full name
// ("Ben Amara" of "Youssef Ben Amara"), as partial a name as one word
// (people of different full names may share it). Reduces `f` and the
// longer forms.
bool EndsLongerForm(FormTable* form_name, absl::Span<const int> forms, int f) {
  form_name->Reduce(f);
  for (int g : forms) {
    if (g == f || form_name->acronym(g) || form_name->tokens(g) <= form_name->tokens(f)) {
      continue;
    }
    form_name->Reduce(g);
    if (absl::EndsWith(form_name->joined(g), form_name->joined(f))) return true;
  }
  return false;
}

// A bucket key of Build's steps 2 and 4 (a short text and two small
// numbers) packed into 16 bytes, so that bucketing hashes and compares two
// words rather than a view and two numbers: equal packed keys exactly when
// the texts and the numbers are equal. Texts of up to 12 bytes, `small` up
// to 3 and `medium` below 2^26 pack; others do not (`Pack` returns false)
// and take a map keyed by the view.
struct PackedKey {
  uint64_t low;   // Text bytes 0..7, zero padded.
  uint64_t high;  // Text bytes 8..11, then its length, small, medium.

  static constexpr size_t kMaxText = 12;
  static bool Pack(absl::string_view text, uint32_t small, uint32_t medium,
                   PackedKey* out) {
    if (text.size() > kMaxText || small > 3 || medium >= (1u << 26)) {
      return false;
    }
    uint64_t head = 0;  // Bytes 0..7, in a word of their own and
    uint32_t tail = 0;  // bytes 8..11 in 32 bits, whatever the byte order.
    std::memcpy(&head, text.data(), std::min(text.size(), sizeof(head)));
    if (text.size() > sizeof(head)) {
      std::memcpy(&tail, text.data() + sizeof(head), text.size() - sizeof(head));
    }
    out->low = head;
    out->high = tail | static_cast<uint64_t>(text.size()) << 32 |
                static_cast<uint64_t>(small) << 36 |
                static_cast<uint64_t>(medium) << 38;
    return true;
  }
  bool operator==(const PackedKey& o) const {
    return low == o.low && high == o.high;
  }
  template <typename H>
  friend H AbslHashValue(H h, const PackedKey& k) {
    return H::combine(std::move(h), k.low, k.high);
  }
};

// Ids of bucket keys in order of first sight: packed keys in one map, the
// few that do not pack in another, numbered together.
class BucketIds {
 public:
  explicit BucketIds(size_t expected) { packed_.reserve(expected); }
  // The id of (text, small, medium), new (the number of keys seen before)
  // when first seen.
  int Of(absl::string_view text, uint32_t small, uint32_t medium) {
    const int next = static_cast<int>(size());
    PackedKey key;
    if (PackedKey::Pack(text, small, medium, &key)) {
      return packed_.emplace(key, next).first->second;
    }
    return long_.emplace(std::make_tuple(text, small, medium), next)
        .first->second;
  }
  size_t size() const { return packed_.size() + long_.size(); }

 private:
  absl::flat_hash_map<PackedKey, int> packed_;
  absl::flat_hash_map<std::tuple<absl::string_view, uint32_t, uint32_t>, int>
      long_;
};

// How many corpus entities ahead of the one it writes Build fetches the
// texts of the next one's forms (at 10^6 generated claims, 4 and 8 were
// alike, both far faster than none).
constexpr int kFetchAheadEntities = 8;

// Calls fn(text) for each surface form of `e` that is not empty, in order:
// canonical name, aliases, mention texts, acronym.
template <typename Fn>
void ForEachSurfaceForm(const Entity& e, Fn fn) {
  auto form = [&](const std::string& text) {
    if (!text.empty()) fn(absl::string_view(text));
  };
  form(e.canonical());
  for (const std::string& a : e.aliases()) form(a);
  for (const Mention& m : e.mentions()) form(m.text());
  form(e.acronym());
}

// Nodes sharing one surface form and one type.
struct FormGroup {
  int form;
  EntityType type;
  int node;  // A representative.
};

}  // namespace

AliasIndex AliasIndex::Build(absl::Span<const ClaimSet> claim_sets,
                             const Options& options) {
  AliasIndex index;
  index.doc_begin_.assign(claim_sets.size() + 1, 0);

  // Distinct spellings, viewed in the claim sets (which outlive this call).
  FormTable form_name;
  std::vector<int> form_uses;
  absl::flat_hash_map<absl::string_view, int> form_ids;
  auto intern = [&](absl::string_view text) {
    auto [it, inserted] =
        form_ids.emplace(text, static_cast<int>(form_name.size()));
    if (inserted) {
      form_name.Add(text);
      form_uses.push_back(0);
    }
    return it->second;
  };

  std::vector<Node> nodes;
  std::vector<NodeSource> sources;  // Of nodes[i]: sources[i].
  std::vector<int> node_forms;
  {
    size_t entities = 0;
    for (const ClaimSet& set : claim_sets) entities += set.entities_size();
    nodes.reserve(entities);
    sources.reserve(entities);
    index.local_.reserve(entities);
    node_forms.reserve(2 * entities);
    // About one distinct spelling per entity, often a few more.
    form_ids.reserve(2 * entities);
    form_uses.reserve(2 * entities);
    form_name.Reserve(2 * entities);
  }
  auto forms_of = [&](const Node& node) {
    return absl::Span<const int>(node_forms.data() + node.form_begin,
                                 node.form_end - node.form_begin);
  };
  // The surface forms of the current entity already interned for it (an
  // entity usually repeats its canonical name as alias and mention) with
  // their forms.
  std::vector<std::pair<absl::string_view, int>> node_texts;
  // The entities of the claim set kFetchAheadSets ahead are fetched, those
  // kReadAheadSets ahead read (read_ahead.h): their ids, and their texts, by
  // hashing them to fetch the slots they will take in form_ids.
  uint64_t read_ahead = 0;
  for (size_t d = 0; d < claim_sets.size(); ++d) {
    if (d + kFetchAheadSets < claim_sets.size()) {
      FetchEntityMessages(claim_sets[d + kFetchAheadSets]);
    }
    if (d + kReadAheadSets < claim_sets.size()) {
      for (const Entity& e : claim_sets[d + kReadAheadSets].entities()) {
        read_ahead += e.id().size();
        ForEachSurfaceForm(e, [&](absl::string_view text) { form_ids.prefetch(text); });
      }
    }
    index.doc_begin_[d] = static_cast<int>(nodes.size());
    for (const Entity& e : claim_sets[d].entities()) {
      const absl::string_view id = e.id();
      if (id.empty()) continue;
      // Its corpus entity is set once known.
      index.local_.push_back({id, IdPrefix(id), -1});
      const int begin = static_cast<int>(node_forms.size());
      Node node{static_cast<int>(d), e.type(), begin, begin,
                !e.acronym().empty(), false};
      NodeSource source{&e, e.gazetteer_key()};
      if (!e.gazetteer_key().empty()) {
        for (const std::string& outer : e.within()) {
          index.place_containment_.emplace_back(e.gazetteer_key(), outer);
        }
      }
      node_texts.clear();
      ForEachSurfaceForm(e, [&](absl::string_view text) {
        for (const auto& [seen, f] : node_texts) {
          if (seen == text) {
            ++form_uses[f];
            return;
          }
        }
        const int f = intern(text);
        ++form_uses[f];
        node_texts.emplace_back(text, f);
        if (std::find(node_forms.begin() + begin, node_forms.end(), f) ==
            node_forms.end()) {
          node_forms.push_back(f);
        }
      });
      node.form_end = static_cast<int>(node_forms.size());
      if (source.place.empty() && options.gazetteer != nullptr) {
        for (int f : forms_of(node)) {
          if (const Place* p = options.gazetteer->Find(form_name.text(f))) {
            source.place = p->key();
            break;
          }
        }
      }
      node.has_place = !source.place.empty();
      nodes.push_back(node);
      sources.push_back(source);
    }
  }
  KeepReads(read_ahead);
  const int n = static_cast<int>(nodes.size());
  index.doc_begin_[claim_sets.size()] = n;
  UnionFind uf(n);

  // 1. Same gazetteer place.
  {
    absl::flat_hash_map<absl::string_view, int> first;
    for (int i = 0; i < n; ++i) {
      if (!nodes[i].has_place) continue;
      auto [it, inserted] = first.emplace(sources[i].place, i);
      if (!inserted) uf.Union(it->second, i);
    }
  }

  // 2. Same name. Nodes sharing (form, type) merge directly; distinct groups
  // are compared within a key bucket.
  std::vector<FormGroup> groups;
  {
    // The groups of form f: first_group[f], then along next_group (a form
    // has a group per type it is given, nearly always one).
    std::vector<int> first_group(form_name.size(), -1), next_group;
    for (int i = 0; i < n; ++i) {
      const bool full_named_person =
          FullNamedPerson(nodes[i], forms_of(nodes[i]), form_name);
      for (int f : forms_of(nodes[i])) {
        const bool acronym = form_name.acronym(f);
        if (full_named_person && !acronym && form_name.tokens(f) == 1) continue;
        form_name.Reduce(f);
        if (full_named_person && !acronym && EndsLongerForm(&form_name, forms_of(nodes[i]), f)) {
          continue;
        }
        if (form_name.key_empty(f) && !acronym) continue;
        int g = first_group[f];
        while (g >= 0 && groups[g].type != nodes[i].type) g = next_group[g];
        if (g < 0) {
          next_group.push_back(first_group[f]);
          first_group[f] = static_cast<int>(groups.size());
          groups.push_back({f, nodes[i].type, i});
        } else {
          uf.Union(groups[g].node, i);
        }
      }
    }
    // Groups already joined (through other names of the bucket) need no
    // comparison: a union only joins.
    auto compare = [&](const FormGroup& a, const FormGroup& b) {
      if (uf.Find(a.node) == uf.Find(b.node)) return;
      if (!TypesCompatible(a.type, b.type)) {
        if (OneNameTwoTypes(a.type, b.type, form_name.view(a.form),
                            form_name.view(b.form))) {
          uf.Union(a.node, b.node);
        }
        return;
      }
      if (a.form == b.form ||
          SameName(form_name.view(a.form), form_name.view(b.form))) {
        uf.Union(a.node, b.node);
      }
    };
    if (options.all_pairs) {
      for (size_t i = 0; i < groups.size(); ++i) {
        for (size_t j = i + 1; j < groups.size(); ++j) {
          compare(groups[i], groups[j]);
        }
      }
    } else {
      // Within a key bucket, groups with the same light form and type are
      // the same name: chain them, then compare one per distinct light form.
      // Block key of each form that has groups, then groups counting-sorted
      // by bucket.
      std::vector<int> form_bucket(form_name.size(), -1);
      // (skeleton key, consonants, final vowel) as NameBlockKey; acronyms
      // (letters, 2, 0).
      std::vector<int> bucket_of(groups.size());
      size_t num_buckets;  // The bucket ids, freed once numbered.
      {
        BucketIds bucket_ids(groups.size());
        for (size_t g = 0; g < groups.size(); ++g) {
          int& b = form_bucket[groups[g].form];
          if (b < 0) {
            const int f = groups[g].form;
            if (form_name.acronym(f)) {
              b = bucket_ids.Of(form_name.acronym_letters(f), 2, 0);
            } else {
              const NameBlock& block = form_name.block(f);
              b = bucket_ids.Of(form_name.key(f), block.final_vowel ? 1 : 0,
                                static_cast<uint32_t>(block.consonants));
            }
          }
          bucket_of[g] = b;
        }
        num_buckets = bucket_ids.size();
      }
      Release(form_bucket);
      std::vector<int> begin(num_buckets + 1, 0);
      for (int b : bucket_of) ++begin[b + 1];
      for (size_t b = 0; b < num_buckets; ++b) begin[b + 1] += begin[b];
      std::vector<int> sorted(groups.size());
      {
        std::vector<int> next(begin.begin(), begin.end() - 1);
        for (size_t g = 0; g < groups.size(); ++g) {
          sorted[next[bucket_of[g]]++] = static_cast<int>(g);
        }
      }
      Release(bucket_of);
      std::vector<int> distinct;
      for (size_t b = 0; b < num_buckets; ++b) {
        const absl::Span<const int> members(sorted.data() + begin[b],
                                            begin[b + 1] - begin[b]);
        if (members.size() == 1) continue;
        distinct.clear();
        for (int g : members) {
          const absl::string_view joined = form_name.joined(groups[g].form);
          int same = -1;
          for (int o : distinct) {
            if (groups[o].type == groups[g].type &&
                form_name.joined(groups[o].form) == joined) {
              same = o;
              break;
            }
          }
          if (same < 0) {
            distinct.push_back(g);
          } else if (!form_name.acronym(groups[g].form)) {
            uf.Union(groups[same].node, groups[g].node);
          } else {
            compare(groups[same], groups[g]);
          }
        }
        for (size_t i = 0; i < distinct.size(); ++i) {
          for (size_t j = i + 1; j < distinct.size(); ++j) {
            compare(groups[distinct[i]], groups[distinct[j]]);
          }
        }
      }
    }
  }

  // 2b. A family name in another romanization ("Rhee Jae-won" / "Lee
  // Jae-won", "Teoh Kah Seng" / "Zhang Kah Seng"): a person's name of two
  // or more words whose first word (family name first; a name turned round,
  // WritesGivenNameFirst, is read turned back) is a spelling of a family name
  // the gazetteer lists is read again with each standard spelling of that
  // word in its place; so is a name of three or more words whose second
  // word is one, without its first ("Jeremy Lim Wei Jie" as "Lin Wei Jie":
  // an English given name before a Chinese name). Two readings that are the
  // same name join their people. Only readings of one key are compared
  // (SameName needs equal keys). A family name the gazetteer lists as
  // written last ("Sourav Chatterjee" / "Sourav Chattopadhyay") is read
  // again in the last word of a name of two or more words.
  if (options.gazetteer != nullptr &&
      (options.gazetteer->has_family_names() || options.gazetteer->has_last_names())) {
    struct Reading {
      NameForm form;
      int node;
    };
    std::vector<Reading> readings;
    std::string turned;
    for (int i = 0; i < n; ++i) {
      if (!MaybePerson(nodes[i].type)) continue;
      for (int f : forms_of(nodes[i])) {
        if (form_name.acronym(f) || form_name.tokens(f) < 2) continue;
        absl::string_view name = form_name.text(f);
        // A family name written last, read again in the name as written.
        const size_t last = name.rfind(' ');
        for (const std::string& standard :
             options.gazetteer->LastNameStandards(name.substr(last + 1))) {
          readings.push_back({MakeNameForm(absl::StrCat(name.substr(0, last + 1), standard)), i});
        }
        if (WritesGivenNameFirst(name, &turned)) name = turned;
        // The word of name[begin, end) read in each standard spelling, with
        // the words after it.
        auto read_again = [&](size_t begin, size_t end) {
          for (const std::string& standard :
               options.gazetteer->FamilyNameStandards(name.substr(begin, end - begin))) {
            readings.push_back({MakeNameForm(absl::StrCat(standard, name.substr(end))), i});
          }
        };
        const size_t space = name.find(' ');
        if (space == absl::string_view::npos) continue;
        read_again(0, space);
        // A given name of another language first ("Jeremy Lim Wei Jie"):
        // the Chinese name after it is read too.
        const size_t second = name.find(' ', space + 1);
        if (second != absl::string_view::npos) read_again(space + 1, second);
      }
    }
    absl::flat_hash_map<absl::string_view, std::vector<int>> by_key;
    for (size_t r = 0; r < readings.size(); ++r) {
      by_key[options.all_pairs ? absl::string_view() : readings[r].form.key]
          .push_back(static_cast<int>(r));
    }
    for (const auto& [key, members] : by_key) {
      for (size_t x = 0; x < members.size(); ++x) {
        for (size_t y = x + 1; y < members.size(); ++y) {
          const Reading& a = readings[members[x]];
          const Reading& b = readings[members[y]];
          if (uf.Find(a.node) == uf.Find(b.node) ||
              !TypesCompatible(nodes[a.node].type, nodes[b.node].type)) {
            continue;
          }
          if (SameName(a.form, b.form)) uf.Union(a.node, b.node);
        }
      }
    }
  }

  // Cluster facts after steps 1-2, 24 bytes (passes walk every cluster; the
  // acronyms its nodes declare, which step 6 reads, are read from the nodes),
  // gathered in the one walk over the nodes that lists each cluster's forms.
  struct Cluster {
    bool has_multi = false;
    bool only_single = true;   // Every name form is one token.
    bool only_acronym = true;  // Every form is an acronym.
    bool place = false;
    bool maybe_person = true;
    bool organisation = true;  // Every node is typed ORGANIZATION.
    // Every name form of two or more words is abbreviated (FormTable).
    bool only_abbreviated = true;
    // In cluster_forms, in node order; set for roots only.
    absl::Span<const int> forms;
  };
  std::vector<Cluster> clusters(n);
  std::vector<int> root_of(n);
  std::vector<int> cluster_forms;
  // The forms of root r are cluster_forms[forms_begin[r]..forms_begin[r + 1]).
  std::vector<int> forms_begin(n + 1, 0);
  for (int i = 0; i < n; ++i) {
    root_of[i] = uf.Find(i);
    forms_begin[root_of[i] + 1] += nodes[i].form_end - nodes[i].form_begin;
  }
  for (int r = 0; r < n; ++r) forms_begin[r + 1] += forms_begin[r];
  cluster_forms.resize(forms_begin[n]);
  {
    std::vector<int> next(forms_begin.begin(), forms_begin.end() - 1);
    for (int i = 0; i < n; ++i) {
      const Node& node = nodes[i];
      Cluster& c = clusters[root_of[i]];
      if (node.has_place) c.place = true;
      if (!MaybePerson(node.type)) c.maybe_person = false;
      if (node.type != ORGANIZATION) c.organisation = false;
      int* out = cluster_forms.data() + next[root_of[i]];
      for (int f : forms_of(node)) {
        *out++ = f;
        if (form_name.acronym(f)) continue;
        c.only_acronym = false;
        if (form_name.tokens(f) >= 2) {
          c.has_multi = true;
          c.only_single = false;
          c.only_abbreviated = c.only_abbreviated && form_name.abbreviated(f);
        }
      }
      next[root_of[i]] = static_cast<int>(out - cluster_forms.data());
    }
  }
  std::vector<std::pair<int, int>> pending;
  // The clusters steps 3, 5 and 6 try to bind, in root order (roots after
  // step 2: steps 3 and 4 join clusters at once, so steps 5 and 6 name a
  // cluster's entity by uf.Find of its root); their indexes of the other
  // clusters are built only when there is one.
  std::vector<int> abbreviated_roots, single_roots, acronym_roots, organisation_roots;
  for (int r = 0; r < n; ++r) {
    if (root_of[r] != r) continue;
    Cluster& c = clusters[r];
    c.forms = absl::Span<const int>(cluster_forms.data() + forms_begin[r],
                                    forms_begin[r + 1] - forms_begin[r]);
    if (c.organisation && c.has_multi && !c.place) organisation_roots.push_back(r);
    if (c.only_single && !c.only_acronym && c.maybe_person && !c.place) {
      single_roots.push_back(r);
    }
    if (c.only_acronym && !c.forms.empty()) acronym_roots.push_back(r);
    if (c.has_multi && c.maybe_person && !c.place && c.only_abbreviated) {
      abbreviated_roots.push_back(r);
    }
  }
  Release(forms_begin);

  // Calls fn(root, form) for each name form of two or more words, neither an
  // acronym nor abbreviated ("Margaret Whitley", not "M. Whitley") nor the
  // end of a longer form of its cluster (EndsLongerForm), of each root
  // cluster that may be a person and is not a place, in cluster order then
  // form order. The clusters and their forms do not change after they are
  // built, so the (root, form) pairs are listed once, on the first call.
  std::vector<std::pair<int, int>> full_names_listed;
  bool full_names_ready = false;
  auto for_each_full_name = [&](auto fn) {
    if (!full_names_ready) {
      for (int r = 0; r < n; ++r) {
        const Cluster& c = clusters[r];
        if (root_of[r] != r || !c.has_multi || !c.maybe_person || c.place) continue;
        for (int f : c.forms) {
          if (form_name.acronym(f) || form_name.tokens(f) < 2 ||
              form_name.abbreviated(f) || EndsLongerForm(&form_name, c.forms, f)) {
            continue;
          }
          full_names_listed.emplace_back(r, f);
        }
      }
      full_names_ready = true;
    }
    for (const auto& [r, f] : full_names_listed) fn(r, f);
  };

  // 3. A person named only by initials and surname ("M. Whitley") is the
  // one multi-word person, named in full, of the same initials and surname
  // ("Margaret Whitley"); with two ("Michael Whitley"), left alone. Full
  // names are indexed by (initials, last-token key).
  if (!abbreviated_roots.empty()) {
    absl::flat_hash_map<std::pair<absl::string_view, absl::string_view>,
                        std::vector<std::pair<int, int>>>
        full_names;  // (root, form).
    // The same by first-token key, and by last-token key.
    absl::flat_hash_map<absl::string_view, std::vector<std::pair<int, int>>> by_first, by_last;
    for_each_full_name([&](int r, int f) {
      auto& names = full_names[{form_name.initials(f), form_name.last_key(f)}];
      if (names.empty() || names.back() != std::make_pair(r, f)) {
        names.emplace_back(r, f);
      }
      by_first[form_name.first_key(f)].emplace_back(r, f);
      by_last[form_name.last_key(f)].emplace_back(r, f);
    });
    for (int r : abbreviated_roots) {
      int candidate = -1;
      bool ambiguous = false;
      // The one root found, or ambiguous when a second one is.
      auto consider = [&](int root) {
        if (candidate < 0) {
          candidate = root;
        } else if (candidate != root) {
          ambiguous = true;
        }
      };
      for (int f : clusters[r].forms) {
        if (form_name.acronym(f) || form_name.tokens(f) < 2) continue;
        auto it = full_names.find({form_name.initials(f), form_name.last_key(f)});
        if (it == full_names.end()) continue;
        for (const auto& [root, g] : it->second) {
          if (SameTokenOfEqualKeys(form_name.last_token(f), form_name.last_token(g))) {
            consider(root);
          }
        }
      }
      // One of the two names leaves out a middle name: the initials before
      // the surname of one begin those of the other ("W. K. Chelimo" and
      // "Wilfred Chelimo", "B. Mwangoma" and "Beatrice Njeri Mwangoma"),
      // when one person named in full is so.
      if (candidate < 0) {
        for (int f : clusters[r].forms) {
          if (form_name.acronym(f) || form_name.tokens(f) < 2) continue;
          auto it = by_last.find(form_name.last_key(f));
          if (it == by_last.end()) continue;
          absl::string_view mine = form_name.initials(f);
          mine.remove_suffix(1);
          for (const auto& [root, g] : it->second) {
            absl::string_view theirs = form_name.initials(g);
            if (theirs.empty()) continue;
            theirs.remove_suffix(1);
            if (mine.empty() || theirs.empty() || mine == theirs ||
                !(absl::StartsWith(mine, theirs) || absl::StartsWith(theirs, mine)) ||
                !SameTokenOfEqualKeys(form_name.last_token(f), form_name.last_token(g))) {
              continue;
            }
            consider(root);
          }
        }
      }
      // South Indian names put the father's initial before the given name
      // ("R. Saravanan" of "Saravanan Rajagopal"): with no person of those
      // initials and surname, a form of one initial and a name is the one
      // person named in full whose first name is that name and whose last
      // name begins with that initial.
      if (candidate < 0) {
        for (int f : clusters[r].forms) {
          if (form_name.acronym(f) || form_name.tokens(f) != 2) continue;
          const absl::string_view text = form_name.text(f);
          auto it = by_first.find(form_name.last_key(f));
          if (it == by_first.end() || !absl::ascii_isupper(text[0])) continue;
          for (const auto& [root, g] : it->second) {
            const absl::string_view full = form_name.text(g);
            const size_t last = full.rfind(' ');
            if (last == absl::string_view::npos || full[last + 1] != text[0] ||
                !SameTokenOfEqualKeys(form_name.last_token(f), form_name.first_token(g))) {
              continue;
            }
            consider(root);
          }
        }
      }
      if (candidate >= 0 && !ambiguous) uf.Union(candidate, r);
    }
  }

  // 4. Two people named in full whose first names are one name and whose
  // last names are one name ("Alejandro Hernandez" and "Alejandro Hernandez
  // Hernandez", "Qasim Musleh" and "Qasim Mahmoud Musleh", "Yuri Petrov" and
  // "Iouri Petrov") are one when each is the other's only such match (with
  // a third, all stay apart); not two names of three or more words each.
  // Full names are indexed by the skeleton keys of their first and last
  // tokens and whether each ends in a vowel (SameToken needs equal keys and
  // equal endings).
  {
    // Full names of clusters: (root, form).
    struct FullName {
      int root, form;
      int next;  // The next full name of its bucket, -1 for none.
    };
    std::vector<FullName> full_names;
    for_each_full_name([&](int r, int f) {
      if (!full_names.empty() && full_names.back().root == r &&
          full_names.back().form == f) {
        return;
      }
      full_names.push_back({r, f, -1});
    });
    // Buckets by (first-token key, last-token key, endings: bit 0 for a
    // first token ending in a vowel, bit 1 for a last token), chained
    // through `next`.
    // The two keys are one view (last_and_first_keys) and the length of the
    // last-token key; bucket_head[id] is the first full name of bucket `id`.
    std::vector<int> bucket_head;
    {
      BucketIds bucket_ids(full_names.size());
      for (int i = 0; i < static_cast<int>(full_names.size()); ++i) {
        FullName& name = full_names[i];
        const int f = name.form;
        const uint32_t endings = (form_name.first_token_ends_in_vowel(f) ? 1 : 0) |
                                 (form_name.last_token_ends_in_vowel(f) ? 2 : 0);
        const int id = bucket_ids.Of(
            form_name.last_and_first_keys(f), endings,
            static_cast<uint32_t>(form_name.last_key(f).size()));
        if (id == static_cast<int>(bucket_head.size())) {
          bucket_head.push_back(i);
        } else {
          name.next = bucket_head[id];
          bucket_head[id] = i;
        }
      }
    }
    // Per root: the one other root whose full name fits.
    OnlyFits fits(n);
    for (int head : bucket_head) {
      for (int x = head; x >= 0; x = full_names[x].next) {
        for (int y = full_names[x].next; y >= 0; y = full_names[y].next) {
          const int a = full_names[x].root, f = full_names[x].form;
          const int b = full_names[y].root, g = full_names[y].form;
          // Names of three or more words and as many words differ in the
          // middle too ("Gao Yong-ping", "Guo Lei-ping"): SameName decided;
          // but a middle name may be written as its initial ("Bishnu B.
          // Chettri", "Bishnu Bahadur Chhetri").
          if (a == b || (form_name.tokens(f) == form_name.tokens(g) &&
                         form_name.tokens(f) > 2 &&
                         !(form_name.tokens(f) == 3 &&
                           OneIsTheInitialOfTheOther(form_name.penultimate_token(f),
                                                     form_name.penultimate_token(g))))) {
            continue;
          }
          if (SameTokenOfEqualKeys(form_name.first_token(f), form_name.first_token(g)) &&
              SameTokenOfEqualKeys(form_name.last_token(f), form_name.last_token(g))) {
            fits.Add(a, b);
          }
        }
      }
    }
    fits.UnionMutual(uf);
  }

  // 4b. Swahili writes Arabic names with a final vowel ("Omari", "Saidi",
  // "Athumani" for "Omar", "Said", "Othman"), which step 4 keeps apart: a
  // word ending in a vowel is no spelling of one ending in a consonant
  // ("Karim" and the family name "Karimi"). Three words are more to go by:
  // two people named by three words are one when each word is the same name
  // as the other's, or is it with a final "i" or "u" after a consonant, the
  // last words differing so, and each is the other's only such match
  // ("Khamis Omar Othman" and "Khamis Omar Athumani"). Two people of three
  // such names each, differing only by that vowel, would be taken for one.
  {
    auto same_but_final_vowel = [](absl::string_view a, absl::string_view b) {
      if (a == b) return true;
      if (a.size() > b.size()) std::swap(a, b);
      if (EndsInVowel(a) != EndsInVowel(b) && b.size() >= 4 &&
          (b.back() == 'i' || b.back() == 'u') && !EndsInVowel(b.substr(0, b.size() - 1))) {
        b.remove_suffix(1);
      }
      return SameToken(a, b);
    };
    // By the skeleton keys of the first and last words (vowels have none).
    absl::flat_hash_map<std::pair<absl::string_view, size_t>, std::vector<std::pair<int, int>>>
        by_keys;
    for_each_full_name([&](int r, int f) {
      if (form_name.tokens(f) == 3) {
        by_keys[{form_name.last_and_first_keys(f), form_name.last_key(f).size()}].emplace_back(
            r, f);
      }
    });
    OnlyFits fits(n);
    for (const auto& [keys, names] : by_keys) {
      for (size_t x = 0; x < names.size(); ++x) {
        for (size_t y = x + 1; y < names.size(); ++y) {
          const auto [a, f] = names[x];
          const auto [b, g] = names[y];
          if (a == b || form_name.last_token_ends_in_vowel(f) ==
                            form_name.last_token_ends_in_vowel(g)) {
            continue;
          }
          if (same_but_final_vowel(form_name.first_token(f), form_name.first_token(g)) &&
              same_but_final_vowel(form_name.penultimate_token(f),
                                   form_name.penultimate_token(g)) &&
              same_but_final_vowel(form_name.last_token(f), form_name.last_token(g))) {
            fits.Add(a, b);
          }
        }
      }
    }
    fits.UnionMutual(uf);
  }

  // Pairs (roots) of a person named by two words and a person named by
  // three or more, when the two words are the same names (SameToken) as the
  // longer name's tokens `first_of(f)` and `last_of(f)` (token getters of
  // form f). Names of three or more words are indexed by the skeleton keys
  // of those two tokens.
  auto two_word_matches = [&](auto first_of, auto last_of) {
    std::vector<std::pair<int, int>> pairs;
    absl::flat_hash_map<std::pair<std::string, std::string>, std::vector<std::pair<int, int>>>
        long_names;  // (root, form).
    for_each_full_name([&](int r, int f) {
      if (form_name.tokens(f) < 3) return;
      long_names[{SkeletonKey(first_of(f)), SkeletonKey(last_of(f))}].emplace_back(r, f);
    });
    if (long_names.empty()) return pairs;
    std::pair<std::string, std::string> key;
    for_each_full_name([&](int r, int f) {
      if (form_name.tokens(f) != 2) return;
      key.first.assign(form_name.first_key(f).data(), form_name.first_key(f).size());
      key.second.assign(form_name.last_key(f).data(), form_name.last_key(f).size());
      auto it = long_names.find(key);
      if (it == long_names.end()) return;
      const int a = uf.Find(r);
      for (auto [long_root, g] : it->second) {
        const int b = uf.Find(long_root);
        if (a != b && SameTokenOfEqualKeys(form_name.first_token(f), first_of(g)) &&
            SameTokenOfEqualKeys(form_name.last_token(f), last_of(g))) {
          pairs.emplace_back(a, b);
        }
      }
    });
    return pairs;
  };
  auto first_token = [&](int f) { return form_name.first_token(f); };
  auto penultimate_token = [&](int f) { return form_name.penultimate_token(f); };
  auto last_token = [&](int f) { return form_name.last_token(f); };

  // 4b. A person named by a first name and one surname ("Rodrigo Salcedo")
  // is the person of three or more names whose first name is that name and
  // whose next-to-last name is that surname ("Rodrigo Andres Salcedo
  // Ibanez": Spanish names end in the father's surname, then the mother's,
  // and short forms drop the mother's and the middle names), when each is
  // the other's only such match.
  if (const std::vector<std::pair<int, int>> pairs =
          two_word_matches(first_token, penultimate_token);
      !pairs.empty()) {
    OnlyFits fits(n);
    for (auto [a, b] : pairs) fits.Add(a, b);
    fits.UnionMutual(uf);
  }

  // Unions the entities of each pair of `pairs` (roots) that are each
  // other's only pair there and that no document names both of.
  auto union_apart_only = [&](const std::vector<std::pair<int, int>>& pairs) {
    if (pairs.empty()) return;
    absl::flat_hash_map<int, absl::flat_hash_set<int>> docs_of;
    for (auto [a, b] : pairs) {
      docs_of[a];
      docs_of[b];
    }
    for (int i = 0; i < n; ++i) {
      auto it = docs_of.find(uf.Find(i));
      if (it != docs_of.end()) it->second.insert(nodes[i].doc);
    }
    OnlyFits fits(n);
    for (auto [a, b] : pairs) {
      const absl::flat_hash_set<int>& docs_a = docs_of[a];
      const absl::flat_hash_set<int>& docs_b = docs_of[b];
      const bool together = absl::c_any_of(docs_a, [&](int d) { return docs_b.contains(d); });
      if (!together) fits.Add(a, b);
    }
    fits.UnionMutual(uf);
  };

  // 4c. A person named with two or three words is the person named with
  // the same words in reverse order ("Pham Van Tuong" and "Tuong Van Pham":
  // Vietnamese, Chinese or Korean names are written family name first, and
  // some outlets turn them round; "Navaratnam Thirukumaran" and
  // "Thirukumaran Navaratnam": a Tamil name writes the father's name first,
  // a Western order last), each word the same name as its counterpart
  // (SameToken), two different words at the ends, when each is the other's
  // only such match and no document names both. Names are indexed by their
  // word count and the skeleton keys of their first and last tokens, and
  // looked up with the two swapped.
  {
    using TurnKey = std::tuple<int, absl::string_view, absl::string_view>;
    auto can_turn = [&](int f) {
      const int n = form_name.tokens(f);
      return (n == 2 || n == 3) && form_name.first_key(f) != form_name.last_key(f);
    };
    auto key_of = [&](int f, bool swapped) {
      return swapped ? TurnKey{form_name.tokens(f), form_name.last_key(f), form_name.first_key(f)}
                     : TurnKey{form_name.tokens(f), form_name.first_key(f), form_name.last_key(f)};
    };
    // Most names have no turned partner: a bit for a hash of every name's
    // word count and first and last keys, in order, picks the few whose
    // keys turned round may be another's, and only those are indexed.
    struct KeyHashes {
      size_t tokens;         // 0 when the name cannot be turned round.
      uint64_t first, last;  // Hashes of the first and last keys.
    };
    const absl::Hash<absl::string_view> hash;
    std::vector<KeyHashes> key_hashes;  // By name, in for_each_full_name's order.
    for_each_full_name([&](int, int f) {
      key_hashes.push_back(can_turn(f) ? KeyHashes{form_name.tokens(f),
                                                   hash(form_name.first_key(f)),
                                                   hash(form_name.last_key(f))}
                                       : KeyHashes{0, 0, 0});
    });
    size_t bit_count = 1024;
    while (bit_count < 16 * key_hashes.size()) bit_count *= 2;
    // The bit of a name of `tokens` words with these first and last keys.
    auto bit_of = [&](size_t tokens, uint64_t first, uint64_t last) {
      first += tokens;
      return (first * 0x9E3779B97F4A7C15ull ^ (last + (last << 6) + (last >> 2))) &
             (bit_count - 1);
    };
    std::vector<uint64_t> bits(bit_count / 64);
    for (const KeyHashes& k : key_hashes) {
      if (k.tokens == 0) continue;
      const uint64_t b = bit_of(k.tokens, k.first, k.last);
      bits[b / 64] |= uint64_t{1} << (b % 64);
    }
    std::vector<std::pair<int, int>> candidates;  // (root, form).
    size_t name = 0;
    for_each_full_name([&](int r, int f) {
      const KeyHashes& k = key_hashes[name++];
      if (k.tokens == 0) return;
      const uint64_t b = bit_of(k.tokens, k.last, k.first);  // The keys turned round.
      if ((bits[b / 64] >> (b % 64)) & 1) candidates.emplace_back(r, f);
    });
    absl::flat_hash_map<TurnKey, std::vector<std::pair<int, int>>> turnable;  // (root, form).
    for (auto [r, f] : candidates) turnable[key_of(f, false)].emplace_back(r, f);
    // Pairs of entities whose names are each other's turned round.
    std::vector<std::pair<int, int>> turned;
    for (auto [r, f] : candidates) {
      auto it = turnable.find(key_of(f, true));
      if (it == turnable.end()) continue;
      const int a = uf.Find(r);
      const bool three = form_name.tokens(f) == 3;
      for (auto [other_root, g] : it->second) {
        const int b = uf.Find(other_root);
        if (a == b || (three && SkeletonKey(form_name.penultimate_token(f)) !=
                                    SkeletonKey(form_name.penultimate_token(g)))) {
          continue;
        }
        if (SameTokenOfEqualKeys(form_name.first_token(f), form_name.last_token(g)) &&
            SameTokenOfEqualKeys(form_name.last_token(f), form_name.first_token(g)) &&
            (!three || SameTokenOfEqualKeys(form_name.penultimate_token(f),
                                            form_name.penultimate_token(g)))) {
          turned.emplace_back(a, b);
        }
      }
    }
    // Two entities named in one document are two people there ("Li Wei
    // Min" and "Min Wei Li" side by side): they do not fit.
    union_apart_only(turned);
  }

  // 4d. A person named by two words ("Ortega Vidal") is the person of three
  // or more names whose last two names are those words ("Luis Ortega
  // Vidal": Spanish and Portuguese names end in two surnames, and outlets
  // drop the given names), each word the same name as its counterpart
  // (SameToken), when each is the other's only such match and no document
  // names both.
  union_apart_only(two_word_matches(penultimate_token, last_token));

  // 4e. A person named by a familiar short form of a given name ("Zura
  // Tskhvediani", "Keti Lomtatidze": IsShortFormOf) is the person of the
  // full given name and the same last name (SameToken: "Zurab Tskhvediani"),
  // when each is the other's only such match and no document names both.
  // Names whose first token may be a short form are indexed by last-token
  // key and the first three or the last three letters of that token, which
  // a short form shares with its full name.
  {
    using ShortKey = std::tuple<absl::string_view, absl::string_view, bool>;
    absl::flat_hash_map<ShortKey, std::vector<std::pair<int, int>>> shorts;  // (root, form).
    auto familiar = [&](int f) {
      const size_t n = form_name.first_token(f).size();
      return n >= 4 && n <= 6 && form_name.first_token_ends_in_vowel(f);
    };
    for_each_full_name([&](int r, int f) {
      if (!familiar(f)) return;
      const absl::string_view first = form_name.first_token(f);
      shorts[{form_name.last_key(f), first.substr(0, 3), false}].emplace_back(r, f);
      shorts[{form_name.last_key(f), first.substr(first.size() - 3), true}].emplace_back(r, f);
    });
    std::vector<std::pair<int, int>> short_and_full;
    if (!shorts.empty()) {
      for_each_full_name([&](int r, int g) {
        const absl::string_view given = form_name.first_token(g);
        if (given.size() < 5) return;
        for (const bool end : {false, true}) {
          auto it = shorts.find(ShortKey{form_name.last_key(g),
                                         end ? given.substr(given.size() - 3)
                                             : given.substr(0, 3),
                                         end});
          if (it == shorts.end()) continue;
          const int b = uf.Find(r);
          for (auto [short_root, f] : it->second) {
            const int a = uf.Find(short_root);
            if (a != b && IsShortFormOf(form_name.first_token(f), given) &&
                SameTokenOfEqualKeys(form_name.last_token(f), form_name.last_token(g))) {
              short_and_full.emplace_back(a, b);
            }
          }
        }
      });
    }
    // Yoruba given names ("oluwasegun"), indexed by last-token key and
    // their short forms (YorubaShortForms): a first token that is no
    // familiar short form (those are found above) may be one ("Segun" of
    // "Oluwasegun").
    absl::flat_hash_map<std::pair<absl::string_view, absl::string_view>,
                        std::vector<std::pair<int, int>>>
        olu_names;  // (root, form).
    for_each_full_name([&](int r, int g) {
      for (const absl::string_view rest : YorubaShortForms(form_name.first_token(g))) {
        olu_names[{form_name.last_key(g), rest}].emplace_back(r, g);
      }
    });
    if (!olu_names.empty()) {
      for_each_full_name([&](int r, int f) {
        if (familiar(f)) return;
        auto it = olu_names.find({form_name.last_key(f), form_name.first_token(f)});
        if (it == olu_names.end()) return;
        const int a = uf.Find(r);
        for (auto [full_root, g] : it->second) {
          const int b = uf.Find(full_root);
          if (a != b && SameTokenOfEqualKeys(form_name.last_token(f), form_name.last_token(g))) {
            short_and_full.emplace_back(a, b);
          }
        }
      });
    }
    union_apart_only(short_and_full);
  }

  // 4f. A person named with four or more words is the person named by its
  // first two ("Raymond Ooi" of "Raymond Ooi Chee Keong": an English given
  // name and the family name, before the Chinese given name) and the person
  // named by its last three ("Ooi Chee Keong", the Chinese name alone), each
  // the same name (SameName), when each is the other's only such match and
  // no document names both. Long names are cut at spaces; their parts are
  // indexed by skeleton key.
  {
    struct Part {
      NameForm form;
      int root;
      bool first_two;  // The first two words, else the last three.
    };
    absl::flat_hash_map<std::string, std::vector<Part>> parts;
    for_each_full_name([&](int r, int f) {
      if (form_name.tokens(f) < 4) return;
      const std::vector<absl::string_view> words =
          absl::StrSplit(form_name.text(f), ' ', absl::SkipEmpty());
      if (words.size() < 4) return;
      for (const bool first_two : {true, false}) {
        const absl::string_view part =
            first_two ? absl::string_view(words[0].data(), words[1].end() - words[0].data())
                      : absl::string_view(words[words.size() - 3].data(),
                                          words.back().end() - words[words.size() - 3].data());
        Part p{MakeNameForm(part), r, first_two};
        if (p.form.tokens.size() < 2 || p.form.acronym) continue;
        parts[p.form.key].push_back(std::move(p));
      }
    });
    // Pairs of each kind: a long name may have one of each.
    std::vector<std::pair<int, int>> part_and_whole[2];
    if (!parts.empty()) {
      for_each_full_name([&](int r, int g) {
        if (form_name.tokens(g) < 2 || form_name.tokens(g) > 3) return;
        auto it = parts.find(form_name.key(g));
        if (it == parts.end()) return;
        const int b = uf.Find(r);
        for (const Part& p : it->second) {
          const int a = uf.Find(p.root);
          if (a != b && SameName(ViewOf(p.form), form_name.view(g))) {
            part_and_whole[p.first_two].emplace_back(a, b);
          }
        }
      });
    }
    union_apart_only(part_and_whole[1]);
    union_apart_only(part_and_whole[0]);
  }

  // 5. One-word person names bound to a unique multi-word person. Full
  // names are indexed by last-token key, then by distinct last-token light
  // form; so are the one-word forms their documents gave them ("Jimenez" of
  // "Manuel Jimenez Gonzalez"). A one-word name no one has as a last name
  // then looks up the first tokens of full names, indexed the same way.
  if (!single_roots.empty()) {
    // One-word forms of people named in full are looked up here.
    form_name.ReduceAll();
    // Only the keys the one-word names look up are indexed.
    absl::flat_hash_set<absl::string_view> wanted;
    for (int r : single_roots) {
      for (int f : clusters[r].forms) {
        if (!form_name.acronym(f) && form_name.tokens(f) == 1) {
          wanted.insert(form_name.key(f));
        }
      }
    }
    using ByToken =
        absl::flat_hash_map<absl::string_view,
                            absl::flat_hash_map<absl::string_view, std::vector<int>>>;
    ByToken by_last, by_first;
    // Indexes `entity` under `key` and `token`, when a one-word name looks
    // the key up.
    auto add = [&wanted](ByToken& index, absl::string_view key, absl::string_view token,
                         int entity) {
      if (!wanted.contains(key)) return;
      std::vector<int>& roots = index[key][token];
      if (roots.empty() || roots.back() != entity) roots.push_back(entity);
    };
    for (int r = 0; r < n; ++r) {
      const Cluster& c = clusters[r];
      if (root_of[r] != r || !c.has_multi || !c.maybe_person || c.place) {
        continue;
      }
      const int entity = uf.Find(r);
      for (int f : c.forms) {
        if (form_name.acronym(f)) continue;
        // Not the father's name of a patronymic ("Parjiman" alone is not
        // "Sudarmaji bin Parjiman": his father is).
        if (!LastWordIsPatronym(form_name.text(f))) {
          add(by_last, form_name.last_key(f), form_name.last_token(f), entity);
        }
        if (form_name.tokens(f) >= 2) {
          add(by_first, form_name.first_key(f), form_name.first_token(f), entity);
        }
      }
    }
    // The one entity whose forms in `index` have the token of a one-word
    // form of `c`: -1 when none (`*found` false) or several.
    auto unique_match = [&](const Cluster& c, const ByToken& index, bool* found) {
      int candidate = -1;
      *found = false;
      for (int f : c.forms) {
        if (form_name.acronym(f) || form_name.tokens(f) != 1) continue;
        auto it = index.find(form_name.key(f));
        if (it == index.end()) continue;
        for (const auto& [light, roots] : it->second) {
          if (!SameTokenOfEqualKeys(form_name.last_token(f), light)) continue;
          for (int root : roots) {
            *found = true;
            if (candidate >= 0 && candidate != root) return -1;
            candidate = root;
          }
        }
      }
      return candidate;
    };
    for (int r : single_roots) {
      const Cluster& c = clusters[r];
      bool found = false;
      int candidate = unique_match(c, by_last, &found);
      // A name that is no one's last name may be one person's first name
      // ("Waqas" for "Waqas Ahmed", as a family or a feature names him).
      if (!found) candidate = unique_match(c, by_first, &found);
      if (candidate >= 0) pending.push_back({candidate, r});
    }
  }

  // 5b. An organisation named by two or more words that end the name of
  // exactly one other organisation of the corpus ("High Court" of "Kohistar
  // High Court"), or that stand before that name's last "of" ("Supreme
  // Court" of "Supreme Court of Sarmovia"), the words the same name
  // (SameName), is that organisation: outlets drop the place or the people
  // a body belongs to once it is known. With two such ("Federal High
  // Court" too), left alone, and so when a document names both (as two
  // bodies: "Harbour Workers Union" and "Northern Harbour Workers Union").
  // Such parts of longer names are indexed by their last word, lower-cased.
  if (organisation_roots.size() >= 2) {
    struct Part {
      int root;
      absl::string_view text;
    };
    absl::flat_hash_map<std::string, std::vector<Part>> parts;
    std::vector<std::pair<int, int>> named_by_part;
    for (int r : organisation_roots) {
      for (int f : clusters[r].forms) {
        if (form_name.acronym(f)) continue;
        const absl::string_view text = form_name.text(f);
        const std::vector<absl::string_view> words =
            absl::StrSplit(text, ' ', absl::SkipEmpty());
        if (words.size() < 3) continue;
        const char* const end = words.back().data() + words.back().size();
        for (size_t k = 1; k + 2 <= words.size(); ++k) {
          parts[absl::AsciiStrToLower(words.back())].push_back(
              {r, absl::string_view(words[k].data(), end - words[k].data())});
        }
        for (size_t k = words.size() - 1; k >= 2; --k) {
          if (words[k] != "of") continue;
          const char* const before = words[k - 1].data() + words[k - 1].size();
          parts[absl::AsciiStrToLower(words[k - 1])].push_back(
              {r, absl::string_view(words[0].data(), before - words[0].data())});
          break;
        }
      }
    }
    for (int r : organisation_roots) {
      int candidate = -1;
      bool ambiguous = false;
      for (int f : clusters[r].forms) {
        if (form_name.acronym(f) || form_name.tokens(f) < 2) continue;
        const absl::string_view text = form_name.text(f);
        const size_t space = text.rfind(' ');
        if (space == absl::string_view::npos) continue;
        auto it = parts.find(absl::AsciiStrToLower(text.substr(space + 1)));
        if (it == parts.end()) continue;
        const NameForm short_form = MakeNameForm(text);
        for (const Part& part : it->second) {
          if (part.root == r || !SameName(short_form, MakeNameForm(part.text))) continue;
          const int entity = uf.Find(part.root);
          if (candidate >= 0 && candidate != entity) ambiguous = true;
          candidate = entity;
        }
      }
      if (candidate >= 0 && !ambiguous && candidate != uf.Find(r)) {
        named_by_part.emplace_back(candidate, uf.Find(r));
      }
    }
    union_apart_only(named_by_part);
  }

  // 6. Acronyms bound to a unique declared acronym, else unique initials.
  if (!acronym_roots.empty()) {
    absl::flat_hash_map<absl::string_view, std::vector<int>> declared, initials;
    for (int i = 0; i < n; ++i) {
      if (!nodes[i].has_acronym || clusters[root_of[i]].only_acronym) continue;
      declared[sources[i].entity->acronym()].push_back(uf.Find(root_of[i]));
    }
    for (int r = 0; r < n; ++r) {
      const Cluster& c = clusters[r];
      if (root_of[r] != r || c.only_acronym) continue;
      const int entity = uf.Find(r);
      for (int f : c.forms) {
        if (!form_name.acronym(f) && form_name.initials(f).size() >= 2) {
          initials[form_name.initials(f)].push_back(entity);
        }
      }
    }
    auto unique_root = [](std::vector<int> roots) {
      std::sort(roots.begin(), roots.end());
      roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
      return roots.size() == 1 ? roots[0] : -1;
    };
    for (int r : acronym_roots) {
      const Cluster& c = clusters[r];
      const absl::string_view letters = form_name.acronym_letters(c.forms[0]);
      int target = -1;
      if (auto it = declared.find(letters); it != declared.end()) {
        target = unique_root(it->second);
      } else if (auto it = initials.find(letters); it != initials.end()) {
        target = unique_root(it->second);
      }
      if (target >= 0) pending.push_back({target, r});
    }
  }
  for (const auto& [a, b] : pending) uf.Union(a, b);

  // Corpus entities in order of first node; the nodes of entity k are
  // member_nodes[member_begin[k]..member_begin[k + 1]), in node (document)
  // order.
  std::vector<int> entity_of_node(n), entity_of_root(n, -1);
  int num_entities = 0;
  for (int i = 0; i < n; ++i) {
    int& entity = entity_of_root[uf.Find(i)];
    if (entity < 0) entity = num_entities++;
    entity_of_node[i] = entity;
    index.local_[i].entity = entity;
  }
  Release(entity_of_root);
  std::vector<int> member_begin(num_entities + 1, 0), member_nodes(n);
  for (int i = 0; i < n; ++i) ++member_begin[entity_of_node[i] + 1];
  for (int k = 0; k < num_entities; ++k) member_begin[k + 1] += member_begin[k];
  {
    std::vector<int> next(member_begin.begin(), member_begin.end() - 1);
    for (int i = 0; i < n; ++i) member_nodes[next[entity_of_node[i]]++] = i;
  }
  Release(entity_of_node);
  // Each document's entities sorted by id, stably (insertion sort: a
  // document has a handful).
  for (size_t d = 0; d + 1 < index.doc_begin_.size(); ++d) {
    auto* first = index.local_.data() + index.doc_begin_[d];
    auto* last = index.local_.data() + index.doc_begin_[d + 1];
    for (auto* i = first + 1; i < last; ++i) {
      auto value = *i;
      auto* j = i;
      for (; j > first && value.id < (j - 1)->id; --j) *j = *(j - 1);
      *j = value;
    }
  }
  // Entities do not move: `entities_` is reserved, and a RepeatedPtrField
  // keeps its elements in place.
  const bool canonical_columns =
      options.entities_out != nullptr && options.canonical_alias_out != nullptr;
  const bool give_ids = options.entities_out == nullptr ||
                        (!options.leave_ids_empty && !canonical_columns);
  if (canonical_columns) {
    options.canonical_alias_out->Reserve(options.canonical_alias_out->size() +
                                         num_entities);
  }
  EntityIdAssigner ids(give_ids ? num_entities : 0);
  if (options.entities_out != nullptr) {
    options.entities_out->Reserve(options.entities_out->size() + num_entities);
  } else {
    index.entities_.reserve(num_entities);
  }
  // Documents as positions (EntityDocumentColumns) instead of ids.
  const bool doc_columns = options.entities_out != nullptr &&
                           options.document_counts_out != nullptr &&
                           options.doc_indexes_out != nullptr;
  if (doc_columns) {
    options.document_counts_out->Reserve(
        options.document_counts_out->size() + num_entities);
    options.doc_indexes_out->Reserve(options.doc_indexes_out->size() + n);
  }
  // The last entity that listed each form as an alias.
  std::vector<int> form_listed_by(form_name.size(), -1);
  std::vector<std::pair<EntityType, int>> type_votes;
  for (int k = 0; k < num_entities; ++k) {
    // The surface forms of the entity kFetchAheadEntities ahead are fetched:
    // their texts, in the claim sets, are long out of the cache on a large
    // corpus (as the read-ahead of the claim sets above).
    if (k + kFetchAheadEntities < num_entities) {
      const int ahead = k + kFetchAheadEntities;
      for (int i = member_begin[ahead]; i < member_begin[ahead + 1]; ++i) {
        for (int f : forms_of(nodes[member_nodes[i]])) {
          __builtin_prefetch(form_name.text(f).data());
          __builtin_prefetch(&form_uses[f]);
        }
      }
    }
    const absl::Span<const int> m(member_nodes.data() + member_begin[k],
                                  member_begin[k + 1] - member_begin[k]);
    Entity& e = options.entities_out != nullptr
                    ? *options.entities_out->Add()
                    : index.entities_.emplace_back();
    {
      // At most one document per node and every form of every node.
      int forms = 0;
      for (int i : m) forms += nodes[i].form_end - nodes[i].form_begin;
      e.mutable_aliases()->Reserve(forms);
      if (!doc_columns) e.mutable_documents()->Reserve(static_cast<int>(m.size()));
    }
    int documents = 0, last_doc = -1;
    int best = -1, best_alias = -1;
    auto better = [&](int f, int g) {
      const bool acronym_f = form_name.acronym(f);
      if (acronym_f != form_name.acronym(g)) return !acronym_f;
      const size_t tokens_f = form_name.tokens(f), tokens_g = form_name.tokens(g);
      if (tokens_f != tokens_g) return tokens_f > tokens_g;
      return form_uses[f] > form_uses[g];
    };
    // The type most of its nodes give (the first of a tie); a person and an
    // organisation (see OneNameTwoTypes) are an organisation.
    type_votes.clear();
    for (int i : m) {
      const EntityType t = nodes[i].type;
      if (t == ENTITY_TYPE_UNSPECIFIED) continue;
      auto it = std::find_if(type_votes.begin(), type_votes.end(),
                             [t](const auto& v) { return v.first == t; });
      if (it == type_votes.end()) {
        type_votes.push_back({t, 1});
      } else {
        ++it->second;
      }
    }
    int best_votes = 0, place_votes = 0;
    bool organisation = false;
    for (const auto& [t, votes] : type_votes) {
      organisation = organisation || t == ORGANIZATION;
      if (t == LOCATION) place_votes = votes;
      if (votes > best_votes) {
        best_votes = votes;
        e.set_type(t);
      }
    }
    // Extraction types a name as a group's only on evidence (a head word
    // such as "Brigade"), as a person's by default; a place on evidence too
    // (the gazetteer, "in X"), which wins a tie with a person.
    if (organisation && e.type() == PERSON) e.set_type(ORGANIZATION);
    if (e.type() == PERSON && place_votes == best_votes) e.set_type(LOCATION);
    for (int i : m) {
      const Node& node = nodes[i];
      if (node.has_acronym && e.acronym().empty()) {
        e.set_acronym(sources[i].entity->acronym());
      }
      if (e.gazetteer_key().empty() && node.has_place) {
        e.set_gazetteer_key(std::string(sources[i].place));
      }
      // Nodes come in document order: a document already listed is the last
      // (documents have distinct ids).
      if (node.doc != last_doc) {
        last_doc = node.doc;
        ++documents;
        if (doc_columns) {
          options.doc_indexes_out->Add(node.doc);
        } else {
          e.add_documents(claim_sets[node.doc].document().id());
        }
      }
      for (int f : forms_of(node)) {
        if (form_listed_by[f] == k) continue;
        form_listed_by[f] = k;
        e.add_aliases(form_name.text(f).data(), form_name.text(f).size());
        if (best < 0 || better(f, best)) {
          best = f;
          best_alias = e.aliases_size() - 1;
        }
        if (form_name.acronym(f) && e.acronym().empty()) {
          e.set_acronym(std::string(form_name.text(f)));
        }
      }
    }
    if (doc_columns) options.document_counts_out->Add(documents);
    if (canonical_columns) {
      options.canonical_alias_out->Add(best_alias);
    } else if (best >= 0) {
      e.set_canonical(std::string(form_name.text(best)));
    }
    if (give_ids) ids.Assign(&e);
  }
  return index;
}

std::string EntitySlug(absl::string_view name) {
  // A Latin letter gives no more base letters than it has bytes
  // (LatinBaseLettersAt): the slug is never longer than the name.
  std::string out(name.size(), '\0');
  size_t size = 0;
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (const size_t mark = CombiningMarkLength(name, i); mark > 0) {
      i += mark - 1;
      continue;
    }
    size_t len;
    const absl::string_view base = LatinBaseLettersAt(name, i, &len);
    if (!base.empty()) {
      for (char b : base) out[size++] = b;
      i += len - 1;
      continue;
    }
    char l = absl::ascii_tolower(c);
    if (absl::ascii_isalnum(static_cast<unsigned char>(l))) {
      out[size++] = l;
    } else if (size > 0 && out[size - 1] != '_') {
      out[size++] = '_';
    }
  }
  while (size > 0 && out[size - 1] == '_') --size;
  if (size == 0) return "entity";
  out.resize(size);
  return out;
}

void EntityIdAssigner::Assign(Entity* entity) {
  entity->set_id(EntitySlug(entity->canonical()));
  // The view stays valid: the entity does not move and keeps its id.
  if (given_.insert(entity->id()).second) return;
  const std::string slug = entity->id();
  for (int k = 2;; ++k) {
    entity->set_id(absl::StrCat(slug, "_", k));
    if (given_.insert(entity->id()).second) return;
  }
}

void AliasIndex::MoveEntitiesTo(google::protobuf::RepeatedPtrField<Entity>* out) {
  out->Reserve(out->size() + static_cast<int>(entities_.size()));
  for (Entity& e : entities_) *out->Add() = std::move(e);
  std::vector<Entity>().swap(entities_);
}

int AliasIndex::Find(int doc, absl::string_view entity_id) const {
  if (doc < 0 || doc + 1 >= static_cast<int>(doc_begin_.size())) return -1;
  auto first = local_.begin() + doc_begin_[doc];
  auto last = local_.begin() + doc_begin_[doc + 1];
  const uint64_t prefix = IdPrefix(entity_id);
  // A document names a handful of entities: scanned from the last (the
  // last of equal ids), comparing packed prefixes first.
  constexpr ptrdiff_t kScan = 16;
  if (last - first <= kScan) {
    for (auto it = last; it != first;) {
      --it;
      if (it->prefix == prefix && it->id.size() == entity_id.size() &&
          (entity_id.size() <= sizeof(prefix) || it->id == entity_id)) {
        return it->entity;
      }
    }
    return -1;
  }
  auto it = std::upper_bound(
      first, last, entity_id,
      [](absl::string_view id, const LocalEntity& a) { return id < a.id; });
  if (it == first || (it - 1)->id != entity_id) return -1;
  return (it - 1)->entity;
}

}  // namespace xref
