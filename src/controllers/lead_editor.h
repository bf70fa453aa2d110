#pragma once

#include "controllers/document_editor.h"

#include <QtQml/qqmlregistration.h>

// A trade-show lead, captured in seconds: name, company, what they care about, how warm (cold,
// warm, hot), or all of it from the QR code on their badge; "next" saves it and starts the next
// one at the same event. Later: plan a follow-up, or make the lead a customer.
class LeadEditor : public DocumentEditor
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int warmth READ warmth NOTIFY loaded)
    // How many leads this form saved since it opened: the count at the stand.
    Q_PROPERTY(int captured READ captured NOTIFY capturedChanged)
    // "3 leads saved. Next one:"
    Q_PROPERTY(QString capturedSentence READ capturedSentence NOTIFY capturedChanged)

public:
    explicit LeadEditor(QObject *parent = nullptr) : DocumentEditor("lead", parent) { }

    int warmth() const { return number(QStringLiteral("warmth")); }
    int captured() const { return m_captured; }
    QString capturedSentence() const
    {
        return tr("%n lead(s) saved. Next one:", nullptr, m_captured);
    }

    // A new lead at this event, captured today.
    Q_INVOKABLE void startNew(const QString &event);
    // 1 cold, 2 warm, 3 hot; 0 not said.
    Q_INVOKABLE void setWarmth(int warmth);
    // Fills name, company, e-mail, phone and title from the badge's QR code (vCard or MECARD)
    // in a picture. Says why when the picture has no code, or the code no person.
    Q_INVOKABLE bool readBadgeImage(const QString &path);
    // Saves, and starts the next lead at the same event.
    Q_INVOKABLE bool saveAndNext();
    // Makes the lead a customer (account and contact); the new contact's id, or empty.
    Q_INVOKABLE QString convert();
    // A follow-up with this lead, due in two days.
    Q_INVOKABLE bool planFollowUp();

signals:
    void capturedChanged();

protected:
    QString validate() const override;

private:
    int m_captured = 0;
};
