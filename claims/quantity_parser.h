// Quantities in news text: digits and number words with the noun counted.
//
//   for (const Quantity& q : FindQuantities("at least 66 people died")) ...
//   // q.value: low 66, unbounded, counted "people"; q.key == "66+".
//
// Forms: digits ("14", "1,200"), words ("two", "twenty-one", "a dozen"),
// vague plurals ("dozens of" [24, 99], "hundreds of" [200, 999], "thousands
// of" [2000, 9999], "scores of" [40, 99], "several" [3, 9]), "a few hundred"
// [200, 500] (and thousand, dozen) and modifiers ("at least",
// "more than", "over", "nearly", "about", "up to", "fewer than"). Years,
// days of months, times, percentages, money and lengths ("for nine days",
// "two kilometres") are not counts and are skipped.
// A quantity needs a counted noun after it (within three words), except after
// a death toll ("the death toll rose to 12", "puts the toll at 34": counted
// "deaths"), after a crowd ("put the crowd at 80,000", "turnout reached
// 2,000": counted "people") and as the subject of a plural verb ("43 were
// injured", "dozens have died", "nine died": counted "people", `subject`
// set). A part of a group counts the noun after the determiner ("20 of the
// marchers": "marchers") or, after a pronoun, people ("twelve of them",
// "eight of those detained": the range ends there; `subject` set when a
// plural verb follows). "One of the" is skipped; a number pointing back at
// people ("the nine were released", "all three had") counts them, unless
// it is the group of a part ("three of the 17 were"). Words match in any
// ASCII case (the extractor's text is NFKC, which leaves no other case
// forms of these letters); found by one hand-written pass over the text.
// Thread-safe: pure functions.

#ifndef XREF_CLAIMS_QUANTITY_PARSER_H_
#define XREF_CLAIMS_QUANTITY_PARSER_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "claims/text_normalizer.h"
#include "proto/claim.pb.h"

namespace xref {

struct Quantity {
  TextRange range;       // The whole expression, noun included.
  TextRange noun;        // The counted noun.
  NumberRange value;
  std::string key;       // Comparable form, see QuantityKey.
  // The number is the subject of the verb after it ("43 were injured"): it
  // counts what that verb tells, not what came before.
  bool subject = false;
};

// Every counted quantity in `text`, left to right.
std::vector<Quantity> FindQuantities(absl::string_view text);

// The comparable string: "14" for an exact number, "66+" for an open range,
// "hundreds"/"dozens"/"thousands"/"scores" for vague plurals, "10-20" for a
// closed range.
std::string QuantityKey(const NumberRange& value, absl::string_view vague_word);

}  // namespace xref

#endif  // XREF_CLAIMS_QUANTITY_PARSER_H_
