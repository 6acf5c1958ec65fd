// Which named person an event's participant slot refers to when the words
// next to the trigger are not the name itself: a third-person pronoun
// ("police detained him", "he was arrested", "his release") or a name set
// off from its verb by an apposition ("Ana Petrova, the party's deputy
// leader, was detained").
//
//   ParticipantPronoun p = FindParticipantPronoun(text, sentence, trigger);
//   if (p.found()) {
//     const EntityMentionSpan* who =
//         PronounAntecedent(entities, text, sentences, index, p.begin, is_person);
//   }
//
// These are heuristics for news prose, tuned to prefer no answer to a wrong
// one: a pronoun takes the nearest person before it in its sentence, else the
// first person of the nearest of the two sentences before; there is no gender
// or number agreement (names carry none the extractor knows).
// Thread-safe: free functions over their arguments.

#ifndef XREF_CLAIMS_COREFERENCE_H_
#define XREF_CLAIMS_COREFERENCE_H_

#include <cstdint>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/strings/string_view.h"
#include "claims/entity_extractor.h"
#include "claims/text_normalizer.h"

namespace xref {

struct ParticipantPronoun {
  enum Role {
    kNone,
    kObject,      // "detained him", "charged him with", "freed her on Monday".
    kSubject,     // "he was arrested", "She had been held".
    kPossessive,  // "his release", "her arrest".
  };
  Role role = kNone;
  int64_t begin = -1;  // Of the pronoun, in the searched text.

  bool found() const { return role != kNone; }
};

// The singular third-person pronoun (he, him, his, she, her) that stands for
// the participant of the trigger at `trigger` inside `sentence` of `text`
// (a normalised text: ASCII apostrophes and spaces): "him" or "her" inside the
// trigger or right after it, where "her" must not be a determiner ("detained
// her brother" names the brother); "he" or "she" right before it, with
// auxiliaries and one adverb allowed between ("she was later released"); or
// "his" or "her" right before it. Role kNone when there is none.
ParticipantPronoun FindParticipantPronoun(absl::string_view text, TextRange sentence,
                                          TextRange trigger);

// True when `gap`, the text from the end of a name to the start of a trigger,
// is an apposition between commas, possibly after an age, then optional
// auxiliaries: ", 47, the general secretary of the union, was ",
// ", the party's deputy leader, had been ". Each comma-separated part is a
// number or a noun phrase that starts with a determiner or a possessive name
// ("the", "a", "his", "the union's") or a relative clause about the person
// ("who", "whose": ", 21, who like many students uses one name, ", ", a
// driver who had joined the strike, "); it holds no other clause ("X,
// which ...", "X, a decision that ...", "X, police said, was ..." are not
// taken).
bool IsAppositionGap(absl::string_view gap);

// The person mention of `entities` a pronoun at `pronoun` in sentence
// `index` of `sentences` stands for, among the mentions `eligible` accepts
// (the caller's test: a person, not the addressee of a speech verb, not the
// sentence's attribution source): the nearest one before the pronoun in the
// same sentence, else the first one of the nearest of the two previous
// sentences that has one, skipping there a name that is the speaker of its
// sentence ("X said", "X told"). Null when there is none. `entities.mentions`
// must be sorted by position (as EntityExtractor::Extract returns them).
const EntityMentionSpan* PronounAntecedent(
    const EntityResult& entities, absl::string_view text,
    const std::vector<TextRange>& sentences, int index, int64_t pronoun,
    absl::FunctionRef<bool(const EntityMentionSpan&)> eligible);

}  // namespace xref

#endif  // XREF_CLAIMS_COREFERENCE_H_
