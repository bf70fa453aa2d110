#pragma once

#include <QObject>
#include <QTemporaryDir>

class DatabaseSession;

// Hands QML tests database sessions over real files: a fresh one, and one whose file was
// written by a newer Rapport.
class TestSessions : public QObject
{
    Q_OBJECT

public:
    Q_INVOKABLE DatabaseSession *fresh();
    Q_INVOKABLE DatabaseSession *fromTheFuture();
    // The app started again on the same file: a new session, its own connection.
    Q_INVOKABLE DatabaseSession *reopen(const QString &path);

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};
