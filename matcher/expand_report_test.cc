#include "matcher/expand_report.h"

#include <algorithm>
#include <string>
#include <vector>

#include "base/status_matchers.h"
#include "gmock/gmock.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

template <typename T>
T Parse(const std::string& text) {
  T message;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &message))
      << text;
  return message;
}

std::vector<ClaimSet> Sets() {
  return {
      Parse<ClaimSet>(R"pb(
        document { id: "a" outlet: "Alpha News" }
        events { id: "e1" type: "Justice:Arrest-Jail" trigger: "arrested"
                 sentence { begin: 0 end: 20 } }
        claims { id: "a1" role: "Time" modality: ASSERTED
                 value { raw: "May 3" normalized: "2021-05-03" } }
        claims { id: "a2" role: "count" modality: NEGATED
                 value { raw: "five" normalized: "5" } }
      )pb"),
      Parse<ClaimSet>(R"pb(
        document { id: "b" }
        events { id: "x" type: "Justice:Arrest-Jail" trigger: "detained" }
        claims { id: "b1" role: "time" modality: REPORTED
                 attribution { source: "police" }
                 value { raw: "May 4" normalized: "2021-05-04" } }
      )pb"),
  };
}

// A compact report as the matcher builds it: one event group of both
// documents, a CONFLICT time group and a SINGLE_SOURCE count group.
Report Compact() {
  return Parse<Report>(R"pb(
    documents { id: "a" outlet: "Alpha News" }
    documents { id: "b" }
    entities { id: "p" canonical: "Pat" }
    events {
      participant_index: 0
      mentions { doc_index: 0 event_index: 0 }
      mentions { doc_index: 1 event_index: 0 }
    }
    groups {
      event_index: 0 kind: SINGLE verdict: CONFLICT
      values { value_from: 0 support_count: 1 }
      values { value_from: 0 attributed: true
               support_count: 1 }
      contrast_first: 0 contrast_second: 1
    }
    groups {
      subject_index: 0 kind: SINGLE verdict: SINGLE_SOURCE
      values { value_from: 0 support_count: 1 }
    }
    agreement { row_index: 0 col_index: 1 shared: 1 agreed: 0 with_mirror: true }
    support_columns { doc_index: [ 0, 1, 0 ] claim_index: [ 0, 0, 1 ] }
  )pb");
}

TEST(ExpandReportTest, SpellsOutEveryReference) {
  const std::vector<ClaimSet> sets = Sets();
  Report report = Compact();
  ASSERT_TRUE(IsCompact(report));
  ASSERT_OK(ExpandReport(sets, &report));
  EXPECT_FALSE(IsCompact(report));

  const EventGroup& event = report.events(0);
  EXPECT_EQ(event.id(), "g1");
  EXPECT_EQ(event.type(), "Justice:Arrest-Jail");
  EXPECT_EQ(event.label(), "Arrest of Pat");
  EXPECT_EQ(event.participant(), "p");
  EXPECT_THAT(event.documents(), ElementsAre("a", "b"));
  EXPECT_EQ(event.mentions(1).doc_id(), "b");
  EXPECT_EQ(event.mentions(1).event_id(), "x");
  EXPECT_EQ(event.mentions(1).trigger(), "detained");
  EXPECT_EQ(event.mentions(0).sentence().end(), 20);

  const ClaimGroup& time = report.groups(0);
  EXPECT_EQ(time.id(), "g1/time");  // The role folded, as spelled by claim a1.
  EXPECT_EQ(time.role(), "Time");
  EXPECT_EQ(time.event_group_id(), "g1");
  EXPECT_EQ(time.event_type(), "Justice:Arrest-Jail");
  EXPECT_THAT(time.documents(), ElementsAre("a", "b"));
  EXPECT_EQ(time.values(1).value().normalized(), "2021-05-04");
  const Support& attributed = time.values(1).support(0);
  EXPECT_EQ(attributed.doc_id(), "b");
  EXPECT_EQ(attributed.claim_id(), "b1");
  EXPECT_EQ(attributed.raw(), "May 4");
  EXPECT_EQ(attributed.attribution().source(), "police");
  EXPECT_FALSE(time.values(0).support(0).has_attribution());
  EXPECT_EQ(time.explanation(),
            "Alpha News gives 2021-05-03 but b gives 2021-05-04, which cannot "
            "both be true.");

  // A negated claim is still shown when it is all its document says.
  const ClaimGroup& count = report.groups(1);
  EXPECT_EQ(count.id(), "p/count");
  EXPECT_EQ(count.subject_entity(), "p");
  EXPECT_EQ(count.explanation(), "Only Alpha News reports the count (5).");

  ASSERT_EQ(report.agreement_size(), 2);
  EXPECT_EQ(report.agreement(0).row_doc(), "a");
  EXPECT_EQ(report.agreement(0).col_doc(), "b");
  EXPECT_EQ(report.agreement(1).row_doc(), "b");
  EXPECT_EQ(report.agreement(1).col_doc(), "a");
  EXPECT_EQ(report.agreement(1).shared(), 1);
  EXPECT_FALSE(report.agreement(1).has_with_mirror());
}

