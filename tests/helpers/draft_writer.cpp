// The child process of tst_visitdraft: opens a team's database as the member li and keeps a visit form being
// filled in, as the visit form does on every keystroke: draft after draft, the weight one gram more each time. It
// prints "saved N" after the Nth draft is written, until it is killed.
//
//     draft_writer DATABASE CHILD_ID

#include "outreach/VisitDrafts.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: draft_writer DATABASE CHILD_ID\n");
        return 1;
    }
    auto opened = Database::open(args.at(1), Database::OpenMode::ExistingOnly);
    if (!opened) {
        std::fprintf(stderr, "%s\n", opened.error().toLocal8Bit().constData());
        return 1;
    }
    Database& db = *opened.value();
    Actor li;
    li.userId = 1;
    li.name = u"li"_s;
    li.role = Role::Outreach;
    db.setActor(li);

    Visit form;
    form.childId = args.at(2).toLongLong();
    form.visitedOn = QDate(2026, 12, 7);
    form.visitors = {u"li"_s};
    form.topics = {VisitTopic::Feeding};
    for (int n = 1;; ++n) {
        form.measurements.weightGrams = 7000 + n;
        if (const Status saved = VisitDrafts::save(db, form); !saved) {
            std::fprintf(stderr, "%s\n", saved.error().toLocal8Bit().constData());
            return 1;
        }
        std::printf("saved %d\n", n);
        std::fflush(stdout);
    }
}
