#include "eval/scorer.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"

#include "base/file.h"
#include "base/status_matchers.h"
#include "eval/answer_key.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::SizeIs;

constexpr double kEps = 1e-9;

constexpr char kDocA[] =
    "Police arrested John Doe on March 4, 2019. Prosecutors said he was "
    "charged with fraud. Doe was freed on March 9.";
constexpr char kDocB[] =
    "John Doe was detained in March 2019. He faces fraud charges.";

// Two events, five gold units, five event mentions (four of the arrest, one
// of the release), one attributed value, three verdicts, and two entities
// giving 1 + 3 = 4 gold alias pairs.
constexpr char kKey[] = R"json({
  "corpus": "tiny",
  "documents": [{"id": "a", "file": "a.txt", "outlet": "A"},
                {"id": "b", "file": "b.txt", "outlet": "B"}],
  "entities": [
    {"id": "john_doe", "type": "PERSON", "canonical": "John Doe",
     "aliases": ["John Doe", "Doe"]},
    {"id": "jane_roe", "type": "PERSON", "canonical": "Jane Roe",
     "aliases": ["Jane Roe", "Roe", "J. Roe"]}],
  "events": [
    {"id": "arrest", "type": "Justice:Arrest-Jail", "participant": "john_doe",
     "date": "2019-03-04",
     "slots": [
       {"role": "time", "kind": "single", "verdict": "agree",
        "values": [
          {"doc": "a", "value": "2019-03-04",
           "evidence": "arrested John Doe on March 4, 2019"},
          {"doc": "b", "value": "2019-03",
           "evidence": "detained in March 2019"}]},
       {"role": "crime", "kind": "multi", "verdict": "agree",
        "values": [
          {"doc": "a", "value": "fraud", "evidence": "charged with fraud",
           "attributed_to": "prosecutors"},
          {"doc": "b", "value": "fraud", "evidence": "faces fraud charges"}]}]},
    {"id": "release", "type": "Justice:Release-Parole",
     "participant": "john_doe", "date": "2019-03-09",
     "slots": [
       {"role": "time", "kind": "single", "verdict": "single_source",
        "values": [{"doc": "a", "value": "2019-03-09",
                    "evidence": "freed on March 9"}]}]}]
})json";

Value Date(const std::string& iso) {
  Value v;
  v.mutable_date()->set_iso(iso);
  v.set_normalized(iso);
  return v;
}

Value Category(const std::string& key) {
  Value v;
  v.set_category(key);
  v.set_normalized(key);
  return v;
}

// Builds a report the way the matcher would: one claim set per document, one
// event mention per (document, group), one ClaimGroup per (group, role).
class ReportBuilder {
 public:
  ReportBuilder() {
    AddDocument("a", kDocA);
    AddDocument("b", kDocB);
  }

  ReportBuilder& Claim(const std::string& doc, const std::string& group,
                       const std::string& role, Value value,
                       const std::string& evidence,
                       const std::string& source = "") {
    ClaimSet* set = SetFor(doc);
    const std::string& text = set->document().text();
    size_t at = text.find(evidence);
    EXPECT_NE(at, std::string::npos) << evidence;
    std::string mention_id = "m_" + group;
    bool have_mention = false;
    for (const EventMention& m : set->events()) have_mention |= m.id() == mention_id;
    if (!have_mention) {
      set->add_events()->set_id(mention_id);
      EventGroup* event_group = GroupFor(group);
      EventMentionRef* ref = event_group->add_mentions();
      ref->set_doc_id(doc);
      ref->set_event_id(mention_id);
    }
    xref::Claim* claim = set->add_claims();
    claim->set_id("c" + std::to_string(++claims_));
    claim->set_event_id(mention_id);
    claim->set_role(role);
    *claim->mutable_value() = value;
    Evidence* ev = claim->mutable_evidence();
    ev->set_doc_id(doc);
    ev->mutable_value()->set_begin(at);
    ev->mutable_value()->set_end(at + evidence.size());
    *ev->mutable_sentence() = ev->value();
    ev->set_quote(evidence);
    claim->mutable_attribution()->set_source(source);

    ClaimGroup* claim_group = ClaimGroupFor(group, role);
    ValueSupport* vs = claim_group->add_values();
    *vs->mutable_value() = value;
    Support* support = vs->add_support();
    support->set_doc_id(doc);
    support->set_claim_id(claim->id());
    *support->mutable_attribution() = claim->attribution();
    *support->mutable_evidence() = claim->evidence();
    return *this;
  }

  ReportBuilder& Verdict(const std::string& group, const std::string& role,
                         xref::Verdict verdict) {
    ClaimGroupFor(group, role)->set_verdict(verdict);
    return *this;
  }

  // Gives group `group`, its claim groups and its claims so far the event
  // type `type`.
  ReportBuilder& Type(const std::string& group, const std::string& type) {
    GroupFor(group)->set_type(type);
    for (ClaimGroup& g : *report_.mutable_groups()) {
      if (g.event_group_id() == group) g.set_event_type(type);
    }
    for (ClaimSet& set : *report_.mutable_claim_sets()) {
      for (xref::Claim& c : *set.mutable_claims()) {
        if (c.event_id() == "m_" + group) c.set_event_type(type);
      }
    }
    return *this;
  }

  ReportBuilder& Entity(std::vector<std::string> aliases) {
    xref::Entity* entity = report_.add_entities();
    entity->set_id("E" + std::to_string(report_.entities_size()));
    entity->set_canonical(aliases[0]);
    for (const std::string& alias : aliases) entity->add_aliases(alias);
    return *this;
  }

  Report Build() const { return report_; }

