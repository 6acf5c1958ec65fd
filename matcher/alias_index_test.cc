#include "matcher/alias_index.h"

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "base/proto_io.h"
#include "claims/gazetteer.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::UnorderedElementsAre;

struct E {
  std::string id;
  EntityType type;
  std::vector<std::string> forms;  // First is canonical.
  std::string acronym = "";
};

ClaimSet Doc(const std::string& id, const std::vector<E>& entities) {
  ClaimSet set;
  set.mutable_document()->set_id(id);
  for (const E& e : entities) {
    Entity* x = set.add_entities();
    x->set_id(e.id);
    x->set_type(e.type);
    x->set_canonical(e.forms[0]);
    for (const auto& f : e.forms) x->add_aliases(f);
    x->set_acronym(e.acronym);
  }
  return set;
}

class AliasIndexTest : public ::testing::TestWithParam<bool> {
 protected:
  AliasIndex Build(const std::vector<ClaimSet>& sets,
                   const Gazetteer* gazetteer = nullptr) {
    AliasIndex::Options options;
    options.all_pairs = GetParam();
    options.gazetteer = gazetteer;
    return AliasIndex::Build(sets, options);
  }
};

TEST_P(AliasIndexTest, MergesTransliterationsSurnamesAndAcronyms) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Yusuf Haddad"}},
                {"2", ORGANIZATION, {"Islamic Revolutionary Guard Corps", "IRGC"},
                 "IRGC"},
                {"3", PERSON, {"Ali Rezaei"}},
                {"4", PERSON, {"Hassan Rezaei"}}}),
      Doc("b", {{"x", PERSON, {"Youssef al-Hadad"}},
                {"y", ORGANIZATION, {"IRGC"}},
                {"z", PERSON, {"Haddad"}}}),
      Doc("c", {{"p", PERSON, {"Rezaei"}},
                {"q", ORGANIZATION, {"Islamic Revolutionary Gard Corps"}}}),
  };
  AliasIndex index = Build(sets);
  int yusuf = index.Find(0, "1");
  ASSERT_GE(yusuf, 0);
  EXPECT_EQ(index.Find(1, "x"), yusuf);
  EXPECT_EQ(index.Find(1, "z"), yusuf);  // Surname, unambiguous.
  EXPECT_EQ(index.Find(1, "y"), index.Find(0, "2"));  // Acronym.
  EXPECT_EQ(index.Find(2, "q"), index.Find(0, "2"));  // Typo.
  // "Rezaei" could be Ali or Hassan: left alone.
  EXPECT_NE(index.Find(2, "p"), index.Find(0, "3"));
  EXPECT_NE(index.Find(2, "p"), index.Find(0, "4"));
  EXPECT_NE(index.Find(0, "3"), index.Find(0, "4"));
  EXPECT_EQ(index.Find(0, "nope"), -1);

  const Entity& e = index.entities()[yusuf];
  EXPECT_EQ(e.canonical(), "Yusuf Haddad");
  EXPECT_EQ(e.id(), "yusuf_haddad");
  EXPECT_THAT(e.aliases(),
              UnorderedElementsAre("Yusuf Haddad", "Youssef al-Hadad", "Haddad"));
  EXPECT_THAT(e.documents(), UnorderedElementsAre("a", "b"));
  EXPECT_EQ(index.entities()[index.Find(0, "2")].acronym(), "IRGC");
}

TEST_P(AliasIndexTest, SlavicSurnamesMeetAcrossAccentsAndEnglishSpellings) {
  // One outlet writes the accents, one strips them, one spells the sounds;
  // partial names bind to the one full name of their surname.
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Snežana Đorđević"}},
                {"2", PERSON, {"Bojan Kovačić"}}}),
      Doc("b", {{"1", PERSON, {"Snezana Djordjevic"}}, {"2", PERSON, {"Djordjevic"}}}),
      Doc("c", {{"1", PERSON, {"Snezhana Djordjevich"}},
                {"2", PERSON, {"Djordjevich"}},
                {"3", PERSON, {"Bojan Kovachevich"}}}),
  };
  AliasIndex index = Build(sets);
  const int snezana = index.Find(0, "1");
  ASSERT_GE(snezana, 0);
  EXPECT_EQ(index.Find(1, "1"), snezana);
  EXPECT_EQ(index.Find(1, "2"), snezana);
  EXPECT_EQ(index.Find(2, "1"), snezana);
  EXPECT_EQ(index.Find(2, "2"), snezana);
  // Kovačić and Kovačević are two surnames.
  EXPECT_NE(index.Find(0, "2"), index.Find(2, "3"));
  EXPECT_EQ(index.entities()[snezana].canonical(), "Snežana Đorđević");
}

TEST_P(AliasIndexTest, FindsIdsInSmallAndLargeDocuments) {
  // Ids sharing their first eight bytes, of different lengths, a duplicate
  // (the last answers), in a document of a few entities and one of many.
  const std::vector<std::string> names = {
      "Omar Haddad",  "Layla Nasser", "Karim Aziz",   "Samir Toukan",
      "Rana Khoury",  "Bilal Sabri",  "Maya Fares",   "Tariq Jaber",
      "Nadia Saleh",  "Walid Mansour", "Huda Qasem",  "Fadi Karam",
      "Dina Hamdan",  "Ziad Rahal",   "Lina Bishara", "Yara Salloum",
      "Hani Dabbagh", "Rami Chami",   "Suha Mikati",  "Adel Sarraf"};
  for (size_t count : {size_t{4}, names.size()}) {
    std::vector<E> entities;
    for (size_t i = 0; i < count; ++i) {
      entities.push_back({"entity-id-" + std::to_string(i), PERSON, {names[i]}});
    }
    entities.push_back({"entity-i", PERSON, {"Gamal Idris"}});
    entities.push_back({"entity-id-1", PERSON, {"Sami Yacoub"}});  // Duplicate.
    std::vector<ClaimSet> sets = {Doc("a", entities)};
    AliasIndex index = Build(sets);
    std::vector<int> found;
    for (size_t i = 0; i < count; ++i) {
      found.push_back(index.Find(0, "entity-id-" + std::to_string(i)));
      ASSERT_GE(found.back(), 0) << i;
      if (i != 1) {
        EXPECT_EQ(index.entities()[found.back()].canonical(), names[i]);
      }
    }
    EXPECT_EQ(index.entities()[index.Find(0, "entity-id-1")].canonical(),
              "Sami Yacoub");
    EXPECT_EQ(index.entities()[index.Find(0, "entity-i")].canonical(),
              "Gamal Idris");
    EXPECT_EQ(index.Find(0, "entity-"), -1);
    EXPECT_EQ(index.Find(0, "entity-id-"), -1);
    EXPECT_EQ(index.Find(0, "entity-id-99"), -1);
    EXPECT_EQ(index.Find(0, ""), -1);
    EXPECT_EQ(index.Find(0, absl::string_view()), -1);
    EXPECT_EQ(index.Find(1, "entity-i"), -1);
  }
}

