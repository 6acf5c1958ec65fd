// Sentence splitting for news prose.
//
//   std::vector<TextRange> sentences = SplitSentences(text, paragraph);
//
// A sentence ends at '.', '!' or '?' (plus any closing quotes and
// parentheses) followed by white space and a plausible sentence start
// (upper-case letter, digit, opening quote or parenthesis). It does not end
// after titles and other abbreviations (Mr., Gen., Jan., St., No.), after
// single initials ("John F. Kennedy"), inside parentheses, or after dotted
// acronyms (U.S., U.N.) unless the next word is a typical sentence opener
// ("The", "He", "But"). A paragraph boundary always ends a sentence.
// Thread-safe: pure functions.

#ifndef XREF_CLAIMS_SENTENCE_SPLITTER_H_
#define XREF_CLAIMS_SENTENCE_SPLITTER_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "claims/text_normalizer.h"

namespace xref {

// Splits `text[paragraph.begin, paragraph.end)` into sentences. Returned
// ranges are in `text` coordinates, trimmed of surrounding white space, and
// never empty.
std::vector<TextRange> SplitSentences(absl::string_view text,
                                      TextRange paragraph);

// As SplitSentences, appending the sentences to `*out` (for callers that
// collect the sentences of many paragraphs in one reused vector).
void AppendSentences(absl::string_view text, TextRange paragraph,
                     std::vector<TextRange>* out);

// Convenience: the whole of `text` as one paragraph.
std::vector<TextRange> SplitSentences(absl::string_view text);

}  // namespace xref

#endif  // XREF_CLAIMS_SENTENCE_SPLITTER_H_
