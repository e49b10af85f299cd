// A fixed Analysis used by the renderer tests.
#pragma once

#include "model/analysis.hpp"

namespace faultline::test {

/// A matched analysis with one diagnosis, evidence with context, a finding and context.
inline model::Analysis sample_analysis() {
    model::Analysis a;
    a.source = {"build.log", 120, 4096, "github-actions"};
    a.status = model::Status::matched;
    model::Diagnosis d;
    d.rank = 1;
    d.id = "disk-full";
    d.title = "Disk is full";
    d.category = model::Category::runtime;
    d.severity = model::Severity::high;
    d.confidence = 0.91;
    d.score = 2.0;
    d.summary = "The disk filled up.";
    d.fix = "1. Free space:\n   ```bash\n   df -h\n   ```";
    d.docs = "docs/failures/runtime/disk-full.md";
    d.evidence.push_back(model::Evidence{42, "write error: No space left on device `x`", "No space left on device", "Run build",
                                         {{41, "before"}}, {{43, "after"}}});
    a.diagnoses.push_back(d);
    model::Diagnosis f = d;
    f.id = "ignored-exit-code";
    f.title = "Exit code ignored";
    f.category = model::Category::silent;
    f.evidence = {model::Evidence{3, "make || true", "|| true", "", {}, {}}};
    a.findings.push_back(f);
    a.excerpt = {40, 45, {42}, {{42, "write error: No space left on device `x`"}}};
    a.context.failed_step = "Run build";
    a.context.exit_code = 1;
    return a;
}

}  // namespace faultline::test
