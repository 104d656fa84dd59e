#pragma once

class QAbstractItemModel;
class QSortFilterProxyModel;
class QString;
class QTableView;
class QWidget;

// How a page lists records: a read-only table of whole rows, one selected at a time, sortable by the model's raw
// values through the proxy, its columns as wide as their contents.
void setUpRecordTable(QTableView* view, QSortFilterProxyModel* proxy, QAbstractItemModel* source);
// A read-only table of whole rows in the model's own order (no sorting), one selected at a time, the last column
// taking the room left.
QTableView* makeRecordTable(QAbstractItemModel* model, const QString& objectName, QWidget* parent);
// The source row of the selected record, or -1.
int selectedSourceRow(const QTableView* view, const QSortFilterProxyModel* proxy);
// Selects the record in this source row; false for -1.
bool selectSourceRow(QTableView* view, const QSortFilterProxyModel* proxy, int row);
