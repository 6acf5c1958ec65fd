// Fuzzes JSONL ingest: any bytes as a .jsonl file must give documents or
// skip entries, never a crash, and every document must be valid UTF-8.

#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/file.h"
#include "base/utf8.h"
#include "ingest/corpus_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path =
      "/tmp/xref_fuzz_" + std::to_string(getpid()) + ".jsonl";
  if (!xref::WriteFileAtomically(
           path, std::string(reinterpret_cast<const char*>(data), size))
           .ok()) {
    return 0;
  }
  auto corpus = xref::ReadCorpus(path);
  if (corpus.ok()) {
    for (const auto& doc : corpus->documents) {
      if (xref::FindInvalidUtf8(doc.text()) >= 0) std::abort();
    }
  }
  return 0;
}
