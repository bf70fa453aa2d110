#include "controllers/cadence_settings.h"

#include "models/display_text.h"
#include "notebook/notebook_queries.h"
#include "store/store.h"

#include <map>

namespace {

// The one document every device edits: a fixed id, so that two devices that set a cadence
// offline edit the same document and their edits merge field by field.
constexpr const char *cadenceDocumentId = "cadence";

} // namespace

void CadenceSettings::setSession(DatabaseSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &DatabaseSession::notebookChanged, this, &CadenceSettings::refresh);
    emit sessionChanged();
    refresh();
}

void CadenceSettings::refresh()
{
    m_segments.clear();
    if (m_session && m_session->ready()) {
        auto &queries = *m_session->queries();
        auto used = queries.segments();
        auto cadences = queries.segmentCadences();
        if (!used || !cadences) {
            m_error = display::problem(!used ? used.error() : cadences.error());
        } else {
            std::map<std::string, int> all = *cadences;
            for (const auto &segment : *used)
                all.emplace(segment, 0);
            for (const auto &[segment, days] : all)
                m_segments.append(QVariantMap {{QStringLiteral("segment"), display::text(segment)},
                                               {QStringLiteral("days"), days}});
        }
    }
    emit changed();
}

bool CadenceSettings::setDays(const QString &segment, const QString &typed)
{
    if (!m_session || !m_session->ready() || segment.trimmed().isEmpty())
        return false;
    bool number = true;
    const int days = typed.trimmed().isEmpty() ? 0 : typed.trimmed().toInt(&number);
    if (!number || days < 0 || days > 730) {
        m_error = tr("“%1” is not a number of days: type one from 1 to 730, or nothing for no "
                     "cadence.")
                      .arg(typed.trimmed());
        emit changed();
        return false;
    }
    rapport::Document doc;
    if (auto existing = m_session->store()->get(cadenceDocumentId)) {
        doc = std::move(*existing);
    } else if (existing.error().code == rapport::Errc::NotFound) {
        doc.id = cadenceDocumentId;
        doc.body = rapport::Json {{"type", "cadence"}, {"schema", 1}};
    } else {
        m_error = display::problem(existing.error());
        emit changed();
        return false;
    }
    auto &segments = doc.body["segments"];
    if (!segments.is_object())
        segments = rapport::Json::object();
    if (days == 0)
        segments.erase(segment.trimmed().toStdString());
    else
        segments[segment.trimmed().toStdString()] = days;
    auto saved = m_session->save(doc);
    m_error = saved ? QString() : display::problem(saved.error());
    emit changed();
    return saved.ok();
}
