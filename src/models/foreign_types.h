#pragma once

#include <QAbstractItemModel>
#include <QtQml/qqml.h>

// Qt 6.4 ships no QML type description of QAbstractItemModel, the base of our list models, so
// qmllint could not see their properties. Described here, as Qt 6.5 does in QtQml itself.
struct AbstractItemModelForeign
{
    Q_GADGET
    QML_FOREIGN(QAbstractItemModel)
    QML_ANONYMOUS
};
