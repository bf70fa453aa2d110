#pragma once

#include <cstddef>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::demo {

enum class Language { English, German };

// Draws a rank in [0, count) with probability proportional to 1 / (rank + 1)^exponent: Zipf's
// law, which the words of real text follow (a few very often, a long tail seldom).
class ZipfDraw
{
public:
    explicit ZipfDraw(std::size_t count, double exponent = 1.0);
    std::size_t operator()(std::mt19937_64 &rng) const;

private:
    std::vector<double> m_cumulative;
};

// Who a note is about, so that it reads as being about them: their name, a child's, their
// pastime (an index into words::interests) and their town.
struct NoteSubject
{
    std::string firstName;
    std::string childName;
    bool childIsDaughter = false;
    std::size_t interest = 0;
    std::string town;
};

// Writes what a field salesperson writes, in English or German: visit notes in a note's
// clipped style ("Angebot Kombidämpfer bis Freitag schicken."), what they learnt about a person,
// how they met, a customer's particulars, a visit's outcome. Sentences come from templates
// whose slots draw names, products, numbers and the long tail of rare words (German compounds,
// brand and model names) with Zipf's law, so that the corpus has the shape of real notes: more
// than 20,000 distinct words, few of them common.
class NoteWriter
{
public:
    explicit NoteWriter(std::mt19937_64 &rng) : m_rng(rng) { }

    std::string visitNotes(Language language, const NoteSubject &about, int minSentences,
                           int maxSentences);
    std::string visitOutcome(Language language, const NoteSubject &about);
    std::string visitTitle(Language language);
    std::string personNotes(Language language, const NoteSubject &about, int minSentences,
                            int maxSentences);
    std::string howWeMet(Language language, const NoteSubject &about);
    std::string accountNotes(Language language, const NoteSubject &about, int minSentences,
                             int maxSentences);

    // Drawn with Zipf's law from the lists in word_lists.h.
    std::string firstName();
    std::string firstName(bool daughter); // a girl's name or a boy's
    std::string lastName();
    std::string town();
    std::size_t interest();
    // "Bäckerei Krüger", "Weber Bakery", "Hotel Lindenhof", "Schmitt & Kaya GmbH".
    std::string companyName();
    // A rare word: a German compound, "Liefertermin" often, "Sauerteigrahmen" seldom.
    std::string compound();
    // A brand ("Varmo") and, with a model number, what a salesperson sells or competes with.
    std::string brand();
    std::string model();

    // The distinct rare words the writer draws from (compounds and brands), for the tests.
    static std::size_t rareWordCount();

private:
    using Templates = std::span<const std::string_view>;
    std::string sentences(Templates templates, const ZipfDraw &draw, Language language,
                          const NoteSubject &about, int minSentences, int maxSentences);
    std::string fill(std::string_view text, Language language, const NoteSubject &about);
    std::string slot(std::string_view name, Language language, const NoteSubject &about);
    int between(int low, int high);

    std::mt19937_64 &m_rng;
};

} // namespace rapport::demo