TEST(ExpandReportTest, TurnsSupportColumnsIntoSupportsWithTheClaimsModality) {
  Report report = Compact();
  ASSERT_OK(ExpandReport(Sets(), &report));
  EXPECT_FALSE(report.has_support_columns());
  const ValueSupport& asserted = report.groups(0).values(0);
  EXPECT_FALSE(asserted.has_support_count());
  ASSERT_EQ(asserted.support_size(), 1);
  EXPECT_EQ(asserted.support(0).doc_id(), "a");
  EXPECT_EQ(asserted.support(0).claim_id(), "a1");
  EXPECT_EQ(asserted.support(0).claim_index(), 0);
  EXPECT_FALSE(asserted.support(0).has_doc_index());
  EXPECT_EQ(asserted.support(0).modality(), ASSERTED);
  EXPECT_EQ(report.groups(0).values(1).support(0).claim_id(), "b1");
  EXPECT_EQ(report.groups(0).values(1).support(0).modality(), REPORTED);
  EXPECT_EQ(report.groups(1).values(0).support(0).claim_id(), "a2");
  EXPECT_EQ(report.groups(1).values(0).support(0).modality(), NEGATED);
}

// A compact report with one Support message per claim (as matched before
// the support columns) expands to the same report as the columns do.
TEST(ExpandReportTest, SupportMessagesAndColumnsExpandAlike) {
  Report columns = Compact();
  Report messages = Compact();
  int next = 0;
  for (ClaimGroup& group : *messages.mutable_groups()) {
    for (ValueSupport& value : *group.mutable_values()) {
      for (int i = 0; i < value.support_count(); ++i, ++next) {
        Support* s = value.add_support();
        s->set_doc_index(messages.support_columns().doc_index(next));
        s->set_claim_index(messages.support_columns().claim_index(next));
        s->set_modality(
            Sets()[s->doc_index()].claims(s->claim_index()).modality());
      }
      value.clear_support_count();
    }
  }
  messages.clear_support_columns();
  ASSERT_TRUE(IsCompact(messages));
  ASSERT_OK(ExpandReport(Sets(), &columns));
  ASSERT_OK(ExpandReport(Sets(), &messages));
  EXPECT_EQ(columns.SerializeAsString(), messages.SerializeAsString());
}

// Column supports follow the value's Support messages; value_from counts both.
TEST(ExpandReportTest, SupportColumnsFollowSupportMessages) {
  Report report = Compact();
  ValueSupport& value = *report.mutable_groups(0)->mutable_values(0);
  value.set_value_from(1);
  Support* first = value.add_support();
  first->set_doc_index(1);
  first->set_claim_index(0);
  ASSERT_OK(ExpandReport(Sets(), &report));
  const ValueSupport& expanded = report.groups(0).values(0);
  ASSERT_EQ(expanded.support_size(), 2);
  EXPECT_EQ(expanded.support(0).claim_id(), "b1");
  EXPECT_EQ(expanded.support(1).claim_id(), "a1");
  EXPECT_EQ(expanded.value().normalized(), "2021-05-03");
}

TEST(ExpandReportTest, NamesASupportCountBeyondTheColumns) {
  Report report = Compact();
  report.mutable_groups(1)->mutable_values(0)->set_support_count(2);
  EXPECT_THAT(ExpandReport(Sets(), &report),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("claim group 1 has support_count 2")));
  EXPECT_EQ(report.groups(0).values(1).support(0).claim_id(), "b1");
}

TEST(ExpandReportTest, NamesSupportColumnsOfDifferentLengths) {
  Report report = Compact();
  report.mutable_support_columns()->add_doc_index(1);
  EXPECT_THAT(ExpandReport(Sets(), &report),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("the report has 4 support_columns.doc_index but 3 "
                                 "support_columns.claim_index")));
  EXPECT_EQ(report.groups(1).values(0).support(0).claim_id(), "a2");
}

