#include "claims/entity_extractor_testing.h"

#include <memory>

#include "claims/gazetteer.h"
#include "claims/rule_set.h"

namespace xref {

const EntityExtractor& DefaultEntityExtractor() {
  struct Loaded {
    std::unique_ptr<RuleSet> rules;
    Gazetteer gazetteer;
    std::unique_ptr<EntityExtractor> extractor;
  };
  static const Loaded* const kLoaded = [] {
    auto* f = new Loaded();
    f->rules = RuleSet::Load("claims/rules").value();
    f->gazetteer = Gazetteer::Load("claims/rules/gazetteer.textproto").value();
    f->extractor = std::make_unique<EntityExtractor>(&f->rules->lexicon(), &f->gazetteer);
    return f;
  }();
  return *kLoaded->extractor;
}

}  // namespace xref
