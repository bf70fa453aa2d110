#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

// The on-screen keyboard a text field asks for: digits and + for a phone number, @ for an
// e-mail address, numbers first for a date. Attached to a TextField (`Keyboard.layout:
// Keyboard.Phone`), it sets the field's inputMethodHints. Why not set those in QML: Qt 6.4's
// qmllint knows neither the property's type nor the Qt.Imh* values, so every such line warns,
// and warnings fail the build here.
class Keyboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Keyboard is attached to a text field: Keyboard.layout")
    QML_ATTACHED(Keyboard)
    Q_PROPERTY(Layout layout READ layout WRITE setLayout NOTIFY layoutChanged)

public:
    enum class Layout { Text, Phone, Email, Date };
    Q_ENUM(Layout)

    explicit Keyboard(QObject *field) : QObject(field) { }
    static Keyboard *qmlAttachedProperties(QObject *field) { return new Keyboard(field); }

    Layout layout() const { return m_layout; }
    void setLayout(Layout layout);

signals:
    void layoutChanged();

private:
    Layout m_layout = Layout::Text;
};
