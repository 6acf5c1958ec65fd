#include "matcher/read_ahead.h"

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "base/proto_io.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

// A claim set that sets every field the functions read, and a few they do
// not.
ClaimSet Example() {
  ClaimSet set;
  const absl::Status status = ParseTextProto(R"pb(
    document { id: "d1" outlet: "Outlet" }
    entities {
      id: "p1" type: PERSON canonical: "Rana Haddad" aliases: "Haddad"
      acronym: "RH" gazetteer_key: "iq"
      mentions { text: "Ms. Haddad" span { begin: 3 end: 13 } }
    }
    events {
      id: "e1" type: "Justice:Arrest-Jail" trigger: "detained" lemma: "detain"
      participants { entity_id: "p1" } arguments { entity_id: "p2" }
      argument_words: "protesters" place_key: "baghdad"
      unnamed_participant: true
      time { iso: "2024-03" granularity: MONTH first_day: "2024-03-01"
             last_day: "2024-03-31" }
    }
    claims {
      id: "c1" event_id: "e1" role: "time" modality: REPORTED
      value { raw: "March" normalized: "2024-03" place_key: "x"
              broader: "y" date { iso: "2024-03" first_day: "2024-03-01"
                                  last_day: "2024-03-31" granularity: MONTH } }
      attribution { source: "police" cue: "said" }
      evidence { quote: "In March, police said." }
    }
    claims { id: "c2" subject_entity: "p1" role: "count"
             value { number { low: 3 high: 5 } } }
    claims { id: "c3" role: "crime" value { category: "fraud" } }
    claims { id: "c4" role: "agent" value { text: "the police" } }
    claims { id: "c5" role: "person" value { entity { entity_id: "p1" } } }
  )pb", "example", &set);
  EXPECT_TRUE(status.ok()) << status;
  return set;
}

using Change = std::pair<std::string, std::function<void(ClaimSet*)>>;

// Changing any field a function reads changes its checksum.
void ExpectEachChangeSeen(const std::vector<Change>& changes,
                          uint64_t (*read)(const ClaimSet&)) {
  const uint64_t before = read(Example());
  for (const auto& [field, change] : changes) {
    ClaimSet set = Example();
    change(&set);
    EXPECT_NE(read(set), before) << field;
  }
}

TEST(ReadEntityFieldsTest, ReadsEveryEntityFieldAliasResolutionReads) {
  ExpectEachChangeSeen(
      {
          {"id", [](ClaimSet* s) { s->mutable_entities(0)->set_id("q1"); }},
          {"type", [](ClaimSet* s) { s->mutable_entities(0)->set_type(LOCATION); }},
          {"canonical",
           [](ClaimSet* s) { s->mutable_entities(0)->set_canonical("Rania Haddad"); }},
          {"alias", [](ClaimSet* s) { s->mutable_entities(0)->set_aliases(0, "Hadad"); }},
          {"mention",
           [](ClaimSet* s) {
             s->mutable_entities(0)->mutable_mentions(0)->set_text("Haddad");
           }},
          {"acronym", [](ClaimSet* s) { s->mutable_entities(0)->set_acronym("R"); }},
          {"gazetteer_key",
           [](ClaimSet* s) { s->mutable_entities(0)->set_gazetteer_key("sy"); }},
      },
      &ReadEntityFields);
}