 private:
  void AddDocument(const std::string& id, const std::string& text) {
    Document* doc = report_.add_documents();
    doc->set_id(id);
    doc->set_text(text);
    *report_.add_claim_sets()->mutable_document() = *doc;
  }

  ClaimSet* SetFor(const std::string& doc) {
    for (ClaimSet& set : *report_.mutable_claim_sets()) {
      if (set.document().id() == doc) return &set;
    }
    ADD_FAILURE() << "no document " << doc;
    return report_.add_claim_sets();
  }

  EventGroup* GroupFor(const std::string& id) {
    for (EventGroup& group : *report_.mutable_events()) {
      if (group.id() == id) return &group;
    }
    EventGroup* group = report_.add_events();
    group->set_id(id);
    return group;
  }

  ClaimGroup* ClaimGroupFor(const std::string& group, const std::string& role) {
    for (ClaimGroup& g : *report_.mutable_groups()) {
      if (g.event_group_id() == group && g.role() == role) return &g;
    }
    ClaimGroup* g = report_.add_groups();
    g->set_id(group + "/" + role);
    g->set_event_group_id(group);
    g->set_role(role);
    return g;
  }

  Report report_;
  int claims_ = 0;
};

gold::AnswerKey Key() {
  absl::StatusOr<gold::AnswerKey> key = ParseAnswerKey(kKey, "tiny.json");
  EXPECT_OK(key);
  return key.value_or(gold::AnswerKey());
}

// Every gold value, right group, right attribution, right verdicts, plus two
// claims outside the key (a role it does not cover; a group that maps to no
// gold event) that must not count.
ReportBuilder Perfect() {
  ReportBuilder b;
  b.Claim("a", "g1", "time", Date("2019-03-04"),
          "arrested John Doe on March 4, 2019")
      .Claim("b", "g1", "time", Date("2019-03"), "detained in March 2019")
      .Claim("a", "g1", "crime", Category("fraud"), "charged with fraud",
             "Prosecutors")
      .Claim("b", "g1", "crime", Category("fraud"), "faces fraud charges")
      .Claim("a", "g2", "time", Date("2019-03-09"), "freed on March 9")
      .Claim("a", "g1", "agent", Category("police"), "Police arrested")
      .Claim("b", "g9", "time", Date("2030-01-01"), "John Doe was")
      .Verdict("g1", "time", AGREE)
      .Verdict("g1", "crime", AGREE)
      .Verdict("g2", "time", SINGLE_SOURCE)
      .Entity({"John Doe", "Doe"})
      .Entity({"Jane Roe", "Roe", "J. Roe"});
  return b;
}

void ExpectPrf(const Prf& prf, double p, double r, double f1) {
  EXPECT_NEAR(prf.precision, p, kEps);
  EXPECT_NEAR(prf.recall, r, kEps);
  EXPECT_NEAR(prf.f1, f1, kEps);
}

TEST(Evaluate, Perfect) {
  ASSERT_OK_AND_ASSIGN(EvalResult r, Evaluate(Perfect().Build(), Key()));
  // 5 predicted units counted (agent is not a gold role of "arrest"; g9 maps
  // to no event), all correct; 5 of 5 gold units found.
  EXPECT_EQ(r.slots.predicted, 5);
  EXPECT_EQ(r.slots.predicted_correct, 5);
  EXPECT_EQ(r.slots.gold, 5);
  EXPECT_EQ(r.slots.gold_found, 5);
  EXPECT_DOUBLE_EQ(r.slot_precision, 1.0);
  EXPECT_DOUBLE_EQ(r.slot_recall, 1.0);
  EXPECT_DOUBLE_EQ(r.slot_f1, 1.0);
  EXPECT_EQ(r.slot_roles.at("time").gold, 3);
  EXPECT_EQ(r.slot_roles.at("crime").gold, 2);
  EXPECT_EQ(r.slot_roles.count("agent"), 0);
  // "Prosecutors" names "prosecutors": 1/1.
  EXPECT_EQ(r.attribution_total, 1);
  EXPECT_DOUBLE_EQ(r.attribution_accuracy, 1.0);
  // The four other gold values are the outlets' own, and so are their claims.
  EXPECT_EQ(r.unattributed_found, 4);
  EXPECT_EQ(r.unattributed_given_source, 0);
  EXPECT_DOUBLE_EQ(r.unattributed_given_source_rate, 0.0);
  EXPECT_THAT(r.attribution_errors, SizeIs(0));
  // 4 of 4 alias pairs.
  EXPECT_EQ(r.alias_gold_pairs, 4);
  EXPECT_EQ(r.alias_predicted_pairs, 4);
  EXPECT_DOUBLE_EQ(r.alias_precision, 1.0);
  EXPECT_DOUBLE_EQ(r.alias_recall, 1.0);
  EXPECT_EQ(r.event_mentions, 5);
  EXPECT_EQ(r.event_mentions_linked, 5);
  ExpectPrf(r.events.muc, 1, 1, 1);
  ExpectPrf(r.events.b3, 1, 1, 1);
  ExpectPrf(r.events.ceafe, 1, 1, 1);
  EXPECT_NEAR(r.events.conll_f1, 1.0, kEps);
  EXPECT_EQ(r.verdict_total, 3);
  EXPECT_DOUBLE_EQ(r.verdict_accuracy, 1.0);
  EXPECT_EQ(r.verdict_confusion.at("agree").at("agree"), 2);
  EXPECT_EQ(r.verdict_confusion.at("single_source").at("single_source"), 1);
  // Every gold verdict recalled; no predicted conflict or divergence.
  EXPECT_DOUBLE_EQ(r.verdict_scores.at("agree").recall, 1.0);
  EXPECT_DOUBLE_EQ(r.verdict_scores.at("single_source").recall, 1.0);
  EXPECT_EQ(r.verdict_scores.count("conflict"), 0);
  EXPECT_EQ(r.group_to_event.at("g1"), "arrest");
  EXPECT_EQ(r.group_to_event.at("g2"), "release");
  EXPECT_EQ(r.group_to_event.count("g9"), 0);
  EXPECT_THAT(r.misses, SizeIs(0));
  EXPECT_THAT(r.false_positives, SizeIs(0));
  EXPECT_THAT(r.warnings, SizeIs(0));
}

