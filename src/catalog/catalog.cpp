#include "catalog/catalog.hpp"

#include <algorithm>
#include <filesystem>
#include <map>

#include "catalog/embedded_files.hpp"
#include "catalog/playbook_loader.hpp"
#include "util/error.hpp"
#include "util/file.hpp"

namespace faultline::catalog {
namespace fs = std::filesystem;

namespace {

// Every *.yaml / *.yml below `dir`, sorted, so loading order never depends on the file system.
std::vector<std::string> playbook_files(const std::string& dir, Problems& problems) {
    std::vector<std::string> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        if (fs::is_regular_file(dir, ec) && (dir.ends_with(".yaml") || dir.ends_with(".yml"))) {
            out.push_back(dir);
            return out;
        }
        problems.push_back(Problem{dir, 0, 0, "playbook directory not found", "pass a directory of *.yaml playbooks"});
        return out;
    }
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const fs::path& p = it->path();
        const std::string ext = p.extension().string();
        if ((ext == ".yaml" || ext == ".yml") && it->is_regular_file(ec)) out.push_back(p.string());
    }
    if (ec) problems.push_back(Problem{dir, 0, 0, "cannot list directory: " + ec.message(), "check its permissions"});
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

const model::Playbook* Catalog::find(std::string_view id) const {
    const auto it = std::lower_bound(playbooks.begin(), playbooks.end(), id,
                                     [](const model::Playbook& p, std::string_view v) { return p.id < v; });
    return it != playbooks.end() && it->id == id ? &*it : nullptr;
}

Catalog load_catalog(Bundled bundled, const std::vector<std::string>& dirs, Problems& problems) {
    std::map<std::string, model::Playbook> by_id;
    std::map<std::string, std::string> bundled_text;
    Catalog catalog;
    if (bundled == Bundled::include) {
        for (const EmbeddedFile& file : bundled_playbook_files()) {
            auto pb = load_playbook(file.data, std::string(file.path), problems);
            if (!pb) continue;
            pb->bundled = true;
            bundled_text[pb->id] = std::string(file.data);
            by_id.emplace(pb->id, std::move(*pb));
        }
    }
    for (const std::string& dir : dirs) {
        for (const std::string& path : playbook_files(dir, problems)) {
            std::string text;
            try {
                text = util::read_file(path);
            } catch (const Error& e) {
                problems.push_back(Problem{{}, 0, 0, e.what(), {}});
                continue;
            }
            auto pb = load_playbook(text, path, problems);
            if (!pb) continue;
            auto existing = by_id.find(pb->id);
            if (existing != by_id.end()) {
                if (!existing->second.bundled) {
                    problems.push_back(Problem{path, 1, 1, "duplicate playbook id '" + pb->id + "', also defined in " +
                                                               existing->second.source_path,
                                               "rename one of them"});
                    continue;
                }
                if (bundled_text[pb->id] != text)
                    catalog.warnings.push_back(path + ": overrides the bundled playbook '" + pb->id + "'");
                existing->second = std::move(*pb);
            } else {
                by_id.emplace(pb->id, std::move(*pb));
            }
        }
    }
    for (auto& [id, pb] : by_id) catalog.playbooks.push_back(std::move(pb));
    return catalog;
}

Catalog load_catalog(Bundled bundled, const std::vector<std::string>& dirs) {
    Problems problems;
    Catalog catalog = load_catalog(bundled, dirs, problems);
    if (!problems.empty()) {
        std::string msg = problems.front().to_string();
        if (problems.size() > 1) msg += " [and " + std::to_string(problems.size() - 1) + " more; run 'faultline lint']";
        throw Error(msg);
    }
    return catalog;
}

}  // namespace faultline::catalog
