#include "claims/coreference.h"

#include <cctype>
#include <string>
#include <vector>

#include "claims/entity_extractor_testing.h"
#include "claims/sentence_splitter.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

// The pronoun found for the trigger `trigger` (its first occurrence) in the
// one-sentence `text`, as "role:word" ("object:him"), or "none".
std::string Pronoun(const std::string& text, const std::string& trigger) {
  const size_t at = text.find(trigger);
  EXPECT_NE(at, std::string::npos) << trigger;
  const TextRange sentence{0, static_cast<int64_t>(text.size())};
  const TextRange t{static_cast<int64_t>(at), static_cast<int64_t>(at + trigger.size())};
  ParticipantPronoun p = FindParticipantPronoun(text, sentence, t);
  if (!p.found()) return "none";
  size_t end = p.begin;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
  const char* role = p.role == ParticipantPronoun::kObject    ? "object"
                     : p.role == ParticipantPronoun::kSubject ? "subject"
                                                              : "possessive";
  return std::string(role) + ":" + text.substr(p.begin, end - p.begin);
}

TEST(FindParticipantPronounTest, ObjectAfterOrInsideTheTrigger) {
  EXPECT_EQ(Pronoun("Border guards stopped the trader and detained him overnight.", "detained"),
            "object:him");
  EXPECT_EQ(Pronoun("Prosecutors charged him with smuggling antiquities.", "charged him with"),
            "object:him");
  EXPECT_EQ(Pronoun("The tribunal freed her on Tuesday after a week.", "freed"), "object:her");
  EXPECT_EQ(Pronoun("Soldiers seized her, witnesses said.", "seized"), "object:her");
  EXPECT_EQ(Pronoun("Investigators questioned and then arrested her.", "arrested"),
            "object:her");
}

TEST(FindParticipantPronounTest, HerBeforeANounIsNoObject) {
  EXPECT_EQ(Pronoun("Agents detained her brother at the airport.", "detained"), "none");
  EXPECT_EQ(Pronoun("The militia released her husband last week.", "released"), "none");
}

TEST(FindParticipantPronounTest, SubjectBeforeTheTrigger) {
  EXPECT_EQ(Pronoun("He was detained at a roadblock near the port.", "detained"),
            "subject:He");
  EXPECT_EQ(Pronoun("The singer says she had been held for six days.", "held"),
            "subject:she");
  EXPECT_EQ(Pronoun("Weeks later he was quietly released without charge.", "released"),
            "subject:he");
}

TEST(FindParticipantPronounTest, AnAgeOpeningTheSentenceIsItsSubject) {
  EXPECT_EQ(Pronoun("The 47-year-old was detained at a roadblock.", "detained"),
            "subject:The");
  EXPECT_EQ(Pronoun("The 26-year-old student leader (SUL), a law graduate from Kisumu, had been "
                    "quietly released on Friday.",
                    "released"),
            "subject:The");
  EXPECT_EQ(Pronoun("The 30-year-old said his brother was detained.", "detained"), "none");
  EXPECT_EQ(Pronoun("The 30-year-old and a cousin were detained.", "detained"), "none");
  EXPECT_EQ(Pronoun("The 19-year-old building was demolished, and two men were arrested.",
                    "arrested"),
            "none");
}

TEST(FindParticipantPronounTest, PossessiveBeforeTheTrigger) {
  EXPECT_EQ(Pronoun("A judge ordered his release on Friday.", "release"), "possessive:his");
  EXPECT_EQ(Pronoun("Her arrest drew protests in three cities.", "arrest"), "possessive:Her");
}

TEST(FindParticipantPronounTest, NoPronounInTheSlot) {
  EXPECT_EQ(Pronoun("Police arrested a driver who had told them nothing.", "arrested"), "none");
  EXPECT_EQ(Pronoun("He said the police detained a cousin.", "detained"), "none");
  EXPECT_EQ(Pronoun("They were freed when the talks ended.", "freed"), "none");
  EXPECT_EQ(Pronoun("Officers arrested three men, he said.", "arrested"), "none");
}

TEST(IsAppositionGapTest, AppositionsBetweenCommas) {
  EXPECT_TRUE(IsAppositionGap(", the union's deputy leader, was "));
  EXPECT_TRUE(IsAppositionGap(", 61, a former mayor of the town, had been "));
  EXPECT_TRUE(IsAppositionGap(", the head of the Drivers Guild (DG), "));
  EXPECT_TRUE(IsAppositionGap(", Lumen Party's treasurer, was later "));
  EXPECT_TRUE(IsAppositionGap(", 34, "));
  EXPECT_TRUE(IsAppositionGap(", president of the Kovo Workers Union, was "));
  EXPECT_TRUE(IsAppositionGap(", Deputy General Secretary of the Front (DF), had been "));
  EXPECT_TRUE(IsAppositionGap(", spokeswoman for the families, was "));
  // A relative clause about the person is part of the apposition.
  EXPECT_TRUE(IsAppositionGap(", who had criticised the governor, was "));
  EXPECT_TRUE(IsAppositionGap(", 19, who like many students uses one name, "));
  EXPECT_TRUE(IsAppositionGap(", a driver who had joined the strike, was "));
  EXPECT_TRUE(IsAppositionGap(", 16, whom everyone in the street knew as Tuca, was "));
  EXPECT_TRUE(IsAppositionGap(", whom police had held for a week, was "));
}

