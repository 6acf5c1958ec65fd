#include "matcher/verdict.h"

namespace xref {

bool DocumentsAgree(SlotKind kind, absl::Span<const int> a,
                    absl::Span<const int> b, CompatibleFn compatible) {
  return DocumentsAgreeWith(kind, a, b, compatible);
}

Verdict VerdictOfPairs(SlotKind kind, int documents_giving,
                       bool every_pair_agrees) {
  if (documents_giving <= 1) return SINGLE_SOURCE;
  if (every_pair_agrees) return AGREE;
  return kind == MULTI ? DIVERGENT : CONFLICT;
}

Verdict DecideVerdict(SlotKind kind,
                      const std::vector<std::vector<int>>& by_document,
                      CompatibleFn compatible, RivalSourcesFn rival_sources) {
  int giving = 0;
  for (const auto& values : by_document) giving += !values.empty();
  for (const auto& values : by_document) {
    if (DocumentContradictsItselfWith(kind, values, compatible, rival_sources)) {
      return VerdictOfPairs(kind, giving, /*every_pair_agrees=*/false);
    }
  }
  const size_t n = by_document.size();
  for (size_t i = 0; i < n; ++i) {
    if (by_document[i].empty()) continue;
    for (size_t j = i + 1; j < n; ++j) {
      if (by_document[j].empty()) continue;
      if (!DocumentsAgree(kind, by_document[i], by_document[j], compatible)) {
        return VerdictOfPairs(kind, giving, /*every_pair_agrees=*/false);
      }
    }
  }
  return VerdictOfPairs(kind, giving, /*every_pair_agrees=*/true);
}

}  // namespace xref
