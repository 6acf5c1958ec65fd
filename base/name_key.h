// Transliteration-aware name keys: decide whether two spellings of a personal,
// organisation or place name written in Latin script from Arabic, Persian,
// Russian, Chinese or a South Slavic language are the same name.
//
// A name of a hyphenated given name and a family name ("Seo-yeon Hwang") is
// read family name first (WritesGivenNameFirst). A name is split into
// tokens (space, hyphen; apostrophes dropped; a
// ministry or department named "Ministry of X Affairs" or "Department of
// X" is read as "X Ministry", "X Department"), particles
// ("al", "el" and hyphen-attached "ad", "an", "ar", "as", "ash", "at", "az",
// and "ul", "ud", "ur", "us", "uz" as Urdu and Persian names write the
// article) are removed, so are the words that mark a father's name
// between two others ("binti", "a/l", "a/p", "s/o", "d/o": "Muthu a/l
// Raman" = "Muthu Raman"; not "bin", part of Arabic family names), and so
// is a company's legal form after two or more
// words ("Corporation", "Corp.", "Ltd", "Inc"), a word written short before
// another ("St.", "Sto.", "Mt."; "Mohd.", "Md.", "Wm.") is read as the word
// it stands for ("Saint", "Santo", "Mount"; "Muhammad", "William"), and each token
// is reduced to a *light form*: lower case, Latin accents and combining
// diacritics dropped (LatinBaseLetters: "Sánchez" -> "sanchez", "ß" -> "ss",
// "Tường" -> "tuong", "Adébáyọ̀" -> "adebayo"), a word in the Indonesian and Malay spelling of
// before 1972 (with "dj" or "tj", or "oe" before a consonant) read in
// today's (dj -> j, tj -> c, another j -> y, oe -> u: "Soedarmadji" =
// "Sudarmaji", "Tjokrosuwirjo" = "Cokrosuwiryo"; French "Djamel" = "Jamel"),
// digraphs folded (ph->f, kh->x, dh->d, th->t, gh->g, sh->s, ch/chh/tch/tsch->j,
// ts/tz->z, qh->q, cq->q, x->ks (but x at a word's start before a, e or o ->x,
// the kh of Kurdish, Uzbek and Azeri Latin: "Xalid" = "Khalid"; not before
// i or u, Pinyin's x; and any x of a word written with ê, î or û, Kurdish
// Latin: "Şêxmûs" = "Sheikhmus"), ck->k, c before e, i or y -> s as French
// and Spanish write it ("Youcef" = "Youssef"); names of Slavic surnames read some of
// these otherwise: `Spelling`), a word-initial ou before a vowel -> w
// ("Oualid" = "Walid"), a word-initial j before u or e -> y in words of
// five letters or more ("Julia" = "Yuliya", "Jelena" = "Yelena"; "Jung" /
// "Yung", "Jang" / "Yang" stay apart) and so is a word-initial zh there in
// words of six letters or more, which Central Asian Latin writes j
// ("Zhumabaev" = "Jumabaev"; not in South Slavic spelling), a word-initial
// hua or gua -> wa in words of six letters or more (Quechua and Mayan names: "Huamán" =
// "Guamán" = "Waman"; "Huang" / "Wang" stay apart), ou/oo->u, ee->i, w after a vowel before a
// consonant ->u, a final h after a vowel dropped, doubled letters collapsed;
// a word ending in "at" before another word loses its t (the Arabic
// construct state: "Sarayat al-Nour" = "Saraya al-Nour", "Jabhat" = "Jabha").
//
// The *key* of a light form is its consonant skeleton over coarse classes
// (vowels dropped except a leading-vowel marker; {s,z,t,d}, {k,q,c,g,h,x},
// {f,v,w}, {b,p} each one class; repeats collapsed). Equal keys are necessary for a
// match, so keys are blocking keys. The *guard* then accepts a pair only when
// the light forms differ by soft edits alone (vowel substitution, insertion or
// deletion; s/z, z/d, d/t, k/q/c/g, f/v/w, b/p substitutions, and x, the
// light form of "kh", against k or h: Russian and Arabic kh is often written
// h or k, "Petikhin" / "Petihin", "Khadimi" / "Kadhimi"), each costing
// 0.5, within a budget that grows with the number of tokens.
//
// Pure functions; thread-safe.

#ifndef XREF_BASE_NAME_KEY_H_
#define XREF_BASE_NAME_KEY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/strings/string_view.h"

