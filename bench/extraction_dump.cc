// Regression aid for extraction speed work: extracts every article under the
// given paths (manifest directories or .jsonl files, see ingest/corpus_reader.h)
// and prints each ClaimSet (or its error) in text format, so outputs before
// and after an optimisation can be diffed byte for byte.
//
//   bazel build -c opt //bench:extraction_dump
//   bazel-bin/bench/extraction_dump claims/rules examples/iraq-pmf /tmp/gen > out.txt

#include <iostream>

#include "claims/extractor.h"
#include "google/protobuf/arena.h"
#include "google/protobuf/text_format.h"
#include "ingest/corpus_reader.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: extraction_dump RULES_DIR PATH...\n";
    return 2;
  }
  xref::ExtractorOptions options;
  options.rules_dir = argv[1];
  auto extractor = xref::Extractor::Create(options);
  if (!extractor.ok()) {
    std::cerr << extractor.status() << "\n";
    return 1;
  }
  for (int i = 2; i < argc; ++i) {
    auto corpus = xref::ReadCorpus(argv[i]);
    if (!corpus.ok()) {
      std::cerr << corpus.status() << "\n";
      return 1;
    }
    for (const xref::Document& doc : corpus->documents) {
      google::protobuf::Arena arena;
      auto* set = google::protobuf::Arena::CreateMessage<xref::ClaimSet>(&arena);
      absl::Status status = (*extractor)->ExtractInto(doc, set);
      std::cout << "### " << doc.id() << "\n";
      if (!status.ok()) {
        std::cout << "ERROR " << status << "\n";
        continue;
      }
      xref::ClaimSet copy = *set;
      copy.mutable_document()->clear_text();
      std::string out;
      google::protobuf::TextFormat::PrintToString(copy, &out);
      std::cout << out;
    }
  }
  return 0;
}
