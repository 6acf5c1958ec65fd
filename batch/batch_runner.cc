#include "batch/batch_runner.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "base/file.h"
#include "base/fingerprint.h"
#include "base/proto_io.h"
#include "base/status_macros.h"
#include "base/thread_pool.h"
#include "batch/progress.h"
#include "batch/spool.h"
#include "claims/extractor.h"
#include "claims/gazetteer.h"
#include "google/protobuf/arena.h"
#include "ingest/corpus_reader.h"
#include "matcher/expand_report.h"
#include "matcher/matcher.h"
#include "proto/report.pb.h"
#include "report/report_writer.h"
#include "story/story_clusterer.h"

namespace xref {
namespace {

// What the run keeps of one article after extraction.
struct ArticleRecord {
  std::string doc_id;
  std::string outlet;
  std::string published;
  std::string title;
  uint64_t fingerprint = 0;  // Of the document; its key in the claims spool.
  StoryRecord story;   // The story clusterer's compact view (no text).
};

uint64_t DocumentFingerprint(const Document& doc) {
  uint64_t h = Fingerprint64(doc.id());
  for (const std::string* field :
       {&doc.outlet(), &doc.published(), &doc.title(), &doc.url(), &doc.text()}) {
    h = CombineFingerprints(h, Fingerprint64(*field));
  }
  return h;
}

// The clusterer's view of an article: salient people and organisations (most
// mentioned first), places, date and text, reduced to a compact record.
StoryRecord ToStoryRecord(const ClaimSet& claims) {
  StoryArticle article;
  article.id = claims.document().id();
  article.published = claims.document().published();
  std::vector<std::pair<int, const Entity*>> ranked;
  for (const Entity& entity : claims.entities()) {
    ranked.emplace_back(-entity.mentions_size(), &entity);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [count, entity] : ranked) {
    if (entity->type() == LOCATION) {
      if (article.places.size() < 8) article.places.push_back(entity->canonical());
    } else if (article.entities.size() < 12) {
      article.entities.push_back(entity->canonical());
    }
  }
  article.text = claims.document().title() + "\n" + claims.document().text();
  return MakeStoryRecord(article);
}

std::string StoryId(const std::vector<const ArticleRecord*>& members) {
  std::vector<std::string> ids;
  for (const ArticleRecord* m : members) ids.push_back(m->doc_id);
  std::sort(ids.begin(), ids.end());
  uint64_t h = 0;
  for (const std::string& id : ids) h = CombineFingerprints(h, Fingerprint64(id));
  return absl::StrCat("s", FingerprintHex(h).substr(0, 12));
}

std::string InputsFingerprint(const std::vector<const ArticleRecord*>& members) {
  std::vector<uint64_t> prints;
  for (const ArticleRecord* m : members) prints.push_back(m->fingerprint);
  std::sort(prints.begin(), prints.end());
  uint64_t h = Fingerprint64("xref-story-v1");
  for (uint64_t p : prints) h = CombineFingerprints(h, p);
  return FingerprintHex(h);
}

// The key of a story's Report in the reports spool: changes when the story's
// members or any of their contents do.
uint64_t StoryReportKey(const BatchStory& story) {
  return CombineFingerprints(Fingerprint64(story.id()),
                             Fingerprint64(story.inputs_fingerprint()));
}

std::string ClaimsSpoolDir(absl::string_view out_dir) {
  return JoinPath(JoinPath(out_dir, "spool"), "claims");
}

std::string ReportsSpoolDir(absl::string_view out_dir) {
  return JoinPath(JoinPath(out_dir, "spool"), "reports");
}

// True when the files WriteReport writes are all in `dir` (a user may have
// deleted a story's directory to have it redone).
bool ReportFilesExist(absl::string_view dir) {
  for (absl::string_view name : {"report.html", "report.md", "report.json"}) {
    if (!PathExists(JoinPath(dir, name))) return false;
  }
  return true;
}

void PrintSpoolProblems(const Spool& spool) {
  for (const std::string& problem : spool.problems()) {
    std::fprintf(stderr, "xref: spool: %s\n", problem.c_str());
  }
}

std::string IndexMarkdown(const BatchIndex& index) {
  std::string md = absl::StrCat("# xref batch: ", index.stories_size(),
                                " stories, ", index.articles(), " articles\n\n");
  absl::StrAppend(&md, "| story | articles | conflicts | divergent | agree | single-source | status |\n");
  absl::StrAppend(&md, "| --- | --- | --- | --- | --- | --- | --- |\n");
  for (const BatchStory& s : index.stories()) {
    absl::StrAppend(&md, "| [", s.title().empty() ? s.id() : s.title(),
                    "](stories/", s.id(), "/report.md) | ", s.documents_size(),
                    " | ", s.summary().conflict(), " | ", s.summary().divergent(),
                    " | ", s.summary().agree(), " | ",
                    s.summary().single_source(), " | ", s.status(), " |\n");
  }
  if (index.singletons_size() > 0) {
    absl::StrAppend(&md, "\n## Articles without a second outlet (not compared)\n\n");
    for (const std::string& id : index.singletons()) {
      absl::StrAppend(&md, "- ", id, "\n");
    }
  }
  if (index.skipped_size() > 0) {
    absl::StrAppend(&md, "\n## Skipped inputs\n\n");
    for (const Skipped& s : index.skipped()) {
      absl::StrAppend(&md, "- `", s.source(), "`: ", s.reason(), "\n");
    }
  }
  return md;
}

class BatchRun {
 public:
  explicit BatchRun(const BatchOptions& options)
      : options_(options),
        progress_(stderr, Progress::IsTerminal(STDERR_FILENO),
                  absl::Seconds(options.quiet_progress_seconds)) {}

