#include "base/json_printer.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "absl/container/inlined_vector.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/util/json_util.h"

namespace xref {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::EnumValueDescriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::FileDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

constexpr char kHex[] = "0123456789abcdef";

// For ASCII byte c: 0 = copied as is, 1 = \u00XX, otherwise the character
// after the backslash.
struct AsciiEscapes {
  char code[128];
  constexpr AsciiEscapes() : code() {
    for (int c = 0; c < 0x20; ++c) code[c] = 1;
    code['\b'] = 'b';
    code['\t'] = 't';
    code['\n'] = 'n';
    code['\f'] = 'f';
    code['\r'] = 'r';
    code['"'] = '"';
    code['\\'] = '\\';
    code['<'] = 1;
    code['>'] = 1;
    code[0x7f] = 1;
  }
};
constexpr AsciiEscapes kAscii;

// Non-ASCII code points protobuf 3.21's JsonEscaping writes as \uXXXX.
bool NeedsEscape(uint32_t cp) {
  if (cp < 0xa0) return true;  // C1 controls.
  if (cp < 0x600) return cp == 0xad;
  if (cp < 0x2000) {
    return cp <= 0x603 || cp == 0x6dd || cp == 0x70f || cp == 0x17b4 ||
           cp == 0x17b5;
  }
  if (cp < 0xfeff) {
    return (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202e) ||
           (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x206a && cp <= 0x206f);
  }
  if (cp < 0x10000) return cp == 0xfeff || (cp >= 0xfff9 && cp <= 0xfffb);
  return (cp >= 0x1d173 && cp <= 0x1d17a) || cp == 0xe0001 ||
         (cp >= 0xe0020 && cp <= 0xe007f);
}

void AppendU16(uint32_t unit, std::string* out) {
  char buf[6] = {'\\', 'u', kHex[(unit >> 12) & 0xf], kHex[(unit >> 8) & 0xf],
                 kHex[(unit >> 4) & 0xf], kHex[unit & 0xf]};
  out->append(buf, 6);
}

// Decodes the well-formed UTF-8 sequence starting with lead byte s[i] >= 0x80
// (no overlongs, surrogates or values above U+10FFFF). Returns its length, or
// 0 when the bytes are not well-formed.
int DecodeUtf8(const unsigned char* s, size_t n, size_t i, uint32_t* cp) {
  unsigned char b0 = s[i];
  auto cont = [&](size_t k, unsigned char lo, unsigned char hi) {
    return i + k < n && s[i + k] >= lo && s[i + k] <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    if (!cont(1, 0x80, 0xbf)) return 0;
    *cp = ((b0 & 0x1fu) << 6) | (s[i + 1] & 0x3fu);
    return 2;
  }
  if (b0 >= 0xe0 && b0 <= 0xef) {
    unsigned char lo = b0 == 0xe0 ? 0xa0 : 0x80;
    unsigned char hi = b0 == 0xed ? 0x9f : 0xbf;
    if (!cont(1, lo, hi) || !cont(2, 0x80, 0xbf)) return 0;
    *cp = ((b0 & 0x0fu) << 12) | ((s[i + 1] & 0x3fu) << 6) | (s[i + 2] & 0x3fu);
    return 3;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    unsigned char lo = b0 == 0xf0 ? 0x90 : 0x80;
    unsigned char hi = b0 == 0xf4 ? 0x8f : 0xbf;
    if (!cont(1, lo, hi) || !cont(2, 0x80, 0xbf) || !cont(3, 0x80, 0xbf)) {
      return 0;
    }
    *cp = ((b0 & 0x07u) << 18) | ((s[i + 1] & 0x3fu) << 12) |
          ((s[i + 2] & 0x3fu) << 6) | (s[i + 3] & 0x3fu);
    return 4;
  }
  return 0;
}

// Appends `s` as a quoted JSON string. False when `s` is not valid UTF-8.
bool AppendQuoted(const std::string& s, std::string* out) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  out->push_back('"');
  size_t run = 0;  // Start of the bytes not yet copied.
  size_t i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      char code = kAscii.code[c];
      if (code == 0) {
        ++i;
        continue;
      }
      out->append(s.data() + run, i - run);
      if (code == 1) {
        AppendU16(c, out);
      } else {
        char buf[2] = {'\\', code};
        out->append(buf, 2);
      }
      run = ++i;
      continue;
    }
    uint32_t cp;
    int len = DecodeUtf8(p, n, i, &cp);
    if (len == 0) return false;
    if (NeedsEscape(cp)) {
      out->append(s.data() + run, i - run);
      if (cp >= 0x10000) {
        uint32_t v = cp - 0x10000;
        AppendU16(0xd800 + (v >> 10), out);
        AppendU16(0xdc00 + (v & 0x3ff), out);
      } else {
        AppendU16(cp, out);
      }
      run = i + len;
    }
    i += len;
  }
  out->append(s.data() + run, n - run);
  out->push_back('"');
  return true;
}

