#pragma once

#include "ChildRepository.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>

class Database;
class QUndoStack;

// The stored state of one child, class or staff member, or its absence, as an edit found or left it.
struct RosterState
{
    enum class Kind
    {
        Child,
        Class,
        Staff
    };
    Kind kind = Kind::Child;
    qint64 id = 0;
    bool exists = false;
    ChildSnapshot child;
    ClassRecord classRecord;
    StaffRecord staff;

    // The record as stored now, or its absence.
    static Result<RosterState> capture(Database& db, Kind kind, qint64 id);
    // Writes the state back: restores the record, or removes it when it did not exist.
    Status apply(Database& db) const;
};

// Undo and redo of roster edits within a session. Each command holds the whole state of what the edit touched
// before and after, so undoing writes the earlier state back exactly, whatever the edit was.
class RosterUndo
{
    Q_DECLARE_TR_FUNCTIONS(RosterUndo)

public:
    using Edit = std::function<Result<qint64>()>;
    using FailureHandler = std::function<void(const QString&)>;

    // Runs edit (which returns the id of what it changed or added) and, when it succeeds, pushes it onto the
    // stack labelled `text`. id is 0 for an edit that adds. onFailure hears when a later undo or redo cannot be
    // written (a child removed by undo who has attendance recorded since, for example).
    static Result<qint64> perform(QUndoStack& stack, Database& db, const QString& text, RosterState::Kind kind,
                                  qint64 id, const Edit& edit, FailureHandler onFailure);
    // Adds the record (id 0) or updates it through Repository (ClassRepository, StaffRepository), undoably; the
    // id of the record on success.
    template<typename Repository, typename Record>
    static Result<qint64> save(QUndoStack& stack, Database& db, const QString& text, RosterState::Kind kind,
                               const Record& record, FailureHandler onFailure)
    {
        return perform(
            stack, db, text, kind, record.id,
            [&]() -> Result<qint64> {
                Repository repository(db);
                if (record.id == 0)
                    return repository.add(record);
                const Status updated = repository.update(record);
                return updated ? Result<qint64>(record.id) : Result<qint64>::failure(updated.error());
            },
            std::move(onFailure));
    }
    // Removes the child, class or staff member (the repository's remove() decides whether it may go) and pushes
    // the removal, so undo re-creates the record as it was.
    static Status remove(QUndoStack& stack, Database& db, const QString& text, RosterState::Kind kind, qint64 id,
                         FailureHandler onFailure);
};

class RosterUndoCommand : public QUndoCommand
{
public:
    RosterUndoCommand(Database& db, const QString& text, RosterState before, RosterState after,
                      RosterUndo::FailureHandler onFailure);
    void undo() override;
    void redo() override;

private:
    void write(const RosterState& state);

    Database& m_db;
    RosterState m_before;
    RosterState m_after;
    RosterUndo::FailureHandler m_onFailure;
    // The edit was already made when the command was pushed; the stack's first redo() must not repeat it.
    bool m_done = true;
};
