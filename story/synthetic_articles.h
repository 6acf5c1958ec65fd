// Test and benchmark input: a generated corpus (synth/) turned into
// StoryArticles, with the entities an ideal extractor would report: every
// answer-key alias that occurs in the article text (persons and organisations
// as `entities`, locations as `places`). `with_entities = false` leaves both
// empty (text and dates only).
//
// Thread-safety: pure function.

#ifndef XREF_STORY_SYNTHETIC_ARTICLES_H_
#define XREF_STORY_SYNTHETIC_ARTICLES_H_

#include <string>
#include <vector>

#include "story/story_clusterer.h"
#include "synth/corpus_generator.h"

namespace xref {

// Articles in corpus order; `truth` (if not null) receives each article's
// story id from the generator.
std::vector<StoryArticle> ToStoryArticles(const SyntheticCorpus& corpus,
                                          bool with_entities,
                                          std::vector<std::string>* truth);

}  // namespace xref

#endif  // XREF_STORY_SYNTHETIC_ARTICLES_H_