TEST(Evaluate, OutletStatementGivenToASourceIsAnAttributionError) {
  ReportBuilder b;
  b.Claim("a", "g1", "time", Date("2019-03-04"), "arrested John Doe on March 4, 2019",
          "police")
      .Claim("b", "g1", "time", Date("2019-03"), "detained in March 2019")
      // Two claims of one gold value: one asserted is enough.
      .Claim("b", "g1", "crime", Category("fraud"), "faces fraud charges", "lawyers")
      .Claim("b", "g1", "crime", Category("fraud"), "faces fraud charges");
  ASSERT_OK_AND_ASSIGN(EvalResult r, Evaluate(b.Build(), Key()));
  // Found: a/time, b/time, b/crime (a/crime is attributed in the key; the
  // release has no claim).
  EXPECT_EQ(r.unattributed_found, 3);
  EXPECT_EQ(r.unattributed_given_source, 1);
  EXPECT_DOUBLE_EQ(r.unattributed_given_source_rate, 1.0 / 3);
  EXPECT_EQ(r.attribution_total, 1);  // Unchanged: only attributed gold values.
  const auto given = std::find_if(r.attribution_errors.begin(), r.attribution_errors.end(),
                                  [](const AttributionError& e) { return e.gold_source.empty(); });
  ASSERT_NE(given, r.attribution_errors.end());
  EXPECT_EQ(given->doc_id, "a");
  EXPECT_EQ(given->role, "time");
  EXPECT_EQ(given->predicted_source, "police");
  EXPECT_TRUE(given->claim_found);
}

TEST(Evaluate, PerfectFromGroupsAlone) {
  // A report without claim sets: claims are read from the group supports.
  Report report = Perfect().Build();
  report.clear_claim_sets();
  ASSERT_OK_AND_ASSIGN(EvalResult r, Evaluate(report, Key()));
  EXPECT_DOUBLE_EQ(r.slot_precision, 1.0);
  EXPECT_DOUBLE_EQ(r.slot_recall, 1.0);
  EXPECT_DOUBLE_EQ(r.attribution_accuracy, 1.0);
  EXPECT_NEAR(r.events.conll_f1, 1.0, kEps);
  EXPECT_DOUBLE_EQ(r.verdict_accuracy, 1.0);
}

TEST(Evaluate, CompactReportNeedsItsClaimSets) {
  // A compact report (as the matcher builds it) names its claims by position:
  // without claim sets they resolve to nothing, and scoring says so.
  Report report = Perfect().Build();
  report.clear_claim_sets();
  ASSERT_GT(report.groups_size(), 0);
  ASSERT_GT(report.groups(0).values_size(), 0);
  report.mutable_groups(0)->mutable_values(0)->mutable_support(0)->set_doc_index(0);
  EXPECT_THAT(Evaluate(report, Key()),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("claim group 0 has support doc_index 0")));
}

TEST(Evaluate, EmptyPrediction) {
  ASSERT_OK_AND_ASSIGN(EvalResult r, Evaluate(ReportBuilder().Build(), Key()));
  // Slots: 0 predicted (precision 0 by convention), 0/5 found.
  EXPECT_EQ(r.slots.predicted, 0);
  EXPECT_EQ(r.slots.gold, 5);
  EXPECT_DOUBLE_EQ(r.slot_precision, 0.0);
  EXPECT_DOUBLE_EQ(r.slot_recall, 0.0);
  EXPECT_DOUBLE_EQ(r.slot_f1, 0.0);
  EXPECT_DOUBLE_EQ(r.attribution_accuracy, 0.0);  // 0/1
  EXPECT_DOUBLE_EQ(r.alias_precision, 0.0);       // 0/0
  EXPECT_DOUBLE_EQ(r.alias_recall, 0.0);          // 0/4
  // Every mention a singleton. Key {m1..m4}, {m5}.
  // MUC: recall (4-4)/3 = 0; precision 0/0 = 0.
  ExpectPrf(r.events.muc, 0, 0, 0);
  // B3: recall (4 * 1/4 + 1) / 5 = 2/5; precision 1; F1 = 2(2/5)/(7/5) = 4/7.
  ExpectPrf(r.events.b3, 1, 2.0 / 5, 4.0 / 7);
  // CEAF-e: best alignment {m1..m4}-{m1}: 2/5, {m5}-{m5}: 1; total 7/5.
  // recall 7/10, precision 7/25, F1 = 2(7/10)(7/25)/(49/50) = 2/5.
  ExpectPrf(r.events.ceafe, 7.0 / 25, 7.0 / 10, 2.0 / 5);
  // CoNLL = (0 + 4/7 + 2/5)/3 = 34/105.
  EXPECT_NEAR(r.events.conll_f1, 34.0 / 105, kEps);
  EXPECT_EQ(r.event_mentions_linked, 0);
  EXPECT_DOUBLE_EQ(r.verdict_accuracy, 0.0);
  EXPECT_EQ(r.verdict_confusion.at("agree").at("missing"), 2);
  EXPECT_EQ(r.verdict_confusion.at("single_source").at("missing"), 1);
  EXPECT_THAT(r.misses, SizeIs(5));
}

