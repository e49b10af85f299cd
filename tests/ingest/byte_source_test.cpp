#include <catch2/catch.hpp>
#include <zlib.h>

#include "ingest/byte_source.hpp"
#include "support/test_support.hpp"
#include "util/error.hpp"

using namespace faultline;

namespace {
std::string gzip(const std::string& data) {
    z_stream zs{};
    REQUIRE(deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    std::string out(compressBound(static_cast<uLong>(data.size())) + 64, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    REQUIRE(deflate(&zs, Z_FINISH) == Z_STREAM_END);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

std::string read_all(ingest::ByteSource& s) {
    std::string out;
    char buf[7];
    for (std::size_t n; (n = s.read(buf, sizeof buf)) > 0;) out.append(buf, n);
    return out;
}
}  // namespace

TEST_CASE("ingest::ByteSource::read", "[ingest]") {
    test::TempDir dir;
    SECTION("plain file") {
        ingest::ByteSource s(dir.write("a.log", "hello\nworld\n"));
        CHECK(read_all(s) == "hello\nworld\n");
        CHECK_FALSE(s.compressed());
    }
    SECTION("gzip is detected by content") {
        const std::string text(5000, 'x');
        ingest::ByteSource s(dir.write("a.log.gz", gzip(text)));
        CHECK(read_all(s) == text);
        CHECK(s.compressed());
        CHECK(s.warnings().empty());
    }
    SECTION("truncated gzip keeps what was decoded and warns") {
        std::string text;
        for (int i = 0; i < 2000; ++i) text += "line " + std::to_string(i) + "\n";
        const std::string gz = gzip(text);
        ingest::ByteSource s(dir.write("cut.gz", gz.substr(0, gz.size() / 2)));
        const std::string got = read_all(s);
        CHECK(got.size() < text.size());
        CHECK(text.compare(0, got.size(), got) == 0);
        REQUIRE(s.warnings().size() == 1);
        CHECK_THAT(s.warnings()[0], Catch::Contains("truncated"));
    }
    SECTION("missing file and directory are clear errors") {
        CHECK_THROWS_WITH(ingest::ByteSource(dir.path() + "/missing.log"), Catch::Contains("missing.log") && Catch::Contains("No such file"));
        CHECK_THROWS_WITH(ingest::ByteSource(dir.path()), Catch::Contains("is a directory"));
    }
}
