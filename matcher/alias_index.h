// Alias resolution across documents: which document-local entities of a
// corpus are the same person, organisation or place.
//
// Each document entity contributes its surface forms (canonical, aliases,
// mention texts, acronym). Entities are merged when
//   1. they name the same gazetteer place;
//   2. two of their forms are the same name (`SameName` in name_key.h:
//      transliteration-aware key plus soft-edit guard), types compatible
//      (equal or one unspecified; or a person and an organisation, or a
//      person and a place, whose forms of two or more words have the same
//      light form: an extraction that took a group's or a place's name for
//      a person's, as it types names by default). The one-word forms of a
//      person named with two or more words ("Rezaei" beside "Ali Rezaei"),
//      and its forms that end a longer one of its forms ("Ben Amara"
//      beside "Youssef Ben Amara"), are partial names and take no part
//      here nor in steps 3 to 4c: people of different full names may share
//      one ("Hassan Rezaei", also "Rezaei" in his story), and partial names
//      would chain them into one entity;
//   2b. a person's name of two or more words whose first word is a family
//      name the gazetteer lists in several romanizations
//      (Gazetteer::FamilyNameStandards: "Rhee Jae-won", "Teoh Kah Seng";
//      a name turned round, "Jae-won Rhee", read turned back) is read again
//      with each standard spelling of that word in its place, and so is a
//      name of three or more words whose second word is one, without its
//      first ("Jeremy Lim Wei Jie" as "Lin Wei Jie"); two readings that are
//      the same name join their people ("Rhee Jae-won" = "Lee Jae-won",
//      "Teoh Kah Seng" = "Zhang Kah Seng", "Jeremy Lim Wei Jie" = "Lin
//      Weijie"). A family name written last ("Jason Lee") and the names of
//      groups are not read again, except one the gazetteer lists as written
//      last (Gazetteer::LastNameStandards, the Bengali "Chattopadhyay" /
//      "Chatterjee"): the name's last word is read again in its place
//      ("Sourav Chatterjee" = "Sourav Chattopadhyay");
//   3. a person named only by initials and surname ("M. Whitley") has the
//      initials and surname of exactly one person named in full ("Margaret
//      Whitley"; with "Michael Whitley" too, left alone); when no one has
//      them, one initial and a name are read as South Indian names write
//      them, the father's initial first ("R. Saravanan"): the one person
//      named in full whose first name is that name and whose last name
//      begins with the initial ("Saravanan Rajagopal");
//   4. two people named in full whose first names are the same name and
//      whose last names are the same name (`SameToken`: "Alejandro
//      Hernandez" / "Alejandro Hernandez Hernandez", "Qasim Musleh" / "Qasim
//      Mahmoud Musleh"; not two names of three or more words each) are each
//      other's only such match;
//   4b. a person named by a first name and one surname ("Rodrigo Salcedo")
//      and one of three or more names with that first name and that surname
//      next to last ("Rodrigo Andres Salcedo Ibanez": the Spanish father's
//      surname, before the mother's) are each other's only such match;
//   4c. a person named with two or three words and one named with the
//      same words in reverse order ("Pham Van Tuong" / "Tuong Van Pham":
//      family name first, or turned round by an outlet; "Navaratnam
//      Thirukumaran" / "Thirukumaran Navaratnam": a Tamil father's name
//      first or last), each word the same name, are each other's only such
//      match and no document names both;
//   4d. a person named by two words ("Ortega Vidal") and one named with
//      three or more whose last two are those words, each the same name
//      ("Luis Ortega Vidal": two surnames, the given name dropped), are
//      each other's only such match and no document names both;
//   4e. a person named by a familiar short form of a given name ("Zura
//      Tskhvediani", "Keti Lomtatidze", the Yoruba "Segun Afolabi":
//      IsShortFormOf) and the person of the full given name and the same
//      last name ("Zurab Tskhvediani", "Oluwasegun Afolabi") are each
//      other's only such match and no document names both;
//   4f. a person named with four or more words and one named by its first
//      two ("Raymond Ooi Chee Keong" / "Raymond Ooi": an English given name
//      and the family name) or by its last three ("Ooi Chee Keong", the
//      Chinese name alone), each the same name, are each other's only
//      such match and no document names both;
//   5. a person known only by one name ("Musleh") matches the last name, or
//      a one-word form, of exactly one multi-word person in the corpus
//      (ambiguous: left alone); a name that is no one's last name nor
//      one-word form, the first name of exactly one ("Waqas" and "Waqas
//      Ahmed": how families and features name the young);
//   6. an acronym ("PMF") matches the declared acronym, or else the initials,
//      of exactly one entity.
// Step 2 compares only forms sharing a block key (`NameBlockKey`); with
// `all_pairs` (testing) it compares every pair, with the same result.
//
// Thread-safe after `Build` (const methods only).

