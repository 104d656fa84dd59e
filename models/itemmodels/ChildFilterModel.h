#pragma once

#include "ChildTableModel.h"
#include "roster/RosterTypes.h"

#include <QSortFilterProxyModel>
#include <optional>

// The Children page's search and filters over a ChildTableModel. The search matches the name, the class, every
// guardian's name, and the ID number and guardians' phones as far as the user may see them.
class ChildFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ChildFilterModel(ChildTableModel* source, QObject* parent = nullptr);

    void setSearch(const QString& text);
    // 0: every class.
    void setClassId(qint64 classId);
    void setCareType(std::optional<CareType> careType);
    void setStanding(std::optional<ChildTableModel::Standing> standing);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ChildTableModel* m_source;
    QString m_search;
    qint64 m_classId = 0;
    std::optional<CareType> m_careType;
    std::optional<ChildTableModel::Standing> m_standing;
};
