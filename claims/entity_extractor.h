// Named-entity mentions (people, organisations, places) and their clustering
// within one document.
//
//   EntityExtractor finder(&lexicon, &gazetteer);
//   EntityResult r = finder.Extract(text, sentences);
//   for (const EntityMentionSpan& m : r.mentions) r.clusters[m.cluster] ...
//
// A mention is a span of capitalised words, joined by name particles
// ("Abu", "bin", "al-" prefixes) and by "of"/"for" inside organisation
// names. Titles ("Prime Minister", "Gen.") and leading demonyms ("Iraqi")
// are kept apart from the name; so is a leading month, unless the text uses
// it as part of a name (IsMonthOfAName: "the May Hatsina bus station").
// "Full Name (ACR)" ties the acronym to the name. Places come from the
// gazetteer, and from the document for names the gazetteer does not know
// (keyed by LocalPlaceKey): after a place noun of the lexicon and "of" ("the
// oil town of Oshkara") or a place prefix of the lexicon, which is no part
// of the name ("Kabupaten Sindurejo", "Barangay Bantolinao"), before a
// lower-case place noun other than "state" and "capital" and not followed
// by "of" ("the Essafa district", not "the Dubravan city of X") or before a
// venue noun (VenueAfter: "the X police station"; when no person of the
// document has that surname and the name is no organisation), ending in a
// place head of the lexicon ("the Oshka River", not "the Oshka River
// Authority"), in an all-capitals dateline at the start of a paragraph
// ("TAMSK, March 15 -", "TAMSK (Agency) -"), or right after "in", "at",
// "near", "outside", "inside", "around", "through", "across", "towards",
// "down", "up", "along", "beyond", "onto", "atop", "below", "above" or
// "off" when no person of the document has that surname and the name is
// no organisation, has no title, is not possessive ("in Tamsk", not "in
// Sokolov's case"), is no language of the lexicon after "in" ("in
// Spanish") and is not followed by a number ("at Branch 1"), and, after
// "at", no workplace word of the lexicon comes
// up to six words before ("arrested at Tamsk", not "a reporter at
// Tamsk"); every mention of such a name in the document is then
// that place. Within a document, a surname alone ("Smith", "Ben Amara")
// joins the person whose last name it is (of several, first one not named
// as another's kin: "his cousin X"), or with a title the one person named
// in full with that title and word ("Captain Vega" after "Judge Lucia
// Torres Vega" and "Captain Ramon Vega Ruiz"), a given name alone ("Youssef") the one
// person named in full with it, an acronym joins its expansion, and
// spellings of one place join by place key. Single capitalised words that join nothing
// and are not places are not mentions.
// Thread-safe: Extract is const; the lexicon and gazetteer must outlive the
// extractor.

#ifndef XREF_CLAIMS_ENTITY_EXTRACTOR_H_
#define XREF_CLAIMS_ENTITY_EXTRACTOR_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/strings/string_view.h"
#include "claims/gazetteer.h"
#include "claims/rule_set.h"
#include "claims/text_normalizer.h"
#include "proto/claim.pb.h"
#include "proto/rules.pb.h"
#include "re2/re2.h"

namespace xref {

struct EntityCluster {
  EntityType type = ENTITY_TYPE_UNSPECIFIED;
  std::string canonical;               // Longest surface form.
  std::vector<std::string> aliases;    // Distinct surface forms.
  std::string acronym;
  std::string place_key;
  // For a place the gazetteer does not know: the keys of the places the
  // document says contain it (Entity.within).
  std::vector<std::string> within;
};

struct EntityMentionSpan {
  TextRange range;       // The name, title excluded.
  std::string title;     // "Prime Minister", or empty.
  int cluster = -1;      // Index into EntityResult::clusters.
  std::string honorific;  // Mention.honorific: "Bhai", "-ji", or empty.
};

struct EntityResult {
  std::vector<EntityCluster> clusters;
  std::vector<EntityMentionSpan> mentions;   // Sorted by position.

  // The mention overlapping [begin, end) that starts first, or nullptr.
  const EntityMentionSpan* Overlapping(int64_t begin, int64_t end) const;

  // Moves the mentions of cluster `from` into cluster `into`, and the
  // aliases `into` lacks; `from` is left without mentions, and its type,
  // canonical form and keys are dropped with it.
  void MergeCluster(int into, int from);

  // Removes the clusters no mention refers to; the others keep their order.
  void RemoveClustersWithoutMentions();
};

class EntityExtractor {
 public:
  EntityExtractor(const rules::EntityLexicon* lexicon, const Gazetteer* gazetteer);

