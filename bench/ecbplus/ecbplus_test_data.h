// Where the ECB+ data is for tests: it is not bundled, but lives in
// ../shared/ecbplus next to the source tree. Test-only.

#ifndef XREF_BENCH_ECBPLUS_ECBPLUS_TEST_DATA_H_
#define XREF_BENCH_ECBPLUS_ECBPLUS_TEST_DATA_H_

#include <string>

namespace xref {

// $ECBPLUS_DIR when set; otherwise ../shared/ecbplus beside the source tree,
// found by resolving the runfiles link of bench/ecbplus/trigger_lexicon.textproto
// (the test must list it in `data` and run `local`). Empty when neither can be
// determined; callers check the directory exists and skip when it does not.
std::string EcbPlusTestDataDir();

}  // namespace xref

#endif  // XREF_BENCH_ECBPLUS_ECBPLUS_TEST_DATA_H_