bool SupportedFile(const FileDescriptor* file) {
  return file->syntax() == FileDescriptor::SYNTAX_PROTO3 &&
         file->package() != "google.protobuf";
}

// False for the field kinds the printer leaves to protobuf.
bool SupportedField(const FieldDescriptor* f) {
  switch (f->type()) {
    case FieldDescriptor::TYPE_DOUBLE:
    case FieldDescriptor::TYPE_FLOAT:
    case FieldDescriptor::TYPE_BYTES:
    case FieldDescriptor::TYPE_GROUP:
      return false;
    case FieldDescriptor::TYPE_MESSAGE:
      return !f->is_map() && SupportedFile(f->message_type()->file());
    default:
      return true;
  }
}

class Printer {
 public:
  Printer(bool pretty, std::string* out) : pretty_(pretty), out_(out) {}

  // Prints `m` as an object whose members sit at `depth + 1`.
  bool Object(const Message& m, int depth) {
    const Descriptor* d = m.GetDescriptor();
    const Reflection* r = m.GetReflection();
    if (!Supported(d) || !r->GetUnknownFields(m).empty()) return false;
    out_->push_back('{');
    bool first = true;
    absl::InlinedVector<const FieldDescriptor*, 4> set_oneof_scalars;
    for (int i = 0; i < d->field_count(); ++i) {
      const FieldDescriptor* f = d->field(i);
      if (f->is_repeated()) {
        Key(f, depth, &first);
        if (!List(m, r, f, depth + 1)) return false;
      } else if (f->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
        if (!r->HasField(m, f)) continue;
        Key(f, depth, &first);
        if (!Object(r->GetMessage(m, f), depth + 1)) return false;
      } else if (f->containing_oneof() != nullptr) {
        if (r->HasField(m, f)) set_oneof_scalars.push_back(f);
      } else {
        Key(f, depth, &first);
        if (!Scalar(m, r, f)) return false;
      }
    }
    std::sort(set_oneof_scalars.begin(), set_oneof_scalars.end(),
              [](const FieldDescriptor* a, const FieldDescriptor* b) {
                return a->number() < b->number();
              });
    for (const FieldDescriptor* f : set_oneof_scalars) {
      Key(f, depth, &first);
      if (!Scalar(m, r, f)) return false;
    }
    if (!first) NewLine(depth);
    out_->push_back('}');
    return true;
  }

  void NewLine(int depth) {
    if (!pretty_) return;
    out_->push_back('\n');
    out_->append(static_cast<size_t>(depth), ' ');
  }

 private:
  // Whether `d` and all its fields are supported, checked once per type.
  bool Supported(const Descriptor* d) {
    for (const Descriptor* ok : supported_) {
      if (ok == d) return true;
    }
    if (!SupportedFile(d->file())) return false;
    for (int i = 0; i < d->field_count(); ++i) {
      if (!SupportedField(d->field(i))) return false;
    }
    supported_.push_back(d);
    return true;
  }

  void Key(const FieldDescriptor* f, int depth, bool* first) {
    if (!*first) out_->push_back(',');
    *first = false;
    NewLine(depth + 1);
    out_->push_back('"');
    out_->append(f->name());
    out_->append(pretty_ ? "\": " : "\":");
  }

  bool List(const Message& m, const Reflection* r, const FieldDescriptor* f,
            int depth) {
    out_->push_back('[');
    const int n = r->FieldSize(m, f);
    for (int i = 0; i < n; ++i) {
      if (i > 0) out_->push_back(',');
      NewLine(depth + 1);
      if (!Element(m, r, f, i, depth + 1)) return false;
    }
    if (n > 0) NewLine(depth);
    out_->push_back(']');
    return true;
  }