  // Finds and clusters the mentions in `sentences` of `text`, a text as
  // NormalizeForMatching writes it (names beginning with a capital of Latin
  // Extended-B or Latin Extended Additional are found only folded to ASCII).
  EntityResult Extract(absl::string_view text,
                       const std::vector<TextRange>& sentences) const;

  // The place key of a name (with an optional direction word such as
  // "western" before it), or empty.
  std::string PlaceKey(absl::string_view name) const;

  // True when `word` (lower case) is a place noun of the lexicon, or the
  // plural of one ("district", "suburbs").
  bool IsPlaceNoun(absl::string_view word) const;

  // True when `word` (lower case) is a venue noun of the lexicon ("court",
  // "prison", "station").
  bool IsVenueNoun(absl::string_view word) const { return venue_nouns_.Contains(word); }

  // True when `word` (lower case) is a venue or building noun of the
  // lexicon ("court", "office").
  bool IsBuildingNoun(absl::string_view word) const { return building_nouns_.Contains(word); }

  // The end of the venue noun that follows the name ending at `end` in
  // `text`, before `limit`, with at most one lower-case word between that
  // is no article or possessive ("a X magistrate's court", "X police
  // station"; not "Outside the courthouse"), or up to three words of any
  // case after a possessive ("X's City Hospital", "X's main prison"): the
  // name says where the building is. -1 when there is none.
  int64_t VenueAfter(absl::string_view text, int64_t end, int64_t limit) const;

  // As VenueAfter, for a venue noun or a building noun of the lexicon
  // ("X's state office", "the X building"): the name owns the building.
  int64_t BuildingAfter(absl::string_view text, int64_t end, int64_t limit) const;

  // True when the name ending at `end` in `text` is followed, before
  // `limit`, by one or two place nouns that make it a place ("the X
  // district", "the X camps", "Hay X neighbourhood"): not "capital" or
  // "state", and not when "of" follows ("the X port city of Y", "the X
  // capital", "X state media": there the name is an adjective).
  bool IsBeforePlaceNoun(absl::string_view text, size_t end, size_t limit) const;

  // True when the name ending at `end` in `text` is followed by an
  // apposition that calls it a place: ", a village of brick kilns", ", a
  // small mining town 80 km north of Y", ", an oasis" (a or an, up to three
  // lower-case words, a place noun, then punctuation, a number or a word
  // that places or tells of it). Not ", a city councillor" nor ", a
  // district judge", where the place noun qualifies another noun.
  bool IsBeforePlaceApposition(absl::string_view text, size_t end) const;
  // Whether the name at [begin, end) follows a kind of place set off by a
  // comma after a preposition ("in the capital, X", "near the border town,
  // X"); not "near the hill, X said", a speaker.
  bool IsAfterPlaceApposition(absl::string_view text, size_t begin, size_t end) const;

  // As IsBeforePlaceApposition, for an apposition that calls the name a
  // group, an organisation (the lexicon's group nouns): ", a militant group
  // banned in 2019", ", an armed faction". An acronym in brackets may come
  // between ("X (XYZ), a militant group").
  bool IsBeforeGroupApposition(absl::string_view text, size_t end) const;

  // True when the name at [begin, end) of `text` is called a group by the
  // words around it: after "the" and an armed group ("the gang X", "the
  // militia X"; not "the party X founded"), before one or a word for its
  // armed men ("the X gang", "X gunmen", "X fighters"), or after a group
  // noun of the lexicon and "known as", "called" ("a coalition known as X").
  bool IsNamedAsGroup(absl::string_view text, size_t begin, size_t end) const;

  // True when the name ending at `end` in `text` is followed by an
  // apposition that tells a person:
  //   - a role or kin towards someone: ", his lawyer,", ", her husband.",
  //     ", the victim's mother," ", the union's chairman," (his, her,
  //     their or a possessive, then a role, kin or office noun of the
  //     lexicon or a workplace word that names a person at work, then a
  //     comma, a full stop or a verb of saying);
  //   - an age: ", 58," (1 to 119);
  //   - an office, a role or work: ", the head of the union", ", a
  //     former lecturer at X," ("the", "a" or "an", up to two lower-case
  //     words, an office noun, role noun, kin noun or workplace word that
  //     names a person at work, then "of", "at", "for", "from", "in",
  //     "with", "who", a comma or a full stop; not ", a student town").
  bool IsBeforePersonApposition(absl::string_view text, size_t end) const;

  // True when the name beginning at `begin` in `text` is a name given to a
  // person called by a pronoun: "we know him as X", "friends call her X",
  // "nicknamed him X", "a teacher whom everyone in the town calls \"X\"".
  // A one-word name there is a person's, and the same person as the last one
  // named before it (see Extractor).
  static bool FollowsNicknameCue(absl::string_view text, size_t begin);

