#include "app/database_session.h"

#include "core/ids.h"
#include "merge/local_editor.h"
#include "store/notebook_queries.h"
#include "store/store.h"

#include <QLocale>

DatabaseSession::DatabaseSession(const QString &path, QObject *parent)
    : QObject(parent), m_path(path)
{
    auto opened = rapport::Store::open(path.toStdString());
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
    m_editor = std::move(*editor);
    m_queries = std::make_unique<rapport::NotebookQueries>(*m_store);
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
    return QLocale().toString(m_today, QStringLiteral("dddd, d MMMM yyyy"));
}

std::string DatabaseSession::newDocumentId(const std::string &type)
{
    return rapport::newDocumentId(type);
}

rapport::Result<rapport::PutResult> DatabaseSession::save(const rapport::Document &doc)
{
    if (!m_editor)
        return rapport::Error {rapport::Errc::Internal, m_error.toStdString()};
    auto saved = m_editor->save(doc);
    if (saved) {
        emit notebookChanged();
        emit localEdit();
    }
    return saved;
}

rapport::Result<rapport::PutResult> DatabaseSession::remove(const std::string &id,
                                                            const std::string &rev)
{
    if (!m_editor)
        return rapport::Error {rapport::Errc::Internal, m_error.toStdString()};
    auto removed = m_editor->remove(id, rev);
    if (removed) {
        emit notebookChanged();
        emit localEdit();
    }
    return removed;
}

rapport::Status DatabaseSession::saveAll(const std::vector<rapport::Document> &docs)
{
    if (!m_editor)
        return rapport::Error {rapport::Errc::Internal, m_error.toStdString()};
    auto written = m_store->writeBatch([&]() -> rapport::Status {
        for (const auto &doc : docs) {
            if (auto saved = m_editor->save(doc); !saved)
                return saved.error();
        }
        return {};
    });
    if (written) {
        emit notebookChanged();
        emit localEdit();
    }
    return written;
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
