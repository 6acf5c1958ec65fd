#include "claims/attribution.h"

#include <algorithm>
#include <optional>

#include "absl/container/inlined_vector.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "base/re2_adapter.h"

namespace xref {
namespace {

int Rank(Modality m) {
  switch (m) {
    case NEGATED: return 6;
    case DENIED: return 5;
    case ALLEGED: return 4;
    case HEDGED: return 3;
    case REPORTED: return 2;
    case ASSERTED: return 1;
    default: return 0;
  }
}

}  // namespace

std::string CleanAttributionSource(absl::string_view s) {
  std::string out(absl::StripAsciiWhitespace(s));
  while (!out.empty() && (out.back() == ',' || out.back() == '.')) out.pop_back();
  // Lower-case a leading common word ("Some media", "Security officials"),
  // keep names ("Iraq's judiciary", "Sajad Jiyad").
  size_t space = out.find(' ');
  bool next_is_name = space != std::string::npos && space + 4 < out.size() &&
                      out[space + 3] == '-' &&
                      absl::ascii_isupper(out[space + 4]);
  // Not an acronym or a name with a capital inside ("U.S. officials",
  // "UN monitors", "McKinsey analysts").
  const bool capital_inside =
      space != std::string::npos &&
      std::any_of(out.begin() + 1, out.begin() + space,
                  [](char c) { return absl::ascii_isupper(c); });
  const absl::string_view first_word =
      absl::string_view(out).substr(0, space == std::string::npos ? out.size() : space);
  if (space != std::string::npos &&
      (first_word == "The" || first_word == "A" || first_word == "An")) {
    out[0] = absl::ascii_tolower(out[0]);  // "The State Security Service".
  } else if (space != std::string::npos && space + 1 < out.size() &&
             absl::ascii_islower(out[space + 1]) && !next_is_name && !capital_inside &&
             out.substr(0, space).find('\'') == std::string::npos) {
    out[0] = absl::ascii_tolower(out[0]);
  } else if (space == std::string::npos && !out.empty()) {
    static const char* const kCommon[] = {
        "Officials",  "Analysts",   "Experts",       "Police",       "Rumors",
        "Rumours",    "Sources",    "Witnesses",     "Residents",    "Villagers",
        "Survivors",  "Organisers", "Organizers",    "Protesters",   "Demonstrators",
        "Students",   "Workers",    "Volunteers",    "Supporters",   "Rebels",
        "Militants",  "Insurgents", "Neighbours",    "Neighbors",    "Doctors",
        "Medics",     "Relatives",  "Activists",     "Lawyers",      "Prosecutors",
        "Diplomats",  "Critics",    "Investigators", "Campaigners",  "Authorities"};
    for (const char* w : kCommon) {
      if (out == w) out[0] = absl::ascii_tolower(out[0]);
    }
  }
  return out;
}

SourcePronoun SourcePronounOf(absl::string_view source_text) {
  if (absl::EqualsIgnoreCase(source_text, "he") || absl::EqualsIgnoreCase(source_text, "she")) {
    return SourcePronoun::kPerson;
  }
  if (absl::EqualsIgnoreCase(source_text, "it")) return SourcePronoun::kBody;
  if (absl::EqualsIgnoreCase(source_text, "they")) return SourcePronoun::kGroup;
  return SourcePronoun::kNone;
}

AttributionMatch FindAttribution(const RuleSet& rules, absl::string_view text,
                                 TextRange sentence) {
  return FindAttribution(
      rules, text, sentence,
      rules.MatchAttributions(text.substr(sentence.begin, sentence.end - sentence.begin)));
}

AttributionMatch FindAttribution(const RuleSet& rules, absl::string_view text,
                                 TextRange sentence,
                                 const std::vector<int>& candidates) {
  AttributionMatch result;
  // A source in an "as" clause ("..., as the ministry announced, ...")
  // speaks for the sentence only when no other source does: the first
  // such match, kept until the others are tried.
  std::optional<AttributionMatch> in_as_clause;
  absl::string_view s = text.substr(sentence.begin, sentence.end - sentence.begin);
  for (int index : candidates) {
    const RuleSet::CompiledAttribution& a = rules.attributions()[index];
    const RE2& re = *a.re;
    int n = re.NumberOfCapturingGroups() + 1;
    absl::InlinedVector<re2::StringPiece, 8> groups(n);
    // A match whose source speaks for a clause of its own is passed over,
    // and the rule tried again after it ("..., which police had alleged,
    // his lawyer said").
    for (size_t from = 0; from < s.size();) {
      if (!MatchGroups(re, a.ascii_groups.get(), a.ascii_split.get(), s, from, s.size(),
                       groups.data(), n)) {
        break;
      }
      from = std::max(from + 1,
                      static_cast<size_t>(groups[0].data() - s.data()) + groups[0].size());
      re2::StringPiece source = groups[a.source_group];
      bool as_clause = false;
      if (source.data() != nullptr) {
        // Not the conjunction that opens the source's clause ("..., and the
        // party says"), nor an auxiliary of its cue ("(AuS) had claimed").
        absl::string_view v = ToView(source);
        for (absl::string_view joint :
             {"and ", "but ", "while ", "as ", "And ", "But ", "While ", "As "}) {
          if (absl::StartsWith(v, joint) && v.size() > joint.size()) v.remove_prefix(joint.size());
        }
        // An "as" before the source, stripped above or not ("..., as the
        // ministry announced").
        static const RE2* const kAsBefore = new RE2("(?:^|\\W)(?:as|As)\\s+$");
        as_clause = RE2::PartialMatch(ToPiece(s.substr(0, v.data() - s.data())), *kAsBefore);
        for (absl::string_view aux : {" had", " has", " have"}) {
          if (absl::EndsWith(v, aux)) v.remove_suffix(aux.size());
        }
        // Nor the end of a live blog's time stamp ("17:50 - Witnesses say",
        // "- Witnesses say"), nor a report's section number ("4.4 Three
        // witnesses state").
        static const RE2* const kStamp =
            new RE2("(?:[0-9][0-9:.]*\\s*)?[-\\x{2013}\\x{2014}]\\s+");
        re2::StringPiece stamp = ToPiece(v);
        if (RE2::Consume(&stamp, *kStamp) && !stamp.empty()) {
          v = ToView(stamp);
        } else if (const size_t section = SectionNumberLength(v); section > 0) {
          v.remove_prefix(section);
        }
        if (v == "had" || v == "has" || v == "have") continue;
        // Nor words up to a relative pronoun ("a warrant that accuses them
        // of"), a phrase a preposition or a participle with its preposition
        // opens (", under the Act, accuses them", ", filed by police,
        // accuses"), nor the words after a teller's verb (", says the
        // charge sheet accuses him"): none of them is who speaks.
        static const RE2* const kNotASource = new RE2(
            "(?:.*\\s)?(?:that|which|who)|"
            "(?:(?:[a-z]+ed|brought|made|held|sent|laid|written|given|taken)\\s+)?"
            "(?:under|in|on|for|with|from|by|during|at|against)\\s.*|"
            "(?:says|said|told|tells|adds|added)\\s.*");
        if (RE2::FullMatch(ToPiece(v), *kNotASource) && !absl::StartsWith(v, "at least")) {
          continue;
        }
        // Nor a time told before the source ("On 3 May the council
        // announced", "In May 2025 the ministry said", "Yesterday police
        // said"): the source starts after it, with a determiner or a word
        // in lower case ("May Thu said" keeps its name).
        static const RE2* const kTimeBefore = new RE2(
            "(?:(?:[Oo]n|[Ii]n|[Bb]y|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate)\\s+)?"
            "(?:(?:\\d{1,4}(?:st|nd|rd|th)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
            "January|February|March|April|May|June|July|August|September|October|"
            "November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|"
            "Yesterday|Today|Tonight|Earlier|Later|morning|afternoon|evening|night|"
            "week|month|year),?\\s+){1,4}");
        re2::StringPiece after_time = ToPiece(v);
        if (RE2::Consume(&after_time, *kTimeBefore) && !after_time.empty() &&
            (absl::ascii_islower(after_time[0]) || absl::StartsWith(ToView(after_time), "The ") ||
             absl::StartsWith(ToView(after_time), "A ") ||
             absl::StartsWith(ToView(after_time), "An "))) {
          v = ToView(after_time);
        }
        source = ToPiece(v);
        // A source inside a clause of time or cause ("the court freed him
        // after the police told it that ...") or inside a relative clause on a
        // thing ("over wages, which officials say have been paid") speaks for
        // that clause only, not for the sentence the outlet tells.
        // The rule's source may have taken in the words before the clause
        // ("Monday after the prosecutor").
        static constexpr absl::string_view kSubordinators =
            "(?i)\\b(?:after|before|when|until|because|since|once|although|though|which)\\s+";
        static const RE2* const kSubordinate =
            new RE2(absl::StrCat(kSubordinators, "(?:the\\s+|a\\s+|an\\s+)?$"));
        static const RE2* const kSubordinateInside =
            new RE2(absl::StrCat(kSubordinators, "\\S"));
        if (RE2::PartialMatch(ToPiece(s.substr(0, source.data() - s.data())), *kSubordinate) ||
            RE2::PartialMatch(source, *kSubordinateInside)) {
          continue;
        }
        // Nor a source that holds a telling of its own ("..., told the
        // paper that officers had accused her"): its words after "that"
        // are what the teller says someone did, and the teller is found by
        // a rule of its own.
        static const RE2* const kTellingInside =
            new RE2("\\b(?:told|tells|said|says|say)\\b[^,;]*\\bthat\\s");
        if (RE2::PartialMatch(source, *kTellingInside)) continue;
        // A source from its "of" on is the tail of a longer one: the name
        // before it is the head ("the Special Investigation Unit (SIU) of
        // the police announced", "Inspector Mara Voss of the Harbour Police
        // told"); without one, a later rule may find the source.
        if (absl::StartsWith(ToView(source), "of ")) {
          static const RE2* const kNameBefore = new RE2(
              "((?:(?:[Tt]he|[Aa]n?)\\s+)?(?:[A-Z][\\w'.-]*\\s+){1,5}(?:\\([A-Z]{2,8}\\)\\s+)?)$");
          re2::StringPiece head;
          if (!RE2::PartialMatch(ToPiece(s.substr(0, source.data() - s.data())), *kNameBefore,
                                 &head)) {
            continue;
          }
          source = re2::StringPiece(head.data(), source.data() + source.size() - head.data());
        }
      }
      std::string cue = a.cue;
      if (a.cue_group >= 0 && groups[a.cue_group].data() != nullptr) {
        cue = std::string(ToView(groups[a.cue_group]));
        // A cue its words after make no speech (CueRule: "added a charge").
        const size_t after = groups[a.cue_group].data() - s.data() + groups[a.cue_group].size();
        if (rules.CueIsNoSpeech(cue, s.substr(after))) continue;
        const int64_t b = groups[a.cue_group].data() - s.data() + sentence.begin;
        result.cue_range = {b, b + static_cast<int64_t>(groups[a.cue_group].size())};
      }
      result.found = true;
      if (source.data() != nullptr && !source.empty()) {
        // An office named, then the person who holds it set off by commas
        // ("the Attorney General, Omar Haddad, told reporters"): both.
        static const RE2* const kNamedAfter =
            new RE2("^,\\s+((?:[A-Z][\\w'-]+\\s+){1,3}[A-Z][\\w'-]+),");
        re2::StringPiece holder;
        const size_t source_end = source.data() - s.data() + source.size();
        std::string named_source;
        if (source_end < s.size() &&
            RE2::PartialMatch(ToPiece(s.substr(source_end)), *kNamedAfter, &holder) &&
            a.cue_group >= 0 && groups[a.cue_group].data() != nullptr &&
            holder.data() + holder.size() <= groups[a.cue_group].data()) {
          named_source = absl::StrCat(ToView(source), " ", ToView(holder));
          source = re2::StringPiece(source.data(), holder.data() + holder.size() - source.data());
        }
        int64_t b = source.data() - s.data() + sentence.begin;
        result.source = {b, b + static_cast<int64_t>(source.size())};
        result.source_text =
            CleanAttributionSource(named_source.empty() ? ToView(source) : named_source);
      } else {
        result.source = {sentence.begin, sentence.begin};
      }
      result.cue = absl::AsciiStrToLower(cue);
      result.modality = static_cast<Modality>(a.modality);
      result.source_acts = a.source_acts;
      result.source_claims = absl::StartsWith(result.cue, "claim");
      result.source_accuses = absl::StartsWith(result.cue, "blam") ||
                              absl::StartsWith(result.cue, "accus") ||
                              absl::StartsWith(result.cue, "attribut");
      if (!as_clause) return result;
      if (!in_as_clause.has_value()) in_as_clause = result;
      result = AttributionMatch();
    }
  }
  return in_as_clause.has_value() ? *in_as_clause : result;
}

Modality FindModality(const RuleSet& rules, absl::string_view text,
                      TextRange sentence, TextRange trigger, bool attributed) {
  return SentenceModality(rules, text, sentence).For(trigger, attributed);
}

Modality SentenceModality::For(TextRange trigger, bool attributed) {
  if (!sentence_done_) {
    auto take = [&](const RuleSet::CompiledModality& m) {
      Modality mod = static_cast<Modality>(m.modality);
      if (Rank(mod) > Rank(sentence_best_)) sentence_best_ = mod;
    };
    if (sentence_rules_ != nullptr) {
      for (int i : *sentence_rules_) take(rules_.modalities()[i]);
    } else {
      absl::string_view s =
          text_.substr(sentence_.begin, sentence_.end - sentence_.begin);
      for (const RuleSet::CompiledModality& m : rules_.modalities()) {
        if (m.window <= 0 && RE2::PartialMatch(ToPiece(s), *m.re)) take(m);
      }
    }
    sentence_done_ = true;
  }
  Modality best = attributed ? REPORTED : ASSERTED;
  if (Rank(sentence_best_) > Rank(best)) best = sentence_best_;
  for (const RuleSet::CompiledModality& m : rules_.modalities()) {
    if (m.window <= 0) continue;
    int64_t from = std::max<int64_t>(sentence_.begin, trigger.begin - m.window);
    absl::string_view before = text_.substr(from, trigger.begin - from);
    Modality mod = static_cast<Modality>(m.modality);
    if (Rank(mod) > Rank(best) && m.guard.MayMatch(before) &&
        RE2::PartialMatch(ToPiece(before), *m.re)) {
      best = mod;
    }
  }
  return best;
}

}  // namespace xref