TEST(Evaluate, EverythingWrong) {
  ReportBuilder b;
  // Wrong values on the right evidence; the release mention sits in the
  // group of the first arrest mention, the other arrest mentions are alone.
  b.Claim("a", "gA", "time", Date("2018-01-01"),
          "arrested John Doe on March 4, 2019")
      .Claim("b", "gB", "time", Date("2018-05"), "detained in March 2019")
      .Claim("a", "gC", "crime", Category("theft"), "charged with fraud",
             "the mayor")
      .Claim("b", "gD", "crime", Category("bribery"), "faces fraud charges")
      .Claim("a", "gA", "time", Date("2019-04-01"), "freed on March 9")
      .Verdict("gA", "time", CONFLICT)
      .Verdict("gB", "time", AGREE)
      .Verdict("gC", "crime", DIVERGENT)
      .Verdict("gD", "crime", DIVERGENT)
      .Entity({"John Doe", "Jane Roe"})
      .Entity({"Doe", "Roe"});
  ASSERT_OK_AND_ASSIGN(EvalResult r, Evaluate(b.Build(), Key()));
  // gA: arrest 2, release 2 (role matches, value not) -> tie -> arrest.
  EXPECT_EQ(r.group_to_event.at("gA"), "arrest");
  // 5 predicted units (two in a/arrest/time), none correct; 0/5 found.
  EXPECT_EQ(r.slots.predicted, 5);
  EXPECT_EQ(r.slots.predicted_correct, 0);
  EXPECT_EQ(r.slots.gold_found, 0);
  EXPECT_DOUBLE_EQ(r.slot_f1, 0.0);
  // No claim with the gold value: 0/1.
  EXPECT_DOUBLE_EQ(r.attribution_accuracy, 0.0);
  ASSERT_THAT(r.attribution_errors, SizeIs(1));
  EXPECT_FALSE(r.attribution_errors[0].claim_found);
  // Predicted pairs (john doe, jane roe), (doe, roe): 0 of 2, 0 of 4.
  EXPECT_EQ(r.alias_predicted_pairs, 2);
  EXPECT_DOUBLE_EQ(r.alias_precision, 0.0);
  EXPECT_DOUBLE_EQ(r.alias_recall, 0.0);
  // Key {m1..m4}, {m5}; response {m1, m5}, {m2}, {m3}, {m4}.
  // MUC: recall (4-4)/3 = 0; precision (2-2)/1 = 0.
  ExpectPrf(r.events.muc, 0, 0, 0);
  // B3: recall (4 * 1/4 + 1)/5 = 2/5; precision (1/2 + 1/2 + 3)/5 = 4/5;
  // F1 = 2(2/5)(4/5)/(6/5) = 8/15.
  ExpectPrf(r.events.b3, 4.0 / 5, 2.0 / 5, 8.0 / 15);
  // CEAF-e: {m1..m4}-{m2}: 2/5 and {m5}-{m1,m5}: 2/3, total 16/15.
  // recall 8/15, precision 4/15, F1 = 2(8/15)(4/15)/(12/15) = 16/45.
  ExpectPrf(r.events.ceafe, 4.0 / 15, 8.0 / 15, 16.0 / 45);
  // CoNLL = (0 + 8/15 + 16/45)/3 = 8/27.
  EXPECT_NEAR(r.events.conll_f1, 8.0 / 27, kEps);
  // arrest/time: gA (2 supports) says conflict; arrest/crime: gC says
  // divergent; release/time: missing. 0/3.
  EXPECT_DOUBLE_EQ(r.verdict_accuracy, 0.0);
  EXPECT_EQ(r.verdict_confusion.at("agree").at("conflict"), 1);
  EXPECT_EQ(r.verdict_confusion.at("agree").at("divergent"), 1);
  EXPECT_EQ(r.verdict_confusion.at("single_source").at("missing"), 1);
  // gA's conflict lands on arrest/time, whose gold verdict is agree: the one
  // predicted conflict on a mapped event is wrong; no gold agree is recalled.
  EXPECT_EQ(r.verdict_scores.at("conflict").correct_predicted, 0);
  EXPECT_GE(r.verdict_scores.at("conflict").predicted, 1);
  EXPECT_DOUBLE_EQ(r.verdict_scores.at("conflict").precision, 0.0);
  EXPECT_EQ(r.verdict_scores.at("agree").gold, 2);
  EXPECT_DOUBLE_EQ(r.verdict_scores.at("agree").recall, 0.0);
  EXPECT_THAT(r.false_positives, SizeIs(5));
}

