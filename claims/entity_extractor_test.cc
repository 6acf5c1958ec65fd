#include "claims/entity_extractor.h"

#include <algorithm>
#include <string>
#include <vector>

#include "claims/entity_extractor_testing.h"
#include "claims/sentence_splitter.h"
#include "claims/text_normalizer.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsSupersetOf;
using ::testing::Not;
using ::testing::UnorderedElementsAre;

EntityResult Extract(const std::string& text) {
  return DefaultEntityExtractor().Extract(text, SplitSentences(text));
}

// The text of each mention of `r`, in order.
std::vector<std::string> MentionTexts(const std::string& text, const EntityResult& r) {
  std::vector<std::string> texts;
  for (const EntityMentionSpan& m : r.mentions) {
    texts.push_back(text.substr(m.range.begin, m.range.end - m.range.begin));
  }
  return texts;
}

const EntityCluster* Find(const EntityResult& r, const std::string& canonical) {
  for (const EntityCluster& c : r.clusters) {
    if (c.canonical == canonical) return &c;
  }
  return nullptr;
}

TEST(EntityExtractorTest, ATitleWithOfTheInItIsKeptApart) {
  const std::string text =
      "Minister of the Interior Lerato Mokoena visited Kransdorp. Minister of the Economy "
      "Tomas Radu stayed away.";
  const EntityResult r = Extract(text);
  const EntityCluster* lerato = Find(r, "Lerato Mokoena");
  ASSERT_NE(lerato, nullptr);
  EXPECT_EQ(lerato->type, PERSON);
  EXPECT_NE(Find(r, "Tomas Radu"), nullptr);
  EXPECT_THAT(MentionTexts(text, r), ::testing::Not(Contains("Interior Lerato Mokoena")));
}

TEST(EntityExtractorTest, TwoParticlesBetweenCapitalsJoinTheName) {
  const std::string text =
      "Two guards, Pieter van der Berg and Ana de la Fuente, were hurt. Van der Berg died.";
  const EntityResult r = Extract(text);
  const EntityCluster* pieter = Find(r, "Pieter van der Berg");
  ASSERT_NE(pieter, nullptr);
  EXPECT_EQ(pieter->type, PERSON);
  EXPECT_THAT(pieter->aliases, Contains("Van der Berg"));
  EXPECT_NE(Find(r, "Ana de la Fuente"), nullptr);
}

TEST(EntityExtractorTest, ATitleInsideTheCapitalsIsKeptApartWithWhoseTitleItIs) {
  const std::string text =
      "Dorvik Mayor Ato Tesfaye Hailu spoke. Yesterday Kolbrek Governor Lina Ortiz resigned. "
      "She was treated at Kolbrek General Hospital.";
  const EntityResult r = Extract(text);
  const EntityCluster* tesfaye = Find(r, "Tesfaye Hailu");
  ASSERT_NE(tesfaye, nullptr);
  EXPECT_EQ(tesfaye->type, PERSON);
  EXPECT_NE(Find(r, "Lina Ortiz"), nullptr);
  EXPECT_EQ(Find(r, "Dorvik Mayor Ato Tesfaye Hailu"), nullptr);
  EXPECT_EQ(Find(r, "Ato Tesfaye Hailu"), nullptr);
  // Must not: an institution whose name has a title word in it.
  const EntityCluster* hospital = Find(r, "Kolbrek General Hospital");
  ASSERT_NE(hospital, nullptr);
  EXPECT_EQ(hospital->type, ORGANIZATION);
}

TEST(EntityExtractorTest, HyphenatedTitlesAreKeptApart) {
  const std::string text =
      "Prosecutor-General Irina Volkova appealed. Governor-General Sam Ellis signed it.";
  const EntityResult r = Extract(text);
  EXPECT_NE(Find(r, "Irina Volkova"), nullptr);
  EXPECT_NE(Find(r, "Sam Ellis"), nullptr);
  EXPECT_EQ(Find(r, "Prosecutor-General Irina Volkova"), nullptr);
}

TEST(EntityExtractorTest, TitlesAreKeptApart) {
  std::string text = "Interior Minister Yusuf bin Khalid met Gen. Salma Abu Rish in Basra.";
  EntityResult r = Extract(text);
  const EntityCluster* yusuf = Find(r, "Yusuf bin Khalid");
  ASSERT_NE(yusuf, nullptr);
  EXPECT_EQ(yusuf->type, PERSON);
  ASSERT_NE(Find(r, "Salma Abu Rish"), nullptr);
  std::vector<std::string> titles;
  for (const EntityMentionSpan& m : r.mentions) titles.push_back(m.title);
  EXPECT_THAT(titles, Contains("Interior Minister"));
  EXPECT_THAT(titles, Contains("Gen."));
  const EntityCluster* basra = Find(r, "Basra");
  ASSERT_NE(basra, nullptr);
  EXPECT_EQ(basra->type, LOCATION);
  EXPECT_EQ(basra->place_key, "basra");
}

TEST(EntityExtractorTest, PoliceRanksAndCourtesyTitlesAreKeptApart) {
  // As the extractor sees it: normalised ("Maître" as "Maitre").
  std::string text = NormalizeForMatching(
      "Divisional Commissioner Farid Nasri spoke first. Brigadier Karim Sassi was held. "
      "Ma\xC3\xAEtre Amel Gharbi, the family's lawyer, objected. Because Sassi fired, he "
      "was held. He was taken to Sfax Regional Hospital.").text;
  EntityResult r = Extract(text);
  for (const char* name : {"Farid Nasri", "Karim Sassi", "Amel Gharbi"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, PERSON) << name;
  }
  EXPECT_THAT(Find(r, "Karim Sassi")->aliases, UnorderedElementsAre("Karim Sassi", "Sassi"));
  const EntityCluster* hospital = Find(r, "Sfax Regional Hospital");
  ASSERT_NE(hospital, nullptr);
  EXPECT_EQ(hospital->type, ORGANIZATION);
}

TEST(EntityExtractorTest, FrenchAndCreoleTitlesAreKeptApart) {
  std::string text = NormalizeForMatching(
      "Me Wilner Jean-Baptiste spoke for Inspecteur divisionnaire Paul Roy. P\xC3\xA8re "
      "Luc Aupont and Past\xC3\xA8 Eddy Nord prayed, and Commissaire Frantz Lamy "
      "listened. Me and my brother left.").text;
  EntityResult r = Extract(text);
  for (const char* name : {"Wilner Jean-Baptiste", "Paul Roy", "Luc Aupont", "Eddy Nord",
                           "Frantz Lamy"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, PERSON) << name;
  }
  // Must not: the pronoun before a word in lower case.
  EXPECT_THAT(MentionTexts(text, r), ::testing::Not(Contains(::testing::HasSubstr("Me and"))));
}

TEST(EntityExtractorTest, OfficesAndFormsOfRespectAroundANameAreKeptApart) {
  // Titles of councils, assemblies, police ranks and the clergy before the
  // name; a form of respect after it.
  std::string text =
      "Councillor Tariq Mahmood was shot on Monday. MPA Salma Javed blamed SSP Imran "
      "Qadir, and Maulana Habib Ansari led the prayers as Aslam Pervez wept. Later, Aslam Bhai "
      "said Tariq Sahib had no enemies, and Advocate Nida Rana agreed.";
  EntityResult r = Extract(text);
  for (const char* name : {"Tariq Mahmood", "Salma Javed", "Imran Qadir", "Habib Ansari",
                           "Nida Rana"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, PERSON) << name;
  }
  EXPECT_THAT(MentionTexts(text, r), ::testing::Not(Contains("Aslam Bhai")));
  // The given name alone, without its form of respect, is the person.
  ASSERT_NE(Find(r, "Aslam Pervez"), nullptr);
  EXPECT_THAT(Find(r, "Aslam Pervez")->aliases, Contains("Aslam"));
  EXPECT_THAT(Find(r, "Tariq Mahmood")->aliases, Contains("Tariq"));
}

TEST(EntityExtractorTest, ATitledPersonOfAnInstitutionIsTwoNames) {
  std::string text =
      "District Judge Maya Gurung of Tarsang District Court granted bail, and Inspector Leo "
      "Brandt of Harbour Police agreed. The Bank of Kelmar Holdings and the Court of Appeal "
      "stayed silent.";
  EntityResult r = Extract(text);
  ASSERT_NE(Find(r, "Maya Gurung"), nullptr);
  EXPECT_EQ(Find(r, "Maya Gurung")->type, PERSON);
  ASSERT_NE(Find(r, "Tarsang District Court"), nullptr);
  EXPECT_EQ(Find(r, "Tarsang District Court")->type, ORGANIZATION);
  ASSERT_NE(Find(r, "Leo Brandt"), nullptr);
  ASSERT_NE(Find(r, "Harbour Police"), nullptr);
  // No title: a name with "of" in it stays whole.
  EXPECT_NE(Find(r, "Bank of Kelmar Holdings"), nullptr);
  EXPECT_NE(Find(r, "Court of Appeal"), nullptr);
}

TEST(EntityExtractorTest, ANumbersAbbreviationEndsAName) {
  std::string text =
      "Crowds gathered in Ward No. 4 of Kelmar Municipality and outside City Hospital No. 2, "
      "and Noor Hassan No. spoke.";
  EntityResult r = Extract(text);
  const std::vector<std::string> names = MentionTexts(text, r);
  EXPECT_THAT(names, Contains("City Hospital"));
  for (const char* not_a_name : {"Ward", "Ward No", "City Hospital No"}) {
    EXPECT_THAT(names, ::testing::Not(Contains(not_a_name)));
  }
}

TEST(EntityExtractorTest, AFormOfRespectAfterANameIsKeptOnItsMention) {
  // Written apart ("Dai", "Bhai") or joined by a hyphen ("-ji").
  std::string text =
      "Kiran Thapa Magar spoke first. \"Kiran Dai is still inside,\" said Sunil Rai. "
      "Later Sunil-ji and Kiran Bhai left together.";
  EntityResult r = Extract(text);
  std::vector<std::string> forms;
  for (const EntityMentionSpan& m : r.mentions) {
    forms.push_back(absl::StrCat(
        text.substr(m.range.begin, m.range.end - m.range.begin), "|", m.honorific));
  }
  EXPECT_THAT(forms, ::testing::IsSupersetOf({"Kiran|Dai", "Sunil|-ji", "Kiran|Bhai",
                                              "Kiran Thapa Magar|", "Sunil Rai|"}));
  ASSERT_NE(Find(r, "Sunil Rai"), nullptr);
  EXPECT_THAT(Find(r, "Sunil Rai")->aliases, Contains("Sunil"));
}

TEST(EntityExtractorTest, PoliceRanksWrittenShortAreTitles) {
  EntityResult r = Extract(
      "SP Karim Haldar said the station's OC Babul Mondal and SI Rina Pal had left. "
      "Officer-in-Charge Jamal Sikdar stayed.");
  for (const char* name : {"Karim Haldar", "Babul Mondal", "Rina Pal", "Jamal Sikdar"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, PERSON) << name;
  }
  EXPECT_EQ(Find(r, "OC"), nullptr);
  std::vector<std::string> titles;
  for (const EntityMentionSpan& m : r.mentions) titles.push_back(m.title);
  EXPECT_THAT(titles, ::testing::IsSupersetOf({"SP", "OC", "SI", "Officer-in-Charge"}));
}

TEST(EntityExtractorTest, SwahiliBodiesAndPluralCourtsAreOrganisations) {
  EntityResult r = Extract(
      "The Bunge la Taifa met. Lawyers went to the Mahakama Kuu and then to the Kibera Law "
      "Courts, where the Jeshi la Polisi had filed papers. Baraza la Wazee spoke.");
  for (const char* name :
       {"Bunge la Taifa", "Mahakama Kuu", "Kibera Law Courts", "Jeshi la Polisi"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, ORGANIZATION) << name;
  }
}