  absl::StatusOr<BatchSummary> Run();

 private:
  // Extracts `docs` (or takes their claims from the spool), in one
  // Extractor::ExtractEach call, and records each.
  void ExtractChunk(std::vector<Document> docs) ABSL_LOCKS_EXCLUDED(mu_);
  void MatchStory(BatchStory* story,
                  const std::vector<const ArticleRecord*>& members);
  void RecordSkip(std::string source, std::string reason) ABSL_LOCKS_EXCLUDED(mu_);

  const BatchOptions& options_;
  Progress progress_;
  std::unique_ptr<Extractor> extractor_;
  Gazetteer gazetteer_;
  std::unique_ptr<Matcher> matcher_;
  std::unique_ptr<Spool> claims_spool_;   // Document fingerprint -> ClaimSet.
  std::unique_ptr<Spool> reports_spool_;  // StoryReportKey -> Report.

  absl::Mutex mu_;
  std::vector<ArticleRecord> records_ ABSL_GUARDED_BY(mu_);
  std::vector<Skipped> skipped_ ABSL_GUARDED_BY(mu_);
  BatchSummary summary_ ABSL_GUARDED_BY(mu_);
};

void BatchRun::RecordSkip(std::string source, std::string reason) {
  std::fprintf(stderr, "\nxref: skipped %s: %s\n", source.c_str(), reason.c_str());
  Skipped skipped;
  skipped.set_source(std::move(source));
  skipped.set_reason(std::move(reason));
  absl::MutexLock lock(&mu_);
  skipped_.push_back(std::move(skipped));
}

void BatchRun::ExtractChunk(std::vector<Document> docs) {
  std::vector<ArticleRecord> records(docs.size());
  google::protobuf::Arena arena;
  std::vector<ClaimSet*> claims(docs.size());
  std::vector<bool> reused(docs.size(), false);
  std::vector<const Document*> to_extract;
  std::vector<ClaimSet*> extracted_into;
  for (size_t i = 0; i < docs.size(); ++i) {
    const Document& doc = docs[i];
    ArticleRecord& record = records[i];
    record.doc_id = doc.id();
    record.outlet = doc.outlet();
    record.published = doc.published();
    record.title = doc.title();
    record.fingerprint = DocumentFingerprint(doc);
    claims[i] = google::protobuf::Arena::CreateMessage<ClaimSet>(&arena);
    if (claims_spool_->Contains(record.fingerprint)) {
      absl::StatusOr<std::string> spooled = claims_spool_->Read(record.fingerprint);
      reused[i] = spooled.ok() && claims[i]->ParseFromString(*spooled) &&
                  claims[i]->document().id() == doc.id();
    }
    if (!reused[i]) {
      to_extract.push_back(&doc);
      extracted_into.push_back(claims[i]);
    }
  }
  std::vector<absl::Status> extracted = extractor_->ExtractEach(to_extract, extracted_into);
  for (size_t i = 0, k = 0; i < docs.size(); ++i) {
    const Document& doc = docs[i];
    ArticleRecord& record = records[i];
    if (!reused[i]) {
      const absl::Status& status = extracted[k++];
      if (!status.ok()) {
        RecordSkip(doc.source(), absl::StrCat("extraction failed: ", status.message()));
        continue;
      }
      absl::Status written =
          claims_spool_->Append(record.fingerprint, claims[i]->SerializeAsString());
      if (!written.ok()) {
        RecordSkip(doc.source(), std::string(written.message()));
        continue;
      }
    }
    record.story = ToStoryRecord(*claims[i]);
    progress_.AddArticles(1);
    absl::MutexLock lock(&mu_);
    ++summary_.articles;
    if (reused[i]) ++summary_.reused_extractions;
    records_.push_back(std::move(record));
  }
}

void BatchRun::MatchStory(BatchStory* story,
                          const std::vector<const ArticleRecord*>& members) {
  std::string dir = JoinPath(JoinPath(options_.out_dir, "stories"), story->id());
  const uint64_t report_key = StoryReportKey(*story);
  Report existing;
  if (reports_spool_->Contains(report_key) && ReportFilesExist(dir)) {
    absl::StatusOr<std::string> spooled = reports_spool_->Read(report_key);
    if (spooled.ok() && existing.ParseFromString(*spooled)) {
      *story->mutable_summary() = existing.summary();
      story->set_status("reused");
      progress_.AddStoriesDone(1);
      absl::MutexLock lock(&mu_);
      ++summary_.stories_reused;
      return;
    }
  }
  auto fail = [&](const absl::Status& status) {
    story->set_status(absl::StrCat("failed: ", status.message()));
    std::fprintf(stderr, "\nxref: story %s failed: %s\n", story->id().c_str(),
                 std::string(status.message()).c_str());
    progress_.AddStoriesDone(1);
    absl::MutexLock lock(&mu_);
    ++summary_.stories_failed;
  };
  std::vector<ClaimSet> sets(members.size());
  for (size_t i = 0; i < members.size(); ++i) {
    absl::StatusOr<std::string> spooled = claims_spool_->Read(members[i]->fingerprint);
    if (!spooled.ok()) return fail(spooled.status());
    if (!sets[i].ParseFromString(*spooled)) {
      return fail(absl::DataLossError(absl::StrCat(
          "the spooled claims of ", members[i]->doc_id, " do not parse")));
    }
  }
  google::protobuf::Arena arena;
  Report* report = google::protobuf::Arena::CreateMessage<Report>(&arena);
  if (absl::Status matched = matcher_->MatchInto(sets, report); !matched.ok()) {
    return fail(matched);
  }
  report->set_title(story->title());
  absl::Status status = WriteReport(*report, dir);
  if (status.ok()) status = reports_spool_->Append(report_key, report->SerializeAsString());
  if (!status.ok()) return fail(status);
  *story->mutable_summary() = report->summary();
  story->set_status("matched");
  progress_.AddStoriesDone(1);
  absl::MutexLock lock(&mu_);
  ++summary_.stories_matched;
}

absl::StatusOr<BatchSummary> BatchRun::Run() {
  absl::Time start = absl::Now();
  ExtractorOptions extractor_options;
  extractor_options.rules_dir = options_.rules_dir;
  extractor_options.max_sentence_bytes = options_.max_sentence_bytes;
  extractor_options.max_claims_per_document = options_.max_claims_per_document;
  ASSIGN_OR_RETURN(extractor_, Extractor::Create(extractor_options));
  ASSIGN_OR_RETURN(gazetteer_, Gazetteer::Load(JoinPath(options_.rules_dir,
                                                        "gazetteer.textproto")));
  MatcherOptions matcher_options;
  ASSIGN_OR_RETURN(matcher_, Matcher::Create(matcher_options, &gazetteer_));
  RETURN_IF_ERROR(MakeDirectories(options_.out_dir));
  ASSIGN_OR_RETURN(int abandoned, RemoveAbandonedTemporaryFiles(options_.out_dir));
  if (abandoned > 0) {
    std::fprintf(stderr, "xref: removed %d temporary file(s) an interrupted run left in %s\n",
                 abandoned, options_.out_dir.c_str());
  }
  ASSIGN_OR_RETURN(claims_spool_, Spool::Open(ClaimsSpoolDir(options_.out_dir),
                                              Spool::Mode::kReadWrite));
  ASSIGN_OR_RETURN(reports_spool_, Spool::Open(ReportsSpoolDir(options_.out_dir),
                                               Spool::Mode::kReadWrite));
  PrintSpoolProblems(*claims_spool_);
  PrintSpoolProblems(*reports_spool_);

  // 1. Stream, extract (or reuse the spool) on the pool.
  progress_.SetPhase("extract");
  {
    ThreadPool pool(options_.threads);
    IngestOptions ingest;
    ingest.max_article_bytes = options_.max_article_bytes;
    // Documents go to the workers in chunks, which ExtractEach extracts
    // faster than one at a time.
    constexpr size_t kChunk = 32;
    std::vector<Document> chunk;
    auto schedule = [&]() {
      pool.Schedule([this, docs = std::move(chunk)]() mutable {
        ExtractChunk(std::move(docs));
      });
      chunk.clear();
    };
    absl::Status read = ReadArticles(
        options_.input, ingest,
        [&](Document doc) {
          chunk.push_back(std::move(doc));
          if (chunk.size() == kChunk) schedule();
        },
        [&](Skipped skipped) {
          RecordSkip(skipped.source(), skipped.reason());
        });
    if (!chunk.empty()) schedule();
    pool.Wait();
    RETURN_IF_ERROR(read);
  }

  // 2. Cluster into stories. Records are sorted by id so the run is
  //    deterministic whatever order the workers finished in.
  progress_.SetPhase("cluster");
  std::vector<ArticleRecord> records;
  {
    absl::MutexLock lock(&mu_);
    records = std::move(records_);
  }
  std::sort(records.begin(), records.end(),
            [](const ArticleRecord& a, const ArticleRecord& b) {
              return a.doc_id < b.doc_id;
            });
  StoryOptions story_options;
  story_options.threads = options_.threads;
  StoryClusterer clusterer(story_options);
  std::vector<ArticleRecord*> clustered;
  for (ArticleRecord& r : records) {
    absl::Status added = clusterer.Add(std::move(r.story));
    if (!added.ok()) {
      // Listed among the skipped inputs; its claims stay in the spool.
      RecordSkip(r.doc_id, absl::StrCat("not clustered: ", added.message()));
      continue;
    }
    clustered.push_back(&r);
  }
  StoryClustering clustering = clusterer.Finish();
  std::vector<std::vector<const ArticleRecord*>> clusters;
  for (const std::vector<int>& story : clustering.stories) {
    std::vector<const ArticleRecord*> members;
    for (int i : story) members.push_back(clustered[i]);
    clusters.push_back(std::move(members));
  }

  BatchIndex index;
  index.set_articles(records.size());
  std::vector<std::vector<const ArticleRecord*>> story_members;
  for (std::vector<const ArticleRecord*>& members : clusters) {
    if (members.size() < 2) {
      index.add_singletons(members[0]->doc_id);
      continue;
    }
    std::sort(members.begin(), members.end(),
              [](const ArticleRecord* a, const ArticleRecord* b) {
                return std::tie(a->published, a->doc_id) <
                       std::tie(b->published, b->doc_id);
              });
    BatchStory* story = index.add_stories();
    story->set_id(StoryId(members));
    story->set_title(members[0]->title);
    story->set_inputs_fingerprint(InputsFingerprint(members));
    for (const ArticleRecord* m : members) {
      story->add_documents(m->doc_id);
      story->add_outlets(m->outlet);
    }
    story_members.push_back(members);
  }

  // 3. Match each story on the pool; finished stories are skipped.
  progress_.SetPhase("match");
  progress_.SetStoriesTotal(index.stories_size());
  {
    ThreadPool pool(options_.threads);
    for (int i = 0; i < index.stories_size(); ++i) {
      BatchStory* story = index.mutable_stories(i);
      const auto* members = &story_members[i];
      pool.Schedule([this, story, members] { MatchStory(story, *members); });
    }
    pool.Wait();
  }

  // 4. The index, last.
  {
    absl::MutexLock lock(&mu_);
    for (const Skipped& s : skipped_) *index.add_skipped() = s;
  }
  std::vector<StoryEntry> entries;
  for (size_t i = 0; i < story_members.size(); ++i) {
    const BatchStory& story = index.stories(i);
    StoryEntry entry;
    entry.id = story.id();
    entry.title = story.title();
    entry.summary = story.summary();
    entry.path = absl::StrCat("stories/", story.id());
    for (const ArticleRecord* m : story_members[i]) {
      Document doc;
      doc.set_id(m->doc_id);
      doc.set_outlet(m->outlet);
      doc.set_published(m->published);
      doc.set_title(m->title);
      entry.documents.push_back(std::move(doc));
    }
    entries.push_back(std::move(entry));
  }
  RETURN_IF_ERROR(WriteStoryIndex(entries, options_.out_dir));
  RETURN_IF_ERROR(WriteFileAtomically(JoinPath(options_.out_dir, "index.md"),
                                      IndexMarkdown(index)));
  RETURN_IF_ERROR(WriteProto(JoinPath(options_.out_dir, "batch.json"), index));

  absl::MutexLock lock(&mu_);
  summary_.stories = index.stories_size();
  summary_.singletons = index.singletons_size();
  summary_.skipped = index.skipped_size();
  summary_.seconds = absl::ToDoubleSeconds(absl::Now() - start);
  progress_.Finish(absl::StrFormat(
      "xref batch: %d articles (%d reused) in %.1fs, %.0f/s; %d stories "
      "(%d matched, %d reused, %d failed), %d singletons, %d skipped; index: %s",
      summary_.articles, summary_.reused_extractions, summary_.seconds,
      summary_.seconds > 0 ? summary_.articles / summary_.seconds : 0.0,
      summary_.stories, summary_.stories_matched, summary_.stories_reused,
      summary_.stories_failed, summary_.singletons, summary_.skipped,
      JoinPath(options_.out_dir, "index.html")));
  return summary_;
}

}  // namespace

absl::StatusOr<Report> ReadBatchReport(absl::string_view out_dir,
                                       BatchIndex* index) {
  BatchIndex local;
  if (index == nullptr) index = &local;
  RETURN_IF_ERROR(ReadProto(JoinPath(out_dir, "batch.json"), index));
  ASSIGN_OR_RETURN(std::unique_ptr<Spool> reports,
                   Spool::Open(ReportsSpoolDir(out_dir), Spool::Mode::kReadOnly));
  Report merged;
  merged.set_title(absl::StrCat("xref batch: ", index->stories_size(), " stories"));
  for (const BatchStory& story : index->stories()) {
    if (absl::StartsWith(story.status(), "failed")) continue;
    Report report;
    absl::StatusOr<std::string> bytes = reports->Read(StoryReportKey(story));
    if (!bytes.ok()) {
      return absl::Status(bytes.status().code(),
                          absl::StrCat("the report of story ", story.id(), ": ",
                                       bytes.status().message()));
    }
    if (!report.ParseFromString(*bytes)) {
      return absl::DataLossError(absl::StrCat(ReportsSpoolDir(out_dir),
                                              ": the report of story ", story.id(),
                                              " does not parse"));
    }
    if (absl::Status expanded = ExpandReport(&report); !expanded.ok()) {
      return absl::DataLossError(absl::StrCat(ReportsSpoolDir(out_dir),
                                              ": the report of story ", story.id(),
                                              ": ", expanded.message()));
    }
    auto prefixed = [&story](const std::string& id) {
      return id.empty() ? id : absl::StrCat(story.id(), "/", id);
    };
    for (Document& doc : *report.mutable_documents()) {
      *merged.add_documents() = std::move(doc);
    }
    for (Entity& entity : *report.mutable_entities()) {
      entity.set_id(prefixed(entity.id()));
      *merged.add_entities() = std::move(entity);
    }
    for (EventGroup& event : *report.mutable_events()) {
      event.set_id(prefixed(event.id()));
      event.set_participant(prefixed(event.participant()));
      *merged.add_events() = std::move(event);
    }
    for (ClaimGroup& group : *report.mutable_groups()) {
      group.set_id(prefixed(group.id()));
      group.set_event_group_id(prefixed(group.event_group_id()));
      group.set_subject_entity(prefixed(group.subject_entity()));
      *merged.add_groups() = std::move(group);
    }
    for (ClaimSet& set : *report.mutable_claim_sets()) {
      *merged.add_claim_sets() = std::move(set);
    }
    Summary* total = merged.mutable_summary();
    const Summary& s = report.summary();
    total->set_documents(total->documents() + s.documents());
    total->set_claims(total->claims() + s.claims());
    total->set_event_groups(total->event_groups() + s.event_groups());
    total->set_agree(total->agree() + s.agree());
    total->set_conflict(total->conflict() + s.conflict());
    total->set_divergent(total->divergent() + s.divergent());
    total->set_single_source(total->single_source() + s.single_source());
  }
  for (const Skipped& skipped : index->skipped()) *merged.add_skipped() = skipped;
  return merged;
}

absl::StatusOr<BatchSummary> RunBatch(const BatchOptions& options) {
  BatchRun run(options);
  return run.Run();
}

}  // namespace xref
