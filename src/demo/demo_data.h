#pragma once

#include "core/error.h"
#include "core/json.h"
#include "note_writer.h"
#include "store/store.h"

#include <cstdint>
#include <random>
#include <string>

namespace rapport::demo {

// Realistic field-sales data from a seed: the same seed gives the same accounts, contacts and
// visits, so benchmark runs compare like with like. Names, towns, family and pastimes are drawn
// by a record's index, so that a visit's notes speak of the people it names by their names;
// notes are a salesperson's, in English or German (a third of the customers), from NoteWriter.
class Generator
{
public:
    explicit Generator(std::uint64_t seed) : m_seed(seed), m_rng(seed) { }

    Json account(int index);
    Json contact(int index, int accountCount);
    Json visit(int accountCount, int contactCount);

    static std::string accountId(int index) { return "account-" + std::to_string(index); }
    static std::string contactId(int index) { return "contact-" + std::to_string(index); }
    static std::string visitId(int index) { return "visit-" + std::to_string(index); }

private:
    struct Customer
    {
        std::string name;
        std::string town;
        Language language = Language::English;
    };
    struct Person
    {
        NoteSubject subject;
        std::string lastName;
        int accountIndex = 0;
        bool hasChild = false;
    };
    Customer customer(int index) const;
    Person person(int index, int accountCount) const;
    // Who a note of theirs is about: them, at their customer's town.
    static NoteSubject subjectOf(const Person &person, const Customer &at);
    std::mt19937_64 rngFor(std::uint64_t kind, int index) const;
    int pick(int count);
    std::string date(int firstYear, int lastYear);

    std::uint64_t m_seed;
    std::mt19937_64 m_rng;
};

// Writes a notebook of the given size (ids from Generator's *Id functions), in large batches.
Status writeNotebook(Store &store, std::uint64_t seed, int accounts, int contacts, int visits);

} // namespace rapport::demo