// Compact() with its claim groups as group columns (as the matcher writes
// them).
Report CompactWithGroupColumns() {
  Report report = Compact();
  ClaimGroupColumns& columns = *report.mutable_group_columns();
  for (const ClaimGroup& group : report.groups()) {
    columns.add_owner(group.has_event_index() ? group.event_index()
                                              : -1 - group.subject_index());
    columns.add_kind(group.kind());
    columns.add_verdict(group.verdict());
    columns.add_value_count(group.values_size());
    columns.add_contrast_first(group.has_contrast_first() ? group.contrast_first() : -1);
    columns.add_contrast_second(group.has_contrast_second() ? group.contrast_second()
                                                            : -1);
    for (const ValueSupport& value : group.values()) {
      columns.add_attributed(value.attributed());
      columns.add_support_count(value.support_count());
      columns.add_value_from(value.value_from());
    }
  }
  report.clear_groups();
  return report;
}

// `report` with its documents left to its claim sets (as the matcher builds
// it).
Report WithDocumentsFromClaimSets(Report report) {
  report.clear_documents();
  report.set_documents_from_claim_sets(true);
  return report;
}

TEST(ExpandReportTest, DocumentsFromClaimSetsExpandLikeCopiedDocuments) {
  Report from_sets = WithDocumentsFromClaimSets(Compact());
  ASSERT_TRUE(IsCompact(from_sets));
  Report copied = Compact();
  ASSERT_OK(ExpandReport(Sets(), &from_sets));
  ASSERT_OK(ExpandReport(Sets(), &copied));
  EXPECT_FALSE(from_sets.has_documents_from_claim_sets());
  ASSERT_EQ(from_sets.documents_size(), 2);
  EXPECT_EQ(from_sets.documents(0).outlet(), "Alpha News");
  EXPECT_EQ(from_sets.SerializeAsString(), copied.SerializeAsString());
  // Without claim sets there are no documents, and references name nothing.
  Report alone = WithDocumentsFromClaimSets(Compact());
  EXPECT_THAT(ExpandReport(&alone),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("has doc_index 0 that names nothing")));
  EXPECT_EQ(alone.documents_size(), 0);
}

// `report` (whose event groups have no time) with its event groups as event
// columns (as the matcher writes them).
Report WithEventColumns(Report report) {
  EventGroupColumns& columns = *report.mutable_event_columns();
  for (const EventGroup& event : report.events()) {
    EXPECT_FALSE(event.has_time());
    columns.add_participant(event.has_participant_index() ? event.participant_index()
                                                          : -1);
    columns.add_time_from(-1);
    columns.add_mention_count(event.mentions_size());
    for (const EventMentionRef& m : event.mentions()) {
      columns.add_doc_index(m.doc_index());
      columns.add_event_index(m.event_index());
    }
  }
  report.clear_events();
  return report;
}

TEST(ExpandReportTest, EventColumnsAndMessagesExpandAlike) {
  Report columns = WithEventColumns(Compact());
  ASSERT_TRUE(IsCompact(columns));
  Report messages = Compact();
  ASSERT_OK(ExpandReport(Sets(), &columns));
  ASSERT_OK(ExpandReport(Sets(), &messages));
  EXPECT_FALSE(columns.has_event_columns());
  ASSERT_EQ(columns.events_size(), 1);
  EXPECT_EQ(columns.events(0).id(), "g1");
  EXPECT_EQ(columns.groups(0).event_group_id(), "g1");
  EXPECT_EQ(columns.SerializeAsString(), messages.SerializeAsString());
}

TEST(ExpandReportTest, EventColumnsTakeTheTimeOfMentionTimeFrom) {
  std::vector<ClaimSet> sets = Sets();
  sets[1].mutable_events(0)->mutable_time()->set_iso("2021-05");
  Report report = WithEventColumns(Compact());
  report.mutable_event_columns()->set_time_from(0, 1);
  ASSERT_OK(ExpandReport(sets, &report));
  EXPECT_EQ(report.events(0).time().iso(), "2021-05");
  EXPECT_THAT(report.events(0).label(), ::testing::EndsWith(" of Pat, 2021-05"));
}

TEST(ExpandReportTest, NamesEventColumnsOfDifferentLengths) {
  Report report = WithEventColumns(Compact());
  report.mutable_event_columns()->add_event_index(0);
  EXPECT_THAT(ExpandReport(Sets(), &report),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("event_columns has columns of different lengths "
                                 "(participant 1, time_from 1, mention_count 1, "
                                 "doc_index 2, event_index 3)")));
  EXPECT_EQ(report.events_size(), 0);
}

