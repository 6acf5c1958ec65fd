// For tests: the EntityExtractor of the project's own rules, built once from
// claims/rules (the lexicon of its rule files, and gazetteer.textproto).
// Tests that use it need `data = [":rules"]` and run from the workspace root.

#ifndef XREF_CLAIMS_ENTITY_EXTRACTOR_TESTING_H_
#define XREF_CLAIMS_ENTITY_EXTRACTOR_TESTING_H_

#include "claims/entity_extractor.h"

namespace xref {

// Aborts the test binary when the rules cannot be loaded. Thread-safe.
const EntityExtractor& DefaultEntityExtractor();

}  // namespace xref

#endif  // XREF_CLAIMS_ENTITY_EXTRACTOR_TESTING_H_
