#include "matcher/claim_generator.h"

#include <random>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace xref {
namespace {

constexpr const char* kOnsets[] = {"b", "d", "f", "h", "j", "k", "l", "m",
                                   "n", "r", "s", "t", "w", "z", "q", "sh",
                                   "kh", "gh"};
constexpr const char* kVowels[] = {"a", "i", "u", "e", "o"};
constexpr const char* kCodas[] = {"", "", "n", "m", "r", "l", "d", "b"};
constexpr const char* kTypes[] = {
    "Justice:Arrest-Jail", "Justice:Release-Parole", "Life:Die",
    "Conflict:Attack",     "Justice:Charge-Indict",  "Justice:Sentence",
    "Contact:Meet",        "Personnel:End-Position"};
constexpr const char* kCrimes[] = {"terrorism",  "corruption", "murder",
                                   "smuggling",  "kidnapping", "fraud",
                                   "espionage",  "extortion"};
constexpr const char* kAgents[] = {"security forces", "police",
                                   "counter-terrorism unit", "army",
                                   "intelligence service"};
constexpr const char* kPlaces[] = {"north", "south", "east", "west", "capital",
                                   "coast", "border", "delta"};

class Gen {
 public:
  explicit Gen(uint32_t seed) : rng_(seed) {}
  int Uniform(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
  bool Chance(double p) { return std::bernoulli_distribution(p)(rng_); }
  template <typename T, size_t N>
  const T& Pick(const T (&a)[N]) {
    return a[Uniform(N)];
  }

  std::string Word(int syllables) {
    std::string w;
    for (int i = 0; i < syllables; ++i) {
      absl::StrAppend(&w, Pick(kOnsets), Pick(kVowels),
                      i + 1 == syllables ? Pick(kCodas) : "");
    }
    w[0] = w[0] - 'a' + 'A';
    return w;
  }

  // A spelling variant: one vowel changed, or a consonant doubled.
  std::string Variant(const std::string& w) {
    std::string v = w;
    int i = 1 + Uniform(static_cast<int>(v.size()) - 1);
    for (const char* vowel : kVowels) {
      if (v[i] == vowel[0]) {
        v[i] = Pick(kVowels)[0];
        return v;
      }
    }
    if (Chance(0.5)) v.insert(i, 1, v[i]);
    return v;
  }

 private:
  std::mt19937 rng_;
};

struct Person {
  std::string first, last;
};

struct StoryEvent {
  std::string type;
  int person;
  int year, month, day;
  int count;
  std::vector<std::string> crimes;
};

}  // namespace

std::vector<ClaimSet> GenerateClaimSets(int64_t num_claims, uint32_t seed,
                                        NameStyle names) {
  const int extra = names == NameStyle::kRealistic ? 1 : 0;
  Gen g(seed);
  std::vector<ClaimSet> out;
  int64_t claims = 0;
  int story = 0;
  while (claims < num_claims || out.empty()) {
    ++story;
    std::vector<Person> people(1 + g.Uniform(2));
    for (Person& p : people) {
      p.first = g.Word(extra > 0 ? 2 + g.Uniform(2) : 2);
      p.last = g.Word(2 + extra + g.Uniform(2));
    }
    std::vector<StoryEvent> events(1 + g.Uniform(3));
    int year = 1990 + g.Uniform(35), month = 1 + g.Uniform(12);
    for (StoryEvent& e : events) {
      e.type = g.Pick(kTypes);
      e.person = g.Uniform(static_cast<int>(people.size()));
      e.year = year;
      e.month = month;
      e.day = 1 + g.Uniform(28);
      e.count = 1 + g.Uniform(30);
      for (int k = 1 + g.Uniform(2); k > 0; --k) e.crimes.push_back(g.Pick(kCrimes));
    }
    std::string hometown = g.Pick(kPlaces);
    int docs = 2 + g.Uniform(4);
    for (int d = 0; d < docs; ++d) {
      ClaimSet set;
      Document* doc = set.mutable_document();
      doc->set_id(absl::StrCat("s", story, "d", d));
      doc->set_outlet(absl::StrCat("Outlet ", g.Uniform(20)));
      doc->set_published(absl::StrFormat("%04d-%02d-28", year, month));
      set.set_extractor("generator");
      for (size_t p = 0; p < people.size(); ++p) {
        Entity* e = set.add_entities();
        e->set_id(absl::StrCat("p", p));
        e->set_type(PERSON);
        std::string first = g.Chance(0.3) ? g.Variant(people[p].first)
                                          : people[p].first;
        std::string last = g.Chance(0.3) ? g.Variant(people[p].last)
                                         : people[p].last;
        std::string full = absl::StrCat(first, g.Chance(0.2) ? " al-" : " ", last);
        e->set_canonical(full);
        e->add_aliases(full);
        if (g.Chance(0.5)) e->add_aliases(last);
        Mention* m = e->add_mentions();
        m->set_text(full);
      }
      for (size_t k = 0; k < events.size(); ++k) {
        if (d > 0 && g.Chance(0.25)) continue;  // Not every outlet reports it.
        const StoryEvent& se = events[k];
        EventMention* ev = set.add_events();
        ev->set_id(absl::StrCat("e", k));
        ev->set_type(se.type);
        ev->set_trigger("reported");
        ev->add_participants()->set_entity_id(absl::StrCat("p", se.person));
        bool month_only = g.Chance(0.2);
        int day = g.Chance(0.05) ? std::min(28, se.day + 1) : se.day;
        std::string iso = month_only
                              ? absl::StrFormat("%04d-%02d", se.year, se.month)
                              : absl::StrFormat("%04d-%02d-%02d", se.year,
                                                se.month, day);
        ev->mutable_time()->set_iso(iso);
        auto add = [&](const std::string& role) {
          Claim* c = set.add_claims();
          c->set_id(absl::StrCat("c", set.claims_size()));
          c->set_event_id(ev->id());
          c->set_event_type(se.type);
          c->set_role(role);
          c->set_modality(ASSERTED);
          *c->add_participants() = ev->participants(0);
          Evidence* evd = c->mutable_evidence();
          evd->set_doc_id(doc->id());
          evd->mutable_sentence()->set_begin(100 * k);
          evd->mutable_sentence()->set_end(100 * k + 80);
          evd->set_quote(absl::StrCat("Sentence about the ", role, " of ",
                                      se.type, " in story ", story, "."));
          if (g.Chance(0.2)) {
            c->mutable_attribution()->set_source("officials");
            c->mutable_attribution()->set_cue("said");
            c->set_modality(REPORTED);
          }
          ++claims;
          return c;
        };
        Value* v = add("time")->mutable_value();
        v->mutable_date()->set_iso(iso);
        v->set_normalized(iso);
        v->set_raw(iso);
        if (g.Chance(0.7)) {
          int count = g.Chance(0.1) ? se.count + 1 : se.count;
          v = add("count")->mutable_value();
          v->mutable_number()->set_low(count);
          v->mutable_number()->set_high(count);
          v->set_normalized(absl::StrCat(count));
          v->set_raw(absl::StrCat(count));
        }
        for (const std::string& crime : se.crimes) {
          if (g.Chance(0.2)) continue;
          v = add("crime")->mutable_value();
          const std::string& key = g.Chance(0.1) ? g.Pick(kCrimes) : crime;
          v->set_category(key);
          v->set_normalized(key);
          v->set_raw(key);
        }
        if (g.Chance(0.5)) {
          v = add("agent")->mutable_value();
          v->set_text(g.Pick(kAgents));
          v->set_normalized(v->text());
          v->set_raw(v->text());
        }
      }
      if (g.Chance(0.5)) {
        Claim* c = set.add_claims();
        c->set_id(absl::StrCat("c", set.claims_size()));
        c->set_role("hometown");
        c->set_subject_entity("p0");
        c->mutable_value()->set_text(g.Chance(0.9) ? hometown : g.Pick(kPlaces));
        c->mutable_value()->set_normalized(c->value().text());
        c->mutable_evidence()->set_doc_id(doc->id());
        ++claims;
      }
      out.push_back(std::move(set));
    }
  }
  return out;
}

}  // namespace xref
