// Answer keys: the hand-made truth an engine is scored against (format in
// shared/README.md, schema in proto/gold.proto).
//
//   ASSIGN_OR_RETURN(gold::AnswerKey key, LoadAnswerKey("examples/x/gold.json"));
//   ASSIGN_OR_RETURN(Span span, LocateEvidence(doc.text(), value.evidence()));
//
// Thread-safety: pure functions, no shared state.

#ifndef XREF_EVAL_ANSWER_KEY_H_
#define XREF_EVAL_ANSWER_KEY_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/claim.pb.h"
#include "proto/gold.pb.h"
#include "proto/report.pb.h"

namespace xref {

// Reads the JSON answer key at `path`, parses it with protobuf's JSON parser
// and validates it (see `ValidateAnswerKey`). Fails with kNotFound when the
// file is missing and kInvalidArgument naming the path and the problem: a JSON
// syntax error, an unknown field (named), or a validation error.
absl::StatusOr<gold::AnswerKey> LoadAnswerKey(absl::string_view path);

// As `LoadAnswerKey` for JSON already in memory; `name` is used in errors.
absl::StatusOr<gold::AnswerKey> ParseAnswerKey(absl::string_view json,
                                               absl::string_view name);

// Checks what the JSON parser cannot: ids are non-empty and unique (documents,
// entities, events); every value names a known document and has a non-empty
// value and evidence; event participants and attribute entities name known
// entities; every slot and attribute has a role, a kind in {single, multi}
// and a verdict in {agree, conflict, divergent, single_source}. Fails with
// kInvalidArgument naming `name`, the place ("events[2] (musleh_arrest) slot
// crime values[1]") and the problem.
absl::Status ValidateAnswerKey(const gold::AnswerKey& key,
                               absl::string_view name);

// The gold verdict string as the report enum: "agree" -> AGREE, ...;
// VERDICT_UNSPECIFIED for anything else.
Verdict GoldVerdict(absl::string_view verdict);

// The report's name for a verdict, as the answer key spells it: AGREE ->
// "agree", ..., VERDICT_UNSPECIFIED -> "unspecified".
absl::string_view VerdictName(Verdict verdict);

// The first verbatim (byte-exact) occurrence of `evidence` in `text`. Fails
// with kNotFound when `evidence` does not occur, and kInvalidArgument when it
// is empty.
absl::StatusOr<Span> LocateEvidence(absl::string_view text,
                                    absl::string_view evidence);

}  // namespace xref

#endif  // XREF_EVAL_ANSWER_KEY_H_
