// Types a visit note word by word into the visit recorder, as a person types into the form,
// and prints how many words it has typed after each. The test kills it mid-sentence.
#include "app/database_session.h"
#include "controllers/visit_recorder.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: visit_typist DB\n");
        return 2;
    }
    DatabaseSession session(QString::fromLocal8Bit(argv[1]));
    if (!session.ready()) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error()));
        return 1;
    }
    VisitRecorder recorder;
    recorder.setSession(&session);
    QString notes = recorder.notes();
    for (int word = 1;; ++word) {
        notes += (notes.isEmpty() ? QString() : QStringLiteral(" "))
            + QStringLiteral("w%1").arg(word);
        recorder.setNotes(notes); // what a keystroke in the notes field does
        if (!recorder.error().isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(recorder.error()));
            return 1;
        }
        std::printf("%s\n", qPrintable(notes));
        std::fflush(stdout);
    }
}
