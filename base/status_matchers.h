// GoogleTest matchers for absl::Status and absl::StatusOr, written once because
// Abseil 20220623 has no status_matchers.h. Test-only.
//
//   EXPECT_THAT(LoadRules(path), StatusIs(absl::StatusCode::kInvalidArgument,
//                                         HasSubstr("rules.textproto:3")));
//   ASSERT_OK_AND_ASSIGN(ClaimSet set, Extract(doc));
//   EXPECT_OK(WriteReport(report, dir));
//
// There is deliberately no EXPECT_NOT_OK: assert the specific code and message.

#ifndef XREF_BASE_STATUS_MATCHERS_H_
#define XREF_BASE_STATUS_MATCHERS_H_

#include <ostream>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace testing_internal {

inline const absl::Status& GetStatus(const absl::Status& status) {
  return status;
}
template <typename T>
const absl::Status& GetStatus(const absl::StatusOr<T>& status_or) {
  return status_or.status();
}

}  // namespace testing_internal

// Matches an OK absl::Status or absl::StatusOr.
MATCHER(IsOk, "is OK") {
  const absl::Status& status = testing_internal::GetStatus(arg);
  if (!status.ok()) *result_listener << "status is " << status;
  return status.ok();
}

// Matches a status (or StatusOr) whose code equals `code` and whose message
// matches `message_matcher`.
MATCHER_P2(StatusIs, code, message_matcher,
           "has code " + ::testing::PrintToString(code)) {
  const absl::Status& status = testing_internal::GetStatus(arg);
  *result_listener << "status is " << status;
  return status.code() == code &&
         ::testing::ExplainMatchResult(message_matcher,
                                       std::string(status.message()),
                                       result_listener);
}

}  // namespace xref

#define EXPECT_OK(expr) EXPECT_THAT((expr), ::xref::IsOk())
#define ASSERT_OK(expr) ASSERT_THAT((expr), ::xref::IsOk())

#define XREF_MATCHERS_CONCAT_INNER_(a, b) a##b
#define XREF_MATCHERS_CONCAT_(a, b) XREF_MATCHERS_CONCAT_INNER_(a, b)

// Asserts that `rexpr` (an absl::StatusOr<T>) is OK and moves its value into
// `lhs`, which may be a declaration.
#define ASSERT_OK_AND_ASSIGN(lhs, rexpr) \
  XREF_ASSERT_OK_AND_ASSIGN_IMPL_(       \
      XREF_MATCHERS_CONCAT_(xref_statusor_, __LINE__), lhs, rexpr)

#define XREF_ASSERT_OK_AND_ASSIGN_IMPL_(statusor, lhs, rexpr) \
  auto statusor = (rexpr);                                    \
  ASSERT_TRUE(statusor.ok()) << statusor.status();            \
  lhs = std::move(statusor).value()

#endif  // XREF_BASE_STATUS_MATCHERS_H_
