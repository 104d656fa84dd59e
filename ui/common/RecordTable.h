#pragma once

class QAbstractItemModel;
class QSortFilterProxyModel;
class QTableView;

// How a page lists records: a read-only table of whole rows, one selected at a time, sortable by the model's raw
// values through the proxy, its columns as wide as their contents.
void setUpRecordTable(QTableView* view, QSortFilterProxyModel* proxy, QAbstractItemModel* source);
// The source row of the selected record, or -1.
int selectedSourceRow(const QTableView* view, const QSortFilterProxyModel* proxy);
// Selects the record in this source row; false for -1.
bool selectSourceRow(QTableView* view, const QSortFilterProxyModel* proxy, int row);
