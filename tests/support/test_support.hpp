// Helpers shared by the tests: temporary files, analysing text with a catalog, repository paths.
#pragma once

#include <string>
#include <vector>

#include "model/analysis.hpp"
#include "model/playbook.hpp"

namespace faultline::test {

/// Absolute path of a file in the repository (`rel` relative to its root).
std::string source_path(const std::string& rel);
/// Absolute path of the shared folder beside the repository.
std::string shared_path(const std::string& rel);

/// A temporary directory removed when the object goes away.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    /// Path of the directory.
    const std::string& path() const { return m_path; }
    /// Writes `content` to `name` inside the directory and returns its path.
    std::string write(const std::string& name, const std::string& content) const;

private:
    std::string m_path;
};

/// Parses one playbook from YAML text (path `<id>.yaml`); fails the test on problems.
model::Playbook playbook_from_yaml(const std::string& yaml, const std::string& path);

/// A valid playbook with placeholder texts and the given `match_yaml` (indented `any:`/`all:`/...
/// lines); `extra_yaml` adds top-level keys such as `base_score: 0.7`.
model::Playbook minimal_playbook(const std::string& id, const std::string& match_yaml, const std::string& category = "build",
                                 const std::string& severity = "low", const std::string& extra_yaml = "");

/// Analyses `log` text with `playbooks`.
model::Analysis analyze_text(const std::vector<model::Playbook>& playbooks, const std::string& log, std::size_t context = 0);

}  // namespace faultline::test
