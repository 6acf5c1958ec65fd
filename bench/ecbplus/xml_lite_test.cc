#include "bench/ecbplus/xml_lite.h"

#include "base/status_matchers.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::HasSubstr;

TEST(ParseXmlTest, ElementsAttributesTextAndEntities) {
  ASSERT_OK_AND_ASSIGN(
      XmlElement root,
      ParseXml("<?xml version=\"1.0\"?>\n<!-- c -->\n<Doc id='7'>\n"
               "<t n=\"1\">Smith &amp; Co &#233;&#x41;</t>\n"
               "<empty a=\"x &lt; y\"/><!-- inside --></Doc>\n",
               "test.xml"));
  EXPECT_EQ(root.name, "Doc");
  ASSERT_NE(root.Attribute("id"), nullptr);
  EXPECT_EQ(*root.Attribute("id"), "7");
  EXPECT_EQ(root.Attribute("missing"), nullptr);
  ASSERT_EQ(root.children.size(), 2u);
  EXPECT_EQ(root.children[0].text, "Smith & Co \xC3\xA9" "A");
  EXPECT_EQ(*root.children[1].Attribute("a"), "x < y");
  EXPECT_TRUE(root.children[1].children.empty());
}

TEST(ParseXmlTest, MismatchedTagNamesFileAndLine) {
  EXPECT_THAT(ParseXml("<a>\n<b>\n</a>", "bad.xml"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("bad.xml:3: </a> closes <b>")));
}

TEST(ParseXmlTest, UnclosedElementIsAnError) {
  EXPECT_THAT(ParseXml("<a><b/>", "u.xml"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("element <a> is not closed")));
}

TEST(ParseXmlTest, UnknownEntityIsAnError) {
  EXPECT_THAT(ParseXml("<a>&nbsp;</a>", "e.xml"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("unknown entity &nbsp;")));
}

TEST(ParseXmlTest, UnquotedAttributeIsAnError) {
  EXPECT_THAT(ParseXml("<a x=1/>", "q.xml"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("attribute x of <a> is not quoted")));
}

TEST(ParseXmlTest, EmptyInputHasNoRoot) {
  EXPECT_THAT(ParseXml("  ", "empty.xml"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("no root element")));
}

}  // namespace
}  // namespace xref