  // True when the name beginning at `begin` in `text` comes right after a
  // role noun, an office noun, or a workplace word that names one person at
  // work, of the lexicon ("the news editor X", "the lawyer X", "reporter X",
  // "student leader X"): a one-word name there is a person's.
  bool IsAfterPersonRole(absl::string_view text, size_t begin) const;

  // Whether `word` is a role noun or a workplace word of the lexicon, exact
  // case ("lawyer", "journalist"): a name before one and a person's name is
  // whose the person is ("X journalist Y").
  bool IsRoleWord(absl::string_view word) const {
    return role_nouns_.Contains(word) || workplace_words_.Contains(word);
  }

 private:
  // What the lexicon says about one spelling (exact case), built at
  // construction: a set of WordKind bits and, for the first word of titles,
  // those titles (indices into titles_, longest first).
  enum WordKind : uint16_t {
    kParticle = 1,
    kStopWord = 2,
    kDemonym = 4,
    kOrgHead = 8,       // Keyed without apostrophes.
    kDottedTitle = 16,  // A title word written with a final dot ("Gen").
    kPlaceHead = 32,
    // A particle written in lower case in the lexicon ("ben", "de"), in
    // either case: it begins a surname ("Youssef Ben Amara", "Ben Amara").
    kSurnameParticle = 64,
    kLawHead = 128,
    kHonorificAfter = 256,
    kDateWord = 512,
    kTitleModifier = 1024,
    kPlaceModifier = 2048,
    kDottedName = 4096,  // A given name written short with a dot ("Mohd").
    kPlacePrefix = 8192,  // "Kabupaten", "Barangay": a place's name follows.
    kPlaceOpener = 16384,  // "Avenida", "Rua": a place's name starts with it.
    // A title only before two words or more ("Ma", "Ko": name_honorifics).
    kNameHonorific = 32768,
  };
  struct WordInfo {
    uint16_t kinds = 0;
    std::vector<int> titles;
  };

  // An exact, case-sensitive set of words, each with an index (0, 1, ... in
  // order of addition). A lookup hashes only the length and the first and
  // last bytes, then compares the few words in that slot: most capitalised
  // words of a text are names in no lexicon list, and they are turned away
  // without hashing or comparing every byte.
  class WordIndex {
   public:
    // The index of `word`, added first when new.
    int Add(absl::string_view word);
    // The index of `word`, or -1.
    int Find(absl::string_view word) const {
      for (int i = heads_[Slot(word)]; i >= 0; i = entries_[i].next) {
        if (entries_[i].word == word) return i;
      }
      return -1;
    }
    bool Contains(absl::string_view word) const { return Find(word) >= 0; }
    // `word` or, for a word of four letters or more ending in s, its
    // singular ("towns", "militias").
    bool ContainsOrPluralOf(absl::string_view word) const {
      return Contains(word) ||
             (word.size() > 3 && word.back() == 's' && Contains(word.substr(0, word.size() - 1)));
    }

   private:
    static constexpr size_t kSlots = 4096;
    static size_t Slot(absl::string_view word) {
      if (word.empty()) return 0;
      const size_t h = word.size() * 0x9E3779B1u ^
                       static_cast<unsigned char>(word.front()) * 0x85EBCA77u ^
                       static_cast<unsigned char>(word.back()) * 0xC2B2AE3Du;
      return (h ^ (h >> 15)) % kSlots;
    }
    struct Entry {
      std::string word;
      int next;  // The next entry of the same slot, or -1.
    };
    std::vector<int> heads_ = std::vector<int>(kSlots, -1);
    std::vector<Entry> entries_;
  };

  // The lexicon entry of `word`, or nullptr.
  const WordInfo* Info(absl::string_view word) const {
    const int i = words_.Find(word);
    return i < 0 ? nullptr : &word_infos_[i];
  }
  bool Is(absl::string_view word, WordKind kind) const {
    const WordInfo* info = Info(word);
    return info != nullptr && (info->kinds & kind) != 0;
  }
  // The entry of `word`, added when new (construction only).
  WordInfo& MutableInfo(absl::string_view word);

  // Whether `word` heads organisation names ("Brigade", "Kata'ib"), apostrophes
  // ignored.
  bool IsOrgHead(absl::string_view word) const;

  // As PlaceKey, for a name taken from normalised text; nullptr when none.
  // A name whose first folded word starts no gazetteer spelling is rejected
  // before it is folded whole.
  const std::string* PlaceKeyOf(absl::string_view name) const;

