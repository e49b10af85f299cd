#include "support/test_support.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "analyze/analyzer.hpp"
#include "catalog/playbook_loader.hpp"
#include "ingest/byte_source.hpp"

namespace faultline::test {
namespace fs = std::filesystem;

std::string source_path(const std::string& rel) { return std::string(FAULTLINE_SOURCE_DIR) + "/" + rel; }
std::string shared_path(const std::string& rel) { return std::string(FAULTLINE_SHARED_DIR) + "/" + rel; }

TempDir::TempDir() {
    std::string templ = (fs::temp_directory_path() / "faultline-test-XXXXXX").string();
    char* made = ::mkdtemp(templ.data());
    REQUIRE(made != nullptr);
    m_path = made;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

std::string TempDir::write(const std::string& name, const std::string& content) const {
    const fs::path p = fs::path(m_path) / name;
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out << content;
    return p.string();
}

model::Playbook playbook_from_yaml(const std::string& yaml, const std::string& path) {
    catalog::Problems problems;
    auto pb = catalog::load_playbook(yaml, path, problems);
    INFO((problems.empty() ? std::string() : problems.front().to_string()));
    REQUIRE(problems.empty());
    REQUIRE(pb.has_value());
    return *pb;
}

model::Playbook minimal_playbook(const std::string& id, const std::string& match_yaml, const std::string& category,
                                 const std::string& severity, const std::string& extra_yaml) {
    return playbook_from_yaml("id: " + id + "\ntitle: Title " + id + "\ncategory: " + category + "\nseverity: " + severity +
                                  "\nsummary: s\ndiagnosis: d\nfix: f\nvalidation: v\n" + extra_yaml + "match:\n" + match_yaml,
                              id + ".yaml");
}

model::Analysis analyze_text(const std::vector<model::Playbook>& playbooks, const std::string& log, std::size_t context) {
    TempDir dir;
    const std::string path = dir.write("job.log", log);
    const analyze::Analyzer analyzer(playbooks);
    ingest::ByteSource source(path);
    return analyzer.analyze(source, "job.log", analyze::AnalyzeOptions{5, context});
}

}  // namespace faultline::test
