// The demo notebook and every benchmark are written by demo::Generator: what a new user sees
// first, and what the search's speed is measured on. These tests hold it to reading like a
// salesperson's notebook and to having the shape of real text.
#include "../store/store_fixture.h"
#include "demo_data.h"
#include "note_writer.h"
#include "notebook/notebook_queries.h"
#include "town_places.h"
#include "word_lists.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace rapport;

namespace {

std::vector<std::string> wordsOf(const std::string &text)
{
    std::vector<std::string> words;
    std::string word;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const auto c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
        if (std::isalpha(c) || c >= 0x80)
            word += static_cast<char>(std::tolower(c));
        else if (!word.empty())
            words.push_back(std::exchange(word, {}));
    }
    return words;
}

// More of one language's small words than of the other's.
bool readsAsGerman(const std::string &text)
{
    static const std::set<std::string> german {
        "der",   "die",  "das",  "den",   "dem",  "und",   "mit",   "bis",  "für",  "ist",   "war",
        "nach",  "am",   "im",   "zu",    "von",  "auf",   "wir",   "uhr",  "noch", "über",  "ab",
        "um",    "hat",  "ein",  "eine",  "sie",  "auch",  "ob",    "bei",  "beim", "aus",   "vom",
        "nicht", "kein", "laut", "unter", "will", "fragt", "zahlt", "seit", "ohne", "lieber"};
    static const std::set<std::string> english {
        "the", "and",  "with", "by",  "for",   "is",    "to",    "of",   "on",    "a",    "we",
        "at",  "from", "was",  "has", "wants", "asked", "about", "they", "their", "them", "it"};
    int inGerman = 0;
    int inEnglish = 0;
    for (const auto &word : wordsOf(text)) {
        inGerman += german.contains(word);
        inEnglish += english.contains(word);
    }
    return inGerman > inEnglish;
}

std::map<std::string, Json> bodiesOf(Store &store, const std::string &type)
{
    std::map<std::string, Json> bodies;
    auto read = store.forEachDocument([&](const Document &doc) {
        if (doc.body.value("type", std::string()) == type)
            bodies.emplace(doc.id, doc.body);
    });
    if (!read)
        qFatal("%s", read.error().message.c_str());
    return bodies;
}

} // namespace

