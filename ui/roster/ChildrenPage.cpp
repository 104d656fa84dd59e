#include "ChildrenPage.h"

#include "access/Access.h"
#include "common/Clock.h"
#include "common/MessageBox.h"
#include "itemmodels/ChildTableModel.h"
#include "itemmodels/ItemRoles.h"
#include "store/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChildrenPage::ChildrenPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new ChildTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_reveal(new QPushButton(tr("Show &whole ID and phone numbers"), this))
    , m_count(new QLabel(this))
{
    setObjectName(u"childrenPage"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(ItemRoles::Raw);
    m_search->setObjectName(u"childSearchEdit"_s);
    m_search->setPlaceholderText(tr("Search by name, class, guardian or phone"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &ChildrenPage::updateButtons);

    m_view->setObjectName(u"childrenTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ChildTableModel::ClassColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChildrenPage::updateButtons);

    m_reveal->setObjectName(u"revealButton"_s);
    m_reveal->setVisible(m_db.actor().may(Permission::ViewFullIdentity));
    connect(m_reveal, &QPushButton::clicked, this, &ChildrenPage::revealSelected);
    m_count->setObjectName(u"childCountLabel"_s);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_reveal);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    reload();
}

void ChildrenPage::reload()
{
    const QDate today = Clock::today();
    const auto entries = ChildListing::load(m_db, today);
    if (!entries) {
        m_model->setEntries({}, today);
        m_count->setText(entries.error());
        return;
    }
    m_model->setEntries(entries.value(), today);
    updateButtons();
}

void ChildrenPage::updateButtons()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    m_reveal->setEnabled(!selected.isEmpty() && !m_model->isRevealed(m_proxy->mapToSource(selected.first()).row()));
    m_count->setText(tr("Children shown: %n", nullptr, m_proxy->rowCount()));
}

void ChildrenPage::revealSelected()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const int row = m_proxy->mapToSource(selected.first()).row();
    if (Status shown = ChildListing::reveal(m_db, m_model->entry(row)); !shown) {
        MessageBox::critical(this, tr("Not allowed"), shown.error());
        return;
    }
    m_model->setRevealed(row);
    updateButtons();
}
