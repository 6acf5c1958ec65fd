#include "batch/spool.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "base/crc32c.h"
#include "base/file.h"

namespace xref {
namespace {

constexpr absl::string_view kMagic = "XRSPOOL1";
constexpr int64_t kHeaderBytes = 16;

uint32_t Load32(const char* p) {
  uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(p[i]);
  return v;
}

uint64_t Load64(const char* p) {
  return Load32(p) | static_cast<uint64_t>(Load32(p + 4)) << 32;
}

void Store32(char* p, uint32_t v) {
  for (int i = 0; i < 4; ++i) p[i] = static_cast<char>(v >> (8 * i));
}

void Store64(char* p, uint64_t v) {
  Store32(p, static_cast<uint32_t>(v));
  Store32(p + 4, static_cast<uint32_t>(v >> 32));
}

absl::Status IoError(absl::string_view what, absl::string_view path, int err) {
  return absl::UnavailableError(
      absl::StrCat(path, ": cannot ", what, ": ", std::strerror(err)));
}

// Reads exactly `n` bytes at `offset` unless the file ends first; returns the
// number read.
absl::StatusOr<int64_t> ReadAt(int fd, absl::string_view path, int64_t offset,
                               char* out, int64_t n) {
  int64_t done = 0;
  while (done < n) {
    ssize_t got = pread(fd, out + done, n - done, offset + done);
    if (got < 0) {
      if (errno == EINTR) continue;
      return IoError("read", path, errno);
    }
    if (got == 0) break;
    done += got;
  }
  return done;
}

absl::Status WriteAll(int fd, absl::string_view path, absl::string_view data) {
  while (!data.empty()) {
    ssize_t n = write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return IoError("write", path, errno);
    }
    data.remove_prefix(n);
  }
  return absl::OkStatus();
}

// CRC-32C of bytes [4, 16 + length) of a record: length, key, payload.
uint32_t RecordChecksum(const char* header, absl::string_view payload) {
  return ExtendCrc32c(Crc32c(absl::string_view(header + 4, kHeaderBytes - 4)),
                      payload);
}

// "00000012.seg" -> 12; anything else -> 0.
int SegmentNumber(absl::string_view name) {
  if (name.size() != 12 || !absl::EndsWith(name, ".seg")) return 0;
  int n = 0;
  for (char c : name.substr(0, 8)) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return 0;
    n = n * 10 + (c - '0');
  }
  return n;
}

}  // namespace

absl::StatusOr<std::unique_ptr<Spool>> Spool::Open(absl::string_view dir,
                                                   Mode mode) {
  std::unique_ptr<Spool> spool(new Spool(std::string(dir), mode));
  if (mode == Mode::kReadWrite) {
    absl::Status made = MakeDirectories(dir);
    if (!made.ok()) return made;
  } else if (!PathExists(dir)) {
    return spool;
  }
  std::vector<std::pair<int, std::string>> numbered;
  {
    DIR* d = opendir(spool->dir_.c_str());
    if (d == nullptr) return IoError("list directory", dir, errno);
    while (struct dirent* entry = readdir(d)) {
      int n = SegmentNumber(entry->d_name);
      if (n > 0) numbered.emplace_back(n, JoinPath(dir, entry->d_name));
    }
    closedir(d);
  }
  std::sort(numbered.begin(), numbered.end());
  for (const auto& [number, path] : numbered) {
    spool->next_number_ = number + 1;
    int fd = open(path.c_str(),
                  (mode == Mode::kReadWrite ? O_RDWR : O_RDONLY) | O_CLOEXEC);
    if (fd < 0) return IoError("open", path, errno);
    struct stat st;
    if (fstat(fd, &st) != 0) {
      int err = errno;
      close(fd);
      return IoError("stat", path, err);
    }
    int index;
    {
      absl::MutexLock lock(&spool->mu_);
      index = static_cast<int>(spool->segments_.size());
      spool->segments_.push_back({path, fd});
    }
    absl::Status scanned = spool->Scan(index, st.st_size);
    if (!scanned.ok()) return scanned;
  }
  return spool;
}

