#include "report/report_view.h"

#include "base/proto_io.h"
#include "base/status_matchers.h"
#include "base/utf8.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::ElementsAre;

constexpr char kSample[] = "report/testdata/sample_report.textproto";

TEST(ClampSpanTest, ClampsOutOfRangeSpans) {
  EXPECT_EQ(ClampSpan("abcdef", -3, 2), std::make_pair(size_t{0}, size_t{2}));
  EXPECT_EQ(ClampSpan("abcdef", 4, 99), std::make_pair(size_t{4}, size_t{6}));
  EXPECT_EQ(ClampSpan("abcdef", 5, 2), std::make_pair(size_t{5}, size_t{5}));
}

TEST(ClampSpanTest, NeverSplitsAUtf8Sequence) {
  // "aé b": 'é' is bytes 1..2; "€" (3 bytes) follows at 4.
  const std::string text = "a\xC3\xA9 \xE2\x82\xAC!";
  auto [b, e] = ClampSpan(text, 2, 6);
  EXPECT_EQ(b, 1u);
  EXPECT_EQ(e, 4u);
  EXPECT_EQ(FindInvalidUtf8(absl::string_view(text).substr(b, e - b)), -1);
}

TEST(LabelsTest, WordingForReaders) {
  EXPECT_EQ(VerdictLabel(CONFLICT), "conflict");
  EXPECT_EQ(VerdictKey(SINGLE_SOURCE), "single");
  EXPECT_EQ(ModalityLabel(ASSERTED), "");
  EXPECT_EQ(ModalityLabel(ALLEGED), "alleged");
  Attribution attribution;
  EXPECT_EQ(AttributionText(attribution), "");
  attribution.set_source("the military");
  EXPECT_EQ(AttributionText(attribution), "according to the military");
  Value value;
  EXPECT_EQ(ValueLabel(value), "?");
  value.set_raw("on May 26");
  EXPECT_EQ(ValueLabel(value), "on May 26");
  value.set_normalized("2021-05-26");
  EXPECT_EQ(ValueLabel(value), "2021-05-26");
  EXPECT_EQ(SectionOf(DIVERGENT), ReportSection::kDiscrepancies);
  EXPECT_EQ(SectionOf(AGREE), ReportSection::kAgreements);
}

Report ReportWithOneGroup(Verdict verdict) {
  Report report;
  Document* doc = report.add_documents();
  doc->set_id("a");
  doc->set_outlet("Outlet A");
  doc->set_text("Guards held Smith on Friday. More text.");
  EventGroup* event = report.add_events();
  event->set_id("g1");
  event->set_label("Arrest of Smith, 2020-01-03");
  ClaimGroup* group = report.add_groups();
  group->set_event_group_id("g1");
  group->set_role("time");
  group->set_verdict(verdict);
  Support* support = group->add_values()->add_support();
  support->set_doc_id("a");
  support->set_claim_id("c1");
  support->set_raw("on Friday");
  support->mutable_evidence()->mutable_sentence()->set_begin(0);
  support->mutable_evidence()->mutable_sentence()->set_end(28);
  support->mutable_evidence()->mutable_value()->set_begin(18);
  support->mutable_evidence()->mutable_value()->set_end(27);
  return report;
}

TEST(ReportViewTest, SplitsQuoteAroundValue) {
  Report report = ReportWithOneGroup(CONFLICT);
  ReportView view(report);
  QuoteParts q = view.Quote(report.groups(0).values(0).support(0));
  EXPECT_EQ(q.before, "Guards held Smith ");
  EXPECT_EQ(q.value, "on Friday");
  EXPECT_EQ(q.after, ".");
}

TEST(ReportViewTest, QuoteFallsBackToEvidenceQuoteWithoutText) {
  Report report = ReportWithOneGroup(CONFLICT);
  report.mutable_documents(0)->clear_text();
  Support* support = report.mutable_groups(0)->mutable_values(0)->mutable_support(0);
  support->mutable_evidence()->set_quote("Guards held Smith on Friday.");
  ReportView view(report);
  QuoteParts q = view.Quote(report.groups(0).values(0).support(0));
  EXPECT_EQ(q.before, "Guards held Smith ");
  EXPECT_EQ(q.value, "on Friday");
  EXPECT_EQ(q.after, ".");
}

