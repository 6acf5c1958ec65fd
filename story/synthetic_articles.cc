#include "story/synthetic_articles.h"

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"

namespace xref {

std::vector<StoryArticle> ToStoryArticles(const SyntheticCorpus& corpus,
                                          bool with_entities,
                                          std::vector<std::string>* truth) {
  // Aliases of the entities each story's key mentions, so each article is
  // only searched for the names of its own story plus every place.
  absl::flat_hash_map<std::string, const gold::GoldEntity*> entity_by_id;
  for (const gold::GoldEntity& e : corpus.key.entities()) entity_by_id[e.id()] = &e;
  absl::flat_hash_map<std::string, std::vector<const gold::GoldEntity*>> story_entities;
  for (const gold::GoldEvent& ev : corpus.key.events()) {
    auto it = entity_by_id.find(ev.participant());
    if (it != entity_by_id.end()) story_entities[ev.story()].push_back(it->second);
  }
  std::vector<const gold::GoldEntity*> places;
  for (const gold::GoldEntity& e : corpus.key.entities()) {
    if (e.type() == "LOCATION") places.push_back(&e);
  }
  std::vector<StoryArticle> out;
  for (const SyntheticArticle& a : corpus.articles) {
    StoryArticle s;
    s.id = a.id;
    s.published = a.date_publish;
    s.text = absl::StrCat(a.title, "\n\n", a.maintext);
    if (with_entities) {
      for (const gold::GoldEntity* e : story_entities[a.story]) {
        for (const std::string& alias : e->aliases()) {
          if (a.maintext.find(alias) != std::string::npos) s.entities.push_back(alias);
        }
      }
      for (const gold::GoldEntity* e : places) {
        for (const std::string& alias : e->aliases()) {
          if (a.maintext.find(alias) != std::string::npos) s.places.push_back(alias);
        }
      }
    }
    if (truth != nullptr) truth->push_back(a.story);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace xref
