#include "fuzz/fuzz_check.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/container/flat_hash_set.h"

namespace xref {
namespace {

bool IsBoundary(absl::string_view text, int64_t i) {
  if (i == 0 || i == static_cast<int64_t>(text.size())) return true;
  return (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
}

}  // namespace

void FuzzCheck(bool condition, absl::string_view what) {
  if (condition) return;
  std::fprintf(stderr, "fuzz invariant violated: %.*s\n",
               static_cast<int>(what.size()), what.data());
  std::abort();
}

void CheckRange(absl::string_view text, int64_t begin, int64_t end,
                absl::string_view what) {
  FuzzCheck(0 <= begin && begin <= end &&
                end <= static_cast<int64_t>(text.size()),
            std::string(what) + ": range outside the text");
  FuzzCheck(IsBoundary(text, begin) && IsBoundary(text, end),
            std::string(what) + ": range not on UTF-8 boundaries");
}

void CheckClaimSet(const ClaimSet& claims) {
  absl::string_view text = claims.document().text();
  auto span = [&](const Span& s, absl::string_view what) {
    CheckRange(text, s.begin(), s.end(), what);
  };
  absl::flat_hash_set<std::string> entities, events;
  for (const Entity& e : claims.entities()) {
    entities.insert(e.id());
    for (const Mention& m : e.mentions()) {
      span(m.span(), "mention");
      FuzzCheck(text.substr(m.span().begin(), m.span().end() - m.span().begin()) ==
                    m.text(),
                "mention text differs from its span");
    }
  }
  for (const EventMention& e : claims.events()) {
    FuzzCheck(events.insert(e.id()).second, "duplicate event id");
    span(e.trigger_span(), "trigger");
    span(e.sentence(), "event sentence");
    FuzzCheck(e.sentence().begin() <= e.trigger_span().begin() &&
                  e.trigger_span().end() <= e.sentence().end(),
              "trigger outside its sentence");
    for (const EntityRef& p : e.participants()) {
      FuzzCheck(p.entity_id().empty() || entities.contains(p.entity_id()),
                "unknown participant");
    }
  }
  for (const Claim& c : claims.claims()) {
    if (!c.event_id().empty()) {
      FuzzCheck(events.contains(c.event_id()), "claim names unknown event");
    }
    span(c.evidence().sentence(), "evidence sentence");
    span(c.evidence().value(), "evidence value");
    span(c.attribution().span(), "attribution span");
  }
}

}  // namespace xref
