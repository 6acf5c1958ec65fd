#include "claims/quantity_parser.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

struct QuantityCase {
  const char* sentence;
  const char* key;        // Expected key of the first quantity; "" = none.
  const char* counted;
  int64_t low;
  bool unbounded;
};

class FindQuantitiesTest : public ::testing::TestWithParam<QuantityCase> {};

TEST_P(FindQuantitiesTest, Finds) {
  const QuantityCase& c = GetParam();
  std::vector<Quantity> found = FindQuantities(c.sentence);
  if (std::string(c.key).empty()) {
    EXPECT_TRUE(found.empty()) << c.sentence << " -> " << found[0].key;
    return;
  }
  ASSERT_FALSE(found.empty()) << c.sentence;
  EXPECT_EQ(found[0].key, c.key) << c.sentence;
  EXPECT_EQ(found[0].value.counted(), c.counted) << c.sentence;
  EXPECT_EQ(found[0].value.low(), c.low) << c.sentence;
  EXPECT_EQ(found[0].value.unbounded(), c.unbounded) << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(
    Sentences, FindQuantitiesTest,
    ::testing::Values(
        QuantityCase{"Guards detained 23 miners at the gate.", "23", "miners", 23, false},
        // A part of a group counted before, the subject of its verb; not
        // "all but" a number, which counts the others.
        QuantityCase{"By Friday, 12 of the 31 had been freed.", "12", "people", 12, false},
        QuantityCase{"By Friday all but four of the miners had been freed.", "", "", 0, false},
        QuantityCase{"By Friday, all but 4 had been freed.", "", "", 0, false},
        QuantityCase{"Three journalists were injured.", "3", "journalists", 3, false},
        QuantityCase{"A dozen villagers fled.", "12", "villagers", 12, false},
        QuantityCase{"Over a dozen trucks burned.", "13+", "trucks", 13, true},
        QuantityCase{"Hundreds of students gathered.", "hundreds", "students", 200, false},
        QuantityCase{"At least 41 passengers died.", "41+", "passengers", 41, true},
        QuantityCase{"More than 1,500 workers struck.", "1501+", "workers", 1501, true},
        QuantityCase{"Twenty-one sailors were rescued.", "21", "sailors", 21, false},
        QuantityCase{"Dozens of homes were damaged.", "dozens", "homes", 24, false},
        QuantityCase{"Several suspects were held.", "several", "suspects", 3, false},
        QuantityCase{"A few hundred nurses marched.", "200-500", "nurses", 200, false},
        QuantityCase{"Police held a few dozen students.", "24-60", "students", 24, false},
        QuantityCase{"A few thousand fans waited.", "2000-5000", "fans", 2000, false},
        QuantityCase{"A few days later he left.", "", "", 0, false},
        QuantityCase{"A few officers stayed behind.", "", "", 0, false},
        QuantityCase{"One of the guards resigned.", "", "", 0, false},
        QuantityCase{"The vote is set for June 12 in the capital.", "", "", 0, false},
        QuantityCase{"Turnout reached 45 percent.", "", "", 0, false},
        QuantityCase{"The law passed in 2019 after debate.", "", "", 0, false},
        QuantityCase{"By 4 March, 17 lorries had crossed the border.", "17", "lorries", 17, false},
        QuantityCase{"Since mid-April, 2019 arrivals were logged.", "", "", 0, false},
        QuantityCase{"The casualty toll climbed to 31 overnight.", "31", "deaths", 31, false},
        QuantityCase{"Officials put the death toll at more than 40.", "41+", "deaths", 41, true},
        QuantityCase{"A toll road opened to 3 lanes of traffic.", "3", "lanes", 3, false},
        QuantityCase{"The toll rose to 12 dollars.", "", "", 0, false},
        QuantityCase{"The union puts the toll at 34.", "34", "deaths", 34, false},
        QuantityCase{"Inflation rose to 9 in March.", "", "", 0, false},
        // A crowd counts people; so does a number as a plural verb's subject.
        QuantityCase{"Stewards estimated the crowd at 12,000 on Sunday.", "12000", "people",
                     12000, false},
        QuantityCase{"Turnout at the vigil reached about 3,000.", "2700-3300", "people", 2700,
                     false},
        QuantityCase{"When the bus overturned, 17 were hurt.", "17", "people", 17, false},
        QuantityCase{"Dozens have fled the valley since May.", "dozens", "people", 24, false},
        QuantityCase{"More than 90 had been evacuated by noon.", "91+", "people", 91, true},
        QuantityCase{"Eleven died in the flood.", "11", "people", 11, false},
        // A crowd's size before a verb in the past tense; a number after a
        // verb that acts on people, with no noun.
        QuantityCase{"Thousands marched to the square.", "thousands", "people", 2000, false},
        QuantityCase{"Hundreds gathered outside the gate.", "hundreds", "people", 200, false},
        QuantityCase{"Twelve gathered outside the gate.", "", "", 0, false},
        QuantityCase{"The blast killed 12 near the mosque.", "12", "people", 12, false},
        QuantityCase{"Police arrested 40 on Tuesday.", "40", "people", 40, false},
        QuantityCase{"A girl aged 12 was among them.", "", "", 0, false},
        QuantityCase{"A judge freed all 27 on bail.", "27", "people", 27, false},
        QuantityCase{"Two passers-by were hurt.", "2", "passers-by", 2, false},
        QuantityCase{"Police held 31 participants of the sit-in.", "31", "participants", 31,
                     false},
        // A figure given for people told of before.
        QuantityCase{"The police put the figure at nine.", "9", "people", 9, false},
        QuantityCase{"The agency put its total at 140 on Friday.", "140", "people", 140, false},
        QuantityCase{"The bank put the rate at 4 percent.", "", "", 0, false},
        QuantityCase{"The court bailed nineteen comrades of the union.", "19", "comrades", 19,
                     false},
        QuantityCase{"Looters were chased off; seventeen suspected looters were held.", "17",
                     "looters", 17, false},
        // A number that rose, after a longer phrase naming who is counted.
        QuantityCase{"The number of miners trapped below the old shaft had risen to 14.", "14",
                     "people", 14, false},
        QuantityCase{"The number of patients who have recovered now stands at 230.", "230",
                     "people", 230, false},
        QuantityCase{"The number of complaints about the new rules has risen to 40 percent.",
                     "", "", 0, false},
        // A number pointing back at people counts them.
        QuantityCase{"The two were freed after a week.", "2", "people", 2, false},
        QuantityCase{"All three had signed the letter.", "3", "people", 3, false},
        // Not the group of a part.
        QuantityCase{"Four of the 30 were children.", "", "", 0, false},
        QuantityCase{"One was found alive in the rubble.", "", "", 0, false},
        QuantityCase{"By 2015 had the mill closed?", "", "", 0, false},
        // Lengths of time, distance, weight or money count no one.
        QuantityCase{"The crowd cheered for 5 minutes.", "", "", 0, false},
        QuantityCase{"The poet was jailed for nine days in 2019.", "", "", 0, false},
        QuantityCase{"The talks stalled for several days in May.", "", "", 0, false},
        QuantityCase{"He was questioned several times.", "", "", 0, false},
        QuantityCase{"Troops dug in three kilometres from the river.", "", "", 0, false},
        QuantityCase{"He spent two long years abroad.", "", "", 0, false},
        QuantityCase{"Smugglers moved 40 tonnes of grain.", "", "", 0, false},
        QuantityCase{"For two weeks, 300 nurses picketed.", "300", "nurses", 300, false},
        // Forms of the scanner, in sentences of its own.
        QuantityCase{"Tens of thousands of farmers marched.", "tens of thousands", "farmers",
                     20000, false},
        QuantityCase{"Two hundred volunteers signed up.", "200", "volunteers", 200, false},
        QuantityCase{"Half a dozen ferries were delayed.", "6", "ferries", 6, false},
        QuantityCase{"Some 12,500 tenants were evicted.", "12500", "tenants", 12500, false},
        QuantityCase{"About 40 houses flooded.", "36-44", "houses", 36, false},
        QuantityCase{"Up to 30 prisoners escaped.", "1-30", "prisoners", 1, false},
        QuantityCase{"No fewer than ninety-two nurses resigned.", "92+", "nurses", 92, true},
        QuantityCase{"The score was 3:1 to the visitors.", "", "", 0, false},
        // Number, context and month words in any case, looked up whole.
        QuantityCase{"OVER 300 MINERS were trapped.", "301+", "miners", 301, true},
        QuantityCase{"A Thousand Doctors signed the letter.", "1000", "doctors", 1000, false},
        QuantityCase{"FORTY-five Police stood guard.", "45", "police", 45, false},
        QuantityCase{"A thousandfold rise in Trucks was seen.", "", "", 0, false},
        QuantityCase{"Since Jan. 14 clinics have closed.", "", "", 0, false},
        QuantityCase{"Seventeen OF THE riders fell.", "17", "riders", 17, false},
        // A part of a group told before counts people, or the noun named.
        QuantityCase{"Nine of them were taken to a clinic.", "9", "people", 9, false},
        QuantityCase{"Guards beat 14 of them, one badly.", "14", "people", 14, false},
        QuantityCase{"Four of those questioned were held.", "4", "people", 4, false},
        QuantityCase{"At least 30 of the strikers were fined.", "30+", "strikers", 30, true},
        QuantityCase{"Six of its members resigned.", "6", "members", 6, false},
        QuantityCase{"Two of these ferries sank.", "2", "ferries", 2, false},
        QuantityCase{"One of them spoke to the press.", "", "", 0, false},
        QuantityCase{"Three of Spain's clubs objected.", "", "", 0, false},
        QuantityCase{"Nineteen glass dishes broke.", "19", "dishes", 19, false},
        // A number that names a thing counts nothing; the count after it does.
        QuantityCase{"Clinic No. 4 treated eleven people.", "11", "people", 11, false},
        QuantityCase{"Gate 7 was shut and 40 workers waited.", "40", "workers", 40, false},
        QuantityCase{"Room #12 held six detainees.", "6", "detainees", 6, false},
        QuantityCase{"Under Section 144 police banned rallies.", "", "", 0, false},
        // A tally: a number before a participle of what happened to people.
        QuantityCase{"Monitors counted at least 15 wounded.", "15+", "people", 15, true},
        QuantityCase{"The riot left 40 detained and two dead.", "40", "people", 40, false},
        QuantityCase{"Three dead in flash floods.", "3", "people", 3, false},
        QuantityCase{"In 2019 killed miners were honoured.", "", "", 0, false},
        QuantityCase{"Police detained the three at dawn.", "3", "people", 3, false},
        QuantityCase{"The three were detained at dawn.", "3", "people", 3, false}));

TEST(QuantityKeyTest, Forms) {
  NumberRange r;
  r.set_low(10);
  r.set_high(20);
  EXPECT_EQ(QuantityKey(r, ""), "10-20");
  EXPECT_EQ(QuantityKey(r, "dozens"), "dozens");
  r.set_unbounded(true);
  EXPECT_EQ(QuantityKey(r, ""), "10+");
}

// A part of a group is the subject of the plural verb after it, as a
// number alone is: "eight of those detained were freed" counts the freed.
TEST(PartitiveQuantityTest, IsTheSubjectOfAVerbAfterIt) {
  std::vector<Quantity> found = FindQuantities("Eight of those detained were freed.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].subject);
  EXPECT_EQ(found[0].range.end, 23);  // "Eight of those detained".
  found = FindQuantities("Police held 8 of them overnight.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0].subject);
  EXPECT_EQ(found[0].range.end, 21);  // "8 of them".
}

}  // namespace
}  // namespace xref
