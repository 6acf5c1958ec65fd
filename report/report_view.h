// Read-only indexes and wording shared by the report writers (HTML, Markdown),
// so that both say the same thing in the same order.
//
// A ReportView borrows the Report it was built from; the Report must outlive
// it and must not change meanwhile. A compact report (as the matcher builds
// it, see matcher/expand_report.h) is viewed expanded: the view keeps an
// expanded copy, and `report()` is that copy. Thread-safe after construction
// (const).

#ifndef XREF_REPORT_REPORT_VIEW_H_
#define XREF_REPORT_REPORT_VIEW_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "matcher/expand_report.h"
#include "proto/report.pb.h"

namespace xref {

// The report sections, in reading order.
enum class ReportSection { kDiscrepancies, kAgreements, kSingleSource, kOther };

// "Discrepancies", "Agreements", "Single-source claims", "Unclassified".
absl::string_view SectionTitle(ReportSection section);

// The section a verdict belongs to: CONFLICT and DIVERGENT are discrepancies.
ReportSection SectionOf(Verdict verdict);

// Short lower-case names: "conflict", "divergent", "agree", "single source",
// "unclassified".
absl::string_view VerdictLabel(Verdict verdict);

// Stable CSS-friendly keys: "conflict", "divergent", "agree", "single",
// "unspecified".
absl::string_view VerdictKey(Verdict verdict);

// How the outlet holds a claim: "" for ASSERTED and unspecified, else
// "reported", "alleged", "denied", "negated", "hedged".
absl::string_view ModalityLabel(Modality modality);

// "according to the military", or "" when the outlet asserts the claim itself.
std::string AttributionText(const Attribution& attribution);

// What a reader compares: the normalised value, else the raw text, else "?".
std::string ValueLabel(const Value& value);

// A quoted sentence split around the claimed value, all three parts valid
// UTF-8 drawn from the document text when the spans allow it, else from
// `Evidence.quote` (whole quote in `before`), else from `Support.raw`.
struct QuoteParts {
  std::string before;
  std::string value;
  std::string after;
};

// `begin`/`end` clamped into [0, text.size()] with `begin <= end`, each moved
// back to the start of the UTF-8 sequence it falls in.
std::pair<size_t, size_t> ClampSpan(absl::string_view text, int64_t begin,
                                    int64_t end);

class ReportView {
 public:
  explicit ReportView(const Report& report);
  ReportView(const ReportView&) = delete;
  ReportView& operator=(const ReportView&) = delete;

  // The report viewed: the one given, or its expansion.
  const Report& report() const { return report_; }

  // The document with id `doc_id`, or nullptr.
  const Document* FindDocument(absl::string_view doc_id) const;
  // Position of `doc_id` in Report.documents, or -1.
  int DocumentIndex(absl::string_view doc_id) const;
  // The outlet of `doc_id` (its id when the outlet is empty or unknown).
  std::string OutletName(absl::string_view doc_id) const;

  // Event label ("Arrest of Qasim Musleh, 2021-05-26") for event groups; for
  // attribute groups "<entity canonical name> (attribute)". Falls back to ids.
  std::string GroupTitle(const ClaimGroup& group) const;

  // The groups of `section`, in report order.
  std::vector<const ClaimGroup*> GroupsIn(ReportSection section) const;

  // The quote of `support`, split around its value.
  QuoteParts Quote(const Support& support) const;

  // The claim `support` names: claim `claim_index` of the claim set of
  // document `doc_id` in Report.claim_sets, when that exists and has id
  // `claim_id`; else nullptr.
  const Claim* SupportClaim(const Support& support) const;

  // The evidence of `support`: its own `evidence` when set (reports older
  // than xref-matcher/2 copy it), else that of `SupportClaim`, else empty.
  const Evidence& SupportEvidence(const Support& support) const;

  // Verdict of the group a claim supports, VERDICT_UNSPECIFIED if none.
  Verdict ClaimVerdict(absl::string_view doc_id,
                       absl::string_view claim_id) const;

  // Distinct document ids appearing in the group's supports, in report order.
  std::vector<std::string> GroupDocuments(const ClaimGroup& group) const;

 private:
  const ExpandedReport expanded_;  // Of the report given.
  const Report& report_;
  absl::flat_hash_map<std::string, int> doc_index_;
  absl::flat_hash_map<std::string, const ClaimSet*> claim_sets_;
  absl::flat_hash_map<std::string, const EventGroup*> events_;
  absl::flat_hash_map<std::string, const Entity*> entities_;
  absl::flat_hash_map<std::string, Verdict> claim_verdicts_;  // "doc\0claim".
};

}  // namespace xref

#endif  // XREF_REPORT_REPORT_VIEW_H_
