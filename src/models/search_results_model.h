#pragma once

#include "models/paged_list_model.h"

#include <QtQml/qqmlregistration.h>

// One box over everything remembered: names, companies, towns, notes, interests. Names and
// titles come first. Read again as the text changes, keystroke by keystroke.
class SearchResultsModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)

public:
    using PagedListModel::PagedListModel;

    QString text() const { return m_text; }
    void setText(const QString &text);

signals:
    void textChanged();

protected:
    QList<QByteArray> roles() const override;
    rapport::Result<Page> readPage(const std::optional<rapport::PageKey> &after,
                                   int limit) override;

private:
    QString m_text;
};
