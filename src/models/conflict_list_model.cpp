#include "models/conflict_list_model.h"

#include "app/database_session.h"
#include "merge/local_editor.h"
#include "models/display_text.h"
#include "notebook/notebook_queries.h"

#include <QDateTime>
#include <QLocale>

namespace {

// Conflicts to review on one screen; more than this means something else is wrong.
constexpr int reviewLimit = 200;

// A value as the person typed it: text as is, anything else (a list, a number) as JSON.
QString readable(const rapport::Json &value)
{
    if (value.is_string())
        return display::text(value.get<std::string>());
    if (value.is_null())
        return ConflictListModel::tr("(empty)", "a value nobody filled in");
    return display::text(value.dump());
}

QString when(const rapport::Json &body, const char *key)
{
    auto found = body.find(key);
    if (found == body.end() || !found->is_number())
        return {};
    const auto time = QDateTime::fromMSecsSinceEpoch(found->get<qint64>());
    return QLocale().toString(
        time, ConflictListModel::tr("ddd d MMM, HH:mm", "date and time format (QDateTime)"));
}

QString device(const rapport::Json &body, const char *key, const std::string &thisDevice)
{
    auto found = body.find(key);
    if (found == body.end() || !found->is_string())
        return {};
    return found->get<std::string>() == thisDevice ? ConflictListModel::tr("this device")
                                                   : ConflictListModel::tr("another device");
}

} // namespace

QList<QByteArray> ConflictListModel::roles() const
{
    return {"documentId", "title", "kept", "lost", "keptWhere", "lostWhere", "isDeletion"};
}

rapport::Result<PagedListModel::Page>
ConflictListModel::readPage(const std::optional<rapport::PageKey> &after, int)
{
    if (after)
        return Page {};
    auto conflicts = session()->queries()->openConflicts(reviewLimit);
    if (!conflicts)
        return conflicts.error();
    const auto thisDevice = session()->editor()->device();
    std::vector<Row> rows;
    for (const auto &conflict : *conflicts) {
        const auto &body = conflict.body;
        const bool deletion = body.value("kind", std::string()) == "deletion";
        const auto subject = conflict.documentTitle.empty()
            ? display::text(body.value("docId", std::string()))
            : display::text(conflict.documentTitle);
        const auto field = display::text(body.value("field", std::string()));
        const auto title = deletion
            ? tr("%1 was deleted on one device and changed on another").arg(subject)
            : QStringLiteral("%1 · %2").arg(subject, field);
        auto where = [&](const char *timeKey, const char *deviceKey) {
            QStringList parts;
            for (const auto &part : {when(body, timeKey), device(body, deviceKey, thisDevice)})
                if (!part.isEmpty())
                    parts.append(part);
            return parts.join(QStringLiteral(", "));
        };
        // A file both devices replaced: its digests say nothing to a person.
        const bool file = body.value("kind", std::string()) == "attachment";
        const auto kept = deletion ? tr("kept, with the changes")
            : file                 ? tr("the file as it is now")
                                   : readable(body.value("kept", rapport::Json()));
        const auto lost = deletion ? tr("deleted")
            : file                 ? tr("the file the other change attached")
                                   : readable(body.value("lost", rapport::Json()));
        rows.push_back(
            Row {{display::text(conflict.id), title, kept, lost, where("keptAt", "keptDevice"),
                  where("lostAt", "lostDevice"), deletion},
                 std::nullopt});
    }
    return Page {std::move(rows), false};
}