  const Gazetteer* gazetteer_;
  // The lexicon's words; word_infos_[i] is what it says of word i.
  WordIndex words_;
  std::vector<WordInfo> word_infos_;
  // Titles as word sequences, longest first.
  std::vector<std::vector<std::string>> titles_;
  // The honorifics_after that start with a hyphen ("-ji"), lower case.
  std::vector<std::string> honorific_suffixes_;
  // Places inside places, as the document tells them: "Zerhana's Hay El
  // Amal district" puts Hay El Amal, a place the gazetteer does not know,
  // inside Zerhana (EntityCluster::within); so do "the Tabriz suburb of
  // Golshahr" and "the Golshahr suburb of Tabriz" when the gazetteer knows
  // Tabriz. `result`'s mentions are sorted.
  void FindPlaceContainment(absl::string_view text, EntityResult* result) const;

  // A place's other name in brackets, one to four capitalised words: joins
  // it to the place's cluster ("in Gulbahar (Derik)"; "the Kalbar (Xan
  // Spi) neighbourhood", where a place noun after the brackets makes a
  // place of the name before them, found or not). Not a place the gazetteer
  // knows ("Paris (France)"), an acronym, a name ending in a place head or
  // a place noun ("(Taksim Square)", "(Kurdistan Region)"), nor a
  // dateline's credit ("KALBAR (Wire) -"). The other name's mentions
  // elsewhere in the document join the place too.
  // `result`'s mentions are sorted, and stay so.
  void JoinBracketedPlaceNames(absl::string_view text, EntityResult* result) const;

  // `name` without the place suffix of the lexicon that ends it after a
  // hyphen ("Suwon" of "Suwon-si"); `name` itself when none does.
  absl::string_view WithoutPlaceSuffix(absl::string_view name) const;

  // The lexicon's place nouns ("town"), exact case.
  WordIndex place_nouns_;
  // The lexicon's place suffixes ("dong", "si"), exact case.
  WordIndex place_suffixes_;
  // The lexicon's venue nouns ("court"), exact case.
  WordIndex venue_nouns_;
  // The venue nouns and the building nouns ("office"), exact case.
  WordIndex building_nouns_;
  // The end of a noun of `nouns` after the name ending at `end`, as
  // VenueAfter says; -1 when there is none.
  int64_t NounAfter(absl::string_view text, int64_t end, int64_t limit,
                    const WordIndex& nouns) const;
  // The lexicon's languages ("Spanish"), exact case.
  WordIndex languages_;
  // The lexicon's group nouns ("group", "militia"), exact case.
  WordIndex group_nouns_;
  // The lexicon's role nouns ("lawyer"), exact case.
  WordIndex role_nouns_;
  // The lexicon's workplace words ("worked", "reporter"), exact case.
  WordIndex workplace_words_;
  // The lexicon's office nouns ("head", "leader"), exact case.
  WordIndex office_nouns_;
  // Whether `w` is a workplace word that names a person doing the work
  // ("editor"), not the work ("worked", "job") nor several people
  // ("reporters").
  bool IsWorkerWord(absl::string_view w) const;
  // Whether `noun` says who a person is in an apposition: a role, kin or
  // office noun of the lexicon, or a workplace word that names a person at
  // work (IsWorkerWord).
  bool NamesAPerson(absl::string_view noun) const;
  // Whether "at" and a space come right before `name_begin` in `text` and a
  // workplace word is among the six words before it, with no punctuation
  // between ("a reporter at X", "worked with many of us at X").
  bool IsWorkplaceAt(absl::string_view text, size_t name_begin) const;
  // True when the name ending at `end` is followed by ", a" or ", an", up to
  // three lower-case words and a word `is_head` takes, then punctuation, a
  // number, a participle or a word that places or tells of it.
  bool IsBeforeApposition(absl::string_view text, size_t end,
                          absl::FunctionRef<bool(absl::string_view)> is_head) const;
  // The lexicon's kin nouns ("cousin"), exact case.
  WordIndex kin_nouns_;
  // True when a kin noun introduces the person named at `name` of `text`:
  // it is the word before the name or its title, a comma between allowed
  // ("his cousin X", "Y's mother, X"), or one of the few words of an
  // apposition after it ("X, the dead man's cousin,").
  bool NamedAsKin(absl::string_view text, TextRange name, TextRange title) const;
  // The first word of every folded gazetteer spelling.
  WordIndex place_first_words_;
  // The lexicon's counted_name_list, compiled; null when it has none.
  std::unique_ptr<const re2::RE2> counted_name_list_;
  LiteralGuard counted_name_guard_;  // Of counted_name_list_.
  // AsciiGroupsProgram(*counted_name_list_), for ASCII text; may be null.
  std::unique_ptr<const re2::RE2> counted_name_list_ascii_;
  // True when the one-word name at `name` of `text` is in a list of names
  // that counted_name_list_ matches ("the two men held, X and Y, were").
  bool InCountedNameList(absl::string_view text, TextRange name) const;
};

}  // namespace xref

#endif  // XREF_CLAIMS_ENTITY_EXTRACTOR_H_
