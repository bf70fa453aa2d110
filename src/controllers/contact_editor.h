#pragma once

#include "controllers/document_editor.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// A person: name, account and buying role, how and when they like to be contacted, and the
// personal profile (birthday, anniversary, family members and what each cares about, hobbies,
// likes and dislikes, how you met, notes).
class ContactEditor : public DocumentEditor
{
    Q_OBJECT
    QML_ELEMENT
    // Each member: {id, name, relation, interests (comma-separated)}.
    Q_PROPERTY(QVariantList family READ family NOTIFY loaded)
    Q_PROPERTY(QString displayName READ displayName NOTIFY loaded)
    // How and when they like to be reached: "phone, mornings"; either alone; empty.
    Q_PROPERTY(QString prefers READ prefers NOTIFY loaded)
    // "Tue 3 Nov: Oven trial. Wants a quote." from the latest visit with this person, to read
    // before the next one; empty when there was none.
    Q_PROPERTY(QString lastTalkedAbout READ lastTalkedAbout NOTIFY loaded)
    // The brief before a visit, a line each: last time, what was promised, what to ask about,
    // what their company said last, a birthday coming up. Empty for someone new.
    Q_PROPERTY(QString brief READ brief NOTIFY loaded)
    // The choices of a buying role, as a person reads them, "Not known yet" first.
    Q_PROPERTY(QStringList buyingRoleChoices READ buyingRoleChoices CONSTANT)

public:
    explicit ContactEditor(QObject *parent = nullptr) : DocumentEditor("contact", parent) { }

    QVariantList family() const;
    QString displayName() const;
    QString prefers() const;
    QString lastTalkedAbout() const;
    QStringList briefLines() const;
    QString brief() const { return briefLines().join(QLatin1Char('\n')); }
    static QStringList buyingRoleChoices();
    // "Decision maker" for "decision_maker"; a role from a newer app as stored.
    Q_INVOKABLE static QString buyingRoleLabel(const QString &role);
    // Between a stored role and its place among the choices (0: not known).
    Q_INVOKABLE static int buyingRoleIndex(const QString &role);
    Q_INVOKABLE static QString buyingRoleAt(int index);

    // Adds a member (empty id) or changes one; interests are typed comma-separated.
    Q_INVOKABLE bool setFamilyMember(const QString &id, const QString &name,
                                     const QString &relation, const QString &interests);
    Q_INVOKABLE void removeFamilyMember(const QString &id);

protected:
    QString validate() const override;
};
