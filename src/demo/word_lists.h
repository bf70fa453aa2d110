#pragma once

#include <span>
#include <string_view>

// The words the demo corpus is made of, each list with its most common entries first (the
// order is the rank a Zipf draw gives them): names and towns as they are found in Germany and
// its neighbours, the trades a field salesperson calls on, what people do in their spare time,
// and the stems of German compound nouns, whose combinations give the long tail of rare words
// that real notes have.
namespace rapport::demo::words {

std::span<const std::string_view> firstNames();
// The same names by whom they are usually given to, for a son or a daughter.
std::span<const std::string_view> womensNames();
std::span<const std::string_view> mensNames();
std::span<const std::string_view> lastNames();
std::span<const std::string_view> towns();
// A person's pastimes as the app shows them (English), and the same in German by index.
std::span<const std::string_view> interests();
std::span<const std::string_view> interestsInGerman();
// "Bakery" beside "Bäckerei": the same trade in English and German, by index.
std::span<const std::string_view> tradesInEnglish();
std::span<const std::string_view> tradesInGerman();
std::span<const std::string_view> hotelNames();
// What a salesperson sells and talks about, in each language.
std::span<const std::string_view> productsInEnglish();
std::span<const std::string_view> productsInGerman();
// German compounds: a modifier ("Liefer") and a head ("termin") give "Liefertermin".
std::span<const std::string_view> compoundModifiers();
std::span<const std::string_view> compoundHeads();
// Brand and model names: a syllable and an ending give "Varmo", "Kelbrix".
std::span<const std::string_view> brandSyllables();
std::span<const std::string_view> brandEndings();

} // namespace rapport::demo::words
