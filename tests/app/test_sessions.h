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
    // A file beside the databases, with these bytes (Latin-1 text stays Latin-1); its path.
    Q_INVOKABLE QString writeFile(const QString &name, const QString &text, bool latin1 = false);

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};