// A title given alone as a name ("calls \"Mwalimu\"", "known as Doctor")
// is a name; before a name it stays a title.
TEST(EntityExtractorTest, ATitleGivenAsANameIsAName) {
  EntityResult r = Extract(
      "Police held a teacher whom everyone in the port calls \"Mwalimu\". A medic, known as "
      "Doctor, fled. Mwalimu Juma Hassan spoke.");
  for (const char* name : {"Mwalimu", "Doctor", "Juma Hassan"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, PERSON) << name;
  }
  EXPECT_EQ(Find(r, "Mwalimu Juma Hassan"), nullptr);
}

TEST(EntityExtractorTest, AssemblyMembersEldersAndCommandersTitlesAreKeptApart) {
  EntityResult r = Extract(
      "Hon. Wanjiru Kamau, the Rift Valley MCA, and the ward's Mheshimiwa Halima Said Nyundo "
      "met Mzee Kazungu Baya. Shehe Abubakar Jilo prayed. OCPD Peter Ndirangu and the "
      "Officer Commanding Station (OCS), Grace Atieno, said the Honourable Kamau had left. "
      "Later Nyundo County MCA Mheshimiwa Rashid Tsuma spoke.");
  for (const char* name : {"Wanjiru Kamau", "Halima Said Nyundo", "Kazungu Baya",
                           "Abubakar Jilo", "Peter Ndirangu", "Rashid Tsuma"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, PERSON) << name;
  }
  for (const char* not_a_name : {"Hon", "MCA", "Commanding Station", "OCS", "Mzee Kazungu Baya"}) {
    EXPECT_EQ(Find(r, not_a_name), nullptr) << not_a_name;
  }
  EXPECT_THAT(Find(r, "Wanjiru Kamau")->aliases, Contains("Kamau"));
  std::vector<std::string> titles;
  for (const EntityMentionSpan& m : r.mentions) titles.push_back(m.title);
  EXPECT_THAT(titles, ::testing::IsSupersetOf({"Hon.", "Mheshimiwa", "Mzee", "Shehe", "OCPD",
                                               "Honourable"}));
}

TEST(EntityExtractorTest, HonorificsOfRespectAndKinshipAreKeptApart) {
  // Forms of address news quotes as speakers use them: the name after one
  // is the person's, and a surname after one joins the full name.
  std::string text =
      "Villagers said Sizwe Ndlovu was taken before dawn. By noon Baba Ndlovu was home. "
      "Alhaji Musa Danjuma paid the fine, and Ibu Sari Wulandari thanked him. "
      "Father Tomas Riordan and Comrade Lindiwe Zungu spoke at the gate. Ato Dawit Alemu "
      // "Dona": the letters folded, as extraction reads them.
      "agreed. Dona Elena Mamani and Doctora Ines Paredes came later. Aling Rosa Dimalanta "
      "and Ka Berto Malvar wept, Pak Joko Susilo prayed, and Mehmet Bey left.";
  EntityResult r = Extract(text);
  for (const char* name : {"Sizwe Ndlovu", "Musa Danjuma", "Sari Wulandari", "Tomas Riordan",
                           "Lindiwe Zungu", "Dawit Alemu", "Elena Mamani", "Ines Paredes",
                           "Rosa Dimalanta", "Berto Malvar", "Joko Susilo"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, PERSON) << name;
  }
  EXPECT_THAT(Find(r, "Sizwe Ndlovu")->aliases, Contains("Ndlovu"));
  EXPECT_EQ(Find(r, "Baba Ndlovu"), nullptr);
  std::vector<std::string> titles;
  for (const EntityMentionSpan& m : r.mentions) titles.push_back(m.title);
  EXPECT_THAT(titles, Contains("Baba"));
  EXPECT_THAT(titles, Contains("Alhaji"));
  EXPECT_THAT(titles, Contains("Aling"));
  EXPECT_THAT(titles, Contains("Ka"));
  EXPECT_THAT(titles, Contains("Pak"));
  EXPECT_EQ(Find(r, "Mehmet Bey"), nullptr);
  // A title inside the name of an institution stays in it.
  EntityResult org = Extract("Food came from the Father Ocampo Foundation on Monday.");
  ASSERT_NE(Find(org, "Father Ocampo Foundation"), nullptr);
  EXPECT_EQ(Find(org, "Father Ocampo Foundation")->type, ORGANIZATION);
}

TEST(EntityExtractorTest, MalaysianHonoursAndPatronymsAreReadAsSuch) {
  // Honours and forms of address before the name are titles; "binti",
  // "a/l" and "s/o" join a given name to the father's.
  std::string text =
      "Officers detained YB Datuk Seri Kamal Arif bin Yusof on Monday. Datin Seri Aminah "
      "binti Salleh visited him, and Tuan Haji Idris bin Musa spoke for the party. "
      "Their lawyer, Ramasamy a/l Subramaniam, was with Encik Kamal Arif all day.";
  EntityResult r = Extract(text);
  for (const char* name :
       {"Kamal Arif bin Yusof", "Aminah binti Salleh", "Idris bin Musa",
        "Ramasamy a/l Subramaniam"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, PERSON) << name;
  }
  EXPECT_THAT(Find(r, "Kamal Arif bin Yusof")->aliases, Contains("Kamal Arif"));
  std::vector<std::string> titles;
  for (const EntityMentionSpan& m : r.mentions) titles.push_back(m.title);
  EXPECT_THAT(titles, IsSupersetOf({"YB Datuk Seri", "Datin Seri", "Tuan Haji", "Encik"}));
  // A slash between words that are no patronym still splits them.
  EntityResult other = Extract("Ramasamy w/o Subramaniam and Arjun and/or Dev came.");
  EXPECT_EQ(Find(other, "Ramasamy a/l Subramaniam"), nullptr);
  EXPECT_EQ(Find(other, "Ramasamy w/o Subramaniam"), nullptr);
}

TEST(EntityExtractorTest, WordsThatLengthenATitleAreKeptApartWithIt) {
  std::string text =
      "District Governor Anil Varga said the road was closed. Chief Public Prosecutor "
      "Meret Osk filed the case, and Acting Mayor Lio Fenn resigned on Friday. "
      "Deputy Regional Commissioner Ruth Tamm was not told. The State Security Committee "
      "and the District Court were shut. Senior officials said Chief Oduya left.";
  EntityResult r = Extract(text);
  for (const char* name : {"Anil Varga", "Meret Osk", "Lio Fenn", "Ruth Tamm"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, PERSON) << name;
  }
  std::vector<std::string> titles;
  for (const EntityMentionSpan& m : r.mentions) titles.push_back(m.title);
  EXPECT_THAT(titles, IsSupersetOf({"District Governor", "Chief Public Prosecutor",
                                    "Acting Mayor", "Deputy Regional Commissioner"}));
  // Before a word that is no title they are part of the name.
  ASSERT_NE(Find(r, "State Security Committee"), nullptr);
  ASSERT_NE(Find(r, "District Court"), nullptr);
  EXPECT_EQ(Find(r, "District Court")->type, ORGANIZATION);
}

TEST(EntityExtractorTest, APlaceSuffixAfterAHyphenMakesAPlaceOfTheNameWithoutIt) {
  EntityResult r = Extract(
      "Police raided a shop in Sinchon-dong on Monday and more shops in Sinchon on Tuesday. "
      "Mapo-gu officials were silent. Kim Hyun-gu, a shopkeeper, was hurt.");
  const EntityCluster* place = Find(r, "Sinchon-dong");
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->type, LOCATION);
  EXPECT_THAT(place->aliases, Contains("Sinchon"));
  ASSERT_NE(Find(r, "Mapo-gu"), nullptr);
  EXPECT_EQ(Find(r, "Mapo-gu")->type, LOCATION);
  ASSERT_NE(Find(r, "Kim Hyun-gu"), nullptr);
  EXPECT_EQ(Find(r, "Kim Hyun-gu")->type, PERSON);
}

TEST(EntityExtractorTest, AFamilyNameWrittenFirstIsTheSurname) {
  // "Kim Ho-jin": family name first, so "Mr Kim" right after him is he,
  // not the other Kim named before.
  EntityResult r = Extract(
      "Kim Tae-su, the police chief, defended the raid. Kim Ho-jin was detained with two "
      "others. Mr Kim was freed on Friday.");
  const EntityCluster* c = Find(r, "Kim Ho-jin");
  ASSERT_NE(c, nullptr);
  EXPECT_THAT(c->aliases, Contains("Kim"));
  ASSERT_NE(Find(r, "Kim Tae-su"), nullptr);
  EXPECT_THAT(Find(r, "Kim Tae-su")->aliases, ::testing::Not(Contains("Kim")));
}

TEST(EntityExtractorTest, AModifierAndATitleJoinedByAHyphenAreATitle) {
  EntityResult r = Extract(
      "Vice-chairman Tomas Greer was freed on Monday, and Deputy-Governor Lina Haddad "
      "resigned. Abu-Bakr Hassan and Jean-Pierre Dufour spoke. Co-Mayor Dilan Orhan was "
      "detained. Lawyer Sevim Kaya said so.");
  for (const char* name : {"Tomas Greer", "Lina Haddad", "Abu-Bakr Hassan", "Jean-Pierre Dufour",
                           "Dilan Orhan", "Sevim Kaya"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, PERSON) << name;
  }
  std::vector<std::string> titles;
  for (const EntityMentionSpan& m : r.mentions) titles.push_back(m.title);
  EXPECT_THAT(titles, IsSupersetOf({"Vice-chairman", "Deputy-Governor", "Co-Mayor", "Lawyer"}));
}

TEST(EntityExtractorTest, APlaceAfterWordsThatQualifyPlacesIsThePlace) {
  EntityResult r = Extract(
      "Rain flooded Greater Cairo on Monday, and shells hit Downtown Beirut. "
      "Prosecutor Ana Lima objected. The lawyer, Marco Paris, agreed, and Judge Sofia "
      "Jordan ruled. Few trusted post-Enver Hoxha Albania or pro-Kabila Congo.");
  for (const char* place : {"Cairo", "Beirut", "Albania"}) {
    const EntityCluster* c = Find(r, place);
    ASSERT_NE(c, nullptr) << place;
    EXPECT_EQ(c->type, LOCATION) << place;
  }
  // People whose surname is a place's name.
  for (const char* name : {"Ana Lima", "Marco Paris", "Sofia Jordan"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, PERSON) << name;
  }
  EXPECT_EQ(Find(r, "Lima"), nullptr);
  EXPECT_EQ(Find(r, "Jordan"), nullptr);
  EXPECT_EQ(Find(r, "Hoxha Albania"), nullptr);
}

TEST(EntityExtractorTest, AMonthWrittenShortIsNoName) {
  // Not even beside the capitals of a dateline, which read as an acronym.
  EntityResult r = Extract(
      "ORSK, SEPT. 20 (KNA) - The march on Sept. 17 and the vigil on Oct. 2 passed off "
      "calmly.");
  for (const EntityCluster& c : r.clusters) {
    for (const std::string& alias : c.aliases) {
      EXPECT_NE(alias, "Sept") << c.canonical;
      EXPECT_NE(alias, "Oct") << c.canonical;
    }
  }
}

TEST(EntityExtractorTest, APlacePrefixIsNoPartOfThePlacesName) {
  EntityResult r = Extract(
      "Troops searched Kabupaten Wirosari on Monday. Farmers from Barangay Maligaya "
      "marched to the capital, and the Barangay Council met.");
  for (const char* place : {"Wirosari", "Maligaya"}) {
    const EntityCluster* c = Find(r, place);
    ASSERT_NE(c, nullptr) << place;
    EXPECT_EQ(c->type, LOCATION) << place;
    EXPECT_EQ(c->canonical, place);
  }
  EXPECT_EQ(Find(r, "Kabupaten Wirosari"), nullptr);
  // Not before an institution's name.
  EXPECT_EQ(Find(r, "Council"), nullptr);
}

