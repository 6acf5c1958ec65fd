// A `main` for fuzz targets outside libFuzzer builds: runs
// LLVMFuzzerTestOneInput once per file named on the command line (directories
// are walked). Exit 0 when every input ran; a crash is the failure signal.

#include <cstdint>
#include <cstdio>
#include <string>

#include "base/file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
  int inputs = 0;
  for (int i = 1; i < argc; ++i) {
    std::vector<std::string> files;
    if (xref::IsDirectory(argv[i])) {
      auto listed = xref::ListFilesRecursively(argv[i]);
      if (!listed.ok()) {
        std::fprintf(stderr, "%s\n", std::string(listed.status().message()).c_str());
        return 2;
      }
      files = *listed;
    } else {
      files.push_back(argv[i]);
    }
    for (const std::string& file : files) {
      auto data = xref::ReadFile(file);
      if (!data.ok()) {
        std::fprintf(stderr, "%s\n", std::string(data.status().message()).c_str());
        return 2;
      }
      LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data->data()),
                             data->size());
      ++inputs;
    }
  }
  std::printf("replayed %d inputs\n", inputs);
  return inputs > 0 ? 0 : 1;
}
