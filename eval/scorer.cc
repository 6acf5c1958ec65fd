#include "eval/scorer.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "base/file.h"
#include "base/fold.h"
#include "eval/answer_key.h"
#include "eval/value_match.h"
#include "matcher/expand_report.h"

namespace xref {
namespace {

using eval::SourcesMatch;
using eval::ValueMatches;
using eval::ValueText;

constexpr char kMissing[] = "missing";

double Ratio(int64_t num, int64_t den) {
  return den == 0 ? 0.0 : static_cast<double>(num) / static_cast<double>(den);
}

double F1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

void Finish(SlotScore* s) {
  s->precision = Ratio(s->predicted_correct, s->predicted);
  s->recall = Ratio(s->gold_found, s->gold);
  s->f1 = F1(s->precision, s->recall);
}

bool Overlaps(const Span& a, const Span& b) {
  return a.begin() < b.end() && b.begin() < a.end();
}

std::string Excerpt(absl::string_view text, const Span& span) {
  if (span.begin() < 0 || span.end() <= span.begin() ||
      span.end() > static_cast<int64_t>(text.size())) {
    return "";
  }
  return std::string(text.substr(span.begin(), span.end() - span.begin()));
}

bool IsSentenceEnd(absl::string_view text, size_t i) {
  char c = text[i];
  if (c == '\n') return true;
  return (c == '.' || c == '!' || c == '?') &&
         (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n');
}

// The sentence around `span`: from after the previous sentence end to the
// next one, at most 600 bytes either side.
std::string SentenceAround(absl::string_view text, const Span& span) {
  if (span.end() <= span.begin() ||
      span.end() > static_cast<int64_t>(text.size())) {
    return "";
  }
  size_t begin = span.begin();
  size_t limit = begin > 600 ? begin - 600 : 0;
  while (begin > limit && !IsSentenceEnd(text, begin - 1)) --begin;
  size_t end = span.end();
  size_t end_limit = std::min(text.size(), static_cast<size_t>(end) + 600);
  while (end < end_limit && !IsSentenceEnd(text, end)) ++end;
  if (end < text.size() && text[end] != '\n') ++end;
  while (begin < end && (text[begin] == ' ' || text[begin] == '\n')) ++begin;
  return std::string(text.substr(begin, end - begin));
}

// Gold entities indexed by folded surface form (canonical and aliases).
class GoldEntities {
 public:
  explicit GoldEntities(const gold::AnswerKey& key) {
    for (int i = 0; i < key.entities_size(); ++i) {
      const gold::GoldEntity& entity = key.entities(i);
      std::vector<std::string> forms;
      forms.push_back(entity.canonical());
      forms.insert(forms.end(), entity.aliases().begin(),
                   entity.aliases().end());
      std::vector<std::string> kept;
      for (const std::string& form : forms) {
        if (form.empty()) continue;
        kept.push_back(form);
        by_form_.emplace(FoldForMatching(form), i);
      }
      aliases_.push_back(std::move(kept));
    }
  }

  // The entity with this surface form, or -1.
  int Find(absl::string_view form) const {
    auto it = by_form_.find(FoldForMatching(form));
    return it == by_form_.end() ? -1 : it->second;
  }

  // The entity sharing most forms with `forms`, or -1 when none shares one.
  int Resolve(const std::vector<std::string>& forms) const {
    std::map<int, int> votes;
    absl::flat_hash_set<std::string> seen;
    for (const std::string& form : forms) {
      std::string folded = FoldForMatching(form);
      if (!seen.insert(folded).second) continue;
      auto it = by_form_.find(folded);
      if (it != by_form_.end()) ++votes[it->second];
    }
    int best = -1, best_votes = 0;
    for (const auto& [entity, count] : votes) {
      if (count > best_votes) best = entity, best_votes = count;
    }
    return best;
  }

  const std::vector<std::string>& aliases(int i) const { return aliases_[i]; }
  size_t size() const { return aliases_.size(); }

 private:
  std::vector<std::vector<std::string>> aliases_;
  absl::flat_hash_map<std::string, int> by_form_;
};

std::vector<std::string> EntityForms(const Entity& entity) {
  std::vector<std::string> forms(entity.aliases().begin(),
                                 entity.aliases().end());
  if (!entity.canonical().empty()) forms.push_back(entity.canonical());
  for (const Mention& mention : entity.mentions()) forms.push_back(mention.text());
  return forms;
}

std::string AttributeTarget(const gold::AnswerKey& key, int entity) {
  return absl::StrCat("@", key.entities(entity).id());
}

struct PredClaim {
  std::string doc_id;
  std::string claim_id;
  std::string group_id;  // Event group, or "" for attribute claims.
  std::string event_type;  // Of the claim's event ("" for attribute claims).
  std::string role;
  int subject = -1;      // Attribute claims: gold entity index, or -1.
  Value value;
  Evidence evidence;
  Attribution attribution;
  std::string target;    // Mapped gold target, "" when unmapped.
};

struct GoldItem {
  int event = -1;             // Index into key.events(); -1 for attributes.
  std::string target;
  std::string role;
  std::string doc_id;
  std::string value;
  std::string evidence;
  std::string attributed_to;
  bool located = false;
  Span span;
  std::vector<std::string> aliases;  // When `value` names a gold entity.
};

struct Link {
  int claim;
  int score;  // 4 value-span overlap + 2 role + 1 value match.
  bool role_match;
  bool value_match;
};

class Scorer {
 public:
  Scorer(const Report& report, const gold::AnswerKey& key)
      : report_(report), key_(key), entities_(key) {}

  absl::StatusOr<EvalResult> Run() {
    for (const Document& doc : report_.documents()) {
      if (!texts_.emplace(doc.id(), doc.text()).second) {
        return absl::InvalidArgumentError(
            absl::StrCat("report: duplicate document id '", doc.id(), "'"));
      }
    }
    for (const ClaimSet& set : report_.claim_sets()) {
      std::string& text = texts_[set.document().id()];
      if (text.empty()) text = set.document().text();
    }
    MapDocuments();
    for (int i = 0; i < report_.entities_size(); ++i) {
      report_entities_[report_.entities(i).id()] =
          entities_.Resolve(EntityForms(report_.entities(i)));
    }
    ReadClaims();
    ReadGold();
    LinkGold();
    MapGroups();
    ScoreSlots();
    ScoreAttribution();
    ScoreAliases();
    ScoreGrouping();
    ScoreVerdicts();
    return std::move(result_);
  }

 private:
  // Gold document id -> report document id: equal ids, else the report
  // document whose id is the stem of the gold file or whose source is (or
  // ends with) the gold file name.
  void MapDocuments() {
    std::vector<const Document*> documents;
    for (const Document& doc : report_.documents()) documents.push_back(&doc);
    for (const ClaimSet& set : report_.claim_sets()) documents.push_back(&set.document());
    for (const gold::GoldDocument& g : key_.documents()) {
      if (texts_.contains(g.id()) || g.file().empty()) continue;
      std::string stem = FileStem(g.file());
      for (const Document* doc : documents) {
        absl::string_view source = doc->source();
        if (doc->id() == stem || source == g.file() ||
            absl::EndsWith(source, absl::StrCat("/", g.file()))) {
          doc_ids_[g.id()] = doc->id();
          break;
        }
      }
    }
  }

  std::string ReportDocId(const std::string& gold_id) const {
    auto it = doc_ids_.find(gold_id);
    return it == doc_ids_.end() ? gold_id : it->second;
  }

  absl::string_view Text(const std::string& doc_id) const {
    auto it = texts_.find(doc_id);
    return it == texts_.end() ? absl::string_view() : it->second;
  }

  std::string ClaimSentence(const PredClaim& claim) const {
    if (!claim.evidence.quote().empty()) return claim.evidence.quote();
    std::string sentence = Excerpt(Text(claim.doc_id), claim.evidence.sentence());
    if (!sentence.empty()) return sentence;
    return SentenceAround(Text(claim.doc_id), claim.evidence.value());
  }

  void AddClaim(PredClaim claim) {
    if (claim.role.empty()) return;
    claims_by_doc_[claim.doc_id].push_back(static_cast<int>(claims_.size()));
    claims_.push_back(std::move(claim));
  }

  void ReadClaims() {
    // (doc, claim id) -> (claim group, value index, support index).
    std::map<std::pair<std::string, std::string>, std::tuple<int, int, int>>
        supports;
    for (int g = 0; g < report_.groups_size(); ++g) {
      const ClaimGroup& group = report_.groups(g);
      for (int v = 0; v < group.values_size(); ++v) {
        for (int s = 0; s < group.values(v).support_size(); ++s) {
          const Support& support = group.values(v).support(s);
          supports.emplace(std::make_pair(support.doc_id(), support.claim_id()),
                           std::make_tuple(g, v, s));
        }
      }
    }
    std::map<std::pair<std::string, std::string>, std::string> mention_group;
    for (const EventGroup& group : report_.events()) {
      for (const EventMentionRef& mention : group.mentions()) {
        mention_group.emplace(
            std::make_pair(mention.doc_id(), mention.event_id()), group.id());
      }
    }
    std::set<std::pair<std::string, std::string>> seen;
    for (const ClaimSet& set : report_.claim_sets()) {
      const std::string& doc_id = set.document().id();
      absl::flat_hash_map<std::string, const Entity*> local;
      for (const Entity& entity : set.entities()) local[entity.id()] = &entity;
      for (const Claim& c : set.claims()) {
        seen.emplace(doc_id, c.id());
        PredClaim claim;
        claim.doc_id = doc_id;
        claim.claim_id = c.id();
        claim.role = c.role();
        claim.event_type = c.event_type();
        claim.value = c.value();
        claim.evidence = c.evidence();
        claim.attribution = c.attribution();
        auto support = supports.find({doc_id, c.id()});
        const ClaimGroup* group =
            support == supports.end()
                ? nullptr
                : &report_.groups(std::get<0>(support->second));
        if (group != nullptr && !group->event_group_id().empty()) {
          claim.group_id = group->event_group_id();
        } else if (!c.event_id().empty()) {
          auto it = mention_group.find({doc_id, c.event_id()});
          claim.group_id = it != mention_group.end()
                               ? it->second
                               : absl::StrCat(doc_id, "/", c.event_id());
        } else if (group != nullptr && !group->subject_entity().empty()) {
          claim.subject = ReportEntity(group->subject_entity());
        } else if (auto it = local.find(c.subject_entity()); it != local.end()) {
          claim.subject = entities_.Resolve(EntityForms(*it->second));
        }
        AddClaim(std::move(claim));
      }
    }
    for (const ClaimGroup& group : report_.groups()) {
      for (const ValueSupport& value : group.values()) {
        for (const Support& support : value.support()) {
          if (seen.count({support.doc_id(), support.claim_id()}) > 0) continue;
          PredClaim claim;
          claim.doc_id = support.doc_id();
          claim.claim_id = support.claim_id();
          claim.role = group.role();
          claim.event_type = group.event_type();
          claim.value = value.value();
          if (!support.raw().empty()) claim.value.set_raw(support.raw());
          claim.evidence = support.evidence();
          claim.attribution = support.attribution();
          if (!group.event_group_id().empty()) {
            claim.group_id = group.event_group_id();
          } else {
            claim.subject = ReportEntity(group.subject_entity());
          }
          AddClaim(std::move(claim));
        }
      }
    }
  }

  int ReportEntity(const std::string& id) const {
    auto it = report_entities_.find(id);
    return it == report_entities_.end() ? -1 : it->second;
  }

  void AddGoldValues(int event, const std::string& target,
                     const std::string& role,
                     const google::protobuf::RepeatedPtrField<gold::GoldValue>&
                         values) {
    covered_.emplace(target, role);
    for (const gold::GoldValue& value : values) {
      GoldItem item;
      item.event = event;
      item.target = target;
      item.role = role;
      item.doc_id = ReportDocId(value.doc());
      item.value = value.value();
      item.evidence = value.evidence();
      item.attributed_to = value.attributed_to();
      int entity = entities_.Find(value.value());
      if (entity >= 0) item.aliases = entities_.aliases(entity);
      auto text = texts_.find(item.doc_id);
      if (text == texts_.end()) {
        missing_docs_.insert(value.doc());
      } else {
        absl::StatusOr<Span> span = LocateEvidence(text->second, value.evidence());
        if (span.ok()) {
          item.located = true;
          item.span = *span;
        } else {
          result_.warnings.push_back(absl::StrCat(
              target, "/", role, " in ", value.doc(), ": ",
              span.status().message()));
        }
      }
      gold_.push_back(std::move(item));
    }
  }

  void ReadGold() {
    for (int e = 0; e < key_.events_size(); ++e) {
      const gold::GoldEvent& event = key_.events(e);
      for (const gold::GoldSlot& slot : event.slots()) {
        AddGoldValues(e, event.id(), slot.role(), slot.values());
      }
    }
    for (const gold::GoldAttribute& attribute : key_.attributes()) {
      int entity = -1;
      for (int i = 0; i < key_.entities_size(); ++i) {
        if (key_.entities(i).id() == attribute.entity()) entity = i;
      }
      AddGoldValues(-1, AttributeTarget(key_, entity), attribute.attribute(),
                    attribute.values());
    }
    for (const std::string& doc : missing_docs_) {
      result_.warnings.push_back(absl::StrCat(
          "document '", doc, "' of the answer key is not in the report"));
    }
  }

  bool Matches(const GoldItem& item, const PredClaim& claim) const {
    return ValueMatches(item.value, claim.value, item.aliases);
  }

  void LinkGold() {
    links_.resize(gold_.size());
    for (size_t i = 0; i < gold_.size(); ++i) {
      const GoldItem& item = gold_[i];
      if (!item.located) continue;
      auto it = claims_by_doc_.find(item.doc_id);
      if (it == claims_by_doc_.end()) continue;
      for (int c : it->second) {
        const PredClaim& claim = claims_[c];
        bool value_overlap = Overlaps(claim.evidence.value(), item.span);
        if (!value_overlap && !Overlaps(claim.evidence.sentence(), item.span)) {
          continue;
        }
        Link link{c, 0, claim.role == item.role, false};
        link.value_match = link.role_match && Matches(item, claim);
        link.score = 4 * value_overlap + 2 * link.role_match + link.value_match;
        links_[i].push_back(link);
      }
    }
  }

  void MapGroups() {
    // group -> event -> weight; one vote per (gold item, group), the heaviest.
    std::map<std::string, std::map<int, int>> votes;
    for (size_t i = 0; i < gold_.size(); ++i) {
      if (gold_[i].event < 0) continue;
      std::map<std::string, int> best;
      for (const Link& link : links_[i]) {
        const std::string& group = claims_[link.claim].group_id;
        if (group.empty()) continue;
        int weight = 1 + link.score;
        best[group] = std::max(best[group], weight);
      }
      for (const auto& [group, weight] : best) votes[group][gold_[i].event] += weight;
    }
    // Groups with no evidence link vote by role and value in the same document.
    std::map<std::string, std::map<int, int>> fallback;
    for (const PredClaim& claim : claims_) {
      if (claim.group_id.empty() || votes.count(claim.group_id) > 0) continue;
      for (const GoldItem& item : gold_) {
        if (item.event >= 0 && item.doc_id == claim.doc_id &&
            item.role == claim.role && Matches(item, claim)) {
          ++fallback[claim.group_id][item.event];
        }
      }
    }
    votes.insert(fallback.begin(), fallback.end());
    std::map<std::string, std::string> group_type;
    for (const PredClaim& claim : claims_) {
      if (!claim.group_id.empty() && !claim.event_type.empty()) {
        group_type.emplace(claim.group_id, claim.event_type);
      }
    }
    for (const auto& [group, by_event] : votes) {
      // An event of the group's own type, when one has votes, over any other
      // ("killed six and injured 11": the injury group is the injuries').
      const auto typed = group_type.find(group);
      const std::string type = typed == group_type.end() ? std::string() : typed->second;
      int best = -1, best_weight = 0;
      bool best_same_type = false;
      for (const auto& [event, weight] : by_event) {
        const bool same_type = !type.empty() && key_.events(event).type() == type;
        if (std::make_pair(same_type, weight) > std::make_pair(best_same_type, best_weight)) {
          best = event, best_weight = weight, best_same_type = same_type;
        }
      }
      if (best >= 0) {
        group_event_[group] = best;
        result_.group_to_event[group] = key_.events(best).id();
      }
    }
    for (PredClaim& claim : claims_) {
      if (!claim.group_id.empty()) {
        auto it = group_event_.find(claim.group_id);
        if (it != group_event_.end()) claim.target = key_.events(it->second).id();
      } else if (claim.subject >= 0) {
        claim.target = AttributeTarget(key_, claim.subject);
      }
    }
  }

  void ScoreSlots() {
    using Key = std::tuple<std::string, std::string, std::string>;  // doc, target, role
    std::map<Key, std::vector<int>> gold_by_key;    // -> first items of units
    std::map<Key, std::vector<int>> claims_by_key;  // counted claims
    std::set<std::tuple<std::string, std::string, std::string, std::string>>
        gold_units;
    for (size_t i = 0; i < gold_.size(); ++i) {
      const GoldItem& item = gold_[i];
      if (gold_units
              .emplace(item.doc_id, item.target, item.role,
                       FoldForMatching(item.value))
              .second) {
        gold_by_key[{item.doc_id, item.target, item.role}].push_back(i);
      }
    }
    for (size_t c = 0; c < claims_.size(); ++c) {
      const PredClaim& claim = claims_[c];
      if (claim.target.empty() || covered_.count({claim.target, claim.role}) == 0) {
        continue;
      }
      claims_by_key[{claim.doc_id, claim.target, claim.role}].push_back(c);
    }
    for (const auto& [key, items] : gold_by_key) {
      const std::vector<int>& claims = claims_by_key[key];
      for (int i : items) {
        const GoldItem& item = gold_[i];
        SlotScore& role = result_.slot_roles[item.role];
        ++role.gold;
        bool found = std::any_of(claims.begin(), claims.end(), [&](int c) {
          return Matches(item, claims_[c]);
        });
        if (found) {
          ++role.gold_found;
          continue;
        }
        SlotMiss miss;
        miss.doc_id = item.doc_id;
        miss.target = item.target;
        miss.role = item.role;
        miss.value = item.value;
        miss.evidence = item.evidence;
        if (item.located) miss.sentence = SentenceAround(Text(item.doc_id), item.span);
        std::set<std::string> values;
        for (int c : claims) values.insert(ValueText(claims_[c].value));
        miss.predicted_values.assign(values.begin(), values.end());
        result_.misses.push_back(std::move(miss));
      }
    }
    for (const auto& [key, claims] : claims_by_key) {
      const std::vector<int>& items = gold_by_key[key];
      std::set<std::string> units;
      for (int c : claims) {
        const PredClaim& claim = claims_[c];
        if (!units.insert(FoldForMatching(ValueText(claim.value))).second) continue;
        SlotScore& role = result_.slot_roles[claim.role];
        ++role.predicted;
        bool correct = std::any_of(items.begin(), items.end(), [&](int i) {
          return Matches(gold_[i], claim);
        });
        if (correct) {
          ++role.predicted_correct;
          continue;
        }
        FalsePositive fp;
        fp.doc_id = claim.doc_id;
        fp.target = claim.target;
        fp.role = claim.role;
        fp.value = ValueText(claim.value);
        fp.claim_id = claim.claim_id;
        fp.group_id = claim.group_id;
        fp.sentence = ClaimSentence(claim);
        for (int i : items) fp.gold_values.push_back(gold_[i].value);
        result_.false_positives.push_back(std::move(fp));
      }
    }
    for (auto& [role, score] : result_.slot_roles) {
      Finish(&score);
      result_.slots.predicted += score.predicted;
      result_.slots.predicted_correct += score.predicted_correct;
      result_.slots.gold += score.gold;
      result_.slots.gold_found += score.gold_found;
    }
    Finish(&result_.slots);
    result_.slot_precision = result_.slots.precision;
    result_.slot_recall = result_.slots.recall;
    result_.slot_f1 = result_.slots.f1;
  }

  void ScoreAttribution() {
    for (size_t i = 0; i < gold_.size(); ++i) {
      const GoldItem& item = gold_[i];
      auto candidate = [&](const PredClaim& claim) {
        return claim.doc_id == item.doc_id && claim.target == item.target &&
               claim.role == item.role && Matches(item, claim);
      };
      std::vector<int> pool;
      for (const Link& link : links_[i]) {
        if (candidate(claims_[link.claim])) pool.push_back(link.claim);
      }
      if (pool.empty()) {
        auto it = claims_by_doc_.find(item.doc_id);
        if (it != claims_by_doc_.end()) {
          for (int c : it->second) {
            if (candidate(claims_[c])) pool.push_back(c);
          }
        }
      }
      if (item.attributed_to.empty()) {
        // The outlet's own statement: wrong only when every matching claim
        // gives it to somebody.
        if (pool.empty()) continue;
        ++result_.unattributed_found;
        const auto asserted = std::find_if(pool.begin(), pool.end(), [&](int c) {
          return claims_[c].attribution.source().empty();
        });
        if (asserted != pool.end()) continue;
        ++result_.unattributed_given_source;
      } else {
        ++result_.attribution_total;
        bool correct = std::any_of(pool.begin(), pool.end(), [&](int c) {
          return SourcesMatch(item.attributed_to, claims_[c].attribution.source());
        });
        if (correct) {
          ++result_.attribution_correct;
          continue;
        }
      }
      AttributionError error;
      error.doc_id = item.doc_id;
      error.target = item.target;
      error.role = item.role;
      error.value = item.value;
      error.evidence = item.evidence;
      error.gold_source = item.attributed_to;
      error.claim_found = !pool.empty();
      if (!pool.empty()) error.predicted_source = claims_[pool[0]].attribution.source();
      result_.attribution_errors.push_back(std::move(error));
    }
    result_.attribution_accuracy =
        Ratio(result_.attribution_correct, result_.attribution_total);
    result_.unattributed_given_source_rate =
        Ratio(result_.unattributed_given_source, result_.unattributed_found);
  }

  void ScoreAliases() {
    // folded form -> gold entity; forms claimed by two entities are dropped.
    std::map<std::string, int> owner;
    std::set<std::string> ambiguous;
    for (size_t e = 0; e < entities_.size(); ++e) {
      for (const std::string& alias : entities_.aliases(e)) {
        std::string folded = FoldForMatching(alias);
        auto [it, inserted] = owner.emplace(folded, static_cast<int>(e));
        if (!inserted && it->second != static_cast<int>(e)) ambiguous.insert(folded);
      }
    }
    for (const std::string& form : ambiguous) owner.erase(form);
    using Pair = std::pair<std::string, std::string>;
    std::set<Pair> gold_pairs, predicted_pairs;
    auto add_pairs = [](const std::set<std::string>& forms, std::set<Pair>* out) {
      for (auto a = forms.begin(); a != forms.end(); ++a) {
        for (auto b = std::next(a); b != forms.end(); ++b) out->emplace(*a, *b);
      }
    };
    std::map<int, std::set<std::string>> by_entity;
    for (const auto& [form, entity] : owner) by_entity[entity].insert(form);
    for (const auto& [entity, forms] : by_entity) add_pairs(forms, &gold_pairs);
    // A mention read with a title before it ("Ma" of "Ma Thandar Htay", "Mr"
    // of "Mr Kyaw Aung", "Judge" of "Judge Seo") or a form of respect after
    // it ("Ritesh Bhai", "Aandhi-ji") is a surface form of its entity with
    // them too: the titled forms of each document's entities, by (document,
    // canonical name), from the report's claim sets.
    std::map<std::pair<std::string, std::string>, std::vector<std::string>> titled;
    for (const ClaimSet& set : report_.claim_sets()) {
      for (const Entity& entity : set.entities()) {
        for (const Mention& mention : entity.mentions()) {
          if (mention.title().empty() && mention.honorific().empty()) continue;
          std::string form = mention.text();
          if (!mention.honorific().empty()) {
            absl::StrAppend(&form, absl::StartsWith(mention.honorific(), "-") ? "" : " ",
                            mention.honorific());
          }
          if (!mention.title().empty()) form = absl::StrCat(mention.title(), " ", form);
          titled[{set.document().id(), entity.canonical()}].push_back(std::move(form));
        }
      }
    }
    for (const Entity& entity : report_.entities()) {
      std::set<std::string> forms;
      std::vector<std::string> all(entity.aliases().begin(), entity.aliases().end());
      all.push_back(entity.canonical());
      for (const std::string& doc : entity.documents()) {
        for (const std::string& alias : entity.aliases()) {
          auto it = titled.find({doc, alias});
          if (it != titled.end()) all.insert(all.end(), it->second.begin(), it->second.end());
        }
      }
      for (const std::string& form : all) {
        std::string folded = FoldForMatching(form);
        if (owner.count(folded) > 0) forms.insert(folded);
      }
      add_pairs(forms, &predicted_pairs);
    }
    int64_t correct = 0;
    for (const Pair& pair : predicted_pairs) correct += gold_pairs.count(pair);
    result_.alias_gold_pairs = gold_pairs.size();
    result_.alias_predicted_pairs = predicted_pairs.size();
    result_.alias_correct_pairs = correct;
    result_.alias_precision = Ratio(correct, predicted_pairs.size());
    result_.alias_recall = Ratio(correct, gold_pairs.size());
    result_.alias_f1 = F1(result_.alias_precision, result_.alias_recall);
  }

  void ScoreGrouping() {
    // One mention per (document, evidence span or text, gold event).
    std::map<std::tuple<std::string, int64_t, int64_t, std::string, int>,
             std::vector<int>>
        mentions;
    for (size_t i = 0; i < gold_.size(); ++i) {
      const GoldItem& item = gold_[i];
      if (item.event < 0) continue;
      mentions[{item.doc_id, item.located ? item.span.begin() : -1,
                item.located ? item.span.end() : -1,
                item.located ? "" : item.evidence, item.event}]
          .push_back(i);
    }
    std::vector<int64_t> key, response;
    std::map<std::string, int64_t> labels;
    auto label = [&](const std::string& group) {
      return labels.emplace(group, static_cast<int64_t>(labels.size()))
          .first->second;
    };
    for (const auto& [id, items] : mentions) {
      const GoldItem& first = gold_[items[0]];
      std::string group;
      int best = -1;
      for (int i : items) {
        for (const Link& link : links_[i]) {
          const std::string& g = claims_[link.claim].group_id;
          if (!g.empty() && link.score > best) best = link.score, group = g;
        }
      }
      if (group.empty() && first.located) {
        for (const EventGroup& event_group : report_.events()) {
          for (const EventMentionRef& mention : event_group.mentions()) {
            if (mention.doc_id() == first.doc_id &&
                Overlaps(mention.sentence(), first.span)) {
              group = event_group.id();
              break;
            }
          }
          if (!group.empty()) break;
        }
      }
      key.push_back(first.event);
      if (group.empty()) {
        response.push_back(label(absl::StrCat("\n", key.size())));
      } else {
        response.push_back(label(group));
        ++result_.event_mentions_linked;
      }
      result_.mentions.push_back(MentionAssignment{
          first.doc_id, first.evidence, key_.events(first.event).id(), group});
    }
    result_.event_mentions = key.size();
    result_.events = ScoreCoreference(key, response);
  }

  void ScoreVerdicts() {
    auto support_count = [](const ClaimGroup& group) {
      int n = 0;
      for (const ValueSupport& value : group.values()) n += value.support_size();
      return n;
    };
    // (target, role) -> best predicted ClaimGroup.
    std::map<std::pair<std::string, std::string>, const ClaimGroup*> predicted;
    for (const ClaimGroup& group : report_.groups()) {
      std::string target;
      if (!group.event_group_id().empty()) {
        auto it = group_event_.find(group.event_group_id());
        if (it != group_event_.end()) target = key_.events(it->second).id();
      } else {
        int entity = ReportEntity(group.subject_entity());
        if (entity >= 0) target = AttributeTarget(key_, entity);
      }
      if (target.empty()) continue;
      const ClaimGroup*& slot = predicted[{target, group.role()}];
      if (slot == nullptr || support_count(group) > support_count(*slot)) {
        slot = &group;
      }
    }
    auto score = [&](const std::string& target, const std::string& role,
                     const std::string& gold) {
      ++result_.verdict_total;
      auto it = predicted.find({target, role});
      std::string guess = it == predicted.end()
                              ? kMissing
                              : std::string(VerdictName(it->second->verdict()));
      ++result_.verdict_confusion[gold][guess];
      if (guess == gold) {
        ++result_.verdict_correct;
        return;
      }
      result_.verdict_errors.push_back(VerdictError{
          target, role, gold, guess,
          it == predicted.end() ? "" : it->second->id()});
    };
    std::map<std::pair<std::string, std::string>, std::string> gold_verdicts;
    for (const gold::GoldEvent& event : key_.events()) {
      for (const gold::GoldSlot& slot : event.slots()) {
        score(event.id(), slot.role(), slot.verdict());
        gold_verdicts[{event.id(), slot.role()}] = slot.verdict();
      }
    }
    for (const gold::GoldAttribute& attribute : key_.attributes()) {
      std::string target = absl::StrCat("@", attribute.entity());
      score(target, attribute.attribute(), attribute.verdict());
      gold_verdicts[{target, attribute.attribute()}] = attribute.verdict();
    }
    result_.verdict_accuracy = Ratio(result_.verdict_correct, result_.verdict_total);
    for (const auto& [gold, row] : result_.verdict_confusion) {
      EvalResult::VerdictScore& v = result_.verdict_scores[gold];
      for (const auto& [guess, count] : row) {
        v.gold += count;
        if (guess == gold) v.correct_gold += count;
      }
    }
    for (const ClaimGroup& group : report_.groups()) {
      std::string target;
      if (!group.event_group_id().empty()) {
        auto it = group_event_.find(group.event_group_id());
        if (it != group_event_.end()) target = key_.events(it->second).id();
      }
      if (target.empty()) continue;
      std::string guess(VerdictName(group.verdict()));
      EvalResult::VerdictScore& v = result_.verdict_scores[guess];
      ++v.predicted;
      auto it = gold_verdicts.find({target, group.role()});
      if (it != gold_verdicts.end() && it->second == guess) ++v.correct_predicted;
    }
    for (auto& [name, v] : result_.verdict_scores) {
      v.precision = Ratio(v.correct_predicted, v.predicted);
      v.recall = Ratio(v.correct_gold, v.gold);
    }
  }

  const Report& report_;
  const gold::AnswerKey& key_;
  GoldEntities entities_;
  absl::flat_hash_map<std::string, std::string> texts_;
  absl::flat_hash_map<std::string, std::string> doc_ids_;  // gold -> report
  absl::flat_hash_map<std::string, int> report_entities_;  // id -> gold entity
  std::vector<PredClaim> claims_;
  std::map<std::string, std::vector<int>> claims_by_doc_;
  std::vector<GoldItem> gold_;
  std::set<std::string> missing_docs_;
  std::set<std::pair<std::string, std::string>> covered_;  // (target, role)
  std::vector<std::vector<Link>> links_;                   // per gold item
  std::map<std::string, int> group_event_;                 // group -> event
  EvalResult result_;
};

}  // namespace

absl::StatusOr<EvalResult> Evaluate(const Report& report,
                                    const gold::AnswerKey& key) {
  if (!IsCompact(report)) return Scorer(report, key).Run();
  const ExpandedReport expanded(report);
  if (!expanded.status().ok()) return expanded.status();
  return Scorer(expanded.report(), key).Run();
}

}  // namespace xref