TEST(EntityExtractorTest, AWordThatIsOnePersonsSurnameAndAnothersGivenNameJoinsTheLastNamed) {
  // Patronymic names: the son's second name is his father's given name.
  EntityResult r = Extract(
      "Police arrested Lemma Girma on Monday. His father, Girma Tola, farms near the town, "
      "and Lemma helps him. \"He never listens,\" Girma says.");
  ASSERT_NE(Find(r, "Girma Tola"), nullptr);
  EXPECT_THAT(Find(r, "Girma Tola")->aliases, Contains("Girma"));
  ASSERT_NE(Find(r, "Lemma Girma"), nullptr);
  EXPECT_THAT(Find(r, "Lemma Girma")->aliases, ::testing::Not(Contains("Girma")));
  // Named last as a surname: the surname's.
  EntityResult s = Extract(
      "Girma Tola farms near the town. Police arrested Lemma Girma on Monday. Girma denied "
      "the charge.");
  ASSERT_NE(Find(s, "Lemma Girma"), nullptr);
  EXPECT_THAT(Find(s, "Lemma Girma")->aliases, Contains("Girma"));
}

TEST(EntityExtractorTest, AGivenNameWrittenShortIsPartOfTheName) {
  EntityResult r = Extract("Police named the victim as Mohd. Rafiq Shah on Monday. Shah was 40.");
  ASSERT_NE(Find(r, "Mohd. Rafiq Shah"), nullptr);
  EXPECT_THAT(Find(r, "Mohd. Rafiq Shah")->aliases, Contains("Shah"));
  EXPECT_EQ(Find(r, "Mohd"), nullptr);
}

TEST(EntityExtractorTest, AGivenNameOfSeveralPeopleIsTheOneNamedLastBeforeIt) {
  EntityResult r = Extract(
      "Police held a welder, Aung Min Lwin, and his cousin Min Thet. Their lawyer, Mr Min Soe "
      "Naing, said he would appeal. \"This is not a crime,\" Min said.");
  ASSERT_NE(Find(r, "Min Soe Naing"), nullptr);
  EXPECT_THAT(Find(r, "Min Soe Naing")->aliases, Contains("Min"));
  // Not the one whose name has the word inside.
  ASSERT_NE(Find(r, "Aung Min Lwin"), nullptr);
  EXPECT_THAT(Find(r, "Aung Min Lwin")->aliases, Not(Contains("Min")));
  // Nor someone named with a rank: a writer does not call him by it.
  EntityResult ranked = Extract(
      "Guards detained the driver, Ivan Sokolov. Colonel Ivan Petrov of the border service "
      "defended the arrest. Ivan says he never crossed the line.");
  ASSERT_NE(Find(ranked, "Ivan Sokolov"), nullptr);
  EXPECT_THAT(Find(ranked, "Ivan Sokolov")->aliases, Contains("Ivan"));
  ASSERT_NE(Find(ranked, "Ivan Petrov"), nullptr);
  EXPECT_THAT(Find(ranked, "Ivan Petrov")->aliases, Not(Contains("Ivan")));
}

TEST(EntityExtractorTest, FormsOfAddressThatAreAlsoNameWordsAreTitlesBeforeTwoWords) {
  EntityResult r = Extract(
      "Police detained Ko Min Thura and Daw Khin Aye in Dalgor. Sayadaw U Pannya led the "
      "march. Ma Ying-jeou and U Thant were not there.");
  for (const char* name : {"Min Thura", "Khin Aye", "U Pannya", "Ma Ying-jeou", "U Thant"}) {
    EXPECT_NE(Find(r, name), nullptr) << name;
  }
  ASSERT_NE(Find(r, "Min Thura"), nullptr);
  EXPECT_THAT(Find(r, "Min Thura")->aliases, Not(Contains("Ko Min Thura")));
  // Before one word, a title when the text also writes the word without it.
  EntityResult one = Extract("Police detained Ma Kalyarmoe in Dalgor. Kalyarmoe is a reporter.");
  EXPECT_NE(Find(one, "Kalyarmoe"), nullptr);
  EXPECT_EQ(Find(one, "Ma Kalyarmoe"), nullptr);
  // Alone, a form of address is no title of anyone ("Ma." for Maria).
  EntityResult alone = Extract("Police named Ma. Lourdes Santos as the driver. Ko left. Ma.");
  EXPECT_NE(Find(alone, "Lourdes Santos"), nullptr);
}

TEST(EntityExtractorTest, AKindOfPlaceSetOffByACommaMarksThePlaceAfterIt) {
  EntityResult r = Extract("Police arrested Tom Reed in the capital, Velmar, on Monday.");
  ASSERT_NE(Find(r, "Velmar"), nullptr);
  EXPECT_EQ(Find(r, "Velmar")->type, LOCATION);
  // Not a speaker after it, nor a person after "of the town".
  EntityResult speaker = Extract(
      "Officers took him into custody near the hill, Ann Lee said. The mayor of the town, "
      "Bo Dee, marched.");
  for (const EntityCluster& c : speaker.clusters) EXPECT_NE(c.type, LOCATION) << c.canonical;
}

TEST(EntityExtractorTest, APrisonNamedAfterItsTownIsAPlaceInIt) {
  EntityResult r = Extract(
      "Guards in Velmar beat him. He was held at Velmar Central Prison for a year.");
  const EntityCluster* prison = Find(r, "Velmar Central Prison");
  ASSERT_NE(prison, nullptr);
  EXPECT_EQ(prison->type, LOCATION);
  const EntityCluster* town = Find(r, "Velmar");
  ASSERT_NE(town, nullptr);
  EXPECT_THAT(prison->within, ElementsAre(town->place_key));
}

// "X Ward" holds the place X it is named after; "X in Y" puts X in Y.
TEST(EntityExtractorTest, AWardHoldsThePlaceItIsNamedAfter) {
  EntityResult r = Extract(
      "Police fired on marchers in Tumaini Ward in Port Kasa. Six died in Tumaini. Troops "
      "moved from the town of Velmar in the morning to the town of Ossa.");
  const EntityCluster* ward = Find(r, "Tumaini Ward");
  const EntityCluster* place = Find(r, "Tumaini");
  const EntityCluster* port = Find(r, "Port Kasa");
  ASSERT_NE(ward, nullptr);
  ASSERT_NE(place, nullptr);
  ASSERT_NE(port, nullptr);
  EXPECT_THAT(place->within, ElementsAre(ward->place_key));
  EXPECT_THAT(ward->within, ElementsAre(port->place_key));
  // Not two places one after the other.
  const EntityCluster* velmar = Find(r, "Velmar");
  ASSERT_NE(velmar, nullptr);
  EXPECT_THAT(velmar->within, ::testing::IsEmpty());
}

TEST(EntityExtractorTest, ANicknameInQuotesInsideANameIsItsAlias) {
  EntityResult r = Extract(
      "The march was led by Tom \"Ohm\" Reed, a law student, and Ann \"Nok\" Lee. Ohm spoke "
      "first. He said \"No\" Twice.");
  const EntityCluster* tom = Find(r, "Tom Reed");
  ASSERT_NE(tom, nullptr);
  EXPECT_THAT(tom->aliases, Contains("Ohm"));
  const EntityCluster* ann = Find(r, "Ann Lee");
  ASSERT_NE(ann, nullptr);
  EXPECT_THAT(ann->aliases, Contains("Nok"));
  // A quoted word between capitals that make no name is no nickname.
  EXPECT_EQ(Find(r, "No"), nullptr);
}

TEST(EntityExtractorTest, ThaiFormsOfAddressAndPoliceRanksAreTitles) {
  EntityResult r = Extract(
      "Pol Col Anan Sukjai said Khun Wanida Meesuk was held. Pol. Lt. Gen. Surachai Kamphaeng "
      "spoke. Lung Boonlert waited. Boonlert is 60.");
  for (const char* name : {"Anan Sukjai", "Wanida Meesuk", "Surachai Kamphaeng", "Boonlert"}) {
    EXPECT_NE(Find(r, name), nullptr) << name;
  }
  EXPECT_EQ(Find(r, "Lung Boonlert"), nullptr);
}

TEST(EntityExtractorTest, APartOfATownNamedWithItMarksAPlace) {
  for (const char* sentence : {"Shells fell on the crowded market of Dalgor.",
                               "Troops patrolled the outskirts of Dalgor.",
                               "Crowds filled the streets of Dalgor.",
                               "A blast shook the centre of Dalgor."}) {
    EntityResult r = Extract(sentence);
    ASSERT_NE(Find(r, "Dalgor"), nullptr) << sentence;
    EXPECT_EQ(Find(r, "Dalgor")->type, LOCATION) << sentence;
  }
}

TEST(EntityExtractorTest, InitialsOfTwoLettersArePartOfTheName) {
  EntityResult r = Extract(
      "Investigators questioned Ya. P. Orlova and T. Kh. Umarov on Friday. Orlova denied it.");
  ASSERT_NE(Find(r, "Ya. P. Orlova"), nullptr);
  EXPECT_THAT(Find(r, "Ya. P. Orlova")->aliases, Contains("Orlova"));
  ASSERT_NE(Find(r, "T. Kh. Umarov"), nullptr);
  EXPECT_EQ(Find(r, "T. Kh"), nullptr);
  // Two letters are an initial only when transliterations write one so.
  EntityResult other = Extract("Police questioned T. Mr. Umarov on Friday.");
  EXPECT_EQ(Find(other, "T. Mr. Umarov"), nullptr);
}

TEST(EntityExtractorTest, InstitutionsNamedWithAPossessiveOrATitleAreOneName) {
  std::string text =
      "The Harbour Dockers' Federation and the Tin Smelters' Mutual Union (TSMU) struck. "
      "Nkuli Vusi appeared at Lowveld Magistrate's Court. The Police Standards Board "
      "met at Queen Adela Hospital. Ruritania's National Guard said so. Police said "
      "Kezia's Trust paid, and Police Commissioner Amos Dube agreed.";
  EntityResult r = Extract(text);
  for (const char* name : {"Harbour Dockers' Federation", "Tin Smelters' Mutual Union",
                           "Lowveld Magistrate's Court", "Police Standards Board",
                           "Queen Adela Hospital", "National Guard"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, ORGANIZATION) << name;
  }
  EXPECT_EQ(Find(r, "Tin Smelters' Mutual Union")->acronym, "TSMU");
  // A name's possessive ends it; "Police" alone starts no name.
  EXPECT_EQ(Find(r, "Ruritania's National Guard"), nullptr);
  EXPECT_EQ(Find(r, "Kezia's Trust"), nullptr);
  ASSERT_NE(Find(r, "Amos Dube"), nullptr);
  EXPECT_EQ(Find(r, "Amos Dube")->type, PERSON);
  EXPECT_EQ(Find(r, "Police"), nullptr);
}

TEST(EntityExtractorTest, AcronymJoinsExpansion) {
  std::string text =
      "The National Salvation Front (NSF) rejected the plan. The NSF said it would vote no.";
  EntityResult r = Extract(text);
  const EntityCluster* nsf = Find(r, "National Salvation Front");
  ASSERT_NE(nsf, nullptr);
  EXPECT_EQ(nsf->type, ORGANIZATION);
  EXPECT_EQ(nsf->acronym, "NSF");
  EXPECT_THAT(nsf->aliases, UnorderedElementsAre("National Salvation Front", "NSF"));
}

TEST(EntityExtractorTest, StopWordsTheAcronymSpellsArePartOfTheExpansion) {
  std::string text = "Agents of the Security Affairs Unit (SAU) came. Police Audit Board "
                     "(PAB) staff left.";
  EntityResult r = Extract(text);
  for (const auto& [name, acronym] : std::vector<std::pair<std::string, std::string>>{
           {"Security Affairs Unit", "SAU"},
           {"Police Audit Board", "PAB"}}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->acronym, acronym) << name;
  }
}

