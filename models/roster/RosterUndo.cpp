#include "RosterUndo.h"

#include "ClassRepository.h"
#include "StaffRepository.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

QString tableOf(RosterState::Kind kind)
{
    switch (kind) {
    case RosterState::Kind::Child:
        return u"children"_s;
    case RosterState::Kind::Class:
        return u"classes"_s;
    case RosterState::Kind::Staff:
        return u"staff"_s;
    }
    return {};
}

} // namespace

Result<RosterState> RosterState::capture(Database& db, Kind kind, qint64 id)
{
    RosterState state;
    state.kind = kind;
    state.id = id;
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT count(*) FROM %1 WHERE id = ?"_s.arg(tableOf(kind)));
    if (Status s = Sql::exec(query, {id}); !s || !query.next())
        return Result<RosterState>::failure(s ? Sql::failure(query).error() : s.error());
    state.exists = query.value(0).toInt() > 0;
    if (!state.exists)
        return state;
    QString error;
    switch (kind) {
    case Kind::Child:
        if (const Result<ChildSnapshot> s = ChildRepository(db).snapshot(id); s)
            state.child = s.value();
        else
            error = s.error();
        break;
    case Kind::Class:
        if (const Result<ClassRecord> c = ClassRepository(db).load(id); c)
            state.classRecord = c.value();
        else
            error = c.error();
        break;
    case Kind::Staff:
        if (const Result<StaffRecord> s = StaffRepository(db).load(id); s)
            state.staff = s.value();
        else
            error = s.error();
        break;
    }
    if (!error.isEmpty())
        return Result<RosterState>::failure(error);
    return state;
}

Status RosterState::apply(Database& db) const
{
    switch (kind) {
    case Kind::Child:
        return exists ? ChildRepository(db).restore(child) : ChildRepository(db).remove(id);
    case Kind::Class:
        return exists ? ClassRepository(db).restore(classRecord) : ClassRepository(db).remove(id);
    case Kind::Staff:
        return exists ? StaffRepository(db).restore(staff) : StaffRepository(db).remove(id);
    }
    return {};
}

Result<qint64> RosterUndo::perform(QUndoStack& stack, Database& db, const QString& text, RosterState::Kind kind,
                                   qint64 id, const Edit& edit, FailureHandler onFailure)
{
    RosterState before;
    before.kind = kind;
    if (id != 0) {
        const Result<RosterState> captured = RosterState::capture(db, kind, id);
        if (!captured)
            return Result<qint64>::failure(captured.error());
        before = captured.value();
    }
    const Result<qint64> done = edit();
    if (!done)
        return done;
    const Result<RosterState> after = RosterState::capture(db, kind, done.value());
    if (!after)
        return Result<qint64>::failure(after.error());
    before.id = done.value();
    stack.push(new RosterUndoCommand(db, text, before, after.value(), std::move(onFailure)));
    return done;
}

Status RosterUndo::remove(QUndoStack& stack, Database& db, const QString& text, RosterState::Kind kind, qint64 id,
                          FailureHandler onFailure)
{
    const Result<RosterState> before = RosterState::capture(db, kind, id);
    if (!before)
        return Status::failure(before.error());
    RosterState gone;
    gone.kind = kind;
    gone.id = id;
    if (Status removed = gone.apply(db); !removed)
        return removed;
    stack.push(new RosterUndoCommand(db, text, before.value(), gone, std::move(onFailure)));
    return {};
}

RosterUndoCommand::RosterUndoCommand(Database& db, const QString& text, RosterState before, RosterState after,
                                     RosterUndo::FailureHandler onFailure)
    : QUndoCommand(text)
    , m_db(db)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onFailure(std::move(onFailure))
{
}

void RosterUndoCommand::undo()
{
    write(m_before);
}

void RosterUndoCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    write(m_after);
}

void RosterUndoCommand::write(const RosterState& state)
{
    if (const Status written = state.apply(m_db); !written) {
        // Nothing can be undone past a step that failed: the stack no longer matches the data.
        setObsolete(true);
        if (m_onFailure)
            m_onFailure(written.error());
    }
}