TEST(ExpandReportTest, NamesAMentionCountOrTimeBeyondTheEventColumns) {
  Report report = WithEventColumns(Compact());
  report.mutable_event_columns()->set_mention_count(0, 3);
  EXPECT_THAT(ExpandReport(Sets(), &report),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("event_columns entry 0 has mention_count 3")));
  report = WithEventColumns(Compact());
  report.mutable_event_columns()->set_time_from(0, 2);
  EXPECT_THAT(ExpandReport(Sets(), &report),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("event_columns entry 0 has time_from 2")));
  EXPECT_EQ(report.events(0).mentions(1).doc_id(), "b");
}

// `report` (whose agreement cells all have mirrors) with its agreement cells
// as agreement columns (as the matcher writes them).
Report WithAgreementColumns(Report report) {
  AgreementColumns& columns = *report.mutable_agreement_columns();
  for (const AgreementCell& cell : report.agreement()) {
    EXPECT_TRUE(cell.with_mirror());
    columns.add_row_index(cell.row_index());
    columns.add_col_index(cell.col_index());
    columns.add_shared(cell.shared());
    columns.add_agreed(cell.agreed());
  }
  report.clear_agreement();
  return report;
}

TEST(ExpandReportTest, AgreementColumnsAndMessagesExpandAlike) {
  Report columns = WithAgreementColumns(Compact());
  ASSERT_TRUE(IsCompact(columns));
  Report messages = Compact();
  ASSERT_OK(ExpandReport(Sets(), &columns));
  ASSERT_OK(ExpandReport(Sets(), &messages));
  EXPECT_FALSE(columns.has_agreement_columns());
  ASSERT_EQ(columns.agreement_size(), 2);
  EXPECT_EQ(columns.agreement(1).row_doc(), "b");
  EXPECT_EQ(columns.SerializeAsString(), messages.SerializeAsString());
}

TEST(ExpandReportTest, NamesAgreementColumnsOfDifferentLengths) {
  Report report = WithAgreementColumns(Compact());
  report.mutable_agreement_columns()->add_shared(2);
  EXPECT_THAT(ExpandReport(Sets(), &report),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("agreement_columns has columns of different lengths "
                                 "(row_index 1, col_index 1, shared 2, agreed 1)")));
  EXPECT_EQ(report.agreement_size(), 0);
}

// `report` with documents for its entities (the first in both documents,
// the second in "b").
Report WithEntityDocuments(Report report) {
  report.mutable_entities(0)->add_documents("a");
  report.mutable_entities(0)->add_documents("b");
  Entity& second = *report.add_entities();
  second.set_id("q");
  second.add_documents("b");
  return report;
}

// `report` (documents "a" and "b") with the documents of its entities as
// entity document columns (as the matcher writes them).
Report WithEntityDocumentColumns(Report report) {
  EntityDocumentColumns& columns = *report.mutable_entity_documents();
  for (Entity& entity : *report.mutable_entities()) {
    columns.add_document_count(entity.documents_size());
    for (const std::string& doc : entity.documents()) {
      columns.add_doc_index(doc == "a" ? 0 : 1);
    }
    entity.clear_documents();
  }
  return report;
}

TEST(ExpandReportTest, EntityDocumentColumnsAndMessagesExpandAlike) {
  Report columns = WithEntityDocumentColumns(WithEntityDocuments(Compact()));
  ASSERT_TRUE(IsCompact(columns));
  Report messages = WithEntityDocuments(Compact());
  ASSERT_OK(ExpandReport(Sets(), &columns));
  ASSERT_OK(ExpandReport(Sets(), &messages));
  EXPECT_FALSE(columns.has_entity_documents());
  ASSERT_EQ(columns.entities_size(), 2);
  EXPECT_THAT(columns.entities(0).documents(), ElementsAre("a", "b"));
  EXPECT_THAT(columns.entities(1).documents(), ElementsAre("b"));
  EXPECT_EQ(columns.SerializeAsString(), messages.SerializeAsString());
}

TEST(ExpandReportTest, NamesEntityDocumentColumnsOfDifferentLengths) {
  Report report = WithEntityDocumentColumns(WithEntityDocuments(Compact()));
  report.mutable_entity_documents()->add_document_count(0);
  EXPECT_THAT(ExpandReport(Sets(), &report),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("entity_documents has columns of different lengths "
                                 "(document_count 3, entities 2)")));
  EXPECT_TRUE(report.entities(0).documents().empty());
  EXPECT_TRUE(report.has_entity_documents());
}