// A name whose acronym spells its capitals across lower-case words between
// them runs over those words; when the acronym does not spell them, the
// names stay apart.
TEST(EntityExtractorTest, AnAcronymSpellsANameAcrossLowerCaseWords) {
  std::string text =
      "Officers of the Bureau of Revenue and Customs (BRC) came. Chama cha Wakulima wa "
      "Pwani (CWP) members marched. The Malawi Labour Party and Unity Front (UF) split. "
      "Traders from Kenya and Uganda (EAC) met Musa Kibet and Juma Otieno (KOT).";
  EntityResult r = Extract(text);
  for (const auto& [name, acronym] : std::vector<std::pair<std::string, std::string>>{
           {"Bureau of Revenue and Customs", "BRC"},
           {"Chama cha Wakulima wa Pwani", "CWP"},
           {"Unity Front", "UF"}}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, ORGANIZATION) << name;
    EXPECT_EQ(c->acronym, acronym) << name;
  }
  for (const char* apart : {"Malawi Labour Party", "Kenya", "Uganda", "Musa Kibet",
                            "Juma Otieno"}) {
    EXPECT_NE(Find(r, apart), nullptr) << apart;
  }
  EXPECT_EQ(Find(r, "Kenya and Uganda"), nullptr);
  EXPECT_EQ(Find(r, "Musa Kibet and Juma Otieno"), nullptr);
}

// A body's name in sentence case, as French and Spanish write them, runs
// over its lower-case words when the acronym after it spells them; without
// such an acronym, the capitals alone are the name.
TEST(EntityExtractorTest, AnAcronymSpellsANameInSentenceCase) {
  std::string text = NormalizeForMatching(
      "On Monday the Direction de la police judiciaire (DPJ) questioned him. The Conseil de "
      "transition r\xC3\xA9publicaine (CTR) met. Officers of the Police nationale lakouane "
      "(PNL) came. The Movimiento de unidad obrera (MUO) marched. The Garde nationale met "
      "Tribunal staff (TRS) and the Bureau de presse (XYZ).").text;
  EntityResult r = Extract(text);
  for (const auto& [name, acronym] : std::vector<std::pair<std::string, std::string>>{
           {"Direction de la police judiciaire", "DPJ"},
           {"Conseil de transition republicaine", "CTR"},
           {"Police nationale lakouane", "PNL"},
           {"Movimiento de unidad obrera", "MUO"}}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, ORGANIZATION) << name;
    EXPECT_EQ(c->acronym, acronym) << name;
  }
  // Must not: lower-case words the acronym does not spell, or no acronym.
  EXPECT_EQ(Find(r, "Bureau de presse"), nullptr);
  EXPECT_EQ(Find(r, "Garde nationale"), nullptr);
  EXPECT_EQ(Find(r, "Tribunal staff"), nullptr);
}

// A name the text calls an armed group ("the gang X", "X gunmen") or a
// group "known as" it is an organisation, there and wherever else it stands
// without a title.
TEST(EntityExtractorTest, ANameCalledAnArmedGroupIsAnOrganisation) {
  std::string text =
      "Residents fear Kata Lagon. Armed men of the gang Kata Lagon came at night, and Vel "
      "Doru gunmen followed. Vel Doru denied it. The party Ivo Lund founded met in Orsk. A "
      "coalition known as Senk Zetwal rules the port.";
  EntityResult r = Extract(text);
  for (const char* name : {"Kata Lagon", "Vel Doru", "Senk Zetwal"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, ORGANIZATION) << name;
  }
  // Must not: a group of another kind before a name.
  const EntityCluster* lund = Find(r, "Ivo Lund");
  ASSERT_NE(lund, nullptr);
  EXPECT_EQ(lund->type, PERSON);
}

TEST(EntityExtractorTest, SurnameAndSpellingVariantsCluster) {
  std::string text =
      "Police questioned Hamid al-Obeidi on Monday. Al-Obeidi's lawyer objected. "
      "Later, Obeidi was freed.";
  EntityResult r = Extract(text);
  int persons = 0;
  for (const EntityCluster& c : r.clusters) persons += c.type == PERSON;
  EXPECT_EQ(persons, 1);
  const EntityCluster* hamid = Find(r, "Hamid al-Obeidi");
  ASSERT_NE(hamid, nullptr);
  EXPECT_THAT(hamid->aliases, UnorderedElementsAre("Hamid al-Obeidi", "Al-Obeidi", "Obeidi"));
}

TEST(EntityExtractorTest, ASurnameWithAParticleIsKnownByBoth) {
  // "Ben" or "ben" before the last word begins the surname: "Ben Tahar"
  // alone is the person, and a last word that is also a place's name
  // ("Amara") stays part of the person's name.
  std::string text =
      "Police questioned Karim Ben Tahar in Sfax on Monday. Ben Tahar denied it. "
      "Officers said Nadia ben Amara saw him. Ben Amara left.";
  EntityResult r = Extract(text);
  const EntityCluster* tahar = Find(r, "Karim Ben Tahar");
  ASSERT_NE(tahar, nullptr);
  EXPECT_THAT(tahar->aliases, UnorderedElementsAre("Karim Ben Tahar", "Ben Tahar"));
  const EntityCluster* amara = Find(r, "Nadia ben Amara");
  ASSERT_NE(amara, nullptr);
  EXPECT_EQ(amara->type, PERSON);
  EXPECT_THAT(amara->aliases, UnorderedElementsAre("Nadia ben Amara", "Ben Amara"));
  EXPECT_EQ(Find(r, "Amara"), nullptr);
  // "Ben" as a given name: the surname alone is the person too.
  std::string english = "Ben Carter said it was over. Carter left.";
  EntityResult e = Extract(english);
  const EntityCluster* carter = Find(e, "Ben Carter");
  ASSERT_NE(carter, nullptr);
  EXPECT_THAT(carter->aliases, UnorderedElementsAre("Ben Carter", "Carter"));
}

TEST(EntityExtractorTest, ASurnameAloneIsNotThePersonNamedAsKin) {
  // The cousin is named last before "Haddad's", but as the victim's kin:
  // the surname alone is the victim.
  std::string text =
      "Omar Haddad, 23, was stabbed outside a cafe. Police said Haddad had been "
      "threatened. Nour Haddad, the victim's cousin, spoke to reporters. Haddad's "
      "funeral is on Friday. His sister Lina Haddad was not there.";
  EntityResult r = Extract(text);
  const EntityCluster* omar = Find(r, "Omar Haddad");
  ASSERT_NE(omar, nullptr);
  EXPECT_THAT(omar->aliases, UnorderedElementsAre("Omar Haddad", "Haddad"));
  const EntityCluster* nour = Find(r, "Nour Haddad");
  ASSERT_NE(nour, nullptr);
  EXPECT_THAT(nour->aliases, UnorderedElementsAre("Nour Haddad"));
  ASSERT_NE(Find(r, "Lina Haddad"), nullptr);
  // With only kin of that surname, the usual choice stands.
  std::string kin_only =
      "His brother Sami Khoury spoke first. Khoury said the family would appeal.";
  EntityResult k = Extract(kin_only);
  const EntityCluster* sami = Find(k, "Sami Khoury");
  ASSERT_NE(sami, nullptr);
  EXPECT_THAT(sami->aliases, UnorderedElementsAre("Sami Khoury", "Khoury"));
}

TEST(EntityExtractorTest, AGivenNameAloneIsTheOnePersonOfThatName) {
  std::string text =
      "Police questioned Youssef Ben Amara and Leila Haddad on Monday. Youssef denied it. "
      "Karim Sassi and Karim Nasri left. Karim came back. Shapla Knitwear and Shapla "
      "Sharif were named. Shapla was fined.";
  EntityResult r = Extract(text);
  const EntityCluster* youssef = Find(r, "Youssef Ben Amara");
  ASSERT_NE(youssef, nullptr);
  EXPECT_THAT(youssef->aliases, UnorderedElementsAre("Youssef Ben Amara", "Youssef"));
  // Two people of one given name, or a company that begins with it: the
  // word alone binds to none.
  for (const char* name : {"Karim Sassi", "Karim Nasri", "Shapla Sharif"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_THAT(c->aliases, UnorderedElementsAre(name));
  }
  const EntityCluster* company = Find(r, "Shapla Knitwear");
  ASSERT_NE(company, nullptr);
  EXPECT_EQ(company->type, ORGANIZATION);
}

TEST(EntityExtractorTest, ANameWithoutItsGivenNameIsThePersonNamedInFull) {
  // Two surnames, as Spanish and Portuguese names have them.
  EntityResult r = Extract(
      "Captain Luis Ortega Vidal was shot near the bridge. Ortega Vidal, 31, died in "
      "hospital, and Rosa Lima Duarte said the convoy was unarmed. Lima Duarte is a nurse.");
  const EntityCluster* captain = Find(r, "Luis Ortega Vidal");
  const EntityCluster* nurse = Find(r, "Rosa Lima Duarte");
  ASSERT_NE(captain, nullptr);
  ASSERT_NE(nurse, nullptr);
  EXPECT_THAT(captain->aliases, UnorderedElementsAre("Luis Ortega Vidal", "Ortega Vidal"));
  EXPECT_THAT(nurse->aliases, UnorderedElementsAre("Rosa Lima Duarte", "Lima Duarte"));
  // Must not bind: the words two people's names end in, and a full name
  // whose last word only is another's.
  EntityResult two = Extract(
      "Luis Ortega Vidal and his sister Ana Ortega Vidal were detained. Ortega Vidal "
      "denied the charges. Marta Vidal was not there.");
  const EntityCluster* luis = Find(two, "Luis Ortega Vidal");
  const EntityCluster* ana = Find(two, "Ana Ortega Vidal");
  ASSERT_NE(luis, nullptr);
  ASSERT_NE(ana, nullptr);
  EXPECT_THAT(luis->aliases, UnorderedElementsAre("Luis Ortega Vidal"));
  EXPECT_THAT(ana->aliases, UnorderedElementsAre("Ana Ortega Vidal"));
  const EntityCluster* marta = Find(two, "Marta Vidal");
  ASSERT_NE(marta, nullptr);
  EXPECT_NE(marta, luis);
}

TEST(EntityExtractorTest, PeopleOfOneSurnameWithOtherGivenNamesStayApart) {
  std::string text =
      "Judge Farida Osmani opened the hearing. The reporter Leila Osmani, no relation, "
      "was charged on Monday. Osmani denied the charges.";
  EntityResult r = Extract(text);
  const EntityCluster* judge = Find(r, "Farida Osmani");
  const EntityCluster* reporter = Find(r, "Leila Osmani");
  ASSERT_NE(judge, nullptr);
  ASSERT_NE(reporter, nullptr);
  EXPECT_NE(judge, reporter);
  // The surname alone is the one of them named last before it.
  EXPECT_THAT(judge->aliases, UnorderedElementsAre("Farida Osmani"));
  EXPECT_THAT(reporter->aliases, UnorderedElementsAre("Leila Osmani", "Osmani"));
  // A person the writer names in full again is told apart from the one the
  // surname alone stands for, even when named last.
  EntityResult again = Extract(
      "Rustam Karimov, the mayor, was detained on Monday. His nephew Davron Karimov was "
      "beaten. Police denied that Davron Karimov was hurt. Karimov denies the charges.");
  const EntityCluster* mayor = Find(again, "Rustam Karimov");
  const EntityCluster* nephew = Find(again, "Davron Karimov");
  ASSERT_NE(mayor, nullptr);
  ASSERT_NE(nephew, nullptr);
  EXPECT_THAT(mayor->aliases, UnorderedElementsAre("Rustam Karimov", "Karimov"));
  EXPECT_THAT(nephew->aliases, UnorderedElementsAre("Davron Karimov"));
  // Must not split: spellings of one given name, and an initial.
  EntityResult spelled = Extract(
      "Police held Mohammed Rasuli on Friday. Muhammad Rasuli was freed. M. Rasuli left.");
  int persons = 0;
  for (const EntityCluster& c : spelled.clusters) persons += c.type == PERSON;
  EXPECT_EQ(persons, 1);
  // Given names a consonant apart are two names: two people.
  EntityResult two = Extract(
      "Police questioned Jamil Haddad on Friday. His rival Jalil Haddad, a builder, "
      "denied it. Rahim Mansour and Raheem Mansour are one man's spellings.");
  EXPECT_NE(Find(two, "Jamil Haddad"), nullptr);
  EXPECT_NE(Find(two, "Jalil Haddad"), nullptr);
  const EntityCluster* rahim = Find(two, "Rahim Mansour");
  ASSERT_NE(rahim, nullptr);
  EXPECT_THAT(rahim->aliases, Contains("Raheem Mansour"));
}

TEST(EntityExtractorTest, ALanguageOrANumberedPartAfterInIsNoPlace) {
  EntityResult r = Extract(
      "The union, known in Persian as Sandika, marched in Valmar. They chanted in Quechua.");
  EXPECT_EQ(Find(r, "Persian"), nullptr);
  EXPECT_EQ(Find(r, "Quechua"), nullptr);
  // Must still fire: a town after "in".
  ASSERT_NE(Find(r, "Valmar"), nullptr);
  EXPECT_EQ(Find(r, "Valmar")->type, LOCATION);
  // Nor is a numbered part of something ("at Branch 1 of the court").
  EntityResult numbered = Extract("The men were charged at Branch 1 of the court in Valmar.");
  EXPECT_EQ(Find(numbered, "Branch"), nullptr);
  ASSERT_NE(Find(numbered, "Valmar"), nullptr);
}

TEST(EntityExtractorTest, ABracketedNameAfterAPlaceIsItsOtherName) {
  // In brackets right after a place found by its cue.
  const std::string text =
      "Soldiers cordoned off homes in Kalecik (Qelacûk) on Friday. Later they were seen in "
      "Qelacûk.";
  const EntityResult r = Extract(text);
  const EntityCluster* town = Find(r, "Kalecik");
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town->type, LOCATION);
  EXPECT_THAT(town->aliases, UnorderedElementsAre("Kalecik", "Qelacûk"));
  int town_mentions = 0;
  for (const EntityMentionSpan& m : r.mentions) {
    if (&r.clusters[m.cluster] == town) ++town_mentions;
  }
  EXPECT_EQ(town_mentions, 3);
  EXPECT_TRUE(std::is_sorted(r.mentions.begin(), r.mentions.end(),
                             [](const EntityMentionSpan& a, const EntityMentionSpan& b) {
                               return a.range.begin < b.range.begin;
                             }));
  // A place noun after the brackets makes a place of both names.
  const EntityResult quarter =
      Extract("Police entered the Bağlar (Baxê Mezin) neighbourhood at dawn.");
  const EntityCluster* baglar = Find(quarter, "Bağlar");
  ASSERT_NE(baglar, nullptr);
  EXPECT_EQ(baglar->type, LOCATION);
  EXPECT_THAT(baglar->aliases, UnorderedElementsAre("Bağlar", "Baxê Mezin"));
  // Must not fire: a country the gazetteer knows, an acronym, a region's
  // name, a dateline's credit, a person's other name, lower-case words.
  const EntityResult france = Extract("Protesters marched in Paris (France) on Sunday.");
  ASSERT_NE(Find(france, "Paris"), nullptr);
  EXPECT_THAT(Find(france, "Paris")->aliases, ElementsAre("Paris"));
  const EntityResult acronym = Extract("Rallies were held in Kalecik (KDP) on Sunday.");
  ASSERT_NE(Find(acronym, "Kalecik"), nullptr);
  EXPECT_THAT(Find(acronym, "Kalecik")->aliases, ElementsAre("Kalecik"));
  const EntityResult region = Extract("Rallies were held in Kalecik (Serhat Region) on Sunday.");
  ASSERT_NE(Find(region, "Kalecik"), nullptr);
  EXPECT_THAT(Find(region, "Kalecik")->aliases, ElementsAre("Kalecik"));
  const EntityResult dateline = Extract("KALECIK (Harbour Wire) - Police detained six men.");
  for (const EntityCluster& c : dateline.clusters) {
    EXPECT_THAT(c.aliases, Not(Contains("Harbour Wire")));
  }
  const EntityResult person = Extract("Police held Omar Said Rahim (Abu Laith) in Kalecik.");
  ASSERT_NE(Find(person, "Kalecik"), nullptr);
  EXPECT_THAT(Find(person, "Kalecik")->aliases, ElementsAre("Kalecik"));
  const EntityResult lower = Extract("Rallies were held in Kalecik (population 9,000) on Sunday.");
  ASSERT_NE(Find(lower, "Kalecik"), nullptr);
  EXPECT_THAT(Find(lower, "Kalecik")->aliases, ElementsAre("Kalecik"));
}

