#include "interchange/people_file.h"

#include "interchange/text_source.h"

#include <sstream>

namespace rapport::interchange {

PeopleFile readAllPeople(std::string_view bytes,
                         const std::function<std::unique_ptr<PeopleSource>(TextSource &)> &open)
{
    std::istringstream in {std::string(bytes)};
    // A string can always be read again from its start.
    const auto detected = detectEncoding(in);
    const auto encoding = detected ? *detected : TextEncoding::Utf8;
    TextSource text(in, encoding);
    auto source = open(text);
    PeopleFile file;
    file.readAs = encodingName(encoding);
    PersonRecord person;
    while (source->next(person))
        file.people.push_back(std::move(person));
    file.skipped = source->skipped();
    return file;
}

} // namespace rapport::interchange
