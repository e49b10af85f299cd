#include <catch2/catch.hpp>

#include "catalog/playbook_loader.hpp"

using namespace faultline;

namespace {
const std::string k_valid = R"(id: disk-full
title: Disk is full
category: runtime
severity: high
base_score: 0.9
tags: [disk]
stage_hints: [build]
summary: The disk filled up.
diagnosis: Something wrote too much.
fix: |-
  1. Free space.
validation: Re-run.
match:
  any: ["No space left on device", 're:ENOSPC\b']
  none: ["quota exceeded"]
  sequence:
    within: 3
    patterns: ["write error", "No space left"]
workflow:
  likely_files: [Dockerfile]
links: []
)";

catalog::Problems load(const std::string& yaml, const std::string& path = "x/disk-full.yaml") {
    catalog::Problems problems;
    catalog::load_playbook(yaml, path, problems);
    return problems;
}

std::string replace(std::string s, const std::string& from, const std::string& to) {
    const auto pos = s.find(from);
    REQUIRE(pos != std::string::npos);
    return s.replace(pos, from.size(), to);
}
}  // namespace

TEST_CASE("catalog::load_playbook", "[catalog]") {
    SECTION("a valid playbook loads every field") {
        catalog::Problems problems;
        const auto pb = catalog::load_playbook(k_valid, "x/disk-full.yaml", problems);
        REQUIRE(problems.empty());
        REQUIRE(pb);
        CHECK(pb->id == "disk-full");
        CHECK(pb->category == model::Category::runtime);
        CHECK(pb->base_score == Approx(0.9));
        REQUIRE(pb->match.any.size() == 2);
        CHECK(pb->match.any[1].is_regex);
        CHECK(pb->match.any[1].body == "ENOSPC\\b");
        CHECK(pb->match.any[0].line == 14);
        CHECK(pb->match.any[0].column == 9);
        REQUIRE(pb->match.sequence);
        CHECK(pb->match.sequence->within == 3);
        CHECK(pb->likely_files == std::vector<std::string>{"Dockerfile"});
    }
    SECTION("YAML syntax error has line and column") {
        const auto p = load("id: disk-full\ntitle: [unclosed\n");
        REQUIRE(p.size() == 1);
        CHECK_THAT(p[0].to_string(), Catch::StartsWith("x/disk-full.yaml:") && Catch::Contains("YAML syntax error"));
        CHECK(p[0].line >= 2);
    }
    SECTION("unknown key is named with its position") {
        const auto p = load(k_valid + "colour: red\n");
        REQUIRE(p.size() == 1);
        CHECK(p[0].to_string() == "x/disk-full.yaml:22:1: unknown key 'colour' (allowed: id, title, category, severity, base_score, "
                                  "tags, stage_hints, summary, diagnosis, fix, validation, why_it_matters, prevention, match, workflow, links)");
    }
    SECTION("missing required key") {
        const auto p = load(replace(k_valid, "validation: Re-run.\n", ""));
        REQUIRE(p.size() == 1);
        CHECK_THAT(p[0].message, Catch::Contains("missing required key 'validation'"));
    }
    SECTION("id must match the file name") {
        const auto p = load(k_valid, "x/other.yaml");
        REQUIRE(p.size() == 1);
        CHECK_THAT(p[0].message, Catch::Contains("does not match the file name 'other'"));
        CHECK(p[0].line == 1);
    }
    SECTION("wrong types, bad enums, empty pattern, pattern in any and none") {
        CHECK_THAT(load(replace(k_valid, "category: runtime", "category: disk"))[0].message, Catch::Contains("unknown category"));
        CHECK_THAT(load(replace(k_valid, "severity: high", "severity: [high]"))[0].message, Catch::Contains("must be a string"));
        CHECK_THAT(load(replace(k_valid, "base_score: 0.9", "base_score: -1"))[0].message, Catch::Contains("base_score"));
        CHECK_THAT(load(replace(k_valid, "\"No space left on device\", ", "\"\", "))[0].message, Catch::Contains("empty pattern"));
        CHECK_THAT(load(replace(k_valid, "none: [\"quota exceeded\"]", "none: [\"no space left on device\"]"))[0].message,
                   Catch::Contains("is in 'none' too"));
        CHECK_THAT(load(replace(k_valid, "title: Disk is full", "title: Disk is full."))[0].message, Catch::Contains("period"));
        CHECK_THAT(load(replace(k_valid, "within: 3", "within: lots"))[0].message, Catch::Contains("within"));
    }
    SECTION("match needs a pattern") {
        const std::string yaml = k_valid.substr(0, k_valid.find("match:")) + "match: {none: [x]}\n";
        CHECK_THAT(load(yaml).back().message, Catch::Contains("at least one pattern"));
    }
    SECTION("not a mapping") { CHECK_THAT(load("- a\n- b\n")[0].message, Catch::Contains("must be a YAML mapping")); }
}
