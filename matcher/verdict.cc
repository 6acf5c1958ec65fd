#include "matcher/verdict.h"

namespace xref {

bool CountsForVerdict(const Claim& claim) {
  return claim.modality() != NEGATED && claim.modality() != DENIED;
}

namespace {

bool Covered(absl::Span<const int> small, absl::Span<const int> large,
             CompatibleFn compatible) {
  for (int v : small) {
    bool found = false;
    for (int w : large) {
      if (compatible(v, w)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

}  // namespace

bool DocumentsAgree(SlotKind kind, absl::Span<const int> a,
                    absl::Span<const int> b, CompatibleFn compatible) {
  if (kind == MULTI) {
    return Covered(a, b, compatible) || Covered(b, a, compatible);
  }
  for (int v : a) {
    for (int w : b) {
      if (!compatible(v, w)) return false;
    }
  }
  return true;
}

Verdict VerdictOfPairs(SlotKind kind, int documents_giving,
                       bool every_pair_agrees) {
  if (documents_giving <= 1) return SINGLE_SOURCE;
  if (every_pair_agrees) return AGREE;
  return kind == MULTI ? DIVERGENT : CONFLICT;
}

Verdict DecideVerdict(SlotKind kind,
                      const std::vector<std::vector<int>>& by_document,
                      CompatibleFn compatible) {
  int giving = 0;
  for (const auto& values : by_document) giving += !values.empty();
  bool every_pair_agrees = true;
  const size_t n = by_document.size();
  for (size_t i = 0; i < n && every_pair_agrees && giving > 1; ++i) {
    if (by_document[i].empty()) continue;
    for (size_t j = i + 1; j < n && every_pair_agrees; ++j) {
      if (by_document[j].empty()) continue;
      every_pair_agrees =
          DocumentsAgree(kind, by_document[i], by_document[j], compatible);
    }
  }
  return VerdictOfPairs(kind, giving, every_pair_agrees);
}

}  // namespace xref
