#include "note_writer.h"

#include "word_lists.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace rapport::demo {

namespace {

using namespace std::string_view_literals;

// Each list of templates has its most common sentences first: a Zipf draw picks them.
constexpr std::array visitInEnglish {
    "Talked with {first} about the {product}."sv,
    "{first} wants a price for a new {product} by {day}."sv,
    "Follow up by phone on {day}."sv,
    "Brought samples, {first} will try them over the weekend."sv,
    "The {product} runs fine since the repair."sv,
    "Order of {count} boxes of cleaning tablets confirmed, delivery to {town} in week {week}."sv,
    "Complained that the {product} broke down twice last month."sv,
    "Showed the {model}; {first} liked it but finds it too expensive."sv,
    "{brand} offered them {percent}% off, we should answer with a trial."sv,
    "Price list for next year handed over, {first} asked for {percent}% on the {product}."sv,
    "{first}'s {relation} {child} just started an apprenticeship in {town}."sv,
    "{first} is back from a holiday in {place}."sv,
    "{first} talked about {interest} for half the visit."sv,
    "Invoice {number} still open, {first} promised to pay by the end of {month}."sv,
    "Delivery of {date} came two days late; they had to borrow a {product} from {surname}."sv,
    "Wants to take over the shop next door next year, budget around €{price}."sv,
    "Staff training on the {product} planned for {day} at {time}."sv,
    "Next visit in {weeks} weeks: bring the catalogue and the {model} brochure."sv,
    "Meeting with {first} and {other} from purchasing."sv,
    "Contract renewal due in {month}; {first} wants to keep the service terms."sv,
    "{first} asked whether we can deliver on Saturdays."sv,
    "New manager {other} {surname} starts in {month}, ask for an introduction."sv,
    "They need a second {product} for the Christmas season."sv,
    "Quiet month, {first} says sales are down about {percent}%."sv,
    "Happy with the service, recommended us to {surname} in {town}."sv,
    "Energy costs are their big worry; showed how the {model} saves power."sv,
    "{first} will decide with {other} after the trade fair."sv,
    "Open points: {term}, {term} and the {product}."sv,
    "Technician has to look at the {product} again before {day}."sv,
    "Asked about leasing the {model} instead of buying it."sv,
    "{relation} {child} is {age} now and into {hobby}."sv,
    "{first} had the flu last week, the shop ran with half the staff."sv,
    "Wants everything on one invoice from {month} on."sv,
    "The {product} from {brand} is being replaced, our chance in {month}."sv,
    "Coffee with {first}, no business talk for once."sv,
    "Parking was impossible, next time come before {time}."sv,
    "{first} keeps the {model} manual at the counter, asked for a German copy."sv,
    "Reminded {first} of the price increase from {month}."sv};

constexpr std::array visitInGerman {
    "Mit {first} über {product} gesprochen."sv,
    "{first} will bis {day} ein Angebot für {product}."sv,
    "Am {day} telefonisch nachfassen."sv,
    "Muster dagelassen, {first} probiert sie am Wochenende."sv,
    "{product} läuft seit der Reparatur ohne Probleme."sv,
    "Bestellung über {count} Kartons Reinigungstabs bestätigt, Lieferung nach {town} in KW {week}."sv,
    "Reklamation: {term} defekt, Techniker kommt am {day}."sv,
    "{model} vorgeführt, gefällt {first}, ist aber zu teuer."sv,
    "{brand} hat {percent} % Rabatt angeboten, wir sollten mit einer Teststellung antworten."sv,
    "Preisliste fürs nächste Jahr übergeben, {first} möchte {percent} % auf {product}."sv,
    "{relation} {child} hat gerade eine Ausbildung in {town} angefangen."sv,
    "{first} war im Urlaub in {place}."sv,
    "{first} hat die halbe Zeit über {interest} geredet."sv,
    "Rechnung {number} noch offen, {first} zahlt bis Ende {month}."sv,
    "Lieferung vom {date} kam zwei Tage zu spät, {product} bei {surname} geliehen."sv,
    "Wollen nächstes Jahr den Laden nebenan dazunehmen, Budget etwa {price} €."sv,
    "Schulung {product} für die Mitarbeiter am {day} um {time} Uhr."sv,
    "Nächster Besuch in {weeks} Wochen, Katalog und Prospekt {model} mitbringen."sv,
    "Termin mit {first} und {other} aus dem Einkauf."sv,
    "Vertrag läuft im {month} aus, {first} will die Servicekonditionen behalten."sv,
    "{first} fragt, ob wir auch samstags liefern."sv,
    "Neue Filialleitung ab {month}: {other} {surname}, um Vorstellung bitten."sv,
    "Fürs Weihnachtsgeschäft brauchen sie mehr Kapazität, {product} anbieten."sv,
    "Ruhiger Monat, Umsatz laut {first} etwa {percent} % unter Vorjahr."sv,
    "Sehr zufrieden mit dem Service, haben uns an {surname} in {town} empfohlen."sv,
    "Energiekosten sind das große Thema, {model} spart Strom."sv,
    "Entscheidung nach der Messe zusammen mit {other}."sv,
    "Offene Punkte: {term}, {term} und {term}."sv,
    "{term} klären und {first} Bescheid geben."sv,
    "Fragt nach Leasing für {model} statt Kauf."sv,
    "{relation} {child} ist jetzt {age} und begeistert von {hobby}."sv,
    "{first} war letzte Woche krank, der Laden lief mit halber Besetzung."sv,
    "Ab {month} alles auf eine Rechnung."sv,
    "{product} von {brand} wird ersetzt, unsere Chance im {month}."sv,
    "Kaffee mit {first}, ausnahmsweise kein Geschäft."sv,
    "Themen: {term}, {term}, {product}."sv,
    "An die Preiserhöhung ab {month} erinnert."sv,
    "{term} und {term} beim nächsten Besuch ansprechen."sv};

constexpr std::array personInEnglish {"Prefers calls in the morning, never on {day}."sv,
                                      "Loves {interest}; {relation} {child} is into it too."sv,
                                      "Birthday in {month}, send a card."sv,
                                      "Decides quickly once the numbers are clear."sv,
                                      "Has been running the place for {years} years."sv,
                                      "Not a fan of long emails, wants one page."sv,
                                      "Used to work for {brand} in {town}."sv,
                                      "Drinks coffee black, no sugar."sv,
                                      "{relation} {child} is {age} and plays {hobby}."sv,
                                      "Lives in {town}, drives in every day."sv,
                                      "Talks a lot about {interest}, ask about it."sv,
                                      "Wants to be called by the first name."sv,
                                      "Careful with money, compares every quote with {brand}."sv,
                                      "Goes to {place} every summer."sv};

constexpr std::array personInGerman {"Lieber morgens anrufen, nie am {day}."sv,
                                     "Begeistert von {interest}, {relation} {child} auch."sv,
                                     "Geburtstag im {month}, Karte schicken."sv,
                                     "Entscheidet schnell, wenn die Zahlen stimmen."sv,
                                     "Führt den Betrieb seit {years} Jahren."sv,
                                     "Keine langen Mails, lieber eine Seite."sv,
                                     "War früher bei {brand} in {town}."sv,
                                     "Trinkt Kaffee schwarz, ohne Zucker."sv,
                                     "{relation} {child} ist {age} und spielt {hobby}."sv,
                                     "Wohnt in {town}, pendelt jeden Tag."sv,
                                     "Redet gern über {interest}, darauf ansprechen."sv,
                                     "Möchte geduzt werden."sv,
                                     "Sehr preisbewusst, vergleicht jedes Angebot mit {brand}."sv,
                                     "Fährt jeden Sommer nach {place}."sv};

constexpr std::array metInEnglish {"Met at the trade fair in {town} in {year}."sv,
                                   "Introduced by {other} {surname}."sv,
                                   "Cold call in {year}, took three visits."sv,
                                   "Took the account over from {other} in {year}."sv,
                                   "Called us after a recommendation from {surname} in {town}."sv,
                                   "Met at a training day on the {product}."sv};

constexpr std::array metInGerman {"Kennengelernt auf der Messe in {town}, {year}."sv,
                                  "Empfohlen von {other} {surname}."sv,
                                  "Kaltakquise {year}, drei Besuche bis zum ersten Auftrag."sv,
                                  "Kunde {year} von {other} übernommen."sv,
                                  "Hat sich auf Empfehlung von {surname} aus {town} gemeldet."sv,
                                  "Kennengelernt bei einer Schulung zu {product}."sv};

constexpr std::array accountInEnglish {"Family business, {count} staff, a second shop in {town}."sv,
                                       "Deliveries only before {time}."sv,
                                       "Park behind the building, the front is a bus stop."sv,
                                       "The owner {first} {surname} decides everything."sv,
                                       "Buys through the wholesaler {brand} in {town}."sv,
                                       "Closed on {day}s."sv,
                                       "Their {product} is from {year}, due for replacement."sv,
                                       "Pays on time, skonto always taken."sv,
                                       "Busy season from {month} on, do not visit then."sv};

constexpr std::array accountInGerman {
    "Familienbetrieb, {count} Mitarbeiter, zweite Filiale in {town}."sv,
    "Anlieferung nur vor {time} Uhr."sv,
    "Parken hinter dem Haus, vorne ist eine Bushaltestelle."sv,
    "Inhaber {first} {surname} entscheidet alles."sv,
    "Kauft über den Großhändler {brand} in {town}."sv,
    "{day} Ruhetag."sv,
    "{product} ist von {year}, steht zum Austausch an."sv,
    "Zahlt pünktlich, zieht immer Skonto."sv,
    "Hochsaison ab {month}, dann nicht besuchen."sv};

constexpr std::array outcomeInEnglish {
    "Quote to send by {day}."sv,         "Order placed."sv,
    "Trial of the {model} agreed."sv,    "No decision yet, call in {weeks} weeks."sv,
    "Service visit booked for {day}."sv, "Samples to bring next time."sv,
    "Lost to {brand} on price."sv};

constexpr std::array outcomeInGerman {"Angebot bis {day} schicken."sv,
                                      "Auftrag erteilt."sv,
                                      "Teststellung {model} vereinbart."sv,
                                      "Noch keine Entscheidung, in {weeks} Wochen anrufen."sv,
                                      "Servicetermin am {day}."sv,
                                      "Beim nächsten Mal Muster mitbringen."sv,
                                      "Über den Preis an {brand} verloren."sv};

constexpr std::array titleInEnglish {
    "Price talk"sv,        "Oven trial"sv,       "New product line"sv, "Contract renewal"sv,
    "Delivery problems"sv, "Samples brought"sv,  "Quarterly review"sv, "Training for staff"sv,
    "Expansion plans"sv,   "Complaint handled"sv};
constexpr std::array titleInGerman {
    "Preisgespräch"sv,  "Ofentest"sv,        "Neue Produktlinie"sv, "Vertragsverlängerung"sv,
    "Lieferprobleme"sv, "Muster gebracht"sv, "Quartalsgespräch"sv,  "Schulung"sv,
    "Erweiterung"sv,    "Reklamation"sv};

constexpr std::array weekdaysInEnglish {"Monday"sv, "Tuesday"sv,  "Wednesday"sv, "Thursday"sv,
                                        "Friday"sv, "Saturday"sv, "Sunday"sv};
constexpr std::array weekdaysInGerman {"Montag"sv,  "Dienstag"sv, "Mittwoch"sv, "Donnerstag"sv,
                                       "Freitag"sv, "Samstag"sv,  "Sonntag"sv};
constexpr std::array monthsInEnglish {"January"sv,   "February"sv, "March"sv,    "April"sv,
                                      "May"sv,       "June"sv,     "July"sv,     "August"sv,
                                      "September"sv, "October"sv,  "November"sv, "December"sv};
constexpr std::array monthsInGerman {"Januar"sv,    "Februar"sv, "März"sv,     "April"sv,
                                     "Mai"sv,       "Juni"sv,    "Juli"sv,     "August"sv,
                                     "September"sv, "Oktober"sv, "November"sv, "Dezember"sv};
constexpr std::array placesInEnglish {
    "Mallorca"sv, "Lake Garda"sv, "the Baltic coast"sv, "Denmark"sv,          "Tuscany"sv,
    "Crete"sv,    "the Alps"sv,   "Norway"sv,           "Lisbon"sv,           "Sylt"sv,
    "Croatia"sv,  "Turkey"sv,     "Scotland"sv,         "the Black Forest"sv, "Canada"sv};
constexpr std::array placesInGerman {
    "Mallorca"sv, "am Gardasee"sv, "an der Ostsee"sv, "Dänemark"sv,       "der Toskana"sv,
    "Kreta"sv,    "den Alpen"sv,   "Norwegen"sv,      "Lissabon"sv,       "auf Sylt"sv,
    "Kroatien"sv, "der Türkei"sv,  "Schottland"sv,    "im Schwarzwald"sv, "Kanada"sv};

template<typename List> std::span<const std::string_view> of(const List &list)
{
    return {list.data(), list.size()};
}

// A modifier and a head that would say the same twice ("Ersatzersatz") make no compound.
bool sameStem(std::string_view modifier, std::string_view head)
{
    std::string stem(modifier);
    if (stem.size() > 3 && stem.back() == 's')
        stem.pop_back();
    if (stem.size() != head.size())
        return false;
    return std::equal(stem.begin(), stem.end(), head.begin(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a))
            == std::tolower(static_cast<unsigned char>(b));
    });
}

