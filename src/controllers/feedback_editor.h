#pragma once

#include "controllers/document_editor.h"

#include <QtQml/qqmlregistration.h>

// What a customer said about how well their expectations were met: a score from 1 to 5 and
// their words, and what they might need next, dated the day it was said.
class FeedbackEditor : public DocumentEditor
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int score READ score NOTIFY loaded)

public:
    explicit FeedbackEditor(QObject *parent = nullptr) : DocumentEditor("feedback", parent) { }

    int score() const { return number(QStringLiteral("score")); }
    // A new feedback for this account, dated today.
    Q_INVOKABLE void startFor(const QString &accountId);
    // 1 to 5; 0 takes the score away.
    Q_INVOKABLE void setScore(int score);

protected:
    QString validate() const override;
};
