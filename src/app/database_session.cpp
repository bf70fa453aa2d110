#include "app/database_session.h"

#include "app/whereabouts.h"
#include "core/ids.h"
#include "merge/local_editor.h"
#include "notebook/notebook_index.h"
#include "notebook/notebook_queries.h"
#include "store/store.h"

#include <QLocale>

namespace {

// How long the notebook must be left alone before its upkeep starts, and the pause between two
// of its steps (each a few milliseconds): a tap that comes then waits for one step at most.
constexpr int upkeepAfterMs = 3000;
constexpr int upkeepStepMs = 50;

} // namespace

DatabaseSession::DatabaseSession(const QString &path, QObject *parent)
    : DatabaseSession(path, rapport::notebook::openStore(path.toStdString()), parent)
{ }

DatabaseSession::DatabaseSession(const QString &path,
                                 rapport::Result<std::unique_ptr<rapport::Store>> opened,
                                 QObject *parent)
    : QObject(parent), m_path(path), m_whereabouts(new Whereabouts(this))
{
    if (!opened) {
        m_error = QString::fromStdString(opened.error().message);
        return;
    }
    auto editor = rapport::merge::LocalEditor::open(**opened);
    if (!editor) {
        m_error = QString::fromStdString(editor.error().message);
        return;
    }
    m_store = std::move(*opened);
    // Every write on this connection is this device's edit (the sync thread writes on its
    // own): the lists read again and sync takes it up, whoever wrote it.
    m_store->observeCommits([this](const std::vector<std::string> &) {
        emit notebookChanged();
        emit localEdit();
    });
    m_editor = std::move(*editor);
    m_queries = std::make_unique<rapport::NotebookQueries>(*m_store);
    m_upkeep.setSingleShot(true);
    connect(&m_upkeep, &QTimer::timeout, this, &DatabaseSession::tidyWhileIdle);
    connect(this, &DatabaseSession::notebookChanged, this,
            [this] { m_upkeep.start(upkeepAfterMs); });
}

void DatabaseSession::tidyWhileIdle()
{
    // A step that finds a sync writing (Busy) is left: the sync's end is a change, which
    // starts the upkeep again.
    auto more = m_store->tidyIndex();
    if (more && *more)
        m_upkeep.start(upkeepStepMs);
}

DatabaseSession::~DatabaseSession() = default;

int DatabaseSession::documentCount() const
{
    if (!m_store)
        return 0;
    // Not Store::stats(), which reads every body to count the types: seconds on a large notebook.
    auto count = m_queries->liveDocuments();
    return count ? static_cast<int>(*count) : 0;
}

void DatabaseSession::setToday(const QDate &today)
{
    if (today == m_today || !today.isValid())
        return;
    m_today = today;
    emit todayChanged();
}

QString DatabaseSession::todayLabel() const
{
    return QLocale().toString(m_today,
                              tr("dddd, d MMMM yyyy", "date format (QDate): today's date"));
}

std::string DatabaseSession::newDocumentId(const std::string &type)
{
    return rapport::newDocumentId(type);
}

rapport::Result<rapport::PutResult> DatabaseSession::save(const rapport::Document &doc)
{
    if (!m_editor)
        return rapport::Error {rapport::Errc::Internal, m_error.toStdString()};
    return m_editor->save(doc);
}

rapport::Result<rapport::PutResult> DatabaseSession::remove(const std::string &id,
                                                            const std::string &rev)
{
    if (!m_editor)
        return rapport::Error {rapport::Errc::Internal, m_error.toStdString()};
    return m_editor->remove(id, rev);
}

rapport::Status DatabaseSession::saveAll(const std::vector<rapport::Document> &docs)
{
    if (!m_editor)
        return rapport::Error {rapport::Errc::Internal, m_error.toStdString()};
    return m_store->writeBatch([&]() -> rapport::Status {
        for (const auto &doc : docs) {
            if (auto saved = m_editor->save(doc); !saved)
                return saved.error();
        }
        return {};
    });
}

QString DatabaseSession::accountOf(const QString &documentId) const
{
    if (!m_store)
        return {};
    auto doc = m_store->get(documentId.toStdString());
    if (!doc)
        return {};
    auto account = doc->body.find("accountId");
    return account != doc->body.end() && account->is_string()
        ? QString::fromStdString(account->get<std::string>())
        : QString();
}
