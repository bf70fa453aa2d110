#include "app/attachment_images.h"
#include "app/translations.h"
#include "test_sessions.h"

#include <QQmlEngine>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(RapportPlugin)

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        // The pictures' cache (and settings) in a test folder, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        AttachmentImages::install(*engine);
        // The tests read English (with its plurals), whatever the machine's language.
        Translations::applyLanguage(QStringLiteral("en"));
        qmlRegisterSingletonInstance("RapportTest", 1, 0, "TestSessions", &m_sessions);
        m_sessions.openMessageApps();
    }
    void cleanupTestCase() { m_sessions.closeMessageApps(); }

private:
    TestSessions m_sessions;
};

QUICK_TEST_MAIN_WITH_SETUP(rapport, Setup)
#include "tst_qml.moc"
