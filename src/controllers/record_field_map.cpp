#include "controllers/record_field_map.h"

RecordFieldMap::RecordFieldMap(Enter enter, QObject *parent)
    : QQmlPropertyMap(this, parent), m_enter(std::move(enter))
{ }

QVariant RecordFieldMap::updateValue(const QString &key, const QVariant &input)
{
    return m_enter(key, input.toString());
}