namespace xref {

// A name reduced for matching.
struct NameForm {
  std::vector<std::string> tokens;  // Light forms, particles removed.
  std::string joined;               // Light forms concatenated (hyphen/space-blind).
  std::string key;                  // Skeleton key of `joined`.
  std::string last_key;             // Skeleton key of the last token.
  std::string first_key;            // Skeleton key of the first token.
  bool acronym = false;             // "PMF", "U.S.": upper-case letters only, 2-6.
  std::string acronym_letters;      // "PMF" for acronyms, empty otherwise.
  std::string initials;             // Upper-case initials of significant words
                                    // of the original ("Popular Mobilization
                                    // Forces" -> "PMF"); empty for one word.
};

// Reduces `name` (any UTF-8; non-ASCII letters are kept as bytes).
NameForm MakeNameForm(absl::string_view name);

// As `MakeNameForm`, into `*form` (overwritten; its strings' buffers are
// reused). Callers reducing many names and keeping them use `ReduceName`.
void MakeNameFormInto(absl::string_view name, NameForm* form);

// The parts of `NameBlockKey` besides the key: two forms have equal block keys
// exactly when their keys and these are equal.
struct NameBlock {
  int consonants = 0;
  bool final_vowel = false;
};

// A name reduced into a caller's buffer, for callers that reduce many names
// and keep them packed (no allocation per name): the parts of its
// `NameForm`, end to end.
struct ReducedName {
  enum Part {
    kAcronymLetters,
    kInitials,
    kJoined,
    kKey,
    kLastKey,
    kFirstKey,
    kNumParts
  };
  // Part p is buffer[begin + (p > 0 ? ends[p - 1] : 0), begin + ends[p]).
  size_t begin = 0;
  uint32_t ends[kNumParts] = {};
  // The end of each token within the joined form (tokens are joined end to
  // end).
  absl::InlinedVector<uint32_t, 8> token_ends;
  bool acronym = false;
  // NameBlockOf(joined), counted while the key is read.
  NameBlock block;
};

// Whether `word` is a given name of two syllables joined by a hyphen, the
// second in lower case, as Korean and older Chinese romanizations write
// them ("Seok-gyu", "Kai-shek"; not "Jean-Pierre", "Abdul-Rahman",
// "Al-qaeda", "Abd-allah").
bool IsHyphenatedGivenName(absl::string_view word);

// Whether `name` is two words, such a given name (IsHyphenatedGivenName) and
// then a family name of one capitalised word ("Seok-gyu Choi"): an East
// Asian name turned round to the Western order. On true, `*turned` is the
// name family name first ("Choi Seok-gyu"), as MakeNameForm and ReduceName
// read it, so that both orders are one name.
bool WritesGivenNameFirst(absl::string_view name, std::string* turned);

// Appends the parts of `MakeNameForm(name)` to `*buffer` and says where they
// are in `*out` (overwritten). Earlier contents of `*buffer` are kept.
void ReduceName(absl::string_view name, std::string* buffer, ReducedName* out);

// True only when `MakeNameForm(name)` is one token and no acronym, decided
// without reducing the name (a scan of its bytes): a name of ASCII letters,
// apostrophes and dots only, with at least one letter, neither "the" in any
// case nor an acronym. May be false for other one-token names (ones with
// spaces, hyphens or other bytes), never true for another form.
bool IsPlainOneWordName(absl::string_view name);

// What `SameName` reads of a `NameForm`, for callers that keep forms in
// their own storage. Views must outlive the call.
struct NameFormView {
  absl::string_view joined;
  absl::string_view key;
  absl::string_view acronym_letters;
  size_t tokens = 0;
  bool acronym = false;
};
NameFormView ViewOf(const NameForm& form);

// Which spelling rules a light form follows. Names whose last word ends
// like a South Slavic or Russian surname or patronymic (-ić, -ič, -ich,
// -itch) are read with kSlavic, where the English spellings of č, ć, ž, đ
// and c meet the letters stripped of their accents: tsch, tch, ch and ts ->
// c, zh -> z, dj -> d ("Zhdralovich", "Ždralović" and "Zdralovic" are one
// light form; "Djukich" and "Đukić" too). Names whose last word ends like a
// Ukrainian or Russian surname, patronymic or town (-enko, -chuk, -iuk,
// -yuk, -yk, -ko after a consonant, sk and one to three vowels, -ych,
// -ivna, -ovna, -evna, -hrad, -grad, -horod, -gorod, -hirsk, -gorsk) are
// read with kEastSlavic: kSlavic's rules, and the Russian and Ukrainian
// spellings of one Cyrillic name meet, g -> h and y after the first letter
// -> i ("Gnatyuk" and "Hnatiuk", "Kulik" and "Kulyk"; h, not g, so that it
// stays apart from k). `SlavicSpellingOf` tells which. Other
// names keep the default rules, where ch and zh are j (Chinese "Zhang" is
// Wade-Giles "Chang") and ts is z.
// kKurmanji: a word written with the letters of Kurdish Latin that neither
// English nor Turkish writes (ê, î, û), whose x is kh everywhere in the word
// ("Şêxmûs" = "Sheikhmus"), not only at its start; its c is no s before e or
// i (Kurdish c is j, as Turkish c).
// kSomali: a name written in Somali Latin (WritesSomaliSpelling), whose x
// is the h of English spellings ("Maxamed" = "Mohamed", "Xasan" =
// "Hassan") and whose c at a word's start before a vowel or at its end is
// the ayn they leave out ("Cali" = "Ali", "Ceel" = "El", "Jaamac" = "Jama";
// a c inside a word stays: "Gaalkacar" = "Galkacar").
enum class Spelling { kDefault, kSlavic, kEastSlavic, kKurmanji, kSomali };

// True when `name` is written in Somali Latin: it has a long vowel written
// double (aa, ii, uu: "Yuusuf", "Faadumo") and a letter that Somali writes
// where English does not (an x, a c opening a word before a vowel, a c
// ending one after a, o or u: "Cali", "Jaamac"); or a word with an x and a
// doubled vowel ("Xuseen", "Dhagaxmadoobe"); or an x after a vowel and a
// word opening with c or x before a vowel ("Xasan Maxamed", "Axmed
// Cabdi"). Not "Maxim Petrov", "Alexander" (an x after a vowel alone tells
// nothing), nor "Tsinaat Democratic Movement" (an English -ic).
bool WritesSomaliSpelling(absl::string_view name);

// The spelling a name whose last word is `word` is read with: kEastSlavic
// or kSlavic when `word` has five or more bytes and one of their endings
// (above; in any case), else kDefault.
Spelling SlavicSpellingOf(absl::string_view word);

// The spelling the name `name`, whose last word is `last_word`, is read
// with: SlavicSpellingOf(last_word) when that is not kDefault, else kSomali
// when WritesSomaliSpelling(name), else kDefault.
Spelling SpellingOfName(absl::string_view name, absl::string_view last_word);

// The light form of one token (already split, any case).
std::string LightForm(absl::string_view token,
                      Spelling spelling = Spelling::kDefault);

// The skeleton key of a light form.
std::string SkeletonKey(absl::string_view light);

// The soft edit cost between two light forms: 0.5 per soft edit, or a value
// > 100 when a hard edit (any other change) is needed.
double SoftEditCost(absl::string_view a, absl::string_view b);

// A blocking key finer than `form.key`, for comparing only names that may be
// the same: the skeleton key, the number of consonant letters of `joined` and
// whether `joined` ends in a vowel. Soft edits never insert or delete a
// consonant and a differing final vowel is a hard edit, so two non-acronym
// forms with different block keys are never `SameName`.
std::string NameBlockKey(const NameForm& form);

NameBlock NameBlockOf(absl::string_view joined);

// True when the light form `light` ends in a vowel. Two light forms of which
// one ends in a vowel and the other not are never the same name (a final
// vowel added or dropped is a hard edit), so callers may block on this.
bool EndsInVowel(absl::string_view light);

// True when `a` and `b` have equal keys and soft edit cost within the budget
// (1.0 for one token, 0.5 more per extra token, counted on the longer name).
bool SameName(const NameForm& a, const NameForm& b);
bool SameName(const NameFormView& a, const NameFormView& b);

// True when the single-token light form `token` is the same name as the last
// token of `full` (key equal, cost <= 1.0).
bool SameToken(absl::string_view token, absl::string_view other);

// `SameToken(token, other)` for two light forms the caller knows to have
// equal skeleton keys (found in one block of keys): the soft edit guard
// alone, without computing the keys again.
bool SameTokenOfEqualKeys(absl::string_view token, absl::string_view other);

// True when the light form `short_form` is a familiar short form of the
// given name `given` (a light form too), as families and outlets shorten
// given names: its end ("nora" of "leonora"), its start ("zura" of
// "zurab"), or its first three letters or more with a familiar ending i, ie
// or y, the consonant before it doubled or not ("keti" of "ketevan",
// "hennie" of "hendrik", "danny" of "daniel"). The short form has four to
// six letters and ends in a vowel or y (so that "nasr" is not "nasrallah",
// nor "karim" "abdulkarim"), and `given` has two letters or more besides
// the part they share. Also a Yoruba given name's end after "olu" or
// "oluwa", of four to eight letters ("segun" of "oluwasegun", "femi" of
// "olufemi").
bool IsShortFormOf(absl::string_view short_form, absl::string_view given);

// The short forms of a Yoruba given name (a light form): what follows its
// "olu" and, when it begins so, its "oluwa", each kept when four to eight
// letters long ("segun" of "oluwasegun"; "femi" of "olufemi"). Empty for a
// name that does not begin with "olu".
absl::InlinedVector<absl::string_view, 2> YorubaShortForms(absl::string_view given);

// True when `letters` (written without its dot) is an initial of two letters
// as transliterations write one for a sound English spells with two: Ch,
// Dj, Gh, Kh, Ph, Sh, Th, Ts and Zh, and Ya, Ye, Yo and Yu (the Russian
// letters Я, Е, Ё and Ю): "A. Yu. Seleznyov", "Zh. K. Abenova". Case
// matters: an upper-case letter, then a lower-case one.
bool IsDigraphInitial(absl::string_view letters);

}  // namespace xref

#endif  // XREF_BASE_NAME_KEY_H_
