#include "UsersPage.h"

#include "AddUserDialog.h"
#include "ResetPasswordDialog.h"
#include "access/UserRepository.h"
#include "common/ErrorLabel.h"
#include "common/MessageBox.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/UserTableModel.h"
#include "roster/ClassRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UsersPage::UsersPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new UserTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_reset(new QPushButton(tr("&Reset password…"), this))
    , m_toggle(new QPushButton(tr("&Disable"), this))
    , m_loadError(makeErrorLabel(this))
{
    setObjectName(u"usersPage"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ItemRoles::Raw);
    m_view->setObjectName(u"usersTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(UserTableModel::ClassesColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(80);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateButtons);

    auto* add = new QPushButton(tr("&Add user…"), this);
    add->setObjectName(u"addUserButton"_s);
    m_reset->setObjectName(u"resetPasswordButton"_s);
    m_toggle->setObjectName(u"disableButton"_s);
    connect(add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_toggle, &QPushButton::clicked, this, &UsersPage::toggleDisabled);

    auto* intro = new QLabel(tr("Everyone who works with DaycareDesk logs in with an account of her own. Accounts "
                                "are never deleted, so the audit trail keeps a name; disable the account of someone "
                                "who left."),
        this);
    intro->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_toggle);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_loadError);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    reload();
}

void UsersPage::reload()
{
    const User* selected = selectedUser();
    const QString keep = selected ? selected->name : QString();
    const Result<QList<User>> users = UserRepository(m_db).list();
    QHash<qint64, QString> classNames;
    if (const Result<QList<ClassRecord>> classes = ClassRepository(m_db).classes(); classes)
        for (const ClassRecord& c : classes.value())
            classNames.insert(c.id, c.name);
    m_model->setUsers(users.value_or({}), classNames);
    showError(m_loadError, users ? QString() : users.error());
    if (!keep.isEmpty())
        selectUser(keep);
    updateButtons();
}

bool UsersPage::selectUser(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    return true;
}

const User* UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->user(m_proxy->mapToSource(rows.first()).row());
}

void UsersPage::updateButtons()
{
    const User* user = selectedUser();
    m_reset->setEnabled(user != nullptr);
    m_toggle->setEnabled(user != nullptr);
    m_toggle->setText(user && user->disabled ? tr("&Enable") : tr("&Disable"));
}

void UsersPage::addUser()
{
    AddUserDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectUser(dialog.userName());
}

void UsersPage::resetPassword()
{
    const User* user = selectedUser();
    if (!user)
        return;
    ResetPasswordDialog dialog(m_db, user->name, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersPage::toggleDisabled()
{
    const User* selected = selectedUser();
    if (!selected)
        return;
    const User user = *selected;
    if (!user.disabled
        && MessageBox::question(this, tr("Disable account"),
               tr("Disable the account %1? She can no longer log in; what she recorded keeps her name.").arg(user.name))
            != QMessageBox::Yes)
        return;
    if (const Status changed = UserRepository(m_db).setDisabled(user.name, !user.disabled); !changed)
        MessageBox::critical(this, tr("Users"), changed.error());
    reload();
}