TEST(EntityExtractorTest, ANameBeforeAVenueNounIsAPlace) {
  // "the X bus station", "X police station", "a X magistrate's court".
  EntityResult bus = Extract("Police detained 40 men at the Kor Bahir bus station on Monday.");
  ASSERT_NE(Find(bus, "Kor Bahir"), nullptr);
  EXPECT_EQ(Find(bus, "Kor Bahir")->type, LOCATION);
  EntityResult station = Extract("Hundreds marched to the Dunmore police station.");
  ASSERT_NE(Find(station, "Dunmore"), nullptr);
  EXPECT_EQ(Find(station, "Dunmore")->type, LOCATION);
  EntityResult terminus = Extract("Agents seized him at the Ruvani bus terminus on Monday.");
  ASSERT_NE(Find(terminus, "Ruvani"), nullptr);
  EXPECT_EQ(Find(terminus, "Ruvani")->type, LOCATION);
  // Must not: a preposition opening a sentence before "the courthouse", a
  // possessive ("Lind's prison"), a person of the document.
  EntityResult outside = Extract("Outside the courthouse, hundreds gathered.");
  EXPECT_EQ(Find(outside, "Outside"), nullptr);
  EntityResult person = Extract(
      "Oskar Lind was held for a week. Guards at the Lind prison camp said nothing.");
  ASSERT_NE(Find(person, "Oskar Lind"), nullptr);
  EXPECT_EQ(Find(person, "Oskar Lind")->type, PERSON);
  for (const EntityCluster& c : person.clusters) EXPECT_NE(c.type, LOCATION) << c.canonical;
}

TEST(EntityExtractorTest, ABuildingNounAfterANameIsItsBuildingButMakesNoPlace) {
  const EntityExtractor& x = DefaultEntityExtractor();
  const std::string text =
      "Crowds stood outside the Audit Office's state office and the Kor Bahir building, "
      "near the Dunmore courthouse and the Vale report.";
  auto end_of = [&](const std::string& name) {
    return static_cast<int64_t>(text.find(name) + name.size());
  };
  const int64_t limit = static_cast<int64_t>(text.size());
  EXPECT_GT(x.BuildingAfter(text, end_of("Audit Office"), limit), 0);
  EXPECT_GT(x.BuildingAfter(text, end_of("Kor Bahir"), limit), 0);
  EXPECT_GT(x.BuildingAfter(text, end_of("Dunmore"), limit), 0);  // A venue too.
  EXPECT_LT(x.BuildingAfter(text, end_of("Vale"), limit), 0);
  // Only venues say where an event was: "the X building" makes no place.
  EXPECT_LT(x.VenueAfter(text, end_of("Kor Bahir"), limit), 0);
  EntityResult r = Extract(text);
  ASSERT_NE(Find(r, "Kor Bahir"), nullptr);
  EXPECT_NE(Find(r, "Kor Bahir")->type, LOCATION);
}

TEST(EntityExtractorTest, AMonthThatBeginsANameTheTextUsesAsOneStaysInIt) {
  EntityResult r = Extract(
      "The blast in May Tsebri killed four. Doctors at the May Tsebri clinic treated 20.");
  ASSERT_NE(Find(r, "May Tsebri"), nullptr);
  EXPECT_EQ(Find(r, "Tsebri"), nullptr);
  // A month before a name nothing else uses as one is no part of it.
  EntityResult month = Extract("In May Oskar Lind was detained in Tamsk.");
  EXPECT_NE(Find(month, "Oskar Lind"), nullptr);
}

TEST(EntityExtractorTest, ANameBeforeARegionNounOfAnotherLanguageIsAPlace) {
  for (const char* text : {"Police detained him in the Zarvinsk oblast on Monday.",
                           "Floods hit the Amursk krai and the Lviv voivodeship."}) {
    EntityResult r = Extract(text);
    ASSERT_FALSE(r.clusters.empty()) << text;
    for (const EntityCluster& c : r.clusters) EXPECT_EQ(c.type, LOCATION) << c.canonical;
  }
}

TEST(EntityExtractorTest, ANameAfterAWordOfWhereIsAPlace) {
  for (const char* text : {"The miners walked down Thaba Kelo before dawn.",
                           "Gunmen fired from above Dar Selim at the convoy.",
                           "The strikers camped along Kopje Vale for a week."}) {
    EntityResult r = Extract(text);
    ASSERT_EQ(r.clusters.size(), 1u) << text;
    EXPECT_EQ(r.clusters[0].type, LOCATION) << text;
  }
  // Must not: a person after a verb, nor one whose something it is.
  EntityResult r = Extract("The union backed Lucky Ngubane. She looked up Sipho Zulu's number.");
  ASSERT_NE(Find(r, "Lucky Ngubane"), nullptr);
  EXPECT_EQ(Find(r, "Lucky Ngubane")->type, PERSON);
  ASSERT_NE(Find(r, "Sipho Zulu"), nullptr);
  EXPECT_EQ(Find(r, "Sipho Zulu")->type, PERSON);
}

TEST(EntityExtractorTest, PeopleOfAPlaceAtTheStartOfASentenceAreNoName) {
  // "Residents of X" is no person named "Residents of X", and leaves X
  // the place the locative cue makes it.
  EntityResult r = Extract(
      "Police detained him in Kor Bahir on Monday. Residents of Kor Bahir said they wanted "
      "peace. Families of the victims wept.");
  const EntityCluster* place = Find(r, "Kor Bahir");
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->type, LOCATION);
  for (const EntityCluster& c : r.clusters) {
    EXPECT_THAT(c.canonical, ::testing::Not(::testing::StartsWith("Residents"))) << c.canonical;
    EXPECT_THAT(c.canonical, ::testing::Not(::testing::StartsWith("Families"))) << c.canonical;
  }
}

TEST(EntityExtractorTest, ATitledSurnameJoinsThePersonNamedInFullWithThatTitle) {
  // "Vega" is the last word of the judge's name and an inner word of the
  // captain's: with the title, "Captain Vega" is the captain.
  EntityResult r = Extract(
      "Judge Lucia Torres Vega ordered the arrest of Captain Ramon Vega Ruiz. "
      "Captain Vega denied the charges.");
  const EntityCluster* ramon = Find(r, "Ramon Vega Ruiz");
  ASSERT_NE(ramon, nullptr);
  EXPECT_THAT(ramon->aliases, Contains("Vega"));
  const EntityCluster* lucia = Find(r, "Lucia Torres Vega");
  ASSERT_NE(lucia, nullptr);
  EXPECT_THAT(lucia->aliases, ::testing::Not(Contains("Vega")));
  // Without a title, or with a title two of them were named with, the
  // surname rule decides as before.
  EntityResult untitled = Extract(
      "Judge Lucia Torres Vega ordered the arrest of Captain Ramon Vega Ruiz. "
      "Vega denied the charges.");
  ASSERT_NE(Find(untitled, "Lucia Torres Vega"), nullptr);
  EXPECT_THAT(Find(untitled, "Lucia Torres Vega")->aliases, Contains("Vega"));
  EntityResult shared = Extract(
      "Captain Lucia Torres Vega ordered the arrest of Captain Ramon Vega Ruiz. "
      "Captain Vega denied the charges.");
  ASSERT_NE(Find(shared, "Ramon Vega Ruiz"), nullptr);
  EXPECT_THAT(Find(shared, "Ramon Vega Ruiz")->aliases, ::testing::Not(Contains("Vega")));
}

TEST(EntityExtractorTest, AOneWordNameAfterAPersonsRoleIsAPerson) {
  EntityResult r = Extract(
      "Her teacher, the news editor Okonkwo, was shot dead in 2019. The lawyer Adeyemi "
      "objected.");
  ASSERT_NE(Find(r, "Okonkwo"), nullptr);
  EXPECT_EQ(Find(r, "Okonkwo")->type, PERSON);
  ASSERT_NE(Find(r, "Adeyemi"), nullptr);
  EXPECT_EQ(Find(r, "Adeyemi")->type, PERSON);
  // Must not: after a word of work that names no one ("worked"), or after
  // several people ("reporters").
  EntityResult work = Extract("He worked Sundays at the mill. The reporters Okonkwo met left.");
  EXPECT_EQ(Find(work, "Sundays"), nullptr);
  EXPECT_EQ(Find(work, "Okonkwo"), nullptr);
}