TEST(ExpandReportTest, NamesADocumentCountOrDocIndexBeyondTheEntityColumns) {
  Report report = WithEntityDocumentColumns(WithEntityDocuments(Compact()));
  report.mutable_entity_documents()->set_document_count(1, 2);
  EXPECT_THAT(ExpandReport(Sets(), &report),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("entity_documents entry 1 has document_count 2")));
  EXPECT_THAT(report.entities(0).documents(), ElementsAre("a", "b"));
  report = WithEntityDocumentColumns(WithEntityDocuments(Compact()));
  report.mutable_entity_documents()->set_doc_index(1, 7);
  EXPECT_THAT(ExpandReport(Sets(), &report),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("entity_documents entry 0 has doc_index 7")));
  EXPECT_THAT(report.entities(0).documents(), ElementsAre("a"));
  EXPECT_THAT(report.entities(1).documents(), ElementsAre("b"));
}

// `report` with the ids of its entities left to follow from their
// canonical names (as the matcher writes them); the ids they get are
// "pat" and "pat_2".
Report WithEntityIdsFromCanonical(Report report) {
  for (Entity& entity : *report.mutable_entities()) entity.clear_id();
  report.set_entity_ids_from_canonical(true);
  return report;
}

// `report` of WithEntityDocuments, with the ids its entities get from
// their canonical names.
Report WithSluggedIds(Report report) {
  report.mutable_entities(0)->set_id("pat");
  report.mutable_entities(1)->set_canonical("PAT!");
  report.mutable_entities(1)->set_id("pat_2");
  return report;
}

TEST(ExpandReportTest, EntityIdsFromCanonicalExpandLikeGivenIds) {
  Report columns =
      WithEntityIdsFromCanonical(WithSluggedIds(WithEntityDocuments(Compact())));
  ASSERT_TRUE(IsCompact(columns));
  Report messages = WithSluggedIds(WithEntityDocuments(Compact()));
  ASSERT_OK(ExpandReport(Sets(), &columns));
  ASSERT_OK(ExpandReport(Sets(), &messages));
  EXPECT_FALSE(columns.has_entity_ids_from_canonical());
  EXPECT_EQ(columns.entities(1).id(), "pat_2");
  EXPECT_EQ(columns.groups(1).subject_entity(), "pat");
  EXPECT_EQ(columns.events(0).participant(), "pat");
  EXPECT_EQ(columns.SerializeAsString(), messages.SerializeAsString());
}

// `report` of WithSluggedIds, its first entity with aliases ("Pat" second).
Report WithAliases(Report report) {
  report.mutable_entities(0)->add_aliases("P.");
  report.mutable_entities(0)->add_aliases("Pat");
  return report;
}

// `report` with each entity's canonical name given as the position of that
// name among its aliases (as the matcher writes them); -1 (the canonical
// name kept) when it is none of them.
Report WithCanonicalAliasColumn(Report report) {
  for (Entity& entity : *report.mutable_entities()) {
    const auto& aliases = entity.aliases();
    const auto it = std::find(aliases.begin(), aliases.end(), entity.canonical());
    report.mutable_entity_canonical()->add_alias(
        it == aliases.end() ? -1 : static_cast<int>(it - aliases.begin()));
    if (it != aliases.end()) entity.clear_canonical();
  }
  return report;
}

TEST(ExpandReportTest, CanonicalAliasesExpandLikeCanonicalNames) {
  const Report messages = WithAliases(WithSluggedIds(WithEntityDocuments(Compact())));
  Report columns = WithEntityIdsFromCanonical(WithCanonicalAliasColumn(messages));
  ASSERT_THAT(columns.entity_canonical().alias(), ElementsAre(1, -1));
  ASSERT_TRUE(columns.entities(0).canonical().empty());
  ASSERT_TRUE(IsCompact(columns));
  Report expanded_messages = messages;
  ASSERT_OK(ExpandReport(Sets(), &columns));
  ASSERT_OK(ExpandReport(Sets(), &expanded_messages));
  EXPECT_FALSE(columns.has_entity_canonical());
  EXPECT_EQ(columns.entities(0).canonical(), "Pat");
  EXPECT_EQ(columns.entities(0).id(), "pat");  // Given after the name.
  EXPECT_EQ(columns.SerializeAsString(), expanded_messages.SerializeAsString());
}

TEST(ExpandReportTest, NamesACanonicalAliasColumnOfAnotherLengthOrBeyondTheAliases) {
  Report report = WithCanonicalAliasColumn(
      WithAliases(WithSluggedIds(WithEntityDocuments(Compact()))));
  report.mutable_entity_canonical()->add_alias(0);
  EXPECT_THAT(ExpandReport(Sets(), &report),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("entity_canonical has columns of different "
                                 "lengths (alias 3, entities 2)")));
  EXPECT_TRUE(report.entities(0).canonical().empty());
  report = WithCanonicalAliasColumn(
      WithAliases(WithSluggedIds(WithEntityDocuments(Compact()))));
  report.mutable_entity_canonical()->set_alias(1, 0);  // It has no alias.
  EXPECT_THAT(ExpandReport(Sets(), &report),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("entity_canonical entry 1 has alias 0")));
  EXPECT_EQ(report.entities(0).canonical(), "Pat");
  EXPECT_TRUE(report.has_entity_canonical());
}

