#include "app/morning_digest.h"

#include "app/database_session.h"
#include "models/today_model.h"
#include "notebook/reminder_answers.h"
#include "store/store.h"

namespace {

// Today's sections a reminder is worth for; "nothing promised yet" waits for Today.
const QStringList remindedSections {QStringLiteral("visits"), QStringLiteral("followups"),
                                    QStringLiteral("occasions"), QStringLiteral("lapsed")};

QVariant value(const TodayModel &model, int row, const QByteArray &role)
{
    return model.data(model.index(row), model.roleNames().key(role));
}

// {"digestOn": "2026-11-25", "shown": {"<key>": "<when>", ...}}
rapport::Json shownRecord(DatabaseSession &session)
{
    auto stored = session.store()->getLocal(MorningDigest::shownDocumentId);
    auto record = stored && stored->is_object() ? *stored : rapport::Json::object();
    if (!record.contains("shown") || !record["shown"].is_object())
        record["shown"] = rapport::Json::object();
    return record;
}

} // namespace

QList<MorningDigest::Reminder> MorningDigest::unshown() const
{
    QList<Reminder> reminders;
    if (!m_session.ready())
        return reminders;
    const auto record = shownRecord(m_session);
    const auto &shown = record["shown"];
    const auto day = m_session.today().toString(Qt::ISODate).toStdString();
    const auto yesterday = m_session.today().addDays(-1).toString(Qt::ISODate);
    TodayModel today;
    today.setSession(&m_session);
    for (int row = 0; row < today.rowCount(); ++row) {
        const auto key = value(today, row, "reminderKey").toString();
        if (key.isEmpty() || !remindedSections.contains(value(today, row, "section").toString()))
            continue;
        // A customer that went quiet long ago is Today's to show, not the morning's news.
        if (key.startsWith(QLatin1String("lapsed:"))
            && key.section(QLatin1Char(':'), 2) < yesterday)
            continue;
        // Answered on any device (done, or snoozed to a later morning), or shown here already.
        const auto stored = key.toStdString();
        const auto when = shown.find(stored);
        const std::string lastShown = when != shown.end() && when->is_string()
            ? when->get<std::string>().substr(0, 10)
            : std::string();
        auto answer = rapport::notebook::reminderAnswer(*m_session.store(), stored);
        if (!answer || !rapport::notebook::remindsOn(*answer, lastShown, day))
            continue;
        reminders.append({key, value(today, row, "title").toString(),
                          value(today, row, "detail").toString(),
                          value(today, row, "documentType").toString(),
                          value(today, row, "documentId").toString()});
    }
    return reminders;
}

QDate MorningDigest::lastDigestDay() const
{
    if (!m_session.ready())
        return {};
    const auto record = shownRecord(m_session);
    return QDate::fromString(QString::fromStdString(record.value("digestOn", std::string())),
                             Qt::ISODate);
}

bool MorningDigest::markShown(const QStringList &keys, const QDateTime &at)
{
    if (!m_session.ready())
        return false;
    auto record = shownRecord(m_session);
    auto &shown = record["shown"];
    const auto forgetBefore = at.addDays(-61).toString(Qt::ISODate).toStdString();
    for (auto it = shown.begin(); it != shown.end();) {
        if (!it->is_string() || it->get<std::string>() < forgetBefore)
            it = shown.erase(it);
        else
            ++it;
    }
    for (const auto &key : keys)
        shown[key.toStdString()] = at.toString(Qt::ISODate).toStdString();
    record["digestOn"] = at.date().toString(Qt::ISODate).toStdString();
    return m_session.store()->putLocal(shownDocumentId, record).ok();
}
