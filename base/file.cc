#include "base/file.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace xref {
namespace {

absl::Status ErrnoError(absl::string_view what, absl::string_view path,
                        int err) {
  std::string message =
      absl::StrCat(path, ": cannot ", what, ": ", std::strerror(err));
  if (err == ENOENT) return absl::NotFoundError(message);
  if (err == EACCES || err == EPERM) return absl::PermissionDeniedError(message);
  return absl::UnavailableError(message);
}

}  // namespace

absl::StatusOr<std::string> ReadFile(absl::string_view path,
                                     int64_t max_bytes) {
  std::string p(path);
  int fd = open(p.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ErrnoError("open", path, errno);
  struct stat st;
  if (fstat(fd, &st) != 0) {
    int err = errno;
    close(fd);
    return ErrnoError("stat", path, err);
  }
  if (S_ISDIR(st.st_mode)) {
    close(fd);
    return absl::InvalidArgumentError(absl::StrCat(path, ": is a directory"));
  }
  if (st.st_size > max_bytes) {
    close(fd);
    return absl::ResourceExhaustedError(
        absl::StrCat(path, ": ", st.st_size, " bytes exceeds the limit of ",
                     max_bytes, " bytes"));
  }
  std::string data;
  data.reserve(st.st_size > 0 ? st.st_size : 0);
  char buffer[1 << 16];
  while (true) {
    ssize_t n = read(fd, buffer, sizeof(buffer));
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      close(fd);
      return ErrnoError("read", path, err);
    }
    if (n == 0) break;
    data.append(buffer, n);
    if (static_cast<int64_t>(data.size()) > max_bytes) {
      close(fd);
      return absl::ResourceExhaustedError(absl::StrCat(
          path, ": more than the limit of ", max_bytes, " bytes"));
    }
  }
  close(fd);
  return data;
}

absl::Status MakeDirectories(absl::string_view path) {
  if (path.empty() || IsDirectory(path)) return absl::OkStatus();
  std::string p(path);
  size_t slash = p.find_last_of('/');
  if (slash != std::string::npos && slash > 0) {
    absl::Status parent = MakeDirectories(p.substr(0, slash));
    if (!parent.ok()) return parent;
  }
  if (mkdir(p.c_str(), 0755) != 0 && errno != EEXIST) {
    return ErrnoError("create directory", path, errno);
  }
  return absl::OkStatus();
}

absl::Status WriteFileAtomically(absl::string_view path,
                                 absl::string_view contents) {
  std::string p(path);
  size_t slash = p.find_last_of('/');
  if (slash != std::string::npos && slash > 0) {
    absl::Status made = MakeDirectories(p.substr(0, slash));
    if (!made.ok()) return made;
  }
  static std::atomic<uint64_t> next_temporary{0};
  std::string tmp = absl::StrCat(p, ".tmp.", getpid(), ".",
                                 next_temporary.fetch_add(1, std::memory_order_relaxed));
  int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return ErrnoError("create", tmp, errno);
  const char* data = contents.data();
  size_t left = contents.size();
  while (left > 0) {
    ssize_t n = write(fd, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      close(fd);
      unlink(tmp.c_str());
      return ErrnoError("write", tmp, err);
    }
    data += n;
    left -= n;
  }
  if (close(fd) != 0) {
    int err = errno;
    unlink(tmp.c_str());
    return ErrnoError("flush", tmp, err);
  }
  if (rename(tmp.c_str(), p.c_str()) != 0) {
    int err = errno;
    unlink(tmp.c_str());
    return ErrnoError("rename into place", path, err);
  }
  return absl::OkStatus();
}

namespace {

// "<path>.tmp.<pid>.<n>", as named by WriteFileAtomically.
bool IsTemporaryName(absl::string_view f) {
  size_t at = f.rfind(".tmp.");
  if (at == absl::string_view::npos) return false;
  absl::string_view rest = f.substr(at + 5);
  size_t dot = rest.find('.');
  if (dot == absl::string_view::npos || dot == 0 || dot + 1 == rest.size()) return false;
  for (size_t i = 0; i < rest.size(); ++i) {
    if (i != dot && !absl::ascii_isdigit(static_cast<unsigned char>(rest[i]))) return false;
  }
  return true;
}

}  // namespace

absl::StatusOr<int> RemoveAbandonedTemporaryFiles(absl::string_view dir) {
  absl::StatusOr<std::vector<std::string>> files = ListFilesRecursively(dir);
  if (!files.ok()) return files.status();
  int removed = 0;
  for (const std::string& f : *files) {
    if (!IsTemporaryName(f)) continue;
    if (unlink(f.c_str()) != 0 && errno != ENOENT) {
      return ErrnoError("remove abandoned temporary file", f, errno);
    }
    ++removed;
  }
  return removed;
}

bool IsDirectory(absl::string_view path) {
  struct stat st;
  return stat(std::string(path).c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool PathExists(absl::string_view path) {
  struct stat st;
  return stat(std::string(path).c_str(), &st) == 0;
}

static absl::Status ListInto(const std::string& dir,
                             std::vector<std::string>* out) {
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) return ErrnoError("list directory", dir, errno);
  while (struct dirent* entry = readdir(d)) {
    if (entry->d_name[0] == '.') continue;
    std::string path = JoinPath(dir, entry->d_name);
    if (IsDirectory(path)) {
      absl::Status s = ListInto(path, out);
      if (!s.ok()) {
        closedir(d);
        return s;
      }
    } else {
      out->push_back(path);
    }
  }
  closedir(d);
  return absl::OkStatus();
}

absl::StatusOr<std::vector<std::string>> ListFilesRecursively(
    absl::string_view dir) {
  std::vector<std::string> files;
  absl::Status s = ListInto(std::string(dir), &files);
  if (!s.ok()) return s;
  std::sort(files.begin(), files.end());
  return files;
}

std::string JoinPath(absl::string_view dir, absl::string_view name) {
  if (dir.empty()) return std::string(name);
  if (dir.back() == '/') return absl::StrCat(dir, name);
  return absl::StrCat(dir, "/", name);
}

std::string FileStem(absl::string_view path) {
  size_t slash = path.find_last_of('/');
  absl::string_view name =
      slash == absl::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.find_last_of('.');
  if (dot != absl::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name);
}

}  // namespace xref
