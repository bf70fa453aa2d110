#pragma once

#include <QQmlPropertyMap>
#include <functional>

// A record's fields as a form binds them: `contact.fields.firstName`, each its own property
// with its own change signal, so that a keystroke in one field re-reads that field alone. A
// form's write (`contact.fields.firstName = text`) goes to the editor, which keeps what the
// field's kind makes of it (trimmed text, a number, a list, a date) or refuses it.
class RecordFieldMap : public QQmlPropertyMap
{
    Q_OBJECT

public:
    // Takes what was typed into `key`; returns the field's value as the form shows it now.
    using Enter = std::function<QVariant(const QString &key, const QString &typed)>;

    RecordFieldMap(Enter enter, QObject *parent);

protected:
    QVariant updateValue(const QString &key, const QVariant &input) override;

private:
    Enter m_enter;
};
