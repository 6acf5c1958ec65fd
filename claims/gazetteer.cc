#include "claims/gazetteer.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "base/file.h"
#include "base/fold.h"
#include "base/proto_io.h"
#include "base/status_macros.h"

namespace xref {
namespace {

// `name` as the gazetteer keys it: FoldForMatching(name), written into
// `*buffer`, without a leading "the "; views `*buffer`.
absl::string_view FoldName(absl::string_view name, std::string* buffer) {
  FoldForMatchingInto(name, buffer);
  absl::string_view key = *buffer;
  absl::ConsumePrefix(&key, "the ");
  return key;
}

constexpr absl::string_view kLocalPrefix = "local:";

}  // namespace

std::string LocalPlaceKey(absl::string_view name) {
  return absl::StrCat(kLocalPrefix, FoldAccentsForMatching(name));
}

bool IsLocalPlaceKey(absl::string_view key) {
  return absl::StartsWith(key, kLocalPrefix);
}

absl::StatusOr<Gazetteer> Gazetteer::Load(absl::string_view path) {
  GazetteerFile file;
  RETURN_IF_ERROR(ReadProto(path, &file));
  return FromProto(file, path);
}

Gazetteer::Gazetteer() {
  static const auto* const kEmpty = new std::shared_ptr<const Tables>(std::make_shared<Tables>());
  tables_ = *kEmpty;
}

absl::StatusOr<Gazetteer> Gazetteer::FromProto(const GazetteerFile& file,
                                               absl::string_view name) {
  auto tables = std::make_shared<Tables>();
  Tables& g = *tables;
  std::string buffer;  // For FoldName.
  for (const Place& place : file.places()) {
    if (place.key().empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat(name, ": place \"", place.name(), "\" has no key"));
    }
    if (IsLocalPlaceKey(place.key())) {
      return absl::InvalidArgumentError(absl::StrCat(
          name, ": place key \"", place.key(), "\" starts with \"", kLocalPrefix,
          "\", which is kept for places the gazetteer does not know"));
    }
    if (!g.by_key.emplace(place.key(), g.places.size()).second) {
      return absl::InvalidArgumentError(
          absl::StrCat(name, ": duplicate place key \"", place.key(), "\""));
    }
    g.places.push_back(place);
    std::vector<std::string> spellings = {place.name()};
    spellings.insert(spellings.end(), place.aliases().begin(),
                     place.aliases().end());
    for (const std::string& spelling : spellings) {
      const absl::string_view folded = FoldName(spelling, &buffer);
      if (folded.empty()) continue;
      auto [it, inserted] =
          g.place_of_spelling.try_emplace(folded, g.places.size() - 1);
      const std::string& named = g.places[it->second].key();
      if (!inserted && named != place.key()) {
        return absl::InvalidArgumentError(
            absl::StrCat(name, ": spelling \"", spelling, "\" names both \"",
                         named, "\" and \"", place.key(), "\""));
      }
    }
  }
  for (const Place& place : g.places) {
    for (const std::string& parent : place.within()) {
      if (!g.by_key.contains(parent)) {
        return absl::InvalidArgumentError(
            absl::StrCat(name, ": place \"", place.key(),
                         "\" is within unknown key \"", parent, "\""));
      }
    }
  }
  // Transitive closure by depth-first walks up the `within` edges.
  for (const Place& place : g.places) {
    absl::flat_hash_set<std::string>& ancestors = g.ancestors[place.key()];
    std::vector<std::string> stack(place.within().begin(), place.within().end());
    while (!stack.empty()) {
      std::string key = stack.back();
      stack.pop_back();
      if (key == place.key()) {
        return absl::InvalidArgumentError(absl::StrCat(
            name, ": containment cycle through \"", place.key(), "\""));
      }
      if (!ancestors.insert(key).second) continue;
      const Place& parent = g.places[g.by_key.at(key)];
      stack.insert(stack.end(), parent.within().begin(), parent.within().end());
    }
  }
  for (int i = 0; i < file.family_names_size(); ++i) {
    const FamilyName& family = file.family_names(i);
    const std::string which =
        family.spellings().empty()
            ? absl::StrCat("family name ", i + 1)
            : absl::StrCat("family name \"", family.spellings(0), "\"");
    if (family.spellings_size() < 2) {
      return absl::InvalidArgumentError(
          absl::StrCat(name, ": ", which, " lists fewer than two spellings"));
    }
    absl::flat_hash_set<std::string> listed;
    for (const std::string& spelling : family.spellings()) {
      const bool one_word =
          !spelling.empty() &&
          std::all_of(spelling.begin(), spelling.end(), [](char c) {
            return absl::ascii_isalpha(c) || c == '\'' ||
                   static_cast<unsigned char>(c) >= 0x80;
          });
      if (!one_word) {
        return absl::InvalidArgumentError(
            absl::StrCat(name, ": ", which, ": spelling \"", spelling,
                         "\" is not one word of letters"));
      }
      std::string folded = FoldAccentsForMatching(spelling);
      if (!listed.insert(folded).second) {
        return absl::InvalidArgumentError(absl::StrCat(
            name, ": ", which, " lists \"", spelling, "\" twice"));
      }
      (family.written_last() ? g.standards_of_last_name : g.standards_of_family_name)[folded]
          .push_back(family.spellings(0));
    }
  }
  Gazetteer gazetteer;
  gazetteer.tables_ = std::move(tables);
  return gazetteer;
}

