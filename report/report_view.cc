#include "report/report_view.h"

#include "matcher/expand_report.h"

#include <algorithm>
#include <tuple>

#include "absl/strings/str_cat.h"

namespace xref {
namespace {

std::string ClaimKey(absl::string_view doc_id, absl::string_view claim_id) {
  return absl::StrCat(doc_id, absl::string_view("\0", 1), claim_id);
}

int Severity(Verdict verdict) {
  switch (verdict) {
    case CONFLICT:
      return 4;
    case DIVERGENT:
      return 3;
    case SINGLE_SOURCE:
      return 2;
    case AGREE:
      return 1;
    default:
      return 0;
  }
}

bool IsContinuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

size_t ToCharStart(absl::string_view text, size_t pos) {
  while (pos > 0 && pos < text.size() && IsContinuation(text[pos])) --pos;
  return pos;
}

}  // namespace

absl::string_view SectionTitle(ReportSection section) {
  switch (section) {
    case ReportSection::kDiscrepancies:
      return "Discrepancies";
    case ReportSection::kAgreements:
      return "Agreements";
    case ReportSection::kSingleSource:
      return "Single-source claims";
    case ReportSection::kOther:
      return "Unclassified";
  }
  return "Unclassified";
}

ReportSection SectionOf(Verdict verdict) {
  switch (verdict) {
    case CONFLICT:
    case DIVERGENT:
      return ReportSection::kDiscrepancies;
    case AGREE:
      return ReportSection::kAgreements;
    case SINGLE_SOURCE:
      return ReportSection::kSingleSource;
    default:
      return ReportSection::kOther;
  }
}

absl::string_view VerdictLabel(Verdict verdict) {
  switch (verdict) {
    case AGREE:
      return "agree";
    case CONFLICT:
      return "conflict";
    case DIVERGENT:
      return "divergent";
    case SINGLE_SOURCE:
      return "single source";
    default:
      return "unclassified";
  }
}

absl::string_view VerdictKey(Verdict verdict) {
  switch (verdict) {
    case AGREE:
      return "agree";
    case CONFLICT:
      return "conflict";
    case DIVERGENT:
      return "divergent";
    case SINGLE_SOURCE:
      return "single";
    default:
      return "unspecified";
  }
}

absl::string_view ModalityLabel(Modality modality) {
  switch (modality) {
    case REPORTED:
      return "reported";
    case ALLEGED:
      return "alleged";
    case DENIED:
      return "denied";
    case NEGATED:
      return "negated";
    case HEDGED:
      return "hedged";
    default:
      return "";
  }
}

std::string AttributionText(const Attribution& attribution) {
  if (attribution.source().empty()) return "";
  return absl::StrCat("according to ", attribution.source());
}

std::string ValueLabel(const Value& value) {
  if (!value.normalized().empty()) return value.normalized();
  if (!value.raw().empty()) return value.raw();
  return "?";
}

std::pair<size_t, size_t> ClampSpan(absl::string_view text, int64_t begin,
                                    int64_t end) {
  const int64_t size = static_cast<int64_t>(text.size());
  begin = std::clamp<int64_t>(begin, 0, size);
  end = std::clamp<int64_t>(end, begin, size);
  size_t b = ToCharStart(text, static_cast<size_t>(begin));
  size_t e = ToCharStart(text, static_cast<size_t>(end));
  if (e < b) e = b;
  return {b, e};
}

ReportView::ReportView(const Report& compact)
    : expanded_(compact), report_(expanded_.report()) {
  const Report& report = report_;
  for (int i = 0; i < report.documents_size(); ++i) {
    doc_index_.emplace(report.documents(i).id(), i);
  }
  for (const ClaimSet& set : report.claim_sets()) {
    claim_sets_.emplace(set.document().id(), &set);
  }
  for (const EventGroup& event : report.events()) {
    events_.emplace(event.id(), &event);
  }
  for (const Entity& entity : report.entities()) {
    entities_.emplace(entity.id(), &entity);
  }
  for (const ClaimGroup& group : report.groups()) {
    for (const ValueSupport& value : group.values()) {
      for (const Support& support : value.support()) {
        Verdict& slot =
            claim_verdicts_[ClaimKey(support.doc_id(), support.claim_id())];
        if (Severity(group.verdict()) > Severity(slot)) slot = group.verdict();
      }
    }
  }
}

const Document* ReportView::FindDocument(absl::string_view doc_id) const {
  int i = DocumentIndex(doc_id);
  return i < 0 ? nullptr : &report_.documents(i);
}

int ReportView::DocumentIndex(absl::string_view doc_id) const {
  auto it = doc_index_.find(doc_id);
  return it == doc_index_.end() ? -1 : it->second;
}

std::string ReportView::OutletName(absl::string_view doc_id) const {
  const Document* doc = FindDocument(doc_id);
  if (doc != nullptr && !doc->outlet().empty()) return doc->outlet();
  return std::string(doc_id);
}

std::string ReportView::GroupTitle(const ClaimGroup& group) const {
  if (!group.event_group_id().empty()) {
    auto it = events_.find(group.event_group_id());
    if (it != events_.end() && !it->second->label().empty()) {
      return it->second->label();
    }
    if (!group.event_type().empty()) {
      return absl::StrCat(group.event_type(), " (", group.event_group_id(),
                          ")");
    }
    return absl::StrCat("Event ", group.event_group_id());
  }
  if (!group.subject_entity().empty()) {
    auto it = entities_.find(group.subject_entity());
    const std::string name = it != entities_.end() && !it->second->canonical().empty()
                                 ? it->second->canonical()
                                 : group.subject_entity();
    return absl::StrCat(name, " (attribute)");
  }
  return group.id().empty() ? std::string("Claim group") : group.id();
}

std::vector<const ClaimGroup*> ReportView::GroupsIn(
    ReportSection section) const {
  std::vector<const ClaimGroup*> out;
  for (const ClaimGroup& group : report_.groups()) {
    if (SectionOf(group.verdict()) == section) out.push_back(&group);
  }
  return out;
}

const Claim* ReportView::SupportClaim(const Support& support) const {
  if (!support.has_claim_index()) return nullptr;
  auto it = claim_sets_.find(support.doc_id());
  if (it == claim_sets_.end()) return nullptr;
  const int i = support.claim_index();
  if (i < 0 || i >= it->second->claims_size()) return nullptr;
  const Claim& claim = it->second->claims(i);
  return claim.id() == support.claim_id() ? &claim : nullptr;
}

const Evidence& ReportView::SupportEvidence(const Support& support) const {
  if (support.has_evidence()) return support.evidence();
  const Claim* claim = SupportClaim(support);
  return claim != nullptr ? claim->evidence() : Evidence::default_instance();
}

QuoteParts ReportView::Quote(const Support& support) const {
  QuoteParts parts;
  const Evidence& ev = SupportEvidence(support);
  const std::string& doc_id =
      ev.doc_id().empty() ? support.doc_id() : ev.doc_id();
  const Document* doc = FindDocument(doc_id);
  if (doc != nullptr && ev.has_sentence() &&
      ev.sentence().end() > ev.sentence().begin()) {
    absl::string_view text = doc->text();
    auto [sb, se] = ClampSpan(text, ev.sentence().begin(), ev.sentence().end());
    if (se > sb) {
      size_t vb = sb, ve = sb;
      if (ev.has_value() && ev.value().end() > ev.value().begin()) {
        std::tie(vb, ve) = ClampSpan(text, ev.value().begin(), ev.value().end());
        vb = std::clamp(vb, sb, se);
        ve = std::clamp(ve, vb, se);
      }
      parts.before = std::string(text.substr(sb, vb - sb));
      parts.value = std::string(text.substr(vb, ve - vb));
      parts.after = std::string(text.substr(ve, se - ve));
      return parts;
    }
  }
  if (!ev.quote().empty()) {
    const std::string& raw = support.raw();
    size_t at = raw.empty() ? std::string::npos : ev.quote().find(raw);
    if (at == std::string::npos) {
      parts.before = ev.quote();
    } else {
      parts.before = ev.quote().substr(0, at);
      parts.value = raw;
      parts.after = ev.quote().substr(at + raw.size());
    }
    return parts;
  }
  parts.value = support.raw();
  return parts;
}

Verdict ReportView::ClaimVerdict(absl::string_view doc_id,
                                 absl::string_view claim_id) const {
  auto it = claim_verdicts_.find(ClaimKey(doc_id, claim_id));
  return it == claim_verdicts_.end() ? VERDICT_UNSPECIFIED : it->second;
}

std::vector<std::string> ReportView::GroupDocuments(
    const ClaimGroup& group) const {
  std::vector<std::string> docs;
  for (const ValueSupport& value : group.values()) {
    for (const Support& support : value.support()) {
      if (std::find(docs.begin(), docs.end(), support.doc_id()) == docs.end()) {
        docs.push_back(support.doc_id());
      }
    }
  }
  for (const std::string& doc : group.documents()) {
    if (std::find(docs.begin(), docs.end(), doc) == docs.end()) {
      docs.push_back(doc);
    }
  }
  std::stable_sort(docs.begin(), docs.end(),
                   [this](const std::string& a, const std::string& b) {
                     int ia = DocumentIndex(a), ib = DocumentIndex(b);
                     if (ia < 0) ia = 1 << 30;
                     if (ib < 0) ib = 1 << 30;
                     return ia < ib;
                   });
  return docs;
}

}  // namespace xref