TEST(Evaluate, OneMergeError) {
  // Perfect values, but the release is put in the arrest group.
  ReportBuilder b;
  b.Claim("a", "g1", "time", Date("2019-03-04"),
          "arrested John Doe on March 4, 2019")
      .Claim("b", "g1", "time", Date("2019-03"), "detained in March 2019")
      .Claim("a", "g1", "crime", Category("fraud"), "charged with fraud",
             "prosecutors")
      .Claim("b", "g1", "crime", Category("fraud"), "faces fraud charges")
      .Claim("a", "g1", "time", Date("2019-03-09"), "freed on March 9")
      .Verdict("g1", "time", CONFLICT)
      .Verdict("g1", "crime", AGREE);
  ASSERT_OK_AND_ASSIGN(EvalResult r, Evaluate(b.Build(), Key()));
  EXPECT_EQ(r.group_to_event.at("g1"), "arrest");
  // 2019-03-09 now counts as a second arrest time in a: 4/5 correct; the
  // release time is missed: 4/5 found.
  EXPECT_EQ(r.slots.predicted, 5);
  EXPECT_EQ(r.slots.predicted_correct, 4);
  EXPECT_EQ(r.slots.gold_found, 4);
  EXPECT_NEAR(r.slot_precision, 4.0 / 5, kEps);
  EXPECT_NEAR(r.slot_recall, 4.0 / 5, kEps);
  EXPECT_NEAR(r.slot_f1, 4.0 / 5, kEps);
  // Time: 3 predicted, 2 correct; 3 gold, 2 found.
  EXPECT_NEAR(r.slot_roles.at("time").precision, 2.0 / 3, kEps);
  EXPECT_NEAR(r.slot_roles.at("time").recall, 2.0 / 3, kEps);
  EXPECT_DOUBLE_EQ(r.slot_roles.at("crime").f1, 1.0);
  ASSERT_THAT(r.false_positives, SizeIs(1));
  EXPECT_EQ(r.false_positives[0].value, "2019-03-09");
  EXPECT_EQ(r.false_positives[0].sentence, "freed on March 9");
  ASSERT_THAT(r.misses, SizeIs(1));
  EXPECT_EQ(r.misses[0].target, "release");
  EXPECT_EQ(r.misses[0].sentence, "Doe was freed on March 9.");
  // Response: one cluster of 5.
  // MUC: recall 3/3 = 1; precision (5-2)/(5-1) = 3/4; F1 = 6/7.
  ExpectPrf(r.events.muc, 3.0 / 4, 1, 6.0 / 7);
  // B3: recall 1; precision (4 * 4/5 + 1/5)/5 = 17/25; F1 = 17/21.
  ExpectPrf(r.events.b3, 17.0 / 25, 1, 17.0 / 21);
  // CEAF-e: {m1..m4}-{all}: 2*4/9 = 8/9; recall 4/9, precision 8/9,
  // F1 = 2(4/9)(8/9)/(12/9) = 16/27.
  ExpectPrf(r.events.ceafe, 8.0 / 9, 4.0 / 9, 16.0 / 27);
  // CoNLL = (6/7 + 17/21 + 16/27)/3 = 61/81.
  EXPECT_NEAR(r.events.conll_f1, 61.0 / 81, kEps);
  // arrest/time conflict (gold agree), arrest/crime agree, release missing.
  EXPECT_NEAR(r.verdict_accuracy, 1.0 / 3, kEps);
  ASSERT_THAT(r.verdict_errors, SizeIs(2));
  EXPECT_EQ(r.verdict_errors[0].predicted, "conflict");
  EXPECT_EQ(r.verdict_errors[1].predicted, "missing");
}

TEST(Evaluate, OneSplitError) {
  // Perfect values, but the arrest is split by document (g1: a, g3: b).
  ReportBuilder b;
  b.Claim("a", "g1", "time", Date("2019-03-04"),
          "arrested John Doe on March 4, 2019")
      .Claim("b", "g3", "time", Date("2019-03"), "detained in March 2019")
      .Claim("a", "g1", "crime", Category("fraud"), "charged with fraud",
             "prosecutors")
      .Claim("b", "g3", "crime", Category("fraud"), "faces fraud charges")
      .Claim("a", "g2", "time", Date("2019-03-09"), "freed on March 9")
      .Verdict("g1", "time", SINGLE_SOURCE)
      .Verdict("g3", "time", SINGLE_SOURCE)
      .Verdict("g1", "crime", SINGLE_SOURCE)
      .Verdict("g3", "crime", SINGLE_SOURCE)
      .Verdict("g2", "time", SINGLE_SOURCE);
  ASSERT_OK_AND_ASSIGN(EvalResult r, Evaluate(b.Build(), Key()));
  // Both halves map to the arrest: slot values are all right.
  EXPECT_EQ(r.group_to_event.at("g1"), "arrest");
  EXPECT_EQ(r.group_to_event.at("g3"), "arrest");
  EXPECT_DOUBLE_EQ(r.slot_f1, 1.0);
  // Response {m1, m3}, {m2, m4}, {m5}.
  // MUC: recall (4-2)/3 = 2/3; precision (1 + 1)/2 = 1; F1 = 4/5.
  ExpectPrf(r.events.muc, 1, 2.0 / 3, 4.0 / 5);
  // B3: recall (4 * 2/4 + 1)/5 = 3/5; precision 1; F1 = 3/4.
  ExpectPrf(r.events.b3, 1, 3.0 / 5, 3.0 / 4);
  // CEAF-e: {m1..m4}-{m1,m3}: 2*2/6 = 2/3, {m5}-{m5}: 1; total 5/3.
  // recall 5/6, precision 5/9, F1 = 2/3.
  ExpectPrf(r.events.ceafe, 5.0 / 9, 5.0 / 6, 2.0 / 3);
  // CoNLL = (4/5 + 3/4 + 2/3)/3 = 133/180.
  EXPECT_NEAR(r.events.conll_f1, 133.0 / 180, kEps);
  // Only release/time (single_source) is right: 1/3.
  EXPECT_NEAR(r.verdict_accuracy, 1.0 / 3, kEps);
  EXPECT_EQ(r.verdict_confusion.at("agree").at("single_source"), 2);
}

TEST(Evaluate, AGroupMapsToAGoldEventOfItsOwnType) {
  // The release group also holds the arrest's time and crime (three links to
  // the arrest, one to the release): by votes alone it is the arrest's.
  ReportBuilder b;
  b.Claim("a", "g2", "time", Date("2019-03-04"), "arrested John Doe on March 4, 2019")
      .Claim("a", "g2", "crime", Category("fraud"), "charged with fraud", "prosecutors")
      .Claim("b", "g2", "crime", Category("fraud"), "faces fraud charges")
      .Claim("a", "g2", "time", Date("2019-03-09"), "freed on March 9");
  ASSERT_OK_AND_ASSIGN(EvalResult untyped, Evaluate(b.Build(), Key()));
  EXPECT_EQ(untyped.group_to_event.at("g2"), "arrest");
  b.Type("g2", "Justice:Release-Parole");
  ASSERT_OK_AND_ASSIGN(EvalResult typed, Evaluate(b.Build(), Key()));
  EXPECT_EQ(typed.group_to_event.at("g2"), "release");
  // A type no gold event has: the votes decide.
  b.Type("g2", "Life:Die");
  ASSERT_OK_AND_ASSIGN(EvalResult other, Evaluate(b.Build(), Key()));
  EXPECT_EQ(other.group_to_event.at("g2"), "arrest");
}

