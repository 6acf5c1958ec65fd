#include "matcher/verdict.h"

namespace xref {

bool CountsForVerdict(const Claim& claim) {
  return claim.modality() != NEGATED && claim.modality() != DENIED;
}

namespace {

bool Covered(const std::vector<int>& small, const std::vector<int>& large,
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

bool DocumentsAgree(SlotKind kind, const std::vector<int>& a,
                    const std::vector<int>& b, CompatibleFn compatible) {
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

Verdict DecideVerdict(SlotKind kind,
                      const std::vector<std::vector<int>>& by_document,
                      CompatibleFn compatible) {
  int giving = 0;
  for (const auto& values : by_document) giving += !values.empty();
  if (giving <= 1) return SINGLE_SOURCE;
  const size_t n = by_document.size();
  for (size_t i = 0; i < n; ++i) {
    if (by_document[i].empty()) continue;
    for (size_t j = i + 1; j < n; ++j) {
      if (by_document[j].empty()) continue;
      if (!DocumentsAgree(kind, by_document[i], by_document[j], compatible)) {
        return kind == MULTI ? DIVERGENT : CONFLICT;
      }
    }
  }
  return AGREE;
}

}  // namespace xref
