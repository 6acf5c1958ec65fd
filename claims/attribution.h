// Attribution ("officials said", "according to X", "rumors swirled") and
// modality (alleged, hedged, denied, negated) of a sentence, driven by the
// attribution and modality rules of a RuleSet.
//
//   AttributionMatch a = FindAttribution(rules, text, sentence);
//   Modality m = FindModality(rules, text, sentence, trigger, a.found);
//
// Negation is reported, never resolved: "no charges were filed" keeps its
// words and is marked NEGATED; a denial is DENIED. Thread-safe: pure
// functions over an immutable RuleSet.

#ifndef XREF_CLAIMS_ATTRIBUTION_H_
#define XREF_CLAIMS_ATTRIBUTION_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "claims/rule_set.h"
#include "claims/text_normalizer.h"
#include "proto/claim.pb.h"

namespace xref {

struct AttributionMatch {
  bool found = false;
  TextRange source;         // In the searched text; empty for "it is rumored".
  std::string source_text;  // Cleaned: leading common words lower-cased.
  std::string cue;          // "said", "told reuters", "according to": lower-cased.
  // Where the cue is in the searched text; empty when the rule's cue is
  // implied rather than matched ("rumors swirled" has one, "it is rumored"'s
  // fixed cue does not).
  TextRange cue_range;
  Modality modality = MODALITY_UNSPECIFIED;   // REPORTED or HEDGED.
  // The source is also the subject acting in the sentence ("A court freed
  // them, citing ..."); see AttributionRule.source_acts.
  bool source_acts = false;
  // The cue is a claim ("claimed", "claimed responsibility"): the source
  // says it did what the sentence tells ("X, a banned group, claimed the
  // killing"), so it may be that event's agent, by its own word.
  bool source_claims = false;
  // The cue blames or accuses ("blamed", "accused"): whom it names after
  // it is the source's account of who did it ("officials blamed rebels for
  // the bombing"), so the cue and what follows it may hold a role's value.
  bool source_accuses = false;
};

// The first attribution rule (in file order) matching in
// `text[sentence.begin, sentence.end)`; `found` is false when none does.
AttributionMatch FindAttribution(const RuleSet& rules, absl::string_view text,
                                 TextRange sentence);

// As above, trying only the rules in `candidates` (ascending indices into
// rules.attributions()), which must include every rule that matches the
// sentence: RuleSet::MatchAttributions or RuleSet::MatchSentence of it.
AttributionMatch FindAttribution(const RuleSet& rules, absl::string_view text,
                                 TextRange sentence,
                                 const std::vector<int>& candidates);

// The source of an attribution as AttributionMatch::source_text gives it:
// `source` without surrounding white space and trailing commas and full
// stops, its first letter lower-cased when it begins with a common word
// ("Security officials" -> "security officials", "Police" -> "police"),
// names and acronyms kept ("Iraq's judiciary", "Sajad Jiyad", "U.S.
// officials").
std::string CleanAttributionSource(absl::string_view source);

// What a source that is a third-person pronoun stands for ("..., he said",
// "It said 22 people had been detained"): kPerson for he or she, kBody for
// it (a ministry, a statement), kGroup for they; kNone for any other source.
// Case is ignored.
enum class SourcePronoun { kNone, kPerson, kBody, kGroup };
SourcePronoun SourcePronounOf(absl::string_view source_text);

// The modality of the event whose trigger is `trigger` inside `sentence`:
// NEGATED > DENIED > ALLEGED > HEDGED > REPORTED (when `attributed`) >
// ASSERTED.
Modality FindModality(const RuleSet& rules, absl::string_view text,
                      TextRange sentence, TextRange trigger, bool attributed);

// FindModality for the triggers of one sentence: the rules without a window
// (which look at the whole sentence) run once, on the first call of For.
// `rules` and `text` must outlive it. Not thread-safe (it is per sentence).
class SentenceModality {
 public:
  SentenceModality(const RuleSet& rules, absl::string_view text, TextRange sentence)
      : rules_(rules), text_(text), sentence_(sentence) {}

  // As above, given the rules without a window that match the sentence
  // (RuleSet::SentenceHits::sentence_modalities of it), which are then not
  // run again. `sentence_rules` must outlive this object.
  SentenceModality(const RuleSet& rules, absl::string_view text, TextRange sentence,
                   const std::vector<int>* sentence_rules)
      : rules_(rules), text_(text), sentence_(sentence), sentence_rules_(sentence_rules) {}

  // Same result as FindModality(rules, text, sentence, trigger, attributed).
  Modality For(TextRange trigger, bool attributed);

 private:
  const RuleSet& rules_;
  absl::string_view text_;
  TextRange sentence_;
  const std::vector<int>* sentence_rules_ = nullptr;
  bool sentence_done_ = false;
  Modality sentence_best_ = MODALITY_UNSPECIFIED;
};

}  // namespace xref

#endif  // XREF_CLAIMS_ATTRIBUTION_H_
