// Extractor: one article in, its `ClaimSet` out.
//
// The rule engine behind it is data: frames (event types, triggers, role
// patterns), the charge/reason taxonomy, lexicons and the gazetteer are
// text-format files under a rules directory (`claims/rules/` in the source
// tree), compiled once into RE2 programs when the extractor is created.
//
//   ExtractorOptions options;
//   options.rules_dir = "claims/rules";
//   ASSIGN_OR_RETURN(std::unique_ptr<Extractor> extractor,
//                    Extractor::Create(options));
//   ASSIGN_OR_RETURN(ClaimSet claims, extractor->Extract(document));
//
// Thread-safety: `Create` builds an immutable object; `Extract`, `ExtractEach` and
// `ExtractInto` are const and may be called from many threads at once (each
// with its own output).

#ifndef XREF_CLAIMS_EXTRACTOR_H_
#define XREF_CLAIMS_EXTRACTOR_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "claims/gazetteer.h"
#include "proto/claim.pb.h"

namespace xref {

struct ExtractorOptions {
  // Directory holding the rule files. Required.
  std::string rules_dir;
  // Sentences longer than this are cut at this many bytes (at a UTF-8
  // boundary) before patterns run. Default: 4 KiB.
  int64_t max_sentence_bytes = 4096;
  // At most this many claims per document; the rest are dropped and the
  // document is reported. Default: 10,000.
  int max_claims_per_document = 10000;
};

class Extractor {
 public:
  // Loads and compiles every rule file in `options.rules_dir`. Fails with
  // kNotFound when the directory or a required file is missing and with
  // kInvalidArgument naming the file and line of a malformed rule (including a
  // pattern RE2 cannot compile).
  static absl::StatusOr<std::unique_ptr<Extractor>> Create(
      const ExtractorOptions& options);

  virtual ~Extractor() = default;

  // Extracts entities, event mentions and claims from `document`. Offsets in
  // the result point into `document.text()`. Fails with kInvalidArgument when
  // the text is not valid UTF-8 and kResourceExhausted when it exceeds the
  // claim limit; never crashes on any byte sequence.
  absl::StatusOr<ClaimSet> Extract(const Document& document) const;

  // As Extract, but builds the result in `*out` (cleared first; cleared again
  // on failure). `out` may live on a google::protobuf::Arena
  // (`Arena::CreateMessage<ClaimSet>(&arena)`): every message of the result
  // is then allocated on that arena, which makes building and freeing it
  // cheaper; this is the fast path for callers that extract many documents.
  //
  //   google::protobuf::Arena arena;
  //   ClaimSet* claims = google::protobuf::Arena::CreateMessage<ClaimSet>(&arena);
  //   RETURN_IF_ERROR(extractor->ExtractInto(document, claims));
  virtual absl::Status ExtractInto(const Document& document, ClaimSet* out) const = 0;

  // As ExtractInto for each of `documents`, into the output at the same index
  // of `outs` (the spans have one length; otherwise every status is
  // kInvalidArgument). Returns one status per document: a document that
  // fails leaves its output cleared and does not affect the others. Results
  // are those of ExtractInto, document by document; this is faster for
  // callers with many documents at hand, since each stage of the rule engine
  // runs over the whole batch before the next starts and finds its tables
  // still in the caches. Documents are worked in slices of 64, so any batch
  // size suits; batches under about 16 gain little.
  virtual std::vector<absl::Status> ExtractEach(absl::Span<const Document* const> documents,
                                                absl::Span<ClaimSet* const> outs) const = 0;

  // The gazetteer the rules were compiled with.
  virtual const Gazetteer& gazetteer() const = 0;
};

// The rules directory to use when none is given: $XREF_RULES if set, else
// `claims/rules` under the current directory if present, else the copy in the
// runfiles of the running binary. Returns an empty string when none exists.
std::string DefaultRulesDir();

}  // namespace xref

#endif  // XREF_CLAIMS_EXTRACTOR_H_
