#include "bench/ecbplus/ecbplus_test_data.h"

#include <limits.h>
#include <stdlib.h>

#include <cstdlib>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"

namespace xref {

std::string EcbPlusTestDataDir() {
  constexpr char kLexicon[] = "bench/ecbplus/trigger_lexicon.textproto";
  if (const char* env = std::getenv("ECBPLUS_DIR"); env != nullptr && *env) {
    return env;
  }
  char resolved[PATH_MAX];
  if (realpath(kLexicon, resolved) == nullptr) return "";
  absl::string_view path = resolved;
  if (!absl::ConsumeSuffix(&path, absl::StrCat("/", kLexicon))) return "";
  return absl::StrCat(path, "/../shared/ecbplus");
}

}  // namespace xref
