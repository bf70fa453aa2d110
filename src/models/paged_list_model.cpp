#include "models/paged_list_model.h"

#include "app/database_session.h"
#include "models/display_text.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <iterator>

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

void PagedListModel::setLive(bool live)
{
    if (live == m_reads.live())
        return;
    const bool owed = m_reads.setLive(live);
    emit liveChanged();
    if (owed)
        reload();
}

void PagedListModel::classBegin()
{
    m_reads.begin();
}

void PagedListModel::componentComplete()
{
    m_reads.complete();
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

// As many rows as were loaded before are read again, and the list changes row by row (rows
// go, come, move, change) rather than all at once: a view keeps its place, its current item and
// its delegates when an edit or a sync changes the list, instead of jumping to the top.
void PagedListModel::reload()
{
    if (!m_reads.mayRead())
        return;
    std::vector<Row> rows;
    bool more = false;
    if (m_session && m_session->ready()) {
        auto read = readAgain();
        if (!read) {
            setError(display::problem(read.error()));
        } else {
            setError({});
            rows = std::move(read->rows);
            more = read->more;
        }
    }
    // Views (and Qt's model tester) ask for more from within a change's signals; the change
    // must be over first.
    m_changing = true;
    const int before = count();
    becomeRows(std::move(rows));
    m_more = more;
    m_changing = false;
    if (count() != before)
        emit countChanged();
}

// From the top down to the last row shown before, however many rows came in above it (500
// customers a sync brought, sorted before the one on screen), so that what the person looks at
// is still loaded; if that row went, as many rows as were shown, and at most maxCatchUp more.
rapport::Result<PagedListModel::Page> PagedListModel::readAgain()
{
    static constexpr int maxCatchUp = 5000;
    const int shown = count();
    auto page = readPage(std::nullopt, std::max(pageSize, shown));
    if (!page || shown == 0)
        return page;
    const auto lastShown = identity(m_rows.back());
    auto reached = [&](std::size_t from) {
        for (std::size_t i = from; i < page->rows.size(); ++i)
            if (identity(page->rows[i]) == lastShown)
                return true;
        return false;
    };
    bool found = reached(0);
    while (!found && page->more && !page->rows.empty()
           && static_cast<int>(page->rows.size()) < shown + maxCatchUp) {
        auto next = readPage(page->rows.back().key, pageSize);
        if (!next)
            return next.error();
        const auto from = page->rows.size();
        for (auto &row : next->rows)
            page->rows.push_back(std::move(row));
        page->more = next->more && !next->rows.empty();
        found = reached(from);
    }
    return page;
}

// Which record a row shows: its document (and its section, where a list shows one record in
// more than one, as Today does).
QString PagedListModel::identity(const Row &row) const
{
    if (m_identityColumns.empty()) {
        const auto names = roles();
        for (const char *name : {"section", "documentId"})
            if (const auto column = names.indexOf(name); column >= 0)
                m_identityColumns.push_back(static_cast<std::size_t>(column));
    }
    QString key;
    for (const auto column : m_identityColumns) {
        if (column < row.values.size())
            key += row.values[column].toString();
        key += QChar(0x1f);
    }
    return key;
}

// The fewest changes that turn the rows shown into `wanted`, each signalled as it is made:
// first the rows that are gone, then from the top down each row kept where it is (and told it
// changed, if it did), moved up to its place, or new (a run of new rows at once).
void PagedListModel::becomeRows(std::vector<Row> wanted)
{
    QHash<QString, int> wantedCount;
    for (const auto &row : wanted)
        ++wantedCount[identity(row)];
    for (int last = count() - 1; last >= 0;) {
        if (wantedCount.value(identity(m_rows[static_cast<std::size_t>(last)])) > 0) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0
               && wantedCount.value(identity(m_rows[static_cast<std::size_t>(first - 1)])) == 0)
            --first;
        beginRemoveRows({}, first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
        last = first - 1;
    }
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        const auto key = identity(wanted[i]);
        std::size_t found = i;
        while (found < m_rows.size() && identity(m_rows[found]) != key)
            ++found;
        const int at = static_cast<int>(i);
        if (found == m_rows.size()) {
            // New: with the new rows right after it, as one insertion.
            std::size_t end = i + 1;
            QSet<QString> shown;
            for (std::size_t j = i; j < m_rows.size(); ++j)
                shown.insert(identity(m_rows[j]));
            while (end < wanted.size() && !shown.contains(identity(wanted[end])))
                ++end;
            beginInsertRows({}, at, at + static_cast<int>(end - i) - 1);
            m_rows.insert(m_rows.begin() + at, std::make_move_iterator(wanted.begin() + at),
                          std::make_move_iterator(wanted.begin() + static_cast<long>(end)));
            endInsertRows();
            i = end - 1;
            continue;
        }
        if (found != i) {
            beginMoveRows({}, static_cast<int>(found), static_cast<int>(found), {}, at);
            std::rotate(m_rows.begin() + at, m_rows.begin() + static_cast<long>(found),
                        m_rows.begin() + static_cast<long>(found) + 1);
            endMoveRows();
        }
        if (m_rows[i].values != wanted[i].values) {
            m_rows[i].values = std::move(wanted[i].values);
            emit dataChanged(index(at), index(at));
        }
        m_rows[i].key = std::move(wanted[i].key);
    }
    if (m_rows.size() > wanted.size()) {
        // Rows of a record shown twice where it is now shown once.
        beginRemoveRows({}, static_cast<int>(wanted.size()), count() - 1);
        m_rows.resize(wanted.size());
        endRemoveRows();
    }
}

void PagedListModel::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}