// The rare words, most common first: compounds ranked by the product of their stems' ranks
// (so that common stems make common compounds), then the brands the same way.
struct RareWords
{
    std::vector<std::string> compounds;
    std::vector<std::string> brands;
    ZipfDraw compoundDraw;
    ZipfDraw brandDraw;

    static std::vector<std::string> combine(std::span<const std::string_view> firsts,
                                            std::span<const std::string_view> seconds,
                                            bool skipSameStem)
    {
        struct Pair
        {
            std::size_t rank;
            std::size_t first;
            std::size_t second;
        };
        std::vector<Pair> pairs;
        for (std::size_t i = 0; i < firsts.size(); ++i)
            for (std::size_t j = 0; j < seconds.size(); ++j)
                if (!skipSameStem || !sameStem(firsts[i], seconds[j]))
                    pairs.push_back({(i + 1) * (j + 1), i, j});
        std::stable_sort(pairs.begin(), pairs.end(),
                         [](const Pair &a, const Pair &b) { return a.rank < b.rank; });
        std::vector<std::string> words;
        words.reserve(pairs.size());
        for (const auto &pair : pairs)
            words.push_back(std::string(firsts[pair.first]) + std::string(seconds[pair.second]));
        return words;
    }

    RareWords()
        : compounds(combine(words::compoundModifiers(), words::compoundHeads(), true)),
          brands(combine(words::brandSyllables(), words::brandEndings(), false)),
          compoundDraw(compounds.size()), brandDraw(brands.size())
    { }

