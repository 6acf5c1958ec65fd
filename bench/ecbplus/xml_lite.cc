#include "bench/ecbplus/xml_lite.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"

namespace xref {

const std::string* XmlElement::Attribute(absl::string_view key) const {
  for (const auto& [name, value] : attributes) {
    if (name == key) return &value;
  }
  return nullptr;
}

namespace {

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

class Parser {
 public:
  Parser(absl::string_view text, absl::string_view source)
      : text_(text), source_(source) {}

  absl::StatusOr<XmlElement> Parse() {
    SkipMisc();
    if (pos_ >= text_.size() || text_[pos_] != '<') {
      return Error("no root element");
    }
    XmlElement root;
    absl::Status status = ParseElement(&root, 0);
    if (!status.ok()) return status;
    SkipMisc();
    if (pos_ < text_.size()) return Error("content after the root element");
    return root;
  }

 private:
  static constexpr int kMaxDepth = 256;

  absl::Status Error(absl::string_view problem) const {
    int line = 1;
    for (size_t i = 0; i < pos_ && i < text_.size(); ++i) {
      if (text_[i] == '\n') ++line;
    }
    return absl::InvalidArgumentError(
        absl::StrCat(source_, ":", line, ": ", problem));
  }

  bool StartsWith(absl::string_view s) const {
    return text_.substr(pos_, s.size()) == s;
  }

  void SkipSpace() {
    while (pos_ < text_.size() &&
           absl::ascii_isspace(static_cast<unsigned char>(text_[pos_]))) {
      ++pos_;
    }
  }

  // Skips to just after `end`; false when it never occurs.
  bool SkipPast(absl::string_view end) {
    const size_t at = text_.find(end, pos_);
    if (at == absl::string_view::npos) return false;
    pos_ = at + end.size();
    return true;
  }

  // Whitespace, declarations, processing instructions, comments, DOCTYPE.
  void SkipMisc() {
    while (true) {
      SkipSpace();
      if (StartsWith("<?")) {
        if (!SkipPast("?>")) pos_ = text_.size();
      } else if (StartsWith("<!--")) {
        if (!SkipPast("-->")) pos_ = text_.size();
      } else if (StartsWith("<!DOCTYPE")) {
        if (!SkipPast(">")) pos_ = text_.size();
      } else {
        return;
      }
    }
  }

  static bool IsNameChar(char c) {
    return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '_' ||
           c == '-' || c == '.' || c == ':' ||
           static_cast<unsigned char>(c) >= 0x80;
  }

  std::string ParseName() {
    const size_t start = pos_;
    while (pos_ < text_.size() && IsNameChar(text_[pos_])) ++pos_;
    return std::string(text_.substr(start, pos_ - start));
  }

  absl::Status Decode(absl::string_view raw, std::string* out) {
    for (size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] != '&') {
        out->push_back(raw[i]);
        continue;
      }
      const size_t semi = raw.find(';', i);
      if (semi == absl::string_view::npos || semi - i > 12) {
        return Error(absl::StrCat("unterminated entity in \"",
                                  raw.substr(i, 12), "\""));
      }
      const absl::string_view entity = raw.substr(i + 1, semi - i - 1);
      if (entity == "amp") {
        out->push_back('&');
      } else if (entity == "lt") {
        out->push_back('<');
      } else if (entity == "gt") {
        out->push_back('>');
      } else if (entity == "quot") {
        out->push_back('"');
      } else if (entity == "apos") {
        out->push_back('\'');
      } else if (!entity.empty() && entity[0] == '#') {
        uint32_t cp = 0;
        bool ok = entity.size() > 1 && (entity[1] == 'x' || entity[1] == 'X')
                      ? absl::SimpleHexAtoi(entity.substr(2), &cp)
                      : absl::SimpleAtoi(entity.substr(1), &cp);
        if (!ok || cp > 0x10FFFF) {
          return Error(absl::StrCat("bad character reference &", entity, ";"));
        }
        AppendUtf8(cp, out);
      } else {
        return Error(absl::StrCat("unknown entity &", entity, ";"));
      }
      i = semi;
    }
    return absl::OkStatus();
  }

  absl::Status ParseElement(XmlElement* element, int depth) {
    if (depth > kMaxDepth) return Error("elements nested too deeply");
    ++pos_;  // '<'
    element->name = ParseName();
    if (element->name.empty()) return Error("expected an element name");
    while (true) {
      SkipSpace();
      if (pos_ >= text_.size()) {
        return Error(absl::StrCat("unterminated start tag <", element->name));
      }
      if (StartsWith("/>")) {
        pos_ += 2;
        return absl::OkStatus();
      }
      if (text_[pos_] == '>') {
        ++pos_;
        break;
      }
      std::string key = ParseName();
      if (key.empty()) {
        return Error(absl::StrCat("bad attribute syntax in <", element->name));
      }
      SkipSpace();
      if (pos_ >= text_.size() || text_[pos_] != '=') {
        return Error(absl::StrCat("attribute ", key, " of <", element->name,
                                  "> has no value"));
      }
      ++pos_;
      SkipSpace();
      if (pos_ >= text_.size() || (text_[pos_] != '"' && text_[pos_] != '\'')) {
        return Error(absl::StrCat("attribute ", key, " of <", element->name,
                                  "> is not quoted"));
      }
      const char quote = text_[pos_++];
      const size_t end = text_.find(quote, pos_);
      if (end == absl::string_view::npos) {
        return Error(absl::StrCat("unterminated value of attribute ", key));
      }
      std::string value;
      absl::Status status = Decode(text_.substr(pos_, end - pos_), &value);
      if (!status.ok()) return status;
      pos_ = end + 1;
      element->attributes.emplace_back(std::move(key), std::move(value));
    }
    // Content.
    while (true) {
      if (pos_ >= text_.size()) {
        return Error(absl::StrCat("element <", element->name, "> is not closed"));
      }
      if (StartsWith("</")) {
        pos_ += 2;
        const std::string name = ParseName();
        if (name != element->name) {
          return Error(absl::StrCat("</", name, "> closes <", element->name,
                                    ">"));
        }
        SkipSpace();
        if (pos_ >= text_.size() || text_[pos_] != '>') {
          return Error(absl::StrCat("bad end tag </", name));
        }
        ++pos_;
        return absl::OkStatus();
      }
      if (StartsWith("<!--")) {
        if (!SkipPast("-->")) return Error("unterminated comment");
        continue;
      }
      if (StartsWith("<![CDATA[")) {
        const size_t start = pos_ + 9;
        if (!SkipPast("]]>")) return Error("unterminated CDATA section");
        absl::StrAppend(&element->text, text_.substr(start, pos_ - 3 - start));
        continue;
      }
      if (StartsWith("<?")) {
        if (!SkipPast("?>")) return Error("unterminated processing instruction");
        continue;
      }
      if (text_[pos_] == '<') {
        element->children.emplace_back();
        absl::Status status = ParseElement(&element->children.back(), depth + 1);
        if (!status.ok()) return status;
        continue;
      }
      const size_t next = text_.find('<', pos_);
      const size_t end = next == absl::string_view::npos ? text_.size() : next;
      absl::Status status = Decode(text_.substr(pos_, end - pos_), &element->text);
      if (!status.ok()) return status;
      pos_ = end;
    }
  }

  absl::string_view text_;
  absl::string_view source_;
  size_t pos_ = 0;
};

}  // namespace

absl::StatusOr<XmlElement> ParseXml(absl::string_view text,
                                    absl::string_view source_name) {
  return Parser(text, source_name).Parse();
}

}  // namespace xref
