#include "RecordTable.h"

#include "itemmodels/ItemRoles.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace {

void setUpRows(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace

QTableView* makeRecordTable(QAbstractItemModel* model, const QString& objectName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    setUpRows(view);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void setUpRecordTable(QTableView* view, QSortFilterProxyModel* proxy, QAbstractItemModel* source)
{
    proxy->setSourceModel(source);
    proxy->setSortRole(ItemRoles::Raw);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    // Until the user clicks a header the rows keep the model's order.
    view->horizontalHeader()->setSortIndicatorClearable(true);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setUpRows(view);
}

int selectedSourceRow(const QTableView* view, const QSortFilterProxyModel* proxy)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : proxy->mapToSource(rows.first()).row();
}

bool selectSourceRow(QTableView* view, const QSortFilterProxyModel* proxy, int row)
{
    if (row < 0)
        return false;
    view->selectRow(proxy->mapFromSource(proxy->sourceModel()->index(row, 0)).row());
    return true;
}