    static const RareWords &get()
    {
        static const RareWords words; // built once, thread-safe
        return words;
    }
};

// A word from a list by Zipf's law; each call site keeps its draw (its cumulative weights).
std::string_view drawn(std::span<const std::string_view> list, const ZipfDraw &draw,
                       std::mt19937_64 &rng)
{
    return list[draw(rng)];
}

} // namespace

ZipfDraw::ZipfDraw(std::size_t count, double exponent)
{
    m_cumulative.reserve(count);
    double sum = 0;
    for (std::size_t rank = 1; rank <= count; ++rank) {
        sum += 1.0 / std::pow(static_cast<double>(rank), exponent);
        m_cumulative.push_back(sum);
    }
}

std::size_t ZipfDraw::operator()(std::mt19937_64 &rng) const
{
    std::uniform_real_distribution<double> uniform(0.0, m_cumulative.back());
    const auto found = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), uniform(rng));
    return std::min(static_cast<std::size_t>(found - m_cumulative.begin()),
                    m_cumulative.size() - 1);
}

int NoteWriter::between(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_rng);
}

std::string NoteWriter::firstName()
{
    static const ZipfDraw draw(words::firstNames().size(), 0.8);
    return std::string(drawn(words::firstNames(), draw, m_rng));
}

std::string NoteWriter::firstName(bool daughter)
{
    static const ZipfDraw women(words::womensNames().size(), 0.8);
    static const ZipfDraw men(words::mensNames().size(), 0.8);
    return std::string(daughter ? drawn(words::womensNames(), women, m_rng)
                                : drawn(words::mensNames(), men, m_rng));
}