class DemoCorpusTest : public QObject
{
    Q_OBJECT

private slots:
    void everyTownHasItsPlace()
    {
        // The demo's customers stand in their towns ("near me", the day's route).
        for (const auto town : rapport::demo::words::towns())
            QVERIFY2(rapport::demo::townPlace(town), std::string(town).c_str());
        const auto lubeck = *rapport::demo::townPlace("Lübeck");
        const auto hamburg = *rapport::demo::townPlace("Hamburg");
        QVERIFY(std::abs(rapport::places::distanceMetres(lubeck, hamburg) - 58'000) < 5'000);
    }

    void theSameSeedWritesTheSameNotebook()
    {
        // Benchmark runs compare like with like.
        StoreFixture first;
        StoreFixture second;
        QVERIFY(demo::writeNotebook(*first.store, 5, 10, 40, 200));
        QVERIFY(demo::writeNotebook(*second.store, 5, 10, 40, 200));
        for (const char *type : {"account", "contact", "visit"})
            QVERIFY(bodiesOf(*first.store, type) == bodiesOf(*second.store, type));
        StoreFixture other;
        QVERIFY(demo::writeNotebook(*other.store, 6, 10, 40, 200));
        QVERIFY(bodiesOf(*other.store, "visit") != bodiesOf(*first.store, "visit"));
    }

    void aVisitSpeaksOfThePersonItNamesInTheirCustomersLanguage()
    {
        StoreFixture notebook;
        QVERIFY(demo::writeNotebook(*notebook.store, 20261204, 30, 200, 2000));
        const auto contacts = bodiesOf(*notebook.store, "contact");
        const auto visits = bodiesOf(*notebook.store, "visit");
        int named = 0;
        int inGerman = 0;
        for (const auto &[id, visit] : visits) {
            const auto notes = visit.at("notes").get<std::string>();
            QVERIFY2(notes.find('{') == std::string::npos, notes.c_str()); // every slot filled
            const auto &person = contacts.at(visit.at("contactIds").at(0).get<std::string>());
            // A visit is at the customer of the person it names.
            QVERIFY(visit.at("accountId") == person.at("accountId"));
            named += notes.find(person.at("firstName").get<std::string>()) != std::string::npos;
            const bool german = person.at("preferredLanguage") == "German";
            QVERIFY2(readsAsGerman(notes) == german, notes.c_str());
            inGerman += german;
        }
        // Most notes say who was there by name; a third of the customers speak German.
        QVERIFY2(named > static_cast<int>(visits.size()) / 2, std::to_string(named).c_str());
        QVERIFY(inGerman > static_cast<int>(visits.size()) / 5);
        QVERIFY(inGerman < static_cast<int>(visits.size()) / 2);
        // A child the notes speak of is one the person has, and a daughter has a girl's name.
        const auto womens = demo::words::womensNames();
        for (const auto &[id, person] : contacts) {
            for (const auto &member : person.at("family")) {
                const bool listed
                    = std::find(womens.begin(), womens.end(), member.at("name").get<std::string>())
                    != womens.end();
                QVERIFY2(listed == (member.at("relation") == "daughter"), member.dump().c_str());
            }
            if (!person.at("family").empty())
                continue;
            for (const char *child : {"son ", "daughter ", "Sohn ", "Tochter "})
                QVERIFY2(person.at("notes").get<std::string>().find(child) == std::string::npos,
                         person.dump().c_str());
        }
    }

    void theNotesHaveTheShapeOfRealText()
    {
        // Zipf's law: a few words make much of the text, and a long tail of words comes up
        // once or twice, as in a real notebook (and in its search index).
        QVERIFY(demo::NoteWriter::rareWordCount() >= 20000);
        std::mt19937_64 rng(1);
        demo::NoteWriter writer(rng);
        std::map<std::string, int> counts;
        long total = 0;
        for (int i = 0; i < 20000; ++i) {
            demo::NoteSubject about {writer.firstName(), writer.firstName(), i % 2 == 0,
                                     writer.interest(), writer.town()};
            const auto language = i % 3 == 0 ? demo::Language::German : demo::Language::English;
            for (const auto &word : wordsOf(writer.visitNotes(language, about, 3, 14))) {
                ++counts[word];
                ++total;
            }
        }
        std::vector<int> frequencies;
        for (const auto &[word, count] : counts)
            frequencies.push_back(count);
        std::sort(frequencies.rbegin(), frequencies.rend());
        QVERIFY2(counts.size() >= 5000, std::to_string(counts.size()).c_str());
        long topTen = 0;
        for (int i = 0; i < 10; ++i)
            topTen += frequencies[static_cast<std::size_t>(i)];
        QVERIFY(topTen > total / 7);
        const auto once = std::count(frequencies.begin(), frequencies.end(), 1);
        QVERIFY2(once > static_cast<long>(counts.size()) / 4, std::to_string(once).c_str());
    }

    void theSearchFindsWhatTheNotesSay()
    {
        // A rare word (a compound, a brand) in one visit's notes finds that visit.
        StoreFixture notebook;
        QVERIFY(demo::writeNotebook(*notebook.store, 3, 20, 100, 600));
        const auto visits = bodiesOf(*notebook.store, "visit");
        std::map<std::string, std::set<std::string>> visitsByWord;
        for (const auto &[id, visit] : visits)
            for (const auto &word : wordsOf(visit.at("notes").get<std::string>()))
                visitsByWord[word].insert(id);
        std::string rare;
        for (const auto &[word, ids] : visitsByWord)
            if (ids.size() == 1 && word.size() >= 12) {
                rare = word;
                break;
            }
        QVERIFY(!rare.empty());
        auto hits = NotebookQueries(*notebook.store).search(rare, 50);
        QVERIFY(hits);
        QVERIFY(std::any_of(hits->begin(), hits->end(), [&](const auto &hit) {
            return hit.id == *visitsByWord[rare].begin();
        }));
    }
};

QTEST_GUILESS_MAIN(DemoCorpusTest)
#include "tst_demo_corpus.moc"
