// ColumnWriter: appends the entries of one report column (a protobuf
// RepeatedField of scalars) through a raw pointer. The column is grown once,
// by at most `capacity` entries, when the writer is made, without writing
// them (the entries past the ones added are never read: the memory is
// touched once, by Add); each Add writes the next entry with no size or
// capacity check; when the writer goes away the column is trimmed to the
// entries written. For the matcher's report
// columns, which get one entry per group, claim or value in a hot loop.
// Not thread-safe; the column must not be touched otherwise while the
// writer lives.

#ifndef XREF_MATCHER_COLUMN_WRITER_H_
#define XREF_MATCHER_COLUMN_WRITER_H_

#include "google/protobuf/repeated_field.h"

namespace xref {

template <typename T>
class ColumnWriter {
 public:
  // Room for `capacity` more entries after the column's present ones.
  ColumnWriter(google::protobuf::RepeatedField<T>* column, int capacity)
      : column_(column) {
    column->Reserve(column->size() + capacity);
    next_ = column->AddNAlreadyReserved(capacity);
    end_ = next_ + capacity;
  }
  ColumnWriter(const ColumnWriter&) = delete;
  ColumnWriter& operator=(const ColumnWriter&) = delete;
  ~ColumnWriter() {
    column_->Truncate(static_cast<int>(next_ - column_->mutable_data()));
  }

  // Appends `value`; at most `capacity` calls in all.
  void Add(T value) { *next_++ = value; }
  // Entries that may still be added.
  int room() const { return static_cast<int>(end_ - next_); }

 private:
  google::protobuf::RepeatedField<T>* column_;
  T* next_;
  T* end_;
};

}  // namespace xref

#endif  // XREF_MATCHER_COLUMN_WRITER_H_