TEST(ReportViewTest, SupportWithoutEvidenceQuotesItsClaim) {
  Report report = ReportWithOneGroup(CONFLICT);
  Support* support = report.mutable_groups(0)->mutable_values(0)->mutable_support(0);
  ClaimSet* set = report.add_claim_sets();
  set->mutable_document()->set_id("a");
  set->add_claims()->set_id("c0");
  Claim* claim = set->add_claims();
  claim->set_id("c1");
  *claim->mutable_evidence() = support->evidence();
  support->clear_evidence();
  support->set_claim_index(1);
  ReportView view(report);
  EXPECT_EQ(view.SupportClaim(*support), claim);
  QuoteParts q = view.Quote(*support);
  EXPECT_EQ(q.before, "Guards held Smith ");
  EXPECT_EQ(q.value, "on Friday");
  EXPECT_EQ(q.after, ".");

  support->set_claim_index(0);  // Names claim c0, not c1: not resolved.
  EXPECT_EQ(view.SupportClaim(*support), nullptr);
  EXPECT_FALSE(view.SupportEvidence(*support).has_sentence());
  EXPECT_EQ(view.Quote(*support).value, "on Friday");  // Support.raw.
  support->set_claim_index(7);
  EXPECT_EQ(view.SupportClaim(*support), nullptr);
  support->clear_claim_index();
  EXPECT_EQ(view.SupportClaim(*support), nullptr);
}

TEST(ReportViewTest, TitlesAndSections) {
  Report report = ReportWithOneGroup(DIVERGENT);
  ClaimGroup* attribute = report.add_groups();
  attribute->set_subject_entity("smith");
  attribute->set_verdict(AGREE);
  Entity* smith = report.add_entities();
  smith->set_id("smith");
  smith->set_canonical("John Smith");
  ReportView view(report);
  EXPECT_EQ(view.GroupTitle(report.groups(0)), "Arrest of Smith, 2020-01-03");
  EXPECT_EQ(view.GroupTitle(report.groups(1)), "John Smith (attribute)");
  EXPECT_THAT(view.GroupsIn(ReportSection::kDiscrepancies),
              ElementsAre(&report.groups(0)));
  EXPECT_THAT(view.GroupsIn(ReportSection::kAgreements),
              ElementsAre(&report.groups(1)));
  EXPECT_EQ(view.OutletName("a"), "Outlet A");
  EXPECT_EQ(view.OutletName("unknown"), "unknown");
}

TEST(ReportViewTest, ClaimVerdictIsTheMostSevereOfItsGroups) {
  Report report = ReportWithOneGroup(AGREE);
  *report.add_groups() = report.groups(0);
  report.mutable_groups(1)->set_verdict(CONFLICT);
  ReportView view(report);
  EXPECT_EQ(view.ClaimVerdict("a", "c1"), CONFLICT);
  EXPECT_EQ(view.ClaimVerdict("a", "c2"), VERDICT_UNSPECIFIED);
}

// The fixture is hand-built; its spans must point at what they claim to.
TEST(SampleFixtureTest, EverySpanMatchesItsQuote) {
  Report report;
  ASSERT_OK(ReadProto(kSample, &report));
  ReportView view(report);
  int checked = 0;
  for (const ClaimSet& set : report.claim_sets()) {
    const Document* doc = view.FindDocument(set.document().id());
    ASSERT_NE(doc, nullptr) << set.document().id();
    for (const Claim& claim : set.claims()) {
      const Evidence& ev = claim.evidence();
      const std::string& text = doc->text();
      ASSERT_LE(ev.sentence().end(), static_cast<int64_t>(text.size()));
      EXPECT_EQ(text.substr(ev.sentence().begin(),
                            ev.sentence().end() - ev.sentence().begin()),
                ev.quote());
      EXPECT_EQ(text.substr(ev.value().begin(),
                            ev.value().end() - ev.value().begin()),
                claim.value().raw());
      ++checked;
    }
  }
  EXPECT_EQ(checked, report.summary().claims());
}

}  // namespace
}  // namespace xref
