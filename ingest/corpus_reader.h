// Corpus reader: articles on disk in, `Document`s out, with every skipped
// input named and explained.
//
// Two input forms, and a directory tree mixing them:
// - a directory of `.txt` files with a `manifest.tsv` whose header names the
//   columns `file`, `outlet`, `published`, `url`, `title` (any order; `file`
//   is required). The document id is the file stem.
// - a JSONL file, one article per line, with the field names news crawlers
//   use: `maintext`/`text`/`body`/`content` (required), `title`,
//   `source_domain`/`outlet`/`source`, `date_publish`/`published`/
//   `publish_date`/`date`, `url`, `id`. Without an `id`, the document id is
//   "<file stem>-<line number>".
// A directory is walked recursively: a sub-directory with `manifest.tsv` is
// read as a manifest directory, every `.jsonl` file as JSONL, and a `.txt`
// file in a directory without a manifest becomes a document whose outlet is
// unknown (its id is the file stem).
//
// A UTF-8 byte order mark at the start of an article, a manifest or a JSONL
// file is dropped, and CRLF and lone CR line ends in article text become LF
// (so `Document.text` and every offset into it are LF-only).
//
// Bad input never stops the read: invalid UTF-8 (with byte offset), empty or
// binary files, a manifest row whose file is missing, a `.txt` file not in the
// manifest, a duplicate id, an unparseable date, a malformed JSONL line (with
// line number) and an article over the size limit each become a `Skipped`
// entry, and reading goes on with the rest.
//
// Thread-safety: stateless functions.

#ifndef XREF_INGEST_CORPUS_READER_H_
#define XREF_INGEST_CORPUS_READER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/claim.pb.h"

namespace xref {

struct IngestOptions {
  // Articles larger than this (bytes of text) are skipped. Default: 10 MB.
  int64_t max_article_bytes = 10 * 1000 * 1000;
};

struct Corpus {
  std::vector<Document> documents;   // In input order.
  std::vector<Skipped> skipped;      // In input order.
};

// Reads every article under `path` (a directory or a `.jsonl` file), calling
// `on_document` for each good one and `on_skipped` for each bad one, in input
// order, one at a time (articles are not all held in memory). Duplicate ids
// are detected across the whole call. Fails only when `path` itself cannot be
// read (kNotFound, kInvalidArgument for an unsupported file type) or a
// manifest has no `file` column (kInvalidArgument naming the manifest).
absl::Status ReadArticles(absl::string_view path, const IngestOptions& options,
                          const std::function<void(Document)>& on_document,
                          const std::function<void(Skipped)>& on_skipped);

// `ReadArticles` collected into memory.
absl::StatusOr<Corpus> ReadCorpus(absl::string_view path,
                                  const IngestOptions& options = {});

// Normalises a publication timestamp to an ISO date: "2021-06-09",
// "2021-06-09 14:23:00", "2021-06-09T14:23:00Z", "2021-06-09T14:23:00+03:00",
// "2021/06/09", "2021-06" and "2021" are accepted (the date part is kept as
// written, at its granularity). Fails with kInvalidArgument quoting the input
// otherwise, including impossible dates such as "2021-02-30".
absl::StatusOr<std::string> ParsePublishedDate(absl::string_view text);

}  // namespace xref

#endif  // XREF_INGEST_CORPUS_READER_H_
