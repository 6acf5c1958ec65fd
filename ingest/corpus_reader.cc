#include "ingest/corpus_reader.h"

#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "base/file.h"
#include "base/status_macros.h"
#include "base/utf8.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"

namespace xref {
namespace {

// A UTF-8 byte order mark, dropped from the start of an article or a JSONL file.
constexpr absl::string_view kBom = "\xEF\xBB\xBF";

// Shared state of one ReadArticles call.
class Reader {
 public:
  Reader(const IngestOptions& options,
         const std::function<void(Document)>& on_document,
         const std::function<void(Skipped)>& on_skipped)
      : options_(options), on_document_(on_document), on_skipped_(on_skipped) {}

  void Skip(absl::string_view source, absl::string_view reason) {
    Skipped skipped;
    skipped.set_source(std::string(source));
    skipped.set_reason(std::string(reason));
    on_skipped_(std::move(skipped));
  }

  // Checks the text and the id, then emits the document or a skip entry.
  void Emit(Document doc) {
    if (absl::StartsWith(doc.text(), kBom)) doc.mutable_text()->erase(0, kBom.size());
    if (doc.text().find('\r') != std::string::npos) {
      doc.set_text(absl::StrReplaceAll(
          absl::StrReplaceAll(doc.text(), {{"\r\n", "\n"}}), {{"\r", "\n"}}));
    }
    if (doc.text().size() > static_cast<size_t>(options_.max_article_bytes)) {
      return Skip(doc.source(),
                  absl::StrCat("article is ", doc.text().size(),
                               " bytes, over the limit of ",
                               options_.max_article_bytes, " bytes"));
    }
    if (absl::StripAsciiWhitespace(doc.text()).empty()) {
      return Skip(doc.source(), "empty article: no text");
    }
    if (LooksBinary(doc.text())) {
      return Skip(doc.source(), "binary data, not text");
    }
    int64_t bad = FindInvalidUtf8(doc.text());
    if (bad >= 0) {
      return Skip(doc.source(),
                  absl::StrCat("invalid UTF-8 at byte ", bad));
    }
    if (FindInvalidUtf8(doc.title()) >= 0 || FindInvalidUtf8(doc.outlet()) >= 0) {
      return Skip(doc.source(), "invalid UTF-8 in title or outlet");
    }
    auto [it, inserted] = ids_.emplace(doc.id(), doc.source());
    if (!inserted) {
      return Skip(doc.source(), absl::StrCat("duplicate id \"", doc.id(),
                                             "\" (first used by ", it->second,
                                             ")"));
    }
    on_document_(std::move(doc));
  }

  absl::Status ReadPath(absl::string_view path);

 private:
  absl::Status ReadDirectory(absl::string_view dir);
  absl::Status ReadManifestDirectory(absl::string_view dir,
                                     const std::vector<std::string>& txt_files);
  absl::Status ReadJsonl(absl::string_view path);
  void ReadJsonlLine(absl::string_view path, int line_number,
                     absl::string_view line);
  void ReadLooseText(absl::string_view path);