TEST(EntityExtractorTest, ACompoundGivenNameAloneJoinsItsPerson) {
  // Persian compound given names are hyphenated ("Amir-Hossein").
  EntityResult r = Extract(
      "Police said Amir-Hossein Fallahi, 19, was shot. Amir-Hossein was a student.");
  ASSERT_NE(Find(r, "Amir-Hossein Fallahi"), nullptr);
  EXPECT_THAT(Find(r, "Amir-Hossein Fallahi")->aliases, Contains("Amir-Hossein"));
  // Must not: a hyphenated word with a lower-case part is no given name.
  EntityResult backed = Extract(
      "Iranian-backed Fallahi Rezaei spoke. Iranian-backed militias denied it.");
  for (const EntityCluster& c : backed.clusters) {
    EXPECT_THAT(c.aliases, ::testing::Not(Contains("Iranian-backed"))) << c.canonical;
  }
}

TEST(EntityExtractorTest, AnInnerSurnameUsedAloneJoinsItsPerson) {
  // A first surname used alone ("Garcia" of "Luis Garcia Marquez").
  EntityResult r = Extract(
      "Police questioned Luis Garcia Marquez on Monday. Garcia was later released.");
  const EntityCluster* luis = Find(r, "Luis Garcia Marquez");
  ASSERT_NE(luis, nullptr);
  EXPECT_THAT(luis->aliases, UnorderedElementsAre("Luis Garcia Marquez", "Garcia"));
  int persons = 0;
  for (const EntityCluster& c : r.clusters) persons += c.type == PERSON;
  EXPECT_EQ(persons, 1);
  // Shared by two people of the document: it names neither.
  EntityResult two = Extract(
      "Luis Garcia Marquez and Ana Garcia Lopez were charged. Garcia denied it.");
  for (const EntityCluster& c : two.clusters) {
    EXPECT_THAT(c.aliases, ::testing::Not(Contains("Garcia"))) << c.canonical;
  }
  // Part of a kunya ("Abu Mahdi") or another spelling ("al-Mahdi") is not it.
  EntityResult kunya = Extract(
      "Abu Mahdi al-Muhandis was killed. Al-Mahdi resigned. Mahdi had said so.");
  const EntityCluster* muhandis = Find(kunya, "Abu Mahdi al-Muhandis");
  ASSERT_NE(muhandis, nullptr);
  EXPECT_THAT(muhandis->aliases, UnorderedElementsAre("Abu Mahdi al-Muhandis"));
  // A first name used alone is no surname: it binds as the given name of
  // the one person who has it, and not when two people share it.
  EntityResult first = Extract("Luis Garcia Marquez was charged. Luis denied it.");
  const EntityCluster* garcia = Find(first, "Luis Garcia Marquez");
  ASSERT_NE(garcia, nullptr);
  EXPECT_THAT(garcia->aliases, UnorderedElementsAre("Luis Garcia Marquez", "Luis"));
  EntityResult shared =
      Extract("Luis Garcia Marquez and Luis Ortega were charged. Luis denied it.");
  for (const EntityCluster& c : shared.clusters) {
    EXPECT_THAT(c.aliases, ::testing::Not(Contains("Luis"))) << c.canonical;
  }
}

TEST(EntityExtractorTest, SentenceInitialWordsAndDemonymsAreNotNames) {
  std::string text = "Meanwhile Syrian officials said Thursday that talks would resume.";
  EntityResult r = Extract(text);
  EXPECT_TRUE(r.clusters.empty());
}

TEST(EntityExtractorTest, AssimilatedArticleJoinsAName) {
  // "ez-", "es-", "ed-": the Arabic article before a sun letter.
  EntityResult r = Extract("Shells fell on Deir ez-Zor overnight. Khalid es-Souri left.");
  const EntityCluster* deir = Find(r, "Deir ez-Zor");
  ASSERT_NE(deir, nullptr);
  EXPECT_EQ(deir->type, LOCATION);
  EXPECT_EQ(deir->place_key, "deir_ez_zor");
  EXPECT_NE(Find(r, "Khalid es-Souri"), nullptr);
  // Not before a lower-case word, and not any two-letter prefix.
  EntityResult plain = Extract("Workers in Deir ez-zone met Rami ex-Officer and left.");
  EXPECT_EQ(Find(plain, "Deir ez-zone"), nullptr);
  EXPECT_EQ(Find(plain, "Rami ex-Officer"), nullptr);
}

TEST(EntityExtractorTest, ApostropheSpellingOfAnOrganisationHead) {
  EntityResult r = Extract("Police blamed Kata'ib al-Nour and Kataib al-Nour for it.");
  const EntityCluster* quoted = Find(r, "Kata'ib al-Nour");
  const EntityCluster* plain = Find(r, "Kataib al-Nour");
  ASSERT_NE(quoted, nullptr);
  ASSERT_NE(plain, nullptr);
  EXPECT_EQ(quoted->type, ORGANIZATION);
  EXPECT_EQ(plain->type, ORGANIZATION);
  EntityResult construct = Extract("Police blamed Sarayat al-Nour for it.");
  const EntityCluster* sarayat = Find(construct, "Sarayat al-Nour");
  ASSERT_NE(sarayat, nullptr);
  EXPECT_EQ(sarayat->type, ORGANIZATION);
  // An apostrophe elsewhere does not make a person an organisation.
  EntityResult said = Extract("Police questioned Ali Sa'id on Monday.");
  const EntityCluster* person = Find(said, "Ali Sa'id");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->type, PERSON);
}

TEST(EntityExtractorTest, AStopWordRightBeforeAnOrganisationHeadStartsTheName) {
  EntityResult r = Extract("Officers of the Security Service of Vetra detained him. "
                           "The Security Council met on Monday.");
  for (const char* name : {"Security Service of Vetra", "Security Council"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, ORGANIZATION) << name;
  }
  // Not the article, nor a stop word before a word that heads no name.
  EntityResult other = Extract("The Ministry of Health said Security Minister Omar Haddad "
                               "resigned.");
  EXPECT_EQ(Find(other, "The Ministry of Health"), nullptr);
  EXPECT_NE(Find(other, "Ministry of Health"), nullptr);
  EXPECT_THAT(MentionTexts("The Ministry of Health said Security Minister Omar Haddad resigned.",
                           other),
              ::testing::Not(Contains(::testing::StartsWith("Security"))));
}

TEST(EntityExtractorTest, AStopWordAfterTheStartsANameEndingInAnOrganisationHead) {
  const std::string text =
      "A spokesman for the Security Affairs Department said so. Officials at the Government "
      "Media Office agreed.";
  EntityResult r = Extract(text);
  for (const char* name : {"Security Affairs Department", "Government Media Office"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, ORGANIZATION) << name;
  }
  // Must not fire: a stop word that opens the sentence, or one before a
  // name that ends in no organisation head.
  const std::string opening = "Security Affairs Department staff said so. Police Vetra said so.";
  EXPECT_THAT(MentionTexts(opening, Extract(opening)),
              Not(Contains(::testing::StartsWith("Security"))));
  const std::string person = "He met the Security Minister Omar Haddad on Monday.";
  EXPECT_THAT(MentionTexts(person, Extract(person)),
              Not(Contains(::testing::StartsWith("Security"))));
}

TEST(EntityExtractorTest, OrganisationWordsOfOtherLanguages) {
  EntityResult r = Extract(
      "Police blamed Movimiento Verde, Liwa al-Quds and the Sepah-e Nour for it. "
      "Pablo Verde denied it.");
  for (const char* name : {"Movimiento Verde", "Liwa al-Quds", "Sepah-e Nour"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, ORGANIZATION) << name;
  }
  const EntityCluster* person = Find(r, "Pablo Verde");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->type, PERSON);
}

TEST(EntityExtractorTest, MembersOfAGroupNameTheGroup) {
  EntityResult r = Extract("Members of Harakat al-Fajr were detained. Supporters of Omar Nasser wept.");
  EXPECT_EQ(Find(r, "Members of Harakat al-Fajr"), nullptr);
  EXPECT_NE(Find(r, "Harakat al-Fajr"), nullptr);
  EXPECT_NE(Find(r, "Omar Nasser"), nullptr);
  // "of" inside a name stays: "Bank of England".
  EntityResult bank = Extract("They met the Bank of England on Monday.");
  EXPECT_NE(Find(bank, "Bank of England"), nullptr);
}

TEST(EntityExtractorTest, PlaceWithDirection) {
  EXPECT_EQ(DefaultEntityExtractor().PlaceKey("western Iraq"), "western_iraq");
  EXPECT_EQ(DefaultEntityExtractor().PlaceKey("Kerbala"), "karbala");
  EXPECT_EQ(DefaultEntityExtractor().PlaceKey("Atlantis"), "");
}

// Names after long lowercase stretches, a name that starts lowercase
// ("al-"), a capital glued to a word before it by a dot, and capitals inside
// a lowercase word (not a name start) are all found as a word-by-word pass
// would find them.
TEST(EntityExtractorTest, FindsNamesBetweenLowercaseStretches) {
  std::string text =
      "the pact was quietly signed late at night by envoy Rania al-Sami and "
      "Omar Haddad, while officials from al-Nour Brigade waited outside. "
      "the caf\xC3\xA9.Tomas Verhoeven spoke after an eBay seller named "
      "Lena Brandt left.";
  EntityResult r = Extract(text);
  EXPECT_THAT(MentionTexts(text, r), testing::ElementsAre("Rania al-Sami", "Omar Haddad", "al-Nour Brigade",
                                             "Tomas Verhoeven", "Lena Brandt"));
  const EntityCluster* brigade = Find(r, "al-Nour Brigade");
  ASSERT_NE(brigade, nullptr);
  EXPECT_EQ(brigade->type, ORGANIZATION);
}

// Tokens are read sixteen bytes at a time where they can be: words longer
// than a block, hyphens and apostrophes inside and at the end of words,
// possessives, non-ASCII letters, runs of punctuation between names, and
// names in the last few bytes of a sentence all split as byte by byte.
TEST(EntityExtractorTest, TokensSplitTheSameAcrossBlocks) {
  std::string text =
      "Representatives-and-counsellors of Maximiliano Oyarzabal-Etxeberria's "
      "office met Zo\xC3\xAB Kowalczyk-- and ,;:!? (Jonas O'Brien) then "
      "Ingrid Sveinsd\xC3\xB3ttir' s aides thanked Amara Diallo.";
  EntityResult r = Extract(text);
  EXPECT_THAT(MentionTexts(text, r),
              testing::ElementsAre("Representatives-and-counsellors of Maximiliano Oyarzabal-Etxeberria",
                                   "Zo\xC3\xAB Kowalczyk",
                                   "Jonas O'Brien", "Ingrid Sveinsd\xC3\xB3ttir",
                                   "Amara Diallo"));
}

// A name word may begin with a capital outside ASCII ("Ž", "Ł", "Ö", "É"),
// in any position of the sentence and of a sixteen-byte block; small
// accented letters ("é", "ž") begin no name.
TEST(EntityExtractorTest, NamesBeginningWithNonAsciiCapitals) {
  const std::string text =
      "Police detained \xC5\xBD" "eljko Bari\xC5\xA1i\xC4\x87 and Ewa \xC5\x81uczak on Friday. "
      "\xC3\x96zlem Ayd\xC4\xB1n spoke for the defence, and \xC3\x89milie Durand "
      "wrote the appeal. Later \xC5\xBD. Bari\xC5\xA1i\xC4\x87 was freed. "
      "the \xC3\xA9lite guards and \xC5\xBE" "ena stayed.";
  EntityResult r = Extract(text);
  EXPECT_THAT(MentionTexts(text, r),
              testing::IsSupersetOf({"\xC5\xBD" "eljko Bari\xC5\xA1i\xC4\x87",
                                     "Ewa \xC5\x81uczak",
                                     "\xC3\x96zlem Ayd\xC4\xB1n",
                                     "\xC3\x89milie Durand"}));
  for (const std::string& m : MentionTexts(text, r)) {
    EXPECT_EQ(m.find("lite"), std::string::npos) << m;
    EXPECT_EQ(m.find("ena"), std::string::npos) << m;
  }
  const EntityCluster* zeljko = Find(r, "\xC5\xBD" "eljko Bari\xC5\xA1i\xC4\x87");
  ASSERT_NE(zeljko, nullptr);
  EXPECT_EQ(zeljko->type, PERSON);
}

