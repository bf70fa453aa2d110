#include "word_lists.h"

#include <algorithm>
#include <array>
#include <vector>

namespace rapport::demo::words {

namespace {

using namespace std::string_view_literals;

constexpr std::array femaleNameList {
    "Anna"sv,    "Julia"sv,  "Sabine"sv,    "Katrin"sv,    "Claudia"sv,  "Petra"sv,   "Monika"sv,
    "Susanne"sv, "Mara"sv,   "Sofia"sv,     "Emma"sv,      "Lea"sv,      "Ida"sv,     "Clara"sv,
    "Marta"sv,   "Aylin"sv,  "Siobhan"sv,   "Giulia"sv,    "Ruth"sv,     "Nele"sv,    "Heike"sv,
    "Birgit"sv,  "Karin"sv,  "Anke"sv,      "Silke"sv,     "Ute"sv,      "Nicole"sv,  "Tanja"sv,
    "Melanie"sv, "Sandra"sv, "Christina"sv, "Lena"sv,      "Hannah"sv,   "Laura"sv,   "Marie"sv,
    "Mia"sv,     "Emilia"sv, "Greta"sv,     "Frieda"sv,    "Mathilda"sv, "Lotte"sv,   "Ella"sv,
    "Ayşe"sv,    "Elif"sv,   "Agnieszka"sv, "Katarzyna"sv, "Ivana"sv,    "Chiara"sv,  "Sophie"sv,
    "Camille"sv, "Mette"sv,  "Ingrid"sv,    "Astrid"sv,    "Sanne"sv,    "Niamh"sv,   "Olga"sv,
    "Fatima"sv,  "Zeynep"sv, "Ana"sv,       "Carmen"sv,    "Eva"sv,      "Barbara"sv, "Gisela"sv,
    "Renate"sv,  "Ursula"sv,
};
constexpr std::array maleNameList {
    "Thomas"sv, "Michael"sv,  "Andreas"sv, "Stefan"sv, "Markus"sv, "Frank"sv,  "Jürgen"sv,
    "Jonas"sv,  "Lukas"sv,    "Ben"sv,     "Paul"sv,   "Felix"sv,  "Noah"sv,   "Elias"sv,
    "Tomasz"sv, "Mehmet"sv,   "Pierre"sv,  "Oskar"sv,  "Ralf"sv,   "Uwe"sv,    "Dirk"sv,
    "Holger"sv, "Jens"sv,     "Torsten"sv, "Sven"sv,   "Kai"sv,    "Tobias"sv, "Florian"sv,
    "Daniel"sv, "Jan"sv,      "Tim"sv,     "Moritz"sv, "Leon"sv,   "Finn"sv,   "Luis"sv,
    "Anton"sv,  "Karl"sv,     "Emil"sv,    "Henry"sv,  "Theo"sv,   "Emre"sv,   "Can"sv,
    "Piotr"sv,  "Marek"sv,    "Luca"sv,    "Marco"sv,  "Louis"sv,  "Lars"sv,   "Søren"sv,
    "Nils"sv,   "Pieter"sv,   "Sean"sv,    "Dmitri"sv, "Yusuf"sv,  "João"sv,   "Javier"sv,
    "Martin"sv, "Wolfgang"sv, "Helmut"sv,  "Dieter"sv, "Horst"sv,
};

// Both lists interleaved, so that a Zipf draw over all names ranks women and men alike.
const std::vector<std::string_view> &allFirstNames()
{
    static const auto names = [] {
        std::vector<std::string_view> all;
        for (std::size_t i = 0; i < std::max(femaleNameList.size(), maleNameList.size()); ++i) {
            if (i < femaleNameList.size())
                all.push_back(femaleNameList[i]);
            if (i < maleNameList.size())
                all.push_back(maleNameList[i]);
        }
        return all;
    }();
    return names;
}

constexpr std::array lastNameList {
    "Müller"sv,   "Schmidt"sv,    "Schneider"sv,  "Fischer"sv,   "Weber"sv,       "Meyer"sv,
    "Wagner"sv,   "Becker"sv,     "Schulz"sv,     "Hoffmann"sv,  "Schäfer"sv,     "Koch"sv,
    "Bauer"sv,    "Richter"sv,    "Klein"sv,      "Wolf"sv,      "Schröder"sv,    "Neumann"sv,
    "Schwarz"sv,  "Zimmermann"sv, "Braun"sv,      "Krüger"sv,    "Hofmann"sv,     "Hartmann"sv,
    "Lange"sv,    "Schmitt"sv,    "Werner"sv,     "Schmitz"sv,   "Krause"sv,      "Meier"sv,
    "Lehmann"sv,  "Schmid"sv,     "Schulze"sv,    "Maier"sv,     "Köhler"sv,      "Herrmann"sv,
    "König"sv,    "Walter"sv,     "Mayer"sv,      "Huber"sv,     "Kaiser"sv,      "Fuchs"sv,
    "Peters"sv,   "Lang"sv,       "Scholz"sv,     "Möller"sv,    "Weiß"sv,        "Jung"sv,
    "Hahn"sv,     "Schubert"sv,   "Vogel"sv,      "Friedrich"sv, "Keller"sv,      "Günther"sv,
    "Frank"sv,    "Berger"sv,     "Winkler"sv,    "Roth"sv,      "Beck"sv,        "Lorenz"sv,
    "Baumann"sv,  "Franke"sv,     "Albrecht"sv,   "Schuster"sv,  "Simon"sv,       "Ludwig"sv,
    "Böhm"sv,     "Winter"sv,     "Kraus"sv,      "Martin"sv,    "Schumacher"sv,  "Krämer"sv,
    "Vogt"sv,     "Stein"sv,      "Jäger"sv,      "Otto"sv,      "Sommer"sv,      "Groß"sv,
    "Seidel"sv,   "Heinrich"sv,   "Brandt"sv,     "Haas"sv,      "Schreiber"sv,   "Graf"sv,
    "Schulte"sv,  "Dietrich"sv,   "Ziegler"sv,    "Kuhn"sv,      "Kühn"sv,        "Pohl"sv,
    "Engel"sv,    "Horn"sv,       "Busch"sv,      "Bergmann"sv,  "Thomas"sv,      "Voigt"sv,
    "Sauer"sv,    "Arnold"sv,     "Wolff"sv,      "Pfeiffer"sv,  "Berg"sv,        "Lind"sv,
    "Kowalski"sv, "Nowak"sv,      "Wiśniewski"sv, "Kamiński"sv,  "Lewandowski"sv, "Novak"sv,
    "Svoboda"sv,  "Horvat"sv,     "Kovač"sv,      "Yılmaz"sv,    "Kaya"sv,        "Demir"sv,
    "Şahin"sv,    "Çelik"sv,      "Öztürk"sv,     "Rossi"sv,     "Russo"sv,       "Ferrari"sv,
    "Esposito"sv, "Bianchi"sv,    "Dubois"sv,     "Lefebvre"sv,  "Moreau"sv,      "Laurent"sv,
    "Larsen"sv,   "Jensen"sv,     "Nielsen"sv,    "Hansen"sv,    "Andersen"sv,    "Pedersen"sv,
    "de Vries"sv, "van Dijk"sv,   "Bakker"sv,     "Janssen"sv,   "O'Brien"sv,     "Murphy"sv,
    "Kelly"sv,    "Walsh"sv,      "Santos"sv,     "Ferreira"sv,  "García"sv,      "Fernández"sv,
    "Ivanov"sv,   "Petrov"sv,     "Popescu"sv,    "Nagy"sv,      "Tóth"sv,        "Dvořák"sv};

constexpr std::array townList {"Berlin"sv,
                               "Hamburg"sv,
                               "München"sv,
                               "Köln"sv,
                               "Frankfurt"sv,
                               "Stuttgart"sv,
                               "Düsseldorf"sv,
                               "Leipzig"sv,
                               "Dortmund"sv,
                               "Essen"sv,
                               "Bremen"sv,
                               "Dresden"sv,
                               "Hannover"sv,
                               "Nürnberg"sv,
                               "Duisburg"sv,
                               "Bochum"sv,
                               "Wuppertal"sv,
                               "Bielefeld"sv,
                               "Bonn"sv,
                               "Münster"sv,
                               "Mannheim"sv,
                               "Karlsruhe"sv,
                               "Augsburg"sv,
                               "Wiesbaden"sv,
                               "Mönchengladbach"sv,
                               "Gelsenkirchen"sv,
                               "Aachen"sv,
                               "Braunschweig"sv,
                               "Kiel"sv,
                               "Chemnitz"sv,
                               "Halle"sv,
                               "Magdeburg"sv,
                               "Freiburg"sv,
                               "Krefeld"sv,
                               "Mainz"sv,
                               "Lübeck"sv,
                               "Erfurt"sv,
                               "Oberhausen"sv,
                               "Rostock"sv,
                               "Kassel"sv,
                               "Hagen"sv,
                               "Potsdam"sv,
                               "Saarbrücken"sv,
                               "Hamm"sv,
                               "Ludwigshafen"sv,
                               "Oldenburg"sv,
                               "Mülheim"sv,
                               "Osnabrück"sv,
                               "Leverkusen"sv,
                               "Heidelberg"sv,
                               "Darmstadt"sv,
                               "Solingen"sv,
                               "Regensburg"sv,
                               "Herne"sv,
                               "Paderborn"sv,
                               "Neuss"sv,
                               "Ingolstadt"sv,
                               "Offenbach"sv,
                               "Fürth"sv,
                               "Würzburg"sv,
                               "Ulm"sv,
                               "Heilbronn"sv,
                               "Pforzheim"sv,
                               "Wolfsburg"sv,
                               "Göttingen"sv,
                               "Bottrop"sv,
                               "Reutlingen"sv,
                               "Koblenz"sv,
                               "Bremerhaven"sv,
                               "Recklinghausen"sv,
                               "Bergisch Gladbach"sv,
                               "Erlangen"sv,
                               "Jena"sv,
                               "Remscheid"sv,
                               "Trier"sv,
                               "Salzgitter"sv,
                               "Moers"sv,
                               "Siegen"sv,
                               "Hildesheim"sv,
                               "Cottbus"sv,
                               "Gütersloh"sv,
                               "Kaiserslautern"sv,
                               "Witten"sv,
                               "Schwerin"sv,
                               "Gera"sv,
                               "Iserlohn"sv,
                               "Zwickau"sv,
                               "Düren"sv,
                               "Esslingen"sv,
                               "Ratingen"sv,
                               "Flensburg"sv,
                               "Lüneburg"sv,
                               "Villingen"sv,
                               "Konstanz"sv,
                               "Marl"sv,
                               "Worms"sv,
                               "Velbert"sv,
                               "Minden"sv,
                               "Neumünster"sv,
                               "Dessau"sv,
                               "Norderstedt"sv,
                               "Delmenhorst"sv,
                               "Bamberg"sv,
                               "Viersen"sv,
                               "Marburg"sv,
                               "Rheine"sv,
                               "Wilhelmshaven"sv,
                               "Gladbeck"sv,
                               "Lüdenscheid"sv,
                               "Troisdorf"sv,
                               "Celle"sv,
                               "Detmold"sv,
                               "Bayreuth"sv,
                               "Aschaffenburg"sv,
                               "Landshut"sv,
                               "Kempten"sv,
                               "Fulda"sv,
                               "Rosenheim"sv,
                               "Passau"sv,
                               "Stralsund"sv,
                               "Weimar"sv,
                               "Goslar"sv,
                               "Husum"sv,
                               "Wismar"sv,
                               "Lindau"sv,
                               "Wien"sv,
                               "Graz"sv,
                               "Linz"sv,
                               "Salzburg"sv,
                               "Innsbruck"sv,
                               "Zürich"sv,
                               "Basel"sv,
                               "Bern"sv,
                               "Luzern"sv,
                               "St. Gallen"sv,
                               "Aarhus"sv,
                               "Odense"sv,
                               "Aalborg"sv,
                               "Esbjerg"sv,
                               "Kolding"sv};

constexpr std::array interestList {
    "football"sv,       "cycling"sv,      "gardening"sv,      "hiking"sv,       "cooking"sv,
    "travel"sv,         "wine"sv,         "photography"sv,    "running"sv,      "fishing"sv,
    "sailing"sv,        "tennis"sv,       "skiing"sv,         "jazz"sv,         "chess"sv,
    "handball"sv,       "golf"sv,         "baking"sv,         "marathons"sv,    "birdwatching"sv,
    "baseball cards"sv, "horse riding"sv, "model railways"sv, "vintage cars"sv, "motorbikes"sv,
    "climbing"sv,       "swimming"sv,     "yoga"sv,           "piano"sv,        "guitar"sv,
    "choir"sv,          "opera"sv,        "theatre"sv,        "crime novels"sv, "history"sv,
    "board games"sv,    "video games"sv,  "camping"sv,        "dogs"sv,         "beekeeping"sv,
    "woodwork"sv,       "painting"sv,     "pottery"sv,        "knitting"sv,     "rowing"sv,
    "table tennis"sv,   "darts"sv,        "ice hockey"sv,     "basketball"sv,   "volleyball"sv,
    "triathlon"sv,      "kitesurfing"sv,  "astronomy"sv,      "stamps"sv,       "craft beer"sv,
    "whisky"sv,         "coffee"sv,       "Formula 1"sv,      "Italian food"sv, "ballet"sv};

// The same pastimes in German, by index.
constexpr std::array interestInGermanList {"Fußball"sv,
                                           "Radfahren"sv,
                                           "Gartenarbeit"sv,
                                           "Wandern"sv,
                                           "Kochen"sv,
                                           "Reisen"sv,
                                           "Wein"sv,
                                           "Fotografie"sv,
                                           "Laufen"sv,
                                           "Angeln"sv,
                                           "Segeln"sv,
                                           "Tennis"sv,
                                           "Skifahren"sv,
                                           "Jazz"sv,
                                           "Schach"sv,
                                           "Handball"sv,
                                           "Golf"sv,
                                           "Backen"sv,
                                           "Marathon"sv,
                                           "Vogelbeobachtung"sv,
                                           "Baseballkarten"sv,
                                           "Reiten"sv,
                                           "Modelleisenbahn"sv,
                                           "Oldtimer"sv,
                                           "Motorräder"sv,
                                           "Klettern"sv,
                                           "Schwimmen"sv,
                                           "Yoga"sv,
                                           "Klavier"sv,
                                           "Gitarre"sv,
                                           "Chor"sv,
                                           "Oper"sv,
                                           "Theater"sv,
                                           "Krimis"sv,
                                           "Geschichte"sv,
                                           "Brettspiele"sv,
                                           "Videospiele"sv,
                                           "Camping"sv,
                                           "Hunde"sv,
                                           "Imkerei"sv,
                                           "Holzarbeiten"sv,
                                           "Malen"sv,
                                           "Töpfern"sv,
                                           "Stricken"sv,
                                           "Rudern"sv,
                                           "Tischtennis"sv,
                                           "Darts"sv,
                                           "Eishockey"sv,
                                           "Basketball"sv,
                                           "Volleyball"sv,
                                           "Triathlon"sv,
                                           "Kitesurfen"sv,
                                           "Astronomie"sv,
                                           "Briefmarken"sv,
                                           "Craft Beer"sv,
                                           "Whisky"sv,
                                           "Kaffee"sv,
                                           "Formel 1"sv,
                                           "italienisches Essen"sv,
                                           "Ballett"sv};
static_assert(interestList.size() == interestInGermanList.size());

constexpr std::array tradeInEnglishList {"Bakery"sv,
                                         "Butcher"sv,
                                         "Café"sv,
                                         "Restaurant"sv,
                                         "Hotel"sv,
                                         "Pharmacy"sv,
                                         "Dental Practice"sv,
                                         "Garden Centre"sv,
                                         "Joinery"sv,
                                         "Print Shop"sv,
                                         "Car Repair"sv,
                                         "Brewery"sv,
                                         "Veterinary Clinic"sv,
                                         "Pastry Shop"sv,
                                         "Canteen"sv,
                                         "Catering"sv,
                                         "Ice Cream Parlour"sv,
                                         "Supermarket"sv,
                                         "Farm Shop"sv,
                                         "Deli"sv};
constexpr std::array tradeInGermanList {
    "Bäckerei"sv,      "Metzgerei"sv,      "Café"sv,           "Restaurant"sv, "Hotel"sv,
    "Apotheke"sv,      "Zahnarztpraxis"sv, "Gärtnerei"sv,      "Tischlerei"sv, "Druckerei"sv,
    "Autowerkstatt"sv, "Brauerei"sv,       "Tierarztpraxis"sv, "Konditorei"sv, "Kantine"sv,
    "Partyservice"sv,  "Eiscafé"sv,        "Markt"sv,          "Hofladen"sv,   "Feinkost"sv};
static_assert(tradeInEnglishList.size() == tradeInGermanList.size());

constexpr std::array hotelNameList {
    "Zur Post"sv,        "Lindenhof"sv,       "Am See"sv,    "Seeblick"sv,    "Sonnenhof"sv,
    "Goldener Hirsch"sv, "Zum Löwen"sv,       "Am Markt"sv,  "Rosengarten"sv, "Waldesruh"sv,
    "Alte Mühle"sv,      "Schwarzer Adler"sv, "Zur Krone"sv, "Bergblick"sv,   "Am Dom"sv};

constexpr std::array productInEnglishList {"deck oven"sv,
                                           "combi oven"sv,
                                           "proofer"sv,
                                           "dough mixer"sv,
                                           "display fridge"sv,
                                           "coffee machine"sv,
                                           "dishwasher"sv,
                                           "slicer"sv,
                                           "freezer"sv,
                                           "bread rack"sv,
                                           "cleaning tablets"sv,
                                           "baking trays"sv,
                                           "service contract"sv,
                                           "spare parts"sv,
                                           "door seals"sv,
                                           "water filter"sv,
                                           "ice machine"sv,
                                           "vacuum sealer"sv,
                                           "till system"sv,
                                           "shelving"sv,
                                           "blast chiller"sv,
                                           "fryer"sv,
                                           "grill"sv,
                                           "induction hob"sv,
                                           "extractor hood"sv,
                                           "steam generator"sv,
                                           "sheeter"sv,
                                           "divider"sv,
                                           "cooling room"sv,
                                           "milk frother"sv};
constexpr std::array productInGermanList {
    "Etagenofen"sv,       "Kombidämpfer"sv,    "Gärschrank"sv,      "Knetmaschine"sv,
    "Kühlvitrine"sv,      "Kaffeemaschine"sv,  "Spülmaschine"sv,    "Aufschnittmaschine"sv,
    "Tiefkühlschrank"sv,  "Brotregal"sv,       "Reinigungstabs"sv,  "Backbleche"sv,
    "Wartungsvertrag"sv,  "Ersatzteile"sv,     "Türdichtungen"sv,   "Wasserfilter"sv,
    "Eismaschine"sv,      "Vakuumierer"sv,     "Kassensystem"sv,    "Regalsystem"sv,
    "Schockkühler"sv,     "Fritteuse"sv,       "Grillplatte"sv,     "Induktionsherd"sv,
    "Dunstabzugshaube"sv, "Dampferzeuger"sv,   "Ausrollmaschine"sv, "Teigteiler"sv,
    "Kühlraum"sv,         "Milchaufschäumer"sv};

// The stems are ordered by how often they come up in a salesperson's German: a compound's rank
// is its modifier's times its head's, so "Liefertermin" is common and "Glasurkante" rare.
constexpr std::array modifierList {
    "Liefer"sv,        "Preis"sv,        "Kunden"sv,    "Termin"sv,       "Service"sv,
    "Back"sv,          "Kühl"sv,         "Ofen"sv,      "Vertrags"sv,     "Wartungs"sv,
    "Muster"sv,        "Bestell"sv,      "Rechnungs"sv, "Rabatt"sv,       "Jahres"sv,
    "Monats"sv,        "Wochen"sv,       "Lager"sv,     "Ersatz"sv,       "Reinigungs"sv,
    "Personal"sv,      "Schulungs"sv,    "Messe"sv,     "Angebots"sv,     "Sommer"sv,
    "Winter"sv,        "Weihnachts"sv,   "Oster"sv,     "Energie"sv,      "Strom"sv,
    "Wasser"sv,        "Gas"sv,          "Dampf"sv,     "Umluft"sv,       "Tiefkühl"sv,
    "Frische"sv,       "Brot"sv,         "Teig"sv,      "Kuchen"sv,       "Torten"sv,
    "Kaffee"sv,        "Milch"sv,        "Zucker"sv,    "Mehl"sv,         "Fleisch"sv,
    "Wurst"sv,         "Käse"sv,         "Obst"sv,      "Gemüse"sv,       "Küchen"sv,
    "Theken"sv,        "Kassen"sv,       "Regal"sv,     "Schaufenster"sv, "Verpackungs"sv,
    "Etiketten"sv,     "Karton"sv,       "Paletten"sv,  "Glas"sv,         "Papier"sv,
    "Holz"sv,          "Metall"sv,       "Edelstahl"sv, "Kunststoff"sv,   "Sicherheits"sv,
    "Hygiene"sv,       "Garantie"sv,     "Reparatur"sv, "Montage"sv,      "Transport"sv,
    "Fahrzeug"sv,      "Park"sv,         "Laden"sv,     "Filial"sv,       "Zentral"sv,
    "Haupt"sv,         "Neben"sv,        "Außen"sv,     "Innen"sv,        "Ober"sv,
    "Unter"sv,         "Vorder"sv,       "Hinter"sv,    "Seiten"sv,       "Eck"sv,
    "Wand"sv,          "Boden"sv,        "Decken"sv,    "Tür"sv,          "Fenster"sv,
    "Licht"sv,         "Lampen"sv,       "Kabel"sv,     "Stecker"sv,      "Schalter"sv,
    "Motor"sv,         "Pumpen"sv,       "Filter"sv,    "Ventil"sv,       "Schlauch"sv,
    "Rohr"sv,          "Heiz"sv,         "Lüftungs"sv,  "Klima"sv,        "Temperatur"sv,
    "Feuchtigkeits"sv, "Zeit"sv,         "Nacht"sv,     "Früh"sv,         "Spät"sv,
    "Wochenend"sv,     "Feiertags"sv,    "Urlaubs"sv,   "Kranken"sv,      "Einkaufs"sv,
    "Verkaufs"sv,      "Umsatz"sv,       "Gewinn"sv,    "Kosten"sv,       "Budget"sv,
    "Zahlungs"sv,      "Mahn"sv,         "Steuer"sv,    "Bank"sv,         "Konto"sv,
    "Leasing"sv,       "Miet"sv,         "Kauf"sv,      "Probe"sv,        "Test"sv,
    "Vorführ"sv,       "Ausstellungs"sv, "Katalog"sv,   "Prospekt"sv,     "Werbe"sv,
    "Aktions"sv,       "Sonder"sv,       "Glasur"sv,    "Streusel"sv,     "Sauerteig"sv};

constexpr std::array headList {
    "termin"sv,    "liste"sv,      "vertrag"sv,     "preis"sv,       "lieferung"sv, "auftrag"sv,
    "rechnung"sv,  "bestellung"sv, "gespräch"sv,    "besuch"sv,      "angebot"sv,   "kosten"sv,
    "rabatt"sv,    "muster"sv,     "katalog"sv,     "schulung"sv,    "wartung"sv,   "reparatur"sv,
    "reinigung"sv, "technik"sv,    "anlage"sv,      "gerät"sv,       "maschine"sv,  "ofen"sv,
    "schrank"sv,   "theke"sv,      "raum"sv,        "fläche"sv,      "regal"sv,     "wagen"sv,
    "filter"sv,    "dichtung"sv,   "pumpe"sv,       "motor"sv,       "steuerung"sv, "tür"sv,
    "fach"sv,      "blech"sv,      "form"sv,        "kiste"sv,       "palette"sv,   "leitung"sv,
    "zähler"sv,    "schalter"sv,   "anschluss"sv,   "ventil"sv,      "platte"sv,    "rost"sv,
    "haube"sv,     "lampe"sv,      "kabel"sv,       "stecker"sv,     "rolle"sv,     "band"sv,
    "schale"sv,    "deckel"sv,     "korb"sv,        "sack"sv,        "tüte"sv,      "karton"sv,
    "etikett"sv,   "schild"sv,     "plakat"sv,      "prospekt"sv,    "aktion"sv,    "woche"sv,
    "monat"sv,     "jahr"sv,       "zeit"sv,        "frist"sv,       "plan"sv,      "ziel"sv,
    "zahl"sv,      "menge"sv,      "umsatz"sv,      "gewinn"sv,      "budget"sv,    "konto"sv,
    "zahlung"sv,   "mahnung"sv,    "gutschrift"sv,  "beleg"sv,       "schein"sv,    "nummer"sv,
    "code"sv,      "system"sv,     "programm"sv,    "einstellung"sv, "fehler"sv,    "störung"sv,
    "ausfall"sv,   "schaden"sv,    "problem"sv,     "frage"sv,       "wunsch"sv,    "idee"sv,
    "lösung"sv,    "änderung"sv,   "erweiterung"sv, "umbau"sv,       "neubau"sv,    "austausch"sv,
    "ersatz"sv,    "teil"sv,       "satz"sv,        "paket"sv,       "set"sv,       "sortiment"sv,
    "linie"sv,     "serie"sv,      "modell"sv,      "größe"sv,       "farbe"sv,     "qualität"sv,
    "kontrolle"sv, "prüfung"sv,    "messung"sv,     "protokoll"sv,   "bericht"sv,   "notiz"sv,
    "partner"sv,   "kunde"sv,      "leiter"sv,      "meister"sv,     "team"sv,      "kollege"sv,
    "stelle"sv,    "standort"sv,   "filiale"sv,     "halle"sv,       "keller"sv,    "hof"sv,
    "eingang"sv,   "ausgang"sv,    "weg"sv,         "fahrt"sv,       "tour"sv,      "route"sv,
    "kante"sv,     "ecke"sv,       "seite"sv,       "fuß"sv,         "griff"sv,     "rahmen"sv,
    "gestell"sv,   "halter"sv};

constexpr std::array brandSyllableList {
    "Var"sv, "Kel"sv, "Thor"sv, "Lum"sv, "Bra"sv, "Cor"sv, "Del"sv, "Fen"sv, "Gal"sv,  "Hel"sv,
    "Ist"sv, "Jor"sv, "Kar"sv,  "Lin"sv, "Mer"sv, "Nor"sv, "Ost"sv, "Pol"sv, "Quin"sv, "Ros"sv,
    "Sol"sv, "Tel"sv, "Ul"sv,   "Ven"sv, "Wal"sv, "Xen"sv, "Yar"sv, "Zel"sv, "Ar"sv,   "Bel"sv,
    "Cal"sv, "Dor"sv, "El"sv,   "Fal"sv, "Gor"sv, "Hal"sv, "Mar"sv, "Ner"sv, "Pra"sv,  "Sten"sv};
constexpr std::array brandEndingList {
    "mo"sv,  "brix"sv, "tec"sv,  "line"sv, "therm"sv, "pro"sv, "ma"sv,   "nova"sv,
    "ix"sv,  "ora"sv,  "vent"sv, "flow"sv, "max"sv,   "lux"sv, "con"sv,  "sys"sv,
    "tra"sv, "ex"sv,   "ino"sv,  "ano"sv,  "etta"sv,  "ion"sv, "us"sv,   "ar"sv,
    "en"sv,  "ia"sv,   "on"sv,   "ist"sv,  "ero"sv,   "ova"sv, "ium"sv,  "ell"sv,
    "ock"sv, "und"sv,  "ast"sv,  "esk"sv,  "ilo"sv,   "umo"sv, "ator"sv, "eon"sv};

} // namespace

std::span<const std::string_view> firstNames()
{
    return allFirstNames();
}
std::span<const std::string_view> womensNames()
{
    return femaleNameList;
}
std::span<const std::string_view> mensNames()
{
    return maleNameList;
}
std::span<const std::string_view> lastNames()
{
    return lastNameList;
}
std::span<const std::string_view> towns()
{
    return townList;
}
std::span<const std::string_view> interests()
{
    return interestList;
}
std::span<const std::string_view> interestsInGerman()
{
    return interestInGermanList;
}
std::span<const std::string_view> tradesInEnglish()
{
    return tradeInEnglishList;
}
std::span<const std::string_view> tradesInGerman()
{
    return tradeInGermanList;
}
std::span<const std::string_view> hotelNames()
{
    return hotelNameList;
}
std::span<const std::string_view> productsInEnglish()
{
    return productInEnglishList;
}
std::span<const std::string_view> productsInGerman()
{
    return productInGermanList;
}
std::span<const std::string_view> compoundModifiers()
{
    return modifierList;
}
std::span<const std::string_view> compoundHeads()
{
    return headList;
}
std::span<const std::string_view> brandSyllables()
{
    return brandSyllableList;
}
std::span<const std::string_view> brandEndings()
{
    return brandEndingList;
}

} // namespace rapport::demo::words
