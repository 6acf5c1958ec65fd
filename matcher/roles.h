// The matcher's small tables, in one place: whether a role holds one true value
// or a set, and the noun phrase naming an event type in labels.
//
// Single-valued: time, count, place, and entity attributes such as hometown.
// Multi-valued: crime, reason, agent, instrument (an attack may use rockets
// and gunfire at once; one outlet naming only one of them does not contradict
// another naming both), person, target, victim and any other event role. Unknown roles holding dates or numbers are single-valued.
//
// Thread-safe (constant tables).

#ifndef XREF_MATCHER_ROLES_H_
#define XREF_MATCHER_ROLES_H_

#include <string>

#include "absl/strings/string_view.h"
#include "proto/claim.pb.h"
#include "proto/report.pb.h"

namespace xref {

// The kind of `role`; `attribute` is true for entity attributes (claims with an
// empty event id), which are single-valued unless listed otherwise.
SlotKind RoleKind(absl::string_view role, bool attribute,
                  Value::KindCase value_kind);

// The capitalised `kind` when given ("Strike", "Funeral procession": what the
// event is more exactly than its type); else "Arrest" for
// "Justice:Arrest-Jail", "Death" for "Life:Die"; for an unknown or empty
// type, the capitalised `lemma`, else "Event".
std::string EventNoun(absl::string_view type, absl::string_view lemma,
                      absl::string_view kind = "");

}  // namespace xref

#endif  // XREF_MATCHER_ROLES_H_
