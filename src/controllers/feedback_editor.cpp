#include "controllers/feedback_editor.h"

#include "models/display_text.h"

void FeedbackEditor::startFor(const QString &accountId)
{
    setDocumentId({});
    reload();
    setText(QStringLiteral("accountId"), accountId);
    if (session())
        setText(QStringLiteral("date"),
                QString::fromStdString(display::isoDate(session()->today())));
}

void FeedbackEditor::setScore(int score)
{
    setMember("score", score >= 1 && score <= 5 ? rapport::Json(score) : rapport::Json());
}

QString FeedbackEditor::validate() const
{
    if (text(QStringLiteral("accountId")).isEmpty())
        return tr("Feedback belongs to a customer: open it from their page.");
    if (score() == 0 && text(QStringLiteral("said")).isEmpty())
        return tr("Give a score, or write what they said.");
    return {};
}
