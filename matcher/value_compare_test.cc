#include "matcher/value_compare.h"

#include "base/status_matchers.h"
#include "absl/strings/str_format.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

Value DateOf(const std::string& iso) {
  Value v;
  v.mutable_date()->set_iso(iso);
  v.set_normalized(iso);
  return v;
}

Value Number(int64_t low, int64_t high, bool unbounded = false) {
  Value v;
  v.mutable_number()->set_low(low);
  v.mutable_number()->set_high(high);
  v.mutable_number()->set_unbounded(unbounded);
  return v;
}

Value Category(const std::string& key) {
  Value v;
  v.set_category(key);
  v.set_normalized(key);
  return v;
}

Value Text(const std::string& text) {
  Value v;
  v.set_text(text);
  v.set_normalized(text);
  return v;
}

Value PlaceValue(const std::string& name, const std::string& key) {
  Value v = Text(name);
  v.set_place_key(key);
  return v;
}

bool Compat(const Value& a, const Value& b, const Gazetteer* g = nullptr,
            int ea = -1, int eb = -1) {
  return Compatible(MakeComparable(a, ea), MakeComparable(b, eb), g);
}

TEST(ParseIsoIntervalTest, Granularities) {
  DateInterval d = ParseIsoInterval("2020-02");
  EXPECT_TRUE(d.known);
  EXPECT_EQ(d.granularity, MONTH);
  EXPECT_EQ(d.first, 20200201);
  EXPECT_EQ(d.last, 20200229);
  EXPECT_EQ(ParseIsoInterval("2021").last, 20211231);
  EXPECT_EQ(ParseIsoInterval("2021-05-26").granularity, DAY);
  EXPECT_FALSE(ParseIsoInterval("2021-13").known);
  EXPECT_FALSE(ParseIsoInterval("2021-02-30").known);
  EXPECT_FALSE(ParseIsoInterval("May 2021").known);
  EXPECT_FALSE(ParseIsoInterval("").known);
  for (absl::string_view bad : {"2021-", "20210", "2021x05", "2021-5-26x",
                                "2021-05-26-", "2021-05-2a", "202a", "-2021",
                                "2021-05-26-01"}) {
    EXPECT_FALSE(ParseIsoInterval(bad).known) << bad;
  }
}

// Every calendar day of three years (one of them a leap year) parses as
// itself, a day past the month's end or a month past 12 does not, and a
// non-digit or a wrong separator at any position is refused.
TEST(ParseIsoIntervalTest, EveryDayAndEveryBadPosition) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (int y : {1999, 2000, 2100}) {
    const bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    for (int m = 0; m <= 13; ++m) {
      const std::string month = absl::StrFormat("%04d-%02d", y, m);
      EXPECT_EQ(ParseIsoInterval(month).known, m >= 1 && m <= 12) << month;
      for (int day = 0; day <= 32; ++day) {
        const std::string iso = absl::StrFormat("%04d-%02d-%02d", y, m, day);
        const int last =
            m >= 1 && m <= 12 ? kDays[m - 1] + (m == 2 && leap ? 1 : 0) : 0;
        const DateInterval d = ParseIsoInterval(iso);
        ASSERT_EQ(d.known, day >= 1 && day <= last) << iso;
        if (d.known) {
          EXPECT_EQ(d.first, y * 10000 + m * 100 + day) << iso;
          EXPECT_EQ(d.last, d.first) << iso;
          EXPECT_EQ(d.granularity, DAY) << iso;
        }
      }
    }
  }
  const std::string good = "2021-05-26";
  ASSERT_TRUE(ParseIsoInterval(good).known);
  for (size_t i = 0; i < good.size(); ++i) {
    for (char c : {'/', ':', 'a', ' ', '-'}) {
      if (c == good[i]) continue;
      std::string bad = good;
      bad[i] = c;
      EXPECT_FALSE(ParseIsoInterval(bad).known) << bad;
    }
  }
}