TEST(Evaluate, PartialDateGranularity) {
  // a: gold 2019-03-04, predicted the coarser 2019-03 (wrong);
  // b: gold 2019-03, predicted the finer 2019-03-15 (right).
  ReportBuilder b;
  b.Claim("a", "g1", "time", Date("2019-03"),
          "arrested John Doe on March 4, 2019")
      .Claim("b", "g1", "time", Date("2019-03-15"), "detained in March 2019")
      .Claim("a", "g1", "crime", Category("fraud"), "charged with fraud",
             "prosecutors")
      .Claim("b", "g1", "crime", Category("fraud"), "faces fraud charges")
      .Claim("a", "g2", "time", Date("2019-03-09"), "freed on March 9");
  ASSERT_OK_AND_ASSIGN(EvalResult r, Evaluate(b.Build(), Key()));
  // Overall 4/5 and 4/5; time 2/3 and 2/3.
  EXPECT_NEAR(r.slot_precision, 4.0 / 5, kEps);
  EXPECT_NEAR(r.slot_recall, 4.0 / 5, kEps);
  EXPECT_NEAR(r.slot_roles.at("time").precision, 2.0 / 3, kEps);
  EXPECT_NEAR(r.slot_roles.at("time").recall, 2.0 / 3, kEps);
  ASSERT_THAT(r.misses, SizeIs(1));
  EXPECT_EQ(r.misses[0].value, "2019-03-04");
  EXPECT_THAT(r.misses[0].predicted_values, ElementsAre("2019-03"));
}

TEST(Evaluate, AttributionNamesTheWrongSource) {
  ReportBuilder b = Perfect();
  Report report = b.Build();
  for (ClaimSet& set : *report.mutable_claim_sets()) {
    for (Claim& claim : *set.mutable_claims()) {
      if (claim.attribution().source() == "Prosecutors") {
        claim.mutable_attribution()->set_source("his lawyer");
      }
    }
  }
  ASSERT_OK_AND_ASSIGN(EvalResult r, Evaluate(report, Key()));
  EXPECT_DOUBLE_EQ(r.attribution_accuracy, 0.0);
  ASSERT_THAT(r.attribution_errors, SizeIs(1));
  EXPECT_TRUE(r.attribution_errors[0].claim_found);
  EXPECT_EQ(r.attribution_errors[0].predicted_source, "his lawyer");
}

TEST(Evaluate, AliasPairsOnlyOverGoldForms) {
  ReportBuilder b;
  // Pairs over gold forms: (doe, john doe), (jane roe, roe); "J. Roe" is
  // alone once "Someone Else" (not a gold form) is ignored.
  b.Entity({"John Doe", "Doe"})
      .Entity({"Jane Roe", "Roe"})
      .Entity({"J. Roe", "Someone Else"});
  ASSERT_OK_AND_ASSIGN(EvalResult r, Evaluate(b.Build(), Key()));
  // Precision 2/2, recall 2/4, F1 = 2/3.
  EXPECT_EQ(r.alias_predicted_pairs, 2);
  EXPECT_DOUBLE_EQ(r.alias_precision, 1.0);
  EXPECT_DOUBLE_EQ(r.alias_recall, 0.5);
  EXPECT_NEAR(r.alias_f1, 2.0 / 3, kEps);
}

TEST(Evaluate, AMentionReadWithATitleIsAFormWithTheTitle) {
  std::string key = kKey;
  const std::string from = "\"aliases\": [\"John Doe\", \"Doe\"]";
  ASSERT_NE(key.find(from), std::string::npos);
  key.replace(key.find(from), from.size(), "\"aliases\": [\"John Doe\", \"Doe\", \"Mr Doe\"]");
  ASSERT_OK_AND_ASSIGN(gold::AnswerKey answer_key, ParseAnswerKey(key, "tiny.json"));
  ReportBuilder b;
  b.Entity({"John Doe", "Doe"});
  Report report = b.Build();
  report.mutable_entities(0)->add_documents("a");
  xref::Entity* local = report.mutable_claim_sets(0)->add_entities();
  local->set_id("n1");
  local->set_canonical("John Doe");
  Mention* mention = local->add_mentions();
  mention->set_text("Doe");
  mention->set_title("Mr");
  ASSERT_OK_AND_ASSIGN(EvalResult r, Evaluate(report, answer_key));
  // (john doe, doe), (john doe, mr doe), (doe, mr doe) of 3 + 3 gold pairs.
  EXPECT_EQ(r.alias_predicted_pairs, 3);
  EXPECT_DOUBLE_EQ(r.alias_precision, 1.0);
  EXPECT_DOUBLE_EQ(r.alias_recall, 0.5);
  // Not from a document the entity is not in.
  report.mutable_entities(0)->clear_documents();
  report.mutable_entities(0)->add_documents("b");
  ASSERT_OK_AND_ASSIGN(r, Evaluate(report, answer_key));
  EXPECT_EQ(r.alias_predicted_pairs, 1);
}

