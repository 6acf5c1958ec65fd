// Fuzzes manifest ingest: the input is split at the first NUL byte (or its
// middle) into a manifest.tsv and one article file "a.txt"; the read must end
// in documents, skip entries or a named error, never a crash.

#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/file.h"
#include "base/utf8.h"
#include "ingest/corpus_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string dir =
      "/tmp/xref_fuzz_manifest_" + std::to_string(getpid());
  std::string input(reinterpret_cast<const char*>(data), size);
  size_t cut = input.find('\0');
  if (cut == std::string::npos) cut = input.size() / 2;
  std::string manifest = input.substr(0, cut);
  std::string article = cut < input.size() ? input.substr(cut + 1) : "";
  if (!xref::WriteFileAtomically(xref::JoinPath(dir, "manifest.tsv"), manifest).ok() ||
      !xref::WriteFileAtomically(xref::JoinPath(dir, "a.txt"), article).ok()) {
    return 0;
  }
  auto corpus = xref::ReadCorpus(dir);
  if (corpus.ok()) {
    for (const auto& doc : corpus->documents) {
      if (xref::FindInvalidUtf8(doc.text()) >= 0) std::abort();
      if (doc.text().empty()) std::abort();
    }
  }
  return 0;
}
