"""xref_fuzzer: one libFuzzer target, built two ways.

With --config=fuzz (clang, -fsanitize=fuzzer) `<name>` is a libFuzzer binary:
    bazel build --config=fuzz //fuzz:<name>
    bazel-bin/fuzz/<name> -max_total_time=600 fuzz/corpus/<name>
In every other build it links fuzz/replay_main.cc instead, and the test
`<name>_regression` replays the seed corpus and every saved crash input
(fuzz/corpus/<name>/) through the same entry point, so the suite, and
--config=asan, exercise each target on each change.
"""

def xref_fuzzer(name, srcs, deps = [], data = []):
    native.cc_library(
        name = name + "_entry",
        srcs = srcs,
        deps = deps,
        alwayslink = 1,
        testonly = True,
    )
    native.cc_binary(
        name = name,
        testonly = True,
        deps = [":" + name + "_entry"] + select({
            ":fuzzing": [],
            "//conditions:default": [":replay_main"],
        }),
        linkopts = select({
            ":fuzzing": ["-fsanitize=fuzzer"],
            "//conditions:default": [],
        }),
        data = data,
    )
    native.sh_test(
        name = name + "_regression",
        size = "small",
        srcs = ["replay_test.sh"],
        args = ["$(location :%s)" % name, "fuzz/corpus/" + name],
        data = [":" + name, ":corpus"] + data,
    )
