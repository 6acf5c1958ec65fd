// Gazetteer: known places with spellings and containment, and family names
// with their spellings in several romanizations, loaded from a data file
// (`claims/rules/gazetteer.textproto`).
//
//   ASSIGN_OR_RETURN(Gazetteer gazetteer, Gazetteer::Load(path));
//   const Place* place = gazetteer.Find("Kerbala");       // -> karbala
//   gazetteer.Contains("western_iraq", "anbar");            // -> true
//   gazetteer.FamilyNameStandards("Rhee");                  // -> {"Lee"}
//
// Immutable after loading; safe to share across threads. Copies share the
// loaded tables (a copy costs a reference count), and so does the
// gazetteer WithLocalContainment returns.

#ifndef XREF_CLAIMS_GAZETTEER_H_
#define XREF_CLAIMS_GAZETTEER_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "proto/lexicon.pb.h"

namespace xref {

// The key of a place a document names but the gazetteer does not know ("the
// town of Oshkara"): "local:" and FoldAccentsForMatching(name), so that
// "Alcázar" and "ALCAZAR" share one. Gazetteer keys
// never start with "local:" (Load refuses them).
std::string LocalPlaceKey(absl::string_view name);
bool IsLocalPlaceKey(absl::string_view key);

class Gazetteer {
 public:
  Gazetteer();

  // Reads a text-format `GazetteerFile`. Fails with kInvalidArgument naming the
  // file and the problem: a parse error (with line), an empty or duplicate key,
  // a spelling claimed by two places, a `within` naming an unknown key, a
  // key starting with "local:", a containment cycle, or a family name of
  // fewer than two spellings, of a spelling listed twice, or of a spelling
  // that is not one word (letters and apostrophes only).
  static absl::StatusOr<Gazetteer> Load(absl::string_view path);

  // Builds from an already parsed file; `name` is used in errors.
  static absl::StatusOr<Gazetteer> FromProto(const GazetteerFile& file,
                                             absl::string_view name);

  // The place one of whose spellings equals `name` after `FoldForMatching`
  // (a leading "the " is ignored), or nullptr.
  const Place* Find(absl::string_view name) const;

  // The standard spellings (each list's first) of the family names one of
  // whose spellings is `word`, compared as FoldAccentsForMatching folds
  // them, in file order: {"Lee"} for "RHEE", {"Huang", "Wu"} for "Ng"; the
  // standard spelling itself for a standard spelling. Empty when no family
  // name lists `word`.
  absl::Span<const std::string> FamilyNameStandards(absl::string_view word) const;

  // As FamilyNameStandards, for the family names written last
  // (FamilyName.written_last): {"Chattopadhyay"} for "Chatterjee".
  absl::Span<const std::string> LastNameStandards(absl::string_view word) const;

  // Whether the file lists any family name written first, or last.
  bool has_family_names() const { return !tables_->standards_of_family_name.empty(); }
  bool has_last_names() const { return !tables_->standards_of_last_name.empty(); }

  // The place with this key, or nullptr.
  const Place* FindKey(absl::string_view key) const;

  // True when `outer` contains `inner`, directly or transitively. A place does
  // not contain itself.
  bool Contains(absl::string_view outer, absl::string_view inner) const;

  // True when the keys are equal or one contains the other, and when
  // exactly one of them is a local place key (see LocalPlaceKey): where a
  // place the gazetteer does not know lies is unknown, so it is no evidence
  // against a known place. Two different local keys are not compatible.
  bool Compatible(absl::string_view a, absl::string_view b) const;

  // This gazetteer (its tables shared, not copied) with places it does not
  // know placed inside others:
  // each (inner, outer) pair, where `inner` is a local place key (others
  // are ignored: the gazetteer knows where its places lie), makes `outer`
  // and every place containing it contain `inner`, transitively through
  // the other pairs. Compatible then holds for a local place and a place
  // around it, and for two local places one inside the other; two local
  // places side by side stay incompatible.
  Gazetteer WithLocalContainment(
      absl::Span<const std::pair<std::string, std::string>> inner_outer) const;

  // Every spelling (folded, without a leading "the ") with the index of the
  // place it names, for building matchers.
  const absl::flat_hash_map<std::string, size_t>& spellings() const {
    return tables_->place_of_spelling;
  }

  size_t size() const { return tables_->places.size(); }

 private:
  using Ancestors = absl::flat_hash_map<std::string, absl::flat_hash_set<std::string>>;
  // What the file gives, built once by FromProto.
  struct Tables {
    std::vector<Place> places;
    absl::flat_hash_map<std::string, size_t> by_key;
    // Folded spelling -> index of its place in `places`.
    absl::flat_hash_map<std::string, size_t> place_of_spelling;
    // FoldAccentsForMatching(spelling) of each family name -> the standard
    // spellings of the family names that list it.
    absl::flat_hash_map<std::string, std::vector<std::string>> standards_of_family_name;
    absl::flat_hash_map<std::string, std::vector<std::string>> standards_of_last_name;
    // For each key, every key that contains it transitively.
    Ancestors ancestors;
  };
  std::shared_ptr<const Tables> tables_;
  // For each local place key given to WithLocalContainment, every key that
  // contains it transitively.
  Ancestors local_ancestors_;
};

}  // namespace xref

#endif  // XREF_CLAIMS_GAZETTEER_H_