TEST(ExpandReportTest, GroupColumnsAndMessagesExpandAlike) {
  Report columns = CompactWithGroupColumns();
  ASSERT_TRUE(IsCompact(columns));
  Report messages = Compact();
  ASSERT_OK(ExpandReport(Sets(), &columns));
  ASSERT_OK(ExpandReport(Sets(), &messages));
  EXPECT_FALSE(columns.has_group_columns());
  ASSERT_EQ(columns.groups_size(), 2);
  EXPECT_EQ(columns.groups(0).verdict(), CONFLICT);
  EXPECT_EQ(columns.groups(1).subject_entity(), "p");
  EXPECT_EQ(columns.SerializeAsString(), messages.SerializeAsString());
}

// Column groups follow the message groups, and take the support columns
// after theirs.
TEST(ExpandReportTest, GroupColumnsFollowGroupMessages) {
  Report mixed = CompactWithGroupColumns();
  *mixed.add_groups() = Compact().groups(0);
  ClaimGroupColumns& columns = *mixed.mutable_group_columns();
  // The message group takes the first two support entries; the columns keep
  // only the SINGLE_SOURCE group, whose support comes third.
  for (auto* column : {columns.mutable_owner(), columns.mutable_value_count(),
                       columns.mutable_contrast_first(), columns.mutable_contrast_second(),
                       columns.mutable_kind(), columns.mutable_verdict()}) {
    column->erase(column->begin());
  }
  for (auto* column : {columns.mutable_support_count(), columns.mutable_value_from()}) {
    column->erase(column->begin(), column->begin() + 2);
  }
  columns.mutable_attributed()->erase(columns.mutable_attributed()->begin(),
                                      columns.mutable_attributed()->begin() + 2);
  Report messages = Compact();
  ASSERT_OK(ExpandReport(Sets(), &mixed));
  ASSERT_OK(ExpandReport(Sets(), &messages));
  EXPECT_EQ(mixed.SerializeAsString(), messages.SerializeAsString());
}

TEST(ExpandReportTest, NamesGroupColumnsOfDifferentLengths) {
  Report report = CompactWithGroupColumns();
  report.mutable_group_columns()->add_verdict(AGREE);
  EXPECT_THAT(ExpandReport(Sets(), &report),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("group_columns has columns of different lengths "
                                 "(owner 2, kind 2, verdict 3,")));
  EXPECT_EQ(report.groups_size(), 0);
}

TEST(ExpandReportTest, NamesAValueCountBeyondTheGroupColumns) {
  Report report = CompactWithGroupColumns();
  report.mutable_group_columns()->set_value_count(1, 2);
  EXPECT_THAT(ExpandReport(Sets(), &report),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("group_columns entry 1 has value_count 2")));
  ASSERT_EQ(report.groups_size(), 1);
  EXPECT_EQ(report.groups(0).values(1).support(0).claim_id(), "b1");
}

TEST(ExpandReportTest, SupportColumnsAloneMakeAReportCompact) {
  Report report;
  report.mutable_support_columns();
  EXPECT_TRUE(IsCompact(report));
  report.Clear();
  report.add_groups()->add_values()->set_support_count(0);
  EXPECT_TRUE(IsCompact(report));
  report.Clear();
  report.mutable_group_columns();
  EXPECT_TRUE(IsCompact(report));
  report.Clear();
  report.set_documents_from_claim_sets(false);
  EXPECT_TRUE(IsCompact(report));
  report.Clear();
  report.mutable_event_columns();
  EXPECT_TRUE(IsCompact(report));
  report.Clear();
  report.mutable_agreement_columns();
  EXPECT_TRUE(IsCompact(report));
  report.Clear();
  report.mutable_entity_documents();
  EXPECT_TRUE(IsCompact(report));
  report.Clear();
  report.set_entity_ids_from_canonical(false);
  EXPECT_TRUE(IsCompact(report));
  report.Clear();
  report.mutable_entity_canonical();
  EXPECT_TRUE(IsCompact(report));
}

TEST(ExpandReportTest, WordsAgreementFromTheFirstValue) {
  std::vector<ClaimSet> sets = Sets();
  sets[1].mutable_claims(0)->mutable_value()->set_normalized("2021-05");
  Report report = Compact();
  ClaimGroup& time = *report.mutable_groups(0);
  time.set_verdict(AGREE);
  time.clear_contrast_first();
  time.clear_contrast_second();
  ASSERT_OK(ExpandReport(sets, &report));
  EXPECT_EQ(report.groups(0).explanation(),
            "2 documents give compatible time values (2021-05-03).");
}