TEST(CompatibleTest, DatesAsIntervals) {
  EXPECT_TRUE(Compat(DateOf("2020-06"), DateOf("2020-06-25")));
  EXPECT_TRUE(Compat(DateOf("2020"), DateOf("2020-11-02")));
  EXPECT_FALSE(Compat(DateOf("2021-05-26"), DateOf("2021-06-09")));
  EXPECT_FALSE(Compat(DateOf("2020-07"), DateOf("2020-06-30")));
  Value relative;
  relative.mutable_date()->set_relative("weeks later");
  EXPECT_TRUE(Compat(relative, DateOf("2021-06-09")));
  EXPECT_FALSE(Compat(DateOf("2021"), Number(2021, 2021)));
}

TEST(CompatibleTest, NumbersAsRanges) {
  EXPECT_TRUE(Compat(Number(200, 999), Number(300, 300)));
  EXPECT_FALSE(Compat(Number(14, 14), Number(13, 13)));
  EXPECT_TRUE(Compat(Number(13, 0, true), Number(14, 14)));
  EXPECT_FALSE(Compat(Number(13, 0, true), Number(12, 12)));
  EXPECT_TRUE(Compat(Number(66, 0, true), Number(100, 0, true)));
  EXPECT_TRUE(Compat(Number(5, 0), Number(5, 5)));  // Missing high is low.
}

TEST(CompatibleTest, PlacesByContainment) {
  GazetteerFile file;
  Place* country = file.add_places();
  country->set_key("iraq");
  country->set_name("Iraq");
  Place* west = file.add_places();
  west->set_key("western_iraq");
  west->set_name("western Iraq");
  west->add_within("iraq");
  Place* anbar = file.add_places();
  anbar->set_key("anbar");
  anbar->set_name("Anbar");
  anbar->add_within("western_iraq");
  Place* basra = file.add_places();
  basra->set_key("basra");
  basra->set_name("Basra");
  basra->add_within("iraq");
  ASSERT_OK_AND_ASSIGN(Gazetteer g, Gazetteer::FromProto(file, "test"));
  EXPECT_TRUE(Compat(PlaceValue("Anbar", "anbar"), PlaceValue("western Iraq", "western_iraq"), &g));
  EXPECT_TRUE(Compat(PlaceValue("Iraq", "iraq"), PlaceValue("Anbar", "anbar"), &g));
  EXPECT_FALSE(Compat(PlaceValue("Anbar", "anbar"), PlaceValue("Basra", "basra"), &g));
  EXPECT_FALSE(Compat(PlaceValue("Anbar", "anbar"), PlaceValue("western Iraq", "western_iraq")));
  EXPECT_TRUE(MoreSpecific(MakeComparable(PlaceValue("Anbar", "anbar"), -1),
                           MakeComparable(PlaceValue("Iraq", "iraq"), -1), &g));
}

TEST(CompatibleTest, LocalPlacesOfOneCorpusEntity) {
  // Two outlets' spellings of a village the gazetteer does not know: each
  // document keys its own spelling; alias resolution made them one entity.
  auto place = [](const std::string& name, const std::string& key) {
    Value v;
    v.mutable_entity()->set_surface(name);
    v.set_place_key(key);
    return v;
  };
  const Value a = place("Dhoke Elahi", "local:dhoke elahi");
  const Value b = place("Dhok Ilahi", "local:dhok ilahi");
  EXPECT_TRUE(Compat(a, b, nullptr, 4, 4));
  EXPECT_FALSE(Compat(a, b, nullptr, 4, 5));
  EXPECT_FALSE(Compat(a, b));
}

TEST(CompatibleTest, CategoriesByKey) {
  EXPECT_TRUE(Compat(Category("terrorism"), Category("Terrorism")));
  EXPECT_FALSE(Compat(Category("terrorism"), Category("corruption")));
  EXPECT_FALSE(Compat(Category("killing of activists"), Category("killing")));
}

Value Narrower(const std::string& key, std::vector<std::string> broader) {
  Value v = Category(key);
  for (const std::string& b : broader) v.add_broader(b);
  return v;
}

