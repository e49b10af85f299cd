#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "render/catalog_list.hpp"

using namespace faultline;

TEST_CASE("render::render_list_text", "[render]") {
    model::Playbook p;
    p.id = "disk-full";
    p.title = "Disk is full";
    const std::string t = render::render_list_text({&p});
    CHECK_THAT(t, Catch::Contains("disk-full") && Catch::Contains("1 playbooks"));
    const auto j = nlohmann::json::parse(render::render_list_json({&p}));
    CHECK(j[0]["title"] == "Disk is full");
}