TEST(ExpandReportTest, UsesTheReportsOwnClaimSets) {
  Report with_sets = Compact();
  for (const ClaimSet& set : Sets()) *with_sets.add_claim_sets() = set;
  Report given = with_sets;
  ASSERT_OK(ExpandReport(&with_sets));
  ASSERT_OK(ExpandReport(Sets(), &given));
  EXPECT_EQ(with_sets.SerializeAsString(), given.SerializeAsString());
}

TEST(ExpandReportTest, ExpandedReportIsLeftAlone) {
  Report report = Compact();
  ASSERT_OK(ExpandReport(Sets(), &report));
  const std::string once = report.SerializeAsString();
  ASSERT_OK(ExpandReport(Sets(), &report));
  EXPECT_EQ(report.SerializeAsString(), once);
  const ExpandedReport expanded(report);
  EXPECT_EQ(&expanded.report(), &report);
}

// The parameter picks the form: 0: Compact(); 1: with group columns; 2: with
// group, event, agreement and entity document columns, entity ids from
// canonical names, canonical names as alias positions and documents from the claim sets (as the matcher builds
// it).
class ExpandedReportOfFormTest : public ::testing::TestWithParam<int> {};

TEST_P(ExpandedReportOfFormTest, ExpandsACompactReportBorrowingWhatDoesNotChange) {
  Report compact = GetParam() == 0 ? Compact() : CompactWithGroupColumns();
  if (GetParam() == 2) {
    compact = WithDocumentsFromClaimSets(WithAgreementColumns(WithEventColumns(
        WithEntityIdsFromCanonical(WithCanonicalAliasColumn(WithEntityDocumentColumns(
            WithAliases(WithSluggedIds(WithEntityDocuments(compact)))))))));
  }
  for (const ClaimSet& set : Sets()) *compact.add_claim_sets() = set;
  compact.set_title("t");
  compact.set_generator("g");
  compact.mutable_summary()->set_claims(3);
  compact.add_skipped()->set_source("x.txt");
  const std::string before = compact.SerializeAsString();
  Report copied = compact;
  ASSERT_OK(ExpandReport(&copied));
  {
    const ExpandedReport expanded(compact);
    ASSERT_OK(expanded.status());
    EXPECT_EQ(expanded.report().SerializeAsString(), copied.SerializeAsString());
    EXPECT_EQ(&expanded.report().claim_sets(1), &compact.claim_sets(1));
    if (GetParam() != 2) {  // Entities with document columns are copied.
      EXPECT_EQ(&expanded.report().entities(0), &compact.entities(0));
    }
    EXPECT_EQ(&expanded.report().documents(0), GetParam() == 2
                                                   ? &compact.claim_sets(0).document()
                                                   : &compact.documents(0));
  }
  EXPECT_EQ(compact.SerializeAsString(), before);  // Returned unchanged.
  // ExpandedReport copies or lends each field of Report: a new field must be
  // added there (and here).
  EXPECT_EQ(Report::descriptor()->field_count(), 18);
}

INSTANTIATE_TEST_SUITE_P(CompactForms, ExpandedReportOfFormTest,
                         ::testing::Range(0, 3));

TEST(ExpandedReportTest, KeepsTheExpansionError) {
  const Report compact = Compact();  // Without claim sets: supports unresolved.
  const ExpandedReport expanded(compact);
  EXPECT_THAT(expanded.status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("event group g1 has doc_index 0")));
  EXPECT_EQ(expanded.report().events(0).participant(), "p");
  EXPECT_EQ(expanded.report().documents_size(), 2);
}

TEST(ExpandReportTest, MirrorsFollowTheirCellsInOrder) {
  Report report = Compact();
  report.clear_agreement();
  for (const char* cell : {
           "row_index: 0 col_index: 1 shared: 1 with_mirror: true",
           "row_index: 0 col_index: 0 shared: 2",
           "row_index: 1 col_index: 0 shared: 3 agreed: 2 with_mirror: true",
           "row_index: 1 col_index: 1 shared: 4 with_mirror: false",
           "row_doc: \"b\" col_doc: \"a\" shared: 5",
       }) {
    *report.add_agreement() = Parse<AgreementCell>(cell);
  }
  ASSERT_OK(ExpandReport(Sets(), &report));
  std::vector<std::string> cells;
  for (const AgreementCell& cell : report.agreement()) {
    EXPECT_FALSE(cell.has_with_mirror() || cell.has_row_index() ||
                 cell.has_col_index());
    cells.push_back(cell.row_doc() + cell.col_doc() +
                    std::to_string(cell.shared()) +
                    std::to_string(cell.agreed()));
  }
  EXPECT_THAT(cells, ElementsAre("ab10", "ba10", "aa20", "ba32", "ab32", "bb40",
                                 "ba50"));
}