  const IngestOptions& options_;
  const std::function<void(Document)>& on_document_;
  const std::function<void(Skipped)>& on_skipped_;
  absl::flat_hash_map<std::string, std::string> ids_;
  absl::flat_hash_set<std::string> listed_;  // Files named by any manifest.
};

std::string DirectoryOf(absl::string_view path) {
  size_t slash = path.find_last_of('/');
  return slash == absl::string_view::npos ? "." : std::string(path.substr(0, slash));
}

absl::Status Reader::ReadPath(absl::string_view path) {
  if (IsDirectory(path)) return ReadDirectory(path);
  if (!PathExists(path)) {
    return absl::NotFoundError(absl::StrCat(path, ": no such file or directory"));
  }
  if (absl::EndsWith(path, ".jsonl") || absl::EndsWith(path, ".json")) {
    return ReadJsonl(path);
  }
  return absl::InvalidArgumentError(absl::StrCat(
      path, ": unsupported input; give a directory of .txt files with "
            "manifest.tsv, or a .jsonl file"));
}

absl::Status Reader::ReadDirectory(absl::string_view dir) {
  ASSIGN_OR_RETURN(std::vector<std::string> files, ListFilesRecursively(dir));
  // Group .txt files by directory; remember which directories have a manifest.
  std::vector<std::string> dirs;
  absl::flat_hash_map<std::string, std::vector<std::string>> txt_by_dir;
  absl::flat_hash_set<std::string> manifest_dirs;
  std::vector<std::string> jsonl_files;
  for (const std::string& file : files) {
    std::string parent = DirectoryOf(file);
    if (absl::EndsWith(file, "/manifest.tsv")) {
      manifest_dirs.insert(parent);
    } else if (absl::EndsWith(file, ".txt")) {
      if (!txt_by_dir.contains(parent)) dirs.push_back(parent);
      txt_by_dir[parent].push_back(file);
    } else if (absl::EndsWith(file, ".jsonl")) {
      jsonl_files.push_back(file);
    }
  }
  for (const std::string& file : files) {
    std::string parent = DirectoryOf(file);
    if (absl::EndsWith(file, "/manifest.tsv") && !txt_by_dir.contains(parent)) {
      dirs.push_back(parent);
    }
  }
  std::sort(dirs.begin(), dirs.end());
  // Manifests first: a file a manifest lists (even in a sub-directory) is read
  // through it, never again as a loose file.
  for (const std::string& d : dirs) {
    if (manifest_dirs.contains(d)) {
      RETURN_IF_ERROR(ReadManifestDirectory(d, txt_by_dir[d]));
    }
  }
  for (const std::string& d : dirs) {
    if (manifest_dirs.contains(d)) continue;
    for (const std::string& file : txt_by_dir[d]) {
      if (!listed_.contains(file)) ReadLooseText(file);
    }
  }
  for (const std::string& file : jsonl_files) RETURN_IF_ERROR(ReadJsonl(file));
  return absl::OkStatus();
}

void Reader::ReadLooseText(absl::string_view path) {
  absl::StatusOr<std::string> text = ReadFile(path, options_.max_article_bytes);
  if (!text.ok()) return Skip(path, text.status().message());
  Document doc;
  doc.set_id(FileStem(path));
  doc.set_source(std::string(path));
  doc.set_text(*std::move(text));
  Emit(std::move(doc));
}

absl::Status Reader::ReadManifestDirectory(
    absl::string_view dir, const std::vector<std::string>& txt_files) {
  std::string manifest_path = JoinPath(dir, "manifest.tsv");
  ASSIGN_OR_RETURN(std::string manifest, ReadFile(manifest_path));
  if (absl::StartsWith(manifest, kBom)) manifest.erase(0, kBom.size());
  int64_t bad = FindInvalidUtf8(manifest);
  if (bad >= 0) {
    return absl::InvalidArgumentError(
        absl::StrCat(manifest_path, ": invalid UTF-8 at byte ", bad));
  }
  std::vector<std::string> lines = absl::StrSplit(manifest, '\n');
  absl::flat_hash_map<std::string, int> column;
  int header_line = -1;
  for (size_t i = 0; i < lines.size(); ++i) {
    absl::string_view line = absl::StripTrailingAsciiWhitespace(lines[i]);
    if (line.empty() || absl::StartsWith(line, "#")) continue;
    std::vector<std::string> cells = absl::StrSplit(line, '\t');
    for (size_t c = 0; c < cells.size(); ++c) {
      column[absl::AsciiStrToLower(absl::StripAsciiWhitespace(cells[c]))] = c;
    }
    header_line = i;
    break;
  }
  if (header_line < 0 || !column.contains("file")) {
    return absl::InvalidArgumentError(absl::StrCat(
        manifest_path,
        ": header must name the columns file, outlet, published, url, title "
        "(tab-separated)"));
  }
  auto cell = [&column](const std::vector<std::string>& cells,
                        absl::string_view name) -> std::string {
    auto it = column.find(name);
    if (it == column.end() || it->second >= static_cast<int>(cells.size())) {
      return "";
    }
    return std::string(absl::StripAsciiWhitespace(cells[it->second]));
  };
  absl::flat_hash_set<std::string> listed;
  for (size_t i = header_line + 1; i < lines.size(); ++i) {
    absl::string_view line = absl::StripTrailingAsciiWhitespace(lines[i]);
    if (line.empty() || absl::StartsWith(line, "#")) continue;
    std::string row = absl::StrCat(manifest_path, ":", i + 1);
    std::vector<std::string> cells = absl::StrSplit(line, '\t');
    std::string file = cell(cells, "file");
    if (file.empty()) {
      Skip(row, "manifest row has no file name");
      continue;
    }
    std::string path = JoinPath(dir, file);
    listed.insert(path);
    listed_.insert(path);
    Document doc;
    doc.set_id(FileStem(file));
    doc.set_source(path);
    doc.set_outlet(cell(cells, "outlet"));
    doc.set_url(cell(cells, "url"));
    doc.set_title(cell(cells, "title"));
    std::string published = cell(cells, "published");
    if (!published.empty()) {
      absl::StatusOr<std::string> date = ParsePublishedDate(published);
      if (!date.ok()) {
        Skip(path, absl::StrCat(row, ": ", date.status().message()));
        continue;
      }
      doc.set_published(*date);
    }
    if (!PathExists(path)) {
      Skip(path, absl::StrCat(row, ": file listed in the manifest is missing"));
      continue;
    }
    absl::StatusOr<std::string> text = ReadFile(path, options_.max_article_bytes);
    if (!text.ok()) {
      Skip(path, text.status().message());
      continue;
    }
    doc.set_text(*std::move(text));
    Emit(std::move(doc));
  }
  for (const std::string& file : txt_files) {
    if (!listed.contains(file)) {
      Skip(file, absl::StrCat("not listed in ", manifest_path));
    }
  }
  return absl::OkStatus();
}

// Returns the first string field among `names` present in `fields`.
std::string FirstString(
    const google::protobuf::Map<std::string, google::protobuf::Value>& fields,
    std::initializer_list<absl::string_view> names) {
  for (absl::string_view name : names) {
    auto it = fields.find(std::string(name));
    if (it == fields.end()) continue;
    if (it->second.kind_case() == google::protobuf::Value::kStringValue) {
      return it->second.string_value();
    }
    if (it->second.kind_case() == google::protobuf::Value::kNumberValue) {
      return absl::StrCat(it->second.number_value());
    }
  }
  return "";
}

void Reader::ReadJsonlLine(absl::string_view path, int line_number,
                           absl::string_view line) {
  std::string source = absl::StrCat(path, ":", line_number);
  if (line_number == 1) absl::ConsumePrefix(&line, kBom);
  int64_t bad = FindInvalidUtf8(line);
  if (bad >= 0) {
    return Skip(source, absl::StrCat("invalid UTF-8 at byte ", bad,
                                     " of the line"));
  }
  google::protobuf::Struct object;
  auto status =
      google::protobuf::util::JsonStringToMessage(std::string(line), &object);
  if (!status.ok()) {
    return Skip(source, absl::StrCat("malformed JSON line: ",
                                     std::string(status.message())));
  }
  const auto& fields = object.fields();
  Document doc;
  doc.set_source(source);
  doc.set_text(FirstString(fields, {"maintext", "text", "body", "content"}));
  if (doc.text().empty()) {
    return Skip(source, "no article text (expected a \"maintext\" or \"text\" field)");
  }
  doc.set_title(FirstString(fields, {"title"}));
  doc.set_url(FirstString(fields, {"url"}));
  doc.set_outlet(FirstString(fields, {"source_domain", "outlet", "source"}));
  std::string id = FirstString(fields, {"id"});
  doc.set_id(id.empty() ? absl::StrCat(FileStem(path), "-", line_number) : id);
  std::string published = FirstString(
      fields, {"date_publish", "published", "publish_date", "date"});
  if (!published.empty()) {
    absl::StatusOr<std::string> date = ParsePublishedDate(published);
    if (!date.ok()) return Skip(source, date.status().message());
    doc.set_published(*date);
  }
  Emit(std::move(doc));
}

absl::Status Reader::ReadJsonl(absl::string_view path) {
  ASSIGN_OR_RETURN(std::string data, ReadFile(path));
  int line_number = 0;
  size_t start = 0;
  while (start < data.size()) {
    size_t end = data.find('\n', start);
    if (end == std::string::npos) end = data.size();
    ++line_number;
    absl::string_view line(data.data() + start, end - start);
    start = end + 1;
    line = absl::StripAsciiWhitespace(line);
    if (line.empty()) continue;
    ReadJsonlLine(path, line_number, line);
  }
  return absl::OkStatus();
}

bool ValidDay(int year, int month, int day) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int max = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= max;
}

}  // namespace

