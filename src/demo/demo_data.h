#pragma once

#include "core/error.h"
#include "core/json.h"
#include "store/store.h"

#include <cstdint>
#include <random>
#include <string>

namespace rapport::demo {

// Realistic field-sales data from a seed: the same seed gives the same accounts, contacts and
// visits, so benchmark runs compare like with like.
class Generator
{
public:
    explicit Generator(std::uint64_t seed) : m_rng(seed) { }

    Json account(int index);
    Json contact(int index, int accountCount);
    Json visit(int index, int accountCount, int contactCount);

    static std::string accountId(int index) { return "account-" + std::to_string(index); }
    static std::string contactId(int index) { return "contact-" + std::to_string(index); }
    static std::string visitId(int index) { return "visit-" + std::to_string(index); }

private:
    int pick(int count);
    std::string sentence(int minWords, int maxWords);
    std::string date(int firstYear, int lastYear);

    std::mt19937_64 m_rng;
};

// Writes a notebook of the given size (ids from Generator's *Id functions), in large batches.
Status writeNotebook(Store &store, std::uint64_t seed, int accounts, int contacts, int visits);

} // namespace rapport::demo