#ifndef XREF_MATCHER_ALIAS_INDEX_H_
#define XREF_MATCHER_ALIAS_INDEX_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "claims/gazetteer.h"
#include "proto/claim.pb.h"

namespace xref {

// The id of a corpus entity whose canonical name is `canonical`: its ASCII
// letters and digits, lower-cased, and its Latin letters with diacritics as
// their base letters (LatinBaseLetters), each run of other bytes between
// them one "_" ("Abu Mahdi al-Muhandis" -> "abu_mahdi_al_muhandis", "Puerto
// Alcázar" -> "puerto_alcazar"); "entity" when it has none.
std::string EntitySlug(absl::string_view canonical);

// Gives corpus entities their ids, one after the other: the EntitySlug of
// the canonical name, or when that id was given before, the first of
// "<slug>_2", "<slug>_3", ... not given before. It views the ids it gave:
// the entities must stay in place (and keep their ids) while it lives.
// Not thread-safe.
class EntityIdAssigner {
 public:
  explicit EntityIdAssigner(int expected_entities = 0) {
    given_.reserve(expected_entities);
  }
  void Assign(Entity* entity);

 private:
  absl::flat_hash_set<absl::string_view> given_;
};

class AliasIndex {
 public:
  struct Options {
    const Gazetteer* gazetteer = nullptr;  // May be null.
    bool all_pairs = false;                // Testing: no blocking.
    // When set, the corpus entities are appended here (e.g. to a report on
    // an arena, without a copy) instead of kept in `entities()`, which stays
    // empty; `Find` answers with positions counted from the first appended.
    google::protobuf::RepeatedPtrField<Entity>* entities_out = nullptr;
    // When both are set (with entities_out), the documents of the appended
    // entities are written here instead of to their `documents`, as in
    // EntityDocumentColumns (proto/report.proto): one count per entity, in
    // order, and the positions in `claim_sets` of its documents.
    google::protobuf::RepeatedField<int32_t>* document_counts_out = nullptr;
    google::protobuf::RepeatedField<int32_t>* doc_indexes_out = nullptr;
    // With entities_out: the appended entities are left without ids (an
    // EntityIdAssigner given them in order, after any entity of
    // `entities_out` it saw first, gives them those Build would).
    bool leave_ids_empty = false;
    // When set (with entities_out), the canonical names of the appended
    // entities are left empty and their positions among the entity's
    // aliases appended here instead, one per entity, in order (the shape
    // of EntityCanonicalColumns in proto/report.proto). Implies
    // leave_ids_empty (ids follow from canonical names).
    google::protobuf::RepeatedField<int32_t>* canonical_alias_out = nullptr;
  };

  // Resolves the entities of `claim_sets` (document i is claim_sets[i]).
  // Entities with empty ids are ignored. The index views the entity ids of
  // `claim_sets`, which must outlive it. With duplicate entity ids in one
  // document, `Find` answers for the last. Document ids are taken to be
  // distinct (an entity's `documents` lists each document once).
  static AliasIndex Build(absl::Span<const ClaimSet> claim_sets,
                          const Options& options);

  // The corpus entity of local entity `entity_id` of document `doc`, or -1.
  int Find(int doc, absl::string_view entity_id) const;

  // Corpus entities, in order of first appearance: id (given by an
  // EntityIdAssigner, so unique), type (the one most of its document entities
  // give, the first of a tie; organisation when some say person and some
  // organisation: extraction calls a name a group's only on evidence), canonical (the fullest, most used form),
  // aliases (every distinct surface form), acronym, gazetteer_key, documents.
  const std::vector<Entity>& entities() const { return entities_; }

  // The (inner, outer) place keys the documents state, one pair per key in
  // an entity's `within` (inner: the entity's gazetteer_key), in document
  // order; see Gazetteer::WithLocalContainment.
  const std::vector<std::pair<std::string, std::string>>& place_containment() const {
    return place_containment_;
  }

  // Appends `entities()` to `*out` (moved when `out` is on the heap, copied
  // when on an arena) and leaves `entities()` empty; `Find` still answers
  // with positions in that list. Not thread-safe (mutates the index).
  void MoveEntitiesTo(google::protobuf::RepeatedPtrField<Entity>* out);

 private:
  // A document entity: its id, the id's first eight bytes packed (zero
  // padded: `Find` compares these and the length before reading the id,
  // which lives elsewhere in memory in the claim sets; ids of up to eight
  // bytes are decided by them alone), and its corpus entity.
  struct LocalEntity {
    absl::string_view id;
    uint64_t prefix;
    int entity;
  };
  // Those of document d are local_[doc_begin_[d]..doc_begin_[d+1]), sorted
  // by id, stably.
  std::vector<LocalEntity> local_;
  std::vector<int> doc_begin_;
  std::vector<Entity> entities_;
  std::vector<std::pair<std::string, std::string>> place_containment_;
};

}  // namespace xref

#endif  // XREF_MATCHER_ALIAS_INDEX_H_
