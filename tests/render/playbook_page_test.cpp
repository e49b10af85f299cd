#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "render/playbook_page.hpp"
#include "support/test_support.hpp"

using namespace faultline;

namespace {
model::Playbook sample() {
    auto pb = test::playbook_from_yaml(R"(id: disk-full
title: Disk is full
category: runtime
severity: high
summary: The disk filled up.
diagnosis: Something wrote too much.
fix: "1. Free space."
validation: Re-run.
prevention: "- Prune images."
match:
  any: [a1, a2, a3, a4, a5, a6, a7, a8, a9, 're:x\d+y']
)", "disk-full.yaml");
    pb.bundled = true;
    return pb;
}
}  // namespace

TEST_CASE("render::render_playbook_markdown", "[render]") {
    const std::string page = render::render_playbook_markdown(sample());
    const std::vector<std::string> order = {"## Matched signals", "# Disk is full", "## What this failure means", "## Symptoms",
                                            "## Diagnosis", "## Fix steps", "## Validation", "## Prevention",
                                            "## How Faultline detects it", "Generated from playbooks/bundled/log/runtime/disk-full.yaml. Do not edit directly."};
    std::size_t pos = 0;
    for (const auto& heading : order) {
        const auto found = page.find(heading, pos);
        INFO(heading);
        REQUIRE(found != std::string::npos);
        pos = found;
    }
    CHECK(page.find("## Why it matters") == std::string::npos);  // omitted when empty
    CHECK(page.find("- `a8`") != std::string::npos);
    CHECK(page.find("- `a9`") == std::string::npos);  // eight signals shown
    CHECK_THAT(page, Catch::Contains("faultline explain disk-full"));
}

TEST_CASE("render::render_playbook_text", "[render]") {
    CHECK_THAT(render::render_playbook_text(sample()), Catch::Contains("Disk is full  [disk-full]") && Catch::Contains("any:  re:x\\d+y"));
}

TEST_CASE("render::render_playbook_json", "[render]") {
    const auto doc = nlohmann::json::parse(render::render_playbook_json(sample()));
    CHECK(doc["id"] == "disk-full");
    CHECK(doc["match"]["any"].size() == 10);
}