absl::Status Spool::Scan(int segment, int64_t file_size) {
  std::string path;
  int fd;
  {
    absl::MutexLock lock(&mu_);
    path = segments_[segment].path;
    fd = segments_[segment].fd;
  }
  const bool repair = mode_ == Mode::kReadWrite;
  if (file_size == 0) {
    if (repair && unlink(path.c_str()) == 0) {
      problems_.push_back(absl::StrCat(path, ": empty segment (a run was killed "
                                             "before its first record); removed"));
    } else {
      problems_.push_back(absl::StrCat(path, ": empty segment; ignored"));
    }
    return absl::OkStatus();
  }
  char magic[8];
  absl::StatusOr<int64_t> got = ReadAt(fd, path, 0, magic, sizeof(magic));
  if (!got.ok()) return got.status();
  if (*got < static_cast<int64_t>(kMagic.size()) ||
      absl::string_view(magic, sizeof(magic)) != kMagic) {
    problems_.push_back(absl::StrCat(
        path, ": not a spool segment (no \"", kMagic, "\" at offset 0); ignored"));
    return absl::OkStatus();
  }
  int64_t offset = kMagic.size();
  std::string payload;
  while (offset < file_size) {
    char header[kHeaderBytes];
    got = ReadAt(fd, path, offset, header, kHeaderBytes);
    if (!got.ok()) return got.status();
    const uint32_t length = Load32(header + 4);
    const int64_t needed = kHeaderBytes + static_cast<int64_t>(length);
    if (*got < kHeaderBytes || length > kMaxRecordBytes ||
        offset + needed > file_size) {
      std::string what =
          *got < kHeaderBytes
              ? absl::StrCat("torn record header at offset ", offset, " (",
                             file_size - offset, " of ", kHeaderBytes, " bytes)")
              : absl::StrCat("torn record at offset ", offset, " (needs ", needed,
                             " bytes, the file ends at ", file_size, ")");
      if (repair && ftruncate(fd, offset) == 0) {
        problems_.push_back(absl::StrCat(path, ": ", what, "; truncated to ", offset));
      } else {
        problems_.push_back(absl::StrCat(path, ": ", what, "; ignored from there"));
      }
      return absl::OkStatus();
    }
    payload.resize(length);
    got = ReadAt(fd, path, offset + kHeaderBytes, payload.data(), length);
    if (!got.ok()) return got.status();
    if (*got < length) {
      problems_.push_back(absl::StrCat(path, ": record at offset ", offset,
                                       " shrank while read; ignored from there"));
      return absl::OkStatus();
    }
    if (RecordChecksum(header, payload) != Load32(header)) {
      problems_.push_back(absl::StrCat(path, ": bad checksum in record at offset ",
                                       offset, " (", length,
                                       " byte payload); record ignored"));
    } else {
      const uint64_t key = Load64(header + 8);
      absl::MutexLock lock(&mu_);
      index_[key] = Location{segment, offset, length};
    }
    offset += needed;
  }
  return absl::OkStatus();
}

Spool::~Spool() {
  absl::MutexLock lock(&mu_);
  for (Segment& s : segments_) {
    if (s.fd >= 0) close(s.fd);
  }
}

int Spool::size() const {
  absl::MutexLock lock(&mu_);
  return static_cast<int>(index_.size());
}

bool Spool::Contains(uint64_t key) const {
  absl::MutexLock lock(&mu_);
  return index_.contains(key);
}

absl::StatusOr<std::string> Spool::Read(uint64_t key) const {
  Location where;
  std::string path;
  int fd;
  {
    absl::MutexLock lock(&mu_);
    auto it = index_.find(key);
    if (it == index_.end()) {
      return absl::NotFoundError(absl::StrFormat(
          "%s: no record with key %016x", dir_, key));
    }
    where = it->second;
    path = segments_[where.segment].path;
    fd = segments_[where.segment].fd;
  }
  std::string record(kHeaderBytes + where.length, '\0');
  absl::StatusOr<int64_t> got =
      ReadAt(fd, path, where.offset, record.data(), record.size());
  if (!got.ok()) return got.status();
  if (*got < static_cast<int64_t>(record.size()) ||
      RecordChecksum(record.data(), absl::string_view(record).substr(kHeaderBytes)) !=
          Load32(record.data())) {
    return absl::DataLossError(absl::StrCat(
        path, ": record at offset ", where.offset, " no longer verifies"));
  }
  record.erase(0, kHeaderBytes);
  return record;
}

absl::Status Spool::Append(uint64_t key, absl::string_view payload) {
  if (mode_ != Mode::kReadWrite) {
    return absl::FailedPreconditionError(
        absl::StrCat(dir_, ": spool opened read-only"));
  }
  if (payload.size() > kMaxRecordBytes) {
    return absl::InvalidArgumentError(absl::StrCat(
        dir_, ": record of ", payload.size(), " bytes exceeds the limit of ",
        kMaxRecordBytes));
  }
  std::string record(kHeaderBytes, '\0');
  Store32(record.data() + 4, static_cast<uint32_t>(payload.size()));
  Store64(record.data() + 8, key);
  Store32(record.data(), RecordChecksum(record.data(), payload));
  record.append(payload.data(), payload.size());

  absl::MutexLock lock(&mu_);
  if (write_segment_ < 0) {
    std::string path;
    int fd = -1;
    for (int attempt = 0; attempt < 1000 && fd < 0; ++attempt) {
      path = JoinPath(dir_, absl::StrFormat("%08d.seg", next_number_++));
      fd = open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0644);
      if (fd < 0 && errno != EEXIST) return IoError("create", path, errno);
    }
    if (fd < 0) return IoError("create", path, EEXIST);
    absl::Status written = WriteAll(fd, path, kMagic);
    if (!written.ok()) {
      close(fd);
      unlink(path.c_str());
      return written;
    }
    write_segment_ = static_cast<int>(segments_.size());
    write_offset_ = kMagic.size();
    segments_.push_back({std::move(path), fd});
  }
  const Segment& segment = segments_[write_segment_];
  absl::Status written = WriteAll(segment.fd, segment.path, record);
  if (!written.ok()) {
    if (ftruncate(segment.fd, write_offset_) != 0) {
      // The segment now ends in a partial record: stop appending to it so the
      // next Append starts a fresh segment; the scan of a later run will cut
      // the tail.
      write_segment_ = -1;
    }
    return written;
  }
  index_[key] = Location{write_segment_, write_offset_,
                         static_cast<uint32_t>(payload.size())};
  write_offset_ += record.size();
  return absl::OkStatus();
}

}  // namespace xref