absl::StatusOr<std::string> ParsePublishedDate(absl::string_view text) {
  absl::string_view s = absl::StripAsciiWhitespace(text);
  auto error = [&text]() {
    return absl::InvalidArgumentError(
        absl::StrCat("unparseable date \"", text,
                     "\" (expected YYYY-MM-DD, optionally with a time)"));
  };
  // Keep the date part: up to 'T' or ' '.
  size_t cut = s.find_first_of("T ");
  absl::string_view date = cut == absl::string_view::npos ? s : s.substr(0, cut);
  std::vector<absl::string_view> parts = absl::StrSplit(date, absl::ByAnyChar("-/"));
  if (parts.empty() || parts.size() > 3) return error();
  int values[3] = {0, 0, 0};
  for (size_t i = 0; i < parts.size(); ++i) {
    size_t want = i == 0 ? 4 : 2;
    if (parts[i].size() != want && !(i > 0 && parts[i].size() == 1)) {
      return error();
    }
    for (char c : parts[i]) {
      if (!absl::ascii_isdigit(c)) return error();
    }
    if (!absl::SimpleAtoi(parts[i], &values[i])) return error();
  }
  int year = values[0], month = values[1], day = values[2];
  if (year < 1000) return error();
  if (parts.size() == 1) return absl::StrFormat("%04d", year);
  if (month < 1 || month > 12) return error();
  if (parts.size() == 2) return absl::StrFormat("%04d-%02d", year, month);
  if (!ValidDay(year, month, day)) return error();
  return absl::StrFormat("%04d-%02d-%02d", year, month, day);
}

absl::Status ReadArticles(absl::string_view path, const IngestOptions& options,
                          const std::function<void(Document)>& on_document,
                          const std::function<void(Skipped)>& on_skipped) {
  Reader reader(options, on_document, on_skipped);
  return reader.ReadPath(path);
}

absl::StatusOr<Corpus> ReadCorpus(absl::string_view path,
                                  const IngestOptions& options) {
  Corpus corpus;
  RETURN_IF_ERROR(ReadArticles(
      path, options,
      [&corpus](Document doc) { corpus.documents.push_back(std::move(doc)); },
      [&corpus](Skipped skipped) {
        corpus.skipped.push_back(std::move(skipped));
      }));
  return corpus;
}

}  // namespace xref
