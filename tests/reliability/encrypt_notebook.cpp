// Encrypts the plain notebook it is given in place, saying "#start" first and "#done" once the
// encrypted file is in place; the migration test kills it at random moments in between.
#include "store/encrypted_notebook.h"

#include <cstdio>
#include <string>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: encrypt_notebook DB KEY\n");
        return 2;
    }
    rapport::sqlite::NotebookKey key {};
    for (std::size_t i = 0; i < key.size(); ++i)
        key[i]
            = static_cast<unsigned char>(std::stoi(std::string(argv[2] + 2 * i, 2), nullptr, 16));
    std::printf("#start\n");
    std::fflush(stdout);
    if (auto done = rapport::sqlite::encryptInPlace(argv[1], key); !done) {
        std::fprintf(stderr, "%s\n", done.error().describe().c_str());
        return 1;
    }
    std::printf("#done\n");
    std::fflush(stdout);
    return 0;
}
