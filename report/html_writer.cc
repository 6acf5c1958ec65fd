#include "report/html_writer.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "base/utf8.h"
#include "report/report_view.h"

namespace xref {
namespace {

constexpr absl::string_view kOutletColors[] = {
    "#2f6fdf", "#d9480f", "#7048e8", "#0c8599",
    "#c2255c", "#5c940d", "#e67700", "#495057",
};

std::string OutletColor(int doc_index) {
  if (doc_index < 0) return "#868e96";
  return std::string(kOutletColors[doc_index % (sizeof(kOutletColors) /
                                                sizeof(kOutletColors[0]))]);
}

void AppendEscapedValid(absl::string_view text, std::string* out) {
  for (char c : text) {
    switch (c) {
      case '&':
        out->append("&amp;");
        break;
      case '<':
        out->append("&lt;");
        break;
      case '>':
        out->append("&gt;");
        break;
      case '"':
        out->append("&quot;");
        break;
      case '\'':
        out->append("&#39;");
        break;
      case '\0':
        out->append("\xEF\xBF\xBD");
        break;
      default:
        out->push_back(c);
    }
  }
}

void AppendEscaped(absl::string_view text, std::string* out) {
  while (!text.empty()) {
    int64_t bad = FindInvalidUtf8(text);
    if (bad < 0) {
      AppendEscapedValid(text, out);
      return;
    }
    AppendEscapedValid(text.substr(0, bad), out);
    out->append("\xEF\xBF\xBD");
    text.remove_prefix(bad + 1);
  }
}

std::string Esc(absl::string_view text) { return HtmlEscape(text); }

// At most `max_chars` code points of `text`, with an ellipsis when cut.
std::string Truncate(absl::string_view text, int max_chars) {
  size_t pos = 0;
  int chars = 0;
  while (pos < text.size() && chars < max_chars) {
    ++pos;
    while (pos < text.size() &&
           (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
      ++pos;
    }
    ++chars;
  }
  if (pos >= text.size()) return std::string(text);
  return absl::StrCat(text.substr(0, pos), "\xE2\x80\xA6");
}

std::string DocAnchor(int doc_index) { return absl::StrCat("doc-", doc_index); }

std::string Capitalize(absl::string_view s) {
  std::string out(s);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] -= 'a' - 'A';
  return out;
}

constexpr absl::string_view kStyle = R"css(
:root{--ink:#1d2330;--muted:#5b6475;--line:#e3e6ec;--bg:#f6f7f9;--card:#fff;
--conflict:#c92a2a;--conflict-bg:#fdecec;--divergent:#b35c00;--divergent-bg:#fff3e0;
--agree:#1c7c45;--agree-bg:#e6f5ec;--single:#3659b3;--single-bg:#e8eefb;
--unspecified:#5b6475;--unspecified-bg:#eef0f3}
*{box-sizing:border-box}
html{scroll-behavior:smooth}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Noto Sans Arabic","Liberation Sans",sans-serif;-webkit-font-smoothing:antialiased}
a{color:#2556c4;text-decoration:none}a:hover{text-decoration:underline}
.wrap{max-width:1180px;margin:0 auto;padding:0 28px}
header.top{background:#151b28;color:#fff;padding:30px 0 26px}
header.top .kicker{margin:0;text-transform:uppercase;letter-spacing:.12em;font-size:12px;color:#9fb0cf;font-weight:600}
header.top h1{margin:6px 0 6px;font-size:30px;line-height:1.2;font-weight:700}
header.top .meta{margin:0;color:#b8c3d9;font-size:14px}
section{margin:34px 0}
h2{font-size:21px;margin:0 0 14px;display:flex;align-items:baseline;gap:10px}
h2 .count{font-size:14px;color:var(--muted);font-weight:500}
.note{color:var(--muted);font-size:14px;margin:-6px 0 14px}
ol.docs{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:12px}
ol.docs li{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 14px;border-top:4px solid var(--c)}
.doc .outlet{font-weight:650;color:var(--ink)}.doc time{color:var(--muted);font-size:13px;margin-left:6px;font-variant-numeric:tabular-nums}
.doc .title{font-size:14px;color:#323a4a;margin-top:3px}
.tiles{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}
.tile{display:block;border-radius:12px;padding:16px 18px;background:var(--card);border:1px solid var(--line);border-left:6px solid var(--k);color:var(--ink)}
.tile:hover{text-decoration:none;box-shadow:0 2px 10px rgba(20,30,50,.08)}
.tile .n{display:block;font-size:34px;font-weight:750;line-height:1.1;color:var(--k);font-variant-numeric:tabular-nums}
.tile .l{font-size:14px;color:var(--muted);font-weight:550}
.k-conflict{--k:var(--conflict)}.k-divergent{--k:var(--divergent)}.k-agree{--k:var(--agree)}.k-single{--k:var(--single)}
.facts{margin:10px 0 0;font-size:14px;color:var(--muted)}
.filters{position:sticky;top:0;z-index:5;background:rgba(246,247,249,.94);backdrop-filter:blur(6px);border-bottom:1px solid var(--line);padding:10px 0;margin:26px 0 0}
.filters .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:8px}
.filters .lab{font-size:13px;color:var(--muted);font-weight:600;margin-right:2px}
.fbtn{font:inherit;font-size:13px;border:1px solid var(--line);background:#fff;border-radius:999px;padding:4px 12px;cursor:pointer;color:var(--muted)}
.fbtn[aria-pressed=true]{background:var(--k);border-color:var(--k);color:#fff}
select{font:inherit;font-size:13px;padding:4px 8px;border-radius:8px;border:1px solid var(--line);background:#fff}
#shown{font-size:13px;color:var(--muted);margin-left:auto}
.sep{width:1px;height:20px;background:var(--line);margin:0 8px}
.card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:16px 18px 14px;margin:0 0 14px;border-left:6px solid var(--k);box-shadow:0 1px 2px rgba(20,30,50,.04)}
.card header{display:flex;align-items:center;gap:10px;flex-wrap:wrap}
.card h3{margin:0;font-size:17px;font-weight:650}
.card h3 .role{display:inline-block;margin-left:8px;font-size:12px;font-weight:650;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);background:var(--unspecified-bg);border-radius:6px;padding:2px 7px;vertical-align:2px}
.badge{font-size:12px;font-weight:700;text-transform:uppercase;letter-spacing:.06em;border-radius:6px;padding:3px 8px;color:var(--k);background:var(--kb)}
.v-conflict{--k:var(--conflict);--kb:var(--conflict-bg)}.v-divergent{--k:var(--divergent);--kb:var(--divergent-bg)}
.v-agree{--k:var(--agree);--kb:var(--agree-bg)}.v-single{--k:var(--single);--kb:var(--single-bg)}
.v-unspecified{--k:var(--unspecified);--kb:var(--unspecified-bg)}
.why{margin:6px 0 0;color:var(--muted);font-size:14px}
.values{display:grid;grid-template-columns:repeat(auto-fit,minmax(250px,1fr));gap:12px;margin-top:12px}
.value{background:#fafbfc;border:1px solid var(--line);border-radius:10px;padding:10px 12px}
.vlabel{font-weight:700;font-size:16px;margin-bottom:4px;color:var(--k);display:flex;align-items:baseline;gap:8px;flex-wrap:wrap}
.attributed{font-size:11px;font-weight:650;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);border:1px solid var(--line);border-radius:5px;padding:0 5px}
.support{padding:8px 0 4px;border-top:1px dashed var(--line)}
.support:first-of-type{border-top:0}
.who{font-size:13px;font-weight:650;display:flex;align-items:center;gap:6px}
.dot{width:9px;height:9px;border-radius:50%;background:var(--c);display:inline-block;flex:none}
blockquote{margin:4px 0 4px;padding:0;padding-inline-start:10px;border-inline-start:3px solid #cfd5df;font-family:Charter,"Iowan Old Style",Georgia,"Noto Serif","Noto Naskh Arabic",serif;font-size:15px;color:#2a3140}
blockquote a{color:inherit}blockquote a:hover{text-decoration:none;background:#f1f4fa}
blockquote mark{background:var(--kb);color:inherit;border-bottom:2px solid var(--k);padding:0 1px}
.attr{font-size:13px;color:var(--muted);display:flex;gap:6px;flex-wrap:wrap;align-items:center}
.chip{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.05em;border-radius:5px;padding:1px 6px;background:#f1e6ff;color:#6741d9}
.chip.m-alleged,.chip.m-hedged{background:#fff0f6;color:#a61e4d}.chip.m-denied,.chip.m-negated{background:#212529;color:#fff}
.card.v-single{padding:12px 16px 10px;margin-bottom:10px}
.card.v-single .values{display:block;margin-top:6px}
.card.v-single .value{background:none;border:0;padding:0}
.card.v-single .vlabel{font-size:15px;margin:0}
.card.v-single .support{padding:2px 0 0}
.card.v-single h3{font-size:16px}
.empty{color:var(--muted);font-style:italic;background:var(--card);border:1px dashed var(--line);border-radius:10px;padding:14px 18px}
.filtered-out{display:none}
.panel{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:18px}
.two{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:20px;align-items:start}
.two section{margin:0}
svg text{font-family:inherit}
table{border-collapse:collapse;width:100%;font-size:14px}
th{text-align:left;font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);border-bottom:2px solid var(--line);padding:6px 8px}
td{border-bottom:1px solid var(--line);padding:8px;vertical-align:top}
.alias{display:inline-block;background:var(--unspecified-bg);border-radius:6px;padding:1px 7px;margin:2px 4px 2px 0;font-size:13px}
.in{white-space:nowrap}
.alias.canon{background:#e3ecff;font-weight:650}
.article{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:22px 26px;margin:0 0 18px;border-top:5px solid var(--c)}
.article h3{margin:0;font-size:20px}
.article .ameta{color:var(--muted);font-size:14px;margin:2px 0 14px}
.abody{display:grid;grid-template-columns:minmax(0,72ch) minmax(220px,1fr);gap:36px;align-items:start}
.claims{position:sticky;top:64px;border-inline-start:1px solid var(--line);padding-inline-start:20px;font-size:13.5px}
.claims h4{margin:0 0 8px;font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.claims ol{list-style:none;margin:0;padding:0}
.claims li{display:flex;justify-content:space-between;gap:8px;padding:5px 0 5px 10px;border-left:3px solid var(--k);margin:0 0 4px;background:linear-gradient(90deg,var(--kb),transparent 85%);border-radius:0 4px 4px 0}
.claims li a{color:var(--ink)}.claims .crole{font-weight:650;color:var(--muted);text-transform:uppercase;font-size:11px;letter-spacing:.05em}
.claims .cv{font-size:11px;color:var(--k);font-weight:650;white-space:nowrap;padding-right:6px}
.article .text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Charter,"Iowan Old Style",Georgia,"Noto Serif","Noto Naskh Arabic",serif;font-size:16.5px;line-height:1.7}
.text .s{background:#f3f5f9;border-radius:2px}
.text mark{color:inherit;background:var(--kb);border-bottom:2px solid var(--k);border-radius:2px}
.text mark.o2{box-shadow:inset 0 -6px 0 rgba(0,0,0,.06)}
.anchor{scroll-margin-top:70px}
.anchor:target::before{content:"\25B6";color:var(--conflict);font-size:12px;margin-right:2px}
.legend{display:flex;gap:14px;flex-wrap:wrap;font-size:13px;color:var(--muted);margin:-4px 0 14px}
.legend mark{padding:0 6px;border-radius:3px;background:var(--kb);border-bottom:2px solid var(--k);color:var(--ink)}
.skipped li{font-size:14px;color:var(--muted)}
.top-link{font-size:13px;float:right}
footer{color:var(--muted);font-size:13px;padding:26px 0 40px;border-top:1px solid var(--line);margin-top:40px}
@media (max-width:820px){.tiles{grid-template-columns:repeat(2,1fr)}.two,.abody{grid-template-columns:1fr}.claims{position:static}}
@media print{.filters{display:none}}
)css";

constexpr absl::string_view kScript = R"js(
(function(){
var on={conflict:1,divergent:1,agree:1,single:1,unspecified:1},outlet='';
var cards=[].slice.call(document.querySelectorAll('.card'));
function apply(){var shown=0;
cards.forEach(function(c){var ok=on[c.dataset.verdict]&&(!outlet||(' '+c.dataset.docs+' ').indexOf(' '+outlet+' ')>=0);
c.classList.toggle('filtered-out',!ok);if(ok)shown++;});
[].forEach.call(document.querySelectorAll('section.groups'),function(s){
var n=s.querySelectorAll('.card:not(.filtered-out)').length,t=s.querySelectorAll('.card').length;
var f=s.querySelector('.none-shown');if(f)f.hidden=!(t>0&&n==0);});
var el=document.getElementById('shown');if(el)el.textContent=shown+' of '+cards.length+' groups shown';}
[].forEach.call(document.querySelectorAll('[data-filter-verdict]'),function(b){
b.addEventListener('click',function(){var v=b.getAttribute('data-filter-verdict');
if(on[v]){delete on[v];b.setAttribute('aria-pressed','false');}else{on[v]=1;b.setAttribute('aria-pressed','true');}apply();});});
var sel=document.getElementById('outlet-filter');
if(sel)sel.addEventListener('change',function(){outlet=sel.value;apply();});
var p=new URLSearchParams(location.search),v=p.get('verdict'),o=p.get('outlet');
if(v){on={};v.split(',').forEach(function(k){on[k]=1;});
[].forEach.call(document.querySelectorAll('[data-filter-verdict]'),function(b){
b.setAttribute('aria-pressed',on[b.getAttribute('data-filter-verdict')]?'true':'false');});}
if(o&&sel){sel.value=o;outlet=sel.value;}
apply();})();
)js";

class HtmlRenderer {
 public:
  explicit HtmlRenderer(const Report& report) : view_(report) {
    IndexAnchors();
  }

  std::string Render() {
    const Report& r = view_.report();
    const std::string title =
        r.title().empty() ? std::string("Discrepancy report") : r.title();
    absl::StrAppend(
        &out_,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
        "'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
        "<title>",
        Esc(title), "</title>\n<style>", kStyle, "</style>\n</head>\n<body>\n");
    absl::StrAppend(&out_,
                    "<header class=\"top\" id=\"top\"><div class=\"wrap\">"
                    "<p class=\"kicker\">xref &middot; discrepancy report</p>"
                    "<h1 dir=\"auto\">",
                    Esc(title), "</h1><p class=\"meta\">");
    std::vector<std::string> meta;
    meta.push_back(absl::StrCat(r.documents_size(), " documents"));
    if (r.summary().claims() > 0) {
      meta.push_back(absl::StrCat(r.summary().claims(), " claims"));
    }
    meta.push_back(absl::StrCat(r.events_size(), " events"));
    meta.push_back(absl::StrCat(r.groups_size(), " compared facts"));
    if (!r.generator().empty()) {
      meta.push_back(absl::StrCat("generated by ", Esc(r.generator())));
    }
    absl::StrAppend(&out_, absl::StrJoin(meta, " &middot; "),
                    "</p></div></header>\n");
    absl::StrAppend(&out_, "<main>\n<div class=\"wrap\">\n");
    Documents();
    SummaryTiles();
    absl::StrAppend(&out_, "</div>\n");
    Filters();
    absl::StrAppend(&out_, "<div class=\"wrap\">\n");
    for (ReportSection section :
         {ReportSection::kDiscrepancies, ReportSection::kAgreements,
          ReportSection::kSingleSource, ReportSection::kOther}) {
      Groups(section);
    }
    absl::StrAppend(&out_, "<div class=\"two\">\n");
    Matrix();
    Entities();
    absl::StrAppend(&out_, "</div>\n");
    Articles();
    Skipped();
    absl::StrAppend(&out_, "</div>\n</main>\n<footer><div class=\"wrap\">",
                    r.generator().empty() ? "xref" : Esc(r.generator()),
                    " &middot; self-contained report: no network access "
                    "needed.</div></footer>\n<script>",
                    kScript, "</script>\n</body>\n</html>\n");
    return std::move(out_);
  }

 private:
  struct Highlight {
    size_t begin;
    size_t end;
    bool is_value;
    Verdict verdict;
    std::string label;   // Tooltip for value spans.
    std::string anchor;  // Element id at `begin`, may be empty.
    std::string role;
    std::string value;
  };

  static std::string Key(absl::string_view doc, absl::string_view claim) {
    return absl::StrCat(doc, absl::string_view("\0", 1), claim);
  }

  void AddClaimHighlights(const std::string& doc_id, const Claim& claim,
                          absl::string_view label_value) {
    int di = view_.DocumentIndex(doc_id);
    if (di < 0) return;
    const std::string key = Key(doc_id, claim.id());
    if (!claim.id().empty() && anchors_.contains(key)) return;
    const std::string anchor =
        claim.id().empty()
            ? std::string()
            : absl::StrCat(DocAnchor(di), "-c", anchors_.size());
    if (!anchor.empty()) anchors_[key] = anchor;
    absl::string_view text = view_.report().documents(di).text();
    const Evidence& ev = claim.evidence();
    std::vector<Highlight>& list = highlights_[di];
    Verdict verdict = view_.ClaimVerdict(doc_id, claim.id());
    if (ev.has_sentence()) {
      auto [b, e] = ClampSpan(text, ev.sentence().begin(), ev.sentence().end());
      if (e > b) list.push_back({b, e, false, verdict, "", "", "", ""});
    }
    std::string label = absl::StrCat(claim.role().empty() ? "claim" : claim.role(),
                                      ": ", label_value);
    if (verdict != VERDICT_UNSPECIFIED) {
      absl::StrAppend(&label, " (", VerdictLabel(verdict), ")");
    }
    size_t vb = 0, ve = 0;
    if (ev.has_value() && ev.value().end() > ev.value().begin()) {
      std::tie(vb, ve) = ClampSpan(text, ev.value().begin(), ev.value().end());
    } else if (ev.has_sentence()) {
      std::tie(vb, ve) =
          ClampSpan(text, ev.sentence().begin(), ev.sentence().begin());
    }
    list.push_back({vb, ve, true, verdict, label, anchor,
                    claim.role().empty() ? "claim" : claim.role(),
                    std::string(label_value)});
  }

  void IndexAnchors() {
    const Report& r = view_.report();
    highlights_.resize(r.documents_size());
    for (const ClaimSet& set : r.claim_sets()) {
      for (const Claim& claim : set.claims()) {
        const std::string& doc_id = claim.evidence().doc_id().empty()
                                        ? set.document().id()
                                        : claim.evidence().doc_id();
        AddClaimHighlights(doc_id, claim, ValueLabel(claim.value()));
      }
    }
    for (const ClaimGroup& group : r.groups()) {
      for (const ValueSupport& value : group.values()) {
        for (const Support& support : value.support()) {
          Claim claim;
          claim.set_id(support.claim_id());
          claim.set_role(group.role());
          *claim.mutable_evidence() = view_.SupportEvidence(support);
          AddClaimHighlights(support.doc_id(), claim, ValueLabel(value.value()));
        }
      }
    }
  }

  void Documents() {
    const Report& r = view_.report();
    absl::StrAppend(&out_,
                    "<section id=\"documents\"><h2>Documents compared "
                    "<span class=\"count\">",
                    r.documents_size(), "</span></h2>\n");
    if (r.documents().empty()) {
      absl::StrAppend(&out_,
                      "<p class=\"empty\">No documents.</p></section>\n");
      return;
    }
    absl::StrAppend(&out_, "<ol class=\"docs\">\n");
    for (int i = 0; i < r.documents_size(); ++i) {
      const Document& doc = r.documents(i);
      absl::StrAppend(&out_, "<li class=\"doc\" style=\"--c:", OutletColor(i),
                      "\"><a class=\"outlet\" dir=\"auto\" href=\"#",
                      DocAnchor(i), "\">", Esc(view_.OutletName(doc.id())),
                      "</a>");
      if (!doc.published().empty()) {
        absl::StrAppend(&out_, "<time>", Esc(doc.published()), "</time>");
      }
      if (!doc.title().empty()) {
        absl::StrAppend(&out_, "<div class=\"title\" dir=\"auto\">",
                        Esc(doc.title()), "</div>");
      }
      absl::StrAppend(&out_, "</li>\n");
    }
    absl::StrAppend(&out_, "</ol></section>\n");
  }

  void SummaryTiles() {
    const Summary& s = view_.report().summary();
    struct Tile {
      absl::string_view key;
      int n;
      absl::string_view one;
      absl::string_view many;
      absl::string_view href;
    };
    const Tile tiles[] = {
        {"conflict", s.conflict(), "conflict", "conflicts", "#discrepancies"},
        {"divergent", s.divergent(), "divergent account", "divergent accounts",
         "#discrepancies"},
        {"agree", s.agree(), "agreement", "agreements", "#agreements"},
        {"single", s.single_source(), "single-source claim",
         "single-source claims", "#single-source"},
    };
    absl::StrAppend(&out_,
                    "<section id=\"summary\"><h2>Summary</h2>"
                    "<div class=\"tiles\">\n");
    for (const Tile& t : tiles) {
      absl::StrAppend(&out_, "<a class=\"tile k-", t.key, "\" href=\"", t.href,
                      "\" data-summary=\"", t.key, "\"><span class=\"n\">", t.n,
                      "</span><span class=\"l\">", t.n == 1 ? t.one : t.many,
                      "</span></a>\n");
    }
    absl::StrAppend(&out_, "</div><p class=\"facts\">", s.documents(),
                    " documents, ", s.claims(), " claims, ", s.event_groups(),
                    " events");
    if (s.skipped_inputs() > 0) {
      absl::StrAppend(&out_, ", <a href=\"#skipped\">", s.skipped_inputs(),
                      s.skipped_inputs() == 1 ? " input" : " inputs",
                      " skipped</a>");
    }
    absl::StrAppend(&out_, ".</p></section>\n");
  }

  void Filters() {
    absl::StrAppend(&out_,
                    "<nav class=\"filters\" id=\"filters\" aria-label=\"Filters\">"
                    "<div class=\"wrap\"><span class=\"lab\">Show</span>");
    const Verdict verdicts[] = {CONFLICT, DIVERGENT, AGREE, SINGLE_SOURCE};
    for (Verdict v : verdicts) {
      absl::StrAppend(&out_, "<button type=\"button\" class=\"fbtn k-",
                      VerdictKey(v), "\" data-filter-verdict=\"", VerdictKey(v),
                      "\" aria-pressed=\"true\">", Capitalize(VerdictLabel(v)),
                      "</button>");
    }
    absl::StrAppend(&out_,
                    "<span class=\"sep\"></span><label class=\"lab\" "
                    "for=\"outlet-filter\">Outlet</label><select "
                    "id=\"outlet-filter\"><option value=\"\">All outlets</option>");
    const Report& r = view_.report();
    for (int i = 0; i < r.documents_size(); ++i) {
      absl::StrAppend(&out_, "<option value=\"", DocAnchor(i), "\">",
                      Esc(Truncate(view_.OutletName(r.documents(i).id()), 48)),
                      "</option>");
    }
    absl::StrAppend(&out_,
                    "</select><span id=\"shown\"></span></div></nav>\n");
  }

  void Groups(ReportSection section) {
    std::vector<const ClaimGroup*> groups = view_.GroupsIn(section);
    if (section == ReportSection::kOther && groups.empty()) return;
    absl::string_view id = section == ReportSection::kDiscrepancies ? "discrepancies"
                           : section == ReportSection::kAgreements  ? "agreements"
                           : section == ReportSection::kSingleSource
                               ? "single-source"
                               : "unclassified";
    absl::StrAppend(&out_, "<section class=\"groups\" id=\"", id, "\"><h2>",
                    SectionTitle(section), " <span class=\"count\">",
                    groups.size(), "</span></h2>\n");
    if (section == ReportSection::kDiscrepancies) {
      absl::StrAppend(&out_,
                      "<p class=\"note\">Facts the outlets report differently: "
                      "conflicting single values, or different sets of "
                      "values.</p>\n");
    }
    if (groups.empty()) {
      absl::StrAppend(&out_, "<p class=\"empty\">None.</p>");
    } else {
      absl::StrAppend(&out_,
                      "<p class=\"empty none-shown\" hidden>No group matches the "
                      "filters.</p>\n");
    }
    for (const ClaimGroup* group : groups) Card(*group);
    absl::StrAppend(&out_, "</section>\n");
  }

  void Card(const ClaimGroup& group) {
    std::vector<std::string> docs;
    for (const std::string& d : view_.GroupDocuments(group)) {
      int di = view_.DocumentIndex(d);
      if (di >= 0) docs.push_back(DocAnchor(di));
    }
    const absl::string_view key = VerdictKey(group.verdict());
    absl::StrAppend(&out_, "<article class=\"card v-", key, "\" data-verdict=\"",
                    key, "\" data-docs=\"", absl::StrJoin(docs, " "), "\"");
    if (!group.id().empty()) {
      absl::StrAppend(&out_, " data-group=\"", Esc(group.id()), "\"");
    }
    absl::StrAppend(&out_, "><header><span class=\"badge\">",
                    VerdictLabel(group.verdict()),
                    "</span><h3><span dir=\"auto\">",
                    Esc(view_.GroupTitle(group)), "</span>");
    if (!group.role().empty()) {
      absl::StrAppend(&out_, "<span class=\"role\">", Esc(group.role()),
                      "</span>");
    }
    absl::StrAppend(&out_, "</h3></header>\n");
    if (!group.explanation().empty()) {
      absl::StrAppend(&out_, "<p class=\"why\" dir=\"auto\">",
                      Esc(group.explanation()), "</p>\n");
    }
    absl::StrAppend(&out_, "<div class=\"values\">\n");
    for (const ValueSupport& value : group.values()) {
      absl::StrAppend(&out_, "<div class=\"value\"><div class=\"vlabel\"><span dir=\"auto\">",
                      Esc(ValueLabel(value.value())), "</span>");
      if (value.attributed()) {
        absl::StrAppend(&out_,
                        "<span class=\"attributed\" title=\"Every outlet giving "
                        "this value reports someone else's claim\">attributed"
                        "</span>");
      }
      absl::StrAppend(&out_, "</div>\n");
      for (const Support& support : value.support()) SupportBlock(support);
      absl::StrAppend(&out_, "</div>\n");
    }
    absl::StrAppend(&out_, "</div></article>\n");
  }

  void SupportBlock(const Support& support) {
    const int di = view_.DocumentIndex(support.doc_id());
    const std::string outlet =
        support.outlet().empty() ? view_.OutletName(support.doc_id())
                                 : support.outlet();
    absl::StrAppend(&out_, "<div class=\"support\"><div class=\"who\" dir=\"auto\">"
                           "<span class=\"dot\" style=\"--c:",
                    OutletColor(di), "\"></span>", Esc(outlet), "</div>");
    QuoteParts quote = view_.Quote(support);
    if (!quote.before.empty() || !quote.value.empty() || !quote.after.empty()) {
      std::string href;
      auto it = anchors_.find(Key(support.doc_id(), support.claim_id()));
      if (it != anchors_.end()) {
        href = it->second;
      } else if (di >= 0) {
        href = DocAnchor(di);
      }
      absl::StrAppend(&out_, "<blockquote dir=\"auto\">");
      if (!href.empty()) {
        absl::StrAppend(&out_, "<a href=\"#", href,
                        "\" title=\"Show in the article\">");
      }
      absl::StrAppend(&out_, Esc(quote.before));
      if (!quote.value.empty()) {
        absl::StrAppend(&out_, "<mark>", Esc(quote.value), "</mark>");
      }
      absl::StrAppend(&out_, Esc(quote.after));
      if (!href.empty()) absl::StrAppend(&out_, "</a>");
      absl::StrAppend(&out_, "</blockquote>");
    }
    const std::string attribution = AttributionText(support.attribution());
    const absl::string_view modality = ModalityLabel(support.modality());
    if (!attribution.empty() || !modality.empty()) {
      absl::StrAppend(&out_, "<div class=\"attr\">");
      if (!attribution.empty()) {
        absl::StrAppend(&out_, "<span dir=\"auto\">", Esc(attribution),
                        "</span>");
      }
      if (!modality.empty()) {
        absl::StrAppend(&out_, "<span class=\"chip m-", modality, "\">",
                        modality, "</span>");
      }
      absl::StrAppend(&out_, "</div>");
    }
    absl::StrAppend(&out_, "</div>\n");
  }

  // Agreement buckets, from all differ to all agree: fill, ink, legend label.
  struct Bucket {
    absl::string_view fill;
    absl::string_view ink;
    absl::string_view label;
  };
  static constexpr Bucket kBuckets[] = {
      {"#d64541", "#ffffff", "none"},
      {"#e8833a", "#ffffff", "some"},
      {"#eec15a", "#3b2f00", "half"},
      {"#8cc9a0", "#0f3b22", "most"},
      {"#2b9a5e", "#ffffff", "all"},
  };

  static const Bucket& BucketFor(int agreed, int shared) {
    if (agreed <= 0) return kBuckets[0];
    if (agreed >= shared) return kBuckets[4];
    if (agreed * 4 >= shared * 3) return kBuckets[3];
    if (agreed * 2 >= shared) return kBuckets[2];
    return kBuckets[1];
  }

  void Matrix() {
    const Report& r = view_.report();
    absl::StrAppend(&out_,
                    "<section id=\"matrix\"><h2>Agreement between outlets</h2>"
                    "<p class=\"note\">Each cell: of the facts both outlets "
                    "report, how many they agree on.</p><div class=\"panel\">");
    const int n = r.documents_size();
    absl::flat_hash_map<std::pair<int, int>, const AgreementCell*> cells;
    for (const AgreementCell& cell : r.agreement()) {
      int a = view_.DocumentIndex(cell.row_doc());
      int b = view_.DocumentIndex(cell.col_doc());
      if (a < 0 || b < 0) continue;
      cells[{a, b}] = &cell;
      cells.try_emplace({b, a}, &cell);
    }
    if (n == 0) {
      absl::StrAppend(&out_,
                      "<p class=\"empty\">No documents to compare.</p></div>"
                      "</section>\n");
      return;
    }
    const int cell = n <= 4 ? 62 : n <= 8 ? 48 : 30;
    const int left = 200, top = 24;
    const int grid = n * cell;
    const int legend_w = std::max(grid, 5 * 56);
    const int width = left + std::max(grid, legend_w) + 8;
    const int height = top + grid + 58;
    absl::StrAppend(&out_, "<svg id=\"agreement-matrix\" role=\"img\" "
                           "aria-label=\"Outlet by outlet agreement\" viewBox=\"0 0 ",
                    width, " ", height, "\" width=\"100%\" style=\"max-width:",
                    width * 5 / 4, "px\" xmlns=\"http://www.w3.org/2000/svg\">");
    for (int i = 0; i < n; ++i) {
      const std::string name = view_.OutletName(r.documents(i).id());
      absl::StrAppend(&out_, "<text x=\"", left - 10, "\" y=\"",
                      top + i * cell + cell / 2 + 4,
                      "\" text-anchor=\"end\" font-size=\"12\" fill=\"#323a4a\">",
                      Esc(Truncate(name, 22)), " <tspan font-weight=\"700\" fill=\"",
                      OutletColor(i), "\">", i + 1, "</tspan><title>", Esc(name),
                      "</title></text>");
      absl::StrAppend(&out_, "<text x=\"", left + i * cell + cell / 2, "\" y=\"",
                      top - 8,
                      "\" text-anchor=\"middle\" font-size=\"12\" "
                      "font-weight=\"700\" fill=\"",
                      OutletColor(i), "\">", i + 1, "<title>", Esc(name),
                      "</title></text>");
    }
    for (int i = 0; i < n; ++i) {
      for (int j = 0; j < n; ++j) {
        const int x = left + j * cell, y = top + i * cell;
        const std::string a = view_.OutletName(r.documents(i).id());
        const std::string b = view_.OutletName(r.documents(j).id());
        absl::string_view fill = "#eef0f3", ink = "#8a93a3";
        std::string label, tip;
        auto it = cells.find({i, j});
        if (i == j) {
          label = "\xE2\x80\x94";
          tip = a;
        } else if (it == cells.end() || it->second->shared() <= 0) {
          label = "\xC2\xB7";
          tip = absl::StrCat(a, " and ", b, ": no fact reported by both");
        } else {
          const AgreementCell& c = *it->second;
          const Bucket& bucket = BucketFor(c.agreed(), c.shared());
          fill = bucket.fill;
          ink = bucket.ink;
          label = absl::StrCat(c.agreed(), "/", c.shared());
          tip = absl::StrCat(a, " and ", b, ": agree on ", c.agreed(), " of ",
                             c.shared(), " shared facts");
        }
        absl::StrAppend(&out_, "<g class=\"cell\"><rect x=\"", x + 2, "\" y=\"",
                        y + 2, "\" width=\"", cell - 4, "\" height=\"", cell - 4,
                        "\" rx=\"6\" fill=\"", fill, "\"/><text x=\"",
                        x + cell / 2, "\" y=\"", y + cell / 2 + 4,
                        "\" text-anchor=\"middle\" font-size=\"",
                        cell >= 48 ? 13 : 10, "\" font-weight=\"650\" fill=\"",
                        ink, "\">", label, "</text><title>", Esc(tip),
                        "</title></g>");
      }
    }
    const int ly = top + grid + 16;
    const int sw = legend_w / 5;
    for (int k = 0; k < 5; ++k) {
      absl::StrAppend(&out_, "<rect x=\"", left + k * sw + 2, "\" y=\"", ly,
                      "\" width=\"", sw - 4, "\" height=\"10\" rx=\"3\" fill=\"",
                      kBuckets[k].fill, "\"/><text x=\"", left + k * sw + sw / 2,
                      "\" y=\"", ly + 26,
                      "\" text-anchor=\"middle\" font-size=\"11\" "
                      "fill=\"#5b6475\">",
                      kBuckets[k].label, "</text>");
    }
    absl::StrAppend(&out_, "<text x=\"", left - 10, "\" y=\"", ly + 9,
                    "\" text-anchor=\"end\" font-size=\"11\" fill=\"#5b6475\">"
                    "agree on</text></svg></div></section>\n");
  }

  void Entities() {
    const Report& r = view_.report();
    std::vector<const Entity*> merged;
    int single = 0;
    for (const Entity& e : r.entities()) {
      if (e.aliases_size() >= 2) {
        merged.push_back(&e);
      } else {
        ++single;
      }
    }
    absl::StrAppend(&out_,
                    "<section id=\"entities\"><h2>Merged spellings "
                    "<span class=\"count\">",
                    merged.size(), "</span></h2><p class=\"note\">Names written "
                    "differently across or within articles, treated as one.");
    if (single > 0) {
      absl::StrAppend(&out_, " ", single, single == 1 ? " other entity appears"
                                                      : " other entities appear",
                      " under a single spelling.");
    }
    absl::StrAppend(&out_, "</p><div class=\"panel\">");
    if (merged.empty()) {
      absl::StrAppend(&out_,
                      "<p class=\"empty\">No spellings were merged.</p></div>"
                      "</section>\n");
      return;
    }
    absl::StrAppend(&out_,
                    "<table><thead><tr><th>Entity</th><th>Spellings</th>"
                    "<th>In</th></tr></thead><tbody>\n");
    for (const Entity* e : merged) {
      absl::StrAppend(&out_, "<tr><td dir=\"auto\"><strong>", Esc(e->canonical()),
                      "</strong>");
      if (e->type() != ENTITY_TYPE_UNSPECIFIED) {
        std::string type = EntityType_Name(e->type());
        for (size_t i = 1; i < type.size(); ++i) type[i] = tolower(type[i]);
        absl::StrAppend(&out_, "<br><small style=\"color:var(--muted)\">",
                        Esc(type), "</small>");
      }
      absl::StrAppend(&out_, "</td><td>");
      for (const std::string& alias : e->aliases()) {
        absl::StrAppend(&out_, "<span class=\"alias",
                        alias == e->canonical() ? " canon" : "",
                        "\" dir=\"auto\">", Esc(alias), "</span>");
      }
      absl::StrAppend(&out_, "</td><td class=\"in\">");
      for (const std::string& d : e->documents()) {
        int di = view_.DocumentIndex(d);
        absl::StrAppend(&out_, "<span class=\"dot\" style=\"--c:",
                        OutletColor(di), "\" title=\"",
                        Esc(view_.OutletName(d)), "\"></span> ");
      }
      absl::StrAppend(&out_, "</td></tr>\n");
    }
    absl::StrAppend(&out_, "</tbody></table></div></section>\n");
  }

  void ArticleText(int di) {
    absl::string_view text = view_.report().documents(di).text();
    std::vector<Highlight>& spans = highlights_[di];
    std::vector<size_t> cuts = {0, text.size()};
    for (const Highlight& h : spans) {
      cuts.push_back(h.begin);
      cuts.push_back(h.end);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::vector<size_t> by_begin(spans.size());
    for (size_t i = 0; i < spans.size(); ++i) by_begin[i] = i;
    std::stable_sort(by_begin.begin(), by_begin.end(), [&](size_t a, size_t b) {
      return spans[a].begin < spans[b].begin;
    });
    std::vector<size_t> active;
    size_t next = 0;
    for (size_t c = 0; c < cuts.size(); ++c) {
      const size_t pos = cuts[c];
      active.erase(std::remove_if(active.begin(), active.end(),
                                  [&](size_t i) { return spans[i].end <= pos; }),
                   active.end());
      while (next < by_begin.size() && spans[by_begin[next]].begin == pos) {
        const Highlight& h = spans[by_begin[next]];
        if (!h.anchor.empty()) {
          absl::StrAppend(&out_, "<span class=\"anchor\" id=\"", h.anchor,
                          "\"></span>");
        }
        if (h.end > h.begin) active.push_back(by_begin[next]);
        ++next;
      }
      if (c + 1 >= cuts.size()) break;
      const size_t end = cuts[c + 1];
      bool sentence = false;
      int values = 0;
      Verdict verdict = VERDICT_UNSPECIFIED;
      std::vector<absl::string_view> labels;
      for (size_t i : active) {
        const Highlight& h = spans[i];
        if (!h.is_value) {
          sentence = true;
          continue;
        }
        ++values;
        if (std::find(labels.begin(), labels.end(), h.label) == labels.end()) {
          labels.push_back(h.label);
        }
        if (verdict == VERDICT_UNSPECIFIED || h.verdict == CONFLICT ||
            (h.verdict == DIVERGENT && verdict != CONFLICT)) {
          verdict = h.verdict == VERDICT_UNSPECIFIED ? verdict : h.verdict;
        }
      }
      absl::string_view piece = text.substr(pos, end - pos);
      if (values > 0) {
        absl::StrAppend(&out_, "<mark class=\"v-", VerdictKey(verdict),
                        values > 1 ? " o2" : "", "\" title=\"",
                        Esc(absl::StrJoin(labels, "; ")), "\">");
        AppendEscaped(piece, &out_);
        absl::StrAppend(&out_, "</mark>");
      } else if (sentence) {
        absl::StrAppend(&out_, "<span class=\"s\">");
        AppendEscaped(piece, &out_);
        absl::StrAppend(&out_, "</span>");
      } else {
        AppendEscaped(piece, &out_);
      }
    }
  }

  // The claims of article `di` in text order, each linking to its place.
  void ClaimList(int di) {
    std::vector<const Highlight*> claims;
    for (const Highlight& h : highlights_[di]) {
      if (h.is_value && !h.anchor.empty()) claims.push_back(&h);
    }
    std::stable_sort(claims.begin(), claims.end(),
                     [](const Highlight* a, const Highlight* b) {
                       return a->begin < b->begin;
                     });
    absl::StrAppend(&out_, "<aside class=\"claims\"><h4>Claims in this article "
                           "<span class=\"count\">",
                    claims.size(), "</span></h4>");
    if (claims.empty()) {
      absl::StrAppend(&out_, "<p class=\"note\">None extracted.</p></aside>");
      return;
    }
    absl::StrAppend(&out_, "<ol>");
    for (const Highlight* h : claims) {
      absl::StrAppend(&out_, "<li class=\"v-", VerdictKey(h->verdict),
                      "\"><a href=\"#", h->anchor, "\"><span class=\"crole\">",
                      Esc(h->role), "</span> <span dir=\"auto\">",
                      Esc(h->value), "</span></a><span class=\"cv\">",
                      h->verdict == VERDICT_UNSPECIFIED
                          ? absl::string_view("not compared")
                          : VerdictLabel(h->verdict),
                      "</span></li>");
    }
    absl::StrAppend(&out_, "</ol></aside>");
  }

  void Articles() {
    const Report& r = view_.report();
    absl::StrAppend(&out_,
                    "<section id=\"articles\"><h2>Articles</h2><div "
                    "class=\"legend\"><span>Highlighted claims:</span>");
    for (Verdict v : {CONFLICT, DIVERGENT, AGREE, SINGLE_SOURCE}) {
      absl::StrAppend(&out_, "<span><mark class=\"v-", VerdictKey(v), "\">",
                      VerdictLabel(v), "</mark></span>");
    }
    absl::StrAppend(&out_,
                    "<span><mark class=\"v-unspecified\">not compared</mark>"
                    "</span></div>\n");
    for (int i = 0; i < r.documents_size(); ++i) {
      const Document& doc = r.documents(i);
      absl::StrAppend(&out_, "<article class=\"article\" id=\"", DocAnchor(i),
                      "\" style=\"--c:", OutletColor(i),
                      "\"><a class=\"top-link\" href=\"#top\">back to top</a>"
                      "<h3 dir=\"auto\">",
                      Esc(doc.title().empty() ? view_.OutletName(doc.id())
                                              : doc.title()),
                      "</h3><p class=\"ameta\" dir=\"auto\">",
                      Esc(view_.OutletName(doc.id())));
      if (!doc.published().empty()) {
        absl::StrAppend(&out_, " &middot; ", Esc(doc.published()));
      }
      if (absl::StartsWith(doc.url(), "https://") ||
          absl::StartsWith(doc.url(), "http://")) {
        absl::StrAppend(&out_, " &middot; <a href=\"", Esc(doc.url()),
                        "\" rel=\"noreferrer noopener\">original</a>");
      }
      absl::StrAppend(&out_,
                      "</p><div class=\"abody\"><div class=\"text\" dir=\"auto\">");
      if (doc.text().empty()) {
        absl::StrAppend(&out_, "<em>(text not included in the report)</em>");
      } else {
        ArticleText(i);
      }
      absl::StrAppend(&out_, "</div>");
      ClaimList(i);
      absl::StrAppend(&out_, "</div></article>\n");
    }
    absl::StrAppend(&out_, "</section>\n");
  }

  void Skipped() {
    const Report& r = view_.report();
    if (r.skipped().empty()) return;
    absl::StrAppend(&out_,
                    "<section id=\"skipped\"><h2>Skipped inputs <span "
                    "class=\"count\">",
                    r.skipped_size(), "</span></h2><ul class=\"skipped\">");
    for (const xref::Skipped& s : r.skipped()) {
      absl::StrAppend(&out_, "<li><code dir=\"auto\">", Esc(s.source()),
                      "</code>: <span dir=\"auto\">", Esc(s.reason()),
                      "</span></li>");
    }
    absl::StrAppend(&out_, "</ul></section>\n");
  }

  ReportView view_;
  std::string out_;
  absl::flat_hash_map<std::string, std::string> anchors_;
  std::vector<std::vector<Highlight>> highlights_;
};

}  // namespace

std::string HtmlEscape(absl::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  AppendEscaped(text, &out);
  return out;
}

absl::string_view ReportStyleSheet() { return kStyle; }

std::string RenderHtml(const Report& report) {
  return HtmlRenderer(report).Render();
}

}  // namespace xref
