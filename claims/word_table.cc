#include "claims/word_table.h"

#include "absl/strings/ascii.h"

namespace xref {

int WordTable::Slot(char c) {
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= '0' && c <= '9') return 26 + (c - '0');
  return 36;
}

int WordTable::PrefixIndex(absl::string_view word) {
  return Slot(word[0]) * (kSlots + 1) + (word.size() > 1 ? Slot(word[1]) : kSlots);
}

void WordTable::Add(absl::string_view word, uint32_t flags) {
  if (word.empty() || word.size() > kMaxWord) return;
  lengths_[PrefixIndex(word)] |= uint32_t{1} << word.size();
  words_[absl::AsciiStrToLower(word)] |= flags;
}

uint32_t WordTable::Find(absl::string_view word) const {
  if (word.empty() || word.size() > kMaxWord) return 0;
  if ((lengths_[PrefixIndex(word)] >> word.size() & 1) == 0) return 0;
  char lower[kMaxWord];
  for (size_t i = 0; i < word.size(); ++i) lower[i] = absl::ascii_tolower(word[i]);
  auto it = words_.find(absl::string_view(lower, word.size()));
  return it == words_.end() ? 0 : it->second;
}

}  // namespace xref