std::string NoteWriter::lastName()
{
    static const ZipfDraw draw(words::lastNames().size(), 0.8);
    return std::string(drawn(words::lastNames(), draw, m_rng));
}

std::string NoteWriter::town()
{
    static const ZipfDraw draw(words::towns().size(), 0.9);
    return std::string(drawn(words::towns(), draw, m_rng));
}

std::size_t NoteWriter::interest()
{
    static const ZipfDraw draw(words::interests().size(), 0.9);
    return draw(m_rng);
}

std::string NoteWriter::compound()
{
    const auto &rare = RareWords::get();
    return rare.compounds[rare.compoundDraw(m_rng)];
}

std::string NoteWriter::brand()
{
    const auto &rare = RareWords::get();
    return rare.brands[rare.brandDraw(m_rng)];
}

std::string NoteWriter::model()
{
    return brand() + " " + std::to_string(between(1, 9) * 100 + between(0, 9) * 10);
}

std::size_t NoteWriter::rareWordCount()
{
    const auto &rare = RareWords::get();
    return rare.compounds.size() + rare.brands.size();
}

std::string NoteWriter::companyName()
{
    static const ZipfDraw tradeDraw(words::tradesInGerman().size(), 0.9);
    static const ZipfDraw hotelDraw(words::hotelNames().size());
    const auto trade = tradeDraw(m_rng);
    switch (between(0, 9)) {
    case 0:
    case 1:
    case 2:
    case 3:
        return std::string(words::tradesInGerman()[trade]) + " " + lastName();
    case 4:
    case 5:
        return lastName() + " " + std::string(words::tradesInEnglish()[trade]);
    case 6:
        return "Hotel " + std::string(drawn(words::hotelNames(), hotelDraw, m_rng));
    case 7:
        return lastName() + " & " + lastName() + " GmbH";
    case 8:
        return std::string(words::tradesInGerman()[trade]) + " " + lastName() + " & Söhne";
    default:
        return std::string(words::tradesInGerman()[trade]) + " am " + town();
    }
}