TEST(CompatibleTest, CategoryCompatibleWithBroaderAndNarrower) {
  Value acquitted = Narrower("acquittal on appeal", {"acquittal", "court ruling"});
  EXPECT_TRUE(Compat(acquitted, Category("acquittal")));
  EXPECT_TRUE(Compat(Category("Court Ruling"), acquitted));
  EXPECT_FALSE(Compat(acquitted, Category("bail")));
  // Siblings under one broader key say different things.
  Value overturned = Narrower("conviction overturned", {"court ruling"});
  EXPECT_FALSE(Compat(acquitted, overturned));
  EXPECT_FALSE(Compat(Narrower("pardon", {}), Category("amnesty")));
}

TEST(CompatibleTest, EntitiesByCorpusEntity) {
  Value a, b;
  a.mutable_entity()->set_entity_id("e1");
  a.set_normalized("Ali Hamza");
  b.mutable_entity()->set_entity_id("e7");
  b.set_normalized("Hamza");
  EXPECT_TRUE(Compat(a, b, nullptr, 4, 4));
  EXPECT_FALSE(Compat(a, b, nullptr, 4, 5));
}

TEST(CompatibleTest, FreeTextByWordOverlap) {
  EXPECT_TRUE(Compat(Text("security forces"),
                     Text("a special security unit of the police")));
  EXPECT_TRUE(Compat(Text("drone strike"), Text("airstrike")));
  EXPECT_TRUE(Compat(Text("the riot police"), Text("Riot Police")));
  EXPECT_FALSE(Compat(Text("riot police"), Text("army commandos")));
  EXPECT_FALSE(Compat(Text("lack of evidence"), Text("insufficient funds")));
  EXPECT_TRUE(Compat(Text("killings of journalists"), Text("journalist killed")));
}

TEST(ContentWordsTest, FoldsStemsAndDropsStopWords) {
  EXPECT_EQ(ContentWords("The Attacks on U.S. Forces"),
            (std::vector<std::string>{"attack", "us", "force"}));
  EXPECT_EQ(ContentWords("militias"), std::vector<std::string>{"militia"});
}

}  // namespace
}  // namespace xref

namespace xref {
namespace {

void ExpectSamePrepared(const ComparableValue& a, const ComparableValue& b) {
  EXPECT_EQ(a.kind, b.kind);
  EXPECT_EQ(a.date.known, b.date.known);
  EXPECT_EQ(a.date.first, b.date.first);
  EXPECT_EQ(a.date.last, b.date.last);
  EXPECT_EQ(a.date.granularity, b.date.granularity);
  EXPECT_EQ(a.number.SerializeAsString(), b.number.SerializeAsString());
  EXPECT_EQ(a.key, b.key);
  EXPECT_EQ(a.place, b.place);
  EXPECT_EQ(a.entity, b.entity);
  EXPECT_EQ(a.words, b.words);
  EXPECT_EQ(a.broader, b.broader);
}

TEST(MakeComparableIntoTest, ReusedValueHoldsOnlyTheLastValue) {
  Value broad = Category("terrorism financing");
  broad.add_broader("terrorism");
  Value entity;
  entity.mutable_entity()->set_entity_id("e1");
  entity.set_normalized("Qasim Musleh");
  // Each kind after one that fills other fields, so that a field left over
  // from the previous value would show.
  const Value values[] = {broad, Number(13, 0, true), PlaceValue("Anbar", "anbar"),
                          DateOf("2021-05"), entity, Text("security forces"),
                          Number(14, 14), Value()};
  ComparableValue reused;
  for (const Value& v : values) {
    SCOPED_TRACE(v.ShortDebugString());
    MakeComparableInto(v, v.has_entity() ? 3 : -1, &reused);
    ExpectSamePrepared(reused, MakeComparable(v, v.has_entity() ? 3 : -1));
  }
}

}  // namespace
}  // namespace xref
