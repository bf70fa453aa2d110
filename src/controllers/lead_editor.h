#pragma once

#include "controllers/document_editor.h"

#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace rapport::cards {
struct CardReading;
}

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
    // A business card's photo is being read (off the UI thread; about a second).
    Q_PROPERTY(bool readingCard READ readingCard NOTIFY readingCardChanged)
    // The fields a card filled that the user has neither confirmed nor corrected yet, each with
    // how sure the reader was (0 to 1): {"name": 0.93, "phone": 0.71}.
    Q_PROPERTY(QVariantMap unconfirmed READ unconfirmed NOTIFY unconfirmedChanged)
    // "Anna Schmidt is in your notebook already: a contact with the same e-mail." where the
    // person on the card is; else empty.
    Q_PROPERTY(QString alreadyKnown READ alreadyKnown NOTIFY alreadyKnownChanged)

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
    // The same from the code's text, as the live viewfinder reads it (BadgeScanner).
    Q_INVOKABLE bool readBadgeCode(const QString &code);
    // A photo of a badge or a business card: the badge's QR code where it has one, at once;
    // else the card's text, read off the UI thread (readingCard meanwhile, then cardRead). The
    // photo stays with the lead either way.
    Q_INVOKABLE void readPhoto(const QString &path);
    Q_INVOKABLE void readCardImage(const QString &path);
    // The user has looked at a field the card filled and it is right (editing it does as much).
    Q_INVOKABLE void confirmField(const QString &key);

    bool readingCard() const { return m_readingCard; }
    QVariantMap unconfirmed() const { return m_unconfirmed; }
    QString alreadyKnown() const { return m_alreadyKnown; }

    // Saves, and starts the next lead at the same event.
    Q_INVOKABLE bool saveAndNext();
    // Makes the lead a customer (account and contact); the new contact's id, or empty.
    Q_INVOKABLE QString convert();
    // A follow-up with this lead, due in two days.
    Q_INVOKABLE bool planFollowUp();

signals:
    void capturedChanged();
    void readingCardChanged();
    void unconfirmedChanged();
    void alreadyKnownChanged();
    // A card's reading is done: its fields are in (read) or the error says why not.
    void cardRead(bool read);

protected:
    QString validate() const override;

private:
    void fillFromCard(const QString &path, const rapport::cards::CardReading &reading);
    void keepPhoto(const QString &path, const std::string &stem);
    // The lead from a badge's code found on a picture, and the picture kept with it.
    bool readBadgeOnPicture(const QString &path, const QString &code);
    void checkAlreadyKnown();
    void clearCardMarks();

    int m_captured = 0;
    bool m_readingCard = false;
    QVariantMap m_unconfirmed;
    QString m_alreadyKnown;
};