TEST_P(AliasIndexTest, InitialsBindAcronymWithoutDeclaration) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", ORGANIZATION, {"National Defence Forces"}}}),
      Doc("b", {{"1", ORGANIZATION, {"NDF"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_EQ(index.entities()[0].canonical(), "National Defence Forces");
}

TEST_P(AliasIndexTest, LookAlikePeopleStayApart) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Kamal Jaber"}},
                {"2", PERSON, {"Jamal Jaber"}},
                {"3", PERSON, {"Abu Bakr al-Zubaidi"}},
                {"4", PERSON, {"Bakr Abu Zaid"}},
                {"5", ORGANIZATION, {"Hezbollah"}},
                {"6", ORGANIZATION, {"Kataib Sayyid al-Shuhada"}}}),
      Doc("b", {{"1", PERSON, {"Kamal Jabir"}}, {"2", PERSON, {"Jaber"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_NE(index.Find(0, "1"), index.Find(0, "2"));
  EXPECT_NE(index.Find(0, "3"), index.Find(0, "4"));
  // "Jaber" is ambiguous between Kamal and Jamal.
  EXPECT_NE(index.Find(1, "2"), index.Find(0, "1"));
  EXPECT_NE(index.Find(1, "2"), index.Find(0, "2"));
}

TEST_P(AliasIndexTest, ASharedSurnameDoesNotChainTwoFullNames) {
  // Each story names its person in full and then by surname alone; the
  // surnames are one name, the people are not. A surname used alone
  // elsewhere binds to the one person who has it, and stays apart when two
  // do.
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Ali Rezaei", "Rezaei"}}}),
      Doc("b", {{"1", PERSON, {"Hassan Rezai", "Rezai"}}}),
      Doc("c", {{"1", PERSON, {"Rezaei"}}}),
      Doc("d", {{"1", PERSON, {"Manuel Jimenez Gonzalez", "Jimenez"}}}),
      Doc("e", {{"1", PERSON, {"Jimenez"}}, {"2", PERSON, {"Manuel Jimenez Gonzales"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_NE(index.Find(0, "1"), index.Find(1, "1"));
  EXPECT_NE(index.Find(2, "1"), index.Find(0, "1"));
  EXPECT_NE(index.Find(2, "1"), index.Find(1, "1"));
  const int jimenez = index.Find(3, "1");
  EXPECT_EQ(index.Find(4, "2"), jimenez);
  EXPECT_EQ(index.Find(4, "1"), jimenez);  // A one-word form of one person.
}

TEST_P(AliasIndexTest, AOneWordNameThatIsNoSurnameBindsToTheOnePersonOfThatFirstName) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Tariq Mahmood"}},
                {"2", PERSON, {"Nomvula Dube"}},
                {"3", PERSON, {"Karim Saleh"}},
                {"4", PERSON, {"Karim Haddad"}}}),
      Doc("b", {{"1", PERSON, {"Tarik"}}, {"2", PERSON, {"Nomvula"}}, {"3", PERSON, {"Karim"}}}),
      Doc("c", {{"1", PERSON, {"Saleh"}}, {"2", PERSON, {"Saleh Hamdan"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));  // A spelling of the first name.
  EXPECT_EQ(index.Find(1, "2"), index.Find(0, "2"));
  // Two people named Karim: left alone.
  EXPECT_NE(index.Find(1, "3"), index.Find(0, "3"));
  EXPECT_NE(index.Find(1, "3"), index.Find(0, "4"));
  // Someone's surname is read as the surname first.
  EXPECT_EQ(index.Find(2, "1"), index.Find(0, "3"));
  EXPECT_NE(index.Find(2, "1"), index.Find(2, "2"));
}

TEST_P(AliasIndexTest, AFathersNameAfterBinIsNoSurname) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Hamdan bin Yusof"}}, {"2", PERSON, {"Karim Saleh"}}}),
      Doc("b", {{"1", PERSON, {"Yusof"}}, {"2", PERSON, {"Hamdan"}}, {"3", PERSON, {"Saleh"}}}),
  };
  AliasIndex index = Build(sets);
  // "Yusof" is his father, not Hamdan; "Hamdan" is he.
  EXPECT_NE(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_EQ(index.Find(1, "2"), index.Find(0, "1"));
  // A surname without "bin" still binds.
  EXPECT_EQ(index.Find(1, "3"), index.Find(0, "2"));
}

TEST_P(AliasIndexTest, ASurnameOfTwoWordsIsAsPartialAsOneWord) {
  // Two cousins, each story giving both their full names and, for one, the
  // surname with its particle: the surname joins neither to the other; the
  // French spellings of each full name meet.
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Youssef Ben Amara", "Ben Amara"}},
                {"2", PERSON, {"Yassine Ben Amara", "Ben Amara"}}}),
      Doc("b", {{"1", PERSON, {"Youcef Benamara", "Benamara"}},
                {"2", PERSON, {"Yacine Benamara"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_NE(index.Find(0, "1"), index.Find(0, "2"));
  EXPECT_EQ(index.Find(0, "1"), index.Find(1, "1"));
  EXPECT_EQ(index.Find(0, "2"), index.Find(1, "2"));
}

TEST_P(AliasIndexTest, InitialsAndSurnameBindToTheOnePersonNamedInFull) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Sophia Bradley", "Bradley"}},
                {"2", PERSON, {"Graham Fairwood", "Fairwood"}},
                {"3", PERSON, {"Michael Fairwood"}},
                {"4", PERSON, {"Martin Fairwood"}}}),
      Doc("b", {{"1", PERSON, {"S. Bradley", "Bradley"}},
                {"2", PERSON, {"G. Fairwood"}},
                {"3", PERSON, {"J. R. Whitley"}}}),
      Doc("c", {{"1", PERSON, {"M. Fairwood", "Fairwood"}},
                {"2", PERSON, {"Bradley"}},
                {"3", PERSON, {"John Whitley"}}}),
  };
  AliasIndex index = Build(sets);
  const int sophia = index.Find(0, "1");
  EXPECT_EQ(index.Find(1, "1"), sophia);
  // The surname alone: "S. Bradley" is Sophia, so one person has it.
  EXPECT_EQ(index.Find(2, "2"), sophia);
  EXPECT_EQ(index.Find(1, "2"), index.Find(0, "2"));
  // "J. R." begins with John's "J.": one name leaves out a middle name.
  EXPECT_EQ(index.Find(1, "3"), index.Find(2, "3"));
  // Michael or Martin: left alone.
  EXPECT_NE(index.Find(2, "1"), index.Find(0, "3"));
  EXPECT_NE(index.Find(2, "1"), index.Find(0, "4"));
  EXPECT_NE(index.Find(0, "3"), index.Find(0, "4"));
}

TEST_P(AliasIndexTest, InitialsWithAMiddleInitialBindOnlyToTheOneSuchPerson) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Wilfred Chelimo"}}, {"2", PERSON, {"Beatrice Njeri Mwangoma"}}}),
      Doc("b", {{"1", PERSON, {"W. K. Chelimo"}}, {"2", PERSON, {"B. Mwangoma"}},
                {"3", PERSON, {"P. K. Otieno"}}}),
      Doc("c", {{"1", PERSON, {"Peter Otieno"}}, {"2", PERSON, {"Paul Otieno"}},
                {"3", PERSON, {"K. J. Chelimo"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_EQ(index.Find(1, "2"), index.Find(0, "2"));
  // Peter or Paul: left alone; K. J. begins no Chelimo's initials.
  EXPECT_NE(index.Find(1, "3"), index.Find(2, "1"));
  EXPECT_NE(index.Find(1, "3"), index.Find(2, "2"));
  EXPECT_NE(index.Find(2, "3"), index.Find(0, "1"));
}

TEST_P(AliasIndexTest, AMiddleNameWrittenAsItsInitialIsTheName) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Dorje Bahadur Lama"}}, {"2", PERSON, {"Sita Kumari Rai"}},
                {"3", PERSON, {"Mohan Lal Gupta"}}}),
      Doc("b", {{"1", PERSON, {"Dorje B. Lama"}}, {"2", PERSON, {"Sita K. Rai"}},
                {"3", PERSON, {"Mohan L. Gupta"}}}),
      Doc("c", {{"1", PERSON, {"Sita D. Rai"}}, {"2", PERSON, {"Mohan Lakhan Gupta"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_EQ(index.Find(1, "2"), index.Find(0, "2"));
  // Another initial: another person.
  EXPECT_NE(index.Find(2, "1"), index.Find(0, "2"));
  EXPECT_NE(index.Find(2, "1"), index.Find(1, "2"));
  // L. is Lal or Lakhan: left alone.
  EXPECT_NE(index.Find(1, "3"), index.Find(0, "3"));
  EXPECT_NE(index.Find(1, "3"), index.Find(2, "2"));
}

TEST_P(AliasIndexTest, AFinalVowelAddedToANameOfThreeWordsIsOneName) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Juma Hassan Athman"}}, {"2", PERSON, {"Salim Rashid Omar"}},
                {"3", PERSON, {"Amina Said Bakar"}}}),
      Doc("b", {{"1", PERSON, {"Juma Hassani Athumani"}}, {"2", PERSON, {"Salim Rashid Omari"}},
                {"3", PERSON, {"Amina Seif Bakari"}}}),
      Doc("c", {{"1", PERSON, {"Salim Rashidi Omari"}}, {"2", PERSON, {"Fatma Juma Athumani"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  // Both spellings with the vowels are one name, and Salim Rashid Omar's.
  EXPECT_EQ(index.Find(1, "2"), index.Find(2, "1"));
  EXPECT_EQ(index.Find(0, "2"), index.Find(1, "2"));
  // Said and Seif are two names; Fatma is not Juma.
  EXPECT_NE(index.Find(0, "3"), index.Find(1, "3"));
  EXPECT_NE(index.Find(2, "2"), index.Find(0, "1"));
  EXPECT_NE(index.Find(2, "2"), index.Find(1, "1"));
}

TEST_P(AliasIndexTest, InitialsOfTwoLettersBindToThePersonNamedInFull) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Yelena Pavlovna Orlova"}},
                {"2", PERSON, {"Timur Khasanovich Umarov"}},
                {"3", PERSON, {"Tahir Umarov"}}}),
      Doc("b", {{"1", PERSON, {"Ye. P. Orlova"}},
                {"2", PERSON, {"T. Kh. Umarov"}},
                {"3", PERSON, {"T. Umarov"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_EQ(index.Find(1, "2"), index.Find(0, "2"));
  // "T. Kh." is not "T.": the two Umarovs stay apart.
  EXPECT_NE(index.Find(0, "2"), index.Find(0, "3"));
  EXPECT_EQ(index.Find(1, "3"), index.Find(0, "3"));
}

TEST_P(AliasIndexTest, AnOrganisationNamedWithoutWhatItBelongsToIsTheOneThatEndsSo) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", ORGANIZATION, {"Marsden Provincial Tribunal"}},
                {"2", ORGANIZATION, {"Constitutional Council of Veldoria"}},
                {"3", ORGANIZATION, {"Harbour Workers Union"}},
                {"4", ORGANIZATION, {"Northern Harbour Workers Union"}}}),
      Doc("b", {{"1", ORGANIZATION, {"Provincial Tribunal"}},
                {"2", ORGANIZATION, {"Constitutional Council"}},
                {"3", ORGANIZATION, {"Workers Union"}},
                {"4", PERSON, {"Veldoria"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_EQ(index.Find(1, "2"), index.Find(0, "2"));
  // Two unions end so: left alone, and the two stay apart.
  EXPECT_NE(index.Find(1, "3"), index.Find(0, "3"));
  EXPECT_NE(index.Find(1, "3"), index.Find(0, "4"));
  EXPECT_NE(index.Find(0, "3"), index.Find(0, "4"));
  // A name after "of" is no part that names the body.
  EXPECT_NE(index.Find(1, "4"), index.Find(0, "2"));
}

TEST_P(AliasIndexTest, FullNamesOfTheSameFirstAndLastNamePairUpWhenUnique) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Alejandro Hernandez Garcia"}},
                {"2", PERSON, {"Qasim Musleh"}},
                {"3", PERSON, {"Ali Rezaei"}}}),
      Doc("b", {{"1", PERSON, {"Alejandro Garcia"}},
                {"2", PERSON, {"Qasim Mahmoud Musleh"}},
                {"3", PERSON, {"Hassan Rezaei"}},
                {"4", PERSON, {"Gao Yong-ping"}}}),
      Doc("c", {{"1", PERSON, {"Qasim Ali Musleh"}},
                {"2", PERSON, {"Guo Lei-ping"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_NE(index.Find(1, "3"), index.Find(0, "3"));  // Other first names.
  // Qasim Musleh could be either Qasim ... Musleh: all three stay apart.
  EXPECT_NE(index.Find(0, "2"), index.Find(1, "2"));
  EXPECT_NE(index.Find(0, "2"), index.Find(2, "1"));
  EXPECT_NE(index.Find(1, "2"), index.Find(2, "1"));
  EXPECT_NE(index.Find(1, "4"), index.Find(2, "2"));  // Yong is not Lei.
}

TEST_P(AliasIndexTest, AFirstNameAndTheFathersSurnameNameThePersonOfManyNames) {
  // Spanish names: given names, the father's surname, the mother's; short
  // forms keep the first name and the father's surname.
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Rodrigo Andrés Salcedo Ibáñez"}},
                {"2", PERSON, {"Aurelio Benitez Cruz"}},
                {"3", PERSON, {"Lucia Mendez Rojas"}},
                {"4", PERSON, {"Lucia Mendez Paz"}}}),
      Doc("b", {{"1", PERSON, {"Rodrigo Salcedo"}},
                {"2", PERSON, {"Aurelio Benítez"}},
                {"3", PERSON, {"Lucia Mendez"}},
                {"5", PERSON, {"Andres Salcedo"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_EQ(index.Find(1, "2"), index.Find(0, "2"));
  // Lucia Mendez could be either Lucia Mendez: all three stay apart.
  EXPECT_NE(index.Find(1, "3"), index.Find(0, "3"));
  EXPECT_NE(index.Find(1, "3"), index.Find(0, "4"));
  EXPECT_NE(index.Find(0, "3"), index.Find(0, "4"));
  // A middle name is not a first name.
  EXPECT_NE(index.Find(1, "5"), index.Find(0, "1"));
}

TEST_P(AliasIndexTest, TwoSurnamesWithoutTheGivenNameNameThePersonOfManyNames) {
  // Spanish and Portuguese names end in two surnames; outlets drop the
  // given names. Accents written or not.
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Luis Ortega Vidal"}},
                {"2", PERSON, {"Ana Maria Lima Duarte"}},
                {"3", PERSON, {"Pedro Ruiz Blanco"}},
                {"4", PERSON, {"Juana Ruiz Blanco"}},
                {"5", PERSON, {"Carlos Soto Rey"}}}),
      Doc("b", {{"1", PERSON, {"Ortega Vidal"}},
                {"2", PERSON, {"Lima Duarte"}},
                {"3", PERSON, {"Ruiz Blanco"}},
                {"6", PERSON, {"Vidal Ortega"}}}),
      Doc("c", {{"5", PERSON, {"Carlos Soto Rey"}},
                {"7", PERSON, {"Soto Rey"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_EQ(index.Find(1, "2"), index.Find(0, "2"));
  // Must not merge: the surnames of two people (siblings), the same words
  // in another order, and two people one document names side by side.
  EXPECT_NE(index.Find(1, "3"), index.Find(0, "3"));
  EXPECT_NE(index.Find(1, "3"), index.Find(0, "4"));
  EXPECT_NE(index.Find(1, "6"), index.Find(0, "1"));
  EXPECT_NE(index.Find(2, "7"), index.Find(2, "5"));
}

TEST_P(AliasIndexTest, AThreeWordNameTurnedRoundIsThePersonWhenUnique) {
  // Family name first, and the same name turned round by another outlet;
  // accents written or not.
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Tr\xE1\xBA\xA7n Qu\xE1\xBB\x91" "c Vi\xE1\xBB\x87t"}},
                {"2", PERSON, {"Kim Jong Su"}},
                {"3", PERSON, {"Li Wei Min"}},
                {"4", PERSON, {"Wang Lei"}},
                {"5", PERSON, {"Hoang Van Minh"}}}),
      Doc("b", {{"1", PERSON, {"Viet Quoc Tran"}},
                {"2", PERSON, {"Su Jong Kim"}},
                {"3", PERSON, {"Min Wei Li"}},
                {"4", PERSON, {"Lei Wang"}},
                {"5", PERSON, {"Minh Duc Hoang"}}}),
      Doc("c", {{"3", PERSON, {"Min Wei Li"}},
                {"6", PERSON, {"Li Wei Min"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_EQ(index.Find(1, "2"), index.Find(0, "2"));
  // Two-word names turned round too ("Wang Lei", "Lei Wang").
  EXPECT_EQ(index.Find(1, "4"), index.Find(0, "4"));
  // Another middle name is another person.
  EXPECT_NE(index.Find(1, "5"), index.Find(0, "5"));
  // "Li Wei Min" and "Min Wei Li" are both in document c: two people, and
  // which of them documents a and b mean is not known. Nothing is joined
  // across the turn (same spellings still meet).
  EXPECT_EQ(index.Find(2, "3"), index.Find(1, "3"));
  EXPECT_EQ(index.Find(2, "6"), index.Find(0, "3"));
  EXPECT_NE(index.Find(0, "3"), index.Find(1, "3"));
}

TEST_P(AliasIndexTest, ATwoWordNameTurnedRoundIsThePersonWhenUnique) {
  // A Tamil name with the father's name first, and in Western order.
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Navaratnam Thirukumaran"}},
                {"2", PERSON, {"Kandiah Sivanesan"}},
                {"3", PERSON, {"Ravi Kumar"}}}),
      Doc("b", {{"1", PERSON, {"Thirukumaran Navaratnam"}},
                {"2", PERSON, {"Sivanesan Kandiah"}},
                {"4", PERSON, {"Sivanesan Kanagaratnam"}}}),
      Doc("c", {{"3", PERSON, {"Kumar Ravi"}}, {"5", PERSON, {"Ravi Kumar"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_EQ(index.Find(1, "2"), index.Find(0, "2"));
  // Must not: another father's name, or both orders named in one document
  // (two people there).
  EXPECT_NE(index.Find(1, "4"), index.Find(0, "2"));
  EXPECT_NE(index.Find(2, "3"), index.Find(2, "5"));
  EXPECT_NE(index.Find(2, "3"), index.Find(0, "3"));
}

TEST_P(AliasIndexTest, AnEastAsianNameInEitherOrderIsOnePerson) {
  // Family name first, and turned round with the given name hyphenated;
  // two people of one family name stay apart.
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Hwang Seo-yeon"}}, {"2", PERSON, {"Kim Tae-su"}}}),
      Doc("b", {{"1", PERSON, {"Seo-yeon Hwang"}}, {"2", PERSON, {"Ho-jin Kim"}}}),
      Doc("c", {{"1", PERSON, {"Hwang Seoyeon"}}, {"2", PERSON, {"Tae-su Kim"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_EQ(index.Find(2, "1"), index.Find(0, "1"));
  EXPECT_EQ(index.Find(2, "2"), index.Find(0, "2"));
  EXPECT_NE(index.Find(1, "2"), index.Find(0, "2"));
}

TEST_P(AliasIndexTest, AFamilyNameInAnotherRomanizationIsOneName) {
  GazetteerFile file;
  ASSERT_TRUE(ParseTextProto(R"pb(
    family_names { spellings: "Li" spellings: "Lee" spellings: "Yi" spellings: "Rhee" }
    family_names { spellings: "Park" spellings: "Pak" }
    family_names { spellings: "Zhang" spellings: "Cheung" spellings: "Teoh" }
    family_names { spellings: "Huang" spellings: "Ng" }
    family_names { spellings: "Wu" spellings: "Ng" }
  )pb", "names", &file).ok());
  absl::StatusOr<Gazetteer> gazetteer = Gazetteer::FromProto(file, "names");
  ASSERT_TRUE(gazetteer.ok()) << gazetteer.status();
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Rhee Jae-won"}},
                {"2", PERSON, {"Lee Min-ho"}},
                {"3", PERSON, {"Teoh Kah Seng"}},
                {"4", PERSON, {"Huang Wei Ming"}},
                {"5", PERSON, {"Jason Lee"}},
                {"6", ORGANIZATION, {"Lee Foundation"}},
                {"7", PERSON, {"Park Ji-hoon"}}}),
      Doc("b", {{"1", PERSON, {"Lee Jae-won"}},
                {"3", PERSON, {"Cheung Kah Seng"}},
                {"4", PERSON, {"Wu Wei Ming"}},
                {"5", PERSON, {"Jason Yi"}},
                {"6", ORGANIZATION, {"Rhee Foundation"}},
                {"7", PERSON, {"Pak Ji-hun"}}}),
      Doc("c", {{"1", PERSON, {"Jae-won Yi"}},
                {"3", PERSON, {"Zhang Kah Seng"}},
                {"8", PERSON, {"Vincent Cheung Jia Hao"}}}),
      Doc("d", {{"8", PERSON, {"Zhang Jiahao"}}}),
  };
  AliasIndex index = Build(sets, &*gazetteer);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_EQ(index.Find(2, "1"), index.Find(0, "1"));  // Turned round.
  EXPECT_NE(index.Find(0, "2"), index.Find(0, "1"));  // Another given name.
  EXPECT_EQ(index.Find(1, "3"), index.Find(0, "3"));
  EXPECT_EQ(index.Find(2, "3"), index.Find(0, "3"));
  EXPECT_EQ(index.Find(1, "7"), index.Find(0, "7"));  // And soft edits.
  // The Chinese name after an English given name.
  EXPECT_EQ(index.Find(3, "8"), index.Find(2, "8"));
  // "Ng" is Huang or Wu: without it, Huang and Wu are two names.
  EXPECT_NE(index.Find(1, "4"), index.Find(0, "4"));
  // Only a family name written first is read again; no group's name is.
  EXPECT_NE(index.Find(1, "5"), index.Find(0, "5"));
  EXPECT_NE(index.Find(1, "6"), index.Find(0, "6"));

  // The lists join them, not a spelling rule.
  AliasIndex plain = Build(sets);
  EXPECT_NE(plain.Find(1, "1"), plain.Find(0, "1"));
  EXPECT_NE(plain.Find(1, "3"), plain.Find(0, "3"));
}

TEST_P(AliasIndexTest, AFamilyNameWrittenLastInItsOtherFormIsOneName) {
  GazetteerFile file;
  ASSERT_TRUE(ParseTextProto(R"pb(
    family_names { spellings: "Chattopadhyay" spellings: "Chatterjee" written_last: true }
    family_names { spellings: "Bandyopadhyay" spellings: "Banerjee" written_last: true }
  )pb", "names", &file).ok());
  absl::StatusOr<Gazetteer> gazetteer = Gazetteer::FromProto(file, "names");
  ASSERT_TRUE(gazetteer.ok()) << gazetteer.status();
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Sourav Chatterjee"}},
                {"2", PERSON, {"Tapas Banerjee"}},
                {"3", PERSON, {"Anil Chatterjee"}},
                {"4", ORGANIZATION, {"Chatterjee Foundation"}}}),
      Doc("b", {{"1", PERSON, {"Sourav Chattopadhyay"}},
                {"2", PERSON, {"Tapas Bandyopadhyay"}},
                {"3", PERSON, {"Amit Chattopadhyay"}},
                {"4", ORGANIZATION, {"Chattopadhyay Foundation"}}}),
  };
  AliasIndex index = Build(sets, &*gazetteer);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_EQ(index.Find(1, "2"), index.Find(0, "2"));
  // Another given name; no group's name.
  EXPECT_NE(index.Find(1, "3"), index.Find(0, "3"));
  EXPECT_NE(index.Find(1, "4"), index.Find(0, "4"));
  // The lists join them, not a spelling rule.
  AliasIndex plain = Build(sets);
  EXPECT_NE(plain.Find(1, "1"), plain.Find(0, "1"));
}

TEST_P(AliasIndexTest, AFathersInitialBeforeTheGivenNameIsThePersonOfThatFather) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Kumaresan Velayutham"}},
                {"2", PERSON, {"Priya a/p Murugan"}},
                {"3", PERSON, {"Anand Sivam"}},
                {"4", PERSON, {"Anand Selvaraj"}}}),
      Doc("b", {{"1", PERSON, {"V. Kumaresan"}},
                {"2", PERSON, {"M. Priya"}},
                {"3", PERSON, {"S. Anand"}},
                {"4", PERSON, {"K. Priya"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_EQ(index.Find(1, "2"), index.Find(0, "2"));  // Through "a/p".
  // Two fathers of that initial: left alone; no father of that initial.
  EXPECT_NE(index.Find(1, "3"), index.Find(0, "3"));
  EXPECT_NE(index.Find(1, "3"), index.Find(0, "4"));
  EXPECT_NE(index.Find(1, "4"), index.Find(0, "2"));
}

TEST_P(AliasIndexTest, ALongNameIsThePersonOfItsFirstTwoWordsAndOfItsLastThree) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Vincent Khoo Boon Hock"}},
                {"2", PERSON, {"Alice Tan Hui Min"}}}),
      Doc("b", {{"1", PERSON, {"Vincent Khoo"}}, {"2", PERSON, {"Tan Hui Min"}}}),
      Doc("c", {{"1", PERSON, {"Khoo Boon Hock"}}, {"2", PERSON, {"Alice Tan"}}}),
      // Named together: two people.
      Doc("d", {{"1", PERSON, {"Daniel Ong Kah Wai"}}, {"2", PERSON, {"Ong Kah Wai"}}}),
      Doc("e", {{"1", PERSON, {"Peter Lau"}}, {"2", PERSON, {"Peter Lau Ming Kit"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_EQ(index.Find(2, "1"), index.Find(0, "1"));
  EXPECT_EQ(index.Find(1, "2"), index.Find(0, "2"));
  EXPECT_EQ(index.Find(2, "2"), index.Find(0, "2"));
  EXPECT_NE(index.Find(3, "1"), index.Find(3, "2"));
  EXPECT_NE(index.Find(4, "1"), index.Find(4, "2"));
}

// A given name and a patronymic, as Russian speakers address people, are the
// person of that given name and patronymic named in full.
TEST_P(AliasIndexTest, AGivenNameAndPatronymicAreThePersonNamedInFull) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Stanislav Gennadyevich"}}, {"2", PERSON, {"Alexei Yurievich"}}}),
      Doc("b", {{"1", PERSON, {"Stanislav Gennadyevich Burtsev"}},
                {"2", PERSON, {"Aleksei Yuryevich Seleznyov", "Aleksei Seleznyov", "Seleznyov"}}}),
      Doc("c", {{"1", PERSON, {"S. G. Burtsev"}},
                {"2", PERSON, {"Aleksei Yuryevich Seleznev", "Seleznev"}}}),
      Doc("d", {{"1", PERSON, {"Stanislav Burtsev"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_EQ(index.Find(1, "2"), index.Find(0, "2"));
}

TEST_P(AliasIndexTest, AFamiliarShortGivenNameIsThePersonOfTheFullOneWhenUnique) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Tamuna Beridze"}},
                {"2", PERSON, {"Jonnie Kruger"}},
                {"3", PERSON, {"Rina Vasquez"}},
                {"4", PERSON, {"Sava Markovic"}},
                {"5", PERSON, {"Nasr Haddad"}}}),
      Doc("b", {{"1", PERSON, {"Tamu Beridze"}},
                {"2", PERSON, {"Jonathan Kruger"}},
                {"3", PERSON, {"Katerina Vasquez"}},
                {"4", PERSON, {"Savaslav Markovic"}},
                {"6", PERSON, {"Savatije Markovic"}},
                {"5", PERSON, {"Nasrallah Haddad"}}}),
      Doc("c", {{"7", PERSON, {"Mari Okonjo"}},
                {"8", PERSON, {"Marinela Okonjo"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_EQ(index.Find(1, "2"), index.Find(0, "2"));
  EXPECT_EQ(index.Find(1, "3"), index.Find(0, "3"));
  // "Sava" could be Savaslav or Savatije: all stay apart.
  EXPECT_NE(index.Find(0, "4"), index.Find(1, "4"));
  EXPECT_NE(index.Find(0, "4"), index.Find(1, "6"));
  // A name of its own, not a short form; and two sisters named side by
  // side in one document.
  EXPECT_NE(index.Find(0, "5"), index.Find(1, "5"));
  EXPECT_NE(index.Find(2, "7"), index.Find(2, "8"));
  // Another last name is another person.
  EXPECT_NE(index.Find(1, "1"), index.Find(0, "2"));
}

TEST_P(AliasIndexTest, AYorubaNameWithoutOluwaIsThePersonOfTheFullOne) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Segun Afolabi"}}, {"2", PERSON, {"Tosin Bakare"}}}),
      Doc("b", {{"1", PERSON, {"Olúwásẹ́gun Afọlábí"}},
                {"2", PERSON, {"Oluwaseyi Bakare"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(0, "1"), index.Find(1, "1"));
  // Must not: another name after "Oluwa".
  EXPECT_NE(index.Find(0, "2"), index.Find(1, "2"));
}

TEST_P(AliasIndexTest, LongFirstAndLastNamesPairUpToo) {
  // First and last names whose skeleton keys together are long (Build
  // buckets short keys and long ones apart).
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Konstantin Konstantinopolsky"}},
                {"2", PERSON, {"Konstantin Mendeleyevsky"}}}),
      Doc("b", {{"1", PERSON, {"Konstantin Sergeyevich Konstantinopolskiy"}},
                {"2", PERSON, {"Konstantin Ivanovich Mendelsky"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_EQ(index.Find(1, "1"), index.Find(0, "1"));
  EXPECT_NE(index.Find(1, "2"), index.Find(0, "2"));  // Other last names.
  EXPECT_NE(index.Find(0, "1"), index.Find(0, "2"));
}

TEST_P(AliasIndexTest, OrganisationsAreNotBoundBySurname) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", ORGANIZATION, {"Kataib Hezbollah"}}}),
      Doc("b", {{"1", ORGANIZATION, {"Hezbollah"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_NE(index.Find(1, "1"), index.Find(0, "1"));
}

TEST_P(AliasIndexTest, DifferentTypesStayApart) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Jordan"}}}),
      Doc("b", {{"1", LOCATION, {"Jordan"}}}),
  };
  AliasIndex index = Build(sets);
  EXPECT_NE(index.Find(1, "1"), index.Find(0, "1"));
}

TEST_P(AliasIndexTest, EntitiesOfOneSlugGetNumberedIds) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Jordan"}}}),
      Doc("b", {{"1", LOCATION, {"Jordan"}}}),
      Doc("c", {{"1", ORGANIZATION, {"JORDAN!"}}}),
  };
  AliasIndex index = Build(sets);
  std::vector<std::string> ids;
  for (const Entity& e : index.entities()) ids.push_back(e.id());
  EXPECT_THAT(ids, ::testing::ElementsAre("jordan", "jordan_2", "jordan_3"));
}

TEST_P(AliasIndexTest, IdsAreLowerCaseLettersAndDigitsJoinedByUnderscores) {
  // Latin letters with diacritics become their base letters; runs of other
  // bytes (punctuation, spaces, bytes of other non-ASCII letters) become one
  // underscore, none at either end.
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", ORGANIZATION, {"(Brigade 313) -- Al-Nujaba!"}}}),
      Doc("b", {{"1", PERSON, {"Sánchez Straße"}}}),
      Doc("c", {{"1", PERSON, {"!!"}}}),
      Doc("d", {{"1", PERSON, {"Ильин"}}}),
  };
  AliasIndex index = Build(sets);
  std::vector<std::string> ids;
  for (const Entity& e : index.entities()) ids.push_back(e.id());
  EXPECT_THAT(ids, ::testing::ElementsAre("brigade_313_al_nujaba", "sanchez_strasse",
                                          "entity", "entity_2"));
}

TEST_P(AliasIndexTest, APersonAndAGroupOfOneLongNameAreOneEntity) {
  // One outlet's extraction typed the group's name as a person's: the same
  // name of two or more words is one entity, a group even when most outlets
  // wrote it the other way (a name is a group's only on evidence). So is a
  // place's name typed as a person's, a place when no more outlets say
  // person. A one-word name, or another name, stay apart.
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", ORGANIZATION, {"Liwa Kufami"}}, {"2", PERSON, {"Jordan"}}}),
      Doc("b", {{"1", PERSON, {"Liwaa Koufami"}}, {"2", ORGANIZATION, {"Jordan"}},
                {"3", PERSON, {"Sadr City"}}}),
      Doc("c", {{"1", PERSON, {"Liwaa Kufammi"}}, {"2", LOCATION, {"Sadr City"}},
                {"3", PERSON, {"Kufami Liwa"}}}),
  };
  AliasIndex index = Build(sets);
  const int group = index.Find(0, "1");
  EXPECT_EQ(index.Find(1, "1"), group);
  EXPECT_EQ(index.Find(2, "1"), group);
  EXPECT_EQ(index.entities()[group].type(), ORGANIZATION);
  EXPECT_NE(index.Find(1, "2"), index.Find(0, "2"));
  EXPECT_EQ(index.Find(1, "3"), index.Find(2, "2"));
  EXPECT_EQ(index.entities()[index.Find(2, "2")].type(), LOCATION);
  EXPECT_NE(index.Find(2, "3"), group);
}

TEST_P(AliasIndexTest, DocumentColumnsHoldTheDocumentsOfTheEntitiesOut) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Yusuf Haddad"}}, {"2", PERSON, {"Ali Rezaei"}}}),
      Doc("b", {{"x", PERSON, {"Youssef al-Hadad"}}, {"y", PERSON, {"Haddad"}}}),
      Doc("c", {{"p", PERSON, {"Ali Rezaei"}}, {"q", PERSON, {"Omar Nasser"}}}),
  };
  const std::vector<Entity> messages = Build(sets).entities();
  google::protobuf::RepeatedPtrField<Entity> entities;
  google::protobuf::RepeatedField<int32_t> counts, doc_indexes;
  AliasIndex::Options options;
  options.all_pairs = GetParam();
  options.entities_out = &entities;
  options.document_counts_out = &counts;
  options.doc_indexes_out = &doc_indexes;
  AliasIndex::Build(sets, options);
  ASSERT_EQ(entities.size(), static_cast<int>(messages.size()));
  ASSERT_EQ(counts.size(), entities.size());
  int next = 0;
  for (int i = 0; i < entities.size(); ++i) {
    EXPECT_TRUE(entities[i].documents().empty());
    Entity spelled = entities[i];
    for (int j = 0; j < counts[i]; ++j) {
      spelled.add_documents(sets[doc_indexes[next++]].document().id());
    }
    EXPECT_EQ(spelled.SerializeAsString(), messages[i].SerializeAsString());
  }
  EXPECT_EQ(next, doc_indexes.size());
  EXPECT_THAT(counts, ::testing::ElementsAre(2, 2, 1));
}

TEST_P(AliasIndexTest, AnAssignerGivesTheIdsLeftEmpty) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Omar Nasser"}}, {"2", LOCATION, {"Omar-Nasser"}}}),
      Doc("b", {{"x", ORGANIZATION, {"omar nasser_2"}}, {"y", PERSON, {"!"}}}),
  };
  const std::vector<Entity> messages = Build(sets).entities();
  google::protobuf::RepeatedPtrField<Entity> entities;
  AliasIndex::Options options;
  options.all_pairs = GetParam();
  options.entities_out = &entities;
  options.leave_ids_empty = true;
  AliasIndex::Build(sets, options);
  ASSERT_EQ(entities.size(), static_cast<int>(messages.size()));
  EntityIdAssigner ids;
  for (int i = 0; i < entities.size(); ++i) {
    EXPECT_TRUE(entities[i].id().empty());
    ids.Assign(&entities[i]);
    EXPECT_EQ(entities[i].SerializeAsString(), messages[i].SerializeAsString());
  }
}

TEST_P(AliasIndexTest, CanonicalNamesAsAliasPositions) {
  std::vector<ClaimSet> sets = {
      Doc("a", {{"1", PERSON, {"Haddad", "Yusuf Haddad"}}, {"2", PERSON, {"Ali Rezaei"}}}),
      Doc("b", {{"x", PERSON, {"Youssef al-Hadad"}}, {"y", ORGANIZATION, {"IRGC"}, "IRGC"}}),
  };
  const std::vector<Entity> messages = Build(sets).entities();
  google::protobuf::RepeatedPtrField<Entity> entities;
  google::protobuf::RepeatedField<int32_t> canonical;
  AliasIndex::Options options;
  options.all_pairs = GetParam();
  options.entities_out = &entities;
  options.canonical_alias_out = &canonical;
  AliasIndex::Build(sets, options);
  ASSERT_EQ(entities.size(), static_cast<int>(messages.size()));
  ASSERT_EQ(canonical.size(), entities.size());
  EntityIdAssigner ids;
  for (int i = 0; i < entities.size(); ++i) {
    EXPECT_TRUE(entities[i].canonical().empty());
    EXPECT_TRUE(entities[i].id().empty());
    ASSERT_GE(canonical[i], 0);
    entities[i].set_canonical(entities[i].aliases(canonical[i]));
    ids.Assign(&entities[i]);
    EXPECT_EQ(entities[i].SerializeAsString(), messages[i].SerializeAsString());
  }
  // The fullest form (most words) is neither the first alias nor the first
  // document's canonical name.
  EXPECT_EQ(entities[0].canonical(), "Youssef al-Hadad");
  EXPECT_EQ(canonical[0], 2);
}

TEST(EntityIdAssignerTest, NumbersRepeatsPastIdsTaken) {
  std::vector<Entity> entities(4);
  entities[0].set_canonical("Omar Nasser");
  entities[1].set_canonical("omar nasser 2");
  entities[2].set_canonical("Omar--Nasser ");
  entities[3].set_canonical("?!");
  EntityIdAssigner ids;
  for (Entity& e : entities) ids.Assign(&e);
  EXPECT_EQ(entities[0].id(), "omar_nasser");
  EXPECT_EQ(entities[1].id(), "omar_nasser_2");
  EXPECT_EQ(entities[2].id(), "omar_nasser_3");
  EXPECT_EQ(entities[3].id(), "entity");
}

TEST(EntitySlugTest, AccentsAndCombiningDiacriticsGiveTheirBaseLetters) {
  EXPECT_EQ(EntitySlug("Puerto Alc\xC3\xA1zar"), "puerto_alcazar");
  // Yoruba "Adébáyọ̀": "ọ" and a combining grave (U+0300); "José" decomposed.
  EXPECT_EQ(EntitySlug("Ad\xC3\xA9" "b\xC3\xA1y\xE1\xBB\x8D\xCC\x80 Jose\xCC\x81"), "adebayo_jose");
}

INSTANTIATE_TEST_SUITE_P(BlockedAndAllPairs, AliasIndexTest,
                         ::testing::Bool());

}  // namespace
}  // namespace xref
