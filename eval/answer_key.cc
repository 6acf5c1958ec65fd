#include "eval/answer_key.h"

#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "base/file.h"
#include "base/proto_io.h"
#include "base/status_macros.h"

namespace xref {
namespace {

absl::Status Invalid(absl::string_view name, absl::string_view where,
                     absl::string_view problem) {
  return absl::InvalidArgumentError(absl::StrCat(name, ": ", where, ": ", problem));
}

absl::Status CheckKindAndVerdict(absl::string_view name, absl::string_view where,
                                 absl::string_view kind,
                                 absl::string_view verdict) {
  if (kind != "single" && kind != "multi") {
    return Invalid(name, where,
                   absl::StrCat("kind '", kind, "' is not single or multi"));
  }
  if (GoldVerdict(verdict) == VERDICT_UNSPECIFIED) {
    return Invalid(name, where,
                   absl::StrCat("verdict '", verdict,
                                "' is not agree, conflict, divergent or "
                                "single_source"));
  }
  return absl::OkStatus();
}

absl::Status CheckValues(
    absl::string_view name, absl::string_view where,
    const google::protobuf::RepeatedPtrField<gold::GoldValue>& values,
    const absl::flat_hash_set<std::string>& documents) {
  for (int i = 0; i < values.size(); ++i) {
    const gold::GoldValue& value = values[i];
    std::string place = absl::StrCat(where, " values[", i, "]");
    if (!documents.contains(value.doc())) {
      return Invalid(name, place,
                     absl::StrCat("unknown document '", value.doc(), "'"));
    }
    if (value.value().empty()) return Invalid(name, place, "empty value");
    if (value.evidence().empty()) return Invalid(name, place, "empty evidence");
  }
  return absl::OkStatus();
}

// Inserts `id` into `seen`; fails on an empty or repeated id.
absl::Status CheckId(absl::string_view name, absl::string_view where,
                     const std::string& id,
                     absl::flat_hash_set<std::string>* seen) {
  if (id.empty()) return Invalid(name, where, "empty id");
  if (!seen->insert(id).second) {
    return Invalid(name, where, absl::StrCat("duplicate id '", id, "'"));
  }
  return absl::OkStatus();
}

}  // namespace

Verdict GoldVerdict(absl::string_view verdict) {
  if (verdict == "agree") return AGREE;
  if (verdict == "conflict") return CONFLICT;
  if (verdict == "divergent") return DIVERGENT;
  if (verdict == "single_source") return SINGLE_SOURCE;
  return VERDICT_UNSPECIFIED;
}

absl::string_view VerdictName(Verdict verdict) {
  switch (verdict) {
    case AGREE:
      return "agree";
    case CONFLICT:
      return "conflict";
    case DIVERGENT:
      return "divergent";
    case SINGLE_SOURCE:
      return "single_source";
    default:
      return "unspecified";
  }
}

absl::Status ValidateAnswerKey(const gold::AnswerKey& key,
                               absl::string_view name) {
  absl::flat_hash_set<std::string> documents, entities, events;
  for (int i = 0; i < key.documents_size(); ++i) {
    RETURN_IF_ERROR(CheckId(name, absl::StrCat("documents[", i, "]"),
                            key.documents(i).id(), &documents));
  }
  for (int i = 0; i < key.entities_size(); ++i) {
    RETURN_IF_ERROR(CheckId(name, absl::StrCat("entities[", i, "]"),
                            key.entities(i).id(), &entities));
  }
  for (int i = 0; i < key.events_size(); ++i) {
    const gold::GoldEvent& event = key.events(i);
    std::string where = absl::StrCat("events[", i, "] (", event.id(), ")");
    RETURN_IF_ERROR(CheckId(name, where, event.id(), &events));
    if (!event.participant().empty() && !entities.contains(event.participant())) {
      return Invalid(name, where,
                     absl::StrCat("unknown entity '", event.participant(), "'"));
    }
    absl::flat_hash_set<std::string> roles;
    for (const gold::GoldSlot& slot : event.slots()) {
      std::string slot_where = absl::StrCat(where, " slot ", slot.role());
      if (slot.role().empty()) return Invalid(name, slot_where, "empty role");
      if (!roles.insert(slot.role()).second) {
        return Invalid(name, slot_where, "duplicate role");
      }
      RETURN_IF_ERROR(
          CheckKindAndVerdict(name, slot_where, slot.kind(), slot.verdict()));
      RETURN_IF_ERROR(CheckValues(name, slot_where, slot.values(), documents));
    }
  }
  absl::flat_hash_set<std::string> attributes;
  for (int i = 0; i < key.attributes_size(); ++i) {
    const gold::GoldAttribute& attribute = key.attributes(i);
    std::string where = absl::StrCat("attributes[", i, "] (", attribute.entity(),
                                     " ", attribute.attribute(), ")");
    if (!entities.contains(attribute.entity())) {
      return Invalid(name, where,
                     absl::StrCat("unknown entity '", attribute.entity(), "'"));
    }
    if (attribute.attribute().empty()) {
      return Invalid(name, where, "empty attribute");
    }
    if (!attributes.insert(absl::StrCat(attribute.entity(), "\n",
                                        attribute.attribute()))
             .second) {
      return Invalid(name, where, "duplicate attribute");
    }
    RETURN_IF_ERROR(CheckKindAndVerdict(name, where, attribute.kind(),
                                        attribute.verdict()));
    RETURN_IF_ERROR(CheckValues(name, where, attribute.values(), documents));
  }
  return absl::OkStatus();
}

absl::StatusOr<gold::AnswerKey> ParseAnswerKey(absl::string_view json,
                                               absl::string_view name) {
  gold::AnswerKey key;
  RETURN_IF_ERROR(ParseJsonProto(json, name, &key));
  RETURN_IF_ERROR(ValidateAnswerKey(key, name));
  return key;
}

absl::StatusOr<gold::AnswerKey> LoadAnswerKey(absl::string_view path) {
  ASSIGN_OR_RETURN(std::string json, ReadFile(path));
  return ParseAnswerKey(json, path);
}

absl::StatusOr<Span> LocateEvidence(absl::string_view text,
                                    absl::string_view evidence) {
  if (evidence.empty()) return absl::InvalidArgumentError("empty evidence");
  size_t at = text.find(evidence);
  if (at == absl::string_view::npos) {
    return absl::NotFoundError(
        absl::StrCat("evidence \"", evidence, "\" does not occur in the text"));
  }
  Span span;
  span.set_begin(static_cast<int64_t>(at));
  span.set_end(static_cast<int64_t>(at + evidence.size()));
  return span;
}

}  // namespace xref
