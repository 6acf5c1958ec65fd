// Regression aid for matcher speed work: matches generated claim sets (the
// benchmark's generator) and prints one line per (size, seed, name style)
// with a fingerprint of the deterministically serialized report, so outputs
// before and after an optimisation can be compared at sizes the tests do not
// reach. The report is expanded first (matcher/expand_report.h), so the
// fingerprint covers every id, value and explanation the writers show, and
// compares with dumps of reports from before the compact form.
//
//   bazel build -c opt //bench:matcher_dump
//   bazel-bin/bench/matcher_dump 10000 100000 1000000 > fingerprints.txt

#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "matcher/claim_generator.h"
#include "matcher/expand_report.h"
#include "matcher/matcher.h"

namespace {

uint64_t Fnv1a(const std::string& s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: matcher_dump NUM_CLAIMS...\n";
    return 2;
  }
  xref::MatcherOptions options;
  options.include_claim_sets = false;
  auto matcher = xref::Matcher::Create(options, nullptr);
  if (!matcher.ok()) {
    std::cerr << matcher.status() << "\n";
    return 1;
  }
  for (int i = 1; i < argc; ++i) {
    const int64_t n = std::atoll(argv[i]);
    for (xref::NameStyle style :
         {xref::NameStyle::kRealistic, xref::NameStyle::kDense}) {
      for (uint32_t seed : {20240601u, 7u}) {
        std::vector<xref::ClaimSet> sets =
            xref::GenerateClaimSets(n, seed, style);
        auto report = (*matcher)->Match(sets);
        if (!report.ok()) {
          std::cerr << report.status() << "\n";
          return 1;
        }
        if (absl::Status expanded = xref::ExpandReport(sets, &*report);
            !expanded.ok()) {
          std::cerr << expanded << "\n";
          return 1;
        }
        std::string bytes;
        {
          google::protobuf::io::StringOutputStream out(&bytes);
          google::protobuf::io::CodedOutputStream coded(&out);
          coded.SetSerializationDeterministic(true);
          report->SerializeToCodedStream(&coded);
        }
        std::cout << n << " seed=" << seed << " style="
                  << (style == xref::NameStyle::kDense ? "dense" : "realistic")
                  << " bytes=" << bytes.size() << " fnv=" << std::hex
                  << Fnv1a(bytes) << std::dec << "\n";
      }
    }
  }
  return 0;
}