TEST(IsAppositionGapTest, ClausesAndOtherGapsAreNoApposition) {
  EXPECT_FALSE(IsAppositionGap(", which the governor had banned, was "));
  EXPECT_FALSE(IsAppositionGap(", a decision that angered the union, was "));
  EXPECT_FALSE(IsAppositionGap(" and the union's deputy leader were "));
  EXPECT_FALSE(IsAppositionGap(", police said, was "));
  EXPECT_FALSE(IsAppositionGap(", the union said on Monday that officers had "));
  EXPECT_FALSE(IsAppositionGap(""));
  EXPECT_FALSE(IsAppositionGap(", members of the union and others were "));
  EXPECT_FALSE(IsAppositionGap(", Oleg Sokol and Anna Lee were "));
}

// The antecedent of the first `pronoun` (a whole word, searched from
// `after`) in `text`, or "-" when there is none.
std::string Antecedent(const std::string& text, const std::string& pronoun,
                       const std::string& after = "") {
  std::vector<TextRange> sentences = SplitSentences(text);
  EntityResult entities = DefaultEntityExtractor().Extract(text, sentences);
  size_t at = text.find(" " + pronoun + " ", text.find(after)) + 1;
  int index = 0;
  while (index + 1 < static_cast<int>(sentences.size()) &&
         sentences[index + 1].begin <= static_cast<int64_t>(at)) {
    ++index;
  }
  const EntityMentionSpan* m = PronounAntecedent(
      entities, text, sentences, index, at, [&](const EntityMentionSpan& m) {
        return entities.clusters[m.cluster].type == PERSON;
      });
  if (m == nullptr) return "-";
  return text.substr(m->range.begin, m->range.end - m->range.begin);
}

TEST(PronounAntecedentTest, NearestPersonBeforeInTheSentence) {
  EXPECT_EQ(Antecedent("Customs officers searched the car of Tomas Varga before they "
                       "detained him at the border.",
                       "him"),
            "Tomas Varga");
  EXPECT_EQ(Antecedent("Nadia Orlova met Ilse Brandt in Vienna before she was arrested.",
                       "she"),
            "Ilse Brandt");
}

TEST(PronounAntecedentTest, AnAgentAfterByOrANameInAClosedRelativeClauseIsPassedOver) {
  EXPECT_EQ(Antecedent("Tomas Varga vanished in May. An autopsy by Dr Ilse Brandt found that "
                       "he had died of stab wounds.",
                       "he"),
            "Tomas Varga");
  EXPECT_EQ(Antecedent("Tomas Varga vanished in May. According to the report, which his "
                       "lawyer, Ilse Brandt, gave to reporters, he died of a gunshot wound.",
                       "he"),
            "Tomas Varga");
  // Must not: a name before the relative clause, or one the pronoun's
  // clause does not follow.
  EXPECT_EQ(Antecedent("Tomas Varga vanished in May. Ilse Brandt, who runs the clinic, said "
                       "she was questioned.",
                       "she"),
            "Ilse Brandt");
  EXPECT_EQ(Antecedent("Tomas Varga vanished in May. The report, which Ilse Brandt wrote, "
                       "says she was questioned.",
                       "she"),
            "Ilse Brandt");
}

TEST(PronounAntecedentTest, AnObjectPronounIsNotTheSubjectOfItsVerb) {
  EXPECT_EQ(Antecedent("Tomas Varga vanished in May. Judge Ilse Brandt granted him bail.",
                       "him"),
            "Tomas Varga");
  EXPECT_EQ(Antecedent("Tomas Varga vanished in May. Ilse Brandt later freed them on bail.",
                       "them"),
            "Tomas Varga");
  // Nor a subject set off by an apposition.
  EXPECT_EQ(Antecedent("Tomas Varga vanished in May. The prosecutor, Ilse Brandt, charged him "
                       "with fraud.",
                       "him"),
            "Tomas Varga");
  // Must not: a subject with more than its verb between, nor an object
  // before a comma.
  EXPECT_EQ(Antecedent("Tomas Varga said police beat him in May.", "him"), "Tomas Varga");
  EXPECT_EQ(Antecedent("Police arrested Tomas Varga, beat him and left.", "him"), "Tomas Varga");
}

TEST(PronounAntecedentTest, FirstPersonOfAnEarlierSentence) {
  EXPECT_EQ(Antecedent("Marek Zelinski, a lorry driver from the north, was stopped at a "
                       "checkpoint. He was released the next day.",
                       "He"),
            "Marek Zelinski");
  // Two sentences back, past a sentence that names nobody.
  EXPECT_EQ(Antecedent("Officers detained Lena Hartmann at her flat. The raid lasted an "
                       "hour. A judge ordered her release on Monday.",
                       "her", "judge"),
            "Lena Hartmann");
}

TEST(PronounAntecedentTest, SpeakersOfEarlierSentencesAreSkipped) {
  EXPECT_EQ(Antecedent("Oskar Lind said the detainee was a student named Pavel Novak. "
                       "He was freed on bail.",
                       "He"),
            "Pavel Novak");
}

TEST(PronounAntecedentTest, NothingWithinReach) {
  EXPECT_EQ(Antecedent("Rania Haddad opened the clinic in 2009. The clinic grew quickly. "
                       "Funding ran short last year. He was detained on Monday.",
                       "He"),
            "-");
  EXPECT_EQ(Antecedent("The court ordered his release.", "his"), "-");
}

}  // namespace
}  // namespace xref
