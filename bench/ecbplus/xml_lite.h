// A small XML reader for the element/attribute/text subset used by the ECB+
// (CAT/CROMER export) files: elements, quoted attributes, self-closing tags,
// character data with the five predefined entities and numeric character
// references, plus skipped XML declarations, processing instructions,
// comments, CDATA and DOCTYPE. Namespaces and DTD entities are not supported.
//
//   ASSIGN_OR_RETURN(XmlElement root, ParseXml(text, "2_1ecb.xml"));
//   for (const XmlElement& child : root.children) ...
//
// Thread-safety: pure functions.

#ifndef XREF_BENCH_ECBPLUS_XML_LITE_H_
#define XREF_BENCH_ECBPLUS_XML_LITE_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace xref {

struct XmlElement {
  std::string name;
  std::vector<std::pair<std::string, std::string>> attributes;  // file order
  std::vector<XmlElement> children;
  std::string text;  // concatenated character data directly inside, decoded

  // Value of attribute `key`, or nullptr when absent.
  const std::string* Attribute(absl::string_view key) const;
};

// Parses `text` and returns its root element. Fails with kInvalidArgument
// naming `source_name`, the line and the problem on malformed input
// (unclosed or mismatched tags, bad attribute syntax, unknown entity, text
// after the root, no root).
absl::StatusOr<XmlElement> ParseXml(absl::string_view text,
                                    absl::string_view source_name);

}  // namespace xref

#endif  // XREF_BENCH_ECBPLUS_XML_LITE_H_