TEST(ExpandReportTest, NamesTheFirstAgreementCellThatResolvesToNothing) {
  Report report = Compact();
  report.clear_agreement();
  *report.add_agreement() =
      Parse<AgreementCell>("row_index: 5 col_index: 1 with_mirror: true");
  *report.add_agreement() = Parse<AgreementCell>("row_index: 0 col_index: 7");
  *report.add_agreement() =
      Parse<AgreementCell>("row_index: 0 col_index: 1 with_mirror: true");
  EXPECT_THAT(ExpandReport(Sets(), &report),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("an agreement cell has document index 5")));
  ASSERT_EQ(report.agreement_size(), 5);
  // The unresolved cell keeps its indices, and so does its mirror, swapped.
  EXPECT_EQ(report.agreement(0).row_index(), 5);
  EXPECT_EQ(report.agreement(1).row_index(), 1);
  EXPECT_EQ(report.agreement(1).col_index(), 5);
  EXPECT_EQ(report.agreement(2).col_index(), 7);
  EXPECT_EQ(report.agreement(3).row_doc(), "a");
  EXPECT_EQ(report.agreement(4).row_doc(), "b");
}

TEST(ExpandReportTest, ListsAnEventsDocumentsOnceInMentionOrder) {
  // More documents than a short linear scan covers.
  constexpr int kDocs = 40;
  std::vector<ClaimSet> sets(kDocs);
  Report report;
  EventGroup& event = *report.add_events();
  for (int d = 0; d < kDocs; ++d) {
    sets[d].mutable_document()->set_id("d" + std::to_string(d));
    sets[d].add_events()->set_id("e");
    report.add_documents()->set_id("d" + std::to_string(d));
  }
  // Mentions of d39, d0, d38, d1, ..., d0, d39: each document twice.
  for (int d = kDocs - 1; d >= 0; --d) {
    for (int doc : {d, kDocs - 1 - d}) {
      EventMentionRef& m = *event.add_mentions();
      m.set_doc_index(doc);
      m.set_event_index(0);
    }
  }
  ASSERT_OK(ExpandReport(sets, &report));
  const auto& documents = report.events(0).documents();
  ASSERT_EQ(documents.size(), kDocs);
  for (int i = 0; i < kDocs; ++i) {
    const int doc = i % 2 == 0 ? kDocs - 1 - i / 2 : i / 2;
    EXPECT_EQ(documents[i], "d" + std::to_string(doc)) << i;
  }
}

TEST(ExpandReportTest, ContrastsEachDocumentsDistinctValues) {
  std::vector<ClaimSet> sets = Sets();
  *sets[0].add_claims() = Parse<Claim>(R"pb(
    id: "a3" role: "time" modality: ASSERTED
    value { raw: "3 May" normalized: "2021-05-03" })pb");
  *sets[0].add_claims() = Parse<Claim>(R"pb(
    id: "a4" role: "time" modality: ASSERTED value { raw: "June" })pb");
  Report report = Compact();
  ClaimGroup& time = *report.mutable_groups(0);
  time.set_verdict(DIVERGENT);
  Support& more = *time.mutable_values(0)->add_support();
  more.set_doc_index(0);
  more.set_claim_index(2);
  Support& june = *time.mutable_values(0)->add_support();
  june.set_doc_index(0);
  june.set_claim_index(3);
  ASSERT_OK(ExpandReport(sets, &report));
  EXPECT_EQ(report.groups(0).explanation(),
            "Alpha News gives 2021-05-03, June but b gives 2021-05-04: the "
            "accounts list different items.");
  EXPECT_THAT(report.groups(0).documents(), ElementsAre("a", "b"));
}

TEST(ExpandReportTest, NamesAReferenceThatResolvesToNothing) {
  Report report = Compact();
  report.mutable_support_columns()->set_claim_index(2, 7);
  EXPECT_THAT(ExpandReport(Sets(), &report),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("claim group 1 has support doc_index 0")));
  // Everything else was resolved.
  EXPECT_EQ(report.groups(0).id(), "g1/time");

  Report no_sets = Compact();
  EXPECT_THAT(ExpandReport(&no_sets),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("event group g1 has doc_index 0")));
}

}  // namespace
}  // namespace xref