namespace {

absl::Span<const std::string> StandardsIn(
    const absl::flat_hash_map<std::string, std::vector<std::string>>& standards,
    absl::string_view word) {
  if (standards.empty()) return {};
  auto it = standards.find(FoldAccentsForMatching(word));
  if (it == standards.end()) return {};
  return it->second;
}

}  // namespace

absl::Span<const std::string> Gazetteer::FamilyNameStandards(absl::string_view word) const {
  return StandardsIn(tables_->standards_of_family_name, word);
}

absl::Span<const std::string> Gazetteer::LastNameStandards(absl::string_view word) const {
  return StandardsIn(tables_->standards_of_last_name, word);
}

const Place* Gazetteer::Find(absl::string_view name) const {
  thread_local std::string folded;  // This thread's buffer for FoldName.
  auto it = tables_->place_of_spelling.find(FoldName(name, &folded));
  return it == tables_->place_of_spelling.end() ? nullptr : &tables_->places[it->second];
}

const Place* Gazetteer::FindKey(absl::string_view key) const {
  auto it = tables_->by_key.find(key);
  return it == tables_->by_key.end() ? nullptr : &tables_->places[it->second];
}

bool Gazetteer::Contains(absl::string_view outer, absl::string_view inner) const {
  const Ancestors& ancestors =
      IsLocalPlaceKey(inner) ? local_ancestors_ : tables_->ancestors;
  auto it = ancestors.find(inner);
  return it != ancestors.end() && it->second.contains(outer);
}

Gazetteer Gazetteer::WithLocalContainment(
    absl::Span<const std::pair<std::string, std::string>> inner_outer) const {
  Gazetteer g = *this;
  absl::flat_hash_map<std::string, std::vector<std::string>> outers;
  for (const auto& [inner, outer] : inner_outer) {
    if (IsLocalPlaceKey(inner) && inner != outer) outers[inner].push_back(outer);
  }
  for (const auto& [inner, direct] : outers) {
    absl::flat_hash_set<std::string>& ancestors = g.local_ancestors_[inner];
    std::vector<std::string> stack = direct;
    while (!stack.empty()) {
      std::string key = stack.back();
      stack.pop_back();
      if (key == inner || !ancestors.insert(key).second) continue;
      const Ancestors& known_ancestors =
          IsLocalPlaceKey(key) ? local_ancestors_ : tables_->ancestors;
      auto known = known_ancestors.find(key);
      if (known != known_ancestors.end()) {
        ancestors.insert(known->second.begin(), known->second.end());
      }
      auto more = outers.find(key);
      if (more != outers.end()) stack.insert(stack.end(), more->second.begin(), more->second.end());
    }
  }
  return g;
}

bool Gazetteer::Compatible(absl::string_view a, absl::string_view b) const {
  if (a == b) return true;
  const bool local_a = IsLocalPlaceKey(a), local_b = IsLocalPlaceKey(b);
  if ((local_a || local_b) && local_a != local_b) return true;
  return Contains(a, b) || Contains(b, a);
}

}  // namespace xref
