#include "claims/attribution.h"

#include <string>
#include <utility>
#include <vector>

#include "base/status_matchers.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

const RuleSet& Rules() {
  static const RuleSet* const kRules = RuleSet::Load("claims/rules").value().release();
  return *kRules;
}

struct Case {
  const char* sentence;
  bool found;
  const char* source;
  const char* cue;
};

class FindAttributionTest : public ::testing::TestWithParam<Case> {};

TEST_P(FindAttributionTest, Finds) {
  const Case& c = GetParam();
  std::string s = c.sentence;
  AttributionMatch m = FindAttribution(Rules(), s, TextRange{0, static_cast<int64_t>(s.size())});
  EXPECT_EQ(m.found, c.found) << s;
  if (c.found) {
    EXPECT_EQ(m.source_text, c.source) << s;
    EXPECT_EQ(m.cue, c.cue) << s;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Sentences, FindAttributionTest,
    ::testing::Values(
        Case{"Hospital officials said the toll had risen.", true, "hospital officials", "said"},
        // A hospital or clinic speaks for itself; an estimate told as one.
        Case{"The hospital said 40 people were treated.", true, "the hospital", "said"},
        Case{"The district clinic told reporters two men died.", true, "the district clinic",
             "told reporters"},
        Case{"Police estimated that 3,000 people marched.", true, "police", "estimated that"},
        // Diplomats, elders, analysts somewhere: the place is part of them.
        Case{"Western diplomats in Ostrava say the drone was the army's.", true,
             "western diplomats in Ostrava", "say"},
        Case{"Elders in the village said six men died.", true, "elders in the village", "said"},
        // Not the noun: the estimate is the source.
        Case{"About 3,000 marched, according to police estimates.", true, "police estimates",
             "according to"},
        // A time told before the source is not part of it; a name that is a
        // month's is.
        Case{"On 3 May the council said the toll had risen.", true, "the council", "said"},
        Case{"In May 2025 the ministry said the toll had risen.", true, "the ministry", "said"},
        Case{"Yesterday police said the toll had risen.", true, "police", "said"},
        Case{"May Thu said the toll had risen.", true, "May Thu", "said"},
        Case{"The army had said the raid targeted a depot.", true, "the army", "said"},
        Case{"Two lawyers told AFP the hearing was postponed.", true, "two lawyers", "told afp"},
        Case{"The vote was delayed, according to opposition lawmakers.", true,
             "opposition lawmakers", "according to"},
        Case{"\"We will rebuild,\" said Leila Haddad.", true, "Leila Haddad", "said"},
        // An office, then the person who holds it: both; not a description
        // after a name.
        Case{"The dam held, the Attorney General, Leila Haddad, told reporters.", true,
             "Attorney General Leila Haddad", "told reporters"},
        Case{"The dam held, Leila Haddad, the minister's spokeswoman, said.", true,
             "Leila Haddad", "said"},
        // Short forms with their dots in the source; an acronym first.
        Case{"According to Dr. Ilya Marek, the dam held.", true, "Dr. Ilya Marek",
             "according to"},
        Case{"According to U.S. officials, the dam held.", true, "U.S. officials",
             "according to"},
        Case{"The dam held, according to harbour master Capt. Ilya Marek.", true,
             "harbour master Capt. Ilya Marek", "according to"},
        Case{"The dam held, according to police. Mr. Marek left.", true, "police",
             "according to"},
        // A department, a directorate or a bureau speaks, "also".
        Case{"The health department also reported that nine people died.", true,
             "the health department", "reported"},
        Case{"Rumors spread that the minister had resigned.", true, "rumors", "spread"},
        Case{"The bridge reopened to traffic on Monday.", false, "", ""},
        Case{"Nothing was said about the payment.", false, "", ""},
        // Not the conjunction that opens the source's clause.
        Case{"The court freed six, and the union says two are still held.", true, "the union",
             "says"},
        Case{"The bridge reopened, but residents said it was unsafe.", true, "residents", "said"},
        Case{"The ferry sank at dawn, as the ministry had reported.", true, "the ministry",
             "reported"},
        Case{"As the union said, the mine shut in May.", true, "the union", "said"},
        // A phrase after the head noun that says where or whose the source
        // is, or how it was heard, is part of the source.
        Case{"Nine were hurt, a nurse at the county's main clinic said.", true,
             "a nurse at the county's main clinic", "said"},
        Case{"A spokesman for the transport ministry told reporters the line was cut.", true,
             "a spokesman for the transport ministry", "told reporters"},
        Case{"Villagers reached by telephone said the dam had held.", true,
             "villagers reached by telephone", "said"},
        Case{"Officials speaking on condition of anonymity said two ships sank.", true,
             "officials speaking on condition of anonymity", "said"},
        Case{"A member of the harbour board said fees would rise.", true,
             "a member of the harbour board", "said"},
        // Records and documents that show or list.
        Case{"Hospital records seen by the Courier show that 31 people were treated.", true,
             "hospital records seen by the Courier", "show"},
        Case{"The prosecutor's file lists 12 people detained at the port.", true,
             "the prosecutor's file", "lists"},
        Case{"Forty dockers were held, the court records show.", true, "the court records",
             "show"},
        // A formal charge is an act, not a speech: the outlet tells it.
        Case{"On Friday prosecutors charged him with fraud.", false, "", ""},
        Case{"The ministry accused him of fraud on Friday.", true, "the ministry", "accused"},
        // Not a phrase that runs into the next clause.
        Case{"Workers in the port went on strike and said nothing.", false, "", ""},
        // Told in the present, to "us"; a live blog's time stamp is no
        // part of the source.
        Case{"Nurses at the clinic tell Reuters that nine people died.", true,
             "nurses at the clinic", "tell reuters"},
        Case{"Doctors tell us that nine people died.", true, "doctors", "tell us"},
        Case{"16:40 - Witnesses say the dockers were beaten.", true, "witnesses", "say"},
        Case{"- Witnesses say the dockers were beaten.", true, "witnesses", "say"},
        Case{"4.4 Three witnesses state that the dockers were beaten.", true,
             "three witnesses", "state"},
        // An "as" clause speaks for the sentence only when nothing else does.
        Case{"His lawyer says he was not held on Tuesday, as the Security Service (SSB) "
             "announced, but on Wednesday.",
             true, "his lawyer", "says"},
        Case{"The men were held on Tuesday, as the Security Service (SSB) announced.", true,
             "the Security Service", "announced"},
        // "added" with an object is no speech.
        Case{"Investigators later added a charge of rioting.", false, "", ""},
        Case{"The harbour spokesman added the dam had held.", true, "the harbour spokesman",
             "added"},
        // A body named with its acronym, someone with what they do.
        Case{"Volunteers who ran first-aid posts say nine people were hurt.", true, "volunteers",
             "say"},
        // A source in a relative clause on a thing speaks for that clause
        // only.
        Case{"Dockers stopped work over wages, which officials say were paid.", false, "", ""},
        // The sentence's own source after such a clause.
        Case{"Dockers stopped work over wages, which officials say were paid, the union said.",
             true, "the union", "said"},
        Case{"The mayor was indicted for fraud, which police had alleged, his lawyer said.", true,
             "his lawyer", "said"},
        // A person or unit of a body, with the body; the person alone when
        // the body is named by its acronym; the body alone speaks too.
        Case{"Inspector Mara Voss of the Harbour Police told reporters the pier was closed.",
             true, "Inspector Mara Voss of the Harbour Police", "told reporters"},
        Case{"The Special Unit (SU) of the police announced two arrests.", true,
             "the Special Unit (SU) of the police", "announced"},
        Case{"Inspector Mara Voss of the HPS told reporters the pier was closed.", true,
             "Inspector Mara Voss", "told reporters"},
        Case{"The Harbour Police told reporters the pier was closed.", true, "the Harbour Police",
             "told reporters"},
        // An accuser set off by commas after an office.
        Case{"The port commissioner, Gen. Omar Sande, blamed the Coast Front for the fire.",
             true, "Gen. Omar Sande", "blamed"},
        // A teller, not the words of what they tell ("that officers had
        // accused her").
        Case{"Her father, Ivo Lund, told Coast Radio that officers had accused her of arson.",
             true, "Ivo Lund", "told coast"},
        // Accusing and blaming in the present, and of a force named in
        // lower case.
        Case{"Farmers in the valley blame the raid on a cattle gang.", true,
             "farmers in the valley", "blame"},
        Case{"The opposition accuses Mayor Dan Roe of rigging the tender.", true,
             "the opposition", "accuses"},
        Case{"Families of the dead blamed soldiers for the shooting.", true,
             "families of the dead", "blamed"},
        Case{"Police attribute the raid to the Dawn Front.", true, "police", "attribute"},
        // Must not: an accusation someone tells is theirs to tell.
        Case{"The army accuses the pair of arson, their lawyer, Ana Voss, said.", true,
             "Ana Voss", "said"},
        // Must not: a relative pronoun, a phrase after a preposition, or
        // the words after a teller's verb, as the source.
        Case{"She saw a warrant that accuses them of theft.", false, "", ""},
        Case{"The case, brought under the Press Act, accuses the two of libel.", false, "", ""},
        Case{"His lawyer, Omar Sande, says the warrant accuses him of theft.", true,
             "Omar Sande", "says"}));

TEST(FindAttributionTest, AClaimSaysTheSourceDidIt) {
  for (const auto& [sentence, claims] : std::vector<std::pair<std::string, bool>>{
           {"The Crescent Brigade claimed responsibility for the attack.", true},
           {"Omar Faleh, a militant leader, claimed the bombing.", true},
           // A statement in a group's name, its acronym and an apposition
           // between.
           {"A statement issued by the Crescent Brigade (CB), a banned group, claimed "
            "responsibility for the attack.",
            true},
           {"A statement in the name of the Crescent Brigade claimed the killing of the judge.",
            true},
           {"Police said two men were detained.", false},
       }) {
    const AttributionMatch m =
        FindAttribution(Rules(), sentence, TextRange{0, static_cast<int64_t>(sentence.size())});
    EXPECT_TRUE(m.found) << sentence;
    EXPECT_EQ(m.source_claims, claims) << sentence;
  }
}

TEST(SentenceModalityTest, EachTriggerKeepsItsOwnWindow) {
  // One sentence, two triggers: a negation cue right before the first only;
  // "reportedly" holds for the whole sentence.
  std::string s = "Guards never detained the porter but reportedly arrested his cousin.";
  TextRange sentence{0, static_cast<int64_t>(s.size())};
  int64_t first = s.find("detained"), second = s.find("arrested");
  TextRange t1{first, first + 8}, t2{second, second + 8};
  SentenceModality modality(Rules(), s, sentence);
  EXPECT_EQ(modality.For(t1, false), NEGATED);
  EXPECT_EQ(modality.For(t2, false), HEDGED);
  EXPECT_EQ(modality.For(t2, true), HEDGED);
  for (bool attributed : {false, true}) {
    EXPECT_EQ(modality.For(t1, attributed), FindModality(Rules(), s, sentence, t1, attributed));
    EXPECT_EQ(modality.For(t2, attributed), FindModality(Rules(), s, sentence, t2, attributed));
  }
  std::string plain = "Guards detained the porter and arrested his cousin.";
  SentenceModality none(Rules(), plain, TextRange{0, static_cast<int64_t>(plain.size())});
  EXPECT_EQ(none.For(TextRange{7, 15}, false), ASSERTED);
  EXPECT_EQ(none.For(TextRange{7, 15}, true), REPORTED);
}

TEST(FindModalityTest, Ranks) {
  std::string s = "The suspect was not charged, police said.";
  TextRange sentence{0, static_cast<int64_t>(s.size())};
  int64_t t = s.find("charged");
  EXPECT_EQ(FindModality(Rules(), s, sentence, TextRange{t, t + 7}, true), NEGATED);
  std::string a = "Police said the man was charged.";
  int64_t u = a.find("charged");
  EXPECT_EQ(FindModality(Rules(), a, TextRange{0, static_cast<int64_t>(a.size())},
                         TextRange{u, u + 7}, true),
            REPORTED);
  EXPECT_EQ(FindModality(Rules(), a, TextRange{0, static_cast<int64_t>(a.size())},
                         TextRange{u, u + 7}, false),
            ASSERTED);
}

}  // namespace
}  // namespace xref
