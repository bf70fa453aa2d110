#pragma once

#include "app/database_session.h"
#include "app/live_reads.h"
#include "store/store.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlParserStatus>
#include <QVariant>
#include <QtQml/qqmlregistration.h>
#include <optional>
#include <vector>

// A list read from the notebook a page at a time (QML's ListView asks for more as it scrolls),
// that reads itself again whenever the notebook changes, so that an edit or a sync shows at
// once. A subclass names its roles and reads one page; this class does the rest.
class PagedListModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ANONYMOUS
    Q_PROPERTY(DatabaseSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Why the last read failed, in plain words; empty when it did not.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // Whether someone sees the list (its page is on screen). A list nobody sees only notes
    // that the notebook changed, and reads itself again when it is seen: every list of every
    // section read itself at each change, on the app's thread, whichever was on screen.
    Q_PROPERTY(bool live READ live WRITE setLive NOTIFY liveChanged)

public:
    explicit PagedListModel(QObject *parent = nullptr);

    DatabaseSession *session() const { return m_session; }
    void setSession(DatabaseSession *session);
    int count() const { return static_cast<int>(m_rows.size()); }
    QString error() const { return m_error; }
    bool live() const { return m_reads.live(); }
    void setLive(bool live);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Reads the first page again (after a filter changed, or the notebook did); when the list
    // is not live, when it becomes live.
    Q_INVOKABLE void reload();

    // Made by QML, the list reads nothing until all its properties are set: a list that is
    // not live reads nothing at all, whichever property QML happened to set first.
    void classBegin() override;
    void componentComplete() override;

signals:
    void sessionChanged();
    void countChanged();
    void errorChanged();
    void liveChanged();

protected:
    struct Row
    {
        std::vector<QVariant> values; // in the order of roles()
        std::optional<rapport::PageKey> key; // where the next page starts after this row
    };
    struct Page
    {
        std::vector<Row> rows;
        bool more = false; // a further page may follow
    };

    // The role names, in the order of Row::values; the first role is Qt::UserRole + 1.
    virtual QList<QByteArray> roles() const = 0;
    virtual rapport::Result<Page> readPage(const std::optional<rapport::PageKey> &after, int limit)
        = 0;
    // A full page may have a next one; a short page is the last.
    static Page pageOf(std::vector<Row> rows, int limit)
    {
        const bool full = static_cast<int>(rows.size()) >= limit;
        return Page {std::move(rows), full};
    }

    static constexpr int pageSize = 50;

private:
    void setError(const QString &error);
    rapport::Result<Page> readAgain();
    QString identity(const Row &row) const;
    void becomeRows(std::vector<Row> wanted);

    QPointer<DatabaseSession> m_session;
    std::vector<Row> m_rows;
    bool m_more = false;
    bool m_changing = false; // inside a reset or an insertion: no fetchMore now
    LiveReads m_reads;
    QString m_error;
    mutable std::vector<std::size_t> m_identityColumns; // of the roles that say which record
};