std::string NoteWriter::slot(std::string_view name, Language language, const NoteSubject &about)
{
    const bool german = language == Language::German;
    if (name == "first")
        return about.firstName;
    if (name == "child")
        return about.childName;
    if (name == "relation")
        return german ? (about.childIsDaughter ? "Tochter" : "Sohn")
                      : (about.childIsDaughter ? "daughter" : "son");
    if (name == "interest")
        return std::string(german ? words::interestsInGerman()[about.interest]
                                  : words::interests()[about.interest]);
    if (name == "hobby") {
        const auto other = interest();
        return std::string(german ? words::interestsInGerman()[other] : words::interests()[other]);
    }
    if (name == "town")
        return about.town.empty() ? town() : about.town;
    if (name == "place") {
        static_assert(placesInEnglish.size() == placesInGerman.size());
        static const ZipfDraw draw(placesInEnglish.size());
        return std::string(german ? drawn(of(placesInGerman), draw, m_rng)
                                  : drawn(of(placesInEnglish), draw, m_rng));
    }
    if (name == "other")
        return firstName();
    if (name == "surname")
        return lastName();
    if (name == "product") {
        static const ZipfDraw english(words::productsInEnglish().size());
        static const ZipfDraw inGerman(words::productsInGerman().size());
        return std::string(german ? drawn(words::productsInGerman(), inGerman, m_rng)
                                  : drawn(words::productsInEnglish(), english, m_rng));
    }
    if (name == "term")
        return german ? compound() : model();
    if (name == "model")
        return model();
    if (name == "brand")
        return brand();
    // The slots that are a number in a range.
    struct Range
    {
        std::string_view name;
        int low;
        int high;
    };
    static constexpr Range ranges[]
        = {{"count", 2, 60}, {"percent", 2, 15}, {"week", 1, 52},     {"weeks", 2, 8},
           {"years", 2, 30}, {"age", 4, 24},     {"year", 2008, 2025}};
    for (const auto &range : ranges)
        if (name == range.name)
            return std::to_string(between(range.low, range.high));
    if (name == "day") {
        const auto day = static_cast<std::size_t>(between(0, 5));
        return std::string(german ? weekdaysInGerman[day] : weekdaysInEnglish[day]);
    }
    if (name == "month") {
        const auto month = static_cast<std::size_t>(between(0, 11));
        return std::string(german ? monthsInGerman[month] : monthsInEnglish[month]);
    }
    if (name == "date") {
        const auto month = static_cast<std::size_t>(between(0, 11));
        const int day = between(1, 28);
        return german ? std::to_string(day) + "." + std::to_string(month + 1) + "."
                      : std::to_string(day) + " " + std::string(monthsInEnglish[month]);
    }
    if (name == "time") {
        char text[8];
        std::snprintf(text, sizeof text, "%d:%02d", between(6, 17), 15 * between(0, 3));
        return text;
    }
    if (name == "price") {
        const int euros = 50 * between(4, 400);
        const char separator = german ? '.' : ',';
        return euros >= 1000 ? std::to_string(euros / 1000) + separator
                + std::to_string(1000 + euros % 1000).substr(1)
                             : std::to_string(euros);
    }
    if (name == "number")
        return "R-" + std::to_string(between(2019, 2026)) + "-"
            + std::to_string(between(1000, 99999));
    return "{" + std::string(name) + "}"; // a template's typo shows in the text
}

