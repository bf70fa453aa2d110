#pragma once

#include "models/paged_list_model.h"

#include <QStringList>
#include <QtQml/qqmlregistration.h>

// The accounts, filtered by what the user types and by segment and tier, sorted by name or by
// last contact (most recent first).
class AccountListModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterChanged)
    Q_PROPERTY(QString segment READ segment WRITE setSegment NOTIFY filterChanged)
    Q_PROPERTY(QString tier READ tier WRITE setTier NOTIFY filterChanged)
    Q_PROPERTY(bool sortByLastContact READ sortByLastContact WRITE setSortByLastContact NOTIFY
                   filterChanged)
    // Small customers with big potential first (before sortByLastContact, when both are set).
    Q_PROPERTY(
        bool sortByRoomToGrow READ sortByRoomToGrow WRITE setSortByRoomToGrow NOTIFY filterChanged)
    Q_PROPERTY(QStringList segments READ segments NOTIFY countChanged)
    Q_PROPERTY(QStringList tiers READ tiers NOTIFY countChanged)

public:
    using PagedListModel::PagedListModel;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    QString segment() const { return m_segment; }
    void setSegment(const QString &segment);
    QString tier() const { return m_tier; }
    void setTier(const QString &tier);
    bool sortByLastContact() const { return m_sortByLastContact; }
    void setSortByLastContact(bool byLastContact);
    bool sortByRoomToGrow() const { return m_sortByRoomToGrow; }
    void setSortByRoomToGrow(bool byRoom);
    // The segments in use, for the filter's choices.
    QStringList segments() const;
    QStringList tiers() const;

signals:
    void filterChanged();

protected:
    QList<QByteArray> roles() const override;
    rapport::Result<Page> readPage(const std::optional<rapport::PageKey> &after,
                                   int limit) override;

private:
    void filterWasChanged();

    QString m_filterText;
    QString m_segment;
    QString m_tier;
    bool m_sortByLastContact = false;
    bool m_sortByRoomToGrow = false;
};