// Places the gazetteer does not know, typed from the words around them.
struct LocalPlaceCase {
  std::string text;
  std::string name;          // Canonical form of the cluster looked at.
  EntityType type;           // What it must be typed as.
  std::string place_key;     // Expected key when a place.
};

class LocalPlaceTest : public ::testing::TestWithParam<LocalPlaceCase> {};

TEST_P(LocalPlaceTest, TypesTheName) {
  const LocalPlaceCase& c = GetParam();
  EntityResult r = Extract(c.text);
  const EntityCluster* cluster = Find(r, c.name);
  ASSERT_NE(cluster, nullptr) << c.text;
  EXPECT_EQ(cluster->type, c.type) << c.text;
  EXPECT_EQ(cluster->place_key, c.place_key) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Cues, LocalPlaceTest,
    ::testing::Values(
        // A place noun and "of".
        LocalPlaceCase{"Flooding cut off the fishing village of Kolbrek for two days.",
                       "Kolbrek", LOCATION, "local:kolbrek"},
        LocalPlaceCase{"Rebels shelled the district of Upper Marisco overnight.",
                       "Upper Marisco", LOCATION, "local:upper marisco"},
        // A dateline, in capitals, at the start of a paragraph; later
        // mentions take its place and give it their spelling.
        LocalPlaceCase{"VELMORA, May 2 (Wire) - Troops entered the city. In Velmora, shops "
                       "stayed shut.",
                       "Velmora", LOCATION, "local:velmora"},
        LocalPlaceCase{"SAN TEODORO (Wire) - A curfew was lifted.", "SAN TEODORO", LOCATION,
                       "local:san teodoro"},
        // "in" before a name that is no person's: one word or several, with
        // or without accents (one key for both spellings).
        LocalPlaceCase{"Two men were detained in Puerto Valdés on Friday. Police in Puerto "
                       "Valdes said more arrests were likely.",
                       "Puerto Valdés", LOCATION, "local:puerto valdes"},
        LocalPlaceCase{"A curfew is in force near Dashkent after the clashes.", "Dashkent",
                       LOCATION, "local:dashkent"},
        // "at", where no word of work or study comes before it.
        LocalPlaceCase{"Riot police cleared the sit-in at Nyamadoro before dawn.", "Nyamadoro",
                       LOCATION, "local:nyamadoro"},
        LocalPlaceCase{"The two men were detained at Bel Okan bus station.", "Bel Okan",
                       LOCATION, "local:bel okan"},
        LocalPlaceCase{"Thousands marched through Santa Ilaria on Sunday.", "Santa Ilaria",
                       LOCATION, "local:santa ilaria"},
        // An apposition that calls it a place.
        LocalPlaceCase{"Soldiers searched Bel Harun, a farming village of mud houses, at dawn.",
                       "Bel Harun", LOCATION, "local:bel harun"},
        LocalPlaceCase{"Shelling hit Ostrovka, a small port 40 km east of the border, overnight.",
                       "Ostrovka", LOCATION, "local:ostrovka"},
        // A place beside the one in the news.
        LocalPlaceCase{"The mayor of nearby Tervalo was detained in 2024.", "Tervalo", LOCATION,
                       "local:tervalo"},
        LocalPlaceCase{"Refugees crossed into neighbouring Ostmark overnight.", "Ostmark",
                       LOCATION, "local:ostmark"},
        // Must not fire: a person's surname after "in", a possessive, a
        // title, an organisation, and a name whose place noun is missing.
        LocalPlaceCase{"The court heard Anna Petrenko on Monday. Faith in Petrenko has not "
                       "wavered among her supporters.",
                       "Anna Petrenko", PERSON, ""},
        LocalPlaceCase{"Police said in Marco Ferreri's statement that the talks failed.",
                       "Marco Ferreri", PERSON, ""},
        LocalPlaceCase{"The proposal was rejected in Parliament on Tuesday after a long "
                       "debate in the National Assembly.",
                       "National Assembly", ORGANIZATION, ""},
        LocalPlaceCase{"The minister praised the mayor of Karel Novak for his work.",
                       "Karel Novak", PERSON, ""},
        LocalPlaceCase{"Police questioned Milan Horvat, a city councillor, on Friday.",
                       "Milan Horvat", PERSON, ""}));

// "at X" after a word of work or study is where someone works or studies (a
// newsroom, a company, a university), no place.
TEST(EntityExtractorTest, AtWhereSomeoneWorksOrStudiesIsNoPlaceCue) {
  for (const auto& [text, name] : std::vector<std::pair<std::string, std::string>>{
           {"He has worked with many of us at Tevani over the years.", "Tevani"},
           {"Lina was a senior editor at Harvel until May.", "Harvel"},
           {"She studied law at Dunmore before the war.", "Dunmore"}}) {
    EntityResult r = Extract(text);
    const EntityCluster* cluster = Find(r, name);
    EXPECT_TRUE(cluster == nullptr || cluster->type != LOCATION) << text;
  }
}

TEST(EntityExtractorTest, ADatelineCreditIsNoMention) {
  // The outlet in a dateline's parentheses is not a party to the story.
  std::string text =
      "VARNOST, Oct 2 (Baltic Wire) - Police detained Anton Ruus on Monday.\n\n"
      "Anton Ruus later spoke to Baltic Wire.";
  EntityResult r = Extract(text);
  std::vector<std::string> mentions = MentionTexts(text, r);
  EXPECT_EQ(std::count(mentions.begin(), mentions.end(), "Baltic Wire"), 1);
  EXPECT_GT(text.find("Baltic Wire", 20), text.find("\n\n"));
  // Parentheses elsewhere keep their name.
  std::string aside = "The union (Baltic Wire Workers) - a small one - met Anton Ruus.";
  EXPECT_THAT(MentionTexts(aside, Extract(aside)), Contains("Baltic Wire Workers"));
}

TEST(EntityExtractorTest, ANameEndingInAPlaceHeadIsAPlace) {
  std::string text = "Supporters gathered on a bridge over the Vastra River near Liberty "
                     "Square, where Olav Dahl spoke.";
  EntityResult r = Extract(text);
  const EntityCluster* river = Find(r, "Vastra River");
  ASSERT_NE(river, nullptr);
  EXPECT_EQ(river->type, LOCATION);
  const EntityCluster* square = Find(r, "Liberty Square");
  ASSERT_NE(square, nullptr);
  EXPECT_EQ(square->type, LOCATION);
  const EntityCluster* olav = Find(r, "Olav Dahl");
  ASSERT_NE(olav, nullptr);
  EXPECT_EQ(olav->type, PERSON);
  // Squares and markets named in other languages' words.
  std::string bazaar = "Fawara Chowk was deserted on Monday and Sabzi Mandi stayed shut, Anwar "
                       "Baig said.";
  EntityResult bazaar_result = Extract(bazaar);
  for (const char* place : {"Sabzi Mandi", "Fawara Chowk"}) {
    const EntityCluster* c = Find(bazaar_result, place);
    ASSERT_NE(c, nullptr) << place;
    EXPECT_EQ(c->type, LOCATION) << place;
  }
  // An organisation head wins: "the Vastra River Authority" is no river.
  std::string org = "Engineers of the Vastra River Authority inspected the dam.";
  EntityResult org_result = Extract(org);
  const EntityCluster* authority = Find(org_result, "Vastra River Authority");
  ASSERT_NE(authority, nullptr);
  EXPECT_EQ(authority->type, ORGANIZATION);
}

TEST(EntityExtractorTest, ANameOpeningWithAKindOfPlaceIsAPlace) {
  // Portuguese, Spanish, French: the kind of place first, part of the name,
  // joined by particles ("do", "dos", "de la").
  // (The text as NormalizeForMatching gives it: letters with diacritics folded.)
  std::string text = "Marchers left Praca da Se for Avenida dos Andradas, then climbed the "
                     "Morro do Cabrito, where Joao do Carmo spoke; others met on Calle "
                     "Mayor and on Rue de la Gare.";
  EntityResult r = Extract(text);
  for (const char* place : {"Praca da Se", "Avenida dos Andradas", "Morro do Cabrito",
                            "Calle Mayor", "Rue de la Gare"}) {
    const EntityCluster* c = Find(r, place);
    ASSERT_NE(c, nullptr) << place;
    EXPECT_EQ(c->type, LOCATION) << place;
  }
  const EntityCluster* person = Find(r, "Joao do Carmo");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->type, PERSON);
}

