// Status propagation macros, written once because Abseil 20220623 has none.
//
//   RETURN_IF_ERROR(WriteFile(path, data));
//   ASSIGN_OR_RETURN(Document doc, ReadDocument(path));
//
// Both evaluate their argument exactly once and return the error unchanged.

#ifndef XREF_BASE_STATUS_MACROS_H_
#define XREF_BASE_STATUS_MACROS_H_

#include "absl/base/optimization.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define XREF_STATUS_CONCAT_INNER_(a, b) a##b
#define XREF_STATUS_CONCAT_(a, b) XREF_STATUS_CONCAT_INNER_(a, b)

// Returns from the enclosing function when `expr` (an absl::Status) is not OK.
#define RETURN_IF_ERROR(expr)                                  \
  do {                                                         \
    ::absl::Status xref_status_ = (expr);                      \
    if (ABSL_PREDICT_FALSE(!xref_status_.ok())) return xref_status_; \
  } while (0)

// Evaluates `rexpr` (an absl::StatusOr<T>); on error returns its status, else
// moves the value into `lhs`, which may be a declaration.
#define ASSIGN_OR_RETURN(lhs, rexpr)                                       \
  XREF_ASSIGN_OR_RETURN_IMPL_(                                             \
      XREF_STATUS_CONCAT_(xref_statusor_, __LINE__), lhs, rexpr)

#define XREF_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, rexpr)   \
  auto statusor = (rexpr);                                  \
  if (ABSL_PREDICT_FALSE(!statusor.ok())) {                 \
    return std::move(statusor).status();                    \
  }                                                         \
  lhs = std::move(statusor).value()

#endif  // XREF_BASE_STATUS_MACROS_H_