TEST(ReadEventAndClaimFieldsTest, ReadsEveryEventAndClaimFieldTheMatcherReads) {
  auto event = [](ClaimSet* s) { return s->mutable_events(0); };
  auto claim = [](ClaimSet* s, int i) { return s->mutable_claims(i); };
  ExpectEachChangeSeen(
      {
          {"event id", [&](ClaimSet* s) { event(s)->set_id("e22"); }},
          {"event type", [&](ClaimSet* s) { event(s)->set_type("Life:Die"); }},
          {"lemma", [&](ClaimSet* s) { event(s)->set_lemma("arrest"); }},
          {"trigger without lemma",
           [&](ClaimSet* s) {
             event(s)->clear_lemma();
             event(s)->set_trigger("held");
           }},
          {"participant",
           [&](ClaimSet* s) { event(s)->mutable_participants(0)->set_entity_id("p33"); }},
          {"argument",
           [&](ClaimSet* s) { event(s)->mutable_arguments(0)->set_entity_id("p44"); }},
          {"argument word", [&](ClaimSet* s) { event(s)->set_argument_words(0, "students"); }},
          {"place key", [&](ClaimSet* s) { event(s)->set_place_key("mosul"); }},
          {"unnamed participant",
           [&](ClaimSet* s) { event(s)->set_unnamed_participant(false); }},
          {"time iso", [&](ClaimSet* s) { event(s)->mutable_time()->set_iso("2024"); }},
          {"time first day",
           [&](ClaimSet* s) { event(s)->mutable_time()->set_first_day("22024-03-01"); }},
          {"time last day",
           [&](ClaimSet* s) { event(s)->mutable_time()->set_last_day("22024-03-31"); }},
          {"time granularity",
           [&](ClaimSet* s) { event(s)->mutable_time()->set_granularity(YEAR); }},
          {"claim event", [&](ClaimSet* s) { claim(s, 0)->set_event_id("e123"); }},
          {"claim subject", [&](ClaimSet* s) { claim(s, 1)->set_subject_entity("q1"); }},
          {"claim role", [&](ClaimSet* s) { claim(s, 0)->set_role("date"); }},
          {"claim modality", [&](ClaimSet* s) { claim(s, 0)->set_modality(ASSERTED); }},
          {"value normalized",
           [&](ClaimSet* s) { claim(s, 0)->mutable_value()->set_normalized("x2024-03"); }},
          {"value place key",
           [&](ClaimSet* s) { claim(s, 0)->mutable_value()->set_place_key("zz"); }},
          {"value broader",
           [&](ClaimSet* s) { claim(s, 0)->mutable_value()->set_broader(0, "yy"); }},
          {"value date iso",
           [&](ClaimSet* s) { claim(s, 0)->mutable_value()->mutable_date()->set_iso("2024"); }},
          {"value date first day",
           [&](ClaimSet* s) {
             claim(s, 0)->mutable_value()->mutable_date()->set_first_day("22024-03-01");
           }},
          {"value number",
           [&](ClaimSet* s) { claim(s, 1)->mutable_value()->mutable_number()->set_high(6); }},
          {"value category",
           [&](ClaimSet* s) { claim(s, 2)->mutable_value()->set_category("bribery"); }},
          {"value text",
           [&](ClaimSet* s) { claim(s, 3)->mutable_value()->set_text("an army unit"); }},
          {"value entity",
           [&](ClaimSet* s) {
             claim(s, 4)->mutable_value()->mutable_entity()->set_entity_id("p");
           }},
          {"attribution source",
           [&](ClaimSet* s) { claim(s, 0)->mutable_attribution()->set_source("a judge"); }},
      },
      &ReadEventAndClaimFields);
}

TEST(ReadAheadTest, LeavesFieldsTheMatcherDoesNotReadUnread) {
  ClaimSet set = Example();
  const uint64_t entities = ReadEntityFields(set);
  const uint64_t events_and_claims = ReadEventAndClaimFields(set);
  set.mutable_document()->set_outlet("Another outlet");
  set.mutable_entities(0)->mutable_mentions(0)->mutable_span()->set_end(99);
  set.mutable_claims(0)->mutable_evidence()->set_quote("Something else entirely.");
  set.mutable_claims(0)->mutable_attribution()->set_cue("told");
  EXPECT_EQ(ReadEntityFields(set), entities);
  EXPECT_EQ(ReadEventAndClaimFields(set), events_and_claims);
}

TEST(ReadAheadTest, EmptyClaimSetReadsNothing) {
  EXPECT_EQ(ReadEntityFields(ClaimSet()), 0u);
  EXPECT_EQ(ReadEventAndClaimFields(ClaimSet()), 0u);
}

}  // namespace
}  // namespace xref
