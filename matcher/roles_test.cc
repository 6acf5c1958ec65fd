#include "matcher/roles.h"

#include "gtest/gtest.h"

namespace xref {
namespace {

TEST(RoleKindTest, TableAndDefaults) {
  EXPECT_EQ(RoleKind("time", false, Value::kDate), SINGLE);
  EXPECT_EQ(RoleKind("count", false, Value::kNumber), SINGLE);
  EXPECT_EQ(RoleKind("Place", false, Value::kText), SINGLE);
  EXPECT_EQ(RoleKind("crime", false, Value::kCategory), MULTI);
  EXPECT_EQ(RoleKind("agent", false, Value::kText), MULTI);
  EXPECT_EQ(RoleKind("instrument", false, Value::kCategory), MULTI);
  EXPECT_EQ(RoleKind("hometown", true, Value::kText), SINGLE);
  EXPECT_EQ(RoleKind("founded", true, Value::kText), SINGLE);
  EXPECT_EQ(RoleKind("witness", false, Value::kText), MULTI);
  EXPECT_EQ(RoleKind("duration", false, Value::kNumber), SINGLE);
}

TEST(EventNounTest, TypesAndLemmas) {
  EXPECT_EQ(EventNoun("Justice:Arrest-Jail", "detain"), "Arrest");
  EXPECT_EQ(EventNoun("Life:Die", ""), "Death");
  EXPECT_EQ(EventNoun("", "earthquake"), "Earthquake");
  EXPECT_EQ(EventNoun("Custom:Thing", ""), "Event");
  EXPECT_EQ(EventNoun("Conflict:Demonstrate", "protest", "funeral procession"),
            "Funeral procession");
}

}  // namespace
}  // namespace xref
