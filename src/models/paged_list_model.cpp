#include "models/paged_list_model.h"

#include "app/database_session.h"
#include "models/display_text.h"

PagedListModel::PagedListModel(QObject *parent) : QAbstractListModel(parent) { }

void PagedListModel::setSession(DatabaseSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &DatabaseSession::notebookChanged, this, &PagedListModel::reload);
        connect(m_session, &DatabaseSession::todayChanged, this, &PagedListModel::reload);
    }
    emit sessionChanged();
    reload();
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant PagedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto column = static_cast<std::size_t>(role - Qt::UserRole - 1);
    const auto &values = m_rows[static_cast<std::size_t>(index.row())].values;
    return column < values.size() ? values[column] : QVariant();
}

QHash<int, QByteArray> PagedListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    const auto list = roles();
    for (int i = 0; i < list.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, list[i]);
    return names;
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_changing;
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_changing || !m_session || !m_session->ready()
        || m_rows.empty())
        return;
    auto page = readPage(m_rows.back().key, pageSize);
    if (!page) {
        setError(display::problem(page.error()));
        m_more = false;
        return;
    }
    m_more = page->more;
    if (page->rows.empty())
        return;
    const int first = count();
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(page->rows.size()) - 1);
    for (auto &row : page->rows)
        m_rows.push_back(std::move(row));
    endInsertRows();
    m_changing = false;
    emit countChanged();
}

// As many rows as were loaded before are read again, so that the list keeps its place when an
// edit or a sync changes it.
void PagedListModel::reload()
{
    std::vector<Row> rows;
    bool more = false;
    if (m_session && m_session->ready()) {
        const int wanted = std::max(pageSize, count());
        auto page = readPage(std::nullopt, wanted);
        if (!page) {
            setError(display::problem(page.error()));
        } else {
            setError({});
            rows = std::move(page->rows);
            more = page->more;
        }
    }
    // Views (and Qt's model tester) ask for more from within a change's signals; the change
    // must be over first.
    m_changing = true;
    beginResetModel();
    m_rows = std::move(rows);
    m_more = more;
    endResetModel();
    m_changing = false;
    emit countChanged();
}

void PagedListModel::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}