TEST(EntityExtractorTest, TheFirstWordsOfAFullNameAreThatPerson) {
  // Compound given names as Portuguese and Spanish second references use
  // them; with particles too.
  std::string text = "Joao Paulo Matos Vieira was held. Later Joao Paulo said he was beaten. "
                     "Maria das Gracas Lima spoke. Maria das Gracas said so.";
  EntityResult r = Extract(text);
  const EntityCluster* joao = Find(r, "Joao Paulo Matos Vieira");
  ASSERT_NE(joao, nullptr);
  EXPECT_THAT(joao->aliases, Contains("Joao Paulo"));
  const EntityCluster* maria = Find(r, "Maria das Gracas Lima");
  ASSERT_NE(maria, nullptr);
  EXPECT_THAT(maria->aliases, Contains("Maria das Gracas"));
  // Two people whose names start so: the short form is neither's.
  std::string two = "Joao Paulo Matos was held and Joao Paulo Ribeiro was freed. Joao Paulo "
                    "said nothing.";
  EntityResult r2 = Extract(two);
  for (const char* name : {"Joao Paulo Matos", "Joao Paulo Ribeiro"}) {
    const EntityCluster* c = Find(r2, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_THAT(c->aliases, ::testing::Not(Contains("Joao Paulo"))) << name;
  }
}

TEST(EntityExtractorTest, TheNameOfALawIsNoMention) {
  std::string text = "Mara Lind was charged under the Public Order Act and the Penal Code, "
                     "which the Varno Bar Council opposes.";
  std::vector<std::string> mentions = MentionTexts(text, Extract(text));
  EXPECT_THAT(mentions, Contains("Mara Lind"));
  EXPECT_THAT(mentions, Contains("Varno Bar Council"));
  EXPECT_THAT(mentions, ::testing::Not(Contains("Public Order Act")));
  EXPECT_THAT(mentions, ::testing::Not(Contains("Penal Code")));
  // One word is a name ("Bill Evans" ends in no law head; "Law" alone is a
  // surname).
  std::string names = "Bill Evans met Judge Law in Varno.";
  EXPECT_THAT(MentionTexts(names, Extract(names)), Contains("Bill Evans"));
  // Nor is the law's acronym, there or later; an organisation's stays.
  std::string acronyms =
      "Two editors were held under the Public Safety Act (PSA) by the Varno Police "
      "Service (VPS). The PSA allows it, the VPS said.";
  std::vector<std::string> of_acronyms = MentionTexts(acronyms, Extract(acronyms));
  EXPECT_THAT(of_acronyms, ::testing::Not(Contains("PSA")));
  EXPECT_THAT(of_acronyms, Contains("VPS"));
}

TEST(EntityExtractorTest, ADayOrMonthAfterOfOrForStartsNoPartOfAName) {
  std::string text = "The union called a strike in Pelno for Monday. The Bank of Tarsk, "
                     "the Office of Security Affairs and the Coalition for Justice backed it.";
  std::vector<std::string> mentions = MentionTexts(text, Extract(text));
  EXPECT_THAT(mentions, Contains("Pelno"));
  EXPECT_THAT(mentions, Contains("Bank of Tarsk"));
  EXPECT_THAT(mentions, Contains("Coalition for Justice"));
  EXPECT_THAT(mentions, Contains("Office of Security Affairs"));
  EXPECT_THAT(mentions, ::testing::Not(Contains("Pelno for Monday")));
}

TEST(EntityExtractorTest, ForBeforeSomeonesNameInThePossessiveJoinsOnlyAnInstitution) {
  std::string text = "Mourners marched in Pelno for Sarah Okafor's funeral. The Commission for "
                     "Refugees' report and the Minister for Veterans' letter came later.";
  std::vector<std::string> mentions = MentionTexts(text, Extract(text));
  EXPECT_THAT(mentions, Contains("Pelno"));
  EXPECT_THAT(mentions, Contains("Sarah Okafor"));
  EXPECT_THAT(mentions, ::testing::Not(Contains("Pelno for Sarah Okafor")));
  EXPECT_THAT(mentions, Contains("Commission for Refugees"));
}

TEST(EntityExtractorTest, PlaceNounsAfterANameMakeItAPlaceUnlessItIsAnAdjective) {
  const EntityExtractor& x = DefaultEntityExtractor();
  auto before_place = [&](const std::string& text) {
    // The name is the text's first word.
    return x.IsBeforePlaceNoun(text, text.find(' '), text.size());
  };
  EXPECT_TRUE(before_place("Essafa district was quiet."));
  EXPECT_TRUE(before_place("Kalmar camps were shelled."));
  EXPECT_TRUE(before_place("Tarsk port, where ships wait."));
  EXPECT_FALSE(before_place("Dravian port city of Tarsk."));
  EXPECT_FALSE(before_place("Marvian capital was calm."));
  EXPECT_FALSE(before_place("Marvian state media said."));
  EXPECT_FALSE(before_place("Essafa district-level officials met."));
  EXPECT_FALSE(before_place("Essafa officials met."));
  // Not past the limit.
  const std::string cut = "Essafa district";
  EXPECT_FALSE(x.IsBeforePlaceNoun(cut, cut.find(' '), cut.find(' ') + 4));
}

TEST(EntityExtractorTest, OneWordNamesListedAfterCountedPeopleArePeople) {
  for (const std::string text :
       {"The three brothers still missing, Tomas, Ilie and Radu, were last seen on Monday.",
        "Two of the six, Tomas and Radu, were freed on bail.",
        "Both women detained, Tomas and Radu, said nothing.",
        // Not ASCII: the list is found by the UTF-8 program.
        "The three brothers still missing, Tomas, Ilie\xC8\x99 and Radu, were last seen."}) {
    const EntityResult r = Extract(text);
    for (const char* name : {"Tomas", "Radu"}) {
      const EntityCluster* c = Find(r, name);
      ASSERT_NE(c, nullptr) << name << " in " << text;
      EXPECT_EQ(c->type, PERSON) << name << " in " << text;
    }
  }
  // Must not: the list counts no people, or a name stands alone.
  for (const std::string text : {"Both teams, Tomas and Radu, lost on Sunday.",
                                 "The two villages, Tomas and Radu, voted.",
                                 "Two men were detained; Radu was not."}) {
    const EntityResult r = Extract(text);
    EXPECT_EQ(Find(r, "Radu"), nullptr) << text;
  }
}

TEST(EntityExtractorTest, AnIndonesianCommandBeforeItsPlaceIsAnOrganisation) {
  // The command's place alone stays a place, no surname of a person.
  EntityResult r = Extract("He was detained by Polresta Tarvena in Tarvena. Polda "
                           "Sulawena and Kodim Tarvena said nothing.");
  for (const char* name : {"Polresta Tarvena", "Polda Sulawena", "Kodim Tarvena"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, ORGANIZATION) << name;
  }
  ASSERT_NE(Find(r, "Tarvena"), nullptr);
  EXPECT_EQ(Find(r, "Tarvena")->type, LOCATION);
}

TEST(EntityExtractorTest, AnAcronymBeforeANameMakesItAnOrganisation) {
  const std::string text =
      "Friends carried him to RSUD Tarvena. The KPU Tarvena office stayed shut. "
      "J.K. Rowling, DJ Aruna and ODEL BANTU were not there.";
  const EntityResult r = Extract(text);
  for (const char* name : {"RSUD Tarvena", "KPU Tarvena"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, ORGANIZATION) << name;
  }
  // Must not: initials, two letters, a name all in capitals.
  for (const char* name : {"J.K. Rowling", "DJ Aruna", "ODEL BANTU"}) {
    const EntityCluster* c = Find(r, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->type, PERSON) << name;
  }
}

TEST(EntityExtractorTest, AnAppositionThatCallsANameAGroupMakesItAnOrganisation) {
  for (const std::string text :
       {"A statement signed by Jaysh al-Fajr, a militant group banned in 2020, was read out.",
        "The town fell to Kel Tamasna (KT), an armed faction, on Monday.",
        "Orvanta, a mining company, denied it."}) {
    const EntityResult r = Extract(text);
    bool found = false;
    for (const EntityCluster& c : r.clusters) {
      if (c.canonical == "Jaysh al-Fajr" || c.canonical == "Kel Tamasna" ||
          c.canonical == "Orvanta") {
        found = true;
        EXPECT_EQ(c.type, ORGANIZATION) << text;
      }
    }
    EXPECT_TRUE(found) << text;
  }
  const EntityExtractor& x = DefaultEntityExtractor();
  auto apposed_group = [&](const std::string& text) {
    return x.IsBeforeGroupApposition(text, text.find_first_of(" ,"));
  };
  EXPECT_TRUE(apposed_group("Orvanta, a company."));
  EXPECT_TRUE(apposed_group("Orvanta (ORV), a small armed group based in the hills."));
  // Must not: the group noun qualifies another noun, or no apposition.
  EXPECT_FALSE(apposed_group("Horvat, a party official, said."));
  EXPECT_FALSE(apposed_group("Horvat, a union leader, spoke."));
  EXPECT_FALSE(apposed_group("Horvat said a group of men came."));
}

TEST(EntityExtractorTest, AOneWordNameWithARoleOrKinAppositionIsAPerson) {
  for (const std::string text :
       {"Volkova, his lawyer, said the case was political.", "Volkova, her husband, was held.",
        "Volkova, the victim's sister, spoke to reporters."}) {
    const EntityResult r = Extract(text);
    const EntityCluster* c = Find(r, "Volkova");
    ASSERT_NE(c, nullptr) << text;
    EXPECT_EQ(c->type, PERSON) << text;
  }
  const EntityExtractor& x = DefaultEntityExtractor();
  auto apposed_person = [&](const std::string& text) {
    return x.IsBeforePersonApposition(text, text.find(','));
  };
  EXPECT_TRUE(apposed_person("Volkova, their spokesman said."));
  // Must not: no role or kin noun, or the role of the name after it.
  EXPECT_FALSE(apposed_person("Orvanta, his employer, said nothing."));
  EXPECT_FALSE(apposed_person("Dorvik, his hometown, mourned."));
  EXPECT_FALSE(apposed_person("Tarsk, his lawyer, Irina Volkova, said."));
}

TEST(EntityExtractorTest, AOneWordNameWithAnAgeOrAnOfficeAppositionIsAPerson) {
  for (const std::string text :
       {"Police arrested Darsono, 34, at his home.",
        "Police arrested Darsono, the head of the fishermen's cooperative, on Monday.",
        "Police arrested Darsono, a former lecturer at the polytechnic, on Monday.",
        "Police arrested Darsono, a founder of the group."}) {
    const EntityResult r = Extract(text);
    const EntityCluster* c = Find(r, "Darsono");
    ASSERT_NE(c, nullptr) << text;
    EXPECT_EQ(c->type, PERSON) << text;
  }
  const EntityExtractor& x = DefaultEntityExtractor();
  auto apposed_person = [&](const std::string& text) {
    return x.IsBeforePersonApposition(text, text.find(','));
  };
  EXPECT_TRUE(apposed_person("Darsono, the union's chairman, said."));
  EXPECT_TRUE(apposed_person("Darsono, a veteran organiser who led the strike, said."));
  // Must not: a number that is no age, a place or a thing described.
  EXPECT_FALSE(apposed_person("Kolbrek, 300 km away, was quiet."));
  EXPECT_FALSE(apposed_person("Kolbrek, 2024, was a bad year."));
  EXPECT_FALSE(apposed_person("Kolbrek, the capital of the province, was quiet."));
  EXPECT_FALSE(apposed_person("Kolbrek, a student town near the coast, was quiet."));
  EXPECT_FALSE(apposed_person("Kolbrek, the head office of the bank, was shut."));
}

TEST(EntityExtractorTest, APersonAppositionMayFollowABracketedAsideAndGiveAnAge) {
  for (const std::string text :
       {"Karsten (the name on his passport; friends say Kasi), a bus mechanic, was hurt.",
        "Mirela, a 19-year-old nursing student, was arrested in Pelno.",
        "Police detained Mirela, a 52-year-old fish vendor from the port."}) {
    const EntityResult r = Extract(text);
    const EntityCluster* c = Find(r, text[0] == 'K' ? "Karsten" : "Mirela");
    ASSERT_NE(c, nullptr) << text;
    EXPECT_EQ(c->type, PERSON) << text;
  }
  const EntityExtractor& x = DefaultEntityExtractor();
  auto apposed_person = [&](const std::string& text) {
    // The name is the text's first word.
    return x.IsBeforePersonApposition(text, text.find_first_of(" ,"));
  };
  EXPECT_TRUE(apposed_person("Darsono (also written Darsana), 34, said."));
  EXPECT_TRUE(apposed_person("Darsono, a 34-year-old civil engineering student, said."));
  // Must not: a number that is no age, a place after the aside, an aside
  // with no apposition, or one that is never closed.
  EXPECT_FALSE(apposed_person("Kolbrek, a 40-minute drive from the coast, was quiet."));
  EXPECT_FALSE(apposed_person("Kolbrek (see map), a farming village, was quiet."));
  EXPECT_FALSE(apposed_person("Kolbrek (a student town) was quiet."));
  EXPECT_FALSE(apposed_person("Kolbrek (a student, a lecturer was quiet."));
}

TEST(EntityExtractorTest, AnAppositionThatCallsANameAPlace) {
  const EntityExtractor& x = DefaultEntityExtractor();
  auto apposed_place = [&](const std::string& text) {
    // The name is the text's first word.
    return x.IsBeforePlaceApposition(text, text.find(','));
  };
  EXPECT_TRUE(apposed_place("Kolbrek, a village."));
  EXPECT_TRUE(apposed_place("Kolbrek, a quiet fishing village of 300 souls, woke up."));
  EXPECT_TRUE(apposed_place("Kolbrek, an oasis, lies beyond."));
  EXPECT_TRUE(apposed_place("Kolbrek, a garrison town 60 km south of the capital."));
  EXPECT_TRUE(apposed_place("Kolbrek, a border-crossing town near the river."));
  EXPECT_TRUE(apposed_place("Kolbrek, a district where few families remain."));
  EXPECT_TRUE(apposed_place("Kolbrek, a rocky hill outside the town, was cleared."));
  EXPECT_TRUE(apposed_place("Kolbrek, a wooded ridge above the valley."));
  EXPECT_FALSE(apposed_place("Horvat, a mountain guide from the north, said."));
  EXPECT_FALSE(apposed_place("Horvat, a city councillor, spoke."));
  EXPECT_FALSE(apposed_place("Horvat, a district judge in the capital, ruled."));
  EXPECT_FALSE(apposed_place("Horvat, a village elder, said."));
  EXPECT_FALSE(apposed_place("Horvat, the town's mayor, said."));
  EXPECT_FALSE(apposed_place("Horvat, a retired teacher who lived in a village, said."));
  EXPECT_FALSE(apposed_place("Horvat, a Kolbrek village farmer."));
  EXPECT_FALSE(apposed_place("Horvat, a mechanic from the capital, said."));
  EXPECT_FALSE(apposed_place("Horvat, a teacher in a border town."));
}

}  // namespace
}  // namespace xref
