#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "render/json.hpp"
#include "render/sample_analysis.hpp"

using namespace faultline;

TEST_CASE("render::render_json", "[render]") {
    const auto doc = nlohmann::json::parse(render::render_json(test::sample_analysis()));
    SECTION("follows the contract") {
        CHECK(doc["schema"] == "faultline.analysis/v1");
        CHECK(doc["tool"]["name"] == "faultline");
        CHECK(doc["source"]["format"] == "github-actions");
        CHECK(doc["status"] == "matched");
        const auto& d = doc["diagnoses"][0];
        for (const char* key : {"rank", "id", "title", "category", "severity", "confidence", "score", "summary", "fix", "evidence", "docs"})
            CHECK(d.contains(key));
        CHECK(d["confidence"] == 0.91);
        CHECK(d["evidence"][0]["line"] == 42);
        CHECK(d["evidence"][0]["step"] == "Run build");
        CHECK(doc["excerpt"]["highlights"] == nlohmann::json::array({42}));
        CHECK(doc["locations"].is_array());
        CHECK(doc["context"]["exit_code"] == 1);
        CHECK(doc["findings"][0]["id"] == "ignored-exit-code");
    }
    SECTION("keys come in contract order") {
        const std::string text = render::render_json(test::sample_analysis());
        CHECK(text.find("\"schema\"") < text.find("\"tool\""));
        CHECK(text.find("\"diagnoses\"") < text.find("\"excerpt\""));
        CHECK(text.find("\"context\"") < text.find("\"findings\""));
    }
}