  void Enum(const FieldDescriptor* f, int value) {
    const EnumValueDescriptor* v = f->enum_type()->FindValueByNumber(value);
    if (v == nullptr) {
      absl::StrAppend(out_, value);
      return;
    }
    out_->push_back('"');
    out_->append(v->name());
    out_->push_back('"');
  }

  void Quoted64(const std::string& digits) {
    out_->push_back('"');
    out_->append(digits);
    out_->push_back('"');
  }

  bool Scalar(const Message& m, const Reflection* r, const FieldDescriptor* f) {
    switch (f->cpp_type()) {
      case FieldDescriptor::CPPTYPE_STRING: {
        std::string scratch;
        return AppendQuoted(r->GetStringReference(m, f, &scratch), out_);
      }
      case FieldDescriptor::CPPTYPE_INT32:
        absl::StrAppend(out_, r->GetInt32(m, f));
        return true;
      case FieldDescriptor::CPPTYPE_UINT32:
        absl::StrAppend(out_, r->GetUInt32(m, f));
        return true;
      case FieldDescriptor::CPPTYPE_INT64:
        Quoted64(absl::StrCat(r->GetInt64(m, f)));
        return true;
      case FieldDescriptor::CPPTYPE_UINT64:
        Quoted64(absl::StrCat(r->GetUInt64(m, f)));
        return true;
      case FieldDescriptor::CPPTYPE_BOOL:
        out_->append(r->GetBool(m, f) ? "true" : "false");
        return true;
      case FieldDescriptor::CPPTYPE_ENUM:
        Enum(f, r->GetEnumValue(m, f));
        return true;
      default:
        return false;
    }
  }

  bool Element(const Message& m, const Reflection* r, const FieldDescriptor* f,
               int i, int depth) {
    switch (f->cpp_type()) {
      case FieldDescriptor::CPPTYPE_MESSAGE:
        return Object(r->GetRepeatedMessage(m, f, i), depth);
      case FieldDescriptor::CPPTYPE_STRING: {
        std::string scratch;
        return AppendQuoted(r->GetRepeatedStringReference(m, f, i, &scratch),
                            out_);
      }
      case FieldDescriptor::CPPTYPE_INT32:
        absl::StrAppend(out_, r->GetRepeatedInt32(m, f, i));
        return true;
      case FieldDescriptor::CPPTYPE_UINT32:
        absl::StrAppend(out_, r->GetRepeatedUInt32(m, f, i));
        return true;
      case FieldDescriptor::CPPTYPE_INT64:
        Quoted64(absl::StrCat(r->GetRepeatedInt64(m, f, i)));
        return true;
      case FieldDescriptor::CPPTYPE_UINT64:
        Quoted64(absl::StrCat(r->GetRepeatedUInt64(m, f, i)));
        return true;
      case FieldDescriptor::CPPTYPE_BOOL:
        out_->append(r->GetRepeatedBool(m, f, i) ? "true" : "false");
        return true;
      case FieldDescriptor::CPPTYPE_ENUM:
        Enum(f, r->GetRepeatedEnumValue(m, f, i));
        return true;
      default:
        return false;
    }
  }

  const bool pretty_;
  std::string* const out_;
  absl::InlinedVector<const Descriptor*, 32> supported_;
};

}  // namespace

bool PrintJsonFast(const Message& message, bool pretty, std::string* out) {
  const size_t start = out->size();
  Printer printer(pretty, out);
  if (!printer.Object(message, 0)) {
    out->resize(start);
    return false;
  }
  printer.NewLine(0);
  return true;
}

std::string MessageToJsonReference(const Message& message, bool pretty) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = pretty;
  options.preserve_proto_field_names = true;
  options.always_print_primitive_fields = true;
  std::string out;
  (void)google::protobuf::util::MessageToJsonString(message, &out, options);
  return out;
}

std::string MessageToJson(const Message& message, bool pretty) {
  std::string out;
  if (PrintJsonFast(message, pretty, &out)) return out;
  return MessageToJsonReference(message, pretty);
}

}  // namespace xref
