// Development aid: extracts one file and prints its claims, one per line.
//   extract_tool RULES_DIR FILE PUBLISHED [ID]
#include <iostream>

#include "absl/strings/str_cat.h"
#include "base/file.h"
#include "claims/extractor.h"

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: extract_tool RULES_DIR FILE PUBLISHED [ID]\n";
    return 2;
  }
  xref::ExtractorOptions options;
  options.rules_dir = argv[1];
  auto extractor = xref::Extractor::Create(options);
  if (!extractor.ok()) {
    std::cerr << extractor.status() << "\n";
    return 1;
  }
  auto text = xref::ReadFile(argv[2]);
  if (!text.ok()) {
    std::cerr << text.status() << "\n";
    return 1;
  }
  xref::Document doc;
  doc.set_id(argc > 4 ? argv[4] : xref::FileStem(argv[2]));
  doc.set_published(argv[3]);
  doc.set_text(*text);
  auto set = (*extractor)->Extract(doc);
  if (!set.ok()) {
    std::cerr << set.status() << "\n";
    return 1;
  }
  for (const auto& e : set->entities()) {
    std::cout << "ENTITY " << e.id() << " " << e.type() << " " << e.canonical()
              << " |";
    for (const auto& a : e.aliases()) std::cout << " " << a << ";";
    std::cout << "\n";
  }
  for (const auto& ev : set->events()) {
    std::cout << "EVENT " << ev.id() << " " << ev.type() << " '" << ev.trigger()
              << "' mod=" << ev.modality() << " part=";
    for (const auto& p : ev.participants()) std::cout << p.surface() << ",";
    std::cout << "\n";
  }
  for (const auto& c : set->claims()) {
    std::cout << "CLAIM " << c.event_id() << " " << c.event_type() << " "
              << c.role() << " = " << c.value().normalized() << " [raw "
              << c.value().raw() << "] src=" << c.attribution().source()
              << " mod=" << c.modality() << " subj=" << c.subject_entity()
              << "\n";
  }
  return 0;
}