TEST(Evaluate, AMentionReadWithAFormOfRespectAfterItIsAFormWithIt) {
  std::string key = kKey;
  const std::string from = "\"aliases\": [\"John Doe\", \"Doe\"]";
  ASSERT_NE(key.find(from), std::string::npos);
  key.replace(key.find(from), from.size(),
              "\"aliases\": [\"John Doe\", \"Doe\", \"John Bhai\", \"Doe-ji\"]");
  ASSERT_OK_AND_ASSIGN(gold::AnswerKey answer_key, ParseAnswerKey(key, "tiny.json"));
  ReportBuilder b;
  b.Entity({"John Doe", "Doe", "John"});
  Report report = b.Build();
  report.mutable_entities(0)->add_documents("a");
  xref::Entity* local = report.mutable_claim_sets(0)->add_entities();
  local->set_id("n1");
  local->set_canonical("John Doe");
  for (const auto& [text, honorific] :
       {std::pair<const char*, const char*>{"John", "Bhai"}, {"Doe", "-ji"}}) {
    Mention* mention = local->add_mentions();
    mention->set_text(text);
    mention->set_honorific(honorific);
  }
  ASSERT_OK_AND_ASSIGN(EvalResult r, Evaluate(report, answer_key));
  // The four gold forms, each pair of them: "John Bhai" with a space, the
  // hyphen's "Doe-ji" without.
  EXPECT_EQ(r.alias_predicted_pairs, 6);
  EXPECT_DOUBLE_EQ(r.alias_precision, 1.0);
}

TEST(Evaluate, WarnsAboutMissingDocumentsAndEvidence) {
  Report report = ReportBuilder().Build();
  report.mutable_documents(1)->set_text("Different text entirely.");
  report.mutable_claim_sets()->RemoveLast();
  report.mutable_documents()->RemoveLast();
  ASSERT_OK_AND_ASSIGN(EvalResult r, Evaluate(report, Key()));
  EXPECT_THAT(r.warnings,
              ElementsAre(HasSubstr("document 'b' of the answer key is not in "
                                    "the report")));
  report.mutable_documents(0)->set_text("Nothing here.");
  report.mutable_claim_sets(0)->mutable_document()->set_text("Nothing here.");
  ASSERT_OK_AND_ASSIGN(r, Evaluate(report, Key()));
  EXPECT_THAT(r.warnings, Contains(HasSubstr("\"freed on March 9\" does not occur")));
}

TEST(Evaluate, GoldDocumentsFoundByFileStem) {
  // The answer key names the documents "doc_a"/"doc_b"; the report knows
  // them by the stems of their files, "a" and "b".
  std::string json = kKey;
  for (absl::string_view id : {"a", "b"}) {
    for (absl::string_view field : {"\"doc\": \"", "{\"id\": \""}) {
      const std::string from = absl::StrCat(field, id, "\"");
      const std::string to = absl::StrCat(field, "doc_", id, "\"");
      for (size_t at = json.find(from); at != std::string::npos;
           at = json.find(from, at + to.size())) {
        json.replace(at, from.size(), to);
      }
    }
  }
  ASSERT_OK_AND_ASSIGN(gold::AnswerKey key, ParseAnswerKey(json, "renamed.json"));
  ASSERT_EQ(key.documents(0).id(), "doc_a");
  ASSERT_OK_AND_ASSIGN(EvalResult r, Evaluate(Perfect().Build(), key));
  EXPECT_THAT(r.warnings, SizeIs(0));
  EXPECT_DOUBLE_EQ(r.slot_f1, 1.0);
  EXPECT_NEAR(r.events.conll_f1, 1.0, kEps);
}

TEST(Evaluate, AttributeClaimsFromClaimSetsAlone) {
  constexpr char kAttributeKey[] = R"json({
    "documents": [{"id": "c", "file": "c.txt"}],
    "entities": [{"id": "jane_roe", "canonical": "Jane Roe",
                  "aliases": ["Jane Roe", "Roe"]}],
    "attributes": [{"entity": "jane_roe", "attribute": "hometown",
                    "kind": "single", "verdict": "single_source",
                    "values": [{"doc": "c", "value": "Springfield",
                                "evidence": "a native of Springfield"}]}]
  })json";
  ASSERT_OK_AND_ASSIGN(gold::AnswerKey key,
                       ParseAnswerKey(kAttributeKey, "attribute.json"));
  Report report;
  ClaimSet* set = report.add_claim_sets();
  set->mutable_document()->set_id("c");
  set->mutable_document()->set_text(
      "Jane Roe, a native of Springfield, was fined. Roe lives in Shelbyville.");
  xref::Entity* person = set->add_entities();
  person->set_id("e1");
  person->set_canonical("Jane Roe");
  person->add_aliases("Roe");
  for (const auto& [value, evidence] :
       {std::make_pair("Springfield", "a native of Springfield"),
        std::make_pair("Shelbyville", "lives in Shelbyville")}) {
    xref::Claim* claim = set->add_claims();
    claim->set_id(value);
    claim->set_role("hometown");
    claim->set_subject_entity("e1");
    claim->mutable_value()->mutable_entity()->set_surface(value);
    size_t at = set->document().text().find(evidence);
    claim->mutable_evidence()->mutable_sentence()->set_begin(at);
    claim->mutable_evidence()->mutable_sentence()->set_end(at + strlen(evidence));
  }
  ASSERT_OK_AND_ASSIGN(EvalResult r, Evaluate(report, key));
  // Both claims count for @jane_roe/hometown; Springfield is right: P 1/2,
  // R 1/1, F1 2/3.
  EXPECT_EQ(r.slots.predicted, 2);
  EXPECT_NEAR(r.slot_precision, 1.0 / 2, kEps);
  EXPECT_DOUBLE_EQ(r.slot_recall, 1.0);
  EXPECT_NEAR(r.slot_f1, 2.0 / 3, kEps);
  ASSERT_THAT(r.false_positives, SizeIs(1));
  EXPECT_EQ(r.false_positives[0].target, "@jane_roe");
  // The claim's own sentence span is quoted.
  EXPECT_EQ(r.false_positives[0].sentence, "lives in Shelbyville");
  // No ClaimGroup: the verdict is missing. No event mentions to group.
  EXPECT_EQ(r.verdict_confusion.at("single_source").at("missing"), 1);
  EXPECT_EQ(r.event_mentions, 0);
}