std::string NoteWriter::fill(std::string_view text, Language language, const NoteSubject &about)
{
    std::string filled;
    filled.reserve(text.size() + 32);
    std::size_t at = 0;
    while (at < text.size()) {
        const auto open = text.find('{', at);
        const auto close = open == std::string_view::npos ? open : text.find('}', open);
        if (close == std::string_view::npos) {
            filled.append(text.substr(at));
            break;
        }
        filled.append(text.substr(at, open - at));
        filled.append(slot(text.substr(open + 1, close - open - 1), language, about));
        at = close + 1;
    }
    // A sentence that begins with a slot ("son Jonas ...") begins with a capital.
    if (!filled.empty() && filled[0] >= 'a' && filled[0] <= 'z')
        filled[0] = static_cast<char>(filled[0] - 'a' + 'A');
    return filled;
}

std::string NoteWriter::sentences(Templates templates, const ZipfDraw &draw, Language language,
                                  const NoteSubject &about, int minSentences, int maxSentences)
{
    const int count = between(minSentences, maxSentences);
    std::vector<std::size_t> said;
    std::string text;
    for (int i = 0; i < count; ++i) {
        // A note says a thing once, and of a person without children nothing about a child.
        // (A few tries: a short list of templates may run out of new sentences.)
        std::size_t chosen = draw(m_rng);
        for (int tries = 0; tries < 16; ++tries) {
            const bool repeated = std::find(said.begin(), said.end(), chosen) != said.end();
            const bool childless = about.childName.empty()
                && templates[chosen].find("{child}") != std::string_view::npos;
            if (!repeated && !childless)
                break;
            chosen = draw(m_rng);
        }
        if (about.childName.empty() && templates[chosen].find("{child}") != std::string_view::npos)
            continue;
        said.push_back(chosen);
        if (!text.empty())
            text += ' ';
        text += fill(templates[chosen], language, about);
    }
    return text;
}

std::string NoteWriter::visitNotes(Language language, const NoteSubject &about, int minSentences,
                                   int maxSentences)
{
    static const ZipfDraw english(visitInEnglish.size(), 0.6);
    static const ZipfDraw german(visitInGerman.size(), 0.6);
    return language == Language::German
        ? sentences(of(visitInGerman), german, language, about, minSentences, maxSentences)
        : sentences(of(visitInEnglish), english, language, about, minSentences, maxSentences);
}

std::string NoteWriter::personNotes(Language language, const NoteSubject &about, int minSentences,
                                    int maxSentences)
{
    static const ZipfDraw draw(personInEnglish.size(), 0.6);
    static_assert(personInEnglish.size() == personInGerman.size());
    return sentences(language == Language::German ? of(personInGerman) : of(personInEnglish), draw,
                     language, about, minSentences, maxSentences);
}

std::string NoteWriter::accountNotes(Language language, const NoteSubject &about, int minSentences,
                                     int maxSentences)
{
    static const ZipfDraw draw(accountInEnglish.size(), 0.6);
    static_assert(accountInEnglish.size() == accountInGerman.size());
    return sentences(language == Language::German ? of(accountInGerman) : of(accountInEnglish),
                     draw, language, about, minSentences, maxSentences);
}

std::string NoteWriter::howWeMet(Language language, const NoteSubject &about)
{
    static const ZipfDraw draw(metInEnglish.size(), 0.8);
    static_assert(metInEnglish.size() == metInGerman.size());
    return sentences(language == Language::German ? of(metInGerman) : of(metInEnglish), draw,
                     language, about, 1, 1);
}

std::string NoteWriter::visitOutcome(Language language, const NoteSubject &about)
{
    static const ZipfDraw draw(outcomeInEnglish.size(), 0.8);
    static_assert(outcomeInEnglish.size() == outcomeInGerman.size());
    return sentences(language == Language::German ? of(outcomeInGerman) : of(outcomeInEnglish),
                     draw, language, about, 1, 2);
}

std::string NoteWriter::visitTitle(Language language)
{
    static_assert(titleInEnglish.size() == titleInGerman.size());
    static const ZipfDraw draw(titleInEnglish.size(), 0.7);
    return std::string(language == Language::German ? drawn(of(titleInGerman), draw, m_rng)
                                                    : drawn(of(titleInEnglish), draw, m_rng));
}

} // namespace rapport::demo
