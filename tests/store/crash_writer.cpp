// Writes visits in a loop and prints each id once put() has returned, so that the crash test
// knows which writes were promised durable when it kills this process. A third argument: the
// notebook is encrypted with this key (64 hex digits).
#include "notebook/notebook_index.h"
#include "store/encrypted_vfs.h"
#include "store/store.h"

#include <cstdio>
#include <string>

int main(int argc, char **argv)
{
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: crash_writer DB PREFIX [KEY]\n");
        return 2;
    }
    if (argc == 4) {
        rapport::sqlite::NotebookKey key {};
        for (std::size_t i = 0; i < key.size(); ++i)
            key[i] = static_cast<unsigned char>(
                std::stoi(std::string(argv[3] + 2 * i, 2), nullptr, 16));
        rapport::sqlite::useKey(argv[1], key);
    }
    auto store = rapport::notebook::openStore(argv[1]);
    if (!store) {
        std::fprintf(stderr, "%s\n", store.error().describe().c_str());
        return 1;
    }
    // The test's clock starts here, not at the process's start, which a loaded machine (or a
    // sanitizer's start-up) can delay past every moment the test would kill at.
    std::printf("#open\n");
    std::fflush(stdout);
    const std::string prefix = argv[2];
    const std::string notes(600, 'n');
    for (int i = 0;; ++i) {
        rapport::Document visit;
        visit.id = prefix + "-" + std::to_string(i);
        visit.body = rapport::Json {
            {"type", "visit"}, {"date", "2026-11-24"}, {"notes", notes + std::to_string(i)}};
        auto written = (*store)->put(visit);
        if (!written) {
            std::fprintf(stderr, "%s\n", written.error().describe().c_str());
            return 1;
        }
        std::printf("%s\n", visit.id.c_str());
        std::fflush(stdout);
    }
}