TEST(Evaluate, DuplicateReportDocumentIsAnError) {
  Report report = ReportBuilder().Build();
  *report.add_documents() = report.documents(0);
  EXPECT_THAT(Evaluate(report, Key()),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("duplicate document id 'a'")));
}

// The answer key turned into a report: every gold value a claim on its
// evidence, one event group per gold event, the gold verdicts. Any valid
// answer key must score 1 everywhere against its own oracle.
Report OracleReport(const gold::AnswerKey& key, const std::string& dir) {
  Report report;
  std::map<std::string, ClaimSet*> sets;
  for (const gold::GoldDocument& d : key.documents()) {
    Document* doc = report.add_documents();
    doc->set_id(d.id());
    absl::StatusOr<std::string> text = ReadFile(dir + "/" + d.file());
    EXPECT_OK(text);
    doc->set_text(text.value_or(""));
  }
  for (const Document& doc : report.documents()) {
    ClaimSet* set = report.add_claim_sets();
    *set->mutable_document() = doc;
    sets[doc.id()] = set;
  }
  for (const gold::GoldEntity& e : key.entities()) {
    xref::Entity* entity = report.add_entities();
    entity->set_id(e.id());
    entity->set_canonical(e.canonical());
    for (const std::string& alias : e.aliases()) entity->add_aliases(alias);
  }
  int n = 0;
  auto add = [&](const std::string& event, const std::string& subject,
                 const std::string& role, const std::string& verdict,
                 const google::protobuf::RepeatedPtrField<gold::GoldValue>& values) {
    ClaimGroup* group = report.add_groups();
    group->set_id(absl::StrCat(event.empty() ? subject : event, "/", role));
    group->set_event_group_id(event);
    group->set_subject_entity(subject);
    group->set_role(role);
    group->set_verdict(GoldVerdict(verdict));
    for (const gold::GoldValue& v : values) {
      ClaimSet* set = sets[v.doc()];
      absl::StatusOr<Span> span = LocateEvidence(set->document().text(), v.evidence());
      EXPECT_OK(span);
      xref::Claim* claim = set->add_claims();
      claim->set_id(absl::StrCat("c", ++n));
      claim->set_role(role);
      if (!event.empty()) {
        claim->set_event_id("m_" + event);
        bool have = false;
        for (const EventMention& m : set->events()) have |= m.id() == claim->event_id();
        if (!have) {
          set->add_events()->set_id(claim->event_id());
          for (EventGroup& g : *report.mutable_events()) {
            if (g.id() == event) {
              EventMentionRef* ref = g.add_mentions();
              ref->set_doc_id(v.doc());
              ref->set_event_id(claim->event_id());
            }
          }
        }
      }
      const std::string& value = v.value();
      bool date = value.size() >= 4 && std::all_of(value.begin(), value.end(), [](char c) {
                    return absl::ascii_isdigit(c) || c == '-';
                  });
      *claim->mutable_value() = date ? Date(value) : Category(value);
      *claim->mutable_evidence()->mutable_value() = span.value_or(Span());
      *claim->mutable_evidence()->mutable_sentence() = span.value_or(Span());
      claim->mutable_attribution()->set_source(v.attributed_to());
      ValueSupport* vs = group->add_values();
      *vs->mutable_value() = claim->value();
      Support* support = vs->add_support();
      support->set_doc_id(v.doc());
      support->set_claim_id(claim->id());
      *support->mutable_attribution() = claim->attribution();
      *support->mutable_evidence() = claim->evidence();
    }
  };
  for (const gold::GoldEvent& e : key.events()) report.add_events()->set_id(e.id());
  for (const gold::GoldEvent& e : key.events()) {
    for (const gold::GoldSlot& slot : e.slots()) {
      add(e.id(), "", slot.role(), slot.verdict(), slot.values());
    }
  }
  for (const gold::GoldAttribute& a : key.attributes()) {
    add("", a.entity(), a.attribute(), a.verdict(), a.values());
  }
  return report;
}

TEST(Evaluate, BundledAnswerKeyAgainstItsOracleIsPerfect) {
  ASSERT_OK_AND_ASSIGN(gold::AnswerKey key,
                       LoadAnswerKey("examples/iraq-pmf/gold.json"));
  ASSERT_OK_AND_ASSIGN(EvalResult r,
                       Evaluate(OracleReport(key, "examples/iraq-pmf"), key));
  EXPECT_THAT(r.warnings, SizeIs(0));
  EXPECT_GT(r.slots.gold, 20);
  EXPECT_DOUBLE_EQ(r.slot_precision, 1.0);
  EXPECT_DOUBLE_EQ(r.slot_recall, 1.0);
  EXPECT_DOUBLE_EQ(r.attribution_accuracy, 1.0);
  EXPECT_DOUBLE_EQ(r.alias_precision, 1.0);
  EXPECT_DOUBLE_EQ(r.alias_recall, 1.0);
  EXPECT_NEAR(r.events.conll_f1, 1.0, kEps);
  EXPECT_DOUBLE_EQ(r.verdict_accuracy, 1.0);
  EXPECT_THAT(r.misses, SizeIs(0));
  EXPECT_THAT(r.false_positives, SizeIs(0));
}

}  // namespace
}  // namespace xref
