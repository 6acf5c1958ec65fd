"""quality_test: tests/example_quality_test.cc on one corpus with its floors.

    quality_test(
        name = "heldout_velmora_quality_test",
        corpus = "tests/heldout/velmora",
        documents = 3,
        corpus_files = glob(["heldout/velmora/**"]),
        floors = {"SLOT_RECALL": "0.73", ...},
    )

`corpus` is the corpus directory from the workspace root, `documents` the
number of documents it must load, `corpus_files` its files as data, and
`floors` the score floors by name: SLOT_RECALL, SLOT_PRECISION, ATTRIBUTION,
OUTLET_STATEMENTS_KEPT, ALIAS_PRECISION, ALIAS_RECALL, EVENT_B3_F1 and
VERDICT_ACCURACY, each compiled in as XREF_FLOOR_<name>. A floor only rises.
"""

_FLOOR_NAMES = [
    "SLOT_RECALL",
    "SLOT_PRECISION",
    "ATTRIBUTION",
    "OUTLET_STATEMENTS_KEPT",
    "ALIAS_PRECISION",
    "ALIAS_RECALL",
    "EVENT_B3_F1",
    "VERDICT_ACCURACY",
]

def quality_test(name, corpus, documents, corpus_files, floors):
    for floor in _FLOOR_NAMES:
        if floor not in floors:
            fail("quality_test %s: no floor %s" % (name, floor))
    for floor in floors:
        if floor not in _FLOOR_NAMES:
            fail("quality_test %s: unknown floor %s" % (name, floor))
    native.cc_test(
        name = name,
        size = "small",
        srcs = ["example_quality_test.cc"],
        copts = [
            "-DXREF_QUALITY_CORPUS=" + corpus,
            "-DXREF_QUALITY_DOCUMENTS=%d" % documents,
        ] + ["-DXREF_FLOOR_%s=%s" % (floor, floors[floor]) for floor in _FLOOR_NAMES],
        data = ["//claims:rules"] + corpus_files,
        deps = [
            "//base:status_matchers",
            "//cli:pipeline",
            "//eval:answer_key",
            "//eval:eval_format",
            "//eval:scorer",
            "//third_party:gtest_main",
        ],
    )
